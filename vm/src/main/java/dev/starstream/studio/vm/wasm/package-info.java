/**
 * The WebAssembly layer under the code generator and the runtime.
 *
 * <ul>
 *   <li>{@code encode}: our binary encoder ({@code ModuleBuilder}, {@code CodeBuilder}).
 *   <li>{@code meter}: the deterministic gas and call-depth pass applied to any module.
 *   <li>{@code load}: the safe loader: caps, validation, metering, instantiation on Chicory in
 *       interpreter or compiled mode, budgets shared across instances.
 *   <li>{@code wat}: the disassembler, with a comment hook for source lines.
 * </ul>
 *
 * <p>Every failure is a {@link dev.starstream.studio.vm.wasm.WasmException}, an unchecked root with
 * one subtype per {@link dev.starstream.studio.vm.wasm.WasmException#reason() reason}.
 */
@NullMarked
package dev.starstream.studio.vm.wasm;

import org.jspecify.annotations.NullMarked;
