package org.neurocanvas.ui.boundary;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The colours of the decision boundary, as TensorFlow Playground paints it: each cell mixes the
 * class colours by the network's probabilities, then fades toward white by how unsure the network
 * is, so confident regions are tinted and the boundary between them stays pale. The training points
 * drawn on top use the full class colours and stand out. Plain Java, tested without a window.
 */
public final class BoundaryColors {

    /** How much of the mixed colour shows in a cell where every class is equally likely. */
    static final double FAINTEST = 0.15;
    /** How much of the mixed colour shows in a cell the network is sure of; the rest is white. */
    static final double STRONGEST = 0.55;

    private BoundaryColors() {
    }

    /** The colour of class {@code c}; a palette shorter than the classes repeats itself. */
    public static Color classColor(List<Color> palette, int c) {
        return palette.get(c % palette.size());
    }

    /**
     * One opaque ARGB pixel per cell.
     *
     * @param probabilities {@code cells × classes} values, a cell's classes side by side
     * @param palette the class colours, at least one
     */
    public static int[] pixels(float[] probabilities, int classes, List<Color> palette) {
        int[] argb = new int[probabilities.length / classes];
        for (int cell = 0; cell < argb.length; cell++) {
            argb[cell] = cell(probabilities, cell * classes, classes, palette);
        }
        return argb;
    }

    /** The pixel of the cell whose probabilities start at {@code offset}. */
    static int cell(float[] probabilities, int offset, int classes, List<Color> palette) {
        double r = 0;
        double g = 0;
        double b = 0;
        double sum = 0;
        float max = 0;
        for (int c = 0; c < classes; c++) {
            float p = probabilities[offset + c];
            Color colour = classColor(palette, c);
            r += p * colour.getRed();
            g += p * colour.getGreen();
            b += p * colour.getBlue();
            sum += p;
            max = Math.max(max, p);
        }
        if (!(sum > 0)) {
            // A diverged network gives NaN: show the cell blank rather than black.
            return argb(1, 1, 1);
        }
        double strength = FAINTEST + (STRONGEST - FAINTEST) * confidence(max / sum, classes);
        return argb(towardWhite(r / sum, strength), towardWhite(g / sum, strength), towardWhite(b / sum, strength));
    }

    /** 0 where the most likely class is no likelier than chance, 1 where it is certain. */
    static double confidence(double highest, int classes) {
        if (classes < 2) {
            return 1;
        }
        double chance = 1.0 / classes;
        return Math.max(0, Math.min(1, (highest - chance) / (1 - chance)));
    }

    private static double towardWhite(double channel, double strength) {
        return 1 - strength * (1 - channel);
    }

    private static int argb(double r, double g, double b) {
        return 0xFF000000 | channel(r) << 16 | channel(g) << 8 | channel(b);
    }

    private static int channel(double value) {
        return (int) Math.round(Math.max(0, Math.min(1, value)) * 255);
    }
}
