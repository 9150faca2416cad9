package dev.starstream.studio.vm.lang.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the modules of one workspace check share: the prelude and standard library, and every
 * ABI, utxo and token declared so far (found by name and module from a handle type). A module is
 * checked after the modules it imports, with the same session. Not thread-safe: one check at a time.
 */
public final class CheckSession {
    final Library library = new Library();
    private final Map<String, AbiInfo> abis = new HashMap<>();
    private final Map<String, UtxoInfo> utxos = new HashMap<>();

    public CheckSession() {
        abis.put(key("", "Token"), library.tokenAbi);
    }

    /** The built-in ABI {@code Token} ({@code attach(utxo: Utxo)}, {@code detach(utxo: Utxo)}). */
    public AbiInfo tokenAbi() {
        return library.tokenAbi;
    }

    public Optional<AbiInfo> abi(String module, String name) {
        return Optional.ofNullable(abis.get(key(module, name)));
    }

    public Optional<UtxoInfo> utxo(String module, String name) {
        return Optional.ofNullable(utxos.get(key(module, name)));
    }

    void register(AbiInfo abi) {
        abis.put(key(abi.module(), abi.name()), abi);
    }

    void register(UtxoInfo utxo) {
        utxos.put(key(utxo.module(), utxo.name()), utxo);
    }

    /** Forgets what a module declared (before it is checked again). */
    void forget(String module) {
        abis.values().removeIf(a -> a.module().equals(module) && !a.isBuiltinToken());
        utxos.values().removeIf(u -> u.module().equals(module));
    }

    private static String key(String module, String name) {
        return module + "\u0000" + name;
    }
}
