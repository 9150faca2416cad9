/** The Starstream language and machine: parser, checker, formatter, code generator, runtime and interleaving rules. No JavaFX. */
@NullMarked
package dev.starstream.studio.vm;

import org.jspecify.annotations.NullMarked;
