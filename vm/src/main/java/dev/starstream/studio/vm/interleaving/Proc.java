package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine's record of one process: its read-only facts (B §3.3 ROM) and its mutable state (RAM).
 * Absent values are −1 (valid refs, pids and function ids are never −1: function ids are below the
 * Goldilocks prime).
 */
final class Proc {
    static final int NONE = -1;

    final int pid;
    final Hash programHash;
    final boolean utxo;
    final boolean token;
    final boolean input;
    boolean mustBurn;
    boolean ephemeral;

    boolean initialized;
    boolean finalized;
    boolean didBurn;
    boolean onYield = true;
    boolean mustExit;
    int yieldTo = NONE;
    long expectedInput = NONE;
    int expectedResumer = NONE;
    long activationVal = NONE;
    int activationCaller = NONE;
    long initVal = NONE;
    int initCaller = NONE;
    long mustEnter = NONE;
    int owner = NONE;
    /** The owner at the start of the transaction (ownership_in). */
    int ownerIn = NONE;
    long buildRef = NONE;
    int buildWord;
    int buildSize;

    /** How many of this process's operations have been executed. */
    int executed;

    /** The operations executed, in order; in live mode with deferred outputs filled in place. */
    final List<Op> recorded = new ArrayList<>();

    /** Live mode only: the index of this process's control op whose outputs are still unresolved. */
    int pendingControl = NONE;

    Proc(int pid, Hash programHash, boolean utxo, boolean token, boolean input) {
        this.pid = pid;
        this.programHash = programHash;
        this.utxo = utxo;
        this.token = token;
        this.input = input;
    }

    ProcessKind kind() {
        if (!utxo) {
            return ProcessKind.COORD;
        }
        return token ? ProcessKind.TOKEN : ProcessKind.UTXO;
    }

    boolean hasActivation() {
        return activationVal != NONE;
    }

    boolean building() {
        return buildRef != NONE;
    }

    boolean ended() {
        return (input && didBurn) || ephemeral;
    }
}
