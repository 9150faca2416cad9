/**
 * Workspaces (LANGUAGE.md §5.1/5.2): a folder or files plus everything reached by path imports,
 * deduplicated by canonical path, checked once in dependency order, with the module-graph
 * diagnostics (bad paths, unreadable files, import cycles with their chain, cross-contract
 * imports). {@link dev.starstream.studio.vm.lang.check.workspace.Workspace} keeps parses and checks
 * between calls and redoes only what a change affects; unsaved editor buffers override the disk;
 * {@link dev.starstream.studio.vm.lang.check.workspace.SourceProvider#inMemory} needs no disk at all.
 * {@link dev.starstream.studio.vm.lang.check.workspace.WorkspaceCheck#check} is the one call behind
 * {@code studio check [paths]}.
 */
@NullMarked
package dev.starstream.studio.vm.lang.check.workspace;

import org.jspecify.annotations.NullMarked;
