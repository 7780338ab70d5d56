package org.neurocanvas.ui.evaluation;

/**
 * Pixels of a sample image for a thumbnail: each image stretched to its own darkest and brightest
 * value, so that scaled or standardised data shows as plainly as raw bytes. One channel gives
 * grey, three give colour. Plain Java, tested without a window.
 */
public final class Thumbnails {

    private Thumbnails() {
    }

    /** Whether samples of this shape are pictures: height x width x 1 or 3 channels. */
    public static boolean isImage(int[] sampleShape) {
        return sampleShape.length == 3 && (sampleShape[2] == 1 || sampleShape[2] == 3);
    }

    /**
     * Opaque ARGB pixels, row after row, of the HWC image at {@code offset} in {@code values}.
     *
     * @param shape height, width, channels (1 or 3)
     */
    public static int[] argb(float[] values, int offset, int[] shape) {
        float[] span = span(values, offset, shape);
        return argb(values, offset, shape, span[0], span[1]);
    }

    /** The least and the greatest value of the HWC image at {@code offset}: its own black and white. */
    public static float[] span(float[] values, int offset, int[] shape) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = offset; i < offset + shape[0] * shape[1] * shape[2]; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        return new float[] {min, max};
    }

    /**
     * Opaque ARGB pixels of the HWC image at {@code offset}, {@code min} black and {@code max} white, values
     * beyond them clipped: a network's reconstruction drawn in its original's levels, not stretched to look sharp.
     */
    public static int[] argb(float[] values, int offset, int[] shape, float min, float max) {
        int h = shape[0];
        int w = shape[1];
        int c = shape[2];
        float range = max > min ? max - min : 1;
        int[] pixels = new int[h * w];
        for (int p = 0; p < h * w; p++) {
            int r = level(values[offset + p * c], min, range);
            int g = c == 3 ? level(values[offset + p * c + 1], min, range) : r;
            int b = c == 3 ? level(values[offset + p * c + 2], min, range) : r;
            pixels[p] = 0xFF000000 | r << 16 | g << 8 | b;
        }
        return pixels;
    }

    private static int level(float value, float min, float range) {
        return Math.max(0, Math.min(255, Math.round(255 * (value - min) / range)));
    }
}
