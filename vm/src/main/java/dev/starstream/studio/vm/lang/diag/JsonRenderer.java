package dev.starstream.studio.vm.lang.diag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.vm.lang.syntax.Position;
import java.util.List;

/**
 * The machine-readable form of diagnostics (RUNTIME A.11): one JSON object
 * {@code {"diagnostics": [{code, severity, file, line, column, endLine, endColumn, message,
 * related: [{file, line, column, endLine, endColumn, message}], help?, notes?}]}}. Lines and
 * columns are 1-based and counted in code points; the end is exclusive (the position just after the
 * span); paths are as the files were named. {@code help} and {@code notes} are present only when the
 * diagnostic has them.
 */
public final class JsonRenderer {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

    private JsonRenderer() {}

    /** The whole report, ending with a newline. */
    public static String render(List<Diagnostic> diagnostics) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode node = list.addObject();
            node.put("code", d.code().code());
            node.put("severity", d.severity().word());
            location(node, d.location());
            node.put("message", d.message());
            ArrayNode related = node.putArray("related");
            for (Diagnostic.Related r : d.related()) {
                ObjectNode entry = related.addObject();
                location(entry, r.location());
                entry.put("message", r.message());
            }
            if (d.help() != null) {
                node.put("help", d.help());
            }
            if (!d.notes().isEmpty()) {
                ArrayNode notes = node.putArray("notes");
                d.notes().forEach(notes::add);
            }
        }
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serialises", e);
        }
    }

    /** Two-space indentation, LF, {@code "key": value}, {@code []} for empty lists. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return printer;
    }

    private static void location(ObjectNode node, Location at) {
        Position start = at.start();
        Position end = at.end();
        node.put("file", at.file().path());
        node.put("line", start.line());
        node.put("column", start.column());
        node.put("endLine", end.line());
        node.put("endColumn", end.column());
    }
}
