package dev.starstream.studio.vm.format;

import dev.starstream.studio.vm.lang.ast.AstPrinter;
import dev.starstream.studio.vm.lang.ast.Comment;
import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.parser.ParseResult;
import java.util.List;
import java.util.Optional;

/**
 * The formatter's promise, checked on every run: the output parses without errors to the same
 * program (compared span-free with {@link AstPrinter}, definitions in the formatter's file order)
 * and carries the same comments (as {@link CommentFlow#canonicalText} prints them: block comments
 * modulo line endings, line comments modulo trailing whitespace). That comments also keep
 * their order where no definition moves is shown by the property tests.
 */
final class SafetyCheck {
    private SafetyCheck() {}

    /** Empty when {@code after} keeps the meaning and the comments of {@code before}; else what differs. */
    static Optional<String> compare(ParseResult before, ParseResult after) {
        if (after.hasErrors()) {
            return Optional.of("the formatted text does not parse: " + after.diagnostics().getFirst());
        }
        Program sorted = new Program(FileLayout.canonicalOrder(before.program().definitions()), List.of(),
                before.program().span());
        if (!AstPrinter.print(sorted).equals(AstPrinter.print(after.program()))) {
            return Optional.of("the formatted text parses to a different program");
        }
        List<String> was = texts(before.program().comments());
        List<String> now = texts(after.program().comments());
        if (!was.equals(now)) {
            return Optional.of("the formatted text does not keep every comment (" + was.size() + " before, "
                    + now.size() + " after)");
        }
        return Optional.empty();
    }

    private static List<String> texts(List<Comment> comments) {
        return comments.stream().map(CommentFlow::canonicalText).sorted().toList();
    }
}
