package dev.starstream.studio.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.Location;
import dev.starstream.studio.vm.lang.syntax.Position;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import java.util.List;

/**
 * Diagnostics as people and tools read them: the human form (header, source excerpt with a caret
 * line, help, related locations, notes) and the {@code check --json} object of RUNTIME A.11.
 */
final class DiagnosticText {
    private DiagnosticText() {}

    static String human(Diagnostic d) {
        StringBuilder s = new StringBuilder();
        s.append(d.severity().word()).append('[').append(d.code().code()).append("]: ").append(d.message()).append('\n');
        s.append("  --> ").append(d.location()).append('\n');
        excerpt(s, d.location());
        if (d.help() != null) {
            s.append("  = help: ").append(d.help()).append('\n');
        }
        for (Diagnostic.Related r : d.related()) {
            s.append("  = note: ").append(r.message()).append(" at ").append(r.location()).append('\n');
        }
        for (String n : d.notes()) {
            s.append("  = note: ").append(n).append('\n');
        }
        d.code().docUrl().ifPresent(u -> s.append("  = see ").append(u).append('\n'));
        return s.toString();
    }

    private static void excerpt(StringBuilder s, Location at) {
        SourceFile f = at.file();
        if (f.text().isEmpty()) {
            return;
        }
        Position start = at.start();
        Position end = at.end();
        String line = f.lineText(start.line());
        String number = Integer.toString(start.line());
        String pad = " ".repeat(number.length());
        int width = end.line() == start.line() ? Math.max(1, end.column() - start.column())
                : Math.max(1, line.codePointCount(0, line.length()) - start.column() + 1);
        s.append(pad).append(" |\n");
        s.append(number).append(" | ").append(line.replace('\t', ' ')).append('\n');
        s.append(pad).append(" | ").append(" ".repeat(start.column() - 1)).append("^".repeat(width)).append('\n');
    }

    static String json(List<Diagnostic> diagnostics) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode o = list.addObject();
            o.put("code", d.code().code());
            o.put("severity", d.severity().word());
            location(o, d.location());
            o.put("message", d.message());
            if (d.help() != null) {
                o.put("help", d.help());
            }
            ArrayNode related = o.putArray("related");
            for (Diagnostic.Related r : d.related()) {
                ObjectNode ro = related.addObject();
                location(ro, r.location());
                ro.put("message", r.message());
            }
            if (!d.notes().isEmpty()) {
                ArrayNode notes = o.putArray("notes");
                d.notes().forEach(notes::add);
            }
        }
        return root.toString();
    }

    private static void location(ObjectNode o, Location at) {
        Position start = at.start();
        Position end = at.end();
        o.put("file", at.file().path());
        o.put("line", start.line());
        o.put("column", start.column());
        o.put("endLine", end.line());
        o.put("endColumn", end.column());
    }
}
