package org.neurocanvas.ui.training;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * How fast a run goes, for the line under the progress bar: the batch, samples per second over the
 * last few seconds, and the time left at that speed. A pause longer than that window starts the
 * measure afresh, so waiting never counts as slowness. Times come from the caller, so it is testable.
 */
final class Pace {

    /** The speed is measured over this much of the latest training. */
    static final long WINDOW_NANOS = 5_000_000_000L;

    private final Deque<double[]> seen = new ArrayDeque<>();
    private int samplesPerEpoch;

    /** How many training samples one epoch has; 0 while unknown, which leaves samples per second out. */
    void setSamplesPerEpoch(int samples) {
        samplesPerEpoch = samples;
    }

    /** Forgets everything measured, for a new run. */
    void reset() {
        seen.clear();
        samplesPerEpoch = 0;
    }

    /**
     * Notes that the run reached {@code position} (in epochs: 2.5 is half way through the third) at
     * {@code nanos}, and returns the line to show, such as
     * {@code batch 12 / 250 · 2,345 samples/s · 1:23 left}.
     */
    String observe(double position, long nanos, int batch, int batches, int epochs) {
        if (!seen.isEmpty() && nanos - seen.peekLast()[0] > WINDOW_NANOS) {
            seen.clear();
        }
        seen.addLast(new double[] {nanos, position});
        while (seen.size() > 2 && nanos - seen.peekFirst()[0] > WINDOW_NANOS) {
            seen.removeFirst();
        }
        String text = String.format(Locale.ROOT, "batch %d / %d", batch, batches);
        double seconds = (nanos - seen.peekFirst()[0]) / 1e9;
        double epochsDone = position - seen.peekFirst()[1];
        if (seconds <= 0 || epochsDone <= 0) {
            return text;
        }
        double epochsPerSecond = epochsDone / seconds;
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
