/** Diagnostics as data: stable codes, severities, locations, related spans and notes. */
@NullMarked
package dev.starstream.studio.vm.lang.diag;

import org.jspecify.annotations.NullMarked;
