package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Small helpers for lists of diagnostics. */
public final class Diagnostics {
    private Diagnostics() {}

    /** Every diagnostic of the lists, ordered by file, then position, then code. */
    @SafeVarargs
    public static List<Diagnostic> sorted(List<Diagnostic>... lists) {
        List<Diagnostic> all = new ArrayList<>();
        for (List<Diagnostic> l : lists) {
            all.addAll(l);
        }
        all.sort(ORDER);
        return List.copyOf(all);
    }

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing((Diagnostic d) -> d.file().path())
            .thenComparingInt(d -> d.span().start())
            .thenComparingInt(d -> d.span().end())
            .thenComparing(d -> d.code().code());

    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
