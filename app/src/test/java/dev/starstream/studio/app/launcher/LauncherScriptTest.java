package dev.starstream.studio.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./studio} launcher chooses a JDK by itself, and explains what to install when there
 * is none. These tests run the real script against fake JDK folders, with a PATH that holds only
 * the tools the script needs, so the machine's own JDKs stay out of sight.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("..", "studio").toAbsolutePath().normalize();
    private static final List<String> TOOLS = List.of(
            "sed", "head", "tail", "dirname", "readlink", "cat", "find", "mkdir", "touch", "mv", "rm", "grep");

    @TempDir
    Path temp;

    private Path bin;
    private Path jvms;

    @BeforeEach
    void isolatedPath() throws IOException {
        bin = Files.createDirectories(temp.resolve("bin"));
        for (String tool : TOOLS) {
            for (Path dir : List.of(Path.of("/usr/bin"), Path.of("/bin"))) {
                if (Files.isExecutable(dir.resolve(tool)) && !Files.exists(bin.resolve(tool))) {
                    executable(bin.resolve(tool), "exec " + dir.resolve(tool) + " \"$@\"");
                }
            }
        }
        jvms = Files.createDirectories(temp.resolve("jvm"));
    }

    @Test
    void withoutAnySuitableJdkExplainsWhatToInstallAndExitsTwo() throws Exception {
        fakeJdk("jdk-17", "17.0.15");

        Result result = run("--help");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr())
                .contains("needs a Java Development Kit (JDK) 25 or newer, and none was found")
                .contains("jdk-17 (Java 17)")
                .contains("openjdk-25-jdk")
                .contains("JAVA_HOME")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void anEmptyJvmFolderIsReportedAsNoJdkSeen() throws Exception {
        Result result = run("--help");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("JDKs seen: none");
    }

    @Test
    void picksTheNewestJdkOfAtLeast25() throws Exception {
        fakeJdk("jdk-21", "21.0.4");
        fakeJdk("jdk-25", "25.0.1");
        fakeJdk("jdk-26", "26");

        Result result = run("doctor");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("java home:   " + jvms.resolve("jdk-26")).contains("java:        26");
    }

    @Test
    void javaHomeWinsWhenItIsRecentEnough() throws Exception {
        Path chosen = fakeJdk("jdk-25", "25.0.1");
        fakeJdk("jdk-26", "26");

        Result result = run(Map.of("JAVA_HOME", chosen.toString()), "doctor");

        assertThat(result.stdout()).contains("java home:   " + chosen);
    }

    @Test
    void aJavaHomeThatIsTooOldIsPassedOver() throws Exception {
        Path old = fakeJdk("jdk-17", "17.0.2");
        fakeJdk("jdk-25", "25.0.1");

        Result result = run(Map.of("JAVA_HOME", old.toString()), "doctor");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("java home:   " + jvms.resolve("jdk-25"));
    }

    @Test
    void aJreWithoutJavacIsNotEnoughToBuild() throws Exception {
        Path jre = fakeJdk("jre-25", "25.0.1");
        Files.delete(jre.resolve("bin/javac"));

        Result result = run("--help");

        assertThat(result.exitCode()).isEqualTo(2);
    }

    /** A folder that looks like a JDK of the given version: a release file, java and javac. */
    private Path fakeJdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path binDir = Files.createDirectories(home.resolve("bin"));
        for (String tool : List.of("java", "javac")) {
            executable(binDir.resolve(tool), "exit 0");
        }
        return home;
    }

    private static void executable(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Result run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    private Result run(Map<String, String> extraEnv, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", bin.toString());
        env.put("HOME", temp.toString());
        env.put("STUDIO_JVM_DIRS", jvms.toString());
        env.putAll(extraEnv);
        builder.redirectOutput(temp.resolve("out.txt").toFile());
        builder.redirectError(temp.resolve("err.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String stdout, String stderr) {}
}
