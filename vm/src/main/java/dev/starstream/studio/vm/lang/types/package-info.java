/**
 * Resolved Starstream types: what the checker infers, the code generator lays out, the runtime
 * encodes (RUNTIME A.9 P3) and the IDE displays.
 */
@NullMarked
package dev.starstream.studio.vm.lang.types;

import org.jspecify.annotations.NullMarked;
