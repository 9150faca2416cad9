package dev.starstream.studio.vm.contract;

import dev.starstream.studio.vm.lang.types.Type;

/** A variable saved at a yield point: where its lanes sit in the state record. */
public record SpillLayout(String name, Type type, int wordOffset, int words) {}
