package dev.starstream.studio.app.cli;

import java.io.Console;
import java.util.Map;

/**
 * What the command line knows about where its output goes: whether to use ANSI colours. Colours
 * only when stdout is a terminal and {@code NO_COLOR} is unset or empty (https://no-color.org).
 */
record Terminal(boolean color) {

    static Terminal fromEnvironment() {
        Console console = System.console();
        return new Terminal(console != null && console.isTerminal() && noColorUnset(System.getenv()));
    }

    static boolean noColorUnset(Map<String, String> environment) {
        String value = environment.get("NO_COLOR");
        return value == null || value.isEmpty();
    }

    /** {@code text} in the ANSI style {@code sgr} (for example {@code "1;31"}) when colours are on. */
    String paint(String sgr, String text) {
        return color ? "\u001b[" + sgr + "m" + text + "\u001b[0m" : text;
    }
}
