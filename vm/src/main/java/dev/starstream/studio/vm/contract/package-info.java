/**
 * The contract layout: the JSON description of a compiled contract module that the runtime, ledger,
 * debugger and IDE read (docs/design/vm-abi.md). Types are serialised by the Jackson annotations on
 * {@link dev.starstream.studio.vm.lang.types.Type}.
 */
@NullMarked
package dev.starstream.studio.vm.contract;

import org.jspecify.annotations.NullMarked;
