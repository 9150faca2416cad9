package dev.starstream.studio.vm.lang.check.facts;

import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.check.AbiInfo;
import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.FunctionInfo;
import dev.starstream.studio.vm.lang.check.Symbol;
import dev.starstream.studio.vm.lang.check.TypedModule;
import dev.starstream.studio.vm.lang.check.UtxoInfo;
import dev.starstream.studio.vm.lang.check.Variable;
import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.diag.Location;
import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Language facts over a checked workspace, for the editor and the debugger: the symbol under the
 * caret and its definition, references across the workspace, the type of an expression, hover
 * text, the outline, the scope at an offset and the methods callable on a handle. Everything works
 * on files with errors (best effort: what the checker could resolve). Offsets are UTF-16 offsets
 * into the module's text, like {@link Span}. Immutable once built; safe to query from any thread.
 */
public final class LanguageFacts {

    /** The symbol an identifier at an offset refers to, and the span of that identifier. */
    public record SymbolAt(Symbol symbol, Span span, boolean definition) {}

    private final CheckedWorkspace workspace;
    private final Map<Symbol, Variable> variables = new IdentityHashMap<>();

    public LanguageFacts(CheckedWorkspace workspace) {
        this.workspace = workspace;
        for (CheckedModule m : workspace.modules()) {
            for (FunctionInfo f : m.typed().functions()) {
                f.variables().forEach(v -> variables.put(v.symbol(), v));
            }
        }
    }

    public CheckedWorkspace workspace() {
        return workspace;
    }

    /** The innermost identifier at {@code offset} (the caret may sit right after it) that refers to a symbol. */
    public Optional<SymbolAt> symbolAt(CheckedModule module, int offset) {
        TypedModule.Occurrence best = null;
        for (TypedModule.Occurrence o : module.typed().occurrences()) {
            if (o.span().touches(offset) && (best == null || o.span().length() < best.span().length()
                    || (o.span().length() == best.span().length() && o.span().start() > best.span().start()))) {
                best = o;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new SymbolAt(best.symbol(), best.span(), best.definition()));
    }

    /** Where the symbol at {@code offset} is defined (empty for built-ins). */
    public Optional<Location> definition(CheckedModule module, int offset) {
        return symbolAt(module, offset).flatMap(s -> s.symbol().definition());
    }

    /** Every occurrence of a symbol in the workspace, in file and position order. */
    public List<Location> references(Symbol symbol, boolean includeDefinition) {
        List<Location> out = new ArrayList<>();
        for (CheckedModule m : workspace.modules()) {
            for (TypedModule.Occurrence o : m.typed().occurrences()) {
                if (o.symbol() == symbol && (includeDefinition || !o.definition())) {
                    out.add(new Location(m.typed().file(), o.span()));
                }
            }
        }
        Set<String> seen = new HashSet<>();
        out.removeIf(l -> !seen.add(l.file().path() + ":" + l.span()));
        out.sort(Comparator.comparing((Location l) -> l.file().path()).thenComparingInt(l -> l.span().start()));
        return out;
    }

    /** The references of the symbol at {@code offset} (with its definition). */
    public List<Location> references(CheckedModule module, int offset) {
        return symbolAt(module, offset).map(s -> references(s.symbol(), true)).orElse(List.of());
    }

    /** The type of the innermost expression at {@code offset}. */
    public Optional<Type> typeAt(CheckedModule module, int offset) {
        Expr best = null;
        for (Expr e : module.typed().typedExpressions()) {
            if (e.span().touches(offset) && (best == null || e.span().length() < best.span().length())) {
                best = e;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Type t = module.typed().typeOf(best);
        return t instanceof Type.Error ? Optional.empty() : Optional.of(t);
    }

    /** The hover markdown at {@code offset}: the symbol's label (or an expression's type) and its doc comment. */
    public Optional<String> hover(CheckedModule module, int offset) {
        Optional<SymbolAt> s = symbolAt(module, offset);
        if (s.isPresent()) {
            Symbol sym = s.get().symbol();
            return Optional.of(Labels.hover(label(sym), sym.doc().orElse(null)));
        }
        return typeAt(module, offset).map(t -> Labels.hover(Type.display(t), null));
    }

    /** The label hover shows for a symbol: {@code fn f(a: u64) -> bool}, {@code struct P { … }}, {@code let x: u8}. */
    public String label(Symbol symbol) {
        return Labels.label(symbol, variables.get(symbol));
    }

    /** The variable a local or parameter symbol stands for. */
    public Optional<Variable> variable(Symbol symbol) {
        return Optional.ofNullable(variables.get(symbol));
    }

    /** The document outline of a module (from its syntax tree, so it is there even with errors). */
    public List<OutlineItem> outline(CheckedModule module) {
        return Outline.of(module.typed().file(), module.typed().program());
    }

    /** What is in scope at {@code offset}. */
    public ScopeView scopeAt(CheckedModule module, int offset) {
        TypedModule typed = module.typed();
        List<TypedModule.ScopeRecord> enclosing = typed.scopes().stream().filter(s -> s.span().touches(offset))
                .sorted(Comparator.comparingInt((TypedModule.ScopeRecord s) -> s.span().length())).toList();
        List<Variable> locals = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (TypedModule.ScopeRecord s : enclosing) {
            List<TypedModule.Visible> visible = new ArrayList<>(s.variables());
            visible.sort(Comparator.comparingInt((TypedModule.Visible v) -> v.variable().ordinal()).reversed());
            for (TypedModule.Visible v : visible) {
                if (v.from() <= offset && names.add(v.variable().name())) {
                    locals.add(v.variable());
                }
            }
        }
        FunctionInfo fn = typed.functions().stream().filter(f -> f.decl().span().touches(offset))
                .min(Comparator.comparingInt(f -> f.decl().span().length())).orElse(null);
        List<UtxoInfo.StorageField> storage = new ArrayList<>();
        List<FunctionInfo> helpers = new ArrayList<>();
        if (fn != null && fn.owner().isPresent()) {
            int at = fn.decl().span().start();
            for (UtxoInfo.StorageField f : fn.owner().get().storage()) {
                if (f.decl().span().start() < at && !names.contains(f.name())) {
                    storage.add(f);
                }
            }
            for (FunctionInfo h : fn.owner().get().functions(FunctionInfo.Role.LOCAL_HELPER)) {
                if (h.decl().span().start() <= at) {
                    helpers.add(h);
                }
            }
        }
        return new ScopeView(locals, storage, helpers, List.copyOf(module.constants().values()),
                List.copyOf(module.types().values()), List.copyOf(module.namespaces().values()));
    }

    /** The methods callable on a value of a handle type ({@code Utxo} offers none until narrowed). */
    public List<MethodInfo> methodsOn(Type handle) {
        List<MethodInfo> out = new ArrayList<>();
        switch (handle) {
            case Type.Utxo u -> utxo(u.module(), u.name()).ifPresent(info -> info.callableMethods().forEach(m -> out.add(method(m))));
            case Type.Token t -> utxo(t.module(), t.name()).ifPresent(info -> {
                info.callableMethods().forEach(m -> out.add(method(m)));
                for (FunctionInfo b : info.functions(FunctionInfo.Role.TOKEN_BURN)) {
                    out.add(new MethodInfo(b.name(), "burn", b.signature(), b.symbol()));
                }
            });
            case Type.AnyToken t -> tokenAbi().ifPresent(a -> a.methods().forEach(m -> out.add(method(m))));
            case Type.Abi a -> abi(a.module(), a.name()).ifPresent(info -> info.methods().forEach(m -> out.add(method(m))));
            default -> { }
        }
        return out;
    }

    /** The methods callable on the receiver of {@code recv.} when the caret is at or after the dot. */
    public List<MethodInfo> methodsAt(CheckedModule module, int offset) {
        Expr.Field best = null;
        for (Expr e : module.typed().typedExpressions()) {
            if (e instanceof Expr.Field f && f.target().span().end() <= offset && offset <= f.span().end()
                    && (best == null || f.span().length() < best.span().length())) {
                best = f;
            }
        }
        return best == null ? List.of() : methodsOn(module.typed().typeOf(best.target()));
    }

    private static MethodInfo method(AbiInfo.Member m) {
        return new MethodInfo(m.name(), m.abi().name(), m.signature(), m.symbol());
    }

    private Optional<UtxoInfo> utxo(String module, String name) {
        return workspace.modules().stream().flatMap(m -> m.typed().utxos().stream())
                .filter(u -> u.module().equals(module) && u.name().equals(name)).findFirst();
    }

    private Optional<AbiInfo> abi(String module, String name) {
        if (module.isEmpty() && name.equals("Token")) {
            return tokenAbi();
        }
        return workspace.modules().stream().flatMap(m -> m.typed().abis().stream())
                .filter(a -> a.module().equals(module) && a.name().equals(name)).findFirst();
    }

    private Optional<AbiInfo> tokenAbi() {
        return workspace.modules().stream().findFirst().map(m -> m.typed().tokenAbi());
    }
}
