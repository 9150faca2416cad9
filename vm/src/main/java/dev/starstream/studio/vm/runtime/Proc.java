package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.contract.HandlerLayout;
import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.contract.StateGlobal;
import dev.starstream.studio.vm.contract.YieldPointLayout;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoKind;
import dev.starstream.studio.vm.ledger.UtxoState;
import dev.starstream.studio.vm.runtime.engine.EngineInstance;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One process of a running transaction: its instance, what it is, and where it stands. */
final class Proc {
    enum Kind {
        SCRIPT,
        UTXO,
        TOKEN
    }

    /** Whether the process may be entered (M7). */
    enum Status {
        /** Not running: at a yield, or not started. */
        IDLE,
        /** On the stack, not waiting for anything in particular (entering it would be re-entrant). */
        RUNNING,
        /** Blocked in {@code CallEffectHandler}: only the handler's answering Resume may enter it. */
        AWAITING_HANDLER
    }

    /** A {@code try} with clauses the script is inside (A.3). */
    static final class TryScope {
        final int tryId;
        final int frame;
        final List<HandlerLayout> clauses;
        final boolean[] running;

        TryScope(int tryId, int frame, List<HandlerLayout> clauses) {
            this.tryId = tryId;
            this.frame = frame;
            this.clauses = List.copyOf(clauses);
            this.running = new boolean[clauses.size()];
        }

        /** The distinct ABIs of the clauses, in clause order (one InstallHandler each). */
        List<String> abis() {
            List<String> abis = new ArrayList<>();
            for (HandlerLayout clause : clauses) {
                if (!abis.contains(clause.abi())) {
                    abis.add(clause.abi());
                }
            }
            return abis;
        }
    }

    final int pid;
    final Kind kind;
    final LoadedContract contract;
    final @Nullable ProcessTypeLayout type;
    final @Nullable UtxoEntry input;
    final String label;
    final Deque<TryScope> tries = new ArrayDeque<>();
    @Nullable EngineInstance instance;
    Status status = Status.IDLE;
    boolean ended;
    long attributedGas;
    long chargedWhileRunning;

    Proc(int pid, Kind kind, LoadedContract contract, @Nullable ProcessTypeLayout type, @Nullable UtxoEntry input,
            String label) {
        this.pid = pid;
        this.kind = kind;
        this.contract = contract;
        this.type = type;
        this.input = input;
        this.label = label;
    }

    ProcessId id() {
        return new ProcessId(pid);
    }

    boolean isScript() {
        return kind == Kind.SCRIPT;
    }

    boolean isToken() {
        return kind == Kind.TOKEN;
    }

    boolean isInput() {
        return input != null;
    }

    EngineInstance instance() {
        if (instance == null) {
            throw new IllegalStateException(label + " has no instance yet");
        }
        return instance;
    }

    ProcessTypeLayout type() {
        if (type == null) {
            throw new IllegalStateException(label + " is a script");
        }
        return type;
    }

    /** The yield point the utxo is suspended at (0: ended or not started); 0 for tokens. */
    int yieldPoint() {
        if (kind != Kind.UTXO) {
            return 0;
        }
        Optional<StateGlobal> yield = type().stateGlobals().stream().filter(StateGlobal::isYieldPoint).findFirst();
        return yield.map(g -> (int) instance().global(g.export())).orElse(0);
    }

    /** The ABIs the process offers now: a utxo's last yield's, a token's implemented ones plus Token (A.4). */
    List<String> offeredAbis() {
        if (ended) {
            return List.of();
        }
        return switch (kind) {
            case SCRIPT -> List.of();
            case UTXO -> type().yieldPoint(yieldPoint()).map(YieldPointLayout::abis).orElse(List.of());
            case TOKEN -> {
                List<String> abis = new ArrayList<>(type().implementedAbis());
                if (!abis.contains("Token")) {
                    abis.add("Token");
                }
                yield abis;
            }
        };
    }

    /** The storage record (A.8): type index, yield point, then every state global's lanes. */
    UtxoState record() {
        ProcessTypeLayout t = type();
        int[] words = new int[t.recordWords()];
        words[0] = t.index();
        int at = 2;
        for (StateGlobal g : t.stateGlobals()) {
            long value = instance().global(g.export());
            if (g.isYieldPoint()) {
                words[1] = (int) value;
            } else if (g.wide()) {
                words[at++] = (int) value;
                words[at++] = (int) (value >>> 32);
            } else {
                words[at++] = (int) value;
            }
        }
        return new UtxoState(kind == Kind.TOKEN ? UtxoKind.TOKEN : UtxoKind.UTXO, words);
    }

    /** Writes a storage record into the state globals of a fresh instance (A.8 rehydration). */
    void rehydrate(UtxoState state) {
        ProcessTypeLayout t = type();
        int at = 2;
        for (StateGlobal g : t.stateGlobals()) {
            if (g.isYieldPoint()) {
                instance().setGlobal(g.export(), state.word(1));
            } else if (g.wide()) {
                long lo = Integer.toUnsignedLong(state.word(at++));
                long hi = Integer.toUnsignedLong(state.word(at++));
                instance().setGlobal(g.export(), (hi << 32) | lo);
            } else {
                instance().setGlobal(g.export(), state.word(at++));
            }
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
