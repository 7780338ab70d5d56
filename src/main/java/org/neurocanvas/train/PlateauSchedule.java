package org.neurocanvas.train;

/** Lowers the rate when the validation loss stops improving; see {@link LearningRateSchedule#reduceOnPlateau}. */
final class PlateauSchedule implements LearningRateSchedule {

    private final int patience;
    private final double factor;
    private double multiplier = 1;
    private double best = Double.POSITIVE_INFINITY;
    private int epochsWithout;

    PlateauSchedule(int patience, double factor) {
        LearningRateSchedule.requireAtLeastOne("Reduce-on-plateau's patience", patience);
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("Reduce-on-plateau's factor must be between 0 and 1 (exclusive), found " + factor + ".");
        }
        this.patience = patience;
        this.factor = factor;
    }

    @Override
    public double rate(double base, int epoch, int batch, int batchesPerEpoch) {
        return base * multiplier;
    }

    @Override
    public void epochEnded(TrainingEvent.EpochEnd epoch) {
        double loss = Double.isNaN(epoch.valLoss()) ? epoch.loss() : epoch.valLoss();
        if (loss < best) {
            best = loss;
            epochsWithout = 0;
        } else if (++epochsWithout >= patience) {
            multiplier *= factor;
            epochsWithout = 0;
        }
    }
}
