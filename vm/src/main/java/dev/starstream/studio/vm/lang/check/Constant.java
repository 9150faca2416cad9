package dev.starstream.studio.vm.lang.check;

/**
 * What the constants zone of a namespace holds (LANGUAGE.md §3.2): functions, events, effects,
 * runtime functions, enum variants, and placeholders for names whose import failed.
 */
sealed interface Constant permits FunctionInfo, AbiInfo.Member, RuntimeFunctionInfo, VariantConstant, FailedImport {}
