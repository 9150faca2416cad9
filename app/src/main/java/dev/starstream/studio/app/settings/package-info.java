/** User settings (theme, layout, recent workspaces, …) kept as JSON in the user configuration folder. */
@NullMarked
package dev.starstream.studio.app.settings;

import org.jspecify.annotations.NullMarked;
