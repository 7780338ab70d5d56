package org.neurocanvas;

import javafx.application.Application;
import org.neurocanvas.cli.NeuroCanvasCli;
import org.neurocanvas.ui.NeuroCanvasApp;

/**
 * Starts NeuroCanvas: the window when there are no arguments or just a project file to open,
 * the command line otherwise.
 * A plain class, not the {@link Application}, so that the JavaFX runtime may sit on the
 * class path (ND4J's split packages rule out modules).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && args[0].endsWith(".json")) {
            Application.launch(NeuroCanvasApp.class, args);
        } else {
            System.exit(NeuroCanvasCli.run(args));
        }
    }
}
