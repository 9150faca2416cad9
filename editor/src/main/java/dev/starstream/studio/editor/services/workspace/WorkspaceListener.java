package dev.starstream.studio.editor.services.workspace;

/**
 * Receives workspace events. Events caused by a workspace call arrive on the caller's thread;
 * events seen on disk arrive on the workspace's watcher thread. Listeners must not block.
 */
@FunctionalInterface
public interface WorkspaceListener {
    void onWorkspaceEvent(WorkspaceEvent event);
}
