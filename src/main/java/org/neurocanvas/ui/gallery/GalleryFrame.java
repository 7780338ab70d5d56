package org.neurocanvas.ui.gallery;

/**
 * What the network says of each gallery image at one moment of training.
 *
 * @param predicted  the class it picks for each image
 * @param confidence the probability it gives that class
 */
public record GalleryFrame(int[] predicted, float[] confidence) {

    /** How many images the network gets right. */
    public int right(int[] labels) {
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            right += predicted[i] == labels[i] ? 1 : 0;
        }
        return right;
    }
}
