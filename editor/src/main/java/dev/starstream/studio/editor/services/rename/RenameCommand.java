package dev.starstream.studio.editor.services.rename;

import dev.starstream.studio.editor.services.edit.Command;
import dev.starstream.studio.editor.services.edit.Outcome;
import dev.starstream.studio.editor.services.workspace.FileOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renaming as an undoable command: writes every file of a {@link RenamePlan.Ready} (open files in
 * their editors, others on disk). Before writing anything it checks that each file still has the
 * text the plan was made from (undo: the text the rename produced), so a changed file is never
 * overwritten; if a write fails, what was written is put back.
 */
public final class RenameCommand implements Command {
    private final RenamePlan.Ready plan;
    private final TextStore store;

    public RenameCommand(RenamePlan.Ready plan, TextStore store) {
        this.plan = plan;
        this.store = store;
    }

    @Override
    public String description() {
        return "Rename “" + plan.oldName() + "” to “" + plan.newName() + "”";
    }

    public RenamePlan.Ready plan() {
        return plan;
    }

    @Override
    public Outcome execute() {
        return replace(true);
    }

    @Override
    public Outcome undo() {
        return replace(false);
    }

    private Outcome replace(boolean forward) {
        for (FileEdit edit : plan.edits()) {
            String expected = forward ? edit.before() : edit.after();
            switch (store.read(edit.file())) {
                case FileOutcome.Done<String> done -> {
                    if (!done.value().equals(expected)) {
                        return Outcome.failed(edit.file().getFileName() + " changed since; " + (forward ? "rename" : "undo")
                                + " not done");
                    }
                }
                case FileOutcome.Failed<String> failed -> {
                    return Outcome.failed(failed.message());
                }
            }
        }
        List<FileEdit> written = new ArrayList<>();
        for (FileEdit edit : plan.edits()) {
            FileOutcome<Path> result = store.write(edit.file(), forward ? edit.after() : edit.before());
            if (result instanceof FileOutcome.Failed<Path> failed) {
                for (FileEdit back : written) {
                    store.write(back.file(), forward ? back.before() : back.after());
                }
                return Outcome.failed(failed.message());
            }
            written.add(edit);
        }
        return Outcome.DONE;
    }
}
