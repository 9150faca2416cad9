/** The plugins that ship with Studio. */
@NullMarked
package dev.starstream.studio.plugins.builtin;

import org.jspecify.annotations.NullMarked;
