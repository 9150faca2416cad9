package dev.starstream.studio.vm.ledger;

import java.util.HexFormat;
import java.util.Optional;

/** Lower-case hexadecimal text of byte strings, tolerant parsing that never throws. */
public final class Hex {
    private static final HexFormat FORMAT = HexFormat.of();

    private Hex() {}

    public static String encode(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    /** The bytes of {@code text} (upper or lower case), or empty when it is not hexadecimal of even length. */
    public static Optional<byte[]> decode(String text) {
        if (text.length() % 2 != 0) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(FORMAT.parseHex(text));
    }
}
