package dev.starstream.studio.vm.wasm.wat;

import static dev.starstream.studio.vm.wasm.encode.ValType.F32;
import static dev.starstream.studio.vm.wasm.encode.ValType.F64;
import static dev.starstream.studio.vm.wasm.encode.ValType.FUNCREF;
import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static dev.starstream.studio.vm.wasm.encode.ValType.I64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.wabt.Wat2Wasm;
import dev.starstream.studio.vm.wasm.InvalidModuleException;
import dev.starstream.studio.vm.wasm.RandomPrograms;
import dev.starstream.studio.vm.wasm.encode.BlockType;
import dev.starstream.studio.vm.wasm.encode.ConstExpr;
import dev.starstream.studio.vm.wasm.encode.EncodedModule;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Limits;
import dev.starstream.studio.vm.wasm.encode.MemOp;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.Op;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden files under {@code src/test/resources/wasm/golden}; regenerate them with
 * {@code -Dstudio.golden.update=true} and review the diff.
 */
class WatPrinterTest {
    private static final Path GOLDEN = Path.of("src/test/resources/wasm/golden");

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("studio.golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A module using most of what the encoder offers, with names and source comments. */
    @Test
    void namedModuleWithSourceCommentsMatchesItsGoldenFile() throws IOException {
        ModuleBuilder m = new ModuleBuilder().moduleName("demo");
        FunctionId log = m.importFunction("env", "log", FuncType.accepting(I32));
        var base = m.importGlobal("env", "base", I64, false);
        var memory = m.memory(Limits.between(1, 4));
        var table = m.table(FUNCREF, Limits.atLeast(2));
        var counter = m.global("counter", I64, true, ConstExpr.globalGet(base));
        m.global("half", F64, false, ConstExpr.f64(0.5));
        Map<Integer, String> addSource = new HashMap<>();
        Map<Integer, String> source = new HashMap<>();
        FunctionId add = m.function("add", FuncType.of(List.of(I64, I64), List.of(I64)), code -> {
            addSource.put(code.position(), "score.star:3  a + b");
            code.localGet(code.param(0)).localGet(code.param(1)).op(Op.I64_ADD);
        }, "a", "b");
        FunctionId run = m.function("run", FuncType.of(List.of(I32), List.of(I64)), code -> {
            var total = code.local(I64, "total");
            source.put(code.position(), "score.star:7  let total = base + 1");
            code.globalGet(base).i64Const(1).call(add).localSet(total);
            code.block(BlockType.EMPTY, done -> code.loop(BlockType.EMPTY, again -> {
                source.put(code.position(), "score.star:8  while n != 0 {\n  (loop head)");
                code.localGet(code.param(0)).op(Op.I32_EQZ).brIf(done);
                code.localGet(code.param(0)).i32Const(-1).op(Op.I32_ADD).localSet(code.param(0));
                code.localGet(total).i64Const(3).op(Op.I64_MUL).localSet(total).br(again);
            }));
            code.localGet(code.param(0)).ifThenElse(BlockType.of(F32), t -> code.f32Const(1.5f), e -> code.f32Const(-0.0f));
            code.op(Op.DROP);
            code.i32Const(0).localGet(total).memory(MemOp.I64_STORE, 8);
            code.i32Const(1).memory(MemOp.I32_LOAD8_U, new dev.starstream.studio.vm.wasm.encode.Ids.MemoryId(0), 3, 0).call(log);
            code.globalGet(counter).localGet(total).op(Op.I64_ADD).globalSet(counter);
            code.localGet(total);
        }, "n");
        m.activeElements(table, ConstExpr.i32(0), List.of(add, run));
        m.activeData(memory, ConstExpr.i32(16), "hi \"there\"\n".getBytes(StandardCharsets.UTF_8));
        m.exportFunction("run", run);
        m.exportMemory("memory", memory);
        m.customSection("starstream.debug", new byte[] {1, 2, 3});
        EncodedModule encoded = m.encode();

        String text = WatPrinter.print(encoded.bytes(), new WatPrinter.Options(
                (function, offset) -> function == run.index() ? source.get(offset)
                        : function == add.index() ? addSource.get(offset) : null,
                false));

        assertGolden("named-with-comments.wat", text);
    }

    @Test
    void foreignModuleWithoutNamesMatchesItsGoldenFileAndOffsets() throws IOException {
        byte[] wasm = Wat2Wasm.parse("""
                (module
                  (type (func (param i32) (result i32 i32)))
                  (memory 1)
                  (func (export "split") (param i32) (result i32 i32)
                    (local.get 0)
                    (block (type 0) (i32.extend8_s) (local.get 0) (i32.extend16_s)))
                  (func (export "pick") (param i32) (result i32)
                    (block (block (br_table 0 1 (local.get 0))) (return (i32.const 10)))
                    (i32.const 20))
                  (func (export "bulk")
                    (memory.fill (i32.const 0) (i32.const 7) (i32.const 16))
                    (memory.copy (i32.const 32) (i32.const 0) (i32.const 16))))
                """);

        assertGolden("foreign-offsets.wat", WatPrinter.print(wasm, new WatPrinter.Options(WatPrinter.CommentHook.NONE, true)));
    }

    @Test
    void textOfUnnamedModulesReassemblesToTheSameBytes() {
        for (long seed = 0; seed < 25; seed++) {
            byte[] wasm = RandomPrograms.generate(seed, false, false);

            byte[] reassembled = Wat2Wasm.parse(WatPrinter.print(wasm));

            assertThat(HexFormat.of().formatHex(reassembled)).as("program %d", seed).isEqualTo(HexFormat.of().formatHex(wasm));
        }
    }

    @Test
    void bytesThatAreNoModuleAreRefused() {
        assertThatThrownBy(() -> WatPrinter.print(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
                .isInstanceOf(InvalidModuleException.class)
                .hasMessageStartingWith("cannot disassemble");
    }
}
