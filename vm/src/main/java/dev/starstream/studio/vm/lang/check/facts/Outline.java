package dev.starstream.studio.vm.lang.check.facts;

import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.FnDecl;
import dev.starstream.studio.vm.lang.ast.FnKind;
import dev.starstream.studio.vm.lang.ast.Param;
import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.ast.TypeExpr;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The document outline of a file (LANGUAGE.md §6.2), built from the syntax tree alone so that it is
 * there for files with type errors and for the partial trees of broken files. Imports and
 * {@code contract;} are left out; details are written types and signatures as in the source.
 */
final class Outline {
    private final SourceFile file;

    private Outline(SourceFile file) {
        this.file = file;
    }

    static List<OutlineItem> of(SourceFile file, Program program) {
        Outline o = new Outline(file);
        List<OutlineItem> out = new ArrayList<>();
        for (Definition d : program.definitions()) {
            OutlineItem item = o.definition(d);
            if (item != null && !item.name().isEmpty()) {
                out.add(item);
            }
        }
        return out;
    }

    private OutlineItem definition(Definition d) {
        return switch (d) {
            case Definition.FunctionDef f -> function(f.function(), OutlineItem.Kind.FUNCTION);
            case Definition.StructDef s -> new OutlineItem(s.name().name(), OutlineItem.Kind.STRUCT, "struct", s.span(), s.name().span(),
                    s.fields().stream().map(f -> new OutlineItem(f.name().name(), OutlineItem.Kind.FIELD, type(f.type()), f.span(),
                            f.name().span(), List.of())).toList());
            case Definition.EnumDef e -> new OutlineItem(e.name().name(), OutlineItem.Kind.ENUM, "enum", e.span(), e.name().span(),
                    e.variants().stream().map(v -> new OutlineItem(v.name().name(), OutlineItem.Kind.ENUM_MEMBER, payload(v.payload()),
                            v.span(), v.name().span(), List.of())).toList());
            case Definition.UtxoDef u -> new OutlineItem(u.name().name(), OutlineItem.Kind.CLASS, "utxo", u.span(), u.name().span(),
                    parts(u.parts()));
            case Definition.TokenDef t -> new OutlineItem(t.name().name(), OutlineItem.Kind.CLASS, "token", t.span(), t.name().span(),
                    parts(t.parts()));
            case Definition.AbiDef a -> new OutlineItem(a.name().name(), OutlineItem.Kind.INTERFACE, "abi", a.span(), a.name().span(),
                    a.members().stream().map(this::member).toList());
            case Definition.ImportDef i -> null;
            case Definition.ContractDef c -> null;
        };
    }

    private List<OutlineItem> parts(List<Definition.Part> parts) {
        List<OutlineItem> out = new ArrayList<>();
        for (Definition.Part p : parts) {
            switch (p) {
                case Definition.Part.Storage s -> s.fields().forEach(f -> out.add(new OutlineItem(f.name().name(),
                        OutlineItem.Kind.ENUM_MEMBER, type(f.type()), f.span(), f.name().span(), List.of())));
                case Definition.Part.Function f -> out.add(function(f.function(), OutlineItem.Kind.FUNCTION));
                case Definition.Part.Impl i -> out.add(new OutlineItem(i.abi().name(), OutlineItem.Kind.INTERFACE, "impl", i.span(),
                        i.abi().span(), i.functions().stream().map(fn -> function(fn, OutlineItem.Kind.METHOD)).toList()));
            }
        }
        return out;
    }

    private OutlineItem member(Definition.AbiMember m) {
        return switch (m) {
            case Definition.AbiMember.Event e -> new OutlineItem(e.name().name(), OutlineItem.Kind.EVENT, "event" + params(e.params()),
                    e.span(), e.name().span(), List.of());
            case Definition.AbiMember.Effect e -> new OutlineItem(e.name().name(), OutlineItem.Kind.EVENT, "effect" + params(e.params())
                    + e.returnType().map(t -> " -> " + type(t)).orElse(""), e.span(), e.name().span(), List.of());
            case Definition.AbiMember.Method f -> new OutlineItem(f.name().name(), OutlineItem.Kind.METHOD, "fn" + params(f.params())
                    + f.returnType().map(t -> " -> " + type(t)).orElse(""), f.span(), f.name().span(), List.of());
        };
    }

    private OutlineItem function(FnDecl f, OutlineItem.Kind kind) {
        String detail = (f.kind() == FnKind.PLAIN ? "" : f.kind().keyword() + " ") + "fn" + params(f.params())
                + f.returnType().map(t -> " -> " + type(t)).orElse("");
        return new OutlineItem(f.name().name(), kind, detail, f.span(), f.name().span(), List.of());
    }

    private String params(List<Param> ps) {
        return ps.stream().map(p -> (p.pub() ? "pub " : "") + p.name().name() + ": " + type(p.type()))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private String payload(Definition.Payload p) {
        return switch (p) {
            case Definition.Payload.None n -> "";
            case Definition.Payload.Tuple t -> t.types().stream().map(this::type).collect(Collectors.joining(", ", "(", ")"));
            case Definition.Payload.Struct s -> s.fields().stream().map(f -> f.name().name() + ": " + type(f.type()))
                    .collect(Collectors.joining(", ", "{ ", " }"));
        };
    }

    private String type(TypeExpr t) {
        return file.slice(t.span()).replaceAll("\\s+", " ");
    }
}
