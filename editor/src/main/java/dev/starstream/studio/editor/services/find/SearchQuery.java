package dev.starstream.studio.editor.services.find;

/** What the find bar looks for. */
public record SearchQuery(String text, boolean matchCase, boolean wholeWord, boolean regex) {
    public static SearchQuery plain(String text) {
        return new SearchQuery(text, false, false, false);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
