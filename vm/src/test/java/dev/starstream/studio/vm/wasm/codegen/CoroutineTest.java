package dev.starstream.studio.vm.wasm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.contract.SpillLayout;
import dev.starstream.studio.vm.wasm.Chicory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A utxo main compiled as a stackless coroutine: yields inside a loop, inside an {@code if}, inside a
 * {@code match} arm that is an expression, and in the middle of an arithmetic expression keep every
 * live value across the suspension (in the state globals), in both builds and both modes.
 */
class CoroutineTest {
    static final String WALKER = """
            contract;
            abi Step { fn next(); fn peek() -> u64; }
            utxo Walker {
                storage { let mut seen: u64; }
                main fn go(start: u64) {
                    let mut total: u64 = start;
                    let mut i: u32 = 0;
                    while (i < 3) {
                        if (i % 2 == 0) {
                            yield(Step);
                            total = total + 10;
                        } else {
                            let k: u64 = match (i) { 1 => { yield(Step); 100 }, _ => { 1000 } };
                            total = total + k;
                        }
                        i = i + 1;
                        seen = disclose(total);
                    }
                    let last: u64 = total + { yield(Step); 1 };
                    seen = disclose(last);
                }
                impl Step {
                    fn next() { resume; }
                    fn peek() -> u64 { seen }
                }
            }
            """;

    private static final String GO = "walker#[static]utxo.go";
    private static final String NEXT = "walker#[method]utxo.next";
    private static final String PEEK = "walker#[method]utxo.peek";
    private static final String YIELD = "walker#state.0";
    private static final String SEEN = "walker#state.1";

    @ParameterizedTest
    @EnumSource(BuildMode.class)
    void mainSuspendsAndResumesWithItsLocalsIntact(BuildMode build) {
        for (Chicory.Mode mode : Chicory.Mode.values()) {
            Compiled c = new Compiled(WALKER).start(build, mode);

            c.call(GO, 5);
            assertThat(c.global(YIELD)).isEqualTo(1); // in the loop, i = 0
            c.call(NEXT);
            assertThat(c.global(YIELD)).isEqualTo(2); // in the match arm, i = 1
            assertThat(c.global(SEEN)).isEqualTo(15);
            c.call(NEXT);
            assertThat(c.global(YIELD)).isEqualTo(1); // in the loop again, i = 2
            assertThat(c.global(SEEN)).isEqualTo(115);
            c.call(NEXT);
            assertThat(c.global(YIELD)).isEqualTo(3); // inside `total + { yield; 1 }`
            assertThat(c.call(PEEK)).isEqualTo("125");
            c.call(NEXT);
            assertThat(c.global(YIELD)).isZero(); // main ended
            assertThat(c.global(SEEN)).isEqualTo(126);
            assertThat(c.call(NEXT)).isEqualTo("trap METHOD_NOT_AVAILABLE");
            assertThat(c.calls("starstream:std/coroutine implements-method")).hasSize(8); // 4 yields x 2 methods
        }
    }

    @ParameterizedTest
    @EnumSource(BuildMode.class)
    void spillSlotsHoldOnlyWhatIsLiveAcrossEachYield(BuildMode build) {
        ProcessTypeLayout walker = new Compiled(WALKER).contract.layout().type("Walker").orElseThrow();

        assertThat(walker.yieldPoint(1).orElseThrow().spills()).extracting(SpillLayout::name).containsExactly("total", "i");
        assertThat(walker.yieldPoint(2).orElseThrow().spills()).extracting(SpillLayout::name).containsExactly("total", "i");
        // `start` is dead after the first statement; the left operand of `+` survives as a temporary
        assertThat(walker.yieldPoint(3).orElseThrow().spills()).extracting(SpillLayout::name).containsExactly("%t2");
        assertThat(walker.recordWords()).isEqualTo(2 + 2 + (2 + 1) + (2 + 1) + 2);
    }

    @ParameterizedTest
    @EnumSource(Chicory.Mode.class)
    void spillGlobalsAreZeroedOnceRestored(Chicory.Mode mode) {
        Compiled c = new Compiled(WALKER).start(BuildMode.RELEASE, mode);
        c.call(GO, 5);
        assertThat(c.global("walker#state.2")).isEqualTo(5); // total at k = 1
        c.call(NEXT);
        assertThat(c.global("walker#state.2")).isZero();
        assertThat(c.global("walker#state.4")).isEqualTo(15); // total at k = 2
    }
}
