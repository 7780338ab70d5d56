package org.neurocanvas.ui.training;

import java.util.Locale;

/**
 * How fast a run goes, for the line under the progress bar: the batch, samples per second and the
 * time left, both at the run's average speed so far. The last seconds' speed alone made the time left
 * climb whenever the machine got busy for a moment. A gap between two batches longer than
 * {@link #PAUSE_NANOS} is a pause and does not count, so waiting never counts as slowness. Times come
 * from the caller, so it is testable.
 */
final class Pace {

    /** Longer than this between two batches is a pause, not training. */
    static final long PAUSE_NANOS = 5_000_000_000L;

    private int samplesPerEpoch;
    private boolean started;
    private long lastNanos;
    private double lastPosition;
    /** Time spent training, and the epochs trained in it, pauses left out. */
    private long trainingNanos;
    private double epochsTrained;

    /** How many training samples one epoch has; 0 while unknown, which leaves samples per second out. */
    void setSamplesPerEpoch(int samples) {
        samplesPerEpoch = samples;
    }

    /** Forgets everything measured, for a new run. */
    void reset() {
        samplesPerEpoch = 0;
        started = false;
        trainingNanos = 0;
        epochsTrained = 0;
    }

    /**
     * Notes that the run reached {@code position} (in epochs: 2.5 is half way through the third) at
     * {@code nanos}, and returns the line to show, such as
     * {@code batch 12 / 250 · 2,345 samples/s · 1:23 left}.
     */
    String observe(double position, long nanos, int batch, int batches, int epochs) {
        if (started && nanos - lastNanos <= PAUSE_NANOS) {
            trainingNanos += nanos - lastNanos;
            epochsTrained += position - lastPosition;
        }
        started = true;
        lastNanos = nanos;
        lastPosition = position;
        String text = String.format(Locale.ROOT, "batch %d / %d", batch, batches);
        if (trainingNanos <= 0 || epochsTrained <= 0) {
            return text;
        }
        double epochsPerSecond = epochsTrained / (trainingNanos / 1e9);
        if (samplesPerEpoch > 0) {
            text += String.format(Locale.ROOT, " · %,.0f samples/s", epochsPerSecond * samplesPerEpoch);
        }
        return text + " · " + duration((epochs - position) / epochsPerSecond) + " left";
    }

    /** {@code 0:07}, {@code 12:34} or {@code 1:02:03}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
