package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Step 1 of LANGUAGE.md §3.3: registers imports (§5.2). WIT-style sources name the standard
 * library (E0035/E0036); path sources come from the {@link ImportResolver} (W0002 in single-file
 * mode). Listed names bring every zone with that name (E0037 when none); a namespace import makes
 * the target's whole root a child namespace. A failed import leaves quiet placeholders, so its
 * names cause no further errors.
 */
final class Imports {
    private final ModuleContext cx;
    private final ImportResolver resolver;

    Imports(ModuleContext cx, ImportResolver resolver) {
        this.cx = cx;
        this.resolver = resolver;
    }

    void register(Program program) {
        for (Definition d : program.definitions()) {
            if (d instanceof Definition.ImportDef i) {
                importDef(i);
            }
        }
    }

    private void importDef(Definition.ImportDef i) {
        Namespace target = null;
        String sourceText;
        switch (i.source()) {
            case Definition.ImportSource.Wit w -> {
                sourceText = w.text();
                if (ModuleContext.missing(w.namespace()) || ModuleContext.missing(w.pkg())) {
                    break;
                }
                String pkg = w.namespace().name() + ":" + w.pkg().name();
                if (!pkg.equals(Library.STD)) {
                    cx.error(DiagnosticCode.E0035, w.span(), "unknown package `" + pkg + "`", "the only package is `starstream:std`");
                    break;
                }
                Optional<Namespace> ns = cx.lib.wit(w.namespace().name(), w.pkg().name(), w.iface().map(Ident::name));
                if (ns.isEmpty()) {
                    cx.error(DiagnosticCode.E0036, w.iface().map(Ident::span).orElse(w.span()), "unknown interface `" + w.text() + "`",
                            "`starstream:std` has the interfaces " + cx.lib.stdInterfaces.keySet().stream()
                                    .map(n -> "`" + n + "`").collect(Collectors.joining(", ")));
                    break;
                }
                target = ns.get();
                w.iface().ifPresent(iface -> cx.use(iface.span(), ns.get().symbol));
            }
            case Definition.ImportSource.Path p -> {
                sourceText = "\"" + p.path() + "\"";
                switch (resolver.resolve(p)) {
                    case ImportResolver.Target.Module m -> target = m.module().exports;
                    case ImportResolver.Target.Skipped s -> cx.error(DiagnosticCode.W0002, p.span(),
                            "path import " + p.raw() + " is ignored in single-file mode",
                            "check the whole folder (`studio check <folder>`) to resolve path imports");
                    case ImportResolver.Target.Failed f -> { }
                }
            }
        }
        switch (i.target()) {
            case Definition.ImportTarget.Named named -> {
                for (Definition.ImportItem item : named.items()) {
                    if (ModuleContext.missing(item.name()) || ModuleContext.missing(item.localName())) {
                        continue;
                    }
                    if (target == null) {
                        cx.root.constants.putIfAbsent(item.localName().name(), new FailedImport(item.localName().name()));
                        continue;
                    }
                    importItem(item, target, sourceText);
                }
            }
            case Definition.ImportTarget.Namespace ns -> {
                if (ModuleContext.missing(ns.alias())) {
                    break;
                }
                Namespace child = target != null ? target
                        : new Namespace(ns.alias().name(), new Symbol(Symbol.Kind.NAMESPACE, ns.alias().name(), null, null, null, null), true);
                Symbol alias = cx.define(Symbol.Kind.NAMESPACE, ns.alias(), null, Optional.empty(), null);
                Namespace named = new Namespace(ns.alias().name(), alias, child.failed);
                named.includeAll(child);
                if (cx.root.children.containsKey(ns.alias().name())) {
                    cx.error(DiagnosticCode.E0012, ns.alias().span(), "namespace `" + ns.alias().name() + "` is already defined");
                } else {
                    cx.root.children.put(ns.alias().name(), named);
                }
            }
        }
    }

    private void importItem(Definition.ImportItem item, Namespace target, String sourceText) {
        String name = item.name().name();
        String local = item.localName().name();
        if (!target.has(name)) {
            cx.error(DiagnosticCode.E0037, item.name().span(), "`" + name + "` is not exported by " + sourceText,
                    target.constants.isEmpty() && target.types.isEmpty() ? "it exports nothing"
                            : "it exports " + exportsOf(target));
            cx.root.constants.putIfAbsent(local, new FailedImport(local));
            return;
        }
        boolean clash = false;
        Symbol shown = null;
        Constant c = target.constants.get(name);
        if (c != null) {
            clash |= cx.root.constants.putIfAbsent(local, c) != null;
            shown = Lookup.symbolOf(c);
        }
        Namespace.StructCtor s = target.structs.get(name);
        if (s != null) {
            clash |= cx.root.structs.putIfAbsent(local, s) != null;
            shown = shown == null ? s.symbol() : shown;
        }
        Namespace.TypeEntry t = target.types.get(name);
        if (t != null) {
            clash |= cx.root.types.putIfAbsent(local, new Namespace.TypeEntry(t.symbol(), t.arity(), t.make(), -1, t.abi(), t.utxo(),
                    t.enumEntry())) != null;
            shown = shown == null ? t.symbol() : shown;
        }
        Namespace child = target.children.get(name);
        if (child != null) {
            clash |= cx.root.children.putIfAbsent(local, child) != null;
            shown = shown == null ? child.symbol : shown;
        }
        if (clash) {
            cx.error(c != null ? DiagnosticCode.E0013 : DiagnosticCode.E0012, item.localName().span(),
                    "`" + local + "` is already defined", "import it under another name: `" + name + " as other`");
        }
        if (shown != null) {
            Symbol target0 = shown;
            cx.use(item.name().span(), target0);
            item.alias().ifPresent(a -> cx.use(a.span(), target0));
        }
    }

    private static String exportsOf(Namespace ns) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        names.addAll(ns.constants.keySet());
        names.addAll(ns.structs.keySet());
        ns.types.forEach((k, v) -> {
            if (v.symbol().definition().isPresent() || ns.name.startsWith(Library.STD)) {
                names.add(k);
            }
        });
        return names.stream().limit(12).map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }
}
