package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Objects;

/**
 * A signature carried by a transaction: Ed25519(sk, SHA-256(intent bytes)) (RUNTIME A.6) and the
 * public key that made it. The ledger re-verifies every carried signature ({@code BadSignature});
 * {@code assert_transaction_signed_by(key)} passes when one of them is by {@code key} and verifies.
 * JSON: {@code {"key":"<64 hex>","signature":"<128 hex>"}}.
 */
public record TxSignature(PublicKey key, byte[] signature) {
    public static final int LENGTH = 64;

    public TxSignature {
        Objects.requireNonNull(key, "key");
        if (signature.length != LENGTH) {
            throw new IllegalArgumentException("an Ed25519 signature has 64 bytes, not " + signature.length);
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @JsonCreator
    static TxSignature fromJson(Json json) {
        return new TxSignature(
                json.key(),
                Hex.decode(json.signature())
                        .filter(bytes -> bytes.length == LENGTH)
                        .orElseThrow(() -> new IllegalArgumentException("a signature is 128 hexadecimal digits")));
    }

    @JsonValue
    Json toJson() {
        return new Json(key, Hex.encode(signature));
    }

    record Json(PublicKey key, String signature) {}

    @Override
    public boolean equals(Object other) {
        return other instanceof TxSignature that && key.equals(that.key) && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "TxSignature[key=" + key + ", signature=" + Hex.encode(signature) + "]";
    }
}
