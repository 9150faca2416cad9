package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code utxo} or a {@code token} (a token is a utxo process that never yields, RUNTIME A.4):
 * storage in declaration order, its functions by role, the ABIs it implements, and for a utxo the
 * yield points of its {@code main fn}s (numbered 1… per utxo in source order; 0 means "ended").
 */
public final class UtxoInfo {

    /** One storage field: {@code [indexed] let mut name: T;}. */
    public static final class StorageField {
        private final UtxoInfo owner;
        private final int index;
        private final String name;
        private final Definition.StorageField decl;
        private final Symbol symbol;

        StorageField(UtxoInfo owner, int index, String name, Definition.StorageField decl, Symbol symbol) {
            this.owner = owner;
            this.index = index;
            this.name = name;
            this.decl = decl;
            this.symbol = symbol;
        }

        public UtxoInfo owner() {
            return owner;
        }

        /** Position among the owner's storage fields, in declaration order (RUNTIME A.8 layout). */
        public int index() {
            return index;
        }

        public String name() {
            return name;
        }

        public Definition.StorageField decl() {
            return decl;
        }

        public Type type() {
            return symbol.type();
        }

        public Symbol symbol() {
            return symbol;
        }

        Ty ty() {
            Ty t = symbol.ty();
            return t == null ? Ty.ERR : t;
        }

        @Override
        public String toString() {
            return owner.name() + "." + name;
        }
    }

    private final String name;
    private final String module;
    private final boolean token;
    private final Definition decl;
    private final Symbol symbol;
    private final List<StorageField> storage = new ArrayList<>();
    private final List<FunctionInfo> functions = new ArrayList<>();
    private final Map<String, AbiInfo> implemented = new LinkedHashMap<>();
    private final List<YieldPoint> yieldPoints = new ArrayList<>();
    /** Methods callable on a handle of this named type (LANGUAGE.md §3.8; tokens: every implemented ABI). */
    final List<AbiInfo.Member> callable = new ArrayList<>();

    UtxoInfo(String name, String module, boolean token, Definition decl, Symbol symbol) {
        this.name = name;
        this.module = module;
        this.token = token;
        this.decl = decl;
        this.symbol = symbol;
    }

    public String name() {
        return name;
    }

    public String module() {
        return module;
    }

    public boolean isToken() {
        return token;
    }

    /** The {@link Definition.UtxoDef} or {@link Definition.TokenDef}. */
    public Definition decl() {
        return decl;
    }

    public Symbol symbol() {
        return symbol;
    }

    /** The handle type: {@link Type.Utxo} or {@link Type.Token}. */
    public Type type() {
        return token ? new Type.Token(name, module) : new Type.Utxo(name, module);
    }

    public List<StorageField> storage() {
        return List.copyOf(storage);
    }

    public Optional<StorageField> storageField(String fieldName) {
        return storage.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** Every function of the body in source order (main/mint/burn, helpers, impl methods). */
    public List<FunctionInfo> functions() {
        return List.copyOf(functions);
    }

    public List<FunctionInfo> functions(FunctionInfo.Role role) {
        return functions.stream().filter(f -> f.role() == role).toList();
    }

    /** The ABIs this utxo/token has an {@code impl} block for (for a token, including {@code Token}). */
    public List<AbiInfo> implementedAbis() {
        return List.copyOf(implemented.values());
    }

    public boolean implementsAbi(String abiName) {
        return implemented.containsKey(abiName);
    }

    /** The impl method implementing {@code abi.method}, if any. */
    public Optional<FunctionInfo> implMethod(AbiInfo abi, String method) {
        return functions.stream().filter(f -> f.role() == FunctionInfo.Role.IMPL_METHOD && f.name().equals(method)
                && f.implementedAbi().map(a -> a == abi || a.name().equals(abi.name())).orElse(false)).findFirst();
    }

    /** The yield points of the main functions, k = 1, 2, … in source order. Empty for a token. */
    public List<YieldPoint> yieldPoints() {
        return List.copyOf(yieldPoints);
    }

    /** The ABI methods callable on a handle of this type. */
    public List<AbiInfo.Member> callableMethods() {
        return List.copyOf(callable);
    }

    Ty ty() {
        return token ? new Ty.Token(name, module) : new Ty.Utxo(name, module);
    }

    void addStorage(StorageField f) {
        storage.add(f);
    }

    void addFunction(FunctionInfo f) {
        functions.add(f);
    }

    void addImplemented(AbiInfo abi) {
        implemented.putIfAbsent(abi.name(), abi);
    }

    void addYieldPoint(YieldPoint p) {
        yieldPoints.add(p);
    }

    @Override
    public String toString() {
        return (token ? "token " : "utxo ") + name;
    }
}
