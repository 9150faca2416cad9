package dev.starstream.studio.vm.interleaving;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes a transaction in the form {@code interleaving-model.py}'s {@code check(inst, traces)} takes. */
final class ModelFormat {
    private final ObjectMapper json = new ObjectMapper();

    ObjectNode transaction(InterleavingInstance i, List<ProcessTrace> traces) {
        ObjectNode tx = json.createObjectNode();
        ObjectNode inst = tx.putObject("inst");
        ArrayNode table = inst.putArray("table");
        i.processTable().forEach(h -> table.add(h.hex()));
        ArrayNode isUtxo = inst.putArray("is_utxo");
        i.isUtxo().forEach(isUtxo::add);
        ArrayNode isToken = inst.putArray("is_token");
        i.isToken().forEach(isToken::add);
        inst.put("n_inputs", i.nInputs());
        ArrayNode burn = inst.putArray("must_burn");
        i.mustBurn().forEach(burn::add);
        inst.put("entry", i.entrypoint().value());
        owners(inst.putArray("own_in"), i.ownershipIn());
        owners(inst.putArray("own_out"), i.ownershipOut());
        ArrayNode ephemeral = inst.putArray("ephemeral");
        for (int p = 0; p < i.ephemeral().size(); p++) {
            if (i.ephemeral().get(p)) {
                ephemeral.add(p);
            }
        }
        ArrayNode all = tx.putArray("traces");
        for (ProcessTrace trace : traces) {
            ArrayNode ops = all.addArray();
            trace.ops().forEach(op -> op(ops.addArray(), op));
        }
        return tx;
    }

    private static void owners(ArrayNode out, List<@Nullable ProcessId> owners) {
        owners.forEach(o -> {
            if (o == null) {
                out.addNull();
            } else {
                out.add(o.value());
            }
        });
    }

    private void op(ArrayNode out, Op op) {
        out.add(op.opcode().opName());
        ObjectNode a = out.addObject();
        switch (op) {
            case Op.Resume r -> {
                a.put("target", r.target().value());
                fn(a, "f", r.fn());
                a.put("val", r.val().value());
                ref(a, "ret", r.ret());
                pid(a, "caller", r.caller());
            }
            case Op.Yield y -> a.put("val", y.val().value());
            case Op.NewUtxo n -> creation(a, n.programHash().hex(), n.val(), n.id());
            case Op.NewToken n -> creation(a, n.programHash().hex(), n.val(), n.id());
            case Op.NewCoord n -> creation(a, n.programHash().hex(), n.val(), n.id());
            case Op.InstallHandler i -> a.put("iface", i.iface().hex());
            case Op.UninstallHandler u -> a.put("iface", u.iface().hex());
            case Op.GetHandlerFor g -> {
                a.put("iface", g.iface().hex());
                a.put("h", g.handler().value());
            }
            case Op.Burn b -> { }
            case Op.Activation v -> {
                a.put("val", v.val().value());
                a.put("caller", v.caller().value());
            }
            case Op.Init v -> {
                a.put("val", v.val().value());
                a.put("caller", v.caller().value());
            }
            case Op.NewRef n -> {
                a.put("size", n.size());
                a.put("ref", n.ref().value());
            }
            case Op.RefPush p -> word(a, p.word());
            case Op.RefGet g -> {
                a.put("ref", g.ref().value());
                a.put("off", g.offset());
                word(a, g.word());
            }
            case Op.RefWrite w -> {
                a.put("ref", w.ref().value());
                a.put("off", w.offset());
                word(a, w.word());
            }
            case Op.Bind b -> a.put("owner", b.owner().value());
            case Op.Unbind u -> a.put("token", u.token().value());
            case Op.ProgramHash h -> {
                a.put("target", h.target().value());
                a.put("h", h.hash().hex());
            }
            case Op.Return r -> { }
            case Op.CallEffectHandler c -> {
                a.put("iface", c.iface().hex());
                fn(a, "f", c.fn());
                a.put("val", c.val().value());
                ref(a, "ret", c.ret());
            }
            case Op.Enter e -> fn(a, "f", e.fn());
        }
    }

    private static void creation(ObjectNode a, String hash, RefId val, ProcessId id) {
        a.put("h", hash);
        a.put("val", val.value());
        a.put("id", id.value());
    }

    private static void fn(ObjectNode a, String name, FunctionId fn) {
        a.put(name, new BigInteger(Long.toUnsignedString(fn.value())));
    }

    private static void ref(ObjectNode a, String name, @Nullable RefId ref) {
        if (ref == null) {
            a.putNull(name);
        } else {
            a.put(name, ref.value());
        }
    }

    private static void pid(ObjectNode a, String name, @Nullable ProcessId pid) {
        if (pid == null) {
            a.putNull(name);
        } else {
            a.put(name, pid.value());
        }
    }

    private static void word(ObjectNode a, Word w) {
        ArrayNode v = a.putArray("v");
        for (int i = 0; i < 4; i++) {
            v.add(w.lane(i));
        }
    }
}
