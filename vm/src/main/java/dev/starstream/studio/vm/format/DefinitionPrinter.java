package dev.starstream.studio.vm.format;

import static dev.starstream.studio.vm.format.Doc.concat;
import static dev.starstream.studio.vm.format.Doc.text;

import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.FnDecl;
import dev.starstream.studio.vm.lang.ast.FnKind;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.Node;
import dev.starstream.studio.vm.lang.ast.Param;
import dev.starstream.studio.vm.lang.ast.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Top-level definitions and their parts as documents (LANGUAGE.md §4.2). */
final class DefinitionPrinter {
    private final CodePrinter code;
    private final CommentFlow flow;

    DefinitionPrinter(CodePrinter code) {
        this.code = code;
        this.flow = code.flow();
    }

    Doc definition(Definition d) {
        Doc lead = d instanceof Definition.FunctionDef f ? Doc.EMPTY : flow.before(d.span().start());
        Doc body = switch (d) {
            case Definition.ContractDef c -> concat(text("contract"), flow.before(c.span().end() - 1), text(";"));
            case Definition.ImportDef i -> importDef(i);
            case Definition.FunctionDef f -> function(f.function());
            case Definition.StructDef s -> braced(concat(text("struct "), code.ident(s.name()), beforeBrace(s.name())),
                    s.fields().stream().map(f -> withComma(f, field(f))).toList(), s.span().end() - 1, false);
            case Definition.EnumDef e -> braced(concat(text("enum "), code.ident(e.name()), beforeBrace(e.name())),
                    e.variants().stream().map(v -> withComma(v, variant(v))).toList(), e.span().end() - 1, false);
            case Definition.UtxoDef u -> parts("utxo ", u.name(), u.parts(), u.span().end() - 1);
            case Definition.TokenDef t -> parts("token ", t.name(), t.parts(), t.span().end() - 1);
            case Definition.AbiDef a -> braced(concat(text("abi "), code.ident(a.name()), beforeBrace(a.name())),
                    a.members().stream().map(this::member).toList(), a.span().end() - 1, false);
        };
        return CodePrinter.lead(lead, body);
    }

    /**
     * {@code head {} then one item per line and {@code }}; {@code head { }} when there is nothing
     * inside (not even a comment). Items are documents built lazily, in order, by the caller's
     * stream, each taking its leading comments.
     */
    private Doc braced(Doc head, List<Doc> items, int close, boolean blankLines) {
        if (items.isEmpty() && !flow.hasBefore(close)) {
            return concat(head, text(" { }"));
        }
        List<Doc> inner = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (blankLines && i > 0) {
                inner.add(Doc.HARDLINE);
            }
            inner.add(Doc.HARDLINE);
            inner.add(items.get(i));
        }
        inner.add(items.isEmpty() ? flow.insideEmpty(close) : flow.before(close));
        return concat(head, text(" {"), Doc.nest(concat(inner)), Doc.HARDLINE, text("}"));
    }

    /**
     * The comments between a name and the {@code {}} after it, printed before the brace: after it, a
     * {@code ///} among them would document the first item inside.
     */
    private Doc beforeBrace(Node name) {
        if (!flow.hasBefore(Integer.MAX_VALUE)) {
            return Doc.EMPTY;
        }
        return flow.before(code.tokens().next(name.span().end()));
    }

    /**
     * {@code item,} for a line of a braced list. Comments between the item and its comma normally
     * follow the comma (a trailing comment); a {@code ///} among them stays before the comma, since
     * after it the comment would document the next item.
     */
    private Doc withComma(Node item, Doc doc) {
        if (flow.hasBefore(Integer.MAX_VALUE)) {
            int comma = code.tokens().next(item.span().end());
            if (comma < code.tokens().length() && code.tokens().charAt(comma) == ',' && flow.hasDocBefore(comma)) {
                return concat(doc, flow.before(comma), text(","));
            }
        }
        return concat(doc, text(","));
    }

    // ---------------------------------------------------------------- imports

    private Doc importDef(Definition.ImportDef i) {
        Doc target = switch (i.target()) {
            case Definition.ImportTarget.Named n -> {
                int close = n.span().end() - 1;
                yield n.items().isEmpty() && !flow.hasBefore(close)
                        ? text("{ }")
                        : code.inlineList("{ ", n.items(), this::importItem, ", ", close, " }");
            }
            case Definition.ImportTarget.Namespace ns -> code.ident(ns.alias());
        };
        Doc source = switch (i.source()) {
            case Definition.ImportSource.Wit w -> concat(code.ident(w.namespace()), text(":"), code.ident(w.pkg()),
                    w.iface().map(f -> concat(text("/"), code.ident(f))).orElse(Doc.EMPTY));
            // Kept as written: the AST keeps the raw text, and re-escaping would only change how a
            // control character inside the path is spelled.
            case Definition.ImportSource.Path p -> CodePrinter.lead(flow.before(p.span().start()), text(p.raw()));
        };
        return concat(text("import "), target, text(" from "), source, flow.before(i.span().end() - 1), text(";"));
    }

    private Doc importItem(Definition.ImportItem item) {
        Doc name = code.ident(item.name());
        return item.alias().map(a -> concat(name, text(" as "), code.ident(a))).orElse(name);
    }

    // ---------------------------------------------------------------- functions

    /**
     * {@code [script|main|mint|burn ]fn name(params) -> R {…}}. The AST's span starts at {@code fn};
     * comments before the modifier come first, comments between the modifier and {@code fn} after
     * it, so that a doc comment stays right above the function.
     */
    Doc function(FnDecl f) {
        int fn = f.span().start();
        boolean modified = f.kind() != FnKind.PLAIN;
        Doc lead = flow.before(modified && flow.hasBefore(fn) ? code.tokens().wordBefore(fn) : fn);
        Doc kind = modified ? concat(text(f.kind().keyword() + " "), flow.before(fn)) : Doc.EMPTY;
        Doc head = concat(kind, text("fn "), code.ident(f.name()),
                params(f.params(), f.name(), f.returnType().map(TypeExpr::span).orElse(f.body().span()).start()),
                returnType(f.returnType()));
        return CodePrinter.lead(lead, concat(head, text(" "), code.block(f.body(), false)));
    }

    /** {@code (pub a: T, b: U)}, always on one line; {@code next} is where the code after {@code )} starts. */
    private Doc params(List<Param> params, Ident name, int next) {
        int close = next;
        if (flow.hasBefore(next)) {
            close = code.tokens().closing(params.isEmpty() ? name.span().end() : params.getLast().span().end(), ')');
        }
        return code.inlineList("(", params, this::param, ", ", close, ")");
    }

    private Doc param(Param p) {
        Doc lead = flow.before(p.span().start());
        return CodePrinter.lead(lead, concat(text(p.pub() ? "pub " : ""), code.ident(p.name()), text(": "), code.type(p.type())));
    }

    private Doc returnType(Optional<TypeExpr> type) {
        return type.map(t -> concat(text(" -> "), code.type(t))).orElse(Doc.EMPTY);
    }

    // ---------------------------------------------------------------- structs and enums

    private Doc field(Definition.FieldDecl f) {
        Doc lead = flow.before(f.span().start());
        return CodePrinter.lead(lead, concat(code.ident(f.name()), text(": "), code.type(f.type())));
    }

    private Doc variant(Definition.VariantDecl v) {
        Doc lead = flow.before(v.span().start());
        Doc name = code.ident(v.name());
        int close = v.span().end() - 1;
        Doc payload = switch (v.payload()) {
            case Definition.Payload.None n -> Doc.EMPTY;
            case Definition.Payload.Tuple t -> code.inlineList("(", t.types(), code::type, ", ", close, ")");
            case Definition.Payload.Struct s -> {
                Doc open = beforeBrace(v.name());
                if (s.fields().size() >= 3 || flow.hasBefore(close)) {
                    yield braced(open, s.fields().stream().map(f -> withComma(f, field(f))).toList(), close, false);
                }
                yield concat(open, s.fields().isEmpty() ? text(" { }") : code.inlineList(" { ", s.fields(), this::field, ", ", close, " }"));
            }
        };
        return CodePrinter.lead(lead, concat(name, payload));
    }

    // ---------------------------------------------------------------- abis

    private Doc member(Definition.AbiMember m) {
        Doc lead = flow.before(m.span().start());
        String keyword = switch (m) {
            case Definition.AbiMember.Event e -> "event ";
            case Definition.AbiMember.Effect e -> "effect ";
            case Definition.AbiMember.Method f -> "fn ";
        };
        Optional<TypeExpr> result = switch (m) {
            case Definition.AbiMember.Event e -> Optional.empty();
            case Definition.AbiMember.Effect e -> e.returnType();
            case Definition.AbiMember.Method f -> f.returnType();
        };
        Doc name = code.ident(m.name());
        int next = result.map(t -> t.span().start()).orElse(m.span().end() - 1);
        Doc body = concat(text(keyword), name, params(m.params(), m.name(), next), returnType(result),
                flow.before(m.span().end() - 1), text(";"));
        return CodePrinter.lead(lead, body);
    }

    // ---------------------------------------------------------------- utxos and tokens

    /** {@code utxo U {} with its parts separated by one blank line; {@code utxo U {⏎}} when it has none. */
    private Doc parts(String keyword, Ident name, List<Definition.Part> parts, int close) {
        Doc head = concat(text(keyword), code.ident(name), beforeBrace(name));
        if (parts.isEmpty() && !flow.hasBefore(close)) {
            return concat(head, text(" {"), Doc.HARDLINE, text("}"));
        }
        return braced(head, parts.stream().map(this::part).toList(), close, true);
    }

    private Doc part(Definition.Part p) {
        Doc lead = p instanceof Definition.Part.Function ? Doc.EMPTY : flow.before(p.span().start());
        Doc body = switch (p) {
            case Definition.Part.Storage s -> braced(concat(text("storage"), storageBrace(s)),
                    s.fields().stream().map(this::storageField).toList(), s.span().end() - 1, false);
            case Definition.Part.Function f -> function(f.function());
            case Definition.Part.Impl i -> braced(concat(text("impl "), code.ident(i.abi()), beforeBrace(i.abi())),
                    i.functions().stream().map(this::function).toList(), i.span().end() - 1, false);
        };
        return CodePrinter.lead(lead, body);
    }

    private Doc storageBrace(Definition.Part.Storage s) {
        if (!flow.hasBefore(Integer.MAX_VALUE)) {
            return Doc.EMPTY;
        }
        return flow.before(code.tokens().next(s.span().start() + "storage".length()));
    }

    private Doc storageField(Definition.StorageField f) {
        Doc lead = flow.before(f.span().start());
        return CodePrinter.lead(lead, concat(text(f.indexed() ? "indexed let mut " : "let mut "), code.ident(f.name()),
                text(": "), code.type(f.type()), flow.before(f.span().end() - 1), text(";")));
    }
}
