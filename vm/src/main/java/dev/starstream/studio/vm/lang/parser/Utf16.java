package dev.starstream.studio.vm.lang.parser;

import java.nio.CharBuffer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;

/**
 * The character stream the lexer reads: the text's UTF-16 code units, so that every token index
 * (hence every {@link dev.starstream.studio.vm.lang.syntax.Span}) is a UTF-16 offset, as editors
 * count. ({@code CharStreams.fromString} would index by code point, shifting every span after a
 * character outside the BMP, such as an emoji in a comment.)
 */
final class Utf16 {
    private Utf16() {}

    static CharStream stream(String text) {
        return CodePointCharStream.fromBuffer(CodePointBuffer.withChars(CharBuffer.wrap(text.toCharArray())), "<text>");
    }
}
