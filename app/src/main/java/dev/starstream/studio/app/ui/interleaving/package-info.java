/**
 * The Interleaving panel: the last run's processes as lanes and their cross-process acts (resume,
 * yield, effect calls, returns, creations, bind/unbind) as arrows in global order, drawn on a
 * canvas; hover names the operation and its decoded payload, a click opens the act's source line;
 * a table and the text listing ({@code InterleavingText}) as alternatives.
 */
@NullMarked
package dev.starstream.studio.app.ui.interleaving;

import org.jspecify.annotations.NullMarked;
