package dev.starstream.studio.vm.wasm.codegen;

import java.util.Locale;

/** Import and export names (docs/design/vm-abi.md §1, §4, §5). */
public final class Names {
    private Names() {}

    /**
     * Kebab case as upstream writes it: {@code plus_chips} → {@code plus-chips},
     * {@code ScoreProgress} → {@code score-progress}, {@code blockHeight} → {@code block-height},
     * {@code HTTPServer} → {@code http-server}.
     */
    public static String kebab(String identifier) {
        StringBuilder out = new StringBuilder(identifier.length() + 4);
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == '_' || c == '-') {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                    out.append('-');
                }
                continue;
            }
            if (Character.isUpperCase(c) && i > 0 && !out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                char before = identifier.charAt(i - 1);
                boolean nextLower = i + 1 < identifier.length() && Character.isLowerCase(identifier.charAt(i + 1));
                if (Character.isLowerCase(before) || Character.isDigit(before) || (Character.isUpperCase(before) && nextLower)) {
                    out.append('-');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end).toLowerCase(Locale.ROOT);
    }

    public static String scriptExport(String script) {
        return kebab(script);
    }

    public static String utxoMainExport(String utxo, String main) {
        return kebab(utxo) + "#[static]utxo." + kebab(main);
    }

    public static String utxoMethodExport(String utxo, String method) {
        return kebab(utxo) + "#[method]utxo." + kebab(method);
    }

    public static String unbindExport(String utxo) {
        return kebab(utxo) + "#$sys.unbind";
    }

    public static String mintExport(String token, String mint) {
        return kebab(token) + "#[static]token." + kebab(mint);
    }

    public static String tokenMethodExport(String token, String method) {
        return kebab(token) + "#[method]token." + kebab(method);
    }

    public static String stateExport(String type, int index) {
        return kebab(type) + "#state." + index;
    }

    public static String handlerExport(int index) {
        return "handler#" + index;
    }
}
