package org.neurocanvas.ui;

import org.neurocanvas.compile.CompileException;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Connect;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.layers.DenseKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the tensor engine's native libraries in the background at start-up, so that the
 * first press of Train does not wait a second for them. It compiles a tiny throw-away
 * network, which allocates its first arrays; the user's project is never touched.
 */
final class Warmup {

    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    private Warmup() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    static void start() {
        Thread thread = new Thread(Warmup::run, "engine-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        CommandStack stack = new CommandStack(Project.empty());
        AddLayer dense = new AddLayer(stack.project().graph(), Catalog.DENSE, 0, 0, "input_1");
        stack.execute(dense);
        stack.execute(new ChangeSetting(dense.layerId(), DenseKind.UNITS, stack.project().data().classes()));
        stack.execute(new Connect(dense.layerId(), "output_1"));
        try {
            Compiler.compile(stack.project());
        } catch (CompileException | RuntimeException | LinkageError e) {
            // Training will meet the same failure and report it properly.
            LOG.debug("Engine warm-up failed", e);
        }
    }
}
