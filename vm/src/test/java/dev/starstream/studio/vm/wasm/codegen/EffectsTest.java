package dev.starstream.studio.vm.wasm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.wasm.Chicory;
import dev.starstream.studio.vm.wasm.codegen.debug.DebugInfo;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code try … with} in scripts (RUNTIME A.3, docs/design/vm-abi.md §9): a raise inside the try body
 * calls its clause directly; a raise elsewhere goes to the host, which calls the clause export
 * re-entrantly with the frame given to {@code install}; clauses read and assign the function's
 * {@code let mut} locals through the shadow frame; every exit path uninstalls.
 */
class EffectsTest {
    static final String ASK = """
            contract;
            abi Ask { effect Get(x: u32) -> u32; }

            fn helper(n: u32) -> u32 {
                raise Get(n)
            }

            script fn local(n: u32) -> u32 {
                let mut calls: u32 = 0;
                try {
                    let a: u32 = raise Get(n);
                    if (a > 100) {
                        return a;
                    }
                    calls = calls + a;
                } with Get(x) {
                    calls = calls + 1;
                    x * 2
                }
                calls
            }

            script fn remote(n: u32) -> u32 {
                let mut calls: u32 = 0;
                try {
                    let r: u32 = helper(n);
                    calls = calls + r;
                } with Get(x) {
                    calls = calls + 100;
                    x + 1
                }
                calls
            }
            """;

    private static Compiled start(BuildMode build, Chicory.Mode mode) {
        Compiled[] self = new Compiled[1];
        long[] frame = new long[1];
        self[0] = new Compiled(ASK)
                .answer("starstream:std/handlers", "install", args -> {
                    frame[0] = args[1];
                    return new long[0];
                })
                // the host's walk: the innermost try answering Ask.Get is remote's (handler#1)
                .answer("starstream:effects/ask", "get", args -> self[0].instance().export("handler#1").apply(frame[0], args[0]));
        return self[0].start(build, mode);
    }

    @ParameterizedTest
    @EnumSource(BuildMode.class)
    void aRaiseInsideTheTryBodyCallsTheClauseLocallyAndTheClauseUpdatesTheFunctionsLocal(BuildMode build) {
        for (Chicory.Mode mode : Chicory.Mode.values()) {
            Compiled c = start(build, mode);

            assertThat(c.call("local", 5)).isEqualTo("11"); // clause: calls = 1, value 10; then 1 + 10
            assertThat(c.calls("starstream:std/handlers install")).singleElement().satisfies(a -> assertThat(a).startsWith("0 "));
            assertThat(c.calls("starstream:std/handlers uninstall")).hasSize(1);
            assertThat(c.calls("starstream:effects/ask get")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(BuildMode.class)
    void aReturnInsideTheTryUninstallsFirst(BuildMode build) {
        Compiled c = start(build, Chicory.Mode.INTERPRETER);

        assertThat(c.call("local", 60)).isEqualTo("120");
        assertThat(c.log.stream().filter(l -> l.startsWith("starstream:std/handlers")).toList())
                .hasSize(2).last().satisfies(l -> assertThat(l).startsWith("starstream:std/handlers uninstall 0 "));
    }

    @ParameterizedTest
    @EnumSource(BuildMode.class)
    void aRaiseFromACalledFunctionReachesTheClauseExportThroughTheHost(BuildMode build) {
        for (Chicory.Mode mode : Chicory.Mode.values()) {
            Compiled c = start(build, mode);

            assertThat(c.call("remote", 5)).isEqualTo("106"); // clause: calls = 100, value 6; then 100 + 6
            assertThat(c.calls("starstream:effects/ask get")).containsExactly("5");
            assertThat(c.calls("starstream:std/handlers install")).singleElement()
                    .satisfies(a -> assertThat(a).startsWith("1 ").doesNotEndWith(" 0"));
            assertThat(c.instance().global(0).getValue()).isEqualTo(16); // every frame released
        }
    }

    @ParameterizedTest
    @EnumSource(Chicory.Mode.class)
    void theDebugBuildReportsEnterExitStatementsAndWritesAndBehavesTheSame(Chicory.Mode mode) {
        Compiled c = start(BuildMode.DEBUG, mode);
        DebugInfo info = c.contract.debugInfo();

        assertThat(c.call("local", 5)).isEqualTo("11");
        List<String> hooks = c.calls("starstream:debug enter");
        assertThat(hooks).hasSize(2); // local, handler#0
        assertThat(c.calls("starstream:debug exit")).hasSize(2);
        assertThat(c.calls("starstream:debug stmt")).isNotEmpty().allSatisfy(id ->
                assertThat(info.statement(Integer.parseInt(id))).isPresent());
        List<String> writes = c.calls("starstream:debug write.i32");
        assertThat(writes).extracting(w -> info.variable(Integer.parseInt(w.split(" ")[0])).orElseThrow().name()
                + "=" + w.split(" ")[1]).containsExactly("n=5", "calls=0", "x=5", "calls=1", "a=10", "calls=11");
        assertThat(info.variables()).filteredOn(v -> v.name().equals("calls")).hasSize(2) // in local and in remote
                .allSatisfy(v -> assertThat(v.kind()).isEqualTo("captured-in-frame"));
    }
}
