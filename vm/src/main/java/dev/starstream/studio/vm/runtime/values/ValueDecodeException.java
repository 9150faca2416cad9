package dev.starstream.studio.vm.runtime.values;

/** Slots or lanes that are not a value of the expected type (a tag out of range, a bool lane of 2, too few lanes). */
public final class ValueDecodeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ValueDecodeException(String message) {
        super(message);
    }
}
