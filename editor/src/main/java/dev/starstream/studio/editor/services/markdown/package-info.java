/** The markdown of hovers, documentation and explanation pages, as blocks to render. */
@NullMarked
package dev.starstream.studio.editor.services.markdown;

import org.jspecify.annotations.NullMarked;
