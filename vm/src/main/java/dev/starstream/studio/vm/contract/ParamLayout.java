package dev.starstream.studio.vm.contract;

import dev.starstream.studio.vm.lang.types.Type;

/** A named, typed parameter of a script, method, constructor, event or effect. */
public record ParamLayout(String name, Type type, boolean pub) {}
