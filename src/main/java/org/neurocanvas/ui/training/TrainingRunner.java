package org.neurocanvas.ui.training;

import org.neurocanvas.compile.CompileException;

/**
 * Makes the trainer for one run, typically by compiling the project open in the window.
 * The training panel calls it on a background thread, because compiling starts ND4J.
 */
@FunctionalInterface
public interface TrainingRunner {

    /**
     * Builds a fresh, not yet started trainer with its data.
     *
     * @throws CompileException when the project cannot be trained; its message is shown to the person
     */
    TrainingRun prepare() throws CompileException;
}
