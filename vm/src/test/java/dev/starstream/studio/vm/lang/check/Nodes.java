package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** Finds AST nodes of a checked module by class and source text (test helper). */
final class Nodes {
    private Nodes() {}

    static <T extends Expr> T expr(TypedModule m, Class<T> type, String text) {
        List<T> found = new ArrayList<>();
        for (var f : m.functions()) {
            AstWalk.expressions(f.decl(), e -> {
                if (type.isInstance(e) && m.file().slice(e.span()).equals(text)) {
                    found.add(type.cast(e));
                }
            });
        }
        if (found.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " `" + text + "`");
        }
        return found.getFirst();
    }

    static <T extends Expr> T first(TypedModule m, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (var f : m.functions()) {
            AstWalk.expressions(f.decl(), e -> {
                if (type.isInstance(e)) {
                    found.add(type.cast(e));
                }
            });
        }
        if (found.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName());
        }
        return found.getFirst();
    }

    static <T extends Node> T statement(TypedModule m, Class<T> type, String text) {
        List<T> found = new ArrayList<>();
        AstWalk.statements(m.program(), s -> {
            if (type.isInstance(s) && m.file().slice(s.span()).startsWith(text)) {
                found.add(type.cast(s));
            }
        });
        if (found.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " `" + text + "`");
        }
        return found.getFirst();
    }
}
