package dev.starstream.studio.editor.services.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Squiggles are always visible, even for diagnostics with an empty span. */
class DecorationsTest {
    @Test
    void aSpanWithCharactersIsUnderlinedAsItIs() {
        assertThat(Decorations.visibleRange("let x = y;", 8, 9)).containsExactly(8, 9);
    }

    @Test
    void anEmptySpanUnderlinesTheCharacterThere() {
        assertThat(Decorations.visibleRange("f(x }", 4, 4)).containsExactly(4, 5);
    }

    @Test
    void anEmptySpanAtALineBreakOrTheEndUnderlinesTheLastVisibleCharacterBefore() {
        assertThat(Decorations.visibleRange("let x = 1\n\nfn", 9, 9)).containsExactly(8, 9);
        assertThat(Decorations.visibleRange("let x = 1\n", 10, 10)).containsExactly(8, 9);
        assertThat(Decorations.visibleRange("", 0, 0)).containsExactly(0, 0);
    }

    @Test
    void spansPastTheTextAreClamped() {
        assertThat(Decorations.visibleRange("ab", 1, 9)).containsExactly(1, 2);
    }
}
