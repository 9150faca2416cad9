package dev.starstream.studio.vm.lang.parser;

import dev.starstream.studio.vm.lang.ast.Block;
import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.FnDecl;
import dev.starstream.studio.vm.lang.ast.FnKind;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.Param;
import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.ast.ScopedName;
import dev.starstream.studio.vm.lang.ast.Stmt;
import dev.starstream.studio.vm.lang.ast.TypeExpr;
import dev.starstream.studio.vm.lang.parser.StarstreamParser.*;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/**
 * Turns ANTLR's parse tree into our AST: definitions, blocks and statements here; expressions,
 * patterns and types in {@link ExprBuilder}. Tolerates the holes error recovery leaves (missing
 * children become {@code Error} nodes) and reports the syntax problems only visible once the tree
 * is built (missing {@code ;} between expressions, effect rows, malformed integer literals).
 */
final class AstBuilder {
    private final BuildContext cx;
    private final ExprBuilder exprs;

    AstBuilder(BuildContext cx) {
        this.cx = cx;
        this.exprs = new ExprBuilder(cx, this);
    }

    Program program(ProgramContext ctx) {
        List<Definition> definitions = new ArrayList<>();
        for (DefinitionContext d : ctx.definition()) {
            Definition def = definition(d);
            if (def != null) {
                definitions.add(def);
            }
        }
        return new Program(definitions, cx.comments(), new Span(0, cx.file().text().length()));
    }

    private @Nullable Definition definition(DefinitionContext ctx) {
        Span span = cx.span(ctx);
        return switch (ctx) {
            case ContractDefContext c -> new Definition.ContractDef(span);
            case ImportDefContext c -> importDef(c, span);
            case FunctionDefContext c -> c.function() == null ? null
                    : new Definition.FunctionDef(function(c.function(), c.SCRIPT() != null ? FnKind.SCRIPT : FnKind.PLAIN,
                            cx.doc(ctx)));
            case StructDefContext c -> new Definition.StructDef(name(c.name(), c), fields(c.field()), cx.doc(ctx), span);
            case EnumDefContext c -> new Definition.EnumDef(name(c.name(), c), variants(c.variant()), cx.doc(ctx), span);
            case UtxoDefContext c -> new Definition.UtxoDef(name(c.name(), c), utxoParts(c.utxoPart()), cx.doc(ctx), span);
            case TokenDefContext c -> new Definition.TokenDef(name(c.name(), c), tokenParts(c.tokenPart()), cx.doc(ctx), span);
            case AbiDefContext c -> new Definition.AbiDef(name(c.name(), c), abiMembers(c.abiPart()), cx.doc(ctx), span);
            default -> null; // an error node the parser could not attribute to any alternative
        };
    }

    // ---------------------------------------------------------------- imports

    private Definition importDef(ImportDefContext c, Span span) {
        Definition.ImportTarget target = switch (c.importTarget()) {
            case NamedImportsContext n -> new Definition.ImportTarget.Named(
                    n.importItem().stream().map(this::importItem).toList(), cx.span(n));
            case NamespaceImportContext n -> new Definition.ImportTarget.Namespace(name(n.name(), n), cx.span(n));
            case null, default -> new Definition.ImportTarget.Named(List.of(), span);
        };
        Definition.ImportSource source = switch (c.importSource()) {
            case WitSourceContext w -> new Definition.ImportSource.Wit(
                    name(w.name(0), w), name(w.name(1), w), w.name().size() > 2 ? Optional.of(name(w.name(2), w)) : Optional.empty(),
                    cx.span(w));
            case PathSourceContext p -> new Definition.ImportSource.Path(
                    unescape(p.STRING().getText()), p.STRING().getText(), cx.span(p));
            case null, default -> new Definition.ImportSource.Path("", "\"\"", span);
        };
        return new Definition.ImportDef(target, source, span);
    }

    private Definition.ImportItem importItem(ImportItemContext c) {
        Optional<Ident> alias = c.name().size() > 1 ? Optional.of(name(c.name(1), c)) : Optional.empty();
        return new Definition.ImportItem(name(c.name(0), c), alias, cx.span(c));
    }

    static String unescape(String quoted) {
        StringBuilder out = new StringBuilder();
        int end = quoted.length() > 1 && quoted.endsWith("\"") ? quoted.length() - 1 : quoted.length();
        for (int i = 1; i < end; i++) {
            char ch = quoted.charAt(i);
            if (ch == '\\' && i + 1 < end) {
                char next = quoted.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- functions

    FnDecl function(FunctionContext c, FnKind kind, Optional<String> doc) {
        if (c.effectRow() != null) {
            cx.error(cx.span(c.effectRow()), "effect rows (`/ [E]`) are not Starstream syntax",
                    "remove the `/ […]` clause: effects are declared with `effect` in an `abi` and raised with `raise`");
        }
        Optional<TypeExpr> returnType = c.type() == null ? Optional.empty() : Optional.of(exprs.type(c.type()));
        Block body = c.block() == null ? new Block(List.of(), Optional.empty(), cx.endOf(c)) : block(c.block());
        return new FnDecl(kind, name(c.name(), c), params(c.paramList()), returnType, body, doc, cx.span(c));
    }

    List<Param> params(@Nullable ParamListContext c) {
        if (c == null) {
            return List.of();
        }
        return c.param().stream()
                .map(p -> new Param(p.PUB() != null, name(p.name(), p), exprs.type(p.type()), cx.span(p)))
                .toList();
    }

    // ---------------------------------------------------------------- structs, enums

    private List<Definition.FieldDecl> fields(List<FieldContext> cs) {
        return cs.stream()
                .map(f -> new Definition.FieldDecl(name(f.name(), f), exprs.type(f.type()), cx.doc(f), cx.span(f)))
                .toList();
    }

    private List<Definition.VariantDecl> variants(List<VariantContext> cs) {
        List<Definition.VariantDecl> out = new ArrayList<>();
        for (VariantContext v : cs) {
            Definition.Payload payload;
            if (v.LPAREN() != null) {
                payload = new Definition.Payload.Tuple(v.type().stream().map(exprs::type).toList());
            } else if (v.LBRACE() != null) {
                payload = new Definition.Payload.Struct(fields(v.field()));
            } else {
                payload = new Definition.Payload.None();
            }
            out.add(new Definition.VariantDecl(name(v.name(), v), payload, cx.doc(v), cx.span(v)));
        }
        return out;
    }

    // ---------------------------------------------------------------- utxos, tokens, abis

    private List<Definition.Part> utxoParts(List<UtxoPartContext> cs) {
        List<Definition.Part> out = new ArrayList<>();
        for (UtxoPartContext p : cs) {
            switch (p) {
                case UtxoStorageContext s -> out.add(storage(s.storageField(), cx.span(s), false));
                case UtxoFunctionContext f -> {
                    if (f.function() != null) {
                        FnKind kind = f.MAIN() != null ? FnKind.MAIN : FnKind.PLAIN;
                        out.add(new Definition.Part.Function(function(f.function(), kind, cx.doc(f))));
                    }
                }
                case UtxoImplContext i -> out.add(impl(i, i.name(), i.function()));
                default -> { }
            }
        }
        return out;
    }

    private List<Definition.Part> tokenParts(List<TokenPartContext> cs) {
        List<Definition.Part> out = new ArrayList<>();
        for (TokenPartContext p : cs) {
            switch (p) {
                case TokenStorageContext s -> out.add(storage(s.storageField(), cx.span(s), true));
                case TokenFunctionContext f -> {
                    if (f.function() != null) {
                        FnKind kind = f.MINT() != null ? FnKind.MINT : f.BURN() != null ? FnKind.BURN : FnKind.PLAIN;
                        out.add(new Definition.Part.Function(function(f.function(), kind, cx.doc(f))));
                    }
                }
                case TokenImplContext i -> out.add(impl(i, i.name(), i.function()));
                default -> { }
            }
        }
        return out;
    }

    private Definition.Part storage(List<StorageFieldContext> cs, Span span, boolean token) {
        List<Definition.StorageField> fields = new ArrayList<>();
        for (StorageFieldContext f : cs) {
            if (f.INDEXED() != null && !token) {
                cx.error(cx.span(f.INDEXED()), "`indexed` is only allowed in token storage", null);
            }
            if (f.MUT() == null && f.LET() != null) {
                cx.error(cx.span(f.LET()), "storage fields are declared with `let mut`",
                        "write `let mut " + (f.name() == null ? "x" : f.name().getText()) + ": …;`");
            }
            fields.add(new Definition.StorageField(f.INDEXED() != null, f.MUT() != null, name(f.name(), f),
                    exprs.type(f.type()), cx.doc(f), cx.span(f)));
        }
        return new Definition.Part.Storage(fields, span);
    }

    private Definition.Part impl(ParserRuleContext part, @Nullable NameContext abi, List<FunctionContext> fns) {
        List<FnDecl> functions = fns.stream().map(f -> function(f, FnKind.PLAIN, cx.doc(f))).toList();
        return new Definition.Part.Impl(name(abi, part), functions, cx.span(part));
    }

    private List<Definition.AbiMember> abiMembers(List<AbiPartContext> cs) {
        List<Definition.AbiMember> out = new ArrayList<>();
        for (AbiPartContext p : cs) {
            Span span = cx.span(p);
            switch (p) {
                case AbiEventContext e -> out.add(new Definition.AbiMember.Event(
                        name(e.name(), e), params(e.paramList()), cx.doc(p), span));
                case AbiEffectContext e -> out.add(new Definition.AbiMember.Effect(
                        name(e.name(), e), params(e.paramList()), optionalType(e.type()), cx.doc(p), span));
                case AbiFnContext f -> {
                    if (f.effectRow() != null) {
                        cx.error(cx.span(f.effectRow()), "effect rows (`/ [E]`) are not Starstream syntax",
                                "remove the `/ […]` clause: effects are declared with `effect` in an `abi` and raised with `raise`");
                    }
                    for (ParamContext param : f.paramList() == null ? List.<ParamContext>of() : f.paramList().param()) {
                        if (param.PUB() != null) {
                            cx.error(cx.span(param.PUB()), "ABI method parameters cannot be `pub`",
                                    "mark the parameter `pub` in the `impl`, not in the `abi`");
                        }
                    }
                    out.add(new Definition.AbiMember.Method(
                            name(f.name(), f), params(f.paramList()), optionalType(f.type()), cx.doc(p), span));
                }
                default -> { }
            }
        }
        return out;
    }

    private Optional<TypeExpr> optionalType(@Nullable TypeContext c) {
        return c == null ? Optional.empty() : Optional.of(exprs.type(c));
    }

    // ---------------------------------------------------------------- blocks and statements

    Block block(@Nullable BlockContext c) {
        if (c == null) {
            return new Block(List.of(), Optional.empty(), Span.EMPTY);
        }
        List<BlockItemContext> items = c.blockItem();
        List<Stmt> statements = new ArrayList<>();
        Optional<Expr> tail = Optional.empty();
        for (int i = 0; i < items.size(); i++) {
            BlockItemContext item = items.get(i);
            boolean last = i == items.size() - 1;
            switch (item) {
                case ExprItemContext e -> {
                    Expr expr = exprs.expr(e.expression());
                    if (e.SEMI() != null) {
                        statements.add(new Stmt.Expression(expr, true, cx.span(e)));
                    } else if (last) {
                        tail = Optional.of(expr);
                    } else {
                        if (!(expr instanceof Expr.Error)) {
                            cx.error(Span.at(expr.span().end()), "expected `;` after the expression",
                                    "only the last expression of a block may omit its `;` (it is the block's value)");
                        }
                        statements.add(new Stmt.Expression(expr, false, cx.span(e)));
                    }
                }
                case BlockLikeItemContext b -> {
                    Expr expr = exprs.blockLike(b.blockLike());
                    if (last && b.SEMI() == null) {
                        tail = Optional.of(expr);
                    } else {
                        statements.add(new Stmt.Expression(expr, b.SEMI() != null, cx.span(b)));
                    }
                }
                default -> {
                    Stmt s = statement(item);
                    if (s != null) {
                        statements.add(s);
                    }
                }
            }
        }
        return new Block(statements, tail, cx.span(c));
    }

    private @Nullable Stmt statement(BlockItemContext item) {
        Span span = cx.span(item);
        return switch (item) {
            case LetStmtContext l -> new Stmt.Let(l.PUB() != null, l.MUT() != null, name(l.name(), l),
                    l.type() == null ? Optional.empty() : Optional.of(exprs.type(l.type())), exprs.expr(l.expression()), span);
            case AssignStmtContext a -> new Stmt.Assign(name(a.name(), a), exprs.expr(a.expression()), span);
            case WhileStmtContext w -> new Stmt.While(exprs.expr(w.expression()), block(w.block()), span);
            case ReturnStmtContext r -> new Stmt.Return(
                    r.expression() == null ? Optional.empty() : Optional.of(exprs.expr(r.expression())), span);
            case ResumeStmtContext r -> new Stmt.Resume(span);
            case TryStmtContext t -> new Stmt.Try(block(t.block()), t.withClause().stream().map(this::withClause).toList(), span);
            default -> null;
        };
    }

    private Stmt.WithClause withClause(WithClauseContext c) {
        return new Stmt.WithClause(scoped(c.scopedName()), c.pattern().stream().map(exprs::pattern).toList(),
                block(c.block()), cx.span(c));
    }

    // ---------------------------------------------------------------- names

    /**
     * The identifier of a {@code name} rule of {@code owner}, or an empty one where the name is
     * missing. A name is the rule's one real token; when recovery conjured it, or the rule failed,
     * the rule's start is whatever came next (<code>{</code>, <code>(</code>, the end of the file),
     * whose text must not become a name (<code>struct { … }</code> once declared a struct named
     * <code>{</code>). A missing name sits where it belongs, inside its owner (the outline's
     * selection lies inside the item).
     */
    Ident name(@Nullable NameContext c, ParserRuleContext owner) {
        if (c != null && c.exception == null && c.getChildCount() == 1 && c.getChild(0) instanceof TerminalNode n
                && !(n instanceof ErrorNode) && n.getSymbol().getTokenIndex() >= 0 && n.getSymbol().getType() != Token.EOF) {
            return new Ident(n.getText(), TokenNames.spanOf(n.getSymbol()));
        }
        Span at = c == null ? cx.endOf(owner) : cx.missingBefore(c.getStart());
        return new Ident("", cx.inside(at, owner));
    }

    Ident name(Token t) {
        return new Ident(t.getText(), TokenNames.spanOf(t));
    }

    ScopedName scoped(@Nullable ScopedNameContext c) {
        if (c == null || c.name().isEmpty()) {
            Span at = c == null ? Span.EMPTY : cx.span(c);
            return ScopedName.of(new Ident("", at));
        }
        return new ScopedName(c.name().stream().map(n -> name(n, c)).toList(), cx.span(c));
    }
}
