package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Expr;

/**
 * Expression visibility (LANGUAGE.md §3.7): literals are public; a name is as public as its
 * binding (storage and {@code pub} bindings are public, other names private); unary, grouping and
 * field access follow their operand; binary, tuple and struct literal are public iff all parts are;
 * {@code disclose(…)} is public; everything else is private.
 */
final class Privacy {
    private Privacy() {}

    static boolean isPublic(Expr e, TypedModule typed) {
        return switch (e) {
            case Expr.IntLit i -> true;
            case Expr.BoolLit b -> true;
            case Expr.UnitLit u -> true;
            case Expr.Name n -> switch (typed.recordedName(n)) {
                case NameRef.Local l -> l.variable().pub();
                case NameRef.Storage s -> true;
                default -> false;
            };
            case Expr.Unary u -> isPublic(u.operand(), typed);
            case Expr.Grouping g -> isPublic(g.inner(), typed);
            case Expr.Field f -> isPublic(f.target(), typed);
            case Expr.Binary b -> isPublic(b.left(), typed) && isPublic(b.right(), typed);
            case Expr.Tuple t -> t.elements().stream().allMatch(x -> isPublic(x, typed));
            case Expr.StructLit s -> s.fields().stream().allMatch(f -> isPublic(f.value(), typed));
            case Expr.Disclose d -> true;
            case Expr.Error err -> true;
            default -> false;
        };
    }
}
