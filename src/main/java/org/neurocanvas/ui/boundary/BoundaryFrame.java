package org.neurocanvas.ui.boundary;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * One look at the network: its class probabilities at every cell of the grid.
 *
 * @param data the grid and the points of the run
 * @param classes the number of scores the network gives per cell
 * @param probabilities {@code cells × classes} values, a cell's classes side by side; never changed
 */
public record BoundaryFrame(BoundaryData data, int classes, float[] probabilities) {

    /** The frame's pixels in these class colours, one ARGB value per cell, row by row from the top. */
    public int[] pixels(List<Color> palette) {
        return BoundaryColors.pixels(probabilities, classes, palette);
    }
}
