package org.neurocanvas.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this NeuroCanvas, as the Maven build records it in the jar; "development" when run from classes. */
final class NeuroCanvasVersion {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.neurocanvas/neurocanvas/pom.properties";
    private static final String CURRENT = read();

    private NeuroCanvasVersion() {
    }

    static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = NeuroCanvasVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "development");
            }
        } catch (IOException e) {
            // An unreadable jar entry only costs the version label.
        }
        return "development";
    }
}
