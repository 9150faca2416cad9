package dev.starstream.studio.app.ui.wasm;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.wasm.codegen.BuildMode;
import dev.starstream.studio.vm.wasm.codegen.CompiledContract;
import dev.starstream.studio.vm.wasm.InvalidModuleException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The WebAssembly panel: the last built contract's disassembly in the chosen build (release: what
 * the ledger runs; debug: with the hooks the debugger uses), disassembled off the UI thread, and the
 * lines of the editor's caret line highlighted when the contract's file is the one being edited.
 */
public final class WasmViewModel {
    private final Executor background;
    private final Executor uiExecutor;
    private final ObjectProperty<BuildMode> mode = new SimpleObjectProperty<>(this, "mode", BuildMode.RELEASE);
    private final ObservableList<WasmListing.Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyIntegerWrapper focusFirst = new ReadOnlyIntegerWrapper(this, "focusFirst", -1);
    private final ReadOnlyIntegerWrapper focusLast = new ReadOnlyIntegerWrapper(this, "focusLast", -1);
    private @Nullable CompiledContract contract;
    private @Nullable String file;
    private @Nullable Path absolute;
    private @Nullable WasmListing listing;
    private int caretLine;
    private long generation;

    public WasmViewModel(Executor background, Executor uiExecutor) {
        this.background = background;
        this.uiExecutor = uiExecutor;
        mode.addListener((obs, old, now) -> disassemble());
    }

    public ObjectProperty<BuildMode> modeProperty() {
        return mode;
    }

    public ObservableList<WasmListing.Line> lines() {
        return lines;
    }

    /** {@code score.star · release build · 4,210 bytes}. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Why there is no listing (the contract does not compile), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The first and last listing line of the caret's source line, or -1. */
    public ReadOnlyIntegerProperty focusFirstProperty() {
        return focusFirst.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty focusLastProperty() {
        return focusLast.getReadOnlyProperty();
    }

    public boolean hasContract() {
        return contract != null;
    }

    /**
     * Shows the contract compiled from {@code file} (relative to the workspace, as given to the
     * compiler) at {@code absolute}.
     */
    public void show(String file, Path absolute, CompiledContract compiled) {
        this.file = file;
        this.absolute = absolute.toAbsolutePath().normalize();
        this.contract = compiled;
        problem.set("");
        disassemble();
    }

    /** The contract at {@code file} does not compile: says so (the last listing goes away). */
    public void showFailure(String file, List<Diagnostic> diagnostics) {
        generation++;
        contract = null;
        listing = null;
        lines.clear();
        focusFirst.set(-1);
        focusLast.set(-1);
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        title.set(file);
        problem.set(file + " does not compile (" + errors + " error" + (errors == 1 ? "" : "s") + ")"
                + diagnostics.stream().filter(Diagnostic::isError).findFirst()
                        .map(d -> ": line " + d.location().start().line() + ": " + d.message()).orElse(""));
    }

    private void disassemble() {
        CompiledContract compiled = contract;
        String name = file;
        if (compiled == null || name == null) {
            return;
        }
        long mine = ++generation;
        BuildMode build = mode.get();
        background.execute(() -> {
            WasmListing made;
            try {
                made = WasmListing.of(name, compiled, build);
            } catch (InvalidModuleException e) {
                uiExecutor.execute(() -> {
                    if (mine == generation) {
                        problem.set("Cannot disassemble " + name + ": " + e.getMessage());
                    }
                });
                return;
            }
            uiExecutor.execute(() -> {
                if (mine != generation) {
                    return;
                }
                listing = made;
                lines.setAll(made.lines());
                NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
                title.set(name + " · " + build.name().toLowerCase(Locale.ROOT) + " build · " + n.format(made.bytes()) + " bytes");
                focus();
            });
        });
    }

    /** The editor's caret is on {@code line} of {@code file}: highlight that line's code when it is the built file. */
    public void caret(@Nullable Path editing, int line) {
        caretLine = editing != null && absolute != null && editing.toAbsolutePath().normalize().equals(absolute) ? line : 0;
        focus();
    }

    private void focus() {
        int[] range = listing == null || caretLine <= 0 ? new int[0] : listing.rangeOf(caretLine);
        focusFirst.set(range.length == 0 ? -1 : range[0]);
        focusLast.set(range.length == 0 ? -1 : range[1]);
    }
}
