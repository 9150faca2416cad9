/**
 * The one currency for "where": a chain workspace → file → position, accepted and emitted by
 * every pane (problems, outline, search results, later breakpoints and stack frames).
 */
@NullMarked
package dev.starstream.studio.editor.services.location;

import org.jspecify.annotations.NullMarked;
