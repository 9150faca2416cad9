package dev.starstream.studio.vm.lang.check.facts;

import dev.starstream.studio.vm.lang.check.FunctionInfo;
import dev.starstream.studio.vm.lang.check.Symbol;
import dev.starstream.studio.vm.lang.check.UtxoInfo;
import dev.starstream.studio.vm.lang.check.Variable;
import java.util.List;

/**
 * What a name typed at an offset could refer to (completion): the visible locals (innermost first,
 * shadowed ones left out), the enclosing utxo's storage fields and helper functions declared before
 * this point, the module's functions/events/effects/runtime functions, types and namespaces.
 */
public record ScopeView(List<Variable> locals, List<UtxoInfo.StorageField> storage, List<FunctionInfo> helpers, List<Symbol> constants,
        List<Symbol> types, List<Symbol> namespaces) {
    public ScopeView {
        locals = List.copyOf(locals);
        storage = List.copyOf(storage);
        helpers = List.copyOf(helpers);
        constants = List.copyOf(constants);
        types = List.copyOf(types);
        namespaces = List.copyOf(namespaces);
    }
}
