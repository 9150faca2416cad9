package dev.starstream.studio.vm.contract;

import java.util.List;

/**
 * A {@code yield(A, B)} in a utxo's main: its number k (1-based, ascending in source order), the ABIs
 * it offers (in order) and the variables spilled there (main's parameters, then its locals live
 * across the yield, in declaration order).
 */
public record YieldPointLayout(int k, List<String> abis, List<SpillLayout> spills, String file, int line) {
    public YieldPointLayout {
        abis = List.copyOf(abis);
        spills = List.copyOf(spills);
    }
}
