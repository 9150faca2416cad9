package dev.starstream.studio.editor.services.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Decorations follow the text they decorate across edits; what an edit touched is dropped. */
class RangeMappingTest {
    final StyledRange name = StyledRange.of(10, 15, "sem-local");

    @Test
    void rangesBeforeAnEditStayWhereTheyAre() {
        assertThat(RangeMapping.map(List.of(name), List.of(new TextChange(20, 2, 5)))).containsExactly(name);
        assertThat(RangeMapping.map(List.of(name), List.of(new TextChange(15, 0, 1)))).containsExactly(name); // typing right after it
    }

    @Test
    void rangesAfterAnEditMoveWithTheirText() {
        assertThat(RangeMapping.map(List.of(name), List.of(new TextChange(2, 3, 1), new TextChange(0, 0, 4))))
                .containsExactly(StyledRange.of(12, 17, "sem-local"));
        assertThat(RangeMapping.map(List.of(name), List.of(new TextChange(10, 0, 2)))).containsExactly(StyledRange.of(12, 17, "sem-local"));
    }

    @Test
    void rangesAnEditTouchedAreDropped() {
        assertThat(RangeMapping.map(List.of(name), List.of(new TextChange(12, 1, 0)))).isEmpty();
        assertThat(RangeMapping.map(List.of(name), List.of(new TextChange(8, 4, 0)))).isEmpty();
        assertThat(RangeMapping.map(List.of(name), List.of(new TextChange(0, 100, 3)))).isEmpty();
    }
}
