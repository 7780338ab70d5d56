package org.neurocanvas.cli;

import java.util.Locale;
import org.neurocanvas.train.TrainingEvent;

/**
 * The line {@code train} redraws in a terminal while it trains: epoch, a bar over the epoch's
 * batches, samples per second and the time left, for example
 * {@code epoch 3/100 [=========>          ] 12/15  2,345 samples/s  ETA 1:23  loss 0.4567}.
 * Times come from the caller (nanoseconds), so the figures are testable.
 */
final class ProgressBar {

    /** Redraws closer together than this are skipped: a terminal needs no more than ten a second. */
    static final long REDRAW_NANOS = 100_000_000;
    private static final int WIDTH = 20;

    private final int batchSize;
    private final int trainSamples;
    private final long startNanos;
    private long lastDraw;
    private int shown;

    /**
     * @param batchSize    samples per batch
     * @param trainSamples samples per epoch (the last batch may be short)
     * @param startNanos   when training started, as {@link System#nanoTime()}
     */
    ProgressBar(int batchSize, int trainSamples, long startNanos) {
        this.batchSize = batchSize;
        this.trainSamples = trainSamples;
        this.startNanos = startNanos;
        this.lastDraw = startNanos - REDRAW_NANOS;
    }

    /**
     * What to write after a batch: a carriage return and the new line, padded over the previous
     * one; null when the last redraw was too recent and the epoch is not over.
     */
    String redraw(TrainingEvent.BatchEnd b, long now) {
        if (now - lastDraw < REDRAW_NANOS && b.batch() < b.batches()) {
            return null;
        }
        lastDraw = now;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        long samples = (long) (b.epoch() - 1) * trainSamples + Math.min((long) b.batch() * batchSize, trainSamples);
        long done = (long) (b.epoch() - 1) * b.batches() + b.batch();
        long left = (long) b.epochs() * b.batches() - done;
        return replace(line(b.epoch(), b.epochs(), b.batch(), b.batches(), samples / seconds, seconds / done * left, b.loss()));
    }

    /** A carriage return and {@code text}, padded with spaces over whatever the bar showed. */
    String replace(String text) {
        String padded = text.length() < shown ? text + " ".repeat(shown - text.length()) : text;
        shown = text.length();
        return "\r" + padded;
    }

    /**
     * The bar replaced by a line that stays (the caller ends it with a newline); the next bar
     * starts on a fresh line.
     */
    String settle(String text) {
        String line = replace(text);
        shown = 0;
        return line;
    }

    /** Blanks the bar and returns to the line's start, so that a message can follow; "" when no bar shows. */
    String clear() {
        return shown == 0 ? "" : settle("") + "\r";
    }

    /** One progress line; {@code secondsLeft} is the estimated time to the last epoch's end. */
    static String line(int epoch, int epochs, int batch, int batches, double samplesPerSecond, double secondsLeft, double loss) {
        int filled = (int) ((long) WIDTH * batch / batches);
        String bar = filled == WIDTH ? "=".repeat(WIDTH) : "=".repeat(filled) + ">" + " ".repeat(WIDTH - filled - 1);
        return String.format(Locale.ROOT, "epoch %d/%d [%s] %d/%d  %,.0f samples/s  ETA %s  loss %.4f",
                epoch, epochs, bar, batch, batches, samplesPerSecond, duration(secondsLeft), loss);
    }

    /** 0:07, 12:34, 1:02:03. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
