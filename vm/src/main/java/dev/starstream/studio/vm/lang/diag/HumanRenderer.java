package dev.starstream.studio.vm.lang.diag;

import dev.starstream.studio.vm.lang.syntax.Position;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import java.util.List;

/**
 * Renders diagnostics for people, in the style of rustc and miette:
 *
 * <pre>
 * error[E0004]: cannot assign to immutable variable `x`
 *  --&gt; src/main.star:3:5
 *   |
 * 3 |     x = 2;
 *   |     ^
 *   |
 *  ::: src/main.star:2:9
 *   |
 * 2 |     let x = 1;
 *   |         - declared here
 *   |
 *   = help: declare it with `let mut x`
 * </pre>
 *
 * ANSI colours only when asked (the caller decides: a terminal, and {@code NO_COLOR} unset).
 * Toolkit-free, so the CLI and the IDE's "copy as text" share it.
 */
public final class HumanRenderer {
    private static final int TAB_WIDTH = 4;

    private final boolean color;

    public HumanRenderer(boolean color) {
        this.color = color;
    }

    /** One diagnostic, ending with a newline. */
    public String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        Style severity = d.severity() == Severity.ERROR ? Style.ERROR : Style.WARNING;
        out.append(paint(severity, d.severity().word() + "[" + d.code().code() + "]"))
                .append(paint(Style.BOLD, ": " + d.message()))
                .append('\n');
        int gutter = gutterWidth(d);
        excerpt(out, d.location(), "-->", '^', severity, "", gutter);
        for (Diagnostic.Related r : d.related()) {
            out.append(margin(gutter)).append(paint(Style.GUTTER, "|")).append('\n');
            excerpt(out, r.location(), ":::", '-', Style.GUTTER, r.message(), gutter);
        }
        if (d.help() != null || !d.notes().isEmpty()) {
            out.append(margin(gutter)).append(paint(Style.GUTTER, "|")).append('\n');
        }
        if (d.help() != null) {
            out.append(margin(gutter)).append(paint(Style.GUTTER, "= ")).append(paint(Style.HELP, "help")).append(": ")
                    .append(d.help()).append('\n');
        }
        for (String note : d.notes()) {
            out.append(margin(gutter)).append(paint(Style.GUTTER, "= ")).append(paint(Style.BOLD, "note")).append(": ")
                    .append(note).append('\n');
        }
        return out.toString();
    }

    /** Every diagnostic, separated by blank lines. */
    public String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(render(d));
        }
        return out.toString();
    }

    /** {@code N error(s), M warning(s)}, the line the CLI ends with. */
    public String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return errors + " error(s), " + warnings + " warning(s)";
    }

    // ---------------------------------------------------------------- excerpts

    private void excerpt(StringBuilder out, Location at, String arrow, char mark, Style style, String label, int gutter) {
        SourceFile file = at.file();
        Position start = at.start();
        Position end = at.end();
        out.append(margin(gutter - 1)).append(paint(Style.GUTTER, arrow)).append(' ')
                .append(file.path()).append(':').append(start).append('\n');
        out.append(margin(gutter)).append(paint(Style.GUTTER, "|")).append('\n');
        int lastLine = end.line() > start.line() && end.column() == 1 ? end.line() - 1 : end.line();
        if (lastLine <= start.line()) {
            int endColumn = Math.max(end.column(), start.column() + 1);
            sourceLine(out, file, start.line(), start.column(), endColumn, mark, style, label, gutter);
            return;
        }
        String first = file.lineText(start.line());
        sourceLine(out, file, start.line(), start.column(), first.codePointCount(0, first.length()) + 1, mark, style, "",
                gutter);
        if (lastLine > start.line() + 1) {
            out.append(paint(Style.GUTTER, "...")).append('\n');
        }
        String last = file.lineText(lastLine);
        int indent = 1;
        while (indent <= last.length() && Character.isWhitespace(last.charAt(indent - 1))) {
            indent++;
        }
        int endColumn = lastLine == end.line() ? end.column() : last.codePointCount(0, last.length()) + 1;
        sourceLine(out, file, lastLine, Math.min(indent, endColumn - 1), endColumn, mark, style, label, gutter);
    }

    /** A source line and the marks under columns {@code [from, to)}, with an optional label. */
    private void sourceLine(StringBuilder out, SourceFile file, int line, int from, int to, char mark, Style style,
            String label, int gutter) {
        String text = file.lineText(line);
        String number = Integer.toString(line);
        out.append(paint(Style.GUTTER, number + " ".repeat(Math.max(0, gutter - 1 - number.length())) + " |"));
        String shown = expandTabs(text);
        out.append(shown.isEmpty() ? "" : " " + shown).append('\n');
        int padding = displayWidth(text, from);
        int width = Math.max(1, displayWidth(text, to) - padding);
        out.append(margin(gutter)).append(paint(Style.GUTTER, "|")).append(' ')
                .append(" ".repeat(padding))
                .append(paint(style, String.valueOf(mark).repeat(width) + (label.isEmpty() ? "" : " " + label)))
                .append('\n');
    }

    /** The display width of the code points before the 1-based {@code column} (tabs count as four). */
    private static int displayWidth(String text, int column) {
        int width = 0;
        int offset = 0;
        for (int c = 1; c < column; c++) {
            if (offset >= text.length()) {
                width++;
                continue;
            }
            int cp = text.codePointAt(offset);
            width += cp == '\t' ? TAB_WIDTH : 1;
            offset += Character.charCount(cp);
        }
        return width;
    }

    private static String expandTabs(String text) {
        return text.replace("\t", " ".repeat(TAB_WIDTH));
    }

    private static int gutterWidth(Diagnostic d) {
        int widest = Math.max(d.location().start().line(), d.location().end().line());
        for (Diagnostic.Related r : d.related()) {
            widest = Math.max(widest, Math.max(r.location().start().line(), r.location().end().line()));
        }
        return Integer.toString(widest).length() + 1;
    }

    private static String margin(int width) {
        return " ".repeat(Math.max(0, width));
    }

    private String paint(Style style, String text) {
        return color ? style.ansi + text + "\u001b[0m" : text;
    }

    private enum Style {
        ERROR("\u001b[1;31m"),
        WARNING("\u001b[1;33m"),
        GUTTER("\u001b[1;34m"),
        HELP("\u001b[1;36m"),
        BOLD("\u001b[1m");

        private final String ansi;

        Style(String ansi) {
            this.ansi = ansi;
        }
    }
}
