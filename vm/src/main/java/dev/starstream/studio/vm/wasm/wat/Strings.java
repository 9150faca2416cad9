package dev.starstream.studio.vm.wasm.wat;

/** Text-format string literals. */
final class Strings {
    private Strings() {}

    /** Printable ASCII as itself (quotes and backslashes escaped), every other byte as {@code \hh}. */
    static String escape(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == '"' || c == '\\') {
                text.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7F) {
                text.append((char) c);
            } else {
                text.append('\\').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            }
        }
        return text.toString();
    }
}
