package dev.starstream.studio.vm.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.starstream.studio.vm.interleaving.json.InterleavingJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Traces as JSON (docs/design/vm-abi.md §11), so that a run can be saved, replayed and handed to a
 * ledger: operations in the interleaving package's form, everything else by record component names.
 * {@link #fromJson} reads back exactly what {@link #toJson} wrote.
 */
public final class TraceJson {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(InterleavingJson.module()).build();

    private TraceJson() {}

    public static JsonNode toTree(Trace trace) {
        return JSON.valueToTree(trace);
    }

    public static byte[] toJson(Trace trace) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(trace);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The trace in {@code json}; {@link IllegalArgumentException} naming the problem when it is not one. */
    public static Trace fromJson(byte[] json) {
        try {
            return JSON.readValue(json, Trace.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a trace: " + e.getMessage(), e);
        }
    }

    public static Trace fromTree(JsonNode tree) {
        try {
            return JSON.treeToValue(tree, Trace.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a trace: " + e.getMessage(), e);
        }
    }
}
