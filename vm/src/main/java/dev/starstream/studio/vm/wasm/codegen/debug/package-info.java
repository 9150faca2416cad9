/**
 * Debug information of a compiled contract (docs/design/vm-abi.md §8): statement ids → source spans,
 * functions, every variable slot (name, type, where it lives), the coroutine frame of each utxo, yield
 * points, effect sites, and the release hash the module runs under. Serialised as JSON beside the
 * module ({@code debug.json}).
 */
@NullMarked
package dev.starstream.studio.vm.wasm.codegen.debug;

import org.jspecify.annotations.NullMarked;
