package dev.starstream.studio.vm.runtime.engine;

/** How module code runs: Chicory's compiler (run mode) or its interpreter (debug mode). */
public enum EngineMode {
    COMPILED,
    INTERPRETER
}
