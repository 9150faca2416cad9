/** See {@link dev.starstream.studio.vm.wasm.codegen}. */
@NullMarked
package dev.starstream.studio.vm.wasm.codegen.layout;

import org.jspecify.annotations.NullMarked;
