package org.neurocanvas.model;

/**
 * How training images are varied on the fly, each with a strength: rotation in degrees,
 * scaling and shift as fractions of the image, horizontal flips, brightness as a fraction.
 * Only training batches are augmented; validation sees the images as they are.
 */
public record AugmentationSpec(double rotation, double scale, double shift, boolean flip, double brightness) {

    public AugmentationSpec {
        require(rotation >= 0 && rotation <= 180, "rotation", "from 0 to 180 degrees", rotation);
        require(scale >= 0 && scale < 1, "scale", "from 0 up to 1", scale);
        require(shift >= 0 && shift < 1, "shift", "from 0 up to 1", shift);
        require(brightness >= 0 && brightness < 1, "brightness", "from 0 up to 1", brightness);
    }

    private static void require(boolean ok, String setting, String expected, double found) {
        if (!ok) {
            throw new IllegalArgumentException("Augmentation setting '" + setting + "' must be " + expected + ", found " + found + ".");
        }
    }
}
