package dev.starstream.studio.vm.runtime.engine;

/** A host function's body: the arguments as Chicory holds them, the results (empty when none). */
@FunctionalInterface
public interface HostCall {
    long[] call(long[] args);
}
