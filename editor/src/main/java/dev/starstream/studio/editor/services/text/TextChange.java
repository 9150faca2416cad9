package dev.starstream.studio.editor.services.text;

/** One edit of a text: at {@code position}, {@code removed} characters were replaced by {@code inserted} characters. */
public record TextChange(int position, int removed, int inserted) {
    public TextChange {
        if (position < 0 || removed < 0 || inserted < 0) {
            throw new IllegalArgumentException("bad change at " + position + ": -" + removed + " +" + inserted);
        }
    }

    /** The end of the removed characters, in the text before the change. */
    public int removedEnd() {
        return position + removed;
    }

    public int delta() {
        return inserted - removed;
    }
}
