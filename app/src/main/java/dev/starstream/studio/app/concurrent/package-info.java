/** Threads: the one gateway to the JavaFX thread, named pools, and the background task executor. */
@NullMarked
package dev.starstream.studio.app.concurrent;

import org.jspecify.annotations.NullMarked;
