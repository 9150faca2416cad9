package dev.starstream.studio.vm.lang.ast;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A compact, span-free S-expression rendering of the AST. Golden parser tests compare it, and
 * "parse(fmt(x)) equals parse(x) modulo spans" is checked by comparing two renderings.
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();
    private int indent;

    private AstPrinter() {}

    public static String print(Program program) {
        AstPrinter p = new AstPrinter();
        for (Definition d : program.definitions()) {
            p.definition(d);
        }
        return p.out.toString();
    }

    /** One expression on one line. */
    public static String print(Expr expr) {
        return expr(expr);
    }

    private void line(String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
    }

    private void definition(Definition d) {
        switch (d) {
            case Definition.ContractDef c -> line("(contract)");
            case Definition.ImportDef i -> line("(import " + importTarget(i.target()) + " from " + importSource(i.source()) + ")");
            case Definition.FunctionDef f -> function(f.function());
            case Definition.StructDef s -> {
                line("(struct " + s.name() + doc(s.doc()));
                nested(() -> s.fields().forEach(f -> line("(field " + f.name() + " " + type(f.type()) + doc(f.doc()) + ")")));
            }
            case Definition.EnumDef e -> {
                line("(enum " + e.name() + doc(e.doc()));
                nested(() -> e.variants().forEach(v -> line("(variant " + v.name() + payload(v.payload()) + doc(v.doc()) + ")")));
            }
            case Definition.UtxoDef u -> {
                line("(utxo " + u.name() + doc(u.doc()));
                nested(() -> u.parts().forEach(this::part));
            }
            case Definition.TokenDef t -> {
                line("(token " + t.name() + doc(t.doc()));
                nested(() -> t.parts().forEach(this::part));
            }
            case Definition.AbiDef a -> {
                line("(abi " + a.name() + doc(a.doc()));
                nested(() -> a.members().forEach(this::member));
            }
        }
    }

    private void part(Definition.Part part) {
        switch (part) {
            case Definition.Part.Storage s -> {
                line("(storage");
                nested(() -> s.fields().forEach(f -> line("(" + (f.indexed() ? "indexed " : "") + (f.mutable() ? "let mut " : "let ")
                        + f.name() + " " + type(f.type()) + doc(f.doc()) + ")")));
            }
            case Definition.Part.Function f -> function(f.function());
            case Definition.Part.Impl i -> {
                line("(impl " + i.abi());
                nested(() -> i.functions().forEach(this::function));
            }
        }
    }

    private void member(Definition.AbiMember m) {
        switch (m) {
            case Definition.AbiMember.Event e -> line("(event " + e.name() + params(e.params()) + doc(e.doc()) + ")");
            case Definition.AbiMember.Effect e -> line("(effect " + e.name() + params(e.params())
                    + e.returnType().map(t -> " -> " + type(t)).orElse("") + doc(e.doc()) + ")");
            case Definition.AbiMember.Method f -> line("(fn " + f.name() + params(f.params())
                    + f.returnType().map(t -> " -> " + type(t)).orElse("") + doc(f.doc()) + ")");
        }
    }

    private void function(FnDecl f) {
        String kind = f.kind() == FnKind.PLAIN ? "" : f.kind().keyword() + " ";
        line("(" + kind + "fn " + f.name() + params(f.params()) + f.returnType().map(t -> " -> " + type(t)).orElse("")
                + doc(f.doc()));
        nested(() -> block(f.body()));
    }

    private void nested(Runnable body) {
        indent++;
        body.run();
        indent--;
        out.setLength(out.length() - 1);
        out.append(")\n");
    }

    private void block(Block b) {
        if (b.statements().isEmpty() && b.tail().isEmpty()) {
            line("(block)");
            return;
        }
        line("(block");
        nested(() -> {
            b.statements().forEach(this::statement);
            b.tail().ifPresent(t -> line("(tail " + expr(t) + ")"));
        });
    }

    private void statement(Stmt s) {
        switch (s) {
            case Stmt.Let l -> line("(let " + (l.pub() ? "pub " : "") + (l.mutable() ? "mut " : "") + l.name()
                    + l.type().map(t -> ": " + type(t)).orElse("") + " " + expr(l.value()) + ")");
            case Stmt.Assign a -> line("(assign " + a.target() + " " + expr(a.value()) + ")");
            case Stmt.While w -> {
                line("(while " + expr(w.condition()));
                nested(() -> block(w.body()));
            }
            case Stmt.Return r -> line("(return" + r.value().map(v -> " " + expr(v)).orElse("") + ")");
            case Stmt.Resume r -> line("(resume)");
            case Stmt.Try t -> {
                line("(try");
                nested(() -> {
                    block(t.body());
                    for (Stmt.WithClause w : t.clauses()) {
                        line("(with " + w.effect() + " " + w.patterns().stream().map(AstPrinter::pattern).toList());
                        nested(() -> block(w.body()));
                    }
                });
            }
            case Stmt.Expression e -> line("(expr" + (e.semicolon() ? "; " : " ") + expr(e.expr()) + ")");
        }
    }

    private static String expr(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> i.text();
            case Expr.BoolLit b -> Boolean.toString(b.value());
            case Expr.UnitLit u -> "()";
            case Expr.Name n -> n.name().text();
            case Expr.Unary u -> "(" + u.op().symbol() + " " + expr(u.operand()) + ")";
            case Expr.Binary b -> "(" + b.op().symbol() + " " + expr(b.left()) + " " + expr(b.right()) + ")";
            case Expr.Grouping g -> "(paren " + expr(g.inner()) + ")";
            case Expr.Tuple t -> "(tuple " + exprs(t.elements()) + ")";
            case Expr.StructLit s -> "(struct " + s.name() + s.fields().stream()
                    .map(f -> " " + f.name() + ": " + expr(f.value())).collect(Collectors.joining()) + ")";
            case Expr.Field f -> "(. " + expr(f.target()) + " " + f.field() + ")";
            case Expr.Call c -> "(call " + expr(c.callee()) + (c.args().isEmpty() ? "" : " " + exprs(c.args())) + ")";
            case Expr.Emit em -> "(emit " + em.event() + (em.args().isEmpty() ? "" : " " + exprs(em.args())) + ")";
            case Expr.Raise r -> "(raise " + r.effect() + (r.args().isEmpty() ? "" : " " + exprs(r.args())) + ")";
            case Expr.Runtime r -> "(runtime " + r.function() + (r.args().isEmpty() ? "" : " " + exprs(r.args())) + ")";
            case Expr.Disclose d -> "(disclose " + expr(d.value()) + ")";
            case Expr.BlockExpr b -> inlineBlock(b.block());
            case Expr.Yield y -> "(yield" + y.abis().stream().map(a -> " " + a).collect(Collectors.joining()) + ")";
            case Expr.If i -> "(if" + i.branches().stream()
                    .map(b -> " " + condition(b.condition()) + " " + inlineBlock(b.body())).collect(Collectors.joining())
                    + i.elseBlock().map(b -> " else " + inlineBlock(b)).orElse("") + ")";
            case Expr.Match m -> "(match " + expr(m.scrutinee()) + m.arms().stream()
                    .map(a -> " [" + pattern(a.pattern()) + " => " + inlineBlock(a.body()) + "]").collect(Collectors.joining()) + ")";
            case Expr.Error err -> "<error>";
        };
    }

    private static String inlineBlock(Block b) {
        StringBuilder s = new StringBuilder("{");
        for (Stmt st : b.statements()) {
            s.append(' ').append(inlineStatement(st)).append(';');
        }
        b.tail().ifPresent(t -> s.append(' ').append(expr(t)));
        return s.append(" }").toString();
    }

    private static String inlineStatement(Stmt s) {
        AstPrinter p = new AstPrinter();
        p.statement(s);
        return p.out.toString().strip().replaceAll("\\s*\\n\\s*", " ");
    }

    private static String condition(Expr.Condition c) {
        return switch (c) {
            case Expr.Condition.Test t -> expr(t.expr());
            case Expr.Condition.Is is -> "(is " + is.variable() + " " + is.abi() + ")";
        };
    }

    private static String exprs(List<Expr> es) {
        return es.stream().map(AstPrinter::expr).collect(Collectors.joining(" "));
    }

    private static String pattern(Pattern p) {
        return switch (p) {
            case Pattern.Wildcard w -> "_";
            case Pattern.IntLit i -> i.literal().text();
            case Pattern.BoolLit b -> Boolean.toString(b.value());
            case Pattern.UnitLit u -> "()";
            case Pattern.Name n -> n.name().text();
            case Pattern.Struct s -> s.name() + " {" + s.fields().stream()
                    .map(f -> " " + f.name() + f.pattern().map(x -> ": " + pattern(x)).orElse("")).collect(Collectors.joining(","))
                    + " }";
            case Pattern.Variant v -> v.name() + "(" + v.payload().stream().map(AstPrinter::pattern).collect(Collectors.joining(", ")) + ")";
            case Pattern.Tuple t -> "(" + t.elements().stream().map(AstPrinter::pattern).collect(Collectors.joining(", ")) + ")";
            case Pattern.Error e -> "<error>";
        };
    }

    private static String type(TypeExpr t) {
        return switch (t) {
            case TypeExpr.Named n -> n.name().text() + (n.genericList()
                    ? "<" + n.args().stream().map(AstPrinter::type).collect(Collectors.joining(", ")) + ">" : "");
            case TypeExpr.Tuple tu -> "(" + tu.elements().stream().map(AstPrinter::type).collect(Collectors.joining(", ")) + ")";
            case TypeExpr.Unit u -> "()";
            case TypeExpr.Error e -> "<error>";
        };
    }

    private static String params(List<Param> params) {
        return " (" + params.stream().map(p -> (p.pub() ? "pub " : "") + p.name() + ": " + type(p.type()))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String payload(Definition.Payload p) {
        return switch (p) {
            case Definition.Payload.None n -> "";
            case Definition.Payload.Tuple t -> "(" + t.types().stream().map(AstPrinter::type).collect(Collectors.joining(", ")) + ")";
            case Definition.Payload.Struct s -> " {" + s.fields().stream().map(f -> " " + f.name() + ": " + type(f.type()))
                    .collect(Collectors.joining(",")) + " }";
        };
    }

    private static String importTarget(Definition.ImportTarget t) {
        return switch (t) {
            case Definition.ImportTarget.Named n -> "{" + n.items().stream()
                    .map(i -> i.name() + i.alias().map(a -> " as " + a).orElse("")).collect(Collectors.joining(", ")) + "}";
            case Definition.ImportTarget.Namespace ns -> ns.alias().name();
        };
    }

    private static String importSource(Definition.ImportSource s) {
        return switch (s) {
            case Definition.ImportSource.Wit w -> w.text();
            case Definition.ImportSource.Path p -> p.raw();
        };
    }

    private static String doc(Optional<String> doc) {
        return doc.map(d -> " doc=\"" + d.replace("\n", "\\n") + "\"").orElse("");
    }
}
