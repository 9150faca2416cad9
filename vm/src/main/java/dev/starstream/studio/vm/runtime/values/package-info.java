/**
 * Starstream values outside wasm: {@link dev.starstream.studio.vm.runtime.values.Value} (decoded,
 * typed), {@link dev.starstream.studio.vm.runtime.values.ValueLayout} (slots and lanes per type),
 * {@link dev.starstream.studio.vm.runtime.values.ValueCodec} (values ↔ wasm slots ↔ ref lanes, A.9 P3),
 * {@link dev.starstream.studio.vm.runtime.values.ValueJson} (A.11's JSON value rules),
 * {@link dev.starstream.studio.vm.runtime.values.ValueText} (Starstream literal text for people) and
 * {@link dev.starstream.studio.vm.runtime.values.LiteralParser} (command-line arguments).
 */
@NullMarked
package dev.starstream.studio.vm.runtime.values;

import org.jspecify.annotations.NullMarked;
