package dev.starstream.studio.vm.interleaving.encoding;

import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The identities of RUNTIME A.9 P2, all derived with SHA-256:
 *
 * <ul>
 *   <li>program hash = SHA-256(release module bytes) as 4 little-endian u64 limbs;
 *   <li>{@code I(abi)} = SHA-256({@code "starstream:iface:v1:"} ‖ AbiName) as limbs;
 *   <li>{@code F(q)} = the first 8 bytes (little-endian) of SHA-256({@code "starstream:fn:v1:"} ‖ q),
 *       reduced mod 2⁶⁴ − 2³² + 1, for q such as {@code Abi.method}, {@code Abi.Effect},
 *       {@code Utxo::main}, {@code Tok::mint}, {@code Token.attach}, {@code $sys.unbind}.
 * </ul>
 *
 * Names are hashed as UTF-8.
 */
public final class Ids {
    public static final String INTERFACE_DOMAIN = "starstream:iface:v1:";
    public static final String FUNCTION_DOMAIN = "starstream:fn:v1:";

    private Ids() {}

    /** The program hash of a module's bytes. */
    public static Hash programHash(byte[] moduleBytes) {
        return Hash.fromBytes(sha256(moduleBytes));
    }

    /** {@code I(abiName)}. */
    public static Hash interfaceId(String abiName) {
        return Hash.fromBytes(sha256((INTERFACE_DOMAIN + abiName).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code F(qualifiedName)}. */
    public static FunctionId functionId(String qualifiedName) {
        byte[] digest = sha256((FUNCTION_DOMAIN + qualifiedName).getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int b = 7; b >= 0; b--) {
            v = (v << 8) | (digest[b] & 0xFFL);
        }
        return new FunctionId(reduce(v));
    }

    /** An unsigned 64-bit value reduced mod 2⁶⁴ − 2³² + 1 (2⁶⁴ < 2p, so one subtraction does). */
    public static long reduce(long u64) {
        return Long.compareUnsigned(u64, FunctionId.MODULUS) >= 0 ? u64 - FunctionId.MODULUS : u64;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
