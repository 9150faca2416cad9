package dev.starstream.studio.vm.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Traces as JSON. The interleaving operations are written with the interleaving package's codec; until
 * that codec is available the transaction carries no trace tree.
 */
final class TraceJson {
    private TraceJson() {}

    static @Nullable JsonNode toTree(Trace trace) {
        return null;
    }
}
