package dev.starstream.studio.vm.wasm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.wasm.Chicory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Plain and script functions: calls between them, early returns, composite parameters and results. */
class FunctionsTest {
    static final String PROGRAM = """
            contract;
            struct Pair { lo: u8, hi: i64 }
            enum Res { Ok(u32), Err(bool) }

            fn pick(c: bool, p: Pair) -> i64 {
                if (c) { return p.hi; }
                0 - 1
            }

            fn clamp(x: u32) -> u32 {
                if (x > 10) {
                    return 10;
                }
                while (x > 100) { }
            }

            script fn both(c: bool, lo: u8, hi: i64) -> (i64, Res) {
                let p = Pair { hi: hi, lo: lo };
                let r: Res = if (c) { Res::Ok(clamp(42)) } else { Res::Err(lo == 3) };
                (pick(c, p), r)
            }

            script fn fall(x: u32) -> u32 {
                clamp(x)
            }
            """;

    @ParameterizedTest
    @EnumSource(BuildMode.class)
    void functionsCallEachOtherAndReturnEarly(BuildMode build) {
        for (Chicory.Mode mode : Chicory.Mode.values()) {
            Compiled c = new Compiled(PROGRAM).start(build, mode);

            assertThat(c.call("both", 1, 3, -7)).isEqualTo("-7 0 10"); // (-7, Res::Ok(10))
            assertThat(c.call("both", 0, 3, -7)).isEqualTo("-1 1 1"); // (-1, Res::Err(true))
            assertThat(c.call("fall", 50)).isEqualTo("10");
        }
    }

    @ParameterizedTest
    @EnumSource(Chicory.Mode.class)
    void fallingOffTheEndOfANonUnitFunctionTraps(Chicory.Mode mode) {
        Compiled c = new Compiled(PROGRAM).start(BuildMode.RELEASE, mode);

        assertThat(c.call("fall", 5)).isEqualTo("trap UNREACHABLE");
    }
}
