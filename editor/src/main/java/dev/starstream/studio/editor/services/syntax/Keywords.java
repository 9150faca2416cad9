package dev.starstream.studio.editor.services.syntax;

import java.util.Map;
import java.util.Set;

/** The keyword lists of LANGUAGE.md §1.3 and the built-in type names of §5.3. */
public final class Keywords {
    /** The 26 strict keywords: never identifiers. */
    public static final Set<String> STRICT = Set.of(
            "let", "pub", "mut", "if", "else", "while", "true", "false", "fn", "return", "struct", "enum",
            "match", "abi", "emit", "import", "from", "as", "raise", "runtime", "disclose", "is", "yield",
            "resume", "try", "with");

    /**
     * Contextual keywords and what must follow each for it to be a keyword rather than an
     * identifier: a word ({@code "fn"}, {@code "let"}), any identifier ({@code "<ident>"}) or a
     * punctuation character.
     */
    public static final Map<String, String> CONTEXTUAL = Map.ofEntries(
            Map.entry("contract", ";"),
            Map.entry("script", "fn"),
            Map.entry("main", "fn"),
            Map.entry("mint", "fn"),
            Map.entry("burn", "fn"),
            Map.entry("utxo", "<ident>"),
            Map.entry("token", "<ident>"),
            Map.entry("impl", "<ident>"),
            Map.entry("event", "<ident>"),
            Map.entry("effect", "<ident>"),
            Map.entry("storage", "{"),
            Map.entry("indexed", "let"));

    /** Prelude type names written in lower case (capitalised names are types by convention). */
    public static final Set<String> PRIMITIVE_TYPES =
            Set.of("bool", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64");

    private Keywords() {}
}
