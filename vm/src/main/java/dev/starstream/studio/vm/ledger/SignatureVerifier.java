package dev.starstream.studio.vm.ledger;

/** Verifies an Ed25519 signature over a 32-byte message (an intent digest). Never throws on bad input. */
@FunctionalInterface
public interface SignatureVerifier {
    boolean verify(PublicKey key, byte[] message, byte[] signature);

    /** Whether the signature verifies over {@code SHA-256(intent bytes)}. */
    default boolean verifies(TxSignature signature, Hash32 intentDigest) {
        return verify(signature.key(), intentDigest.bytes(), signature.signature());
    }
}
