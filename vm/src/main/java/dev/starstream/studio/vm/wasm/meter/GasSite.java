package dev.starstream.studio.vm.wasm.meter;

/**
 * One charge the pass inserted: at the start of a basic block of {@code functionIndex} whose first
 * instruction lies {@code instructionOffset} bytes after the function's first instruction in the
 * original module, charging {@code cost} units (its instruction count).
 */
public record GasSite(int functionIndex, int instructionOffset, int cost) {}
