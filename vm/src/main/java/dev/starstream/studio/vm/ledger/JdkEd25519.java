package dev.starstream.studio.vm.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

/**
 * Ed25519 verification with the JDK's own provider (RFC 8032), for the vm module, which carries no
 * crypto library. The ledger-sim module verifies with BouncyCastle, which is faster.
 */
public final class JdkEd25519 implements SignatureVerifier {
    /** The DER prefix of an X.509 SubjectPublicKeyInfo for an Ed25519 key (OID 1.3.101.112). */
    private static final byte[] SPKI_PREFIX = {
        0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
    };

    @Override
    public boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != TxSignature.LENGTH) {
            return false;
        }
        byte[] spki = new byte[SPKI_PREFIX.length + PublicKey.LENGTH];
        System.arraycopy(SPKI_PREFIX, 0, spki, 0, SPKI_PREFIX.length);
        System.arraycopy(key.bytes(), 0, spki, SPKI_PREFIX.length, PublicKey.LENGTH);
        try {
            java.security.PublicKey jdkKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(jdkKey);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // A key that is not a curve point, or a malformed signature: it does not verify.
            return false;
        }
    }
}
