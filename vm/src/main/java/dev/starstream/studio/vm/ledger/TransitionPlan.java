package dev.starstream.studio.vm.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Exactly what applying one transaction changes, computed by {@link LedgerTransition} before
 * anything is written, so that a ledger either performs all of it or none of it.
 *
 * @param txHash the transaction hash (A.6)
 * @param inputs per input: the entry before, its fate, and the entry after (null when burned)
 * @param outputs per new output: its coroutine and the created entry (null when ephemeral)
 * @param ownership every change of the token ownership registry
 * @param counters per contract whose counter moved: the next nonce before and after
 */
public record TransitionPlan(
        Hash32 txHash,
        List<InputChange> inputs,
        List<OutputChange> outputs,
        List<OwnershipChange> ownership,
        Map<Hash32, CounterChange> counters) {
    public TransitionPlan {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        ownership = List.copyOf(ownership);
        counters = Map.copyOf(counters);
    }

    public record InputChange(UtxoEntry before, InputFate fate, @Nullable UtxoEntry after) {
        public Optional<UtxoEntry> afterIfAny() {
            return Optional.ofNullable(after);
        }
    }

    public record OutputChange(int index, CoroutineId coroutine, @Nullable UtxoEntry created) {
        public Optional<UtxoEntry> createdIfAny() {
            return Optional.ofNullable(created);
        }
    }

    /** The registry entry of {@code token} goes from {@code before} to {@code after} (null = unowned). */
    public record OwnershipChange(CoroutineId token, @Nullable CoroutineId before, @Nullable CoroutineId after) {}

    public record CounterChange(long before, long after) {}

    /** UtxoIds that stop being live: continued and burned inputs. */
    public List<UtxoId> spent() {
        List<UtxoId> spent = new ArrayList<>();
        for (InputChange input : inputs) {
            if (input.fate() != InputFate.REFERENCE) {
                spent.add(input.before().id());
            }
        }
        return spent;
    }

    /** Entries that become live: continued inputs and non-ephemeral new outputs, in that order. */
    public List<UtxoEntry> created() {
        List<UtxoEntry> created = new ArrayList<>();
        for (InputChange input : inputs) {
            if (input.fate() == InputFate.CONTINUED && input.after() != null) {
                created.add(input.after());
            }
        }
        for (OutputChange output : outputs) {
            if (output.created() != null) {
                created.add(output.created());
            }
        }
        return created;
    }

    /** Applies this plan's changes to an accumulator (entries are hashed without their owner field). */
    public void applyTo(StateAccumulator accumulator) {
        for (InputChange input : inputs) {
            if (input.fate() != InputFate.REFERENCE) {
                accumulator.removeUtxo(input.before().withOwner(null));
            }
        }
        for (UtxoEntry entry : created()) {
            accumulator.addUtxo(entry.withOwner(null));
        }
        for (OwnershipChange change : ownership) {
            if (change.before() != null) {
                accumulator.removeOwnership(change.token(), change.before());
            }
            if (change.after() != null) {
                accumulator.addOwnership(change.token(), change.after());
            }
        }
        counters.forEach((contract, change) -> {
            if (change.before() > 0) {
                accumulator.removeCounter(contract, change.before());
            }
            accumulator.addCounter(contract, change.after());
        });
    }
}
