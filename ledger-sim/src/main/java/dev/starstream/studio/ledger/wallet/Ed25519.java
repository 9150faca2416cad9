package dev.starstream.studio.ledger.wallet;

import dev.starstream.studio.vm.ledger.PublicKey;
import dev.starstream.studio.vm.ledger.SignatureVerifier;
import dev.starstream.studio.vm.ledger.TxSignature;
import java.security.SecureRandom;

/**
 * Ed25519 (RFC 8032) through BouncyCastle's low-level implementation: key generation from a 32-byte
 * seed, signing and verification. Verification never throws: a key that is not a curve point or a
 * signature of the wrong length simply does not verify.
 */
public final class Ed25519 implements SignatureVerifier {
    public static final int SEED_LENGTH = 32;

    public byte[] newSeed(SecureRandom random) {
        byte[] seed = new byte[SEED_LENGTH];
        org.bouncycastle.math.ec.rfc8032.Ed25519.generatePrivateKey(random, seed);
        return seed;
    }

    public PublicKey publicKeyOf(byte[] seed) {
        requireSeed(seed);
        byte[] key = new byte[PublicKey.LENGTH];
        org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, key, 0);
        return new PublicKey(key);
    }

    public byte[] sign(byte[] seed, byte[] message) {
        requireSeed(seed);
        byte[] signature = new byte[TxSignature.LENGTH];
        org.bouncycastle.math.ec.rfc8032.Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    @Override
    public boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != TxSignature.LENGTH) {
            return false;
        }
        return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, key.bytes(), 0, message, 0, message.length);
    }

    private static void requireSeed(byte[] seed) {
        if (seed.length != SEED_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 private key seed has 32 bytes, not " + seed.length);
        }
    }
}
