package dev.starstream.studio.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The product version, as the build stamped it into {@code version.properties}. */
public final class StudioVersion implements IVersionProvider {
    private static final String RESOURCE = "/dev/starstream/studio/app/version.properties";

    /** The version string, for example {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        try (InputStream in = StudioVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "Starstream Studio " + current(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
        };
    }
}
