package dev.starstream.studio.app.ui.run;

import dev.starstream.studio.app.run.SourceProvider;
import dev.starstream.studio.app.run.StateDecoder;
import dev.starstream.studio.app.run.WorkspaceSession;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the run configuration editor asks of the workspace: its contracts, a contract compiled (for
 * its scripts and their parameter types), the wallet's keys, and the live utxos to pick handles from.
 * Called off the JavaFX thread.
 */
public interface ConfigurationSources {
    /** The workspace's {@code .star} files, relative and {@code /} separated. */
    List<String> contracts();

    Optional<SourceCompiler.Result> compile(String file);

    List<String> walletKeys();

    /** A live utxo or token, decoded for a picker. */
    record LiveUtxo(String id, String coroutine, String contract, String type, boolean token, String summary) {}

    List<LiveUtxo> liveUtxos();

    /** The sources of a workspace session, with editor buffers first. */
    static ConfigurationSources of(WorkspaceSession session, SourceProvider sources) {
        return new ConfigurationSources() {
            @Override
            public List<String> contracts() {
                try (Stream<Path> walk = Files.walk(session.root(), 6)) {
                    return walk.filter(p -> p.toString().endsWith(".star"))
                            .map(p -> session.root().relativize(p))
                            .filter(p -> !p.toString().startsWith(".") && !p.toString().contains("/.") && !p.startsWith("target"))
                            .map(p -> p.toString().replace('\\', '/')).sorted().toList();
                } catch (IOException e) {
                    return List.of();
                }
            }

            @Override
            public Optional<SourceCompiler.Result> compile(String file) {
                return session.compile(file, sources);
            }

            @Override
            public List<String> walletKeys() {
                return session.wallet().names();
            }

            @Override
            public List<LiveUtxo> liveUtxos() {
                List<LiveUtxo> live = new ArrayList<>();
                for (UtxoEntry e : session.ledger().queries().utxos()) {
                    StateDecoder.Decoded d = session.decoder().decode(e);
                    String fields = String.join(", ", d.fields().stream().map(f -> f.name() + ": " + f.value()).toList());
                    live.add(new LiveUtxo(e.id().toString(), e.coroutine().toString(), d.contract(), d.type(), d.token(),
                            fields.isEmpty() ? "" : "{ " + fields + " }"));
                }
                return live;
            }
        };
    }
}
