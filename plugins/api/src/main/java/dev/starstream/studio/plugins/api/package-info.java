/** The versioned plugin API: interfaces and records only, a leaf every module may depend on. */
@NullMarked
package dev.starstream.studio.plugins.api;

import org.jspecify.annotations.NullMarked;
