/**
 * The 21 ledger operations ({@link dev.starstream.studio.vm.interleaving.op.Op}) and the values they
 * carry: {@link dev.starstream.studio.vm.interleaving.op.ProcessId} (a pid, int index),
 * {@link dev.starstream.studio.vm.interleaving.op.RefId} (a ref id),
 * {@link dev.starstream.studio.vm.interleaving.op.FunctionId} (a Goldilocks element),
 * {@link dev.starstream.studio.vm.interleaving.op.Hash} (4 little-endian u64 limbs) and
 * {@link dev.starstream.studio.vm.interleaving.op.Word} (4 u32 lanes held in longs). Each operation
 * knows its {@link dev.starstream.studio.vm.interleaving.op.Opcode} discriminant and its
 * {@link dev.starstream.studio.vm.interleaving.op.CommitmentSlots} a0..a6 (RUNTIME B §3.2).
 */
@NullMarked
package dev.starstream.studio.vm.interleaving.op;

import org.jspecify.annotations.NullMarked;
