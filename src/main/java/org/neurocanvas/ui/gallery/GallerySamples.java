package org.neurocanvas.ui.gallery;

import java.util.ArrayList;
import java.util.Arrays;
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
 * @param labels each sample's true class; empty when the data has no classes
 * @param names  the name of every class; empty when the data has no classes
 */
public record GallerySamples(Dataset data, int[] labels, List<String> names) {

    /** How many images the gallery shows: two rows of six fit beside the charts. */
    public static final int COUNT = 12;
    /** How many samples of other data it shows, a line each. */
    public static final int LINES = 6;

    /**
     * Whether a gallery has something to show for this data: samples with classes, other than points
     * in the plane, whose decision boundary shows instead; or images a network is to reconstruct.
     */
    public static boolean suits(Dataset data) {
        boolean guesses = data.isClassification() && !BoundaryData.isPlanar(data.sampleShape());
        boolean reconstructions = data.isReconstruction() && Thumbnails.isImage(data.sampleShape());
        return (guesses || reconstructions) && data.size() > 0;
    }

    /** How many samples the gallery shows of this data: two rows of images, or a row of images over their reconstructions, or lines. */
    public static int count(Dataset data) {
        return Thumbnails.isImage(data.sampleShape()) && data.isClassification() ? COUNT : LINES;
    }

    /** Whether the samples are images, or lines of text. */
    public boolean images() {
        return Thumbnails.isImage(data.sampleShape());
    }

    /** Up to {@code count} samples of {@code data}, one of each class in turn; the first ones, when it has no classes. */
    public static GallerySamples pick(Dataset data, int count) {
        if (!data.isClassification()) {
            int[] first = new int[Math.min(count, data.size())];
            Arrays.setAll(first, i -> i);
            return new GallerySamples(data.subset(first), new int[0], List.of());
        }
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

    /** The number of samples. */
    public int size() {
        return data.size();
    }

    /** Whether the network is to give each sample back, rather than a class. */
    public boolean reconstructions() {
        return data.isReconstruction();
    }

    /** Opaque ARGB pixels of image {@code i}, row after row. */
    public int[] pixels(int i) {
        int[] shape = data.sampleShape();
        return Thumbnails.argb(data.features(), i * data.featureCount(), shape);
    }
}
