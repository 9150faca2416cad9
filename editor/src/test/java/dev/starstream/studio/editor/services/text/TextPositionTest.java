package dev.starstream.studio.editor.services.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPositionTest {
    @Test
    void offsetsAndPositionsRoundTrip() {
        String text = "ab\ncde\n\nf";
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(TextPosition.of(text, offset).offsetIn(text)).isEqualTo(offset);
        }
        assertThat(TextPosition.of(text, 4)).isEqualTo(new TextPosition(2, 2));
    }

    @Test
    void positionsPastALineEndAreClampedToIt() {
        assertThat(new TextPosition(1, 99).offsetIn("ab\ncd")).isEqualTo(2);
        assertThat(new TextPosition(9, 1).offsetIn("ab\ncd")).isEqualTo(5);
    }

    @Test
    void printsAsEditorsShowIt() {
        assertThat(new TextPosition(3, 7)).hasToString("Ln 3, Col 7");
    }
}
