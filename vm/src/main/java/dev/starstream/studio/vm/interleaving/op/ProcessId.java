package dev.starstream.studio.vm.interleaving.op;

/**
 * A process of one transaction: its index in the canonical process table (inputs, then new
 * outputs, then coordination scripts). Inside wasm a handle is this index as an i32.
 *
 * @param value the index, {@code >= 0}
 */
public record ProcessId(int value) implements Comparable<ProcessId> {
    public ProcessId {
        if (value < 0) {
            throw new IllegalArgumentException("a process id is an index >= 0, got " + value);
        }
    }

    public static ProcessId of(int value) {
        return new ProcessId(value);
    }

    /** The commitment encoding of an optional pid: {@code pid + 1}, 0 for none. */
    public static long optSlot(@org.jspecify.annotations.Nullable ProcessId pid) {
        return pid == null ? 0 : pid.value + 1L;
    }

    @Override
    public int compareTo(ProcessId other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "#" + value;
    }
}
