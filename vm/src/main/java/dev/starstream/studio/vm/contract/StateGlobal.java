package dev.starstream.studio.vm.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One exported state global of a utxo/token instance.
 *
 * @param export the export name, {@code <type>#state.<i>}
 * @param wide true for an i64 global (two record words), false for i32 (one word)
 * @param role what it holds: the yield point, a storage slot, or a spill slot of a yield point
 * @param owner the storage field or spilled variable it belongs to ({@code "yield"} for the yield point)
 * @param yieldPoint for a spill slot, the yield point k it belongs to; 0 otherwise
 */
public record StateGlobal(String export, boolean wide, Role role, String owner, int yieldPoint) {
    public enum Role {
        YIELD_POINT,
        STORAGE,
        SPILL
    }

    @JsonIgnore
    public boolean isYieldPoint() {
        return role == Role.YIELD_POINT;
    }
}
