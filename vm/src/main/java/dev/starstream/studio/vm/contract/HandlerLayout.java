package dev.starstream.studio.vm.contract;

/**
 * A {@code with} clause of a script's {@code try}: exported as {@code export}
 * ({@code handler#<n>}), installed under {@code tryId}, answering {@code abi}'s {@code effect}.
 */
public record HandlerLayout(int index, String export, int tryId, String abi, String effect, String file, int line) {}
