package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.FnDecl;
import dev.starstream.studio.vm.lang.ast.Stmt;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A function with a body, wherever it is declared: its role, its owner (utxo or token), the ABI an
 * impl method implements, its signature and its variables. Identity matters (one object per
 * declaration; calls from other modules point at the same object).
 */
public final class FunctionInfo implements Constant {

    /** What a function is for; decides how the code generator exports and calls it. */
    public enum Role {
        /** A plain top-level {@code fn}: a helper callable from scripts and utxo code. */
        TOP_LEVEL,
        /** A top-level {@code script fn}: a coordination-script entry point. */
        SCRIPT,
        /** A utxo's {@code main fn}: its constructor and coroutine body. */
        UTXO_MAIN,
        /** A plain {@code fn} inside a utxo or token (callable only from later parts of the same body). */
        LOCAL_HELPER,
        /** A function inside {@code impl Abi { … }} of a utxo or token. */
        IMPL_METHOD,
        /** A token's {@code mint fn}: its constructor {@code Tok::mint(args)}. */
        TOKEN_MINT,
        /** A token's {@code burn fn}: called with method syntax on a token handle. */
        TOKEN_BURN
    }

    private final String name;
    private final FnDecl decl;
    private final String module;
    private final Role role;
    private final @Nullable UtxoInfo owner;
    private final @Nullable AbiInfo implementedAbi;
    private final Symbol symbol;
    private Ty.Fn ty;
    private final List<Variable> variables = new ArrayList<>();
    /** A call of a top-level function from this body (for the Studio reachability rule E1001). */
    record CallSite(FunctionInfo target, dev.starstream.studio.vm.lang.diag.Location at) {}

    final List<CallSite> calls = new ArrayList<>();
    final List<Stmt.Try> tries = new ArrayList<>();

    FunctionInfo(String name, FnDecl decl, String module, Role role, @Nullable UtxoInfo owner,
            @Nullable AbiInfo implementedAbi, Symbol symbol, Ty.Fn ty) {
        this.name = name;
        this.decl = decl;
        this.module = module;
        this.role = role;
        this.owner = owner;
        this.implementedAbi = implementedAbi;
        this.symbol = symbol;
        this.ty = ty;
    }

    public String name() {
        return name;
    }

    public FnDecl decl() {
        return decl;
    }

    /** The path of the module (source file) that declares the function. */
    public String module() {
        return module;
    }

    public Role role() {
        return role;
    }

    /** The utxo or token whose body declares the function. */
    public Optional<UtxoInfo> owner() {
        return Optional.ofNullable(owner);
    }

    /** For an impl method, the ABI it implements. */
    public Optional<AbiInfo> implementedAbi() {
        return Optional.ofNullable(implementedAbi);
    }

    /**
     * The signature. For a utxo {@code main fn} / token {@code mint fn} the result is the handle
     * type the constructor returns ({@code Score}); the body itself returns {@code ()}.
     */
    public Type.Function signature() {
        return (Type.Function) Ty.toType(ty);
    }

    /** Every variable of the body (parameters first, then in declaration order); see {@link Variable#ordinal}. */
    public List<Variable> variables() {
        return List.copyOf(variables);
    }

    /** The parameters, in order. */
    public List<Variable> parameters() {
        return List.copyOf(variables.subList(0, Math.min(variables.size(), decl.params().size())));
    }

    public Symbol symbol() {
        return symbol;
    }

    Ty.Fn ty() {
        return ty;
    }

    void setTy(Ty.Fn ty) {
        this.ty = ty;
        symbol.setTy(ty);
    }

    Variable addVariable(String varName, Variable.Kind kind, boolean mutable, boolean pub, dev.starstream.studio.vm.lang.syntax.Span span,
            Symbol varSymbol) {
        Variable v = new Variable(varName, kind, mutable, pub, span, variables.size(), varSymbol);
        variables.add(v);
        return v;
    }

    /** True for a script fn, or a top-level fn called from scripts: code that runs in the coordination script. */
    public boolean isTopLevel() {
        return owner == null;
    }

    @Override
    public String toString() {
        return (owner == null ? "" : owner.name() + "::") + name;
    }
}
