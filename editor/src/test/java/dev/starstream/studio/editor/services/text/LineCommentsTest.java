package dev.starstream.studio.editor.services.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineCommentsTest {
    @Test
    void commentsTheCaretLine() {
        String text = "    let x = 1;";
        TextEdit edit = LineComments.toggle(text, 6, 6);
        assertThat(edit.applyTo(text)).isEqualTo("    // let x = 1;");
        assertThat(edit.caretAfter()).isEqualTo(9);
    }

    @Test
    void commentsABlockAtItsSmallestIndentation() {
        String text = """
                fn f() {
                    a;

                        b;
                }""";
        int start = text.indexOf("    a");
        int end = text.indexOf("b;") + 2;
        assertThat(LineComments.toggle(text, start, end).applyTo(text)).isEqualTo("""
                fn f() {
                    // a;

                    //     b;
                }""");
    }

    @Test
    void uncommentsWhenEveryLineIsCommented() {
        String text = "// a\n    //b\n";
        assertThat(LineComments.toggle(text, 0, text.length()).applyTo(text)).isEqualTo("a\n    b\n");
    }

    @Test
    void mixedBlocksAreCommentedNotUncommented() {
        String text = "// a\nb";
        assertThat(LineComments.toggle(text, 0, text.length()).applyTo(text)).isEqualTo("// // a\n// b");
    }

    @Test
    void toggleTwiceGivesTheTextBack() {
        String text = "a\n  b\n\n    c";
        TextEdit once = LineComments.toggle(text, 0, text.length());
        String commented = once.applyTo(text);
        TextEdit twice = LineComments.toggle(commented, once.anchorAfter(), once.caretAfter());
        assertThat(twice.applyTo(commented)).isEqualTo(text);
    }

    @Test
    void aSelectionEndingAtTheStartOfALineLeavesThatLineAlone() {
        String text = "a\nb\n";
        assertThat(LineComments.toggle(text, 0, 2).applyTo(text)).isEqualTo("// a\nb\n");
    }
}
