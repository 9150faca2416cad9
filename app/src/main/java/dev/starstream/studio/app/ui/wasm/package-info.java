/**
 * The WebAssembly panel: the disassembly of the current contract (release or debug build) with its
 * source lines as comments, following the editor's caret where debug information allows.
 */
@NullMarked
package dev.starstream.studio.app.ui.wasm;

import org.jspecify.annotations.NullMarked;
