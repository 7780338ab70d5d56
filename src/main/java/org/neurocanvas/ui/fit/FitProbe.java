package org.neurocanvas.ui.fit;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.Split;
import org.neurocanvas.engine.Program;
import org.neurocanvas.train.Predictions;
import org.neurocanvas.train.Probe;
import org.neurocanvas.train.Trainer;

/**
 * Asks a regression network, on the training thread between two batches, what it predicts for the first
 * validation samples, and keeps the newest answer until the FX thread takes it: a slow window skips frames,
 * nothing queues up.
 */
public final class FitProbe implements Probe {

    /** How many samples the plot follows: enough to show a trend, few enough to draw at once. */
    public static final int SAMPLES = 200;
    /** The least time between two looks, as the prediction gallery's. */
    static final long INTERVAL_MILLIS = 400;

    private final Dataset samples;
    private final float[] truth;
    private final AtomicReference<float[]> latest = new AtomicReference<>();

    private FitProbe(Dataset samples) {
        this.samples = samples;
        this.truth = samples.targets();
    }

    /** A probe over validation samples (training samples without a validation split), for regression data only. */
    public static Optional<FitProbe> of(Split data) {
        Dataset shown = data.validation().size() > 0 ? data.validation() : data.train();
        if (shown.isClassification() || shown.isReconstruction() || shown.size() == 0) {
            return Optional.empty();
        }
        int[] first = new int[Math.min(SAMPLES, shown.size())];
        Arrays.setAll(first, i -> i);
        return Optional.of(new FitProbe(shown.subset(first)));
    }

    /** Lets the trainer call this probe while it trains, at a bounded rate. */
    public void installOn(Trainer trainer) {
        trainer.setProbe(this, INTERVAL_MILLIS);
    }

    /** The true targets of the samples followed, sample after sample. */
    public float[] truth() {
        return truth.clone();
    }

    @Override
    public void look(Program program) {
        latest.set(Predictions.outputs(program, samples));
    }

    /** The newest predictions not yet taken, sample after sample, or null; called on the FX thread. */
    public float[] take() {
        return latest.getAndSet(null);
    }
}
