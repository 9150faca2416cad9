package dev.starstream.studio.app.ui.run;

import dev.starstream.studio.app.run.RunConfiguration;
import dev.starstream.studio.app.run.RunOutcome;
import java.nio.file.Path;

/** A finished run, as the panels that show runs receive it. */
public record RunCompleted(RunConfiguration configuration, RunOutcome outcome, RunSummary summary, Path root) {}
