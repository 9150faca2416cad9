package dev.starstream.studio.editor.ui.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.editor.services.text.StyledRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** Decoration layers are painted over the lexical colours: a pure function from spans and ranges to spans. */
class StyleComposerTest {
    static List<String> describe(StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            out.add(s.getLength() + ":" + String.join("+", s.getStyle()));
        }
        return out;
    }

    @Test
    void overlappingRangesOfOneLayerUniteTheirClasses() {
        StyleSpans<Collection<String>> spans = StyleComposer.spans(10, List.of(
                StyledRange.of(2, 6, "a"), StyledRange.of(4, 8, "b")));
        assertThat(describe(spans)).containsExactly("2:", "2:a", "2:a+b", "2:b", "2:");
    }

    @Test
    void layersAddTheirClassesToTheLexicalOnes() {
        StyleSpans<Collection<String>> lexical = StyleComposer.spans(9, List.of(StyledRange.of(0, 3, "tok-keyword"), StyledRange.of(4, 9, "tok-identifier")));
        StyleSpans<Collection<String>> composed = StyleComposer.compose(lexical, 9, List.of(
                List.of(StyledRange.of(4, 9, "sem-local")), List.of(StyledRange.of(6, 7, "diag-error"))));
        assertThat(describe(composed)).containsExactly(
                "3:tok-keyword", "1:", "2:tok-identifier+sem-local", "1:tok-identifier+sem-local+diag-error", "2:tok-identifier+sem-local");
    }

    @Test
    void rangesOutsideTheTextAreClipped() {
        assertThat(describe(StyleComposer.spans(4, List.of(StyledRange.of(2, 9, "a"), StyledRange.of(6, 8, "b")))))
                .containsExactly("2:", "2:a");
    }
}
