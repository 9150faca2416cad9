package dev.starstream.studio.vm.interleaving;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The python model's scenarios ({@code scenarios.txt}) with the verdict the model gives. */
final class Scenarios {
    /**
     * @param failingRule the rule the model reports, or {@code null} for a legal transaction
     */
    record Scenario(String name, TxText tx, @Nullable Integer failingRule) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Scenarios() {}

    static List<Scenario> all() {
        List<String> lines;
        try (InputStream in = Scenarios.class.getResourceAsStream("scenarios.txt")) {
            if (in == null) {
                throw new IllegalStateException("scenarios.txt is missing from the test resources");
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Scenario> out = new ArrayList<>();
        String header = null;
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("=== ")) {
                if (header != null) {
                    out.add(scenario(header, body));
                }
                header = line.substring(4);
                body = new ArrayList<>();
            } else if (header != null) {
                body.add(line);
            }
        }
        if (header != null) {
            out.add(scenario(header, body));
        }
        return List.copyOf(out);
    }

    private static Scenario scenario(String header, List<String> body) {
        int arrow = header.lastIndexOf(" -> ");
        String verdict = header.substring(arrow + 4).strip();
        return new Scenario(header.substring(0, arrow), TxText.parse(body),
                verdict.equals("pass") ? null : Integer.valueOf(verdict));
    }
}
