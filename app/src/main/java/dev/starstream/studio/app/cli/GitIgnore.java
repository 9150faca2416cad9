package dev.starstream.studio.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of one {@code .gitignore} file, for {@code studio fmt}'s folder walk (upstream's
 * {@code format} honours them; {@code check} does not). Supports what git documents for patterns:
 * comments, {@code !} negation, a trailing {@code /} for folders only, patterns with a {@code /}
 * anchored to the file's folder and others matching a name at any depth, {@code *}, {@code ?},
 * {@code [...]} and {@code **}. The last matching rule wins.
 */
final class GitIgnore {

    private record Rule(Pattern pattern, boolean negated, boolean foldersOnly) {}

    private final List<Rule> rules;

    private GitIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static GitIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = stripTrailingSpaces(raw);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = line.startsWith("!");
            if (negated || line.startsWith("\\!") || line.startsWith("\\#")) {
                line = line.substring(1);
            }
            boolean foldersOnly = line.endsWith("/");
            if (foldersOnly) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                continue;
            }
            boolean anchored = line.contains("/");
            if (line.startsWith("/")) {
                line = line.substring(1);
            }
            String regex = (anchored ? "" : "(?:.*/)?") + glob(line);
            rules.add(new Rule(Pattern.compile(regex), negated, foldersOnly));
        }
        return new GitIgnore(rules);
    }

    /**
     * Whether these rules decide about {@code path} (relative to the {@code .gitignore}'s folder,
     * {@code /}-separated): {@code TRUE} ignored, {@code FALSE} re-included, {@code null} no rule matches.
     */
    Boolean decide(String path, boolean folder) {
        Boolean decision = null;
        for (Rule rule : rules) {
            if ((!rule.foldersOnly() || folder) && rule.pattern().matcher(path).matches()) {
                decision = !rule.negated();
            }
        }
        return decision;
    }

    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && (end < 2 || line.charAt(end - 2) != '\\')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** A git glob as a regular expression over {@code /}-separated paths. */
    private static String glob(String glob) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char ch = glob.charAt(i);
            if (ch == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                out.append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 3 : 2;
                continue;
            }
            switch (ch) {
                case '*' -> out.append("[^/]*");
                case '?' -> out.append("[^/]");
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        out.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                }
                case '[' -> {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        out.append("\\[");
                    } else {
                        String body = glob.substring(i + 1, close);
                        if (body.startsWith("!")) {
                            body = "^" + body.substring(1);
                        }
                        out.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                        i = close;
                    }
                }
                default -> out.append(Pattern.quote(String.valueOf(ch)));
            }
            i++;
        }
        return out.toString();
    }
}
