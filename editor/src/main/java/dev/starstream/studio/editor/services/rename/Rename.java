package dev.starstream.studio.editor.services.rename;

import dev.starstream.studio.editor.services.analysis.Analysis;
import dev.starstream.studio.vm.lang.check.AbiInfo;
import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.FunctionInfo;
import dev.starstream.studio.vm.lang.check.Symbol;
import dev.starstream.studio.vm.lang.check.TypedModule;
import dev.starstream.studio.vm.lang.check.facts.LanguageFacts;
import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rename across the workspace. The symbol under the caret and the symbols that must keep its name
 * with it (an ABI method and every {@code impl} of it) are renamed at every occurrence written
 * with the old name (an {@code import … as} alias keeps its own name). The new name is validated
 * by checking the renamed workspace: it must be an identifier and not a keyword, must not add a
 * diagnostic (a clash: E0002, E0012, E0013, …), and every renamed occurrence must still mean the
 * same symbol (no capture by another declaration of the new name).
 */
public final class Rename {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** The strict keywords of LANGUAGE.md §1.3 (with {@code true}/{@code false}). */
    public static final Set<String> KEYWORDS = Set.of("let", "pub", "mut", "if", "else", "while", "true", "false", "fn", "return",
            "struct", "enum", "match", "abi", "emit", "import", "from", "as", "raise", "runtime", "disclose", "is", "yield", "resume",
            "try", "with");

    private Rename() {}

    /** Why {@code name} cannot be a name at all (empty when it can). */
    public static Optional<String> checkName(String name) {
        if (name.isEmpty()) {
            return Optional.of("Enter a name");
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            return Optional.of("“" + name + "” is not a name: use letters, digits and _, not starting with a digit");
        }
        if (name.equals("_")) {
            return Optional.of("“_” is the wildcard pattern, not a name");
        }
        if (KEYWORDS.contains(name)) {
            return Optional.of("“" + name + "” is a keyword");
        }
        return Optional.empty();
    }

    /** The name under the caret that a rename would change (empty: nothing renamable there). */
    public static Optional<String> nameAt(Analysis analysis, Path file, int offset) {
        return target(analysis, file, offset).map(s -> s.symbol().name());
    }

    private static Optional<LanguageFacts.SymbolAt> target(Analysis analysis, Path file, int offset) {
        return analysis.module(file).flatMap(m -> analysis.facts().symbolAt(m, offset));
    }

    /** Plans renaming the symbol at {@code offset} of {@code file} to {@code newName}. */
    public static RenamePlan plan(Analysis analysis, Path file, int offset, String newName) {
        Optional<LanguageFacts.SymbolAt> at = target(analysis, file, offset);
        if (at.isEmpty()) {
            return new RenamePlan.Refused("Put the caret on a name to rename it");
        }
        Symbol symbol = at.get().symbol();
        if (symbol.definition().isEmpty()) {
            return new RenamePlan.Refused("“" + symbol.name() + "” is built in and cannot be renamed");
        }
        String oldName = symbol.name();
        Optional<String> bad = checkName(newName);
        if (bad.isPresent()) {
            return new RenamePlan.Refused(bad.get());
        }
        if (newName.equals(oldName)) {
            return new RenamePlan.Refused("The name is already “" + newName + "”");
        }
        Set<Symbol> group = group(analysis.checked(), symbol);
        Map<Path, FileEdit> edits = edits(analysis, group, oldName, newName);
        if (edits.isEmpty()) {
            return new RenamePlan.Refused("No occurrence of “" + oldName + "” can be renamed");
        }
        Optional<String> problem = verify(analysis, group, edits, oldName, newName);
        if (problem.isPresent()) {
            return new RenamePlan.Refused(problem.get());
        }
        return new RenamePlan.Ready(oldName, newName, symbol.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                List.copyOf(edits.values()));
    }

    /** The symbol and those that must be renamed with it: an ABI method and its implementations. */
    static Set<Symbol> group(CheckedWorkspace workspace, Symbol symbol) {
        Set<Symbol> group = new LinkedHashSet<>();
        group.add(symbol);
        AbiInfo.Member abiMethod = null;
        for (CheckedModule m : workspace.modules()) {
            for (AbiInfo abi : m.typed().abis()) {
                for (AbiInfo.Member member : abi.members()) {
                    if (member.symbol() == symbol) {
                        abiMethod = member;
                    }
                }
            }
            for (FunctionInfo f : m.typed().functions()) {
                if (f.symbol() == symbol && f.implementedAbi().isPresent()) {
                    abiMethod = f.implementedAbi().get().method(f.name()).orElse(null);
                }
            }
        }
        if (abiMethod != null) {
            AbiInfo.Member method = abiMethod;
            group.add(method.symbol());
            for (CheckedModule m : workspace.modules()) {
                for (FunctionInfo f : m.typed().functions()) {
                    if (f.implementedAbi().map(a -> a == method.abi()).orElse(false) && f.name().equals(method.name())) {
                        group.add(f.symbol());
                    }
                }
            }
        }
        return group;
    }

    private static Map<Path, FileEdit> edits(Analysis analysis, Set<Symbol> group, String oldName, String newName) {
        Map<Path, FileEdit> out = new LinkedHashMap<>();
        for (CheckedModule m : analysis.checked().modules()) {
            String text = m.typed().file().text();
            Set<Integer> starts = new java.util.TreeSet<>();
            for (TypedModule.Occurrence o : m.typed().occurrences()) {
                if (group.contains(o.symbol()) && o.span().end() <= text.length() && text.startsWith(oldName, o.span().start())
                        && o.span().length() == oldName.length()) {
                    starts.add(o.span().start());
                }
            }
            if (starts.isEmpty()) {
                continue;
            }
            StringBuilder after = new StringBuilder(text.length() + starts.size() * (newName.length() - oldName.length()));
            List<FileEdit.Range> ranges = new ArrayList<>();
            int at = 0;
            for (int start : starts) {
                after.append(text, at, start).append(newName);
                ranges.add(new FileEdit.Range(start, start + oldName.length()));
                at = start + oldName.length();
            }
            after.append(text.substring(at));
            Path file = analysis.root().resolve(m.path()).toAbsolutePath().normalize();
            out.put(file, new FileEdit(file, text, after.toString(), ranges));
        }
        return out;
    }

    /** Checks the renamed workspace: no new diagnostics, and every renamed occurrence still means the renamed symbols. */
    private static Optional<String> verify(Analysis analysis, Set<Symbol> group, Map<Path, FileEdit> edits, String oldName, String newName) {
        Map<Path, String> texts = new LinkedHashMap<>();
        for (CheckedModule m : analysis.checked().modules()) {
            Path file = analysis.root().resolve(m.path()).toAbsolutePath().normalize();
            FileEdit edit = edits.get(file);
            texts.put(file, edit == null ? m.typed().file().text() : edit.after());
        }
        CheckedWorkspace renamed = Workspace.inMemory(analysis.root(), texts).check();
        Map<String, Long> before = countByCode(analysis.checked().diagnostics());
        for (Diagnostic d : renamed.diagnostics()) {
            long was = before.getOrDefault(key(d), 0L);
            long now = renamed.diagnostics().stream().filter(x -> key(x).equals(key(d))).count();
            if (now > was && d.severity() == Severity.ERROR) {
                return Optional.of("Renaming to “" + newName + "” would break the code: " + d.message());
            }
        }
        LanguageFacts facts = new LanguageFacts(renamed);
        Set<Symbol> meant = new LinkedHashSet<>();
        int renamedOccurrences = 0;
        for (FileEdit edit : edits.values()) {
            CheckedModule m = renamed.module(edit.file()).orElse(null);
            if (m == null) {
                return Optional.of("Cannot check the renamed " + edit.file().getFileName());
            }
            int shift = 0;
            for (FileEdit.Range r : edit.ranges()) {
                int start = r.start() + shift;
                shift += newName.length() - oldName.length();
                Optional<LanguageFacts.SymbolAt> s = facts.symbolAt(m, start + 1);
                if (s.isEmpty() || !s.get().symbol().name().equals(newName)) {
                    return Optional.of("Renaming to “" + newName + "” would change what "
                            + edit.file().getFileName() + ":" + analysis.lines(m.typed().file()).position(start).line() + " refers to");
                }
                meant.add(s.get().symbol());
                renamedOccurrences++;
            }
        }
        if (meant.size() != group.size()) {
            return Optional.of("“" + newName + "” is already used here: the renamed " + oldName + " would be confused with it");
        }
        Set<String> positions = new LinkedHashSet<>();
        Map<Symbol, Integer> seen = new HashMap<>();
        for (CheckedModule m : renamed.modules()) {
            String text = m.typed().file().text();
            for (TypedModule.Occurrence o : m.typed().occurrences()) {
                if (meant.contains(o.symbol()) && text.startsWith(newName, o.span().start()) && o.span().length() == newName.length()
                        && positions.add(m.path() + ":" + o.span().start())) {
                    seen.merge(o.symbol(), 1, Integer::sum);
                }
            }
        }
        if (positions.size() > renamedOccurrences) {
            Symbol captured = seen.keySet().stream().max(Comparator.comparingInt(seen::get)).orElseThrow();
            return Optional.of("“" + newName + "” is already used here: other code would now refer to the renamed " + captured.name());
        }
        return Optional.empty();
    }

    private static Map<String, Long> countByCode(List<Diagnostic> diagnostics) {
        Map<String, Long> out = new HashMap<>();
        diagnostics.forEach(d -> out.merge(key(d), 1L, Long::sum));
        return out;
    }

    private static String key(Diagnostic d) {
        return d.code().code() + "@" + d.file().path();
    }
}
