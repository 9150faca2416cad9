/** Source files, offsets, spans, positions and tokens: the coordinates every language tool shares. */
@NullMarked
package dev.starstream.studio.vm.lang.syntax;

import org.jspecify.annotations.NullMarked;
