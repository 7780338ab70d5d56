package org.neurocanvas.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Built-in two-dimensional teaching data sets, generated from a seed (like TensorFlow
 * Playground's).
 *
 * <p>Every point has two features, x and y, in about [-1, 1]. The samples are split as evenly as
 * possible among the classes and stored in an order shuffled by the seed, so the same arguments
 * always give the same arrays and no prefix of the data set is sorted by class.
 */
public enum BuiltInDataset {

    SPIRAL("spiral", false, c -> "arm " + (c + 1),
            "Points along interleaved spiral arms, one class per arm: no straight line separates them.") {
        @Override
        void place(int c, int classes, double t, double noise, Random random, double[] point) {
            double angle = c * 2 * Math.PI / classes + SPIRAL_SWEEP * t;
            // The jitter grows with the radius, like noise on the angle (CS231n's spiral): the arms
            // meet at the centre, where even a little jitter would swap points between them.
            double jitter = noise * t;
            point[0] = t * Math.cos(angle) + jitter * random.nextGaussian();
            point[1] = t * Math.sin(angle) + jitter * random.nextGaussian();
        }
    },

    MOONS("moons", true, List.of("upper moon", "lower moon")::get,
            "Two interleaving half circles, one class each, like scikit-learn's make_moons.") {
        @Override
        void place(int c, int classes, double t, double noise, Random random, double[] point) {
            double angle = Math.PI * t;
            double x = c == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
            double y = c == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
            // scikit-learn's moons span x in [-1, 2] and y in [-0.5, 1]: centre them and scale by 2/3.
            point[0] = (x - 0.5) * 2 / 3 + noise * random.nextGaussian();
            point[1] = (y - 0.25) * 2 / 3 + noise * random.nextGaussian();
        }
    },

    CIRCLES("circles", true, List.of("inner", "outer")::get,
            "A small ring inside a large one, one class each: only a closed curve separates them.") {
        @Override
        void place(int c, int classes, double t, double noise, Random random, double[] point) {
            double angle = 2 * Math.PI * random.nextDouble();
            double radius = c == 0 ? INNER_RADIUS : 1;
            point[0] = radius * Math.cos(angle) + noise * random.nextGaussian();
            point[1] = radius * Math.sin(angle) + noise * random.nextGaussian();
        }
    },

    XOR("xor", true, List.of("same signs", "opposite signs")::get,
            "Points in four quadrants, labelled by whether x and y have the same sign: one neuron cannot do it.") {
        @Override
        void place(int c, int classes, double t, double noise, Random random, double[] point) {
            // Keep clear of the axes, where the label flips, so that noise 0 is perfectly learnable.
            double x = XOR_MARGIN + (1 - XOR_MARGIN) * random.nextDouble();
            double y = XOR_MARGIN + (1 - XOR_MARGIN) * random.nextDouble();
            double xSign = random.nextBoolean() ? 1 : -1;
            double ySign = c == 0 ? xSign : -xSign;
            point[0] = xSign * x + noise * random.nextGaussian();
            point[1] = ySign * y + noise * random.nextGaussian();
        }
    },

    GAUSSIANS("gaussians", false, c -> "cluster " + (c + 1),
            "Round clusters spaced evenly on a circle, one class per cluster: the gentlest start.") {
        @Override
        void place(int c, int classes, double t, double noise, Random random, double[] point) {
            double angle = c * 2 * Math.PI / classes;
            // Each cluster has a spread of its own, so noise 0 still gives clouds rather than dots.
            point[0] = CLUSTER_RADIUS * Math.cos(angle) + CLUSTER_SPREAD * random.nextGaussian()
                    + noise * random.nextGaussian();
            point[1] = CLUSTER_RADIUS * Math.sin(angle) + CLUSTER_SPREAD * random.nextGaussian()
                    + noise * random.nextGaussian();
        }
    };

    /** How far each spiral arm turns from centre to rim, in radians (a little over half a turn). */
    private static final double SPIRAL_SWEEP = 3.5;
    private static final double INNER_RADIUS = 0.5;
    private static final double XOR_MARGIN = 0.1;
    private static final double CLUSTER_RADIUS = 0.7;
    private static final double CLUSTER_SPREAD = 0.1;
    /** Two features per sample must fit in one Java array. */
    private static final int MAX_SAMPLES = Integer.MAX_VALUE / 2;

    private final String id;
    private final boolean fixedClasses;
    private final IntFunction<String> className;
    private final String description;

    BuiltInDataset(String id, boolean fixedClasses, IntFunction<String> className, String description) {
        this.id = id;
        this.fixedClasses = fixedClasses;
        this.className = className;
        this.description = description;
    }

    /**
     * Writes one sample of class c into point[0] (x) and point[1] (y), jitter included.
     *
     * @param c       the sample's class
     * @param classes the number of classes
     * @param t       the sample's place in its class, spread evenly over [0, 1]
     * @param noise   the standard deviation of the Gaussian jitter, in data units
     * @param random  the generator for everything random about the point
     */
    abstract void place(int c, int classes, double t, double noise, Random random, double[] point);

    /** The short name used in project files and on the command line, e.g. "spiral". */
    public String id() {
        return id;
    }

    /** One sentence for a tooltip. */
    public String description() {
        return description;
    }

    /** True when the number of classes is part of the data set's nature (moons, circles and xor have two). */
    public boolean fixedClasses() {
        return fixedClasses;
    }

    /**
     * The built-in data set with this id, ignoring case.
     *
     * @throws IllegalArgumentException naming the known ids when there is no such data set
     */
    public static BuiltInDataset byId(String id) {
        for (BuiltInDataset dataset : values()) {
            if (dataset.id.equalsIgnoreCase(String.valueOf(id).trim())) {
                return dataset;
            }
        }
        String known = Arrays.stream(values()).map(BuiltInDataset::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Unknown data set '" + id + "': expected one of " + known + ".");
    }

    /**
     * Generates the data set; the same arguments always give the same arrays.
     *
     * @param samples the number of samples in total, at least 2 per class
     * @param classes spiral arms or gaussian clusters (at least 2); moons, circles and xor accept only 2
     * @param noise   the standard deviation of the Gaussian jitter, in data units (e.g. 0.1); at
     *                least 0. For the spiral it is the jitter at the rim, shrinking toward the centre
     * @param seed    the seed for positions, jitter and sample order
     * @throws IllegalArgumentException with a sentence naming the setting that is out of range
     */
    public Dataset generate(int samples, int classes, double noise, long seed) {
        checkSettings(samples, classes, noise);
        Random random = new Random(seed);
        int[] slotOf = Shuffle.permutation(samples, random);
        float[] features = new float[samples * 2];
        int[] labels = new int[samples];
        double[] point = new double[2];
        int generated = 0;
        for (int c = 0; c < classes; c++) {
            int inClass = samples / classes + (c < samples % classes ? 1 : 0);
            for (int i = 0; i < inClass; i++) {
                place(c, classes, i / (inClass - 1.0), noise, random, point);
                int slot = slotOf[generated++];
                features[2 * slot] = (float) point[0];
                features[2 * slot + 1] = (float) point[1];
                labels[slot] = c;
            }
        }
        List<String> classNames = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            classNames.add(className.apply(c));
        }
        return new Dataset(id, features, new int[] {2}, labels, classes, classNames);
    }

    private void checkSettings(int samples, int classes, double noise) {
        if (fixedClasses && classes != 2) {
            throw setting("classes", "must be 2 (" + id + " always has two classes)", classes);
        }
        if (classes < 2) {
            throw setting("classes", "must be >= 2", classes);
        }
        if (samples < classes * 2L) {
            throw setting("samples", "must be >= " + classes * 2L + " (2 per class)", samples);
        }
        if (samples > MAX_SAMPLES) {
            throw setting("samples", "must be <= " + MAX_SAMPLES, samples);
        }
        if (Double.isNaN(noise) || Double.isInfinite(noise)) {
            throw setting("noise", "must be a finite number >= 0", noise);
        }
        if (noise < 0) {
            throw setting("noise", "must be >= 0", noise);
        }
    }

    private IllegalArgumentException setting(String setting, String expectation, Object found) {
        return new IllegalArgumentException("Setting '" + setting + "' of data set '" + id + "' "
                + expectation + ", found " + found + ".");
    }
}
