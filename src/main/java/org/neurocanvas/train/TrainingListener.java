package org.neurocanvas.train;

/** Receives training events on the training thread; keep it quick and hand work to other threads. */
@FunctionalInterface
public interface TrainingListener {
    void onEvent(TrainingEvent event);
}
