package dev.starstream.studio.vm.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.starstream.studio.vm.contract.AbiLayout;
import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.contract.HandlerLayout;
import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.contract.ScriptLayout;
import dev.starstream.studio.vm.contract.TypeDecl;
import dev.starstream.studio.vm.interleaving.encoding.Ids;
import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.wasm.encode.CodeBuilder;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.ValType;
import dev.starstream.studio.vm.wasm.codegen.debug.DebugInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Test support: a contract compiled by hand, following docs/design/vm-abi.md, in a release and a
 * debug build (the same code; the debug build calls the {@code starstream:debug} hooks), with its
 * layout and debug info, ready to deploy. Subclasses write the module once with {@link #write}.
 */
abstract class ContractKit {
    static final Type U32 = Type.of(IntKind.U32);
    static final Type U64 = Type.of(IntKind.U64);
    static final Type S64 = Type.of(IntKind.I64);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    final String name;
    final String file;
    final List<DebugInfo.Statement> statements = new ArrayList<>();
    final List<DebugInfo.Function> functions = new ArrayList<>();
    private ModuleBuilder module;
    private boolean debug;
    private dev.starstream.studio.vm.wasm.encode.Ids.FunctionId stmtHook;

    ContractKit(String name) {
        this.name = name;
        this.file = name + ".star";
    }

    /** Writes the whole module into {@code m}; call {@link #stmt} where statements start. */
    abstract void write(ModuleBuilder m);

    abstract ContractLayout layout();

    /** The release bytes. */
    final byte[] release() {
        return build(false);
    }

    /** The debug build's bytes: the release code plus {@code stmt} hooks. */
    final byte[] debugBuild() {
        return build(true);
    }

    private byte[] build(boolean withHooks) {
        module = new ModuleBuilder();
        debug = withHooks;
        statements.clear();
        functions.clear();
        stmtHook = withHooks ? module.importFunction("starstream:debug", "stmt", FuncType.accepting(ValType.I32)) : null;
        write(module);
        return module.build();
    }

    /** Marks the start of statement {@code id} at {@code line}:{@code column} (a hook call in the debug build). */
    final void stmt(CodeBuilder code, int id, int line, int column) {
        statements.add(new DebugInfo.Statement(id, -1, file, 0, 0, line, column, line, column + 1));
        if (debug) {
            code.i32Const(id).call(stmtHook);
        }
    }

    /** Declares the exported function {@code export} as source function {@code fnName} at {@code line}. */
    final void function(int id, String fnName, String export, int line) {
        functions.add(new DebugInfo.Function(id, fnName, "script", "", export, file, line, 1));
    }

    /** The contract as deployed: release module, layout, debug info carrying the debug build. */
    final DeployedContract deploy() {
        byte[] release = release();
        byte[] debugBytes = debugBuild();
        String hash = Hash32.sha256(release).hex();
        DebugInfo releaseInfo = new DebugInfo(DebugInfo.VERSION, name, hash, false, List.copyOf(statements),
                List.copyOf(functions), List.of(), List.of(), List.of(), List.of());
        DebugInfo debugInfo = new DebugInfo(DebugInfo.VERSION, name, hash, true, List.copyOf(statements),
                List.copyOf(functions), List.of(), List.of(), List.of(), List.of());
        DebugBundle bundle = new DebugBundle(DebugBundle.VERSION, releaseInfo, debugInfo, debugBytes);
        return DeployedContract.of(name, release, DebugBundle.textTree(layout()), bundle.toJsonTree());
    }

    /** The contract without a debug build or debug info. */
    final DeployedContract deployReleaseOnly() {
        return DeployedContract.of(name, release(), DebugBundle.textTree(layout()),
                com.fasterxml.jackson.databind.node.NullNode.getInstance());
    }

    // ------------------------------------------------------------------ layout helpers

    static long fn(String qualified) {
        return Ids.functionId(qualified).value();
    }

    static List<Long> iface(String abi) {
        return Arrays.stream(Ids.interfaceId(abi).limbs()).boxed().toList();
    }

    static ParamLayout param(String paramName, Type type) {
        return new ParamLayout(paramName, type, false);
    }

    static AbiLayout.Member member(String abi, String memberName, Type result, ParamLayout... params) {
        return new AbiLayout.Member(memberName, List.of(params), result, fn(abi + "." + memberName));
    }

    static ScriptLayout script(String scriptName, Type result, ParamLayout... params) {
        return new ScriptLayout(scriptName, scriptName, List.of(params), result);
    }

    static ContractLayout contract(String contractName, List<ScriptLayout> scripts, List<ProcessTypeLayout> types,
            List<AbiLayout> abis, List<HandlerLayout> handlers) {
        return new ContractLayout(contractName, ContractLayout.VERSION, scripts, types, abis, handlers, List.<TypeDecl>of());
    }

    static FuncType sig(List<ValType> params, List<ValType> results) {
        return FuncType.of(params, results);
    }

    static void body(CodeBuilder code, Consumer<CodeBuilder> body) {
        body.accept(code);
    }
}
