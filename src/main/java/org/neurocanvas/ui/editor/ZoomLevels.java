package org.neurocanvas.ui.editor;

import java.util.Arrays;

/**
 * The canvas's zoom steps: in and out move between fixed, familiar levels, and "fit" picks
 * the scale at which the whole board shows in the window.
 */
public final class ZoomLevels {

    /** The levels Zoom In and Zoom Out step through; 1 is actual size. */
    private static final double[] LEVELS = {0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0};

    /** The smallest scale Zoom to Fit picks: a 300-layer network fits a window, its cards as outlines. */
    public static final double FIT_MIN = 0.1;

    private ZoomLevels() {
    }

    /** The next level above {@code zoom}, or the largest. */
    public static double in(double zoom) {
        return Arrays.stream(LEVELS).filter(l -> l > zoom + 1e-6).findFirst().orElse(max());
    }

    /** The next level below {@code zoom}, or the smallest; a zoom already below every level (a fit) stays. */
    public static double out(double zoom) {
        return Arrays.stream(LEVELS).filter(l -> l < zoom - 1e-6).reduce((a, b) -> b).orElse(Math.min(zoom, min()));
    }

    /** A free zoom (a pinch) kept between the smallest and the largest level. */
    public static double clamp(double zoom) {
        return Math.max(min(), Math.min(max(), zoom));
    }

    /**
     * The scale at which content of the given size fits the viewport, never larger than actual
     * size (a small network stays as it is rather than blown up). It may go below the smallest
     * level, down to {@link #FIT_MIN}: a large network is seen whole, if not read.
     */
    public static double toFit(double contentWidth, double contentHeight, double viewportWidth, double viewportHeight) {
        double fit = Math.min(viewportWidth / contentWidth, viewportHeight / contentHeight);
        return Math.max(FIT_MIN, Math.min(1.0, fit));
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
