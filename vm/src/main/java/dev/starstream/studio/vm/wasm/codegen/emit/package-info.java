/** See {@link dev.starstream.studio.vm.wasm.codegen}. */
@NullMarked
package dev.starstream.studio.vm.wasm.codegen.emit;

import org.jspecify.annotations.NullMarked;
