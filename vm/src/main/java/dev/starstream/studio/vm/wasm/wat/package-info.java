/**
 * The disassembler: {@link dev.starstream.studio.vm.wasm.wat.WatPrinter#print} turns any module
 * into readable text-format source, with an optional {@link
 * dev.starstream.studio.vm.wasm.wat.WatPrinter.CommentHook} that puts comments (source lines) above
 * instructions, addressed by function index and offset from the function's first instruction.
 */
@NullMarked
package dev.starstream.studio.vm.wasm.wat;

import org.jspecify.annotations.NullMarked;
