package dev.starstream.studio.ledger.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.JdkEd25519;
import dev.starstream.studio.vm.ledger.Lanes;
import dev.starstream.studio.vm.ledger.TxSignature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletTest {
    @TempDir
    Path workspace;

    private Wallet wallet() {
        return new Wallet(Wallet.defaultDirectory(workspace), new SecureRandom());
    }

    private static Intent intent() {
        return new Intent(Hash32.sha256(new byte[] {1}), "pay", Lanes.of(5), List.of(), 0, Hash32.ZERO, 100);
    }

    @Test
    void keyFilesAreOwnerOnlyFromTheStartAndTheirDirectoryToo() throws Exception {
        WalletKey key = wallet().create("alice");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file().getParent()))).isEqualTo("rwx------");
        assertThat(key.file()).isEqualTo(workspace.resolve(".starstream/keys/alice.key"));
        try (var files = Files.list(key.file().getParent())) {
            assertThat(files).containsExactly(key.file());
        }
    }

    @Test
    void aKeyFileOthersCanReadIsRefusedWithTheCommandThatFixesIt() throws Exception {
        WalletKey key = wallet().create("alice");
        Files.setPosixFilePermissions(key.file(), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> wallet().sign("alice", intent()))
                .isInstanceOf(WalletException.class)
                .hasMessageContaining("can be accessed by others (mode rw-r--r--)")
                .hasMessageContaining("chmod 600");
        Files.setPosixFilePermissions(key.file(), PosixFilePermissions.fromString("rw----r--"));
        assertThatThrownBy(() -> wallet().key("alice")).isInstanceOf(WalletException.class);
        Files.setPosixFilePermissions(key.file(), PosixFilePermissions.fromString("r--------"));
        assertThat(wallet().key("alice").publicKey()).isEqualTo(key.publicKey());
    }

    @Test
    void signaturesAreEd25519OverTheIntentDigestAndVerifyWithBothProviders() {
        Wallet wallet = wallet();
        WalletKey key = wallet.create("bob");
        TxSignature signature = wallet.sign("bob", intent());
        assertThat(signature.key()).isEqualTo(key.publicKey());
        assertThat(new Ed25519().verifies(signature, intent().digest())).isTrue();
        assertThat(new JdkEd25519().verifies(signature, intent().digest())).isTrue();
        assertThat(new Ed25519().verifies(signature, Hash32.sha256(new byte[] {2}))).isFalse();
    }

    @Test
    void ed25519MatchesTheRfc8032TestVector() {
        // RFC 8032, section 7.1, TEST 1: empty message.
        byte[] seed = dev.starstream.studio.vm.ledger.Hex.decode(
                "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60").orElseThrow();
        Ed25519 ed25519 = new Ed25519();
        assertThat(ed25519.publicKeyOf(seed).hex()).isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        assertThat(dev.starstream.studio.vm.ledger.Hex.encode(ed25519.sign(seed, new byte[0]))).isEqualTo(
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    }

    @Test
    void keysAreListedByNameAndNamesAreChecked() {
        Wallet wallet = wallet();
        assertThat(wallet.names()).isEmpty();
        wallet.create("zed");
        wallet.create("alice");
        assertThat(wallet.names()).containsExactly("alice", "zed");
        assertThatThrownBy(() -> wallet.create("alice")).hasMessageContaining("already exists");
        assertThatThrownBy(() -> wallet.create("../evil")).hasMessageContaining("key name");
        assertThatThrownBy(() -> wallet.create("")).hasMessageContaining("key name");
        assertThatThrownBy(() -> wallet.key("nobody")).hasMessageContaining("there is no key named nobody");
    }

    @Test
    void aDamagedKeyFileIsReportedNotUsed() throws Exception {
        WalletKey key = wallet().create("alice");
        String text = Files.readString(key.file());
        String otherPublic = "00".repeat(32);
        Files.writeString(key.file(), text.replaceAll("\"publicKey\" : \"[0-9a-f]+\"", "\"publicKey\" : \"" + otherPublic + "\""));
        assertThatThrownBy(() -> wallet().sign("alice", intent())).hasMessageContaining("does not belong to its privateKey");
        Files.writeString(key.file(), "{ not json");
        assertThatThrownBy(() -> wallet().key("alice")).hasMessageContaining("not valid JSON");
        Files.writeString(key.file(), "{\"format\": \"something else\"}");
        assertThatThrownBy(() -> wallet().key("alice")).hasMessageContaining("not a Starstream key");
    }
}
