package dev.starstream.studio.editor.services.find;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Find and replace as pure functions over a text. */
public final class TextSearch {
    /** A search stops after this many matches, so a pattern such as {@code .} stays fast. */
    public static final int MAX_MATCHES = 10_000;

    private TextSearch() {}

    public static SearchResult findAll(String text, SearchQuery query) {
        if (query.isEmpty()) {
            return new SearchResult.Matches(List.of());
        }
        Pattern pattern;
        try {
            pattern = compile(query);
        } catch (PatternSyntaxException e) {
            return new SearchResult.InvalidPattern(e.getDescription() + " near index " + e.getIndex());
        }
        List<TextRange> ranges = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && ranges.size() < MAX_MATCHES && m.find(from)) {
            if (m.end() == m.start()) {
                from = m.end() + 1; // empty matches (e.g. "x*") are not useful to jump to
                continue;
            }
            ranges.add(new TextRange(m.start(), m.end()));
            from = m.end();
        }
        return new SearchResult.Matches(ranges);
    }

    /** What {@code replacement} becomes for the match at {@code range}; with a regex, {@code $1} refers to groups. */
    public static String expand(String text, SearchQuery query, TextRange range, String replacement) {
        if (!query.regex()) {
            return replacement;
        }
        try {
            Matcher m = compile(query).matcher(text);
            if (m.find(range.start()) && m.start() == range.start()) {
                StringBuilder sb = new StringBuilder();
                m.appendReplacement(sb, replacement);
                return sb.substring(range.start()); // sb holds the text before the match, then the expansion
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return replacement; // a malformed group reference is inserted literally
        }
        return replacement;
    }

    /** The text with the match at {@code range} replaced. */
    public static String replaceOne(String text, SearchQuery query, TextRange range, String replacement) {
        return text.substring(0, range.start()) + expand(text, query, range, replacement) + text.substring(range.end());
    }

    /** Replaces every match; returns the new text and how many were replaced. */
    public static Replaced replaceAll(String text, SearchQuery query, String replacement) {
        List<TextRange> ranges = findAll(text, query).ranges();
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (TextRange r : ranges) {
            out.append(text, last, r.start()).append(expand(text, query, r, replacement));
            last = r.end();
        }
        out.append(text, last, text.length());
        return new Replaced(out.toString(), ranges.size());
    }

    /** The result of a replace-all. */
    public record Replaced(String text, int count) {}

    private static Pattern compile(SearchQuery query) {
        String source = query.regex() ? query.text() : Pattern.quote(query.text());
        if (query.wholeWord()) {
            source = "(?<![A-Za-z0-9_])(?:" + source + ")(?![A-Za-z0-9_])";
        }
        int flags = query.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return Pattern.compile(source, flags | Pattern.MULTILINE);
    }
}
