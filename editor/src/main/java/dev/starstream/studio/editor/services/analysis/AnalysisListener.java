package dev.starstream.studio.editor.services.analysis;

/**
 * Receives each published analysis, on the analysis thread (bridge to the UI thread yourself).
 * Analyses overtaken by newer edits before they finished are never published.
 */
public interface AnalysisListener {
    void analysed(Analysis analysis);

    /** The checker failed (a bug): the previous analysis stays the latest. Logged by the receiver. */
    default void failed(Throwable error) {}
}
