/**
 * The code generator: a checked contract becomes one core WebAssembly module per build (release,
 * debug), its {@link dev.starstream.studio.vm.contract.ContractLayout} and its
 * {@link dev.starstream.studio.vm.wasm.codegen.debug.DebugInfo}, following docs/design/vm-abi.md.
 *
 * <h2>Pipeline</h2>
 * {@link dev.starstream.studio.vm.wasm.codegen.SourceCompiler} (one file) and
 * {@link dev.starstream.studio.vm.wasm.codegen.WorkspaceCompiler} (a checked workspace: each contract
 * with the helper modules it reaches) → {@code lower.Lowering} (the checker's typed program → the
 * typed, resolved {@code ir}) → {@link dev.starstream.studio.vm.wasm.codegen.ContractCompiler} →
 * {@code ModuleWriter} per build. Bad input never throws: errors and code generator limitations come
 * back as diagnostics ({@code DiagnosticCode.CODEGEN}).
 *
 * <h2>Lowering choices</h2>
 * <ul>
 *   <li>Values are flattened to slots ({@code layout.Slots}); composite values travel as several
 *       stack values (multi-value blocks, calls and results), enums as a tag plus an overlaid payload
 *       area ({@code layout.EnumShape}).</li>
 *   <li>Checked arithmetic (A.7, floored {@code / %}) is emitted inline ({@code emit.IntArith});
 *       traps call the {@code trap} import with the reason.</li>
 *   <li>{@code match} is a decision tree (clause-matrix specialisation) over the scrutinee's slots;
 *       each arm body is emitted once ({@code emit.MatchCompiler}).</li>
 *   <li>Structured code everywhere except utxo mains with yields: those become a state machine over
 *       basic blocks ({@code emit.CfgBuilder}, {@code emit.CoroutineEmitter}): only constructs that
 *       contain a {@code yield} are taken apart; operands evaluated before a yield go to temporaries;
 *       a backward liveness analysis decides what each yield point spills to the state globals; a
 *       resume dispatcher per utxo continues main from the yield point in the {@code yield} global.</li>
 *   <li>{@code try … with}: each clause is an exported function {@code handler#n}; variables a clause
 *       shares with its function live in a shadow frame in linear memory
 *       ({@code emit.ShadowFrames}); a raise inside a {@code try} body of the same function calls its
 *       clause directly, any other raise goes through the host.</li>
 * </ul>
 */
@NullMarked
package dev.starstream.studio.vm.wasm.codegen;

import org.jspecify.annotations.NullMarked;
