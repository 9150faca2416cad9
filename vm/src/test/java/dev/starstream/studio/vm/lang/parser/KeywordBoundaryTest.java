package dev.starstream.studio.vm.lang.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.ast.AstPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keywords end at identifier boundaries (LANGUAGE.md §1.3): upstream reads {@code let publicKey} as
 * {@code let pub licKey}; we must not.
 */
class KeywordBoundaryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            let publicKey = 1;      | (let publicKey 1)
            let mutable = 1;        | (let mutable 1)
            let pub mut x = 1;      | (let pub mut x 1)
            letter = 5;             | (assign letter 5)
            trueValue;              | (expr; trueValue)
            false_flag;             | (expr; false_flag)
            emitter(x);             | (expr; (call emitter x))
            raiser(x);              | (expr; (call raiser x))
            runtimeFoo();           | (expr; (call runtimeFoo))
            returnValue;            | (expr; returnValue)
            iffy;                   | (expr; iffy)
            utxo = 1;               | (assign utxo 1)
            let storage = main;     | (let storage main)
            let event = effect;     | (let event effect)
            """)
    void keywordPrefixesOfIdentifiersAreIdentifiers(String statement, String expected) {
        ParseResult result = StarstreamParsing.parse("t.star", "fn f() { " + statement + " }");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(AstPrinter.print(result.program())).contains(expected);
    }
}
