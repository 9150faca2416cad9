package dev.starstream.studio.vm.interleaving;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads {@code rules.cases}: one legal and one illegal transaction per rule (format in the file). */
final class RuleCases {
    /** A legal or illegal transaction of a rule's table. */
    record Example(String description, List<String> lines) {
        TxText tx() {
            return TxText.parse(lines);
        }
    }

    /**
     * One rule's pair.
     *
     * @param reportedAs the rule the violation is reported under (the rule itself unless the file says
     *     {@code rule=M})
     * @param where {@code "shape"}, {@code "end L"} or {@code "L k"} (process label, 1-based op)
     */
    record Case(int rule, String error, Example pass, Example fail, int reportedAs, String where) {
        @Override
        public String toString() {
            return String.format("rule %02d %s", rule, error);
        }
    }

    private static final Pattern HEADER = Pattern.compile("== (\\d+) (\\w+)");
    private static final Pattern FAIL = Pattern.compile("fail(?: rule=(\\d+))?: (.*) -> (.+)");

    private RuleCases() {}

    static List<Case> load() {
        List<String> lines;
        try (InputStream in = RuleCases.class.getResourceAsStream("rules.cases")) {
            if (in == null) {
                throw new IllegalStateException("rules.cases is missing from the test resources");
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> defines = new LinkedHashMap<>();
        List<Case> cases = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i).strip();
            if (line.startsWith("define ")) {
                String name = line.substring(7).strip();
                List<String> body = new ArrayList<>();
                i++;
                while (!lines.get(i).strip().equals("end")) {
                    body.add(lines.get(i).strip());
                    i++;
                }
                defines.put(name, body);
                i++;
            } else if (line.startsWith("== ")) {
                Matcher h = HEADER.matcher(line);
                require(h.matches(), line);
                i++;
                String passLine = lines.get(i).strip();
                require(passLine.startsWith("pass: "), passLine);
                List<String> passBody = block(lines, ++i);
                i += passBody.size();
                String failLine = lines.get(i).strip();
                Matcher f = FAIL.matcher(failLine);
                require(f.matches(), failLine);
                List<String> failBody = block(lines, ++i);
                i += failBody.size();
                int rule = Integer.parseInt(h.group(1));
                cases.add(new Case(rule, h.group(2),
                        new Example(passLine.substring(6), resolve(passBody, defines)),
                        new Example(f.group(2), resolve(failBody, defines)),
                        f.group(1) == null ? rule : Integer.parseInt(f.group(1)), f.group(3).strip()));
            } else {
                i++;
            }
        }
        return cases;
    }

    private static List<String> block(List<String> lines, int from) {
        List<String> body = new ArrayList<>();
        for (int i = from; i < lines.size() && lines.get(i).startsWith("  "); i++) {
            body.add(lines.get(i).strip());
        }
        return body;
    }

    /** Expands {@code like NAME}: process lines replace the same label's, trace lines its whole trace. */
    private static List<String> resolve(List<String> body, Map<String, List<String>> defines) {
        if (body.isEmpty() || !body.getFirst().startsWith("like ")) {
            return body;
        }
        List<String> base = defines.get(body.getFirst().substring(5).strip());
        require(base != null, body.getFirst());
        List<String> out = new ArrayList<>(base);
        Set<String> replacedTraces = new HashSet<>();
        for (String line : body.subList(1, body.size())) {
            String label = traceLabel(line);
            if (line.startsWith("process ")) {
                String declared = line.split("\\s+")[1];
                int at = indexOfProcess(out, declared);
                if (at >= 0) {
                    out.set(at, line);
                } else {
                    out.add(line);
                }
            } else if (label != null && replacedTraces.add(label)) {
                out.removeIf(l -> label.equals(traceLabel(l)));
                out.add(line);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static int indexOfProcess(List<String> lines, String label) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("process ") && l.split("\\s+")[1].equals(label)) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable String traceLabel(String line) {
        if (line.startsWith("process ") || line.startsWith("drive:")) {
            return null;
        }
        int colon = line.indexOf(':');
        return colon < 0 ? null : line.substring(0, colon).strip();
    }

    private static void require(boolean ok, String line) {
        if (!ok) {
            throw new IllegalStateException("rules.cases: cannot read: " + line);
        }
    }
}
