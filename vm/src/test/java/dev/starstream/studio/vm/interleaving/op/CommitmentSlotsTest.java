package dev.starstream.studio.vm.interleaving.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RUNTIME B §3.2: every operation's discriminant and commitment slots a0..a6. */
class CommitmentSlotsTest {
    private static final Hash H = new Hash(11, 12, 13, 14);
    private static final FunctionId F = new FunctionId(99);
    private static final ProcessId P = new ProcessId(5);
    private static final RefId R = new RefId(7);
    private static final RefId RET = new RefId(8);
    private static final Word W = Word.of(1, 2, 3, 4);

    private record Row(Op op, int discriminant, long... slots) {}

    @Test
    void everyOperationHasItsDiscriminantAndSlotLayout() {
        List<Row> table = List.of(
                new Row(new Op.Resume(P, F, R, RET, P), 0, 5, 7, 8, 6, 99, 0, 0),
                new Row(Op.Resume.pending(P, F, R), 0, 5, 7, 0, 0, 99, 0, 0),
                new Row(new Op.Yield(R), 1, 0, 7, 0, 0, 0, 0, 0),
                new Row(new Op.NewUtxo(H, R, P), 2, 5, 7, 0, 11, 12, 13, 14),
                new Row(new Op.NewCoord(H, R, P), 3, 5, 7, 0, 11, 12, 13, 14),
                new Row(new Op.InstallHandler(H), 4, 0, 0, 0, 11, 12, 13, 14),
                new Row(new Op.UninstallHandler(H), 5, 0, 0, 0, 11, 12, 13, 14),
                new Row(new Op.GetHandlerFor(H, P), 6, 0, 0, 5, 11, 12, 13, 14),
                new Row(new Op.Burn(), 7, 0, 0, 0, 0, 0, 0, 0),
                new Row(new Op.Activation(R, P), 8, 0, 7, 0, 5, 0, 0, 0),
                new Row(new Op.Init(R, P), 9, 0, 7, 0, 5, 0, 0, 0),
                new Row(new Op.NewRef(3, R), 10, 0, 0, 7, 3, 0, 0, 0),
                new Row(new Op.RefPush(W), 11, 1, 2, 3, 4, 0, 0, 0),
                new Row(new Op.RefGet(R, 2, W), 12, 1, 7, 2, 2, 3, 4, 0),
                new Row(new Op.Bind(P), 13, 5, 0, 0, 0, 0, 0, 0),
                new Row(new Op.Unbind(P), 14, 5, 0, 0, 0, 0, 0, 0),
                new Row(new Op.ProgramHash(P, H), 15, 5, 0, 0, 11, 12, 13, 14),
                new Row(new Op.RefWrite(R, 2, W), 16, 1, 7, 2, 2, 3, 4, 0),
                new Row(new Op.Return(), 17, 0, 0, 0, 0, 0, 0, 0),
                new Row(new Op.CallEffectHandler(H, F, R, RET), 18, 99, 7, 8, 11, 12, 13, 14),
                new Row(new Op.NewToken(H, R, P), 19, 5, 7, 0, 11, 12, 13, 14),
                new Row(new Op.Enter(F), 20, 99, 0, 0, 0, 0, 0, 0));
        for (Row row : table) {
            assertThat(row.op().opcode().discriminant()).as(row.op().toString()).isEqualTo(row.discriminant());
            assertThat(row.op().slots().toArray()).as(row.op().toString()).containsExactly(row.slots());
            assertThat(Opcode.ofDiscriminant(row.discriminant())).isEqualTo(row.op().opcode());
        }
    }

    @Test
    void theControlOperationsAreResumeYieldReturnAndCallEffectHandler() {
        assertThat(List.of(Opcode.values()).stream().filter(Opcode::control))
                .containsExactly(Opcode.RESUME, Opcode.YIELD, Opcode.RETURN, Opcode.CALL_EFFECT_HANDLER);
    }
}
