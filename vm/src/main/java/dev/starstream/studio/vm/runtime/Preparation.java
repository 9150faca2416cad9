package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ScriptLayout;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.Lanes;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.runtime.values.ValueCodec;
import dev.starstream.studio.vm.runtime.values.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a request into what the run needs: the loaded entry contract and script, the arguments with
 * every utxo/token argument numbered as an input in order of appearance (A.5b), and the intent (A.6).
 */
final class Preparation {
    /** A request checked against its script. */
    record Prepared(
            LoadedContract contract,
            ScriptLayout script,
            List<Value> arguments,
            List<UtxoId> inputs,
            List<Type> inputTypes,
            Intent intent) {
        /** The first input id given twice, if any. */
        java.util.Optional<UtxoId> duplicate() {
            java.util.Set<UtxoId> seen = new java.util.HashSet<>();
            return inputs.stream().filter(id -> !seen.add(id)).findFirst();
        }
    }

    private Preparation() {}

    static Prepared prepare(TransactionRequest request, ContractCache cache) {
        DeployedContract deployed = request.view().contract(request.entryContract()).orElseThrow(() ->
                new RequestException("no contract " + request.entryContract() + " is deployed on this ledger"));
        LoadedContract contract;
        try {
            contract = cache.load(deployed, request.mode());
        } catch (ContractLoadException e) {
            throw new RequestException("cannot run " + deployed.name() + ": " + e.getMessage(), e);
        }
        ScriptLayout script = contract.layout().script(request.script()).orElseThrow(() -> new RequestException(
                deployed.name() + " has no script fn " + request.script() + " (scripts: "
                        + String.join(", ", contract.layout().scripts().stream().map(ScriptLayout::name).toList()) + ")"));
        List<ParamLayout> params = script.params();
        if (params.size() != request.arguments().size()) {
            throw new RequestException(script.name() + " takes " + params.size() + " argument"
                    + (params.size() == 1 ? "" : "s") + " (" + signature(params) + "), not " + request.arguments().size());
        }
        List<UtxoId> inputs = new ArrayList<>();
        List<Type> inputTypes = new ArrayList<>();
        List<Value> numbered = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Value arg = request.arguments().get(i);
            ParamLayout param = params.get(i);
            if (!fits(arg, param.type())) {
                throw new RequestException("argument " + (i + 1) + " of " + script.name() + " (" + param.name() + ": "
                        + Type.display(param.type()) + ") is a " + Type.display(arg.type()));
            }
            numbered.add(number(arg, inputs, inputTypes));
        }
        int[] lanes = ValueCodec.toLanes(numbered);
        Intent intent = new Intent(request.entryContract(), script.name(), new Lanes(lanes), inputs,
                request.preparedAtHeight(), request.preparedAtHash(), request.gasLimit());
        return new Prepared(contract, script, List.copyOf(numbered), List.copyOf(inputs), List.copyOf(inputTypes), intent);
    }

    private static boolean fits(Value value, Type type) {
        if (ValueLayout.isHandle(type)) {
            return value instanceof Value.InputRef ref && ref.type().equals(type)
                    || value instanceof Value.Handle h && h.type().equals(type);
        }
        return Type.sameShape(value.type(), type) && handlesFit(value);
    }

    private static boolean handlesFit(Value value) {
        return switch (value) {
            case Value.Tuple t -> t.elements().stream().allMatch(Preparation::handlesFit);
            case Value.Struct s -> s.fields().stream().allMatch(Preparation::handlesFit);
            case Value.Variant v -> v.payload().stream().allMatch(Preparation::handlesFit);
            case Value.Handle h -> false;
            default -> true;
        };
    }

    /** Replaces every input reference by a handle whose pid is its position among the inputs. */
    private static Value number(Value value, List<UtxoId> inputs, List<Type> inputTypes) {
        return switch (value) {
            case Value.InputRef ref -> {
                inputs.add(ref.id());
                inputTypes.add(ref.type());
                yield new Value.Handle(ref.type(), inputs.size() - 1);
            }
            case Value.Tuple t -> new Value.Tuple(t.type(), t.elements().stream().map(e -> number(e, inputs, inputTypes)).toList());
            case Value.Struct s -> new Value.Struct(s.type(), s.fields().stream().map(e -> number(e, inputs, inputTypes)).toList());
            case Value.Variant v -> new Value.Variant(v.type(), v.tag(),
                    v.payload().stream().map(e -> number(e, inputs, inputTypes)).toList());
            default -> value;
        };
    }

    static String signature(List<ParamLayout> params) {
        return String.join(", ", params.stream().map(p -> p.name() + ": " + Type.display(p.type())).toList());
    }
}
