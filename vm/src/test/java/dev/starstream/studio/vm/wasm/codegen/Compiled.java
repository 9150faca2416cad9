package dev.starstream.studio.vm.wasm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import dev.starstream.studio.vm.wasm.Chicory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Test support: a source program compiled by the code generator and instantiated on Chicory with host
 * functions that log every call ({@code "module field args"}) and answer zeros unless told otherwise.
 */
final class Compiled {
    final CompiledContract contract;
    final List<String> log = new ArrayList<>();
    private final Map<String, Function<long[], long[]>> answers = new HashMap<>();
    private Instance instance;

    Compiled(String source) {
        SourceCompiler.Result result = new SourceCompiler().compile("test.star", source);
        assertThat(result.diagnostics()).extracting(Object::toString).isEmpty();
        contract = ((SourceCompiler.Result.Compiled) result).contract();
    }

    /** Answers calls of import {@code module}/{@code field} with {@code answer}. */
    Compiled answer(String module, String field, Function<long[], long[]> answer) {
        answers.put(module + " " + field, answer);
        return this;
    }

    Compiled start(BuildMode build, Chicory.Mode mode) {
        byte[] wasm = contract.module(build);
        WasmModule module = Chicory.parse(wasm);
        HostStubs host = new HostStubs();
        module.importSection().stream().forEach(i -> {
            if (i instanceof FunctionImport f && !f.module().equals("starstream:std/trap")) {
                FunctionType type = module.typeSection().getType(f.typeIndex());
                String key = f.module() + " " + f.name();
                host.add(new HostFunction(f.module(), f.name(), type, (inst, args) -> {
                    log.add(key + (args.length == 0 ? "" : " " + String.join(" ",
                            Arrays.stream(args).mapToObj(Long::toString).toList())));
                    Function<long[], long[]> answer = answers.get(key);
                    return answer != null ? answer.apply(args) : new long[type.returns().size()];
                }));
            }
        });
        instance = Chicory.instantiate(wasm, mode, host.imports());
        this.host = host;
        return this;
    }

    private HostStubs host;

    /** Calls an export; the results as text, or {@code "trap <REASON>"}. */
    String call(String export, long... args) {
        return host.run(() -> instance.export(export).apply(args));
    }

    long global(String export) {
        return instance.exports().global(export).getValue();
    }

    Instance instance() {
        return instance;
    }

    /** The logged calls of one import module, without the module name. */
    List<String> calls(String module) {
        return log.stream().filter(l -> l.startsWith(module + " ")).map(l -> l.substring(module.length() + 1)).toList();
    }
}
