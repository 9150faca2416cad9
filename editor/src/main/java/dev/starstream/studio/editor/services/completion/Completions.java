package dev.starstream.studio.editor.services.completion;

import dev.starstream.studio.editor.services.analysis.Analysis;
import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.Symbol;
import dev.starstream.studio.vm.lang.check.TypedModule;
import dev.starstream.studio.vm.lang.check.Variable;
import dev.starstream.studio.vm.lang.check.facts.LanguageFacts;
import dev.starstream.studio.vm.lang.check.facts.MethodInfo;
import dev.starstream.studio.vm.lang.check.facts.ScopeView;
import dev.starstream.studio.vm.lang.check.UtxoInfo;
import dev.starstream.studio.vm.lang.check.FunctionInfo;
import dev.starstream.studio.vm.lang.types.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Completion (Ctrl+Space, and after {@code .} and {@code ::}): what may be written at the caret,
 * from the tokens ({@link ContextReader}) and the checker's facts about the text as it is, errors
 * and all. Run on the analysis thread, on an analysis of exactly the editor's text.
 */
public final class Completions {
    private Completions() {}

    public static CompletionList complete(Analysis analysis, Path file, String text, int caret) {
        CompletionContext context = ContextReader.at(text, caret);
        Optional<CheckedModule> module = analysis.module(file);
        List<CompletionItem> candidates = module.map(m -> candidates(analysis.facts(), analysis, m, file, context.kind(), caret))
                .orElseGet(() -> keywordsOnly(context.kind()));
        return new CompletionList(context.start(), caret, context.prefix(), FuzzyMatch.rank(context.prefix(), distinct(candidates)));
    }

    private static List<CompletionItem> keywordsOnly(CompletionContext.Kind kind) {
        return switch (kind) {
            case CompletionContext.Keywords k -> k.keywords().stream().map(SymbolItems::keyword).toList();
            case CompletionContext.Code c -> codeKeywords(c).stream().map(SymbolItems::keyword).toList();
            default -> List.of();
        };
    }

    private static List<CompletionItem> candidates(LanguageFacts facts, Analysis analysis, CheckedModule module, Path file,
            CompletionContext.Kind kind, int caret) {
        SymbolItems items = new SymbolItems(facts);
        List<CompletionItem> out = new ArrayList<>();
        switch (kind) {
            case CompletionContext.Nothing n -> { }
            case CompletionContext.Keywords k -> k.keywords().forEach(w -> out.add(SymbolItems.keyword(w)));
            case CompletionContext.Member m -> members(facts, module, m.dot(), items, out);
            case CompletionContext.Path p -> resolve(analysis, module, file, p.segments()).ifPresent(ns -> namespaceMembers(ns, items, out));
            case CompletionContext.After a -> after(facts, module, caret, a.keyword(), items, out);
            case CompletionContext.ImportItems i -> importable(analysis, module, file, i, items, out);
            case CompletionContext.TypeName t -> facts.scopeAt(module, caret).types().forEach(s -> out.add(items.of(s)));
            case CompletionContext.Code c -> code(facts, module, caret, c, items, out);
        }
        return out;
    }

    private static void members(LanguageFacts facts, CheckedModule module, int dot, SymbolItems items, List<CompletionItem> out) {
        Optional<Type> receiver = facts.typeAt(module, dot);
        if (receiver.isPresent() && receiver.get() instanceof Type.Struct s) {
            Map<String, String> docs = new LinkedHashMap<>();
            Symbol struct = module.types().get(s.name());
            if (struct != null) {
                struct.members().forEach(f -> f.doc().ifPresent(d -> docs.put(f.name(), d)));
            }
            s.fields().forEach(f -> out.add(SymbolItems.field(f.name(), f.type(), docs.get(f.name()))));
            return;
        }
        List<MethodInfo> methods = receiver.map(facts::methodsOn).orElse(List.of());
        if (methods.isEmpty()) {
            methods = facts.methodsAt(module, dot + 1);
        }
        methods.forEach(m -> out.add(items.method(m)));
    }

    /** A namespace as completion sees it: what kind of thing it is and its members. */
    private record Namespace(Symbol.Kind kind, List<Symbol> members) {
        static Namespace of(Symbol s) {
            return new Namespace(s.kind(), s.members());
        }
    }

    /** The namespace a written path {@code a::b} names: a namespace of the module, then members by name. */
    private static Optional<Namespace> resolve(Analysis analysis, CheckedModule module, Path file, List<String> segments) {
        Symbol first = module.namespaces().get(segments.getFirst());
        if (first == null) {
            first = module.types().get(segments.getFirst());
        }
        if (first == null) {
            return Optional.empty();
        }
        Namespace current = importedNamespace(analysis, module, file, first).orElse(Namespace.of(first));
        for (String segment : segments.subList(1, segments.size())) {
            Symbol next = current.members().stream().filter(s -> s.name().equals(segment)).findFirst().orElse(null);
            if (next == null) {
                return Optional.empty();
            }
            current = Namespace.of(next);
        }
        return Optional.of(current);
    }

    private static void namespaceMembers(Namespace ns, SymbolItems items, List<CompletionItem> out) {
        for (Symbol member : ns.members()) {
            boolean wanted = switch (ns.kind()) {
                case ENUM -> member.kind() == Symbol.Kind.VARIANT;
                case UTXO -> member.kind() == Symbol.Kind.MAIN_FUNCTION;
                case TOKEN -> member.kind() == Symbol.Kind.MINT_FUNCTION;
                default -> member.kind() != Symbol.Kind.STORAGE && member.kind() != Symbol.Kind.IMPL_METHOD;
            };
            if (wanted) {
                out.add(items.of(member));
            }
        }
    }

    /**
     * For a namespace import ({@code import c from starstream:std/cardano;} or {@code import lib from
     * "./lib.star";}), the namespace it stands for; the alias symbol itself has no members.
     */
    private static Optional<Namespace> importedNamespace(Analysis analysis, CheckedModule module, Path file, Symbol alias) {
        if (alias.kind() != Symbol.Kind.NAMESPACE) {
            return Optional.empty();
        }
        for (Definition d : module.typed().program().definitions()) {
            if (d instanceof Definition.ImportDef i && i.target() instanceof Definition.ImportTarget.Namespace n
                    && n.alias().name().equals(alias.name())) {
                return switch (i.source()) {
                    case Definition.ImportSource.Wit w -> w.iface().flatMap(iface -> occurrenceAt(module.typed(), iface.span().start()))
                            .map(Namespace::of);
                    case Definition.ImportSource.Path p -> targetModule(analysis, file, p.path())
                            .map(m -> new Namespace(Symbol.Kind.NAMESPACE, declared(m)));
                };
            }
        }
        return Optional.empty();
    }

    private static Optional<Symbol> occurrenceAt(TypedModule typed, int start) {
        return typed.occurrences().stream().filter(o -> o.span().start() == start).map(TypedModule.Occurrence::symbol).findFirst();
    }

    private static Optional<CheckedModule> targetModule(Analysis analysis, Path file, String importPath) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            return Optional.empty();
        }
        return analysis.module(parent.resolve(importPath).normalize());
    }

    /** The names a module declares itself (what a path import can take from it). */
    static List<Symbol> declared(CheckedModule module) {
        String path = module.typed().file().path();
        List<Symbol> out = new ArrayList<>();
        java.util.function.Consumer<Symbol> add = s -> {
            if (s.definition().map(d -> d.file().path().equals(path)).orElse(false) && !out.contains(s)) {
                out.add(s);
            }
        };
        module.constants().values().forEach(add);
        module.types().values().forEach(add);
        module.namespaces().values().forEach(add);
        return out;
    }

    private static void after(LanguageFacts facts, CheckedModule module, int caret, String keyword, SymbolItems items, List<CompletionItem> out) {
        ScopeView scope = facts.scopeAt(module, caret);
        switch (keyword) {
            case "raise", "with" -> scope.constants().stream().filter(s -> s.kind() == Symbol.Kind.EFFECT).forEach(s -> out.add(items.of(s)));
            case "emit" -> scope.constants().stream().filter(s -> s.kind() == Symbol.Kind.EVENT).forEach(s -> out.add(items.of(s)));
            case "runtime" -> {
                scope.constants().stream().filter(s -> s.kind() == Symbol.Kind.RUNTIME_FUNCTION).forEach(s -> out.add(items.of(s)));
                scope.namespaces().stream().filter(s -> s.kind() == Symbol.Kind.NAMESPACE).forEach(s -> out.add(items.of(s)));
            }
            default -> scope.types().stream().filter(s -> s.kind() == Symbol.Kind.ABI).forEach(s -> out.add(items.of(s)));
        }
    }

    private static void importable(Analysis analysis, CheckedModule module, Path file, CompletionContext.ImportItems i, SymbolItems items,
            List<CompletionItem> out) {
        String source = i.source();
        List<Symbol> offered = new ArrayList<>();
        if (source.startsWith("\"")) {
            String path = source.substring(1, source.endsWith("\"") && source.length() > 1 ? source.length() - 1 : source.length());
            targetModule(analysis, file, path).ifPresent(target -> offered.addAll(declared(target)));
        } else {
            for (Definition d : module.typed().program().definitions()) {
                if (d instanceof Definition.ImportDef imp && imp.source() instanceof Definition.ImportSource.Wit w
                        && w.text().equals(source.replaceAll("\\s+", ""))) {
                    w.iface().flatMap(iface -> occurrenceAt(module.typed(), iface.span().start())).ifPresent(ns -> offered.addAll(ns.members()));
                }
            }
        }
        Set<String> listed = i.listed();
        offered.stream().filter(s -> !listed.contains(s.name())).forEach(s -> out.add(items.of(s)));
    }

    private static void code(LanguageFacts facts, CheckedModule module, int caret, CompletionContext.Code c, SymbolItems items,
            List<CompletionItem> out) {
        ScopeView scope = facts.scopeAt(module, caret);
        String text = module.typed().file().text();
        for (Variable v : scope.locals()) {
            if (!beingDeclared(v, text, caret)) {
                out.add(items.of(v.symbol()));
            }
        }
        for (UtxoInfo.StorageField f : scope.storage()) {
            out.add(items.of(f.symbol()));
        }
        for (FunctionInfo f : scope.helpers()) {
            out.add(items.of(f.symbol()));
        }
        for (Symbol s : scope.constants()) {
            switch (s.kind()) {
                case FUNCTION, SCRIPT_FUNCTION, HELPER_FUNCTION -> out.add(items.of(s));
                default -> { } // events, effects and runtime functions need their keyword (E0039)
            }
        }
        for (Symbol s : scope.types()) {
            if (s.kind() == Symbol.Kind.STRUCT) {
                out.add(items.of(s));
            }
        }
        for (Symbol s : scope.namespaces()) {
            out.add(items.of(s));
        }
        codeKeywords(c).forEach(w -> out.add(SymbolItems.keyword(w)));
    }

    private static List<String> codeKeywords(CompletionContext.Code c) {
        List<String> words = new ArrayList<>(c.statementStart() ? ContextReader.STATEMENT_KEYWORDS : ContextReader.EXPRESSION_KEYWORDS);
        if (c.afterBlock()) {
            words.add("else");
            words.add("with");
        }
        return words;
    }

    /** A {@code let} whose initialiser is being typed: its own name is not in scope yet. */
    private static boolean beingDeclared(Variable v, String text, int caret) {
        if (v.kind() != Variable.Kind.LET || v.nameSpan().end() > caret) {
            return v.nameSpan().start() >= caret;
        }
        return text.substring(v.nameSpan().end(), Math.min(caret, text.length())).indexOf(';') < 0;
    }

    private static List<CompletionItem> distinct(List<CompletionItem> items) {
        Map<String, CompletionItem> byLabel = new LinkedHashMap<>();
        for (CompletionItem item : items) {
            byLabel.putIfAbsent(item.label() + "\u0000" + item.kind(), item);
        }
        return List.copyOf(byLabel.values());
    }
}
