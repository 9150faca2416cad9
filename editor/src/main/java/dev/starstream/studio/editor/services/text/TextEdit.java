package dev.starstream.studio.editor.services.text;

/**
 * Replace {@code [start, end)} of a text with {@code replacement}, then put the caret at {@code
 * caretAfter} and the selection anchor at {@code anchorAfter} (offsets in the edited text).
 */
public record TextEdit(int start, int end, String replacement, int anchorAfter, int caretAfter) {
    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
        }
    }

    /** An edit that leaves the caret (and no selection) at {@code caretAfter}. */
    public static TextEdit of(int start, int end, String replacement, int caretAfter) {
        return new TextEdit(start, end, replacement, caretAfter, caretAfter);
    }

    /** The text after this edit. */
    public String applyTo(String text) {
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
