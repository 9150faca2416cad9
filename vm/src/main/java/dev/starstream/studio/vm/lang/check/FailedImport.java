package dev.starstream.studio.vm.lang.check;

/** A name an import promised but could not deliver (already reported): uses of it stay quiet. */
record FailedImport(String name) implements Constant {}
