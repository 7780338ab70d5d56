package org.neurocanvas.train;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurocanvas.engine.Parameter;
import org.neurocanvas.engine.Program;

/**
 * Ends training once the validation loss has not improved for {@code patience} epochs, the
 * usual guard against overfitting, and keeps a copy of the best weights to restore.
 */
final class EarlyStopping {

    private final int patience;
    private final boolean restoreBest;
    private final List<INDArray> best = new ArrayList<>();
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch;

    EarlyStopping(int patience, boolean restoreBest) {
        if (patience < 1) {
            throw new IllegalArgumentException("Early stopping's patience must be at least 1 epoch, found " + patience + ".");
        }
        this.patience = patience;
        this.restoreBest = restoreBest;
    }

    /** Records the epoch; true when training should end. */
    boolean shouldStop(TrainingEvent.EpochEnd epoch, Program program) {
        if (Double.isNaN(epoch.valLoss())) {
            return false;
        }
        if (epoch.valLoss() < bestLoss) {
            bestLoss = epoch.valLoss();
            bestEpoch = epoch.epoch();
            if (restoreBest) {
                remember(program);
            }
            return false;
        }
        return epoch.epoch() - bestEpoch >= patience;
    }

    private void remember(Program program) {
        List<Parameter> params = program.parameters();
        if (best.isEmpty()) {
            params.forEach(p -> best.add(p.value().dup()));
        } else {
            for (int i = 0; i < params.size(); i++) {
                best.get(i).assign(params.get(i).value());
            }
        }
    }

    /** Puts the best weights back, when asked to keep them. */
    void restore(Program program) {
        if (restoreBest && !best.isEmpty()) {
            List<Parameter> params = program.parameters();
            for (int i = 0; i < params.size(); i++) {
                params.get(i).value().assign(best.get(i));
            }
        }
    }

    int bestEpoch() {
        return bestEpoch;
    }
}
