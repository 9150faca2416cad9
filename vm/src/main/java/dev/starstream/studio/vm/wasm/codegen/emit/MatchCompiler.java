package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.codegen.ir.IrExpr;
import dev.starstream.studio.vm.wasm.codegen.ir.IrPattern;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import dev.starstream.studio.vm.wasm.codegen.layout.EnumShape;
import dev.starstream.studio.vm.wasm.codegen.layout.Slots;
import dev.starstream.studio.vm.wasm.encode.BlockType;
import dev.starstream.studio.vm.wasm.encode.CodeBuilder;
import dev.starstream.studio.vm.wasm.encode.Label;
import dev.starstream.studio.vm.wasm.encode.Op;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code match} as a decision tree over the scrutinee's slots (Maranget's clause-matrix
 * specialisation): tuples and structs are split into their components, then the first column that
 * the first remaining row tests (an enum tag, a bool, an integer literal) is switched on, with the
 * rows specialised per case and a default for rows that do not look at it. Each arm body is emitted
 * once; a leaf binds the arm's variables from the scrutinee's slots and branches to its arm.
 */
public final class MatchCompiler {
    /** What a leaf does after the bindings: branch to the arm with this index. */
    @FunctionalInterface
    public interface Leaf {
        void reach(int arm);
    }

    private record Occurrence(Type type, SlotSource source) {}

    private record Binding(IrVar var, Occurrence at) {}

    private record Row(List<IrPattern> columns, int arm, List<Binding> bindings) {}

    private final ModuleContext cx;
    private final BodyEmitter body;
    private final FunctionScope fn;
    private final CodeBuilder code;

    public MatchCompiler(ModuleContext cx, BodyEmitter body) {
        this.cx = cx;
        this.body = body;
        this.fn = body.scope();
        this.code = fn.code();
    }

    /** A {@code match} expression in structured code; its value is left on the stack. */
    public void structured(IrExpr.Match m) {
        SlotSource scrutinee = body.materialise(m.scrutinee());
        Label end = code.beginBlock(body.blockType(m.type()));
        int n = m.arms().size();
        Label[] arms = new Label[n];
        for (int i = n - 1; i >= 0; i--) {
            arms[i] = code.beginBlock(BlockType.EMPTY);
        }
        decide(scrutinee, m.scrutinee().type(), m.arms().stream().map(IrExpr.Arm::pattern).toList(),
                arm -> code.br(arms[arm]));
        for (int i = 0; i < n; i++) {
            code.end(arms[i]);
            body.block(m.arms().get(i).body());
            if (i < n - 1) {
                code.br(end);
            }
        }
        code.end(end);
        body.release(m.scrutinee(), scrutinee);
    }

    /**
     * Emits the decision code for {@code patterns} (one per arm, in order) against a value of
     * {@code type} held in {@code scrutinee}. Control never falls out of it: every path reaches a
     * leaf or traps.
     */
    public void decide(SlotSource scrutinee, Type type, List<IrPattern> patterns, Leaf leaf) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            rows.add(new Row(List.of(patterns.get(i)), i, List.of()));
        }
        decide(rows, List.of(new Occurrence(type, scrutinee)), leaf);
        cx.traps().trap(code, TrapReason.UNREACHABLE);
    }

    /** Binds the variables of an irrefutable pattern (a {@code with} clause's parameter) from {@code source}. */
    public void bindIrrefutable(IrPattern pattern, Type type, SlotSource source) {
        List<Binding> bindings = new ArrayList<>();
        collectIrrefutable(pattern, new Occurrence(type, source), bindings);
        bind(bindings);
    }

    private void collectIrrefutable(IrPattern p, Occurrence at, List<Binding> out) {
        switch (p) {
            case IrPattern.Bind b -> out.add(new Binding(b.var(), at));
            case IrPattern.Tuple t -> {
                List<Occurrence> parts = components(at);
                for (int i = 0; i < parts.size(); i++) {
                    collectIrrefutable(t.elements().get(i), parts.get(i), out);
                }
            }
            case IrPattern.Struct s -> {
                List<Occurrence> parts = components(at);
                for (int i = 0; i < parts.size(); i++) {
                    collectIrrefutable(s.fields().get(i), parts.get(i), out);
                }
            }
            case IrPattern.Variant v -> {
                List<Occurrence> parts = payload(at, v.type(), v.tag());
                for (int i = 0; i < parts.size(); i++) {
                    collectIrrefutable(v.payload().get(i), parts.get(i), out);
                }
            }
            default -> { }
        }
    }

    // ---- the decision tree ----------------------------------------------------------------------

    private void decide(List<Row> rows, List<Occurrence> occurrences, Leaf leaf) {
        if (rows.isEmpty()) {
            cx.traps().trap(code, TrapReason.UNREACHABLE);
            return;
        }
        List<Occurrence> occs = new ArrayList<>(occurrences);
        List<Row> normal = normalise(rows, occs);
        Row first = normal.getFirst();
        int column = -1;
        for (int c = 0; c < first.columns().size(); c++) {
            if (!(first.columns().get(c) instanceof IrPattern.Wildcard)) {
                column = c;
                break;
            }
        }
        if (column < 0) {
            bind(first.bindings());
            leaf.reach(first.arm());
            return;
        }
        Occurrence at = occs.get(column);
        switch (at.type()) {
            case Type.Enum e -> switchOnTag(normal, occs, column, e, leaf);
            case Type.Bool b -> switchOnValues(normal, occs, column, List.of(1L), leaf, true);
            case Type.Int i -> {
                Set<Long> values = new LinkedHashSet<>();
                for (Row r : normal) {
                    if (r.columns().get(column) instanceof IrPattern.IntLit lit) {
                        values.add(lit.value());
                    }
                }
                switchOnValues(normal, occs, column, List.copyOf(values), leaf, false);
            }
            default -> throw new IllegalStateException("cannot test a value of type " + Type.display(at.type()));
        }
    }

    /** Splits tuple/struct columns into components, turns bindings into wildcards (recording them), unit into wildcards. */
    private List<Row> normalise(List<Row> rows, List<Occurrence> occs) {
        List<Row> current = new ArrayList<>();
        for (Row r : rows) {
            current.add(stripBindings(r, occs));
        }
        for (int c = 0; c < occs.size(); c++) {
            Type t = occs.get(c).type();
            int col = c;
            boolean split = (t instanceof Type.Tuple || t instanceof Type.Struct)
                    && current.stream().anyMatch(r -> !(r.columns().get(col) instanceof IrPattern.Wildcard));
            if (!split) {
                continue;
            }
            List<Occurrence> parts = components(occs.get(c));
            List<Row> next = new ArrayList<>();
            for (Row r : current) {
                List<IrPattern> sub = switch (r.columns().get(c)) {
                    case IrPattern.Tuple tp -> tp.elements();
                    case IrPattern.Struct sp -> sp.fields();
                    default -> java.util.Collections.nCopies(parts.size(), IrPattern.WILDCARD);
                };
                next.add(replace(r, c, sub));
            }
            occs.remove(c);
            occs.addAll(c, parts);
            current = new ArrayList<>();
            for (Row r : next) {
                current.add(stripBindings(r, occs));
            }
            c--; // look at the first component again
        }
        return current;
    }

    private static Row stripBindings(Row r, List<Occurrence> occs) {
        List<IrPattern> cols = new ArrayList<>(r.columns());
        List<Binding> bindings = new ArrayList<>(r.bindings());
        for (int c = 0; c < cols.size(); c++) {
            IrPattern p = cols.get(c);
            if (p instanceof IrPattern.Bind b) {
                bindings.add(new Binding(b.var(), occs.get(c)));
                cols.set(c, IrPattern.WILDCARD);
            } else if (p instanceof IrPattern.UnitLit || occs.get(c).type() instanceof Type.Unit) {
                cols.set(c, IrPattern.WILDCARD);
            }
        }
        return new Row(cols, r.arm(), bindings);
    }

    private static Row replace(Row r, int column, List<IrPattern> with) {
        List<IrPattern> cols = new ArrayList<>(r.columns().subList(0, column));
        cols.addAll(with);
        cols.addAll(r.columns().subList(column + 1, r.columns().size()));
        return new Row(cols, r.arm(), r.bindings());
    }

    private void switchOnTag(List<Row> rows, List<Occurrence> occs, int column, Type.Enum e, Leaf leaf) {
        Set<Integer> tags = new LinkedHashSet<>();
        for (Row r : rows) {
            if (r.columns().get(column) instanceof IrPattern.Variant v) {
                tags.add(v.tag());
            }
        }
        List<Integer> cases = List.copyOf(tags);
        Occurrence at = occs.get(column);
        emitCases(cases.size(), i -> {
            at.source().load(code, 0);
            code.i32Const(cases.get(i)).op(Op.I32_EQ);
        }, i -> {
            int tag = cases.get(i);
            List<Occurrence> payload = payload(at, e, tag);
            List<Row> specialised = new ArrayList<>();
            for (Row r : rows) {
                IrPattern p = r.columns().get(column);
                if (p instanceof IrPattern.Variant v) {
                    if (v.tag() == tag) {
                        specialised.add(replace(r, column, v.payload()));
                    }
                } else {
                    specialised.add(replace(r, column, java.util.Collections.nCopies(payload.size(), IrPattern.WILDCARD)));
                }
            }
            decide(specialised, spliced(occs, column, payload), leaf);
        }, () -> {
            if (cases.size() == e.variants().size()) {
                cx.traps().trap(code, TrapReason.UNREACHABLE);
            } else {
                decide(defaults(rows, column), spliced(occs, column, List.of()), leaf);
            }
        });
    }

    private void switchOnValues(List<Row> rows, List<Occurrence> occs, int column, List<Long> values, Leaf leaf,
            boolean bool) {
        Occurrence at = occs.get(column);
        boolean wide = at.source().types().getFirst() == ValType.I64;
        emitCases(values.size(), i -> {
            at.source().load(code, 0);
            if (wide) {
                code.i64Const(values.get(i)).op(Op.I64_EQ);
            } else {
                code.i32Const((int) (long) values.get(i)).op(Op.I32_EQ);
            }
        }, i -> {
            long value = values.get(i);
            List<Row> specialised = new ArrayList<>();
            for (Row r : rows) {
                IrPattern p = r.columns().get(column);
                boolean keep = p instanceof IrPattern.Wildcard
                        || (p instanceof IrPattern.IntLit lit && lit.value() == value)
                        || (p instanceof IrPattern.BoolLit b && (b.value() ? 1L : 0L) == value);
                if (keep) {
                    specialised.add(replace(r, column, List.of()));
                }
            }
            decide(specialised, spliced(occs, column, List.of()), leaf);
        }, () -> {
            if (bool) {
                // the "false" case: rows with false or a wildcard
                List<Row> specialised = new ArrayList<>();
                for (Row r : rows) {
                    IrPattern p = r.columns().get(column);
                    if (p instanceof IrPattern.Wildcard || (p instanceof IrPattern.BoolLit b && !b.value())) {
                        specialised.add(replace(r, column, List.of()));
                    }
                }
                decide(specialised, spliced(occs, column, List.of()), leaf);
            } else {
                decide(defaults(rows, column), spliced(occs, column, List.of()), leaf);
            }
        });
    }

    /** {@code if test(0) { case(0) } else if test(1) { case(1) } … else { otherwise } }. */
    private void emitCases(int count, java.util.function.IntConsumer test, java.util.function.IntConsumer onCase,
            Runnable otherwise) {
        emitCase(0, count, test, onCase, otherwise);
    }

    private void emitCase(int i, int count, java.util.function.IntConsumer test, java.util.function.IntConsumer onCase,
            Runnable otherwise) {
        if (i == count) {
            otherwise.run();
            return;
        }
        test.accept(i);
        code.ifThenElse(BlockType.EMPTY, l -> onCase.accept(i), l -> emitCase(i + 1, count, test, onCase, otherwise));
    }

    private static List<Row> defaults(List<Row> rows, int column) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.columns().get(column) instanceof IrPattern.Wildcard) {
                out.add(replace(r, column, List.of()));
            }
        }
        return out;
    }

    private static List<Occurrence> spliced(List<Occurrence> occs, int column, List<Occurrence> with) {
        List<Occurrence> out = new ArrayList<>(occs.subList(0, column));
        out.addAll(with);
        out.addAll(occs.subList(column + 1, occs.size()));
        return out;
    }

    private static List<Occurrence> components(Occurrence at) {
        List<Type> types = Slots.components(at.type());
        List<Occurrence> out = new ArrayList<>();
        int offset = 0;
        for (Type t : types) {
            int n = Slots.count(t);
            out.add(new Occurrence(t, at.source().slice(offset, n)));
            offset += n;
        }
        return out;
    }

    private static List<Occurrence> payload(Occurrence at, Type.Enum e, int tag) {
        Type.Variant variant = e.variants().get(tag);
        List<Occurrence> out = new ArrayList<>();
        for (int f = 0; f < variant.payload().size(); f++) {
            Type t = variant.payload().get(f).type();
            int n = Slots.count(t);
            SlotSource area = at.source().slice(1 + EnumShape.payloadOffset(variant, f), n);
            out.add(new Occurrence(t, new SlotSource.Narrowed(area, Slots.of(t))));
        }
        return out;
    }

    private void bind(List<Binding> bindings) {
        for (Binding b : bindings) {
            SlotSource home = fn.declare(b.var());
            SlotSource from = b.at().source();
            for (int i = 0; i < home.size(); i++) {
                int slot = i;
                home.store(code, i, c -> from.load(c, slot));
            }
            fn.writeHooks(b.var());
        }
    }
}
