/** Tool panels: problems, run output, interleaving, WebAssembly, ledger, outline. */
@NullMarked
package dev.starstream.studio.app.ui.tools;

import org.jspecify.annotations.NullMarked;
