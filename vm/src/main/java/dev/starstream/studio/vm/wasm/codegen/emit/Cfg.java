package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.wasm.codegen.ir.IrExpr;
import dev.starstream.studio.vm.wasm.codegen.ir.IrPattern;
import dev.starstream.studio.vm.wasm.codegen.ir.IrStmt;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import java.util.ArrayList;
import java.util.List;

/**
 * A utxo main body with yields as basic blocks (the stackless-coroutine lowering). Block statements
 * contain no {@code yield}; control flow that does lives in the terminators. Values that an
 * expression needs across a {@code yield} are held in temporaries ({@link IrVar.Kind#TEMP}).
 */
public final class Cfg {
    /** How a basic block ends. */
    public sealed interface Terminator {
        record Goto(int target) implements Terminator {}

        record Branch(IrExpr.Condition condition, int then, int otherwise) implements Terminator {}

        /** A {@code match} whose arms contain yields: the decision tree binds and jumps to {@code targets[i]}. */
        record Switch(IrVar scrutinee, List<IrPattern> patterns, List<Integer> targets) implements Terminator {
            public Switch {
                patterns = List.copyOf(patterns);
                targets = List.copyOf(targets);
            }
        }

        /** {@code yield(abis)} as yield point {@code k}; main continues at {@code resume}. */
        record Suspend(int k, List<String> abis, int resume, Span span) implements Terminator {
            public Suspend {
                abis = List.copyOf(abis);
            }
        }

        /** The end of main (or a {@code return}). */
        record Finish() implements Terminator {}
    }

    /** A basic block: yield-free statements and a terminator. */
    public static final class Block {
        private final int index;
        private final List<IrStmt> statements = new ArrayList<>();
        private Terminator terminator = new Terminator.Finish();

        Block(int index) {
            this.index = index;
        }

        public int index() {
            return index;
        }

        public List<IrStmt> statements() {
            return statements;
        }

        public Terminator terminator() {
            return terminator;
        }

        void terminate(Terminator t) {
            terminator = t;
        }
    }

    private final List<Block> blocks;
    private final List<IrVar> temps;
    private final List<Terminator.Suspend> yields;

    Cfg(List<Block> blocks, List<IrVar> temps, List<Terminator.Suspend> yields) {
        this.blocks = List.copyOf(blocks);
        this.temps = List.copyOf(temps);
        List<Terminator.Suspend> sorted = new ArrayList<>(yields);
        sorted.sort(java.util.Comparator.comparingInt(Terminator.Suspend::k));
        this.yields = List.copyOf(sorted);
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Temporaries the lowering introduced. */
    public List<IrVar> temps() {
        return temps;
    }

    /** The yield points in ascending k. */
    public List<Terminator.Suspend> yields() {
        return yields;
    }

    public static List<Integer> successors(Terminator t) {
        return switch (t) {
            case Terminator.Goto g -> List.of(g.target());
            case Terminator.Branch b -> List.of(b.then(), b.otherwise());
            case Terminator.Switch s -> s.targets();
            case Terminator.Suspend s -> List.of(s.resume());
            case Terminator.Finish f -> List.of();
        };
    }
}
