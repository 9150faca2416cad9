/**
 * The interleaving machine: the contract between runtime, ledger and prover (ARCHITECTURE decision
 * 3). Every cross-process act of a transaction is one of the 21 ledger operations ({@link
 * dev.starstream.studio.vm.interleaving.op.Op}); each process has its own trace of them, and the
 * rules ({@link dev.starstream.studio.vm.interleaving.Rule}: RUNTIME B §3.4 1–60 as amended by A.2,
 * plus Studio rules 61–66) decide whether the traces interleave legally.
 *
 * <h2>Checking a whole transaction (ledger, prover, debugger)</h2>
 *
 * <pre>{@code
 * Verdict v = TransactionChecker.check(instance, traces);   // traces: one ProcessTrace per pid
 * v.ok();              // legal?
 * v.violation();       // else: rule, error name (B §3.6 / A.11), pid, op index, global step, message
 * v.order();           // the global interleaving: List<Step(pid, index)>, reconstructed from the
 *                      // entrypoint by following control operations (B §4.1 step 1)
 * }</pre>
 *
 * <h2>Driving it while the transaction runs (runtime)</h2>
 *
 * <pre>{@code
 * InterleavingMachine m = InterleavingMachine.live(inputs, entryProgramHash);
 * ProcessId s = m.entry();                      // provisional pid of the entry script
 * StepResult r = m.step(s, new Op.NewRef(1, m.nextRef()));
 * m.step(s, new Op.RefPush(word));
 * m.step(s, new Op.NewUtxo(hash, ref, m.nextNewProcess()));   // final pid of the new utxo
 * m.step(s, Op.Resume.pending(u, fn, ref));     // ret/caller filled when control comes back (M1)
 * m.activation(u); m.init(u); m.handlerFor(iface); m.word(ref, i); m.programHash(p);
 *                                               // what Activation/Init/GetHandlerFor/RefGet/… must read
 * m.recorded(s, index);                         // the Resume with its outputs filled
 * m.markEphemeral(u);                           // a new utxo whose main ended (A.5b)
 * Verdict v = m.finish();                       // end rules; the instance and traces the run built,
 *                                               // canonical numbering (scripts after new outputs)
 * }</pre>
 *
 * In a live run the claims (rules 9, 10, 14, 15, 31, 32) come from outputs the machine itself fills, so
 * they hold by construction; the ledger's re-check of the finished traces ({@code TransactionChecker})
 * verifies them like any other rule.
 *
 * <p>A rejected operation ({@link dev.starstream.studio.vm.interleaving.StepResult.Rejected}) does not
 * take effect; {@link dev.starstream.studio.vm.interleaving.InterleavingMachine#snapshot()} shows
 * the state it met (yield_to, on_yield, claims, activation, handler stacks, ref arena, ownership,
 * must_enter/must_exit, finalized/burned). {@link
 * dev.starstream.studio.vm.interleaving.InterleavingMachine#replaying} drives the same machine over
 * a fixed instance (the debugger's replay).
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>Indices in data are 0-based (op index, global step); text shows them 1-based, as RUNTIME
 *       A.10 numbers S1…S16.
 *   <li>Pids are canonical: inputs, new outputs, coordination scripts. During a live run, scripts
 *       carry provisional pids (never visible to wasm, A.5b) until {@code finish()}.
 *   <li>An unresolved output ({@code null} ret/caller) makes no claim, as upstream's {@code Thunk}.
 *   <li>Failures are data: a malformed instance is rule 1, a pid outside the table rule 61; nothing
 *       read from a trace throws.
 * </ul>
 *
 * {@link dev.starstream.studio.vm.interleaving.InterleavingText} renders an interleaving one line per
 * operation; {@code ..interleaving.json.InterleavingJson} (de)serialises ops, instances, traces and
 * verdicts; {@code ..interleaving.encoding} holds the ids and the lane encoding.
 */
@NullMarked
package dev.starstream.studio.vm.interleaving;

import org.jspecify.annotations.NullMarked;
