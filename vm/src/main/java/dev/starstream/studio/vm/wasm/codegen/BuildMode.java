package dev.starstream.studio.vm.wasm.codegen;

/** The two builds of a contract (docs/design/vm-abi.md §1): identical apart from the debug hooks. */
public enum BuildMode {
    /** No hooks; its SHA-256 is the program hash. */
    RELEASE,
    /** Calls the {@code starstream:debug} hooks; runs under the release build's hash. */
    DEBUG
}
