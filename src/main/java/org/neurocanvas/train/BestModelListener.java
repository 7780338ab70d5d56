package org.neurocanvas.train;

import org.neurocanvas.engine.Program;

/**
 * Receives the network, on the training thread, at the end of each epoch that is the best so far
 * by the rule early stopping uses ({@link BestEpoch}): the moment to keep a checkpoint. The program
 * holds exactly the weights the epoch was measured with until this returns; copy what must outlive
 * the call, and hand slow work (writing a file) to another thread.
 */
@FunctionalInterface
public interface BestModelListener {
    void onBest(TrainingEvent.EpochEnd epoch, Program program);
}
