package dev.starstream.studio.app.ui.run;

import dev.starstream.studio.app.run.RunConfiguration;
import dev.starstream.studio.app.run.RunConfigurations;
import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ScriptLayout;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.runtime.RunMode;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The run configuration editor: a working copy of the workspace's configurations, and the one being
 * edited: its name, contract (compiled off the UI thread to list its scripts; compile errors are
 * shown as such), script, a form generated from the script's parameter types, signers, gas limit and
 * mode. {@link #result()} gives the configurations to save.
 */
public final class RunConfigurationEditorViewModel {
    /** A wallet key and whether it signs. */
    public record Signer(String name, BooleanProperty signs) {}

    private final ConfigurationSources sources;
    private final Executor background;
    private final Executor uiExecutor;
    private final ObservableList<RunConfiguration> configurations = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable RunConfiguration> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObservableList<String> contracts = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable String> contract = new SimpleObjectProperty<>(this, "contract");
    private final ObservableList<String> scripts = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable String> script = new SimpleObjectProperty<>(this, "script");
    private final ReadOnlyObjectWrapper<@Nullable ArgumentFormViewModel> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ObservableList<Signer> signers = FXCollections.observableArrayList();
    private final StringProperty gasLimit = new SimpleStringProperty(this, "gasLimit", Long.toString(Intent.DEFAULT_GAS_LIMIT));
    private final ObjectProperty<RunMode> mode = new SimpleObjectProperty<>(this, "mode", RunMode.DEBUG);
    private final ReadOnlyStringWrapper compileStatus = new ReadOnlyStringWrapper(this, "compileStatus", "");
    private final StringBinding problems;
    private final @Nullable String initialSelection;
    private final List<String> walletKeys = new ArrayList<>();
    private final List<ConfigurationSources.LiveUtxo> live = new ArrayList<>();
    private @Nullable ContractLayout layout;
    private @Nullable RunConfiguration loading;
    private long generation;
    private @Nullable String walletKeysRequired;

    public RunConfigurationEditorViewModel(RunConfigurations initial, ConfigurationSources sources, Executor background, Executor uiExecutor) {
        this.sources = sources;
        this.background = background;
        this.uiExecutor = uiExecutor;
        this.initialSelection = initial.selected();
        this.walletKeysRequired = String.join(",", initial.walletKeys());
        configurations.setAll(initial.configurations());
        problems = Bindings.createStringBinding(this::describeProblems, name, contract, script, form, gasLimit, configurations, selected,
                compileStatus);
        form.addListener((obs, old, now) -> {
            if (now != null) {
                now.problemsProperty().addListener(o -> problems.invalidate());
            }
        });
        contract.addListener((obs, old, now) -> compile(now));
        script.addListener((obs, old, now) -> buildForm());
        selected.addListener((obs, old, now) -> edit(now));
        background.execute(() -> {
            List<String> files = sources.contracts();
            List<String> keys = sources.walletKeys();
            List<ConfigurationSources.LiveUtxo> utxos = sources.liveUtxos();
            uiExecutor.execute(() -> {
                contracts.setAll(files);
                walletKeys.addAll(keys);
                live.addAll(utxos);
                selected.set(initial.selectedConfiguration().orElse(configurations.isEmpty() ? null : configurations.getFirst()));
                if (selected.get() == null && !files.isEmpty()) {
                    add();
                }
            });
        });
    }

    public ObservableList<RunConfiguration> configurations() {
        return configurations;
    }

    public ObjectProperty<@Nullable RunConfiguration> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<String> contracts() {
        return contracts;
    }

    public ObjectProperty<@Nullable String> contractProperty() {
        return contract;
    }

    public ObservableList<String> scripts() {
        return scripts;
    }

    public ObjectProperty<@Nullable String> scriptProperty() {
        return script;
    }

    public ReadOnlyObjectProperty<@Nullable ArgumentFormViewModel> formProperty() {
        return form.getReadOnlyProperty();
    }

    public ObservableList<Signer> signers() {
        return signers;
    }

    public StringProperty gasLimitProperty() {
        return gasLimit;
    }

    public ObjectProperty<RunMode> modeProperty() {
        return mode;
    }

    /** "Compiling score.star…", "score.star does not compile: …", or empty. */
    public ReadOnlyStringProperty compileStatusProperty() {
        return compileStatus.getReadOnlyProperty();
    }

    /** What keeps the edited configuration from being saved, one per line (empty: it can be). */
    public StringBinding problemsProperty() {
        return problems;
    }

    private void edit(@Nullable RunConfiguration c) {
        if (c == null) {
            return;
        }
        loading = c;
        name.set(c.name());
        gasLimit.set(Long.toString(c.gasLimit()));
        mode.set(c.mode());
        signers.setAll(walletKeys.stream().map(k -> new Signer(k, new SimpleBooleanProperty(c.signers().contains(k)))).toList());
        for (String missing : c.signers()) {
            if (!walletKeys.contains(missing)) {
                signers.add(new Signer(missing, new SimpleBooleanProperty(true)));
            }
        }
        if (c.file().equals(contract.get())) {
            compile(c.file());
        } else {
            contract.set(c.file());
        }
    }

    private void compile(@Nullable String file) {
        long mine = ++generation;
        scripts.clear();
        layout = null;
        script.set(null);
        form.set(null);
        if (file == null) {
            compileStatus.set("");
            return;
        }
        compileStatus.set("Compiling " + file + "…");
        background.execute(() -> {
            Optional<SourceCompiler.Result> result = sources.compile(file);
            uiExecutor.execute(() -> {
                if (mine != generation) {
                    return;
                }
                switch (result.orElse(null)) {
                    case null -> compileStatus.set("Cannot read " + file);
                    case SourceCompiler.Result.Failed failed -> compileStatus.set(describe(file, failed.diagnostics()));
                    case SourceCompiler.Result.Compiled ok -> {
                        compileStatus.set("");
                        layout = ok.contract().layout();
                        scripts.setAll(layout.scripts().stream().map(ScriptLayout::name).toList());
                        RunConfiguration c = loading;
                        String wanted = c != null && c.file().equals(file) && scripts.contains(c.script()) ? c.script()
                                : scripts.isEmpty() ? null : scripts.getFirst();
                        if (wanted != null && wanted.equals(script.get())) {
                            buildForm();
                        } else {
                            script.set(wanted);
                        }
                    }
                }
            });
        });
    }

    private static String describe(String file, List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return file + " does not compile (" + errors + " error" + (errors == 1 ? "" : "s") + ")"
                + diagnostics.stream().filter(Diagnostic::isError).findFirst()
                        .map(d -> ": line " + d.location().start().line() + ": " + d.message()).orElse("");
    }

    private void buildForm() {
        ContractLayout current = layout;
        String name = script.get();
        ScriptLayout s = current == null || name == null ? null : current.script(name).orElse(null);
        if (s == null) {
            form.set(null);
            return;
        }
        ArgumentFormViewModel next = new ArgumentFormViewModel(s, choices(s));
        RunConfiguration c = loading;
        if (c != null && c.script().equals(name) && c.file().equals(contract.get())) {
            next.load(c);
        }
        form.set(next);
    }

    /** Wallet keys, and for each handle type: the newest of it, owned-by variants, and every live one. */
    private ArgumentField.Choices choices(ScriptLayout s) {
        List<String> keys = List.copyOf(walletKeys);
        List<String> utxoParams = s.params().stream().filter(p -> p.type() instanceof Type.Utxo || p.type() instanceof Type.AnyUtxo)
                .map(ParamLayout::name).toList();
        List<ConfigurationSources.LiveUtxo> utxos = List.copyOf(live);
        return new ArgumentField.Choices() {
            @Override
            public List<String> walletKeys() {
                return keys;
            }

            @Override
            public List<ArgumentField.HandleChoice> handles(Type type) {
                List<ArgumentField.HandleChoice> choices = new ArrayList<>();
                String typeName = switch (type) {
                    case Type.Utxo u -> u.name();
                    case Type.Token t -> t.name();
                    default -> null;
                };
                if (typeName != null) {
                    choices.add(new ArgumentField.HandleChoice("Newest " + typeName + " (when the run starts)", "newest " + typeName));
                    if (type instanceof Type.Token) {
                        utxoParams.forEach(p -> choices.add(new ArgumentField.HandleChoice("Newest " + typeName + " owned by " + p,
                                "newest " + typeName + " owned by " + p)));
                    }
                }
                boolean token = type instanceof Type.Token || type instanceof Type.AnyToken;
                for (ConfigurationSources.LiveUtxo u : utxos) {
                    if (u.token() == token && (typeName == null || u.type().equals(typeName))) {
                        choices.add(new ArgumentField.HandleChoice(u.type() + " " + RunOutputViewModel.shortId(u.id()) + " " + u.summary(),
                                "coroutine " + u.coroutine()));
                    }
                }
                return choices;
            }
        };
    }

    private String describeProblems() {
        List<String> lines = new ArrayList<>();
        String n = name.get().strip();
        if (n.isEmpty()) {
            lines.add("Give the configuration a name");
        } else if (configurations.stream().anyMatch(c -> c != selected.get() && c.name().equals(n))) {
            lines.add("Another configuration is called " + n);
        }
        if (contract.get() == null) {
            lines.add("Choose a contract");
        } else if (script.get() == null) {
            lines.add(compileStatus.get().isEmpty() ? "Choose a script fn" : compileStatus.get());
        }
        try {
            if (Long.parseLong(gasLimit.get().strip().replace(",", "").replace("_", "")) <= 0) {
                lines.add("The gas limit is a positive number");
            }
        } catch (NumberFormatException e) {
            lines.add("The gas limit is a positive number");
        }
        ArgumentFormViewModel f = form.get();
        if (f != null && !f.problemsProperty().get().isEmpty()) {
            lines.add(f.problemsProperty().get());
        }
        return String.join("\n", lines);
    }

    /** The edited configuration as the fields say now, or empty when it cannot be formed. */
    public Optional<RunConfiguration> edited() {
        String file = contract.get();
        String s = script.get();
        if (file == null || s == null || name.get().isBlank()) {
            return Optional.empty();
        }
        long gas;
        try {
            gas = Long.parseLong(gasLimit.get().strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        ArgumentFormViewModel f = form.get();
        List<RunConfiguration.Argument> args = f == null ? List.of() : f.arguments();
        List<String> signing = signers.stream().filter(sg -> sg.signs().get()).map(Signer::name).toList();
        return Optional.of(new RunConfiguration(name.get().strip(), file, s, args, signing, gas, mode.get()));
    }

    /** Writes the fields into the edited configuration of the working copy; false when they cannot be saved. */
    public boolean apply() {
        RunConfiguration current = selected.get();
        Optional<RunConfiguration> next = edited();
        if (current == null || next.isEmpty() || !problems.get().isEmpty()) {
            return current == null;
        }
        int index = configurations.indexOf(current);
        loading = next.get();
        configurations.set(index, next.get());
        selected.set(next.get());
        return true;
    }

    /** A new configuration for the current (or first) contract. */
    public void add() {
        if (selected.get() != null && !apply()) {
            return;
        }
        String file = contract.get() != null ? contract.get() : contracts.isEmpty() ? "contract.star" : contracts.getFirst();
        String base = file.replaceAll("\\.star$", "") + ": new";
        String fresh = new RunConfigurations(configurations, null, List.of()).freshName(base);
        RunConfiguration c = RunConfiguration.of(fresh, file, scripts.isEmpty() ? "main" : scripts.getFirst());
        configurations.add(c);
        selected.set(c);
    }

    public void duplicate() {
        RunConfiguration current = selected.get();
        if (current == null || !apply()) {
            return;
        }
        RunConfiguration copy = selected.get().withName(new RunConfigurations(configurations, null, List.of())
                .freshName(selected.get().name()));
        configurations.add(configurations.indexOf(selected.get()) + 1, copy);
        selected.set(copy);
    }

    public void delete() {
        RunConfiguration current = selected.get();
        if (current == null) {
            return;
        }
        int index = configurations.indexOf(current);
        configurations.remove(current);
        loading = null;
        selected.set(configurations.isEmpty() ? null : configurations.get(Math.min(index, configurations.size() - 1)));
    }

    /** The configurations to save, the edited one selected. */
    public RunConfigurations result() {
        RunConfiguration current = selected.get();
        String chosen = current != null ? current.name() : initialSelection;
        List<String> keys = walletKeysRequired == null || walletKeysRequired.isEmpty() ? List.of()
                : List.of(walletKeysRequired.split(","));
        return new RunConfigurations(configurations, chosen, keys);
    }
}
