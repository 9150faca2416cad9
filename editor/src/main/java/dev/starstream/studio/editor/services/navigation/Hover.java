package dev.starstream.studio.editor.services.navigation;

/** What hovering shows: markdown (the declaration as code, then its doc comment) for the name at {@code [start, end)}. */
public record Hover(String markdown, int start, int end) {}
