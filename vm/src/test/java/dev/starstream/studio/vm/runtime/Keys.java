package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.PublicKey;
import dev.starstream.studio.vm.ledger.TxSignature;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;

/** A fresh Ed25519 key made with the JDK, signing intents as A.6 says. */
final class Keys {
    private final KeyPair pair;
    private final PublicKey publicKey;

    Keys() {
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        byte[] spki = pair.getPublic().getEncoded();
        publicKey = new PublicKey(Arrays.copyOfRange(spki, spki.length - PublicKey.LENGTH, spki.length));
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
