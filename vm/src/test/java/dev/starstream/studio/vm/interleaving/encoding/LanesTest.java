package dev.starstream.studio.vm.interleaving.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RUNTIME A.9 P3: lanes ↔ 4-lane words. */
class LanesTest {
    @Test
    void aU32And3U64ArgumentIsOneWord7300() {
        assertThat(new LaneWriter().u32(7).u64(3).words()).containsExactly(Word.of(7, 3, 0, 0));
    }

    @Test
    void sixtyFourBitValuesAreLowThenHighHalves() {
        assertThat(Lanes.ofLong(0x1_0000_0002L)).containsExactly(2, 1);
        assertThat(Lanes.ofLong(-1L)).containsExactly(0xFFFF_FFFFL, 0xFFFF_FFFFL);
        assertThat(Lanes.toLong(2, 1)).isEqualTo(0x1_0000_0002L);
    }

    @Test
    void narrowSignedValuesAreTheirI32BitPattern() {
        assertThat(new LaneWriter().u32(-1).lanes()).containsExactly(0xFFFF_FFFFL);
        assertThat(new LaneReader(new LaneWriter().u32(-128).words()).u32()).isEqualTo(-128);
    }

    @Test
    void unitIsNoLanesAndNoWords() {
        assertThat(Lanes.toWords(new long[0])).isEmpty();
        assertThat(Lanes.wordCount(0)).isZero();
    }

    @Test
    void theLastWordIsZeroPadded() {
        List<Word> words = new LaneWriter().bool(true).handle(new ProcessId(3)).u32(9).u64(5).u32(1).words();

        assertThat(words).containsExactly(Word.of(1, 3, 9, 5), Word.of(0, 1, 0, 0));
    }

    @Test
    void readingBackGivesTheValuesInOrder() {
        LaneReader reader = new LaneReader(new LaneWriter().bool(false).u64(Long.MIN_VALUE).handle(new ProcessId(2)).words());

        assertThat(reader.bool()).isFalse();
        assertThat(reader.u64()).isEqualTo(Long.MIN_VALUE);
        assertThat(reader.handle()).isEqualTo(new ProcessId(2));
        assertThat(reader.remaining()).isEqualTo(4 - 4); // 1 + 2 + 1 lanes fill the word exactly
    }

    @Test
    void lanesToWordsAndBackIsTheIdentityForAnyLength() {
        Random random = new Random(7);
        for (int n = 0; n < 40; n++) {
            long[] lanes = new long[n];
            for (int i = 0; i < n; i++) {
                lanes[i] = random.nextLong() & 0xFFFF_FFFFL;
            }
            List<Word> words = Lanes.toWords(lanes);
            assertThat(words).hasSize(Lanes.wordCount(n));
            assertThat(Lanes.fromWords(words, n)).containsExactly(lanes);
        }
    }

    @Test
    void decodingRefusesNonZeroPaddingAndWrongWordCounts() {
        assertThatThrownBy(() -> Lanes.fromWords(List.of(Word.of(1, 2, 0, 0)), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("padding");
        assertThatThrownBy(() -> Lanes.fromWords(List.of(Word.ZERO, Word.ZERO), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLaneIsAU32() {
        assertThatThrownBy(() -> new LaneWriter().lane(1L << 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Word.of(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Word.ofBits(-1, 0, 0, 0).lane0()).isEqualTo(0xFFFF_FFFFL);
    }
}
