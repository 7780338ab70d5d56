package org.neurocanvas.ui.gallery;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.Split;
import org.neurocanvas.engine.Program;
import org.neurocanvas.train.Predictions;
import org.neurocanvas.train.Probe;
import org.neurocanvas.train.Trainer;

/**
 * Asks the network, on the training thread between two batches, what it makes of the gallery's
 * samples, and keeps the newest answer until the FX thread takes it: a slow window skips frames,
 * nothing queues up.
 */
public final class GalleryProbe implements Probe {

    /** The least time between two looks: a label may change a few times a second, which eyes can follow. */
    public static final long INTERVAL_MILLIS = 400;

    private final GallerySamples samples;
    private final AtomicReference<GalleryFrame> latest = new AtomicReference<>();

    private GalleryProbe(GallerySamples samples) {
        this.samples = samples;
    }

    /**
     * A probe over validation samples (training samples when there is no validation split); empty for
     * data the gallery does not suit (see {@link GallerySamples#suits}).
     */
    public static Optional<GalleryProbe> of(Split data) {
        Dataset shown = data.validation().size() > 0 ? data.validation() : data.train();
        return GallerySamples.suits(shown)
                ? Optional.of(new GalleryProbe(GallerySamples.pick(shown, GallerySamples.count(shown))))
                : Optional.empty();
    }

    /** The samples this probe follows. */
    public GallerySamples samples() {
        return samples;
    }

    /** Lets the trainer call this probe while it trains, at a bounded rate. */
    public void installOn(Trainer trainer) {
        trainer.setProbe(this, INTERVAL_MILLIS);
    }

    /** Runs the samples through the network in inference mode; the parameters stay as they are. */
    @Override
    public void look(Program program) {
        if (samples.reconstructions()) {
            latest.set(GalleryFrame.reconstructions(Predictions.outputs(program, samples.data())));
            return;
        }
        Predictions p = Predictions.of(program, samples.data());
        int[] predicted = new int[p.size()];
        float[] confidence = new float[p.size()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = p.predicted(i);
            confidence[i] = p.probability(i, predicted[i]);
        }
        latest.set(new GalleryFrame(predicted, confidence));
    }

    /** The newest frame not yet taken, or null; called on the FX thread. */
    public GalleryFrame take() {
        return latest.getAndSet(null);
    }
}
