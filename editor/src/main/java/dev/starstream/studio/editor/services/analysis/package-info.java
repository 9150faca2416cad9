/**
 * The language service of a workspace: debounced, incremental analysis of the open editors'
 * unsaved texts on one worker thread ({@link dev.starstream.studio.editor.services.analysis.LanguageService}),
 * immutable results in editor terms ({@link dev.starstream.studio.editor.services.analysis.Analysis},
 * {@link dev.starstream.studio.editor.services.analysis.FileAnalysis}, {@link dev.starstream.studio.editor.services.analysis.DiagnosticItem}).
 */
@NullMarked
package dev.starstream.studio.editor.services.analysis;

import org.jspecify.annotations.NullMarked;
