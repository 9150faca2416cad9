package dev.starstream.studio.vm.wasm.codegen;

import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.wasm.codegen.debug.DebugInfo;
import dev.starstream.studio.vm.wasm.codegen.debug.SourceMark;
import java.util.List;

/**
 * A compiled contract: the release module (its SHA-256 is the program hash), the debug module, the
 * contract layout they share, and the debug information of each.
 */
public record CompiledContract(String name, byte[] release, byte[] debug, ContractLayout layout, DebugInfo releaseInfo,
        DebugInfo debugInfo, List<SourceMark> releaseMarks, List<SourceMark> debugMarks) {
    public CompiledContract {
        release = release.clone();
        debug = debug.clone();
        releaseMarks = List.copyOf(releaseMarks);
        debugMarks = List.copyOf(debugMarks);
    }

    /** Where each statement's code starts in the module of a build (for source comments in disassembly). */
    public List<SourceMark> marks(BuildMode mode) {
        return mode == BuildMode.RELEASE ? releaseMarks : debugMarks;
    }

    @Override
    public byte[] release() {
        return release.clone();
    }

    @Override
    public byte[] debug() {
        return debug.clone();
    }

    /** The module of a build. */
    public byte[] module(BuildMode mode) {
        return mode == BuildMode.RELEASE ? release() : debug();
    }

    public DebugInfo info(BuildMode mode) {
        return mode == BuildMode.RELEASE ? releaseInfo : debugInfo;
    }

    /** The program hash (hex SHA-256 of the release module). */
    public String releaseHash() {
        return releaseInfo.releaseHash();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompiledContract c && name.equals(c.name) && java.util.Arrays.equals(release, c.release)
                && java.util.Arrays.equals(debug, c.debug) && layout.equals(c.layout);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(release);
    }

    @Override
    public String toString() {
        return "CompiledContract[" + name + ", release " + release.length + " bytes, debug " + debug.length + " bytes]";
    }
}
