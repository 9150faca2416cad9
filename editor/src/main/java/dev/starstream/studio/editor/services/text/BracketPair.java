package dev.starstream.studio.editor.services.text;

/** The offsets of an opening bracket and its closing partner. */
public record BracketPair(int open, int close) {}
