package dev.starstream.studio.editor.services.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void positionsAndOffsetsAgreeWithTheTextPositionOfEveryOffset() {
        String text = "ab\n\n🚀x\nlast";
        LineIndex lines = LineIndex.of(text);
        assertThat(lines.lineCount()).isEqualTo(4);
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(lines.position(offset)).isEqualTo(TextPosition.of(text, offset));
            assertThat(lines.offset(lines.position(offset))).isEqualTo(offset);
        }
    }

    @Test
    void offsetsPastALineEndAreClampedToIt() {
        LineIndex lines = LineIndex.of("abc\nde");
        assertThat(lines.offset(new TextPosition(1, 40))).isEqualTo(3);
        assertThat(lines.offset(new TextPosition(9, 1))).isEqualTo(4);
        assertThat(lines.lineEnd(1)).isEqualTo(6);
    }
}
