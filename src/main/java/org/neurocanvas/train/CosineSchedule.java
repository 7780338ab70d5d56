package org.neurocanvas.train;

/** Linear warm-up, then a half cosine down towards 0, both per batch; see {@link LearningRateSchedule#cosine}. */
final class CosineSchedule implements LearningRateSchedule {

    private final int warmupEpochs;
    private final int epochs;

    CosineSchedule(int warmupEpochs, int epochs) {
        LearningRateSchedule.requireAtLeastOne("Cosine schedule's epochs", epochs);
        if (warmupEpochs < 0 || warmupEpochs >= epochs) {
            throw new IllegalArgumentException("Cosine schedule's warm-up must be from 0 to " + (epochs - 1)
                    + " epochs (fewer than the run's " + epochs + "), found " + warmupEpochs + ".");
        }
        this.warmupEpochs = warmupEpochs;
        this.epochs = epochs;
    }

    @Override
    public double rate(double base, int epoch, int batch, int batchesPerEpoch) {
        long done = (long) (epoch - 1) * batchesPerEpoch + (batch - 1);
        long warmup = (long) warmupEpochs * batchesPerEpoch;
        if (done < warmup) {
            // (done + 1): the first batch already moves, and the last warm-up batch runs at the base.
            return base * (done + 1) / warmup;
        }
        long decay = (long) epochs * batchesPerEpoch - warmup;
        return base * 0.5 * (1 + Math.cos(Math.PI * (done - warmup) / decay));
    }
}
