/**
 * From the checker's typed program ({@link dev.starstream.studio.vm.lang.check.TypedModule}) to the
 * code generator's IR: every name, callee, pattern and type is taken from the checker; nothing is
 * resolved or inferred again here.
 */
@NullMarked
package dev.starstream.studio.vm.wasm.codegen.lower;

import org.jspecify.annotations.NullMarked;
