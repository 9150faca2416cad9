package dev.starstream.studio.editor.services.workspace;

import java.util.function.Function;

/** The result of a file operation: its value, or a one-line message saying why it failed. */
public sealed interface FileOutcome<T> {
    record Done<T>(T value) implements FileOutcome<T> {}

    record Failed<T>(String message) implements FileOutcome<T> {}

    static <T> FileOutcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> FileOutcome<T> failed(String message) {
        return new Failed<>(message);
    }

    default boolean isDone() {
        return this instanceof Done<T>;
    }

    /** The value; throws {@link IllegalStateException} with the failure message when it failed. */
    default T orElseThrow() {
        return switch (this) {
            case Done<T> d -> d.value();
            case Failed<T> f -> throw new IllegalStateException(f.message());
        };
    }

    default <U> FileOutcome<U> map(Function<? super T, ? extends U> f) {
        return switch (this) {
            case Done<T> d -> new Done<>(f.apply(d.value()));
            case Failed<T> e -> new Failed<>(e.message());
        };
    }
}
