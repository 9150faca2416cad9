package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.runtime.engine.EngineException;
import org.jspecify.annotations.Nullable;

/** Creates the processes of a transaction: one fresh instance of its contract's module each, linked to the host. */
final class Processes {
    private final TxRun run;
    private final HostFunctions host;

    Processes(TxRun run, Services services) {
        this.run = run;
        this.host = new HostFunctions(run, new Control(run, this), services);
    }

    /** The entry script's process. */
    Proc script(LoadedContract contract, String label) {
        Proc p = new Proc(run.machine.entry().value(), Proc.Kind.SCRIPT, contract, null, null, label);
        instantiate(p);
        run.script = p;
        return p;
    }

    /** An input, rehydrated from its storage record (A.8). */
    Proc input(int pid, LoadedContract contract, ProcessTypeLayout type, UtxoEntry entry) {
        Proc p = add(pid, contract, type, entry);
        p.rehydrate(entry.state());
        return p;
    }

    /** A utxo or token created by this transaction (its constructor runs next). */
    Proc create(int pid, LoadedContract contract, ProcessTypeLayout type) {
        return add(pid, contract, type, null);
    }

    private Proc add(int pid, LoadedContract contract, ProcessTypeLayout type, @Nullable UtxoEntry entry) {
        if (pid != run.utxos.size()) {
            throw new IllegalStateException("process " + pid + " created out of order (" + run.utxos.size() + " exist)");
        }
        Proc.Kind kind = type.kind() == ProcessTypeLayout.Kind.TOKEN ? Proc.Kind.TOKEN : Proc.Kind.UTXO;
        Proc p = new Proc(pid, kind, contract, type, entry, type.name() + "#" + pid);
        run.utxos.add(p);
        instantiate(p);
        return p;
    }

    private void instantiate(Proc p) {
        try {
            p.instance = p.contract.module().instantiate(host.bind(p), run.gas);
        } catch (EngineException e) {
            TxAbort ours = EngineException.hostFailure(e, TxAbort.class).orElse(null);
            if (ours != null) {
                throw ours;
            }
            throw run.abort("Trap", "cannot instantiate " + p.label + ": " + e.getMessage(), null, null, p);
        }
    }
}
