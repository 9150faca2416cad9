package dev.starstream.studio.vm.lang.diag;

import java.util.Locale;
import java.util.Optional;

/**
 * Every diagnostic Studio's language tools emit. The E00xx/W00xx codes keep upstream's meanings
 * (LANGUAGE.md §3.10) so that a user moving between the upstream CLI and Studio sees the same code
 * for the same mistake; E10xx are Studio's own (RUNTIME A.11). Codes are never reused.
 */
public enum DiagnosticCode {
    /** A syntax error (upstream prints these with the code {@code parser}). */
    PARSER("parser", Severity.ERROR, "Syntax error"),
    /** A module-graph error: bad import path, unreadable file, import cycle, cross-contract import. */
    MODULE("module", Severity.ERROR, "Module graph error"),
    /** A checked program the code generator cannot compile (upstream prints codegen errors without a code). */
    CODEGEN("codegen", Severity.ERROR, "Code generation error"),

    E0001(Severity.ERROR, "Unknown name"),
    E0002(Severity.ERROR, "Variable already defined in this scope"),
    E0003(Severity.ERROR, "Value of the wrong type"),
    E0004(Severity.ERROR, "Assignment to an immutable binding"),
    E0005(Severity.ERROR, "Unary operator on the wrong type"),
    E0006(Severity.ERROR, "Binary operands of the wrong or mismatched types"),
    E0007(Severity.ERROR, "Condition is not bool"),
    E0008(Severity.ERROR, "Type mismatch"),
    E0009(Severity.ERROR, "Returned value does not match the signature"),
    E0010(Severity.ERROR, "Missing return value"),
    E0011(Severity.ERROR, "Unknown type"),
    E0012(Severity.ERROR, "Type already defined"),
    E0013(Severity.ERROR, "Function or constant already defined"),
    E0014(Severity.ERROR, "Duplicate field"),
    E0015(Severity.ERROR, "Duplicate enum variant"),
    E0016(Severity.ERROR, "Not a struct"),
    E0017(Severity.ERROR, "Unknown namespace"),
    E0018(Severity.ERROR, "Unknown field"),
    E0019(Severity.ERROR, "Field given twice"),
    E0020(Severity.ERROR, "Missing field"),
    E0021(Severity.ERROR, "Field access on a value without fields"),
    E0022(Severity.ERROR, "Unknown struct field"),
    E0023(Severity.ERROR, "Not an enum constructor"),
    E0024(Severity.ERROR, "Wrong number of variant payload patterns"),
    E0025(Severity.ERROR, "Pattern does not fit the scrutinee"),
    E0027(Severity.ERROR, "Non-exhaustive match"),
    E0028(Severity.ERROR, "Unreachable match arm"),
    E0029(Severity.ERROR, "Not a function"),
    E0030(Severity.ERROR, "Wrong number of arguments"),
    E0031(Severity.ERROR, "Argument of the wrong type"),
    E0035(Severity.ERROR, "Unknown import package"),
    E0036(Severity.ERROR, "Unknown import interface"),
    E0037(Severity.ERROR, "Imported name not found"),
    E0038(Severity.ERROR, "Keyword used on a normal function"),
    E0039(Severity.ERROR, "Missing emit, raise or runtime keyword"),
    E0040(Severity.ERROR, "Wrong keyword for this function"),
    E0041(Severity.ERROR, "Handler names something that is not an effect"),
    E0042(Severity.ERROR, "Wrong number of generic arguments"),
    E0043(Severity.ERROR, "Return type on a constructor"),
    E0044(Severity.ERROR, "Integer literal out of range"),
    E0045(Severity.ERROR, "Public binding receives a private value"),
    E0046(Severity.ERROR, "`is` on a value that is not a utxo"),
    E0047(Severity.ERROR, "Unknown ABI"),
    E0048(Severity.ERROR, "ABI method missing, undeclared or not callable"),
    E0049(Severity.ERROR, "Second method call on a narrowed utxo"),
    E0051(Severity.ERROR, "`yield` outside a utxo main function"),
    E0052(Severity.ERROR, "Token without a mint function"),
    E0053(Severity.ERROR, "Token without `impl Token`"),
    E0054(Severity.ERROR, "Token with several `impl Token`"),
    E0055(Severity.ERROR, "User-declared `abi Token`"),
    E0056(Severity.ERROR, "Tuple pattern does not fit the scrutinee"),
    W0001(Severity.WARNING, "Unnecessary disclose"),
    W0002(Severity.WARNING, "Path import ignored in single-file mode"),

    E1001(Severity.ERROR, "`try` in utxo or token code"),
    E1002(Severity.ERROR, "Misplaced `resume;`"),
    E1003(Severity.ERROR, "`return` or `resume;` in a handler clause"),
    E1004(Severity.ERROR, "Handle stored or kept across a yield"),
    E1005(Severity.ERROR, "Yielding an ABI the utxo does not implement"),
    E1006(Severity.ERROR, "Two methods with the same name on one utxo or token");

    private final String code;
    private final Severity severity;
    private final String title;

    DiagnosticCode(Severity severity, String title) {
        this.code = name();
        this.severity = severity;
        this.title = title;
    }

    DiagnosticCode(String code, Severity severity, String title) {
        this.code = code;
        this.severity = severity;
        this.title = title;
    }

    /** The stable code as users see it: {@code E0008}, {@code W0001}, {@code parser}, {@code module}. */
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }

    /** True for the numbered codes that have an explanation page ({@code studio explain}). */
    public boolean isNumbered() {
        return code.length() == 5 && (code.charAt(0) == 'E' || code.charAt(0) == 'W');
    }

    /** The upstream documentation address of a numbered code. */
    public Optional<String> docUrl() {
        if (!isNumbered()) {
            return Optional.empty();
        }
        String kind = severity == Severity.WARNING ? "warnings" : "errors";
        return Optional.of("https://starstream.nightstream.dev/" + kind + "/" + code);
    }

    /** Looks a code up by its user-visible form, case-insensitively ({@code e0008} works). */
    public static Optional<DiagnosticCode> parse(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (DiagnosticCode c : values()) {
            if (c.code.toUpperCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
