package org.neurocanvas.ui.boundary;

/**
 * A square window on the input plane cut into {@code resolution × resolution} cells: where the
 * decision boundary asks the network for its prediction. Both axes share one scale, so a circle in
 * the data stays a circle on screen. Cells are numbered row by row from the top (largest y), the
 * order of an image's pixels.
 *
 * @param minX the left edge, in data units
 * @param minY the bottom edge, in data units
 * @param extent the side of the square, in data units
 * @param resolution the number of cells along each side
 */
public record PlaneGrid(double minX, double minY, double extent, int resolution) {

    /** Rejects an empty square or grid. */
    public PlaneGrid {
        if (!(extent > 0) || !Double.isFinite(extent) || !Double.isFinite(minX) || !Double.isFinite(minY)) {
            throw new IllegalArgumentException("A plane grid needs finite edges and a positive extent, found x " + minX
                    + ", y " + minY + ", extent " + extent + ".");
        }
        if (resolution < 1) {
            throw new IllegalArgumentException("A plane grid needs at least 1 cell per side, found " + resolution + ".");
        }
    }

    /**
     * The square centred on the points' bounding box, its side the box's longer side plus
     * {@code margin} of it on either side, so no point sits on the edge.
     *
     * @param xy points as x, y pairs; none gives the square from -1 to 1
     * @param margin the fraction of the longer side added on each side, e.g. 0.1
     */
    public static PlaneGrid around(float[] xy, int resolution, double margin) {
        if (xy.length < 2) {
            return new PlaneGrid(-1, -1, 2, resolution);
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        double side = Math.max(maxX - minX, maxY - minY);
        // All points in one place still deserve a window around them.
        double extent = (side > 0 ? side : 1) * (1 + 2 * margin);
        return new PlaneGrid((minX + maxX - extent) / 2, (minY + maxY - extent) / 2, extent, resolution);
    }

    /** The number of cells, {@code resolution²}. */
    public int cells() {
        return resolution * resolution;
    }

    /** The centres of all cells as x, y pairs, row by row from the top: the batch the network is asked about. */
    public float[] centres() {
        float[] xy = new float[2 * cells()];
        double step = extent / resolution;
        for (int row = 0; row < resolution; row++) {
            double y = minY + extent - (row + 0.5) * step;
            for (int col = 0; col < resolution; col++) {
                int cell = row * resolution + col;
                xy[2 * cell] = (float) (minX + (col + 0.5) * step);
                xy[2 * cell + 1] = (float) y;
            }
        }
        return xy;
    }

    /** How far from the left edge of a square view of side {@code size} the value x lies. */
    public double viewX(double x, double size) {
        return (x - minX) / extent * size;
    }

    /** How far from the top edge of a square view of side {@code size} the value y lies (y grows upward). */
    public double viewY(double y, double size) {
        return (minY + extent - y) / extent * size;
    }
}
