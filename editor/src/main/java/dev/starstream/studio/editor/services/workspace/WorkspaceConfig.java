package dev.starstream.studio.editor.services.workspace;

import java.util.Set;

/**
 * How a workspace is scanned and watched.
 *
 * @param skippedFolders folder names never shown nor scanned (build output); names starting with
 *     a dot are always skipped
 * @param watch whether to watch the folder for changes made outside the IDE
 * @param maxFileBytes files larger than this are refused by {@link Workspace#read}
 */
public record WorkspaceConfig(Set<String> skippedFolders, boolean watch, long maxFileBytes) {
    public WorkspaceConfig {
        skippedFolders = Set.copyOf(skippedFolders);
    }

    /** What LANGUAGE.md §5.1 skips when scanning ({@code target/}, {@code artifacts/}, dot folders), watched. */
    public static WorkspaceConfig defaults() {
        return new WorkspaceConfig(Set.of("target", "artifacts"), true, 8L * 1024 * 1024);
    }

    public WorkspaceConfig withWatch(boolean watch) {
        return new WorkspaceConfig(skippedFolders, watch, maxFileBytes);
    }
}
