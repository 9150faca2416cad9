package dev.starstream.studio.vm.wasm.codegen;

import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.ledger.Hex;
import dev.starstream.studio.vm.wasm.codegen.ir.IrContract;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Compiles one contract (as IR) to its release and debug modules, its contract layout and debug
 * information (docs/design/vm-abi.md). Deterministic: the same IR gives the same bytes.
 *
 * @throws CodegenException for a checked program the code generator cannot compile
 */
public final class ContractCompiler {

    public CompiledContract compile(IrContract contract) {
        ModuleWriter.Output release = new ModuleWriter(contract, BuildMode.RELEASE).write();
        ModuleWriter.Output debug = new ModuleWriter(contract, BuildMode.DEBUG).write();
        byte[] releaseBytes = release.module().bytes();
        String hash = sha256(releaseBytes);
        ContractLayout layout = LayoutBuilder.build(contract, release.states(), release.handlers());
        return new CompiledContract(contract.name(), releaseBytes, debug.module().bytes(), layout,
                release.recorder().finish(contract.name(), hash, false),
                debug.recorder().finish(contract.name(), hash, true), release.recorder().marks(), debug.recorder().marks());
    }

    /** Only the release module (tests and tools that need neither the debug build nor the layout). */
    public byte[] release(IrContract contract) {
        return new ModuleWriter(contract, BuildMode.RELEASE).write().module().bytes();
    }

    static String sha256(byte[] bytes) {
        try {
            return Hex.encode(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
