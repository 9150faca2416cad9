/** The workspace: a folder of {@code .star} files, file operations, change notification (no JavaFX). */
@NullMarked
package dev.starstream.studio.editor.services.workspace;

import org.jspecify.annotations.NullMarked;
