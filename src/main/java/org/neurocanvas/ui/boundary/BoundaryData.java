package org.neurocanvas.ui.boundary;

import java.util.Arrays;
import java.util.List;
import org.neurocanvas.data.Dataset;

/**
 * What stays the same through a run of the decision boundary: the grid over the plane and the
 * training points drawn on top of it. Made once per run; shared by every frame.
 *
 * @param grid where the network is asked, around the points
 * @param points the points to draw, as x, y pairs
 * @param labels the class of each point
 * @param classNames one name per class of the data
 */
public record BoundaryData(PlaneGrid grid, float[] points, int[] labels, List<String> classNames) {

    /** Cells along each side of the grid: 4,096 predictions are one small batch, and smooth once scaled up. */
    public static final int RESOLUTION = 64;
    /** Room left around the points, as a fraction of their spread. */
    public static final double MARGIN = 0.1;
    /** Points drawn at most; a larger set is thinned evenly, as more would only cover the boundary. */
    public static final int MAX_POINTS = 2_000;

    /** Whether a data set's samples are points in the plane. */
    public static boolean isPlanar(int[] sampleShape) {
        return Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b) == 2;
    }

    /**
     * The grid around a planar data set and (at most {@link #MAX_POINTS} of) its points.
     *
     * @throws IllegalArgumentException when the samples are not points in the plane
     */
    public static BoundaryData of(Dataset data) {
        if (!isPlanar(data.sampleShape())) {
            throw new IllegalArgumentException("The decision boundary needs samples of 2 features, found shape "
                    + Arrays.toString(data.sampleShape()) + ".");
        }
        float[] all = data.features();
        int[] allLabels = data.labels();
        int step = Math.max(1, (allLabels.length + MAX_POINTS - 1) / MAX_POINTS);
        int kept = (allLabels.length + step - 1) / step;
        float[] points = new float[2 * kept];
        int[] labels = new int[kept];
        for (int i = 0; i < kept; i++) {
            points[2 * i] = all[2 * i * step];
            points[2 * i + 1] = all[2 * i * step + 1];
            labels[i] = allLabels[i * step];
        }
        return new BoundaryData(PlaneGrid.around(all, RESOLUTION, MARGIN), points, labels, data.classNames());
    }

    /** The number of points to draw. */
    public int size() {
        return labels.length;
    }
}
