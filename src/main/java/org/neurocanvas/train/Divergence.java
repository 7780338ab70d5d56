package org.neurocanvas.train;

import java.util.Locale;
import java.util.Optional;

/** The sentence a diverged run ends with: what happened, where and when, and what usually helps. */
final class Divergence {

    private Divergence() {
    }

    /**
     * @param what         what stopped being finite: "the loss" or "the gradient"
     * @param value        the non-finite value seen (the loss, or the gradients' global norm)
     * @param where        where a NaN or infinity first shows in the network, from {@code Program.firstNonFinite}
     * @param learningRate the rate of the batch
     * @param clipNorm     the global gradient norm cap in force, 0 when none
     */
    static String sentence(String what, double value, int epoch, int batch, Optional<String> where, double learningRate,
                           double clipNorm) {
        String became = Double.isNaN(value) ? "NaN (not a number)" : "infinite";
        String clipping = clipNorm > 0
                ? String.format(Locale.ROOT, "clipping gradients harder (the global norm is capped at %s now)", clipNorm)
                : "clipping gradients (a global norm of 1 is a common start)";
        return String.format(Locale.ROOT, "Training diverged at epoch %d, batch %d: %s became %s, so the network can no longer learn.%s "
                        + "What usually helps: a lower learning rate (it is %s: try a tenth of it), %s, "
                        + "and inputs on a common scale (set the data's scaling to standardize).",
                epoch, batch, what, became, where.map(w -> " " + w).orElse(""), learningRate, clipping);
    }
}
