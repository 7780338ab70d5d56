package org.neurocanvas.ui.editor;

import java.util.Arrays;

/**
 * The canvas's zoom steps: in and out move between fixed, familiar levels, and "fit" picks
 * the scale at which the whole board shows in the window.
 */
public final class ZoomLevels {

    /** The levels Zoom In and Zoom Out step through; 1 is actual size. */
    private static final double[] LEVELS = {0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0};

    private ZoomLevels() {
    }

    /** The next level above {@code zoom}, or the largest. */
    public static double in(double zoom) {
        return Arrays.stream(LEVELS).filter(l -> l > zoom + 1e-6).findFirst().orElse(max());
    }

    /** The next level below {@code zoom}, or the smallest. */
    public static double out(double zoom) {
        return Arrays.stream(LEVELS).filter(l -> l < zoom - 1e-6).reduce((a, b) -> b).orElse(min());
    }

    /**
     * The scale at which content of the given size fits the viewport, never larger than actual
     * size (a small network stays as it is rather than blown up) nor smaller than the smallest level.
     */
    public static double toFit(double contentWidth, double contentHeight, double viewportWidth, double viewportHeight) {
        double fit = Math.min(viewportWidth / contentWidth, viewportHeight / contentHeight);
        return Math.max(min(), Math.min(1.0, fit));
    }

    /**
     * The scale at which a part of the board (the selection) fills the viewport, up to
     * {@code largest}: one small card is enlarged, not blown up to fill the window.
     */
    public static double toShow(double contentWidth, double contentHeight, double viewportWidth, double viewportHeight, double largest) {
        double fit = Math.min(viewportWidth / contentWidth, viewportHeight / contentHeight);
        return Math.max(min(), Math.min(Math.min(largest, max()), fit));
    }

    private static double min() {
        return LEVELS[0];
    }

    private static double max() {
        return LEVELS[LEVELS.length - 1];
    }
}
