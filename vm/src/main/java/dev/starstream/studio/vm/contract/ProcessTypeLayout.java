package dev.starstream.studio.vm.contract;

import java.util.List;
import java.util.Optional;

/**
 * A utxo or token type: its declaration index (word 0 of its state record), its state globals
 * (docs/design/vm-abi.md §7: {@code yield}, storage slots, spill slots), its constructors, methods and
 * yield points.
 *
 * @param stateGlobals the exported state globals in record order: names {@code <type>#state.<i>}
 * @param constructors {@code main fn}s of a utxo, {@code mint fn}s of a token
 * @param methods {@code impl} methods (and a token's burn fns, with {@code burn} set)
 * @param yieldPoints by ascending k (utxos only)
 * @param implementedAbis the ABIs the type has an {@code impl} for
 */
public record ProcessTypeLayout(
        int index,
        String name,
        Kind kind,
        List<StateGlobal> stateGlobals,
        List<StorageFieldLayout> storage,
        List<FunctionLayout> constructors,
        List<MethodLayout> methods,
        List<YieldPointLayout> yieldPoints,
        List<String> implementedAbis) {

    public enum Kind {
        UTXO,
        TOKEN
    }

    public ProcessTypeLayout {
        stateGlobals = List.copyOf(stateGlobals);
        storage = List.copyOf(storage);
        constructors = List.copyOf(constructors);
        methods = List.copyOf(methods);
        yieldPoints = List.copyOf(yieldPoints);
        implementedAbis = List.copyOf(implementedAbis);
    }

    public Optional<YieldPointLayout> yieldPoint(int k) {
        return yieldPoints.stream().filter(y -> y.k() == k).findFirst();
    }

    public Optional<MethodLayout> method(String abi, String name) {
        return methods.stream().filter(m -> m.abi().equals(abi) && m.name().equals(name)).findFirst();
    }

    /** The number of u32 words of a state record: type index + yield word + every state global's lanes. */
    public int recordWords() {
        return 2 + stateGlobals.stream().filter(g -> !g.isYieldPoint()).mapToInt(g -> g.wide() ? 2 : 1).sum();
    }
}
