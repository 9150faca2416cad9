package dev.starstream.studio.vm.wasm.encode;

import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static dev.starstream.studio.vm.wasm.encode.ValType.I64;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The builder refuses what would produce an invalid or silently renumbered module. */
class EncoderMisuseTest {
    @Test
    void branchingToAClosedBlockIsRefused() {
        ModuleBuilder m = new ModuleBuilder();
        CodeBuilder code = m.code(m.declare("f", FuncType.empty()));
        AtomicReference<Label> escaped = new AtomicReference<>();
        code.block(BlockType.EMPTY, escaped::set);

        assertThatThrownBy(() -> code.br(escaped.get()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already closed");
    }

    @Test
    void labelsAndLocalsOfAnotherBodyAreRefused() {
        ModuleBuilder m = new ModuleBuilder();
        CodeBuilder first = m.code(m.declare("f", FuncType.accepting(I32)));
        CodeBuilder second = m.code(m.declare("g", FuncType.empty()));

        assertThatThrownBy(() -> second.localGet(first.param(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> second.br(first.functionLabel())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void endMustCloseTheInnermostBlock() {
        ModuleBuilder m = new ModuleBuilder();
        CodeBuilder code = m.code(m.declare("f", FuncType.empty()));
        Label outer = code.beginBlock(BlockType.EMPTY);
        code.beginLoop(BlockType.EMPTY);

        assertThatThrownBy(() -> code.end(outer)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> code.elseBranch(outer)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unclosedBlocksAndMissingBodiesFailTheBuild() {
        ModuleBuilder unclosed = new ModuleBuilder();
        unclosed.code(unclosed.declare("f", FuncType.empty())).beginBlock(BlockType.EMPTY);
        ModuleBuilder bodiless = new ModuleBuilder();
        bodiless.declare("g", FuncType.empty());

        assertThatThrownBy(unclosed::build).hasMessageContaining("1 unclosed block");
        assertThatThrownBy(bodiless::build).hasMessageContaining("g has no body");
    }

    @Test
    void writingAnImmutableGlobalIsRefused() {
        ModuleBuilder m = new ModuleBuilder();
        GlobalId constant = m.global("k", I64, false, ConstExpr.i64(1));

        assertThatThrownBy(() -> m.code(m.declare("f", FuncType.empty())).i64Const(2).globalSet(constant))
                .hasMessageContaining("k is immutable");
    }

    @Test
    void importsAfterDefinitionsWouldRenumberAndAreRefused() {
        ModuleBuilder m = new ModuleBuilder();
        m.declare("f", FuncType.empty());
        m.global("g", I32, true, ConstExpr.i32(0));

        assertThatThrownBy(() -> m.importFunction("env", "h", FuncType.empty())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> m.importGlobal("env", "x", I32, false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void blockSignaturesChicoryWouldMisreadAreRefused() {
        ModuleBuilder m = new ModuleBuilder();
        for (int i = 0; i < 63; i++) { // types 0..62; f's signature becomes 63, the pair 64
            m.type(FuncType.of(java.util.Collections.nCopies(i + 1, ValType.F32), List.of()));
        }
        FuncType pair = FuncType.of(List.of(I32), List.of(I32, I32));
        CodeBuilder code = m.code(m.declare("f", FuncType.of(List.of(I32), List.of(I32))));

        assertThatThrownBy(() -> code.localGet(code.param(0)).beginBlock(BlockType.of(pair)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("type index 64");
    }

    @Test
    void overAlignedAccessesMistypedGlobalsAndDuplicateExportsAreRefused() {
        ModuleBuilder m = new ModuleBuilder();
        FunctionId f = m.declare("f", FuncType.empty());
        m.exportFunction("f", f);

        assertThatThrownBy(() -> m.code(f).memory(MemOp.I32_LOAD8_U, new Ids.MemoryId(0), 0, 1))
                .hasMessageContaining("natural alignment");
        assertThatThrownBy(() -> m.global("g", I32, false, ConstExpr.i64(0))).hasMessageContaining("initialised with i64");
        assertThatThrownBy(() -> m.exportFunction("f", f)).hasMessageContaining("duplicate export");
        assertThatThrownBy(() -> m.start(m.declare("s", FuncType.accepting(I32)))).hasMessageContaining("start");
        assertThatThrownBy(() -> m.table(I32, Limits.atLeast(1))).hasMessageContaining("tables hold references");
        assertThatThrownBy(() -> Limits.between(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConstExpr.refNull(I64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.code(m.declare("h", FuncType.of(List.of(), List.of()))).refNull(I32))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
