package dev.starstream.studio.vm.contract;

import dev.starstream.studio.vm.lang.types.Type;

/**
 * A storage field: its type and where its lanes sit in the state record ({@code wordOffset} counts
 * from word 0 of the record; {@code words} lanes long).
 */
public record StorageFieldLayout(String name, Type type, boolean indexed, int wordOffset, int words) {}
