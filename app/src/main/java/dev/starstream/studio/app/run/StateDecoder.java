package dev.starstream.studio.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.contract.StorageFieldLayout;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoState;
import dev.starstream.studio.vm.runtime.values.HandleNames;
import dev.starstream.studio.vm.runtime.values.ValueCodec;
import dev.starstream.studio.vm.runtime.values.ValueText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads ledger state for people (A.8): a utxo's record decoded by the layout its contract was
 * deployed with, into its type's name and its storage fields as Starstream literals. Layouts are
 * read once per contract.
 */
public final class StateDecoder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<Hash32, Optional<DeployedContract>> contracts;
    private final Map<Hash32, Optional<ContractLayout>> layouts = new ConcurrentHashMap<>();

    /** @param contracts the deployed contract with a hash (e.g. {@code ledger.queries()::contract}) */
    public StateDecoder(Function<Hash32, Optional<DeployedContract>> contracts) {
        this.contracts = contracts;
    }

    /**
     * A storage field as shown: its name, its type and its value as a literal; {@code decoded} is the
     * value itself, or {@code null} when the words do not decode ({@code value} is then {@code ?}).
     */
    public record Field(String name, String type, String value, dev.starstream.studio.vm.runtime.values.@Nullable Value decoded) {}

    /**
     * A decoded record: the contract's name, the type (or {@code type 3} when the layout is unknown),
     * the yield point of a utxo (0 = ended) and the fields ({@code undecodable} when the words do not
     * fit the layout).
     */
    public record Decoded(String contract, String type, boolean token, int yieldPoint, List<Field> fields, boolean undecodable) {
        public Decoded {
            fields = List.copyOf(fields);
        }
    }

    /**
     * The record as one line of text: {@code Score { chips: 42, mult: 4 }}, or the type and its raw
     * words when the layout is unknown or the words do not fit it.
     */
    public static String oneLine(Decoded decoded, UtxoState state) {
        if (decoded.undecodable() && decoded.fields().isEmpty()) {
            return decoded.type() + " " + Arrays.toString(state.words());
        }
        StringBuilder text = new StringBuilder(decoded.type());
        if (!decoded.fields().isEmpty()) {
            text.append(" { ");
            for (int i = 0; i < decoded.fields().size(); i++) {
                Field field = decoded.fields().get(i);
                text.append(i == 0 ? "" : ", ").append(field.name()).append(": ").append(field.value());
            }
            text.append(" }");
        }
        if (decoded.undecodable()) {
            text.append(" (does not fit its layout) ").append(Arrays.toString(state.words()));
        }
        return text.toString();
    }

    public Optional<ContractLayout> layout(Hash32 contract) {
        return layouts.computeIfAbsent(contract, hash -> contracts.apply(hash).flatMap(StateDecoder::readLayout));
    }

    private static Optional<ContractLayout> readLayout(DeployedContract deployed) {
        JsonNode tree = deployed.layout();
        if (tree == null || !tree.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ContractLayout.fromJson(JSON.writeValueAsBytes(tree)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A value as a literal, except that a {@code PublicKey} shows as its 64 hex digits (what wallets
     * and signatures show) rather than four u64 limbs.
     */
    public static String show(dev.starstream.studio.vm.runtime.values.Value value, HandleNames handles) {
        if (value instanceof dev.starstream.studio.vm.runtime.values.Value.Struct s
                && dev.starstream.studio.vm.runtime.values.LiteralParser.isPublicKey(s.type())) {
            StringBuilder hex = new StringBuilder("PublicKey ");
            for (dev.starstream.studio.vm.runtime.values.Value limb : s.fields()) {
                long bits = ((dev.starstream.studio.vm.runtime.values.Value.Int) limb).bits();
                for (int b = 0; b < 8; b++) {
                    hex.append(String.format("%02x", (bits >>> (8 * b)) & 0xFF));
                }
            }
            return hex.toString();
        }
        return ValueText.show(value, handles);
    }

    public Decoded decode(UtxoEntry entry) {
        return decode(entry.contractHash(), entry.state());
    }

    public Decoded decode(Hash32 contract, UtxoState state) {
        Optional<ContractLayout> layout = layout(contract);
        String contractName = layout.map(ContractLayout::contract).orElse(contract.toString().substring(0, 12));
        Optional<ProcessTypeLayout> type = layout.flatMap(l -> l.typeByIndex(state.typeIndex()));
        if (type.isEmpty()) {
            return new Decoded(contractName, "type " + Integer.toUnsignedString(state.typeIndex()), state.isToken(),
                    state.yieldPoint(), List.of(), true);
        }
        int[] words = state.words();
        List<Field> fields = new ArrayList<>();
        boolean undecodable = false;
        for (StorageFieldLayout field : type.get().storage()) {
            int from = field.wordOffset();
            int to = from + field.words();
            String shown = "?";
            dev.starstream.studio.vm.runtime.values.Value value = null;
            if (from < 0 || to > words.length) {
                undecodable = true;
            } else {
                try {
                    value = ValueCodec.fromSlotWords(field.type(), Arrays.copyOfRange(words, from, to));
                    shown = show(value, HandleNames.pids());
                } catch (IllegalArgumentException e) { // ValueDecodeException included
                    value = null;
                    undecodable = true;
                }
            }
            fields.add(new Field(field.name(), dev.starstream.studio.vm.lang.types.Type.display(field.type()), shown, value));
        }
        return new Decoded(contractName, type.get().name(), state.isToken(), state.isToken() ? 0 : state.yieldPoint(), fields,
                undecodable);
    }
}
