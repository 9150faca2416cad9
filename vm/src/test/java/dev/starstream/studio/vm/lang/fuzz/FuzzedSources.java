package dev.starstream.studio.vm.lang.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.starstream.studio.vm.lang.parser.Lexing;
import dev.starstream.studio.vm.lang.syntax.LexToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Source texts built from fuzzer data: raw fuzzer text, token soup, or — most useful — a real
 * program of the repository with a few fuzzer-chosen edits (insertions of fuzzer text, deletions,
 * keywords, copied slices, runs of brackets past the nesting cap, truncation). Edited real programs
 * get past the lexer and the parser, so the fuzzer's coverage feedback reaches the checker and the
 * formatter.
 */
final class FuzzedSources {
    /** Real programs: the parser and checker corpora and the bundled sample workspace. */
    static final List<String> PROGRAMS = load(List.of(Path.of("src/test/resources/corpus/parse"),
            Path.of("src/test/resources/corpus/check/valid"), Path.of("../samples/workspace")));

    static final List<String> FRAGMENTS = List.of("{", "}", "(", ")", "[", "]", ";", ",", ":", "::", ".", "=>", "->", "=", "==", "!=", "<",
        ">", "<=", "+", "-", "*", "/", "%", "&&", "||", "!", "_", "()", "fn", "let", "let mut", "mut", "if", "else", "while",
        "loop", "break", "continue", "return", "match", "struct", "enum", "abi", "utxo", "token", "impl", "storage", "main",
        "mint", "burn", "script", "pub", "import", "from", "contract;", "yield", "resume", "raise", "try", "with", "emit",
        "event", "effect", "disclose(", "runtime", "is", "as", "true", "false", "0", "1", "255", "256", "-1", "0x", "0xff",
        "18446744073709551616", "u8", "u64", "i64", "bool", "Utxo", "Token", "Option", "Option::Some", "Option::None", "Some",
        "None", "x", "self", "\"", "\"s\"", "\\", "/*", "*/", "//", "///", "\n", "\r\n", "\t", " ", "#!", "'", "é", "\uD83D\uDE00",
        "\u0000", "\uFEFF", "starstream:std/cardano", "\"./lib.star\"");

    /** An opener and its closer: long runs test the nesting cap and every recursive walk behind the parser. */
    private record Nester(String open, String close) {}

    private static final List<Nester> NESTERS = List.of(new Nester("(", ")"), new Nester("{", "}"), new Nester("[", "]"),
            new Nester("-", ""), new Nester("!", ""), new Nester("if true { ", " }"), new Nester("{ let x = ", " }"),
            new Nester("Some(", ")"), new Nester("match x { _ => ", " }"), new Nester("try { ", " }"), new Nester("f(", ")"),
            new Nester("1 + ", ""), new Nester("a.", ""), new Nester("x = ", ""), new Nester("loop { ", " }"), new Nester("(1, ", ")"));

    private FuzzedSources() {}

    /** A whole source text, in one of the shapes the fuzzer chooses. */
    static String text(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 5)) {
            case 0 -> data.consumeString(4_096);
            case 1 -> soup(data);
            default -> edited(data.pickValue(PROGRAMS), data);
        };
    }

    /** A run of keywords, punctuation and literals. */
    static String soup(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        int n = data.consumeInt(0, 200);
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
            text.append(data.pickValue(FRAGMENTS)).append(data.consumeBoolean() ? " " : "");
        }
        return text.toString();
    }

    /** {@code base} with up to eight fuzzer-chosen edits. */
    static String edited(String base, FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder(base);
        int edits = data.consumeInt(0, 8);
        for (int e = 0; e < edits && data.remainingBytes() > 0; e++) {
            int at = data.consumeInt(0, text.length());
            switch (data.consumeInt(0, 6)) {
                case 0 -> text.insert(at, data.consumeString(64));
                case 1 -> text.delete(at, Math.min(text.length(), at + data.consumeInt(1, 64)));
                case 2 -> text.replace(at, Math.min(text.length(), at + data.consumeInt(0, 16)), data.pickValue(FRAGMENTS));
                case 3 -> text.insert(at, " " + data.pickValue(FRAGMENTS) + " ");
                case 4 -> {
                    int from = data.consumeInt(0, text.length());
                    text.insert(at, text.substring(from, Math.min(text.length(), from + data.consumeInt(0, 200))));
                }
                case 5 -> text.insert(at, nested(data));
                default -> text.setLength(at);
            }
        }
        return text.toString();
    }

    /** A deep run of one opener (up to past {@code StarstreamParsing.MAX_NESTING}), sometimes closed again. */
    private static String nested(FuzzedDataProvider data) {
        Nester nester = data.pickValue(NESTERS);
        int depth = data.consumeInt(1, 700);
        StringBuilder s = new StringBuilder(nester.open().repeat(depth)).append(data.pickValue(FRAGMENTS));
        if (data.consumeBoolean()) {
            s.append(nester.close().repeat(depth));
        }
        return s.toString();
    }

    /**
     * {@code base} with comments and whitespace at fuzzer-chosen token boundaries (never inside a
     * token): the same program, spelled differently; the formatter must keep every comment.
     */
    static String commented(String base, FuzzedDataProvider data) {
        List<LexToken> tokens = Lexing.tokens(base);
        StringBuilder out = new StringBuilder();
        int next = 0;
        int inserts = data.consumeInt(0, 12);
        List<Integer> boundaries = new ArrayList<>();
        for (int i = 0; i < inserts; i++) {
            boundaries.add(data.consumeInt(0, tokens.size()));
        }
        boundaries.sort(null);
        for (int i = 0; i <= tokens.size(); i++) {
            while (next < boundaries.size() && boundaries.get(next) == i) {
                out.append(trivia(data));
                next++;
            }
            if (i < tokens.size()) {
                out.append(base, tokens.get(i).start(), tokens.get(i).end());
            }
        }
        return out.toString();
    }

    /** Whitespace or a well-formed comment whose body comes from the fuzzer. */
    private static String trivia(FuzzedDataProvider data) {
        String body = data.consumeString(40);
        return switch (data.consumeInt(0, 6)) {
            case 0 -> " // " + body.replace('\n', ' ').replace('\r', ' ') + "\n";
            case 1 -> "/* " + body.replace("*/", "* /").replace("/*", "/ *") + " */";
            case 2 -> "\n/// " + body.replace('\n', ' ').replace('\r', ' ') + "\n";
            case 3 -> "\r\n";
            case 4 -> "\t";
            case 5 -> "\n\n\n";
            default -> " /**/ ";
        };
    }

    private static List<String> load(List<Path> folders) {
        List<String> out = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".star")).sorted().toList()) {
                    out.add(Files.readString(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }
}
