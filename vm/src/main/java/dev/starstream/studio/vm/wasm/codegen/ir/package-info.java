/**
 * The code generator's input: a typed, resolved tree of one contract. Every expression carries its
 * {@link dev.starstream.studio.vm.lang.types.Type}; every name is resolved (a local
 * {@link dev.starstream.studio.vm.wasm.codegen.ir.IrVar}, a storage field, a function, a method of an
 * ABI, a constructor, an event, an effect, a runtime function); grouping and {@code disclose} are
 * gone; statements carry the checker's stable statement ids. {@code Lowering} builds it from the
 * checker's typed program; the back end ({@code vm.wasm.codegen.emit}) and the reference evaluator of
 * the tests consume it. Nothing here is validated again: an IR tree is assumed well typed.
 */
@NullMarked
package dev.starstream.studio.vm.wasm.codegen.ir;

import org.jspecify.annotations.NullMarked;
