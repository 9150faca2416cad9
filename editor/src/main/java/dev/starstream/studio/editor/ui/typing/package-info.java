/** Smart typing: auto-indent on Enter, dedent on a closing brace, Tab as four spaces. */
@NullMarked
package dev.starstream.studio.editor.ui.typing;

import org.jspecify.annotations.NullMarked;
