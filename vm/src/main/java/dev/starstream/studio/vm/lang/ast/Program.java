package dev.starstream.studio.vm.lang.ast;

import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.List;
import java.util.Optional;

/**
 * One parsed source file: its definitions in source order and every comment (the formatter
 * re-attaches comments by position; the AST itself holds doc comments on the items they document).
 */
public record Program(List<Definition> definitions, List<Comment> comments, Span span) implements Node {
    public Program {
        definitions = List.copyOf(definitions);
        comments = List.copyOf(comments);
    }

    /** True when the file declares {@code contract;}: a codegen entry, not a helper module. */
    public boolean isContract() {
        return definitions.stream().anyMatch(d -> d instanceof Definition.ContractDef);
    }

    public Optional<Comment> shebang() {
        return comments.stream().filter(c -> c.kind() == Comment.Kind.SHEBANG).findFirst();
    }
}
