package dev.starstream.studio.vm.wasm.encode;

import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import java.util.List;

/** Writes the content of the {@code name} custom section: module, function, local and global names. */
final class NameSectionWriter {
    private NameSectionWriter() {}

    /** The section content (without its own name), or no bytes when there is nothing to name. */
    static byte[] write(
            String moduleName, List<FunctionId> functions, List<CodeBuilder> bodies, int imported, List<GlobalId> globals) {
        ByteWriter out = new ByteWriter();
        if (!moduleName.isEmpty()) {
            out.u8(0).sized(new ByteWriter().name(moduleName));
        }
        List<FunctionId> named = functions.stream().filter(f -> !f.name().isEmpty()).toList();
        if (!named.isEmpty()) {
            ByteWriter map = new ByteWriter().u32(named.size());
            named.forEach(f -> map.u32(f.index()).name(f.name()));
            out.u8(1).sized(map);
        }
        ByteWriter locals = new ByteWriter();
        int withLocals = 0;
        for (int i = 0; i < bodies.size(); i++) {
            List<String> names = bodies.get(i).localNames();
            long count = names.stream().filter(n -> !n.isEmpty()).count();
            if (count == 0) {
                continue;
            }
            withLocals++;
            locals.u32(imported + i).u32((int) count);
            for (int local = 0; local < names.size(); local++) {
                if (!names.get(local).isEmpty()) {
                    locals.u32(local).name(names.get(local));
                }
            }
        }
        if (withLocals > 0) {
            out.u8(2).sized(new ByteWriter().u32(withLocals).bytes(locals));
        }
        List<GlobalId> namedGlobals = globals.stream().filter(g -> !g.name().isEmpty()).toList();
        if (!namedGlobals.isEmpty()) {
            ByteWriter map = new ByteWriter().u32(namedGlobals.size());
            namedGlobals.forEach(g -> map.u32(g.index()).name(g.name()));
            out.u8(7).sized(map);
        }
        return out.toByteArray();
    }
}
