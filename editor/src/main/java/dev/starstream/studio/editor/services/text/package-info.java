/** Pure text operations of the editor: indentation, comment toggling, bracket matching, positions. */
@NullMarked
package dev.starstream.studio.editor.services.text;

import org.jspecify.annotations.NullMarked;
