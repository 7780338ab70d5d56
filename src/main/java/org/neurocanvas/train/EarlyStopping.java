package org.neurocanvas.train;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurocanvas.engine.Program;

/**
 * Ends training once the validation loss has not improved for {@code patience} epochs, the
 * usual guard against overfitting, and keeps a copy of the best weights to restore. Which epoch
 * is best is for {@link BestEpoch} to say.
 */
final class EarlyStopping {

    private final int patience;
    private final boolean restoreBest;
    private final List<INDArray> best = new ArrayList<>();

    EarlyStopping(int patience, boolean restoreBest) {
        if (patience < 1) {
            throw new IllegalArgumentException("Early stopping's patience must be at least 1 epoch, found " + patience + ".");
        }
        this.patience = patience;
        this.restoreBest = restoreBest;
    }

    /**
     * Remembers the network when the epoch just ended is the best; true when training should end.
     *
     * @param improved whether {@code best} took that epoch as its new best
     */
    boolean shouldStop(TrainingEvent.EpochEnd epoch, BestEpoch best, boolean improved, Program program) {
        if (Double.isNaN(epoch.valLoss())) {
            return false;
        }
        if (improved) {
            if (restoreBest) {
                remember(program);
            }
            return false;
        }
        return epoch.epoch() - best.epoch() >= patience;
    }

    private void remember(Program program) {
        List<INDArray> live = weights(program);
        if (best.isEmpty()) {
            live.forEach(w -> best.add(w.dup()));
        } else {
            for (int i = 0; i < live.size(); i++) {
                best.get(i).assign(live.get(i));
            }
        }
    }

    /** Puts the best weights (and running statistics) back, when asked to keep them. */
    void restore(Program program) {
        if (restoreBest && !best.isEmpty()) {
            List<INDArray> live = weights(program);
            for (int i = 0; i < live.size(); i++) {
                live.get(i).assign(best.get(i));
            }
        }
    }

    /** Everything an epoch's network is made of: parameters and the non-trainable state, such as BatchNorm's averages. */
    private static List<INDArray> weights(Program program) {
        List<INDArray> all = new ArrayList<>();
        program.parameters().forEach(p -> all.add(p.value()));
        all.addAll(program.state().values());
        return all;
    }
}
