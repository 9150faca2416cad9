package dev.starstream.studio.app.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CommandRegistryTest {
    private final CommandRegistry registry = new CommandRegistry();
    private final IdeCommand definition = new IdeCommand("language.goToDefinition", "Go to Definition", "Code", "F12");

    @Test
    void anUnavailableCommandExplainsWhyUntilAServiceRebindsIt() {
        registry.registerUnavailable(definition, "Go to Definition needs the language service");
        assertThat(registry.execute(definition.id())).isEqualTo(CommandResult.unavailable("Go to Definition needs the language service"));
        registry.rebind(definition.id(), () -> CommandResult.info("jumped"), () -> true);
        assertThat(registry.execute(definition.id())).isEqualTo(CommandResult.info("jumped"));
    }

    @Test
    void aDisabledCommandDoesNotRun() {
        AtomicBoolean enabled = new AtomicBoolean(false);
        List<String> ran = new ArrayList<>();
        registry.register(definition, () -> {
            ran.add("ran");
            return CommandResult.DONE;
        }, enabled::get);
        assertThat(registry.execute(definition.id())).isInstanceOf(CommandResult.Unavailable.class);
        enabled.set(true);
        registry.execute(definition.id());
        assertThat(ran).containsExactly("ran");
    }

    @Test
    void resultListenersHearEveryRun() {
        List<CommandResult> heard = new ArrayList<>();
        registry.addResultListener(heard::add);
        registry.register(definition, () -> CommandResult.info("ok"));
        registry.execute(definition.id());
        registry.execute("no.such");
        assertThat(heard).containsExactly(CommandResult.info("ok"), CommandResult.failed("Unknown command no.such"));
    }

    @Test
    void idsAreUnique() {
        registry.register(definition, () -> CommandResult.DONE);
        assertThatThrownBy(() -> registry.register(definition, () -> CommandResult.DONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shortcutsReadTheWayPeopleWriteThem() {
        assertThat(new IdeCommand("x", "Comment", "Edit", "Shortcut+Slash").shortcutText()).isEqualTo("Ctrl+/");
        assertThat(new IdeCommand("x", "Save All", "File", "Shortcut+Shift+S").shortcutText()).isEqualTo("Ctrl+Shift+S");
        assertThat(new IdeCommand("x", "About", "Help", null).shortcutText()).isEmpty();
        assertThat(definition.label()).isEqualTo("Code: Go to Definition");
    }

    @Test
    void fuzzyMatchingWantsTheLettersInOrder() {
        assertThat(FuzzyMatcher.score("gtd", "Code: Go to Definition")).isPresent();
        assertThat(FuzzyMatcher.score("dtg", "Code: Go to Definition")).isEmpty();
        assertThat(FuzzyMatcher.score("save", "File: Save").getAsInt())
                .isGreaterThan(FuzzyMatcher.score("save", "File: Save All").getAsInt());
        assertThat(FuzzyMatcher.score("", "anything")).hasValue(0);
    }
}
