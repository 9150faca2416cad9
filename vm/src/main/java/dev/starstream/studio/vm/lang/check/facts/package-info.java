/**
 * Language facts over a checked workspace for the editor and the debugger
 * ({@link dev.starstream.studio.vm.lang.check.facts.LanguageFacts}): definition, references,
 * types, hover, outline, scopes and handle methods, available for files with errors too.
 */
@NullMarked
package dev.starstream.studio.vm.lang.check.facts;

import org.jspecify.annotations.NullMarked;
