package dev.starstream.studio.vm.wasm.load;

/**
 * Limits a module must respect before anything is allocated for it. Memories and tables may still
 * declare a larger (or no) maximum: growth beyond the cap fails as {@code memory.grow} and
 * {@code table.grow} specify (they return −1), deterministically.
 *
 * @param maxModuleBytes size of the module file
 * @param maxMemoryPages initial and reachable size of each memory, in 64 KiB pages
 * @param maxTableEntries initial and reachable size of each table
 * @param maxFunctions functions, imported and defined
 * @param maxBodyBytes size of one function body
 * @param maxLocals locals of one function
 * @param maxSectionEntries entries in any one section (types, imports, globals, exports, segments)
 */
public record ModuleCaps(
        int maxModuleBytes,
        int maxMemoryPages,
        int maxTableEntries,
        int maxFunctions,
        int maxBodyBytes,
        int maxLocals,
        int maxSectionEntries) {
    public ModuleCaps {
        if (maxModuleBytes <= 8 || maxMemoryPages < 0 || maxMemoryPages > 65_536 || maxTableEntries < 0
                || maxFunctions < 0 || maxBodyBytes <= 0 || maxLocals < 0 || maxSectionEntries < 0) {
            throw new IllegalArgumentException("caps out of range: " + this);
        }
    }

    /** 16 MiB modules, 16 MiB memories, 65,536 table entries, 20,000 functions of at most 1 MiB. */
    public static ModuleCaps defaults() {
        return new ModuleCaps(16 << 20, 256, 65_536, 20_000, 1 << 20, 10_000, 100_000);
    }
}
