package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.contract.AbiLayout;
import dev.starstream.studio.vm.contract.FunctionLayout;
import dev.starstream.studio.vm.contract.MethodLayout;
import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.runtime.engine.ImportSpec;

/**
 * What one import of a contract module means (docs/design/vm-abi.md §4), resolved once per contract
 * against its layout.
 */
sealed interface Binding {
    ImportSpec spec();

    /** {@code U::main(args)} or {@code Tok::mint(args)}: create a process of {@code type} (A.9 M1–M3, T1). */
    record Construct(ImportSpec spec, ProcessTypeLayout type, FunctionLayout constructor) implements Binding {}

    /** A method call on a handle through ABI {@code abi} (A.9 M1–M7). */
    record AbiCall(ImportSpec spec, AbiLayout abi, AbiLayout.Member method) implements Binding {}

    /** {@code t.burn(args)} with method syntax (T4). */
    record Burn(ImportSpec spec, ProcessTypeLayout token, MethodLayout burn) implements Binding {}

    /** {@code t.attach(u)} (T2). */
    record Attach(ImportSpec spec) implements Binding {}

    /** {@code t.detach(u)} (T3). */
    record Detach(ImportSpec spec) implements Binding {}

    /** {@code emit E(args)} (A.5). */
    record Emit(ImportSpec spec, AbiLayout abi, AbiLayout.Member event) implements Binding {}

    /** {@code raise E(args)} that the module could not resolve statically (A.3, E3). */
    record Raise(ImportSpec spec, AbiLayout abi, AbiLayout.Member effect) implements Binding {}

    /** A runtime function of A.6 or a coroutine/handler/trap service of the host. */
    record Service(ImportSpec spec, Kind kind) implements Binding {
        enum Kind {
            BLOCK_HEIGHT,
            CURRENT_SLOT,
            ASSERT_SIGNED,
            ERROR,
            IMPLEMENTS_METHOD,
            IS_ABI,
            INSTALL,
            UNINSTALL,
            TRAP
        }
    }

    /** A debug hook (§8): neither metered nor an operation. */
    record Hook(ImportSpec spec, HookKind kind) implements Binding {
        enum HookKind {
            STMT,
            ENTER,
            EXIT,
            WRITE_I32,
            WRITE_I64,
            YIELD,
            RESUMED
        }
    }

    /** An import the Starstream host does not provide, or one whose signature is not the expected one. */
    record Unknown(ImportSpec spec, String problem) implements Binding {}
}
