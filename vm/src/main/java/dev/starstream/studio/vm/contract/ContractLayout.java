package dev.starstream.studio.vm.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Everything needed to interpret a compiled contract module without its source (docs/design/vm-abi.md
 * §6): its scripts, utxo and token types with their state layout and yield points, ABIs with their
 * ids, and handler clauses. Produced by the code generator, stored by the ledger beside the module,
 * read by the runtime, the debugger and the IDE. Serialised as JSON ({@link #toJson}, {@link #fromJson}).
 *
 * @param contract the contract's name (its file stem)
 * @param version layout format version, {@link #VERSION}
 */
public record ContractLayout(
        String contract,
        int version,
        List<ScriptLayout> scripts,
        List<ProcessTypeLayout> types,
        List<AbiLayout> abis,
        List<HandlerLayout> handlers,
        List<TypeDecl> typeDecls) {

    public static final int VERSION = 1;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public ContractLayout {
        scripts = List.copyOf(scripts);
        types = List.copyOf(types);
        abis = List.copyOf(abis);
        handlers = List.copyOf(handlers);
        typeDecls = List.copyOf(typeDecls);
    }

    public Optional<ScriptLayout> script(String name) {
        return scripts.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<ProcessTypeLayout> type(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The utxo or token type with declaration index {@code index} (word 0 of a state record). */
    public Optional<ProcessTypeLayout> typeByIndex(int index) {
        return types.stream().filter(t -> t.index() == index).findFirst();
    }

    public Optional<AbiLayout> abi(String name) {
        return abis.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public byte[] toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ContractLayout fromJson(byte[] json) {
        try {
            return JSON.readValue(json, ContractLayout.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
