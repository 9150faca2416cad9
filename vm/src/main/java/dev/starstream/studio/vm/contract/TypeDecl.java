package dev.starstream.studio.vm.contract;

import dev.starstream.studio.vm.lang.types.Type;

/** A named struct or enum declared by the contract (for display and decoding). */
public record TypeDecl(String name, Type type) {}
