package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.FnDecl;
import dev.starstream.studio.vm.lang.ast.Node;
import dev.starstream.studio.vm.lang.ast.Pattern;
import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.ast.Stmt;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The typed program of one source file: what the code generator consumes and the editor queries.
 * Every lookup is keyed by AST node identity (the very node objects of {@link #program()}), never
 * by the records' structural equality. Works for files with errors: nodes the checker could not
 * type answer {@link Type.Error} / {@link Callee.Unresolved} / empty.
 *
 * <p>See the package documentation for the full contract.
 */
public final class TypedModule {
    private final SourceFile file;
    private final Program program;
    private final Map<Expr, Ty> exprTypes = new IdentityHashMap<>();
    private final Map<Pattern, Ty> patternTypes = new IdentityHashMap<>();
    private final Map<Node, Callee> callees = new IdentityHashMap<>();
    private final Map<Node, NameRef> names = new IdentityHashMap<>();
    private final Map<Node, Variable> bindings = new IdentityHashMap<>();
    private final Map<Pattern, NameRef.EnumVariant> patternVariants = new IdentityHashMap<>();
    private final Map<Node, StructTarget> structTargets = new IdentityHashMap<>();
    private final Map<Stmt.WithClause, HandledEffect> handled = new IdentityHashMap<>();
    private final Map<Expr.Condition.Is, AbiInfo> narrowings = new IdentityHashMap<>();
    private final Map<Expr.Yield, YieldPoint> yields = new IdentityHashMap<>();
    private final Map<Node, Integer> statementIds = new IdentityHashMap<>();
    private final List<Node> statementsById = new ArrayList<>();
    private final Map<FnDecl, FunctionInfo> functions = new IdentityHashMap<>();
    private final List<FunctionInfo> functionList = new ArrayList<>();
    private final Map<Definition, UtxoInfo> utxos = new IdentityHashMap<>();
    private final List<UtxoInfo> utxoList = new ArrayList<>();
    private final Map<Definition, AbiInfo> abis = new IdentityHashMap<>();
    private final List<AbiInfo> abiList = new ArrayList<>();
    private final List<Occurrence> occurrences = new ArrayList<>();
    private final List<ScopeRecord> scopes = new ArrayList<>();

    /** One use or definition of a symbol: the span of the identifier in this file. */
    public record Occurrence(Span span, Symbol symbol, boolean definition) {}

    /**
     * A lexical scope for completion: a block, a function's parameters, a match arm, a handler
     * clause. {@code variables} are in declaration order with the offset from which each is visible.
     * {@code function} is the enclosing function.
     */
    public record ScopeRecord(Span span, List<Visible> variables, FunctionInfo function) {
        public ScopeRecord {
            variables = List.copyOf(variables);
        }
    }

    /** A variable and the offset from which it is visible. */
    public record Visible(Variable variable, int from) {}

    private final AbiInfo tokenAbi;

    TypedModule(SourceFile file, Program program, AbiInfo tokenAbi) {
        this.file = file;
        this.program = program;
        this.tokenAbi = tokenAbi;
    }

    /** The built-in ABI {@code Token} ({@code attach(utxo: Utxo)}, {@code detach(utxo: Utxo)}). */
    public AbiInfo tokenAbi() {
        return tokenAbi;
    }

    public SourceFile file() {
        return file;
    }

    /** The module's path (its {@link SourceFile#path()}); also the {@code module} of the types it declares. */
    public String path() {
        return file.path();
    }

    public Program program() {
        return program;
    }

    public boolean isContract() {
        return program.isContract();
    }

    // ---------------------------------------------------------------- expressions

    /** The resolved type of an expression, integer literals defaulted ({@code i64}); {@link Type.Error} if unknown. */
    public Type typeOf(Expr expr) {
        Ty t = exprTypes.get(expr);
        return t == null ? Type.ERROR : Ty.toType(t);
    }

    /** The type a pattern was checked against (the scrutinee's or payload's type at that position). */
    public Optional<Type> typeOf(Pattern pattern) {
        Ty t = patternTypes.get(pattern);
        return t == null ? Optional.empty() : Optional.of(Ty.toType(t));
    }

    /** What an {@link Expr.Call}, {@link Expr.Emit}, {@link Expr.Raise} or {@link Expr.Runtime} invokes. */
    public Callee callee(Expr call) {
        Callee c = callees.get(call);
        return c == null ? new Callee.Unresolved() : c;
    }

    /** What an {@link Expr.Name}, a {@link Stmt.Assign} target or the variable of an {@link Expr.Condition.Is} refers to. */
    public NameRef resolution(Node nameUse) {
        NameRef r = names.get(nameUse);
        return r == null ? new NameRef.Unresolved() : r;
    }

    /**
     * The variable a declaration introduces: a {@link Stmt.Let}, a function parameter
     * ({@link dev.starstream.studio.vm.lang.ast.Param}), a binding {@link Pattern.Name}, or a punned
     * {@link Pattern.FieldPattern} ({@code Point { x }}).
     */
    public Optional<Variable> binding(Node declaration) {
        return Optional.ofNullable(bindings.get(declaration));
    }

    /** For a constant {@link Pattern.Name} or a {@link Pattern.Variant}: the enum variant it tests. */
    public Optional<NameRef.EnumVariant> patternVariant(Pattern pattern) {
        return Optional.ofNullable(patternVariants.get(pattern));
    }

    /** For an {@link Expr.StructLit} or a {@link Pattern.Struct}: the struct or struct variant. */
    public Optional<StructTarget> structTarget(Node literalOrPattern) {
        return Optional.ofNullable(structTargets.get(literalOrPattern));
    }

    /** The effect a {@code with} clause handles. */
    public Optional<HandledEffect> handledEffect(Stmt.WithClause clause) {
        return Optional.ofNullable(handled.get(clause));
    }

    /** The ABI an {@code if x is A} narrows to. */
    public Optional<AbiInfo> narrowedAbi(Expr.Condition.Is condition) {
        return Optional.ofNullable(narrowings.get(condition));
    }

    public Optional<YieldPoint> yieldPoint(Expr.Yield yield) {
        return Optional.ofNullable(yields.get(yield));
    }

    // ---------------------------------------------------------------- statements

    /**
     * The stable id of a statement or of a block's tail expression: its ordinal in source order
     * within this module (0, 1, …; nested statements after the statement that contains them).
     */
    public OptionalInt statementId(Node statementOrTail) {
        Integer id = statementIds.get(statementOrTail);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** The statement (or tail expression) with the given id. */
    public Optional<Node> statement(int id) {
        return id >= 0 && id < statementsById.size() ? Optional.of(statementsById.get(id)) : Optional.empty();
    }

    public int statementCount() {
        return statementsById.size();
    }

    // ---------------------------------------------------------------- declarations

    public Optional<FunctionInfo> function(FnDecl decl) {
        return Optional.ofNullable(functions.get(decl));
    }

    /** Every function with a body declared in this module, in source order. */
    public List<FunctionInfo> functions() {
        return List.copyOf(functionList);
    }

    /** The {@link UtxoInfo} of a {@link Definition.UtxoDef} or {@link Definition.TokenDef}. */
    public Optional<UtxoInfo> utxo(Definition def) {
        return Optional.ofNullable(utxos.get(def));
    }

    /** Utxos and tokens declared in this module, in source order. */
    public List<UtxoInfo> utxos() {
        return List.copyOf(utxoList);
    }

    public Optional<AbiInfo> abi(Definition.AbiDef def) {
        return Optional.ofNullable(abis.get(def));
    }

    public List<AbiInfo> abis() {
        return List.copyOf(abiList);
    }

    // ---------------------------------------------------------------- facts

    /** Every identifier occurrence that refers to a symbol (definitions included), in the order found. */
    public List<Occurrence> occurrences() {
        return java.util.Collections.unmodifiableList(occurrences);
    }

    public List<ScopeRecord> scopes() {
        return java.util.Collections.unmodifiableList(scopes);
    }

    /** Expressions with a recorded type (for "type at offset"). */
    public java.util.Collection<Expr> typedExpressions() {
        return java.util.Collections.unmodifiableSet(exprTypes.keySet());
    }

    // ---------------------------------------------------------------- recording (the checker)

    void type(Expr e, Ty t) {
        exprTypes.put(e, t);
    }

    Ty recordedType(Expr e) {
        Ty t = exprTypes.get(e);
        return t == null ? Ty.ERR : t;
    }

    void type(Pattern p, Ty t) {
        patternTypes.put(p, t);
    }

    void callee(Node call, Callee c) {
        callees.put(call, c);
    }

    void name(Node use, NameRef r) {
        names.put(use, r);
    }

    NameRef recordedName(Node use) {
        return resolution(use);
    }

    void binding(Node decl, Variable v) {
        bindings.put(decl, v);
    }

    void patternVariant(Pattern p, NameRef.EnumVariant v) {
        patternVariants.put(p, v);
    }

    void structTarget(Node n, StructTarget t) {
        structTargets.put(n, t);
    }

    void handled(Stmt.WithClause w, HandledEffect h) {
        handled.put(w, h);
    }

    void narrowing(Expr.Condition.Is is, AbiInfo abi) {
        narrowings.put(is, abi);
    }

    void yieldPoint(Expr.Yield y, YieldPoint p) {
        yields.put(y, p);
    }

    void assignStatementId(Node n) {
        if (!statementIds.containsKey(n)) {
            statementIds.put(n, statementsById.size());
            statementsById.add(n);
        }
    }

    void function(FunctionInfo f) {
        functions.put(f.decl(), f);
        functionList.add(f);
    }

    void utxo(UtxoInfo u) {
        utxos.put(u.decl(), u);
        utxoList.add(u);
    }

    void abi(Definition.AbiDef def, AbiInfo a) {
        abis.put(def, a);
        abiList.add(a);
    }

    void occurrence(Span span, Symbol symbol, boolean definition) {
        if (!span.isEmpty()) {
            occurrences.add(new Occurrence(span, symbol, definition));
        }
    }

    void scope(ScopeRecord s) {
        scopes.add(s);
    }
}
