package org.neurocanvas.data;

import java.util.Arrays;
import java.util.Random;

/**
 * Random changes to training images, applied to each gathered batch so every epoch sees new
 * variants: rotation, scaling and shift about the centre (one bilinear resampling, zero outside
 * the image), a horizontal mirror, and brightness. Apply it to training batches only; validation
 * and test batches must stay as they are.
 *
 * <p>Each sample draws its own values, uniformly: an angle in [-rotationDegrees, rotationDegrees]
 * (positive turns counter-clockwise as seen on screen), a size factor in [1 - scaleFraction,
 * 1 + scaleFraction], a shift of up to shiftFraction of the width and of the height, a mirror with
 * probability 1/2 when horizontalFlip, and a brightness factor in [1 - brightness, 1 + brightness]
 * that multiplies every value (unclamped, so it suits scaled data too).
 *
 * @param rotationDegrees the largest rotation, 0 to 180
 * @param scaleFraction   the largest relative change of size, 0 to 0.9
 * @param shiftFraction   the largest shift as a fraction of the image's side, 0 to 1
 * @param horizontalFlip  whether to mirror half of the samples left to right
 * @param brightness      the largest relative change of brightness, 0 to 1
 */
public record Augmentation(double rotationDegrees, double scaleFraction, double shiftFraction,
        boolean horizontalFlip, double brightness) {

    /** No change at all. */
    public static final Augmentation NONE = new Augmentation(0, 0, 0, false, 0);

    /** Checks every strength with a sentence naming the setting. */
    public Augmentation {
        check("rotationDegrees", rotationDegrees, 180);
        check("scaleFraction", scaleFraction, 0.9);
        check("shiftFraction", shiftFraction, 1);
        check("brightness", brightness, 1);
    }

    private static void check(String setting, double value, double max) {
        if (!(value >= 0 && value <= max)) {
            throw new IllegalArgumentException("Setting '" + setting + "' of augmentation must be from 0 to " + max
                    + ", found " + value + ".");
        }
    }

    /** True when every strength is zero and there is no mirror: applying changes nothing. */
    public boolean isNone() {
        return rotationDegrees == 0 && scaleFraction == 0 && shiftFraction == 0 && !horizontalFlip && brightness == 0;
    }

    /**
     * Changes the first samples of a gathered batch in place.
     *
     * @param batch       samples x (height x width x channels) values, sample after sample
     * @param samples     how many samples of the batch to change
     * @param sampleShape {height, width, channels}
     * @param random      the seeded generator, so augmented training is repeatable
     * @throws IllegalArgumentException when the shape is not an image shape or the batch too small
     */
    public void apply(float[] batch, int samples, int[] sampleShape, Random random) {
        if (sampleShape.length != 3) {
            throw new IllegalArgumentException("Augmentation works on images of shape height x width x channels,"
                    + " found shape " + Arrays.toString(sampleShape) + ".");
        }
        int h = sampleShape[0];
        int w = sampleShape[1];
        int c = sampleShape[2];
        int size = h * w * c;
        if (batch.length < (long) samples * size) {
            throw new IllegalArgumentException("A batch of " + samples + " images of " + size + " values needs "
                    + (long) samples * size + " values, found " + batch.length + ".");
        }
        if (isNone()) {
            return;
        }
        float[] scratch = new float[size];
        for (int i = 0; i < samples; i++) {
            // Every draw happens whatever the strengths, so one setting never shifts another's randomness.
            double degrees = rotationDegrees * (2 * random.nextDouble() - 1);
            double scale = 1 + scaleFraction * (2 * random.nextDouble() - 1);
            double dx = shiftFraction * w * (2 * random.nextDouble() - 1);
            double dy = shiftFraction * h * (2 * random.nextDouble() - 1);
            boolean flip = random.nextBoolean() && horizontalFlip;
            float bright = (float) (1 + brightness * (2 * random.nextDouble() - 1));
            transform(batch, i * size, h, w, c, degrees, scale, dx, dy, flip, bright, scratch);
        }
    }

    /**
     * Resamples one HWC image at offset in place: output pixel p shows the input at
     * F(R^-1 (p - centre - shift) / scale + centre), F the mirror, then multiplies by bright.
     */
    static void transform(float[] x, int offset, int h, int w, int c, double degrees, double scale, double dx,
            double dy, boolean flip, float bright, float[] scratch) {
        if (degrees != 0 || scale != 1 || dx != 0 || dy != 0 || flip) {
            System.arraycopy(x, offset, scratch, 0, h * w * c);
            double radians = Math.toRadians(degrees);
            double cos = Math.cos(radians);
            double sin = Math.sin(radians);
            double cx = (w - 1) / 2.0;
            double cy = (h - 1) / 2.0;
            for (int y = 0; y < h; y++) {
                for (int col = 0; col < w; col++) {
                    double qx = col - cx - dx;
                    double qy = y - cy - dy;
                    double rx = (cos * qx - sin * qy) / scale;
                    double ry = (sin * qx + cos * qy) / scale;
                    double sx = (flip ? -rx : rx) + cx;
                    double sy = ry + cy;
                    for (int ch = 0; ch < c; ch++) {
                        x[offset + (y * w + col) * c + ch] = bilinear(scratch, h, w, c, ch, sx, sy);
                    }
                }
            }
        }
        if (bright != 1) {
            for (int i = offset; i < offset + h * w * c; i++) {
                x[i] *= bright;
            }
        }
    }

    /** The image's channel ch at a fractional position, zero outside. */
    private static float bilinear(float[] image, int h, int w, int c, int ch, double sx, double sy) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        double fx = sx - x0;
        double fy = sy - y0;
        double top = (1 - fx) * at(image, h, w, c, ch, x0, y0) + fx * at(image, h, w, c, ch, x0 + 1, y0);
        double bottom = (1 - fx) * at(image, h, w, c, ch, x0, y0 + 1) + fx * at(image, h, w, c, ch, x0 + 1, y0 + 1);
        return (float) ((1 - fy) * top + fy * bottom);
    }

    private static float at(float[] image, int h, int w, int c, int ch, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 0f : image[(y * w + x) * c + ch];
    }
}
