/** The gutter: line numbers (and, later, breakpoints and problem markers). */
@NullMarked
package dev.starstream.studio.editor.ui.gutter;

import org.jspecify.annotations.NullMarked;
