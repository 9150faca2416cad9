package dev.starstream.studio.vm.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;

/** An Ed25519 key pair made with the JDK, for tests that need real signatures. */
final class JdkSigner {
    private final KeyPair pair;
    private final PublicKey publicKey;

    JdkSigner() {
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        byte[] spki = pair.getPublic().getEncoded();
        publicKey = new PublicKey(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
    }

    PublicKey publicKey() {
        return publicKey;
    }

    TxSignature sign(Intent intent) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(pair.getPrivate());
            signer.update(intent.digest().bytes());
            return new TxSignature(publicKey, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
