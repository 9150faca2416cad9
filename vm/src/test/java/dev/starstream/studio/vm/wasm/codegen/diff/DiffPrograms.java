package dev.starstream.studio.vm.wasm.codegen.diff;

import dev.starstream.studio.vm.lang.types.IntKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates well-typed Starstream {@code script fn}s for differential testing: integers of every
 * width with every arithmetic and comparison operator (edge-value literals, so overflow and division
 * traps are frequent), short-circuit logic, {@code if}/{@code else} as values and statements, blocks
 * with lets, bounded {@code while} loops with mutable accumulators, {@code match} on enums (unit,
 * tuple and struct variants), {@code Option}, integers and tuples, struct literals with fields out of
 * order and field access. Deterministic for a seed.
 */
final class DiffPrograms {
    /** The shapes of values the generator works with. */
    enum Shape {
        I8, I16, I32, I64, U8, U16, U32, U64, BOOL, P, SH, OPT, PAIR;

        boolean isInt() {
            return ordinal() <= U64.ordinal();
        }

        IntKind kind() {
            return IntKind.valueOf(name());
        }

        String text() {
            return switch (this) {
                case BOOL -> "bool";
                case P -> "P";
                case SH -> "Sh";
                case OPT -> "Option<u32>";
                case PAIR -> "(u8, bool)";
                default -> kind().typeName();
            };
        }
    }

    static final String PRELUDE = """
            contract;

            struct P { x: i32, y: u8 }
            enum Sh { Dot, Line(i64), Box { w: u16, h: i8 } }

            """;

    /** A generated function: its name, parameter shapes and result shape. */
    record Fn(String name, List<Shape> params, Shape result) {}

    private record Var(String name, Shape shape, boolean mutable) {}

    private static final Shape[] INTS = {Shape.I8, Shape.I16, Shape.I32, Shape.I64, Shape.U8, Shape.U16, Shape.U32, Shape.U64};
    private static final Shape[] RESULTS = {Shape.I8, Shape.I16, Shape.I32, Shape.I64, Shape.U8, Shape.U16, Shape.U32,
        Shape.U64, Shape.BOOL, Shape.P, Shape.SH, Shape.OPT, Shape.PAIR};

    private final Random random;
    private final List<Fn> functions = new ArrayList<>();
    private List<Var> scope = new ArrayList<>();
    private int names;

    DiffPrograms(long seed) {
        this.random = new Random(seed);
    }

    List<Fn> functions() {
        return List.copyOf(functions);
    }

    /** A contract with {@code count} script functions {@code t<first>}, {@code t<first+1>}, … */
    String module(int first, int count) {
        StringBuilder s = new StringBuilder(PRELUDE);
        for (int i = 0; i < count; i++) {
            function(s, "t" + (first + i));
        }
        return s.toString();
    }

    private void function(StringBuilder s, String name) {
        scope = new ArrayList<>();
        names = 0;
        List<Shape> params = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        StringBuilder sig = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Shape p = random.nextInt(4) == 0 ? Shape.BOOL : pick(INTS);
            params.add(p);
            String pn = "a" + i;
            scope.add(new Var(pn, p, false));
            sig.append(i == 0 ? "" : ", ").append(pn).append(": ").append(p.text());
        }
        Shape result = pick(RESULTS);
        functions.add(new Fn(name, params, result));
        s.append("script fn ").append(name).append('(').append(sig).append(") -> ").append(result.text()).append(" {\n");
        int statements = random.nextInt(3);
        for (int i = 0; i < statements; i++) {
            statement(s);
        }
        s.append("    ").append(expr(result, 3)).append("\n}\n\n");
    }

    private void statement(StringBuilder s) {
        Shape k = pick(INTS);
        String acc = fresh();
        s.append("    let mut ").append(acc).append(": ").append(k.text()).append(" = ").append(expr(k, 2)).append(";\n");
        scope.add(new Var(acc, k, true));
        switch (random.nextInt(3)) {
            case 0 -> {
                String i = fresh();
                s.append("    let mut ").append(i).append(": u8 = 0;\n");
                s.append("    while (").append(i).append(" < ").append(random.nextInt(4)).append(") {\n");
                s.append("        ").append(acc).append(" = ").append(expr(k, 2)).append(";\n");
                s.append("        ").append(i).append(" = ").append(i).append(" + 1;\n    }\n");
            }
            case 1 -> s.append("    if (").append(expr(Shape.BOOL, 2)).append(") {\n        ").append(acc).append(" = ")
                    .append(expr(k, 2)).append(";\n    } else {\n        ").append(acc).append(" = ").append(expr(k, 1))
                    .append(";\n    }\n");
            default -> s.append("    ").append(acc).append(" = ").append(expr(k, 2)).append(";\n");
        }
    }

    private String fresh() {
        return "v" + names++;
    }

    private Shape pick(Shape[] shapes) {
        return shapes[random.nextInt(shapes.length)];
    }

    private List<Var> vars(Shape shape) {
        return scope.stream().filter(v -> v.shape() == shape).toList();
    }

    private String expr(Shape shape, int depth) {
        return switch (shape) {
            case BOOL -> boolExpr(depth);
            case P -> depth <= 0 || random.nextBoolean()
                    ? "P { y: " + expr(Shape.U8, depth - 1) + ", x: " + expr(Shape.I32, depth - 1) + " }"
                    : "P { x: " + expr(Shape.I32, depth - 1) + ", y: " + expr(Shape.U8, depth - 1) + " }";
            case SH -> switch (random.nextInt(depth <= 0 ? 3 : 4)) {
                case 0 -> "Sh::Dot";
                case 1 -> "Sh::Line(" + expr(Shape.I64, depth - 1) + ")";
                case 2 -> "Sh::Box { h: " + expr(Shape.I8, depth - 1) + ", w: " + expr(Shape.U16, depth - 1) + " }";
                default -> "(if (" + boolExpr(depth - 1) + ") { " + expr(Shape.SH, depth - 1) + " } else { "
                        + expr(Shape.SH, depth - 1) + " })";
            };
            case OPT -> random.nextInt(3) == 0 ? noneOption()
                    : "Option::Some(" + expr(Shape.U32, depth - 1) + ")";
            case PAIR -> "(" + expr(Shape.U8, depth - 1) + ", " + boolExpr(depth - 1) + ")";
            default -> intExpr(shape, depth);
        };
    }

    private String noneOption() {
        String o = fresh();
        return "({ let " + o + ": Option<u32> = Option::None; " + o + " })";
    }

    private String intExpr(Shape k, int depth) {
        List<Var> vs = vars(k);
        if (depth <= 0) {
            return !vs.isEmpty() && random.nextBoolean() ? vs.get(random.nextInt(vs.size())).name() : literal(k);
        }
        int choice = random.nextInt(12);
        return switch (choice) {
            case 0 -> literal(k);
            case 1, 2 -> vs.isEmpty() ? literal(k) : vs.get(random.nextInt(vs.size())).name();
            case 3, 4, 5 -> {
                String op = new String[] {"+", "-", "*", "/", "%"}[random.nextInt(5)];
                String right = (op.equals("/") || op.equals("%")) && random.nextInt(3) > 0 ? smallNonZero(k)
                        : intExpr(k, depth - 1);
                yield "(" + intExpr(k, depth - 1) + " " + op + " " + right + ")";
            }
            case 6 -> k.kind().signed() ? "(-(" + intExpr(k, depth - 1) + "))" : intExpr(k, depth - 1);
            case 7 -> "(if (" + boolExpr(depth - 1) + ") { " + intExpr(k, depth - 1) + " } else { " + intExpr(k, depth - 1)
                    + " })";
            case 8 -> block(k, depth);
            case 9 -> matchShape(k, depth);
            case 10 -> matchInt(k, depth);
            default -> fieldOrTuple(k, depth);
        };
    }

    private String block(Shape k, int depth) {
        Shape inner = random.nextInt(3) == 0 ? Shape.BOOL : pick(INTS);
        String v = fresh();
        String init = expr(inner, depth - 1);
        List<Var> saved = new ArrayList<>(scope);
        scope.add(new Var(v, inner, false));
        String body = intExpr(k, depth - 1);
        scope = saved;
        return "({ let " + v + ": " + inner.text() + " = " + init + "; " + body + " })";
    }

    private String matchShape(Shape k, int depth) {
        String scrutinee = expr(Shape.SH, depth - 1);
        List<Var> saved = new ArrayList<>(scope);
        String q = fresh();
        String w = fresh();
        String h = fresh();
        String dot = intExpr(k, depth - 1);
        scope.add(new Var(q, Shape.I64, false));
        String line = intExpr(k, depth - 1);
        scope = new ArrayList<>(saved);
        scope.add(new Var(w, Shape.U16, false));
        scope.add(new Var(h, Shape.I8, false));
        String box = intExpr(k, depth - 1);
        scope = saved;
        List<String> arms = new ArrayList<>(List.of("Sh::Dot => { " + dot + " }", "Sh::Line(" + q + ") => { " + line + " }",
                "Sh::Box { w: " + w + ", h: " + h + " } => { " + box + " }"));
        if (random.nextBoolean()) {
            arms.set(random.nextInt(3), "_ => { " + dot + " }");
            java.util.Collections.swap(arms, arms.indexOf(arms.stream().filter(a -> a.startsWith("_")).findFirst()
                    .orElseThrow()), 2);
        }
        return "(match (" + scrutinee + ") { " + String.join(", ", arms) + " })";
    }

    private String matchInt(Shape k, int depth) {
        Shape on = pick(INTS);
        List<Var> anchors = vars(on);
        if (anchors.isEmpty()) {
            return literal(k);
        }
        String scrutinee = "(" + anchors.get(random.nextInt(anchors.size())).name() + " % " + smallNonZero(on) + ")";
        StringBuilder s = new StringBuilder("(match ").append(scrutinee).append(" { ");
        int cases = 1 + random.nextInt(3);
        for (int c = 0; c < cases; c++) {
            s.append(c).append(" => { ").append(intExpr(k, depth - 1)).append(" }, ");
        }
        String other = fresh();
        List<Var> saved = new ArrayList<>(scope);
        scope.add(new Var(other, on, false));
        s.append(other).append(" => { ").append(intExpr(k, depth - 1)).append(" } })");
        scope = saved;
        return s.toString();
    }

    private String fieldOrTuple(Shape k, int depth) {
        if (k == Shape.I32 || k == Shape.U8) {
            String p = fresh();
            return "({ let " + p + " = " + expr(Shape.P, depth - 1) + "; " + p + (k == Shape.I32 ? ".x" : ".y") + " })";
        }
        if (k == Shape.U32) {
            String n = fresh();
            String scrutinee = expr(Shape.OPT, depth - 1);
            List<Var> saved = new ArrayList<>(scope);
            scope.add(new Var(n, Shape.U32, false));
            String some = intExpr(k, depth - 1);
            scope = saved;
            return "(match (" + scrutinee + ") { Option::Some(" + n + ") => { " + some
                    + " }, Option::None => { " + intExpr(k, depth - 1) + " } })";
        }
        String n = fresh();
        String f = fresh();
        String scrutinee = expr(Shape.PAIR, depth - 1);
        List<Var> saved = new ArrayList<>(scope);
        scope.add(new Var(n, Shape.U8, false));
        String body = intExpr(k, depth - 1);
        scope = new ArrayList<>(saved);
        scope.add(new Var(f, Shape.BOOL, false));
        String other = intExpr(k, depth - 1);
        scope = saved;
        return "(match (" + scrutinee + ") { (" + n + ", true) => { " + body + " }, (_, " + f + ") => { " + other + " } })";
    }

    private String boolExpr(int depth) {
        List<Var> vs = vars(Shape.BOOL);
        if (depth <= 0) {
            return !vs.isEmpty() && random.nextBoolean() ? vs.get(random.nextInt(vs.size())).name()
                    : random.nextBoolean() ? "true" : "false";
        }
        return switch (random.nextInt(7)) {
            case 0 -> vs.isEmpty() ? "true" : vs.get(random.nextInt(vs.size())).name();
            case 1, 2 -> {
                List<Shape> anchored = java.util.Arrays.stream(INTS).filter(x -> !vars(x).isEmpty()).toList();
                Shape k = anchored.isEmpty() ? Shape.I64 : anchored.get(random.nextInt(anchored.size()));
                List<Var> anchors = vars(k);
                String left = anchors.isEmpty() ? literal(k) : anchors.get(random.nextInt(anchors.size())).name();
                String op = new String[] {"<", "<=", ">", ">=", "==", "!="}[random.nextInt(6)];
                yield "(" + left + " " + op + " " + intExpr(k, depth - 1) + ")";
            }
            case 3 -> "(" + boolExpr(depth - 1) + " && " + boolExpr(depth - 1) + ")";
            case 4 -> "(" + boolExpr(depth - 1) + " || " + boolExpr(depth - 1) + ")";
            case 5 -> "(!" + boolExpr(depth - 1) + ")";
            default -> "(" + boolExpr(depth - 1) + " " + (random.nextBoolean() ? "==" : "!=") + " " + boolExpr(depth - 1) + ")";
        };
    }

    private String smallNonZero(Shape k) {
        int v = 1 + random.nextInt(7);
        return k.kind().signed() && random.nextBoolean() ? "(-" + v + ")" : Integer.toString(v);
    }

    private String literal(Shape k) {
        IntKind kind = k.kind();
        BigInteger v = switch (random.nextInt(8)) {
            case 0 -> kind.max();
            case 1 -> kind.min();
            case 2 -> kind.max().shiftRight(kind.bits() / 2);
            case 3 -> BigInteger.ZERO;
            case 4 -> new BigInteger(kind.bits() - 1, random);
            default -> BigInteger.valueOf(random.nextInt(20));
        };
        if (kind.signed() && random.nextInt(4) == 0 && kind.contains(v.negate())) {
            v = v.negate();
        }
        return v.signum() < 0 ? "(" + v + ")" : v.toString();
    }
}
