@NullMarked
package dev.starstream.studio.app.ui;

import org.jspecify.annotations.NullMarked;
