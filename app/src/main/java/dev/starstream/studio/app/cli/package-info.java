@NullMarked
package dev.starstream.studio.app.cli;

import org.jspecify.annotations.NullMarked;
