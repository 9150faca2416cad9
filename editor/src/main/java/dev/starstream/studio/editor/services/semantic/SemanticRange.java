package dev.starstream.studio.editor.services.semantic;

/**
 * An identifier at {@code [start, end)} of a text and what it denotes; {@code declaration} when
 * this is where it is defined, {@code mutable} for {@code let mut} locals and storage fields.
 */
public record SemanticRange(int start, int end, SemanticKind kind, boolean declaration, boolean mutable) {
    public SemanticRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    /** The style classes of this range ({@code sem-local}, plus {@code sem-declaration} / {@code sem-mutable}). */
    public java.util.List<String> styleClasses() {
        if (!declaration && !mutable) {
            return java.util.List.of(kind.styleClass());
        }
        java.util.List<String> out = new java.util.ArrayList<>(3);
        out.add(kind.styleClass());
        if (declaration) {
            out.add("sem-declaration");
        }
        if (mutable) {
            out.add("sem-mutable");
        }
        return out;
    }
}
