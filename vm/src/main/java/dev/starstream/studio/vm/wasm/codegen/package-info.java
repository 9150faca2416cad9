/**
 * The code generator: a checked contract becomes one core WebAssembly module, its
 * {@link dev.starstream.studio.vm.contract.ContractLayout} and its debug information, following
 * docs/design/vm-abi.md. {@code ir} is the typed, resolved input tree; {@code layout} says how values
 * become wasm slots and state globals; {@code emit} writes the instructions; {@code debug} describes
 * the module for the debugger.
 */
@NullMarked
package dev.starstream.studio.vm.wasm.codegen;

import org.jspecify.annotations.NullMarked;
