package org.neurocanvas.ui.gallery;

/**
 * What the network says of each gallery sample at one moment of training.
 *
 * @param predicted  the class it picks for each sample; empty for reconstructions
 * @param confidence the probability it gives that class; empty for reconstructions
 * @param outputs    what it makes of each sample it is to reconstruct, sample after sample; empty for classes
 */
public record GalleryFrame(int[] predicted, float[] confidence, float[] outputs) {

    /** The network's classes for the samples, and how sure it is of each. */
    public GalleryFrame(int[] predicted, float[] confidence) {
        this(predicted, confidence, new float[0]);
    }

    /** What the network makes of samples it is to reconstruct: its outputs, sample after sample. */
    public static GalleryFrame reconstructions(float[] outputs) {
        return new GalleryFrame(new int[0], new float[0], outputs);
    }

    /** How many images the network gets right. */
    public int right(int[] labels) {
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            right += predicted[i] == labels[i] ? 1 : 0;
        }
        return right;
    }
}
