package dev.starstream.studio.vm.format;

import dev.starstream.studio.vm.lang.ast.Comment;
import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.Program;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The file level of the formatter (LANGUAGE.md §4.1): shebang first, then a stable sort of the
 * definitions ({@code contract;}, then imports, then the rest in source order) with one blank line
 * between them.
 *
 * <p>Comments travel with the definition they belong to, so sorting cannot strand them: a comment
 * inside a definition or before it belongs to it, a comment after a definition on the same line
 * belongs to that one (except a {@code ///} doc comment, which documents what follows). Comments
 * before the first definition that are separated from it by a blank line are the file's header and
 * stay on top; comments after the last definition stay at the end.
 */
final class FileLayout {
    private final Program program;
    private final String source;
    private final List<Definition> definitions;
    private final List<List<Comment>> owned = new ArrayList<>();
    private final List<Comment> header = new ArrayList<>();
    private final List<Comment> trailer = new ArrayList<>();

    private FileLayout(Program program, String source) {
        this.program = program;
        this.source = source;
        this.definitions = program.definitions().stream()
                .sorted(Comparator.comparingInt(d -> d.span().start()))
                .toList();
        for (int i = 0; i < definitions.size(); i++) {
            owned.add(new ArrayList<>());
        }
        partition();
    }

    static Doc layout(Program program, String source) {
        return new FileLayout(program, source).doc();
    }

    private void partition() {
        List<Comment> comments = program.comments().stream()
                .filter(c -> c.kind() != Comment.Kind.SHEBANG)
                .sorted(Comparator.comparingInt(c -> c.span().start()))
                .toList();
        int k = -1; // the last definition starting at or before the comment
        for (Comment c : comments) {
            int at = c.span().start();
            while (k + 1 < definitions.size() && definitions.get(k + 1).span().start() <= at) {
                k++;
            }
            if (k >= 0 && (at < definitions.get(k).span().end()
                    || c.kind() != Comment.Kind.DOC && !hasNewline(definitions.get(k).span().end(), at))) {
                owned.get(k).add(c);
            } else if (k + 1 < definitions.size()) {
                owned.get(k + 1).add(c);
            } else {
                trailer.add(c);
            }
        }
        if (!definitions.isEmpty()) {
            splitHeader(owned.getFirst());
        }
    }

    /**
     * Moves the comments before the first definition that end at a blank line into the header. A
     * {@code ///} block right before that blank line documents the definition and stays with it.
     */
    private void splitHeader(List<Comment> leading) {
        int first = definitions.getFirst().span().start();
        int cut = 0;
        for (int i = 0; i < leading.size(); i++) {
            Comment c = leading.get(i);
            if (c.span().start() >= first) {
                break;
            }
            int nextStart = i + 1 < leading.size() ? Math.min(leading.get(i + 1).span().start(), first) : first;
            if (c.kind() != Comment.Kind.DOC && hasBlankLine(c.span().end(), nextStart)) {
                cut = i + 1;
            }
        }
        header.addAll(leading.subList(0, cut));
        leading.subList(0, cut).clear();
    }

    private Doc doc() {
        List<Doc> out = new ArrayList<>();
        SourceTokens tokens = new SourceTokens(source, program.comments());
        CommentFlow fileComments = new CommentFlow(source, List.of());
        program.shebang().ifPresent(s -> out.add(new Doc.CommentDoc(CommentFlow.canonicalText(s), true, true, true, true)));
        for (Comment c : header) {
            out.add(fileComments.doc(c));
        }
        List<Integer> order = sortedOrder();
        for (int n = 0; n < order.size(); n++) {
            if (n > 0 || !header.isEmpty()) {
                out.add(Doc.HARDLINE);
                out.add(Doc.HARDLINE);
            }
            int index = order.get(n);
            CommentFlow flow = new CommentFlow(source, owned.get(index));
            DefinitionPrinter printer = new DefinitionPrinter(new CodePrinter(flow, tokens));
            out.add(printer.definition(definitions.get(index)));
            out.add(flow.rest());
        }
        if (!trailer.isEmpty()) {
            if (!order.isEmpty()) {
                out.add(Doc.HARDLINE);
                out.add(Doc.HARDLINE);
            }
            for (Comment c : trailer) {
                out.add(fileComments.doc(c));
            }
        }
        return Doc.concat(out);
    }

    /** Indices into {@link #definitions}: {@code contract;} first, then imports, then the rest (stable). */
    private List<Integer> sortedOrder() {
        List<Integer> order = new ArrayList<>();
        for (int rank = 0; rank < 3; rank++) {
            for (int i = 0; i < definitions.size(); i++) {
                if (rank(definitions.get(i)) == rank) {
                    order.add(i);
                }
            }
        }
        return order;
    }

    /** The definitions in the order the formatter prints them. */
    static List<Definition> canonicalOrder(List<Definition> definitions) {
        return definitions.stream()
                .sorted(Comparator.comparingInt((Definition d) -> d.span().start()))
                .sorted(Comparator.comparingInt(FileLayout::rank))
                .toList();
    }

    private static int rank(Definition d) {
        return switch (d) {
            case Definition.ContractDef c -> 0;
            case Definition.ImportDef i -> 1;
            default -> 2;
        };
    }

    private boolean hasNewline(int from, int to) {
        return source.substring(Math.min(from, to), to).indexOf('\n') >= 0;
    }

    private boolean hasBlankLine(int from, int to) {
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char ch = source.charAt(i);
            if (ch == '\n' && ++newlines == 2) {
                return true;
            }
            if (!Character.isWhitespace(ch)) {
                newlines = 0;
            }
        }
        return false;
    }
}
