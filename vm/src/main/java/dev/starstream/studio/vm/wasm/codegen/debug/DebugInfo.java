package dev.starstream.studio.vm.wasm.codegen.debug;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.starstream.studio.vm.contract.StateGlobal;
import dev.starstream.studio.vm.lang.types.Type;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * What the debugger needs to map a running module back to source (docs/design/vm-abi.md §8).
 * Ids are the numbers the debug hooks pass: {@code stmt(id)}, {@code enter(id)}/{@code exit(id)},
 * {@code write.i32(id, v)}/{@code write.i64(id, v)}. A release build carries the same information
 * (its module simply calls no hooks), except {@link #wasmFunctions()}, which names the functions of
 * the module it describes: the debug build imports the seven hooks before its own functions, so its
 * function indices are the release build's plus seven.
 *
 * @param releaseHash SHA-256 of the release module bytes, hex (the program hash both builds run under)
 * @param debugBuild whether the module this describes calls the debug hooks
 * @param wasmFunctions every function the module defines, by its index in this build (empty in debug
 *     info written before version 2)
 */
public record DebugInfo(
        int version,
        String contract,
        String releaseHash,
        boolean debugBuild,
        List<Statement> statements,
        List<Function> functions,
        List<Variable> variables,
        List<Frame> frames,
        List<EffectSite> effectSites,
        List<WasmFunction> wasmFunctions) {

    /** 2: {@link #wasmFunctions()} added. */
    public static final int VERSION = 2;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public DebugInfo {
        statements = List.copyOf(statements);
        functions = List.copyOf(functions);
        variables = List.copyOf(variables);
        frames = List.copyOf(frames);
        effectSites = List.copyOf(effectSites);
        wasmFunctions = wasmFunctions == null ? List.of() : List.copyOf(wasmFunctions);
    }

    /** A statement (or a block's tail expression): where it is and which function it belongs to. */
    public record Statement(int id, int function, String file, int start, int end, int line, int column, int endLine,
            int endColumn) {}

    /**
     * A wasm function that has source: a script, helper, constructor, method or handler clause.
     *
     * @param kind {@code fn}, {@code script}, {@code main}, {@code mint}, {@code burn}, {@code method}, {@code handler}
     * @param export its export name, empty when it is not exported
     */
    public record Function(int id, String name, String kind, String owner, String export, String file, int line,
            int column) {}

    /**
     * One slot of a variable.
     *
     * @param function the debug id of the function it belongs to (-1 for storage)
     * @param slot which slot of the variable this is, of {@code slots}
     * @param kind {@code param}, {@code local}, {@code storage}, {@code spill} or {@code captured-in-frame}
     * @param home where the slot lives: {@code local <i>}, {@code global <i>}, {@code frame+<offset>@<depth>}
     */
    public record Variable(int id, int function, String name, Type type, int slot, int slots, String kind,
            String home, int line) {}

    /** A utxo's coroutine frame: its state globals and what each yield point keeps. */
    public record Frame(String type, List<StateGlobal> stateGlobals, List<YieldPoint> yieldPoints) {
        public Frame {
            stateGlobals = List.copyOf(stateGlobals);
            yieldPoints = List.copyOf(yieldPoints);
        }
    }

    /** A {@code yield} with the ABIs it offers and the variables spilled to globals there. */
    public record YieldPoint(int k, String main, List<String> abis, String file, int line, List<Spill> spills) {
        public YieldPoint {
            abis = List.copyOf(abis);
            spills = List.copyOf(spills);
        }
    }

    /** A variable saved at a yield point, in the state globals with these indices (record order). */
    public record Spill(String name, Type type, List<Integer> stateGlobals) {
        public Spill {
            stateGlobals = List.copyOf(stateGlobals);
        }
    }

    /**
     * A place where the process talks to the host: {@code raise}, {@code emit}, {@code runtime},
     * {@code call} (a method on a handle), {@code new} (a constructor), {@code token} (attach, detach, burn).
     */
    public record EffectSite(String kind, String name, int function, String file, int start, int end, int line,
            int column) {}

    /**
     * A function defined in the module: its index there (imports first), the debug id of the source
     * function whose code it is, and how reports name it.
     *
     * @param function the {@link Function#id()} it compiles, or −1 for generated code of no single
     *     source function (a utxo's resume dispatcher and its {@code $sys.unbind})
     * @param label the source function's qualified name ({@code Score::plus_chips}, {@code settle},
     *     {@code settle with Tariff.Rate}; a main's exported entry is labelled as its main), or for
     *     generated code what it is ({@code Score (resume dispatcher)}, {@code Score ($sys.unbind)})
     */
    public record WasmFunction(int index, int function, String label) {}

    /** The function with wasm index {@code index} in the module this describes. */
    public Optional<WasmFunction> wasmFunction(int index) {
        return wasmFunctions.stream().filter(f -> f.index() == index).findFirst();
    }

    public Optional<Statement> statement(int id) {
        return statements.stream().filter(s -> s.id() == id).findFirst();
    }

    public Optional<Variable> variable(int id) {
        return variables.stream().filter(v -> v.id() == id).findFirst();
    }

    public Optional<Function> function(int id) {
        return functions.stream().filter(f -> f.id() == id).findFirst();
    }

    public byte[] toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DebugInfo fromJson(byte[] json) {
        try {
            return JSON.readValue(json, DebugInfo.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
