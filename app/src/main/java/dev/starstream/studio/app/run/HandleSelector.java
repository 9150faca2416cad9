package dev.starstream.studio.app.run;

import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.UtxoId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a run configuration names the utxo or token a handle parameter takes. A UtxoId changes every
 * time a transaction continues the utxo, so configurations usually name it in a way that survives:
 *
 * <ul>
 *   <li>{@code <64 hex>:<nonce>}: exactly this UtxoId ({@link Exact});
 *   <li>{@code newest Accumulator}: the live utxo of that type of the run's contract created or
 *       continued last ({@link Newest}); {@code newest Gold owned by pool}: the newest such token
 *       owned by the utxo given for the earlier parameter {@code pool};
 *   <li>{@code coroutine <tx hash>#<index>}: whatever live utxo that coroutine is now ({@link Coroutine}).
 * </ul>
 */
public sealed interface HandleSelector {
    Pattern NEWEST = Pattern.compile("newest\\s+([A-Za-z_][A-Za-z0-9_]*)(?:\\s+owned\\s+by\\s+([A-Za-z_][A-Za-z0-9_]*))?");
    Pattern COROUTINE = Pattern.compile("coroutine\\s+(\\S+)");

    /** The text a configuration stores. */
    String text();

    record Exact(UtxoId id) implements HandleSelector {
        @Override
        public String text() {
            return id.toString();
        }
    }

    record Newest(String type, @Nullable String ownedBy) implements HandleSelector {
        @Override
        public String text() {
            return "newest " + type + (ownedBy == null ? "" : " owned by " + ownedBy);
        }
    }

    record Coroutine(CoroutineId id) implements HandleSelector {
        @Override
        public String text() {
            return "coroutine " + id;
        }
    }

    /** The selector {@code text} stands for, or empty when it is none of the forms above. */
    static Optional<HandleSelector> parse(String text) {
        String trimmed = text.strip();
        Matcher newest = NEWEST.matcher(trimmed);
        if (newest.matches()) {
            return Optional.of(new Newest(newest.group(1), newest.group(2)));
        }
        Matcher coroutine = COROUTINE.matcher(trimmed);
        if (coroutine.matches()) {
            return CoroutineId.tryParse(coroutine.group(1)).map(Coroutine::new);
        }
        try {
            return Optional.of(new Exact(UtxoId.parse(trimmed)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
