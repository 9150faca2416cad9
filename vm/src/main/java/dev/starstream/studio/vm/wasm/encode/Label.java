package dev.starstream.studio.vm.wasm.encode;

/**
 * A branch target: an open {@code block}, {@code loop} or {@code if}, or the function body itself.
 * The {@link CodeBuilder} turns a label into the relative depth a branch needs at the point where
 * the branch is emitted, and refuses labels that are already closed or belong to another body.
 */
public final class Label {
    /** What opened the label; a branch to a loop goes back to its head, to the others past its end. */
    public enum Kind {
        FUNCTION,
        BLOCK,
        LOOP,
        IF
    }

    private final CodeBuilder owner;
    private final Kind kind;
    private final int level;
    private final BlockType type;
    private boolean open = true;
    private boolean sawElse;

    Label(CodeBuilder owner, Kind kind, int level, BlockType type) {
        this.owner = owner;
        this.kind = kind;
        this.level = level;
        this.type = type;
    }

    public Kind kind() {
        return kind;
    }

    public BlockType type() {
        return type;
    }

    /** Nesting level: 0 for the function body, 1 for a block directly inside it, … */
    public int level() {
        return level;
    }

    public boolean isOpen() {
        return open;
    }

    CodeBuilder owner() {
        return owner;
    }

    void close() {
        open = false;
    }

    boolean sawElse() {
        return sawElse;
    }

    void markElse() {
        sawElse = true;
    }
}
