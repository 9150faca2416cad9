/**
 * The runtime's narrow seam to the WebAssembly engine: load module bytes once per contract and mode
 * ({@link dev.starstream.studio.vm.runtime.engine.EngineModule}), instantiate them per process with
 * host functions ({@link dev.starstream.studio.vm.runtime.engine.EngineInstance}), charge gas
 * against one transaction budget ({@link dev.starstream.studio.vm.runtime.engine.GasMeter}). Failures
 * are {@link dev.starstream.studio.vm.runtime.engine.EngineException}s with a stable reason.
 */
@NullMarked
package dev.starstream.studio.vm.runtime.engine;

import org.jspecify.annotations.NullMarked;
