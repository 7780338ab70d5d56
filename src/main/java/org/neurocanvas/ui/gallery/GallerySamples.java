package org.neurocanvas.ui.gallery;

import java.util.ArrayList;
import java.util.List;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.ui.boundary.BoundaryData;
import org.neurocanvas.ui.evaluation.Thumbnails;

/**
 * The few samples the prediction gallery follows through a run: taken class after class, so every
 * class shows, from the first samples of the set, so the same images come back run after run.
 * Plain Java, tested without a window.
 *
 * @param data   the chosen samples, in gallery order
 * @param labels each sample's true class
 * @param names  the name of every class
 */
public record GallerySamples(Dataset data, int[] labels, List<String> names) {

    /** How many images the gallery shows: two rows of six fit beside the charts. */
    public static final int COUNT = 12;
    /** How many samples of other data it shows, a line each. */
    public static final int LINES = 6;

    /**
     * Whether a gallery has something to show for this data: samples with classes, other than points
     * in the plane, whose decision boundary shows instead.
     */
    public static boolean suits(Dataset data) {
        return data.isClassification() && !BoundaryData.isPlanar(data.sampleShape()) && data.size() > 0;
    }

    /** How many samples the gallery shows for data of this sample shape. */
    public static int count(int[] sampleShape) {
        return Thumbnails.isImage(sampleShape) ? COUNT : LINES;
    }

    /** Whether the samples are images, or lines of text. */
    public boolean images() {
        return Thumbnails.isImage(data.sampleShape());
    }

    /** Up to {@code count} samples of {@code data}, one of each class in turn. */
    public static GallerySamples pick(Dataset data, int count) {
        int[] labels = data.labels();
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < data.classes(); c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            byClass.get(labels[i]).add(i);
        }
        List<Integer> chosen = new ArrayList<>();
        for (int round = 0; chosen.size() < Math.min(count, labels.length); round++) {
            for (List<Integer> members : byClass) {
                if (round < members.size() && chosen.size() < count) {
                    chosen.add(members.get(round));
                }
            }
        }
        int[] indices = chosen.stream().mapToInt(Integer::intValue).toArray();
        int[] chosenLabels = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            chosenLabels[i] = labels[indices[i]];
        }
        return new GallerySamples(data.subset(indices), chosenLabels, data.classNames());
    }

    /** The number of images. */
    public int size() {
        return labels.length;
    }

    /** Opaque ARGB pixels of image {@code i}, row after row. */
    public int[] pixels(int i) {
        int[] shape = data.sampleShape();
        return Thumbnails.argb(data.features(), i * data.featureCount(), shape);
    }
}
