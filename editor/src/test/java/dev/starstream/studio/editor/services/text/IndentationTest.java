package dev.starstream.studio.editor.services.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text with a {@code |} marks the caret; the helper applies the edit and marks the new caret. */
class IndentationTest {
    private static String enter(String marked) {
        int caret = marked.indexOf('|');
        String text = marked.replace("|", "");
        TextEdit edit = Indentation.newLine(text, caret, caret);
        String after = edit.applyTo(text);
        return after.substring(0, edit.caretAfter()) + "|" + after.substring(edit.caretAfter());
    }

    @Test
    void enterKeepsTheIndentationOfTheLine() {
        assertThat(enter("    let x = 1;|")).isEqualTo("    let x = 1;\n    |");
    }

    @Test
    void enterAfterAnOpeningBraceIndentsOneLevelMore() {
        assertThat(enter("fn f() {|")).isEqualTo("fn f() {\n    |");
    }

    @Test
    void enterBetweenBracesPutsTheClosingBraceOnItsOwnLine() {
        assertThat(enter("    fn f() {|}")).isEqualTo("    fn f() {\n        |\n    }");
    }

    @Test
    void enterDropsTheBlanksAfterTheCaret() {
        assertThat(enter("a|   b")).isEqualTo("a\n|b");
    }

    @Test
    void closingBraceOnABlankLineDedentsIt() {
        String text = "fn f() {\n        ";
        TextEdit edit = Indentation.closingBrace(text, text.length());
        assertThat(edit.applyTo(text)).isEqualTo("fn f() {\n    }");
        assertThat(edit.caretAfter()).isEqualTo(edit.applyTo(text).length());
    }

    @Test
    void closingBraceAfterCodeIsJustInserted() {
        TextEdit edit = Indentation.closingBrace("    { x ", 8);
        assertThat(edit.applyTo("    { x ")).isEqualTo("    { x }");
    }

    @Test
    void tabInsertsSpacesToTheNextMultipleOfFour() {
        assertThat(Indentation.indent("ab", 2, 2).replacement()).isEqualTo("  ");
        assertThat(Indentation.indent("", 0, 0).replacement()).isEqualTo("    ");
    }

    @Test
    void tabWithASelectionIndentsEverySelectedLineButBlankOnes() {
        String text = "a\n\nb\nc";
        TextEdit edit = Indentation.indent(text, 0, 5);
        assertThat(edit.applyTo(text)).isEqualTo("    a\n\n    b\nc");
        assertThat(edit.anchorAfter()).isEqualTo(4);
        assertThat(edit.caretAfter()).isEqualTo(13);
    }

    @Test
    void shiftTabRemovesUpToOneLevel() {
        String text = "      a\n  b\nc";
        TextEdit edit = Indentation.dedent(text, 0, text.length());
        assertThat(edit.applyTo(text)).isEqualTo("  a\nb\nc");
    }
}
