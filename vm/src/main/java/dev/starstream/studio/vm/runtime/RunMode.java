package dev.starstream.studio.vm.runtime;

/**
 * How a transaction runs: {@link #RUN} executes the release modules compiled to JVM bytecode;
 * {@link #DEBUG} interprets the debug builds (when a contract has one) and records statement steps and
 * variable writes from their hooks. Both produce the same operations, events, result and gas.
 */
public enum RunMode {
    RUN,
    DEBUG
}
