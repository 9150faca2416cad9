package dev.starstream.studio.editor.services.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyMatchTest {
    static List<String> rank(String prefix, String... labels) {
        return FuzzyMatch.rank(prefix, java.util.Arrays.stream(labels)
                .map(l -> new CompletionItem(l, CompletionKind.FUNCTION, "", null, 0)).toList()).stream().map(CompletionItem::label).toList();
    }

    @Test
    void charactersMustAppearInOrder() {
        assertThat(FuzzyMatch.score("pc", "plus_chips")).isNotEqualTo(FuzzyMatch.NO_MATCH);
        assertThat(FuzzyMatch.score("zq", "plus_chips")).isEqualTo(FuzzyMatch.NO_MATCH);
        assertThat(FuzzyMatch.score("", "anything")).isZero();
    }

    @Test
    void prefixesBeatWordStartsWhichBeatScatteredLetters() {
        assertThat(rank("sc", "describe", "ScoreProgress", "last_count", "score")).containsExactly("score", "ScoreProgress", "describe", "last_count");
        assertThat(rank("sp", "ScoreProgress", "spend")).containsExactly("spend", "ScoreProgress");
        assertThat(rank("pm", "plus_chips", "plus_mult")).containsExactly("plus_mult");
    }

    @Test
    void anExactMatchComesFirst() {
        assertThat(rank("new", "newer", "new", "renew")).containsExactly("new", "newer", "renew");
    }
}
