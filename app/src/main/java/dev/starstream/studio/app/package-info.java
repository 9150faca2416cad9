@NullMarked
package dev.starstream.studio.app;

import org.jspecify.annotations.NullMarked;
