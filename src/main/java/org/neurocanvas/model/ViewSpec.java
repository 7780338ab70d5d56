package org.neurocanvas.model;

/**
 * Where the canvas was looking when the project was saved: its zoom (1 is actual size) and
 * how far it was scrolled, in canvas units. Kept with the project so that it opens as it was
 * left; not part of the network, so changing it is no undoable edit.
 */
public record ViewSpec(double zoom, double scrollX, double scrollY) {

    public ViewSpec {
        if (!(zoom > 0) || !Double.isFinite(zoom)) {
            throw new IllegalArgumentException("View setting 'zoom' must be a number above 0, found " + zoom + ".");
        }
        if (!Double.isFinite(scrollX) || !Double.isFinite(scrollY)) {
            throw new IllegalArgumentException("View settings 'scrollX' and 'scrollY' must be numbers, found " + scrollX + " and " + scrollY + ".");
        }
    }
}
