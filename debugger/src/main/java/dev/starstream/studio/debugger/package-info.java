/** The debug engine: sessions, breakpoints, stepping both ways, the state model. No JavaFX. */
@NullMarked
package dev.starstream.studio.debugger;

import org.jspecify.annotations.NullMarked;
