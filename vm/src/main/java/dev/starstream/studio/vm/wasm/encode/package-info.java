/**
 * Our WebAssembly binary encoder (Chicory has none for instructions).
 *
 * <p>{@link dev.starstream.studio.vm.wasm.encode.ModuleBuilder} declares types, imports, functions,
 * tables, memories, globals, exports, the start function, element and data segments, custom
 * sections and the {@code name} section, handing out typed ids ({@link
 * dev.starstream.studio.vm.wasm.encode.Ids}). {@link dev.starstream.studio.vm.wasm.encode.CodeBuilder}
 * writes one function body: the MVP instruction set, sign extension, saturating conversions,
 * multi-value blocks, bulk memory, reference types and tail calls, with structured
 * block/loop/if helpers whose {@link dev.starstream.studio.vm.wasm.encode.Label}s turn into
 * relative branch depths. {@link dev.starstream.studio.vm.wasm.encode.ByteWriter} and {@link
 * dev.starstream.studio.vm.wasm.encode.ByteReader} hold the primitive encodings (LEB128 of 32, 33
 * and 64 bits, floats, names).
 *
 * <pre>{@code
 * ModuleBuilder m = new ModuleBuilder();
 * FunctionId add = m.function("add", FuncType.of(List.of(I32, I32), List.of(I32)), code -> code
 *         .localGet(code.param(0)).localGet(code.param(1)).op(Op.I32_ADD), "a", "b");
 * m.exportFunction("add", add);
 * byte[] wasm = m.build();
 * }</pre>
 */
@NullMarked
package dev.starstream.studio.vm.wasm.encode;

import org.jspecify.annotations.NullMarked;
