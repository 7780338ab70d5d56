package org.neurocanvas.ui.evaluation;

/**
 * How strongly each cell of a confusion matrix is tinted. A cell shows the share of its true
 * class's samples that landed there (its row share), so a rare class's mistakes show as clearly as
 * a common one's. The colours themselves are the stylesheet's: correct cells on the diagonal in
 * one, mistakes in another. Plain Java, tested without a window.
 */
public final class HeatScale {

    /** The tint of a cell holding a single sample among many: faint, yet visibly not empty. */
    static final double FAINTEST = 0.12;
    /** Above this tint white text reads better than dark text. */
    static final double STRONG = 0.55;

    private HeatScale() {
    }

    /**
     * The share of each true class's samples predicted as each class: {@code shares[t][p]} is
     * {@code confusion[t][p]} over the row's total; a class without samples gives a row of zeros.
     */
    public static double[][] rowShares(long[][] confusion) {
        double[][] shares = new double[confusion.length][];
        for (int t = 0; t < confusion.length; t++) {
            long total = 0;
            for (long count : confusion[t]) {
                total += count;
            }
            shares[t] = new double[confusion[t].length];
            for (int p = 0; p < confusion[t].length; p++) {
                shares[t][p] = total == 0 ? 0 : (double) confusion[t][p] / total;
            }
        }
        return shares;
    }

    /** The opacity of a cell's tint: 0 for an empty cell, from {@link #FAINTEST} up to 1 for a whole row. */
    public static double tint(double share) {
        return share <= 0 ? 0 : FAINTEST + (1 - FAINTEST) * Math.min(1, share);
    }

    /** Whether a cell with this tint needs light text to be read. */
    public static boolean isStrong(double tint) {
        return tint > STRONG;
    }
}
