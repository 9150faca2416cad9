/** The command registry behind menus, shortcuts and the command palette (no JavaFX). */
@NullMarked
package dev.starstream.studio.app.commands;

import org.jspecify.annotations.NullMarked;
