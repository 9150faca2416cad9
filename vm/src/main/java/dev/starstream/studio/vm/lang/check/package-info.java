/**
 * Names, types, privacy, effects and exhaustiveness of Starstream (LANGUAGE.md §3 with the Studio
 * rules of RUNTIME A.3/A.4/A.6/A.7/A.11), and the typed program the code generator consumes.
 *
 * <h2>Checking</h2>
 * {@link dev.starstream.studio.vm.lang.check.ModuleChecker#check} checks one parsed module against
 * a {@link dev.starstream.studio.vm.lang.check.CheckSession} (prelude, standard library, and what
 * earlier modules declared) and an {@link dev.starstream.studio.vm.lang.check.ImportResolver} (the
 * module graph); {@link dev.starstream.studio.vm.lang.check.ModuleChecker#checkSingleFile} is
 * single-file mode. The sub-package {@code workspace} loads folders, orders modules and re-checks
 * incrementally. Checking never throws: broken programs yield diagnostics, and every definition is
 * checked even when others have errors; an error type never causes further diagnostics.
 *
 * <h2>The typed program ({@link dev.starstream.studio.vm.lang.check.TypedModule})</h2>
 * One per source file, keyed by AST node identity (the node objects of
 * {@link dev.starstream.studio.vm.lang.check.TypedModule#program()}). For a module without errors:
 * <ul>
 *   <li>{@code typeOf(Expr)}: the resolved {@link dev.starstream.studio.vm.lang.types.Type} of every
 *       expression; integer literals defaulted to {@code i64}, other open variables to {@code ()}.
 *       A name narrowed by {@code if h is A} has type {@code Type.Abi(A)} inside the branch. The
 *       callee of a method call ({@code Expr.Field}) has the method's function type.</li>
 *   <li>{@code typeOf(Pattern)}: the type each pattern is matched against.</li>
 *   <li>{@code callee(Expr)} for {@code Expr.Call}, {@code Expr.Emit}, {@code Expr.Raise},
 *       {@code Expr.Runtime}: a {@link dev.starstream.studio.vm.lang.check.Callee} —
 *       {@code Function} (top-level {@code fn}/{@code script fn}, possibly of another module, or a
 *       utxo/token-local helper), {@code UtxoConstructor}, {@code TokenMint}, {@code AbiMethod} (a
 *       utxo/token method via its ABI, with the receiver's static type), {@code TokenMethod}
 *       (attach/detach/burn), {@code Event}, {@code Effect}, {@code Runtime} (a standard-library
 *       host function), {@code EnumConstructor}.</li>
 *   <li>{@code resolution(Node)} for {@code Expr.Name}, {@code Stmt.Assign} (its target) and
 *       {@code Expr.Condition.Is} (its variable): a {@link dev.starstream.studio.vm.lang.check.NameRef}
 *       — {@code Local} (a {@link dev.starstream.studio.vm.lang.check.Variable}: parameter, let or
 *       pattern binding), {@code Storage}, {@code Function}, {@code Constructor},
 *       {@code EnumVariant} (a unit variant's value), {@code AbiMember}, {@code Runtime}.</li>
 *   <li>{@code binding(Node)}: the variable a {@code Stmt.Let}, {@code Param}, binding
 *       {@code Pattern.Name} or punned {@code Pattern.FieldPattern} declares;
 *       {@code patternVariant(Pattern)}: the variant a constant or tuple-variant pattern tests;
 *       {@code structTarget(Node)}: the struct or struct variant of a literal or pattern.</li>
 *   <li>{@code handledEffect(WithClause)}: the effect each handler clause handles (clause value =
 *       the effect's return type; duplicates flagged), and its bindings.</li>
 *   <li>{@code narrowedAbi(Condition.Is)}: the ABI of {@code if h is A}.</li>
 *   <li>{@code statementId(Node)}: a stable id for every statement and every block tail
 *       expression — its ordinal in source order within the module (pre-order).</li>
 *   <li>{@code functions()}, {@code utxos()}, {@code abis()}: declarations with their roles,
 *       signatures, variables (with ordinals usable as local slots), storage layouts, implemented
 *       ABIs, callable methods and the yield points of each utxo (k = 1, 2, … per utxo in source
 *       order, with the ABIs offered and the variables in scope).</li>
 * </ul>
 * Facts for the editor: {@code occurrences()} (every identifier → its
 * {@link dev.starstream.studio.vm.lang.check.Symbol}) and {@code scopes()}; the sub-package
 * {@code facts} answers queries over a checked workspace.
 *
 * <h2>Deliberate choices</h2>
 * Lets are not generalised (an unconstrained {@code Option::None} payload defaults to {@code ()}).
 * A non-unit function that falls off its end after {@code return}s elsewhere is accepted (no path
 * analysis, as upstream); the code generator must trap there. A variable cannot be called (E0029)
 * even when it holds a function.
 */
@NullMarked
package dev.starstream.studio.vm.lang.check;

import org.jspecify.annotations.NullMarked;
