package org.neurocanvas.train;

import org.neurocanvas.engine.Program;

/**
 * Looks inside the network on the training thread, between two batches, when nothing else
 * uses it: a decision boundary, activations. It must not change parameters.
 */
@FunctionalInterface
public interface Probe {
    void look(Program program);
}
