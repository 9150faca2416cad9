package dev.starstream.studio.vm.lang.check;

/** An enum variant in its enum's namespace: a unit constant, a tuple-payload constructor, or (struct zone) a struct variant. */
record VariantConstant(EnumEntry owner, int index) implements Constant {
    Symbol symbol() {
        return owner.variantSymbols.get(index);
    }

    String name() {
        return symbol().name();
    }
}
