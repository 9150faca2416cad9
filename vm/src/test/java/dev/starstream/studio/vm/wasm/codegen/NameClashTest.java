package dev.starstream.studio.vm.wasm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import org.junit.jupiter.api.Test;

/**
 * Names that two functions of one utxo or token share: where the language cannot tell them apart (two
 * methods callable on a handle) the checker reports E1006 and the code generator never runs; where it
 * can (a helper, a main and a method), they compile to different functions.
 */
class NameClashTest {
    private static SourceCompiler.Result compile(String source) {
        return new SourceCompiler().compile("clash.star", "contract;\n" + source);
    }

    @Test
    void twoAbisDeclaringTheSameMethodInOneUtxoAreACheckerErrorNotACodegenError() {
        SourceCompiler.Result result = compile("""
                abi A { fn get() -> i64; }
                abi B { fn get() -> i64; }
                utxo U {
                    main fn new() { while (true) { yield(A, B); } }
                    impl A { fn get() -> i64 { 1 } }
                    impl B { fn get() -> i64 { 2 } }
                }
                script fn s() -> i64 { let u = U::new(); u.get() }
                """);

        assertThat(result).isNotInstanceOf(SourceCompiler.Result.Compiled.class);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.E1006);
        assertThat(result.diagnostics().getFirst().message()).isEqualTo("utxo `U` already has a method `get` (from `impl A`)");
        assertThat(result.diagnostics().getFirst().related()).singleElement()
                .satisfies(r -> assertThat(r.location().start().line()).isEqualTo(6));
    }

    @Test
    void aBurnFunctionAndAMethodOfTheSameNameOnATokenAreACheckerError() {
        SourceCompiler.Result result = compile("""
                abi Balance { fn melt() -> u64; }
                token Gold {
                    storage { let mut amount: u64; }
                    mint fn mint() { amount = 1; }
                    burn fn melt() {}
                    impl Token { fn attach(u: Utxo) {} fn detach(u: Utxo) {} }
                    impl Balance { fn melt() -> u64 { amount } }
                }
                """);

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.E1006);
    }

    @Test
    void aHelperAndAMainSharingAMethodsNameCompileToFunctionsNamedByTheirKind() {
        SourceCompiler.Result result = compile("""
                abi A { fn get() -> i64; fn new() -> i64; }
                utxo U {
                    main fn new() { while (true) { yield(A); } }
                    fn get() -> i64 { 1 }
                    impl A { fn get() -> i64 { get() + 1 } fn new() -> i64 { 3 } }
                }
                """);

        assertThat(result.diagnostics()).isEmpty();
        CompiledContract contract = ((SourceCompiler.Result.Compiled) result).contract();
        for (BuildMode build : BuildMode.values()) {
            assertThat(contract.info(build).wasmFunctions()).extracting(w -> w.label()).contains("U::new (main)",
                    "U::new (method)", "U::get (fn)", "U::get (method)");
        }
    }
}
