package dev.starstream.studio.ledger.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.ledger.LedgerStatus;
import dev.starstream.studio.ledger.StoreFixtures;
import dev.starstream.studio.ledger.Verification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferTest {
    @TempDir
    Path workspace;

    private Path source;
    private byte[] export;
    private LedgerStatus original;

    @BeforeEach
    void exportALedgerWithHistoryAndASnapshot() {
        source = StoreFixtures.ledgerWithHistory(workspace.resolve("a"), 9);
        try (Ledger ledger = Ledger.open(source, LedgerOptions.defaults())) {
            ledger.snapshot("middle");
            ledger.advanceSlots(3);
            ledger.mineBlock();
            original = ledger.queries().status();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerExport.write(source, out);
        export = out.toByteArray();
    }

    private ImportSummary importBytes(byte[] bytes, String name) {
        return new LedgerImport(LedgerOptions.defaults()).read(new ByteArrayInputStream(bytes), workspace.resolve(name));
    }

    @Test
    void anImportedLedgerHasTheSameHistoryHashesAndSnapshots() {
        ImportSummary summary = importBytes(export, "b");
        assertThat(summary.verifiedBy()).isEqualTo(Verification.IMPORTED.label());
        try (Ledger copy = Ledger.open(summary.directory(), LedgerOptions.defaults())) {
            LedgerStatus status = copy.queries().status();
            assertThat(status.tip()).isEqualTo(original.tip());
            assertThat(status.stateRoot()).isEqualTo(original.stateRoot());
            assertThat(status.revision()).isEqualTo(original.revision());
            assertThat(status.mining()).isEqualTo(original.mining());
            assertThat(copy.queries().snapshots()).extracting(s -> s.name()).containsExactly("middle");
            copy.revert("middle");
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        try (Ledger copy = Ledger.open(workspace.resolve("b"), LedgerOptions.defaults())) {
            assertThat(copy.revision()).isLessThan(original.revision());
        }
        LedgerExport.write(source, again);
        assertThat(again.toByteArray()).isEqualTo(export);
    }

    @Test
    void aChangedStorageWordIsCaughtByTheTransactionHash() {
        String text = new String(export, StandardCharsets.UTF_8);
        String tampered = text.replaceFirst("\"words\":\\[0,1,1001\\]", "\"words\":[0,1,9001]");
        assertThat(tampered).isNotEqualTo(text);
        assertThatThrownBy(() -> importBytes(tampered.getBytes(StandardCharsets.UTF_8), "b"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("hashes to")
                .hasMessageContaining("not to its recorded hash");
        assertThat(workspace.resolve("b")).doesNotExist();
        assertThat(workspace.resolve("b.importing")).doesNotExist();
    }

    @Test
    void aChangedStateRootOrMissingEntryIsNamed() {
        String text = new String(export, StandardCharsets.UTF_8);
        String root = original.stateRoot().hex();
        String wrongRoot = text.replace("\"stateRoot\":\"" + root + "\",\"tipHash\"", "\"stateRoot\":\"" + "0".repeat(64) + "\",\"tipHash\"");
        assertThatThrownBy(() -> importBytes(wrongRoot.getBytes(StandardCharsets.UTF_8), "b")).hasMessageContaining("head");
        String withoutEntry3 = text.replaceFirst("\\{\"seq\":3,[^\\n]*?\"stateRoot\":\"[0-9a-f]{64}\"\\},", "");
        assertThat(withoutEntry3).isNotEqualTo(text);
        assertThatThrownBy(() -> importBytes(withoutEntry3.getBytes(StandardCharsets.UTF_8), "b"))
                .hasMessageContaining("entry 4").hasMessageContaining("expected entry 3");
    }

    @Test
    void aTruncatedExportIsReportedWithItsPosition() {
        for (int length : new int[] {0, 1, export.length / 3, export.length / 2, export.length - 2}) {
            byte[] truncated = Arrays.copyOf(export, length);
            Throwable thrown = catchThrowable(() -> importBytes(truncated, "t" + length));
            assertThat(thrown).as("length %d", length).isInstanceOf(ImportException.class);
            assertThat(workspace.resolve("t" + length)).doesNotExist();
        }
        assertThatThrownBy(() -> importBytes(Arrays.copyOf(export, export.length / 2), "x")).hasMessageContaining("line 1, column");
    }

    @Test
    void flippedBytesAreRefusedOrProvablyHarmless() {
        Random random = new Random(13);
        int refused = 0;
        for (int round = 0; round < 25; round++) {
            byte[] copy = export.clone();
            int at = random.nextInt(copy.length);
            copy[at] ^= (byte) (1 << random.nextInt(7));
            Throwable thrown = catchThrowable(() -> {
                ImportSummary summary = importBytes(copy, "f" + at);
                assertThat(summary.stateRoot()).isEqualTo(original.stateRoot());
            });
            if (thrown != null) {
                assertThat(thrown).as("flip at %d", at).isInstanceOf(ImportException.class);
                refused++;
            }
        }
        assertThat(refused).isGreaterThan(18);
    }

    @Test
    void importingOverAnExistingLedgerIsRefused() throws Exception {
        Files.createDirectories(workspace.resolve("c"));
        importBytes(export, "c");
        assertThatThrownBy(() -> importBytes(export, "c")).hasMessageContaining("already exists");
        assertThatThrownBy(() -> importBytes("{\"format\":\"other\"}".getBytes(StandardCharsets.UTF_8), "d"))
                .hasMessageContaining("not a ledger export");
    }
}
