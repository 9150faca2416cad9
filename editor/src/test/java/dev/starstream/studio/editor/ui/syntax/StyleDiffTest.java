package dev.starstream.studio.editor.ui.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.editor.services.text.StyledRange;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** Only the window where two stylings differ is repainted. */
class StyleDiffTest {
    static StyleSpans<Collection<String>> spans(int length, StyledRange... ranges) {
        return StyleComposer.spans(length, List.of(ranges));
    }

    @Test
    void equalStylingsNeedNoRepaint() {
        assertThat(StyleDiff.changed(spans(20, StyledRange.of(2, 5, "a")), spans(20, StyledRange.of(2, 5, "a")))).isNull();
    }

    @Test
    void theWindowCoversExactlyTheChangedCharacters() {
        assertThat(StyleDiff.changed(spans(20, StyledRange.of(2, 5, "a"), StyledRange.of(10, 12, "b")),
                spans(20, StyledRange.of(2, 5, "a"), StyledRange.of(10, 12, "c")))).containsExactly(10, 12);
        assertThat(StyleDiff.changed(spans(20, StyledRange.of(2, 5, "a")), spans(20, StyledRange.of(2, 7, "a")))).containsExactly(5, 7);
        assertThat(StyleDiff.changed(spans(20), spans(20, StyledRange.of(0, 1, "x"), StyledRange.of(19, 20, "y")))).containsExactly(0, 20);
    }
}
