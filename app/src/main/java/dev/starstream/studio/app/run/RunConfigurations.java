package dev.starstream.studio.app.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The run configurations of a workspace as saved in {@code .starstream/run-configurations.json}: the
 * configurations in the order people arranged them, the one selected in the toolbar, and the wallet
 * keys the configurations expect (the IDE creates missing ones when it opens the workspace, so a
 * shared workspace that signs with {@code @alice} runs on every machine with a key of its own).
 */
public record RunConfigurations(List<RunConfiguration> configurations, @Nullable String selected, List<String> walletKeys) {
    public static final RunConfigurations EMPTY = new RunConfigurations(List.of(), null, List.of());

    public RunConfigurations {
        configurations = List.copyOf(configurations);
        walletKeys = List.copyOf(walletKeys);
    }

    public Optional<RunConfiguration> find(String name) {
        return configurations.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<RunConfiguration> selectedConfiguration() {
        return selected == null ? Optional.empty() : find(selected);
    }

    public RunConfigurations withSelected(@Nullable String name) {
        return new RunConfigurations(configurations, name, walletKeys);
    }

    /** Adds {@code configuration}, or replaces the one called {@code previousName}, keeping its place. */
    public RunConfigurations withConfiguration(@Nullable String previousName, RunConfiguration configuration) {
        List<RunConfiguration> next = new ArrayList<>();
        boolean placed = false;
        for (RunConfiguration c : configurations) {
            if (!placed && c.name().equals(previousName)) {
                next.add(configuration);
                placed = true;
            } else if (!c.name().equals(configuration.name())) {
                next.add(c);
            }
        }
        if (!placed) {
            next.add(configuration);
        }
        String nextSelected = selected != null && selected.equals(previousName) ? configuration.name() : selected;
        return new RunConfigurations(next, nextSelected, walletKeys);
    }

    public RunConfigurations without(String name) {
        List<RunConfiguration> next = configurations.stream().filter(c -> !c.name().equals(name)).toList();
        String nextSelected = name.equals(selected) ? next.stream().findFirst().map(RunConfiguration::name).orElse(null) : selected;
        return new RunConfigurations(next, nextSelected, walletKeys);
    }

    /** A name like {@code base} that no configuration has yet ({@code base}, {@code base (2)}, …). */
    public String freshName(String base) {
        if (find(base).isEmpty()) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + " (" + i + ")";
            if (find(candidate).isEmpty()) {
                return candidate;
            }
        }
    }
}
