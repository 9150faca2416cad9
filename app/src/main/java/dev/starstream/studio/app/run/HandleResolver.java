package dev.starstream.studio.app.run;

import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.wasm.codegen.CompiledContract;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns the {@link HandleSelector} of a handle parameter into the UtxoId it stands for now. */
final class HandleResolver {
    private final Chain chain;
    private final CompiledContract compiled;
    private final Hash32 contract;

    HandleResolver(Chain chain, CompiledContract compiled) {
        this.chain = chain;
        this.compiled = compiled;
        this.contract = Hash32.sha256(compiled.release());
    }

    /**
     * @param earlier the parameters before this one and {@code earlierValues} their values (for
     *     {@code owned by} and so that two parameters never get the same utxo)
     */
    UtxoId resolve(ParamLayout param, String text, List<ParamLayout> earlier, List<Value> earlierValues) {
        HandleSelector selector = HandleSelector.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "expected a utxo id (<64 hex>:<nonce>), `newest <Type>` or `coroutine <id>`, found `" + text.strip() + "`"));
        return switch (selector) {
            case HandleSelector.Exact exact -> exact.id();
            case HandleSelector.Coroutine c -> chain.view().utxoOf(c.id()).orElseThrow(() ->
                    new IllegalArgumentException("the coroutine " + c.id() + " has ended (it has no live utxo)"));
            case HandleSelector.Newest newest -> newest(param, newest, earlier, earlierValues);
        };
    }

    private UtxoId newest(ParamLayout param, HandleSelector.Newest newest, List<ParamLayout> earlier, List<Value> earlierValues) {
        ProcessTypeLayout type = compiled.layout().type(newest.type()).orElseThrow(() -> new IllegalArgumentException(
                compiled.name() + " declares no utxo or token type " + newest.type()));
        if (!fits(param.type(), type)) {
            throw new IllegalArgumentException("a " + newest.type() + " is not a " + Type.display(param.type()));
        }
        Set<UtxoId> taken = new HashSet<>();
        CoroutineId owner = null;
        for (int i = 0; i < earlierValues.size(); i++) {
            if (earlierValues.get(i) instanceof Value.InputRef ref) {
                taken.add(ref.id());
                if (earlier.get(i).name().equals(newest.ownedBy())) {
                    owner = chain.view().coroutineOf(ref.id()).orElse(null);
                }
            }
        }
        if (newest.ownedBy() != null && owner == null) {
            throw new IllegalArgumentException("`owned by " + newest.ownedBy() + "` names no earlier utxo parameter");
        }
        CoroutineId requiredOwner = owner;
        boolean token = type.kind() == ProcessTypeLayout.Kind.TOKEN;
        return chain.liveUtxos().stream()
                .filter(e -> e.contractHash().equals(contract) && e.isToken() == token && e.state().typeIndex() == type.index())
                .filter(e -> requiredOwner == null || requiredOwner.equals(e.owner()))
                .map(UtxoEntry::id)
                .filter(id -> !taken.contains(id))
                .max(Comparator.comparingLong(UtxoId::nonce))
                .orElseThrow(() -> new IllegalArgumentException("there is no live " + newest.type()
                        + (newest.ownedBy() == null ? "" : " owned by " + newest.ownedBy()) + " of " + compiled.name()
                        + " on the ledger (run a configuration that creates one first)"));
    }

    private static boolean fits(Type param, ProcessTypeLayout type) {
        boolean token = type.kind() == ProcessTypeLayout.Kind.TOKEN;
        return switch (param) {
            case Type.Utxo u -> !token && u.name().equals(type.name());
            case Type.Token t -> token && t.name().equals(type.name());
            case Type.AnyUtxo u -> !token;
            case Type.AnyToken t -> token;
            default -> false;
        };
    }
}
