package dev.starstream.studio.vm.wasm.encode;

import java.util.List;
import java.util.stream.Collectors;

/** A function signature; several results are allowed (multi-value). */
public record FuncType(List<ValType> params, List<ValType> results) {
    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public static FuncType of(List<ValType> params, List<ValType> results) {
        return new FuncType(params, results);
    }

    /** No parameters, the given results. */
    public static FuncType returning(ValType... results) {
        return new FuncType(List.of(), List.of(results));
    }

    /** The given parameters, no results. */
    public static FuncType accepting(ValType... params) {
        return new FuncType(List.of(params), List.of());
    }

    public static FuncType empty() {
        return new FuncType(List.of(), List.of());
    }

    /** Text-format rendering, e.g. {@code (param i32 i64) (result i32)}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("(func");
        if (!params.isEmpty()) {
            text.append(" (param ").append(names(params)).append(')');
        }
        if (!results.isEmpty()) {
            text.append(" (result ").append(names(results)).append(')');
        }
        return text.append(')').toString();
    }

    private static String names(List<ValType> types) {
        return types.stream().map(ValType::text).collect(Collectors.joining(" "));
    }
}
