package dev.starstream.studio.editor.services.completion;

import java.util.List;
import java.util.Set;

/**
 * What kind of name the caret is at, read from the tokens alone (so it works however broken the
 * file is): the proposals follow from it. {@code prefix} is the identifier part before the caret,
 * starting at {@code start}.
 */
public record CompletionContext(String prefix, int start, Kind kind) {

    /** The kinds of completion positions. */
    public sealed interface Kind {}

    /** Nothing to propose: inside a comment, a string or a number, or where a new name is being made up. */
    public record Nothing() implements Kind {}

    /** Only these keywords (the structure of a file, a utxo, an ABI; {@code let} → {@code mut}). */
    public record Keywords(List<String> keywords) implements Kind {}

    /** After {@code receiver.}: fields of a struct, methods of a handle. {@code dot} is the offset of the dot. */
    public record Member(int dot) implements Kind {}

    /** After {@code a::b::}: the members of that namespace (variants, constructors, imported names). */
    public record Path(List<String> segments) implements Kind {}

    /**
     * After a keyword that says what must follow: {@code raise}/{@code with} (effects), {@code emit}
     * (events), {@code runtime} (runtime functions), {@code yield(}/{@code is}/{@code impl} (ABIs).
     */
    public record After(String keyword) implements Kind {}

    /** Inside the braces of {@code import { … } from source;}: what {@code source} exports, minus what is listed. */
    public record ImportItems(String source, Set<String> listed) implements Kind {}

    /** Where a type is written (annotations, signatures, generic arguments). */
    public record TypeName() implements Kind {}

    /** In code: names in scope and the keywords that may start a statement (or an expression). */
    public record Code(boolean statementStart, boolean afterBlock) implements Kind {}
}
