package dev.starstream.studio.vm.interleaving.op;

import org.jspecify.annotations.Nullable;

/**
 * One ledger operation as it appears in a process's trace: the 21 operations of RUNTIME B §3.2,
 * each with its inputs and its outputs (a trace entry is a witness, so it holds both).
 *
 * <p>Outputs that only become known when control comes back to the process (M1: {@code Resume}'s
 * {@code ret} and {@code caller}, {@code CallEffectHandler}'s {@code ret}) may be {@code null}:
 * "unresolved". An unresolved output makes no claim, as upstream's {@code Thunk}; the live machine
 * fills it in its recorded trace when the next control transfer enters the process. Every other
 * component is required.
 */
public sealed interface Op {
    /** The operation's opcode (its discriminant and name). */
    Opcode opcode();

    /** The commitment slots a0..a6 of this entry (RUNTIME B §3.2 layout). */
    CommitmentSlots slots();

    /** Transfer control to {@code target}, entering {@code fn} with argument {@code val}; coordination scripts only. */
    record Resume(ProcessId target, FunctionId fn, RefId val, @Nullable RefId ret, @Nullable ProcessId caller)
            implements Op {
        /** A resume whose outputs are not known yet (the live runtime's form). */
        public static Resume pending(ProcessId target, FunctionId fn, RefId val) {
            return new Resume(target, fn, val, null, null);
        }

        public Resume withOutputs(@Nullable RefId newRet, @Nullable ProcessId newCaller) {
            return new Resume(target, fn, val, newRet, newCaller);
        }

        @Override
        public Opcode opcode() {
            return Opcode.RESUME;
        }

        @Override
        public CommitmentSlots slots() {
            return new CommitmentSlots(
                    target.value(), val.value(), ret == null ? 0 : ret.value(), ProcessId.optSlot(caller),
                    fn.value(), 0, 0);
        }
    }

    /** Hand {@code val} back to the parent ({@code yield_to}); utxos only. */
    record Yield(RefId val) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.YIELD;
        }

        @Override
        public CommitmentSlots slots() {
            return new CommitmentSlots(0, val.value(), 0, 0, 0, 0, 0);
        }
    }

    /** Create the utxo {@code id} running {@code programHash} with constructor argument {@code val}. */
    record NewUtxo(Hash programHash, RefId val, ProcessId id) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.NEW_UTXO;
        }

        @Override
        public CommitmentSlots slots() {
            return CommitmentSlots.withHash(id.value(), val.value(), 0, programHash);
        }
    }

    /** Create the coordination script {@code id} (kept for cross-contract scripts). */
    record NewCoord(Hash programHash, RefId val, ProcessId id) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.NEW_COORD;
        }

        @Override
        public CommitmentSlots slots() {
            return CommitmentSlots.withHash(id.value(), val.value(), 0, programHash);
        }
    }

    /** Create the token {@code id}. */
    record NewToken(Hash programHash, RefId val, ProcessId id) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.NEW_TOKEN;
        }

        @Override
        public CommitmentSlots slots() {
            return CommitmentSlots.withHash(id.value(), val.value(), 0, programHash);
        }
    }

    /** Push the current coordination script on the handler stack of {@code iface}. */
    record InstallHandler(Hash iface) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.INSTALL_HANDLER;
        }

        @Override
        public CommitmentSlots slots() {
            return CommitmentSlots.withHash(0, 0, 0, iface);
        }
    }

    /** Pop the current coordination script from the handler stack of {@code iface}. */
    record UninstallHandler(Hash iface) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.UNINSTALL_HANDLER;
        }

        @Override
        public CommitmentSlots slots() {
            return CommitmentSlots.withHash(0, 0, 0, iface);
        }
    }

    /** Read the top of the handler stack of {@code iface}: {@code handler}. */
    record GetHandlerFor(Hash iface, ProcessId handler) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.GET_HANDLER_FOR;
        }

        @Override
        public CommitmentSlots slots() {
            return CommitmentSlots.withHash(0, 0, handler.value(), iface);
        }
    }

    /** End an input utxo without continuation; its final {@code Yield} follows. */
    record Burn() implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.BURN;
        }

        @Override
        public CommitmentSlots slots() {
            return CommitmentSlots.ZERO;
        }
    }

    /** Read the argument and sender of the transfer that entered the current frame. */
    record Activation(RefId val, ProcessId caller) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.ACTIVATION;
        }

        @Override
        public CommitmentSlots slots() {
            return new CommitmentSlots(0, val.value(), 0, caller.value(), 0, 0, 0);
        }
    }

    /** Read the constructor argument and creator (once). */
    record Init(RefId val, ProcessId caller) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.INIT;
        }

        @Override
        public CommitmentSlots slots() {
            return new CommitmentSlots(0, val.value(), 0, caller.value(), 0, 0, 0);
        }
    }

    /** Allocate a ref of {@code size} words; exactly {@code size} {@code RefPush}es follow. */
    record NewRef(int size, RefId ref) implements Op {
        public NewRef {
            if (size < 0) {
                throw new IllegalArgumentException("a ref has >= 0 words, got " + size);
            }
        }

        @Override
        public Opcode opcode() {
            return Opcode.NEW_REF;
        }

        @Override
        public CommitmentSlots slots() {
            return new CommitmentSlots(0, 0, ref.value(), size, 0, 0, 0);
        }
    }

    /** Write the next word of the ref being built. */
    record RefPush(Word word) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.REF_PUSH;
        }

        @Override
        public CommitmentSlots slots() {
            return new CommitmentSlots(word.lane0(), word.lane1(), word.lane2(), word.lane3(), 0, 0, 0);
        }
    }

    /** Read word {@code offset} of {@code ref}: {@code word}. */
    record RefGet(RefId ref, int offset, Word word) implements Op {
        public RefGet {
            if (offset < 0) {
                throw new IllegalArgumentException("a word offset is >= 0, got " + offset);
            }
        }

        @Override
        public Opcode opcode() {
            return Opcode.REF_GET;
        }

        @Override
        public CommitmentSlots slots() {
            return new CommitmentSlots(
                    word.lane0(), ref.value(), word.lane1(), offset, word.lane2(), word.lane3(), 0);
        }
    }

    /** Bind the current process (the token) to {@code owner}. */
    record Bind(ProcessId owner) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.BIND;
        }

        @Override
        public CommitmentSlots slots() {
            return new CommitmentSlots(owner.value(), 0, 0, 0, 0, 0, 0);
        }
    }

    /** Release {@code token}, which the current process owns. */
    record Unbind(ProcessId token) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.UNBIND;
        }

        @Override
        public CommitmentSlots slots() {
            return new CommitmentSlots(token.value(), 0, 0, 0, 0, 0, 0);
        }
    }

    /** Read the program hash of {@code target}: {@code hash}. */
    record ProgramHash(ProcessId target, Hash hash) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.PROGRAM_HASH;
        }

        @Override
        public CommitmentSlots slots() {
            return CommitmentSlots.withHash(target.value(), 0, 0, hash);
        }
    }

    /** Overwrite word {@code offset} of {@code ref} with {@code word}. */
    record RefWrite(RefId ref, int offset, Word word) implements Op {
        public RefWrite {
            if (offset < 0) {
                throw new IllegalArgumentException("a word offset is >= 0, got " + offset);
            }
        }

        @Override
        public Opcode opcode() {
            return Opcode.REF_WRITE;
        }

        @Override
        public CommitmentSlots slots() {
            return new CommitmentSlots(
                    word.lane0(), ref.value(), word.lane1(), offset, word.lane2(), word.lane3(), 0);
        }
    }

    /** End the current coordination script's frame (to {@code yield_to}, or the end of the transaction). */
    record Return() implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.RETURN;
        }

        @Override
        public CommitmentSlots slots() {
            return CommitmentSlots.ZERO;
        }
    }

    /** Transfer control to the handler on top of {@code iface}'s stack, entering {@code fn} with {@code val}. */
    record CallEffectHandler(Hash iface, FunctionId fn, RefId val, @Nullable RefId ret) implements Op {
        /** A call whose answer is not known yet (the live runtime's form). */
        public static CallEffectHandler pending(Hash iface, FunctionId fn, RefId val) {
            return new CallEffectHandler(iface, fn, val, null);
        }

        public CallEffectHandler withRet(@Nullable RefId newRet) {
            return new CallEffectHandler(iface, fn, val, newRet);
        }

        @Override
        public Opcode opcode() {
            return Opcode.CALL_EFFECT_HANDLER;
        }

        @Override
        public CommitmentSlots slots() {
            return CommitmentSlots.withHash(fn.value(), val.value(), ret == null ? 0 : ret.value(), iface);
        }
    }

    /** Open the frame of {@code fn}, which the transfer into this process announced. */
    record Enter(FunctionId fn) implements Op {
        @Override
        public Opcode opcode() {
            return Opcode.ENTER;
        }

        @Override
        public CommitmentSlots slots() {
            return new CommitmentSlots(fn.value(), 0, 0, 0, 0, 0, 0);
        }
    }
}
