package dev.starstream.studio.vm.lang.ast;

import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.List;
import java.util.Optional;

/** A top-level item of a source file (LANGUAGE.md §2.1). Definitions keep source order. */
public sealed interface Definition extends Node {

    /** {@code contract;}: marks the file as a contract (a codegen entry). */
    record ContractDef(Span span) implements Definition {}

    /** {@code import { a, b as c } from ns:pkg/iface;} or {@code import m from "./m.star";}. */
    record ImportDef(ImportTarget target, ImportSource source, Span span) implements Definition {}

    /** A top-level {@code fn} or {@code script fn}. */
    record FunctionDef(FnDecl function) implements Definition {
        @Override
        public Span span() {
            return function.span();
        }
    }

    record StructDef(Ident name, List<FieldDecl> fields, Optional<String> doc, Span span) implements Definition {
        public StructDef {
            fields = List.copyOf(fields);
        }
    }

    record EnumDef(Ident name, List<VariantDecl> variants, Optional<String> doc, Span span) implements Definition {
        public EnumDef {
            variants = List.copyOf(variants);
        }
    }

    /** {@code utxo Name { storage {…} main fn … fn … impl Abi {…} }}. */
    record UtxoDef(Ident name, List<Part> parts, Optional<String> doc, Span span) implements Definition {
        public UtxoDef {
            parts = List.copyOf(parts);
        }
    }

    /** {@code token Name { storage {…} mint fn … burn fn … impl Token {…} fn … }}. */
    record TokenDef(Ident name, List<Part> parts, Optional<String> doc, Span span) implements Definition {
        public TokenDef {
            parts = List.copyOf(parts);
        }
    }

    /** {@code abi Name { event …; effect …; fn …; }}. */
    record AbiDef(Ident name, List<AbiMember> members, Optional<String> doc, Span span) implements Definition {
        public AbiDef {
            members = List.copyOf(members);
        }
    }

    // ---------------------------------------------------------------- pieces

    /** What an import brings in. */
    sealed interface ImportTarget extends Node {
        record Named(List<ImportItem> items, Span span) implements ImportTarget {
            public Named {
                items = List.copyOf(items);
            }
        }

        record Namespace(Ident alias, Span span) implements ImportTarget {}
    }

    /** {@code name} or {@code name as alias}. */
    record ImportItem(Ident name, Optional<Ident> alias, Span span) implements Node {
        /** The name the item has in the importing module. */
        public Ident localName() {
            return alias.orElse(name);
        }
    }

    /** Where an import comes from. */
    sealed interface ImportSource extends Node {
        /** {@code ns:pkg} or {@code ns:pkg/iface}. */
        record Wit(Ident namespace, Ident pkg, Optional<Ident> iface, Span span) implements ImportSource {
            public String text() {
                return namespace.name() + ":" + pkg.name() + iface.map(i -> "/" + i.name()).orElse("");
            }
        }

        /** {@code "./rel/path.star"}: {@code path} is unescaped, {@code raw} as written (with quotes). */
        record Path(String path, String raw, Span span) implements ImportSource {}
    }

    /** A struct field or a struct-variant field. */
    record FieldDecl(Ident name, TypeExpr type, Optional<String> doc, Span span) implements Node {}

    /** An enum variant: unit, tuple payload or struct payload. */
    record VariantDecl(Ident name, Payload payload, Optional<String> doc, Span span) implements Node {}

    /** The payload of an enum variant. */
    sealed interface Payload {
        record None() implements Payload {}

        record Tuple(List<TypeExpr> types) implements Payload {
            public Tuple {
                types = List.copyOf(types);
            }
        }

        record Struct(List<FieldDecl> fields) implements Payload {
            public Struct {
                fields = List.copyOf(fields);
            }
        }
    }

    /** A part of a utxo or token body. */
    sealed interface Part extends Node {
        /** {@code storage { [indexed] let mut x: T; … }}. */
        record Storage(List<StorageField> fields, Span span) implements Part {
            public Storage {
                fields = List.copyOf(fields);
            }
        }

        /** A function inside the body: {@code main fn}, {@code mint fn}, {@code burn fn} or a plain helper {@code fn}. */
        record Function(FnDecl function) implements Part {
            @Override
            public Span span() {
                return function.span();
            }
        }

        /** {@code impl Abi { fn … }}. */
        record Impl(Ident abi, List<FnDecl> functions, Span span) implements Part {
            public Impl {
                functions = List.copyOf(functions);
            }
        }
    }

    /** {@code [indexed] let mut name: Type;}. {@code mutable} is false only in malformed input. */
    record StorageField(boolean indexed, boolean mutable, Ident name, TypeExpr type, Optional<String> doc, Span span)
            implements Node {}

    /** A member of an {@code abi}. */
    sealed interface AbiMember extends Node {
        Ident name();

        List<Param> params();

        Optional<String> doc();

        record Event(Ident name, List<Param> params, Optional<String> doc, Span span) implements AbiMember {
            public Event {
                params = List.copyOf(params);
            }
        }

        record Effect(Ident name, List<Param> params, Optional<TypeExpr> returnType, Optional<String> doc, Span span)
                implements AbiMember {
            public Effect {
                params = List.copyOf(params);
            }
        }

        /** A method signature: {@code fn name(a: T) -> R;}. */
        record Method(Ident name, List<Param> params, Optional<TypeExpr> returnType, Optional<String> doc, Span span)
                implements AbiMember {
            public Method {
                params = List.copyOf(params);
            }
        }
    }
}
