package dev.starstream.studio.vm.wasm.load;

/** How Chicory runs a module. */
public enum ExecutionMode {
    /** Chicory's interpreter: slower, observable by an execution listener (debug mode). */
    INTERPRETER,
    /** Chicory's compiler (wasm to JVM bytecode), with the interpreter for functions too large (run mode). */
    COMPILED
}
