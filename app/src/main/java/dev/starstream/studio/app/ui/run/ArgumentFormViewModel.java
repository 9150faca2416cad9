package dev.starstream.studio.app.ui.run;

import dev.starstream.studio.app.run.RunConfiguration;
import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ScriptLayout;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.runtime.values.KeyResolver;
import dev.starstream.studio.vm.runtime.values.LiteralParser;
import dev.starstream.studio.vm.runtime.values.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.jspecify.annotations.Nullable;

/**
 * The argument form of one script: a field per parameter, generated from its type, filled from a
 * configuration's saved literals, and giving them back. {@link #problemsProperty()} says what is
 * missing or wrong (empty when every field holds a value of its type).
 */
public final class ArgumentFormViewModel {
    /** A parameter of the script and its field. */
    public record Parameter(String name, String type, ArgumentField field) {}

    private final ScriptLayout script;
    private final List<Parameter> parameters = new ArrayList<>();
    private final StringBinding problems;
    private final List<String> loadProblems = new ArrayList<>();
    private boolean loading;

    public ArgumentFormViewModel(ScriptLayout script, ArgumentField.Choices choices) {
        this.script = script;
        List<Observable> dependencies = new ArrayList<>();
        for (ParamLayout p : script.params()) {
            ArgumentField field = ArgumentField.of(p.type(), choices);
            parameters.add(new Parameter(p.name(), Type.display(p.type()), field));
            dependencies.addAll(field.dependencies());
        }
        this.problems = Bindings.createStringBinding(this::describeProblems, dependencies.toArray(Observable[]::new));
        // A saved value that could not be read stops being a problem once the user edits the form.
        dependencies.forEach(d -> d.addListener(o -> {
            if (!loading) {
                loadProblems.clear();
            }
        }));
    }

    public ScriptLayout script() {
        return script;
    }

    public List<Parameter> parameters() {
        return List.copyOf(parameters);
    }

    /** One line per field that holds no value of its type ({@code amount: 300 is out of range (u8: 0 … 255)}). */
    public StringBinding problemsProperty() {
        return problems;
    }

    public boolean valid() {
        return problems.get().isEmpty();
    }

    /** Fills the fields from {@code configuration}'s saved arguments (by parameter name). */
    public void load(RunConfiguration configuration) {
        loading = true;
        try {
            fill(configuration);
        } finally {
            loading = false;
        }
        problems.invalidate();
    }

    private void fill(RunConfiguration configuration) {
        loadProblems.clear();
        LiteralParser parser = new LiteralParser(KeyResolver.none());
        for (Parameter p : parameters) {
            Optional<String> saved = configuration.argument(p.name());
            if (saved.isEmpty()) {
                continue;
            }
            switch (p.field()) {
                case ArgumentField.HandleField h -> h.loadText(saved.get());
                case ArgumentField.KeyField k -> k.loadText(saved.get());
                default -> {
                    try {
                        p.field().load(parser.parse(p.field().type(), saved.get()));
                    } catch (IllegalArgumentException e) {
                        if (p.field() instanceof ArgumentField.IntField i) {
                            i.textProperty().set(saved.get());
                            continue;
                        }
                        loadProblems.add(p.name() + ": the saved value `" + saved.get() + "` is not a " + p.type());
                    }
                }
            }
        }
    }

    /** The arguments the fields stand for, in parameter order. */
    public List<RunConfiguration.Argument> arguments() {
        return parameters.stream().map(p -> new RunConfiguration.Argument(p.name(), p.field().literal())).toList();
    }

    private String describeProblems() {
        List<String> lines = new ArrayList<>(loadProblems);
        for (Parameter p : parameters) {
            String problem = p.field().problem();
            if (problem != null) {
                lines.add(p.name() + ": " + problem);
            }
        }
        return String.join("\n", lines);
    }

    /** Whether {@code type} is picked from the ledger (a utxo or token handle). */
    public static boolean isHandle(Type type) {
        return ValueLayout.isHandle(type);
    }

    /** A saved value for a parameter that is not in the script (kept out of the form). */
    public static @Nullable String unused(RunConfiguration configuration, ScriptLayout script) {
        List<String> names = script.params().stream().map(ParamLayout::name).toList();
        List<String> extra = configuration.arguments().stream().map(RunConfiguration.Argument::name).filter(n -> !names.contains(n))
                .toList();
        return extra.isEmpty() ? null : String.join(", ", extra);
    }
}
