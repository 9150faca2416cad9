/**
 * The safe loader and the instances it makes.
 *
 * <pre>{@code
 * WasmLoader loader = new WasmLoader(LoadOptions.compiled());          // or .interpreter()
 * LoadedModule module = loader.load(bytes);                           // InvalidModuleException
 * ExecutionBudget budget = new ExecutionBudget(10_000_000, 1_000);    // gas, call depth
 * WasmInstance instance = module.instantiate(HostImports.builder()
 *         .function("env", "log", FuncType.accepting(I32), 100, (caller, args) -> new long[0])
 *         .build(), budget);                                          // LinkException
 * long[] results = instance.call("main", 42);                         // WasmTrapException,
 * budget.gasUsed(); instance.gasUsed(); instance.gasByFunction();     // OutOfGasException, …
 * }</pre>
 *
 * <p>One budget may serve several instances (the processes of a transaction): gas and depth move
 * with control at every call boundary, including host functions calling other instances.
 * {@code Thread.interrupt()} stops a running call in both modes with {@code
 * ExecutionInterruptedException}.
 */
@NullMarked
package dev.starstream.studio.vm.wasm.load;

import org.jspecify.annotations.NullMarked;
