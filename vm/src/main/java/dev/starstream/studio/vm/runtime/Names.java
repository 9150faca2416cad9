package dev.starstream.studio.vm.runtime;

/**
 * Identifier → wasm name (B §2.3): kebab case, as upstream's {@code heck} does it: words split at
 * underscores, at a lower-case letter or digit followed by an upper-case letter, and before the last
 * upper-case letter of an acronym followed by a lower-case letter; all lower-cased and joined by
 * {@code -}. {@code plus_chips} → {@code plus-chips}, {@code ScoreProgress} → {@code score-progress},
 * {@code HTTPServer} → {@code http-server}.
 */
public final class Names {
    private Names() {}

    public static String kebab(String identifier) {
        StringBuilder out = new StringBuilder();
        int n = identifier.length();
        for (int i = 0; i < n; i++) {
            char c = identifier.charAt(i);
            if (c == '_' || c == '-') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                    out.append('-');
                }
                continue;
            }
            if (Character.isUpperCase(c) && i > 0 && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                char prev = identifier.charAt(i - 1);
                boolean nextLower = i + 1 < n && Character.isLowerCase(identifier.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) {
                    out.append('-');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }
}
