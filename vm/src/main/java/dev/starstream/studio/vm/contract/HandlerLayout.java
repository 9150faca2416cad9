package dev.starstream.studio.vm.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A {@code with} clause of a script's {@code try}: exported as {@code export}
 * ({@code handler#<n>}), installed under {@code tryId}, answering {@code abi}'s {@code effect}.
 *
 * @param runningFlag the byte offset, from the frame the clause is called with, of the i32 that is 1
 *     while the clause runs (docs/design/vm-abi.md §9), or −1 when the module keeps none (layouts
 *     written before the flag existed, hand-written modules)
 */
public record HandlerLayout(int index, String export, int tryId, String abi, String effect, String file, int line,
        int runningFlag) {

    /** A clause without a running flag in memory. */
    public HandlerLayout(int index, String export, int tryId, String abi, String effect, String file, int line) {
        this(index, export, tryId, abi, effect, file, line, -1);
    }

    /** From JSON: a layout without {@code runningFlag} has none. */
    @JsonCreator
    static HandlerLayout fromJson(@JsonProperty("index") int index, @JsonProperty("export") String export,
            @JsonProperty("tryId") int tryId, @JsonProperty("abi") String abi, @JsonProperty("effect") String effect,
            @JsonProperty("file") String file, @JsonProperty("line") int line,
            @JsonProperty("runningFlag") @Nullable Integer runningFlag) {
        return new HandlerLayout(index, export, tryId, abi, effect, file, line, runningFlag == null ? -1 : runningFlag);
    }

    public boolean hasRunningFlag() {
        return runningFlag >= 0;
    }
}
