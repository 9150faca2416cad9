package dev.starstream.studio.ledger.reliability;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Command lines for small child JVMs that run a main class of these tests on a minimal class path. */
final class ChildJvm {
    private ChildJvm() {}

    /** The classes whose jars or folders the ledger needs at run time (no test libraries). */
    private static final List<Class<?>> ROOTS = List.of(
            CrashChild.class,
            dev.starstream.studio.ledger.Ledger.class,
            dev.starstream.studio.vm.ledger.Hash32.class,
            com.fasterxml.jackson.databind.ObjectMapper.class,
            com.fasterxml.jackson.core.JsonFactory.class,
            com.fasterxml.jackson.annotation.JsonValue.class,
            org.sqlite.JDBC.class,
            org.bouncycastle.math.ec.rfc8032.Ed25519.class,
            org.slf4j.LoggerFactory.class);

    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> root : ROOTS) {
            try {
                entries.add(Path.of(root.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException("no class path entry for " + root, e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** A command line: a small heap, serial GC, C1 only, class data sharing, native access for SQLite. */
    static List<String> command(Path tmp, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-XX:-UsePerfData", "--enable-native-access=ALL-UNNAMED",
                // sqlite-jdbc unpacks its native library into tmpdir; a killed JVM cannot delete it.
                "-Dorg.sqlite.tmpdir=" + tmp,
                "-cp", classPath(), main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
