package nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into {@code nianbao/cli/version.properties} when it built the jar. */
final class Version {

    private Version() {
    }

    /** What {@code nianbao --version} prints, such as {@code nianbao 0.1.0}. */
    static String text() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // The jar is damaged; say so in the version instead of failing --version.
        }
        return "nianbao " + p.getProperty("version", "(未知版本)");
    }
}
