package dev.starstream.studio.editor.services.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The markdown of hovers, completion documentation and explanation pages, parsed into blocks the
 * editor can render: headings, paragraphs, fenced code (with its language), rules, list items and
 * inline code, strong and emphasis. A small, total parser: any text gives blocks, never an error.
 */
public final class Markdown {
    private Markdown() {}

    /** A block of a document. */
    public sealed interface Block {}

    public record Heading(int level, List<Inline> text) implements Block {}

    public record Paragraph(List<Inline> text) implements Block {}

    public record Code(String language, String text) implements Block {}

    public record Rule() implements Block {}

    public record ListItem(boolean ordered, String marker, List<Inline> text) implements Block {}

    /** A run of text inside a block. */
    public sealed interface Inline {
        String text();
    }

    public record Plain(String text) implements Inline {}

    public record InlineCode(String text) implements Inline {}

    public record Strong(String text) implements Inline {}

    public record Emphasis(String text) implements Inline {}

    public static List<Block> parse(String markdown) {
        List<Block> out = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                flush(paragraph, out);
                String language = trimmed.substring(3).strip();
                StringBuilder code = new StringBuilder();
                int k = i + 1;
                while (k < lines.length && !lines[k].strip().startsWith("```")) {
                    code.append(code.isEmpty() && k == i + 1 ? "" : "\n").append(lines[k]);
                    k++;
                }
                out.add(new Code(language, code.toString()));
                i = k;
            } else if (trimmed.isEmpty()) {
                flush(paragraph, out);
            } else if (trimmed.matches("-{3,}|\\*{3,}|_{3,}")) {
                flush(paragraph, out);
                out.add(new Rule());
            } else if (trimmed.startsWith("#")) {
                flush(paragraph, out);
                int level = 0;
                while (level < trimmed.length() && trimmed.charAt(level) == '#') {
                    level++;
                }
                out.add(new Heading(Math.min(level, 6), inlines(trimmed.substring(level).strip())));
            } else if (trimmed.matches("[-*+] .*")) {
                flush(paragraph, out);
                out.add(new ListItem(false, "•", inlines(trimmed.substring(2).strip())));
            } else if (trimmed.matches("\\d+[.)] .*")) {
                flush(paragraph, out);
                int dot = trimmed.indexOf(' ');
                out.add(new ListItem(true, trimmed.substring(0, dot), inlines(trimmed.substring(dot + 1).strip())));
            } else if (line.startsWith(" ") && paragraph.isEmpty() && !out.isEmpty() && out.getLast() instanceof ListItem item) {
                List<Inline> more = new ArrayList<>(item.text());
                more.add(new Plain(" "));
                more.addAll(inlines(trimmed));
                out.set(out.size() - 1, new ListItem(item.ordered(), item.marker(), more));
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(trimmed);
            }
        }
        flush(paragraph, out);
        return out;
    }

    private static void flush(StringBuilder paragraph, List<Block> out) {
        if (!paragraph.isEmpty()) {
            out.add(new Paragraph(inlines(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    /** Inline code ({@code `x`}), strong ({@code **x**}) and emphasis ({@code *x*}, {@code _x_}); the rest is plain. */
    public static List<Inline> inlines(String text) {
        List<Inline> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '`') {
                int close = text.indexOf('`', i + 1);
                if (close > i) {
                    add(plain, out);
                    out.add(new InlineCode(text.substring(i + 1, close)));
                    i = close + 1;
                    continue;
                }
            } else if (text.startsWith("**", i)) {
                int close = text.indexOf("**", i + 2);
                if (close > i + 2) {
                    add(plain, out);
                    out.add(new Strong(text.substring(i + 2, close)));
                    i = close + 2;
                    continue;
                }
            } else if ((c == '*' || c == '_') && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int close = text.indexOf(c, i + 1);
                if (close > i + 1 && (close + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(close + 1)))) {
                    add(plain, out);
                    out.add(new Emphasis(text.substring(i + 1, close)));
                    i = close + 1;
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        add(plain, out);
        return out;
    }

    private static void add(StringBuilder plain, List<Inline> out) {
        if (!plain.isEmpty()) {
            out.add(new Plain(plain.toString()));
            plain.setLength(0);
        }
    }
}
