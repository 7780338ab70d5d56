package org.neurocanvas.ui.training;

import org.neurocanvas.engine.Program;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.export.ModelFileException;

/**
 * Copies the run's network, as it is at this moment, into a model bundle ready to write: the
 * project as it trains, its scaling and class names around the program's values. Called on the
 * training thread between two batches.
 */
@FunctionalInterface
public interface ModelSnapshot {

    /**
     * @throws ModelFileException a sentence naming what cannot be saved
     */
    ModelBundle take(Program program) throws ModelFileException;
}
