package org.neurocanvas.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * An immutable labelled data set: n samples, each a flat float vector of sampleShape's product,
 * with an integer class label.
 *
 * <p>Samples are stored row-major in one array, so a sample is a contiguous run of
 * {@link #featureCount()} values and a batch is a handful of array copies. The constructor copies
 * its arrays and the accessors hand out copies: nobody can change a data set after it is made.
 */
public final class Dataset {

    private final String name;
    private final float[] features;
    private final int[] sampleShape;
    private final int featureCount;
    private final int[] labels;
    private final int classes;
    private final List<String> classNames;

    /**
     * Makes a data set from copies of the given arrays.
     *
     * @param name        what a person calls this data set, used in messages
     * @param features    size * featureCount values, sample after sample
     * @param sampleShape the shape of one sample, e.g. {2} for points or {1, 28, 28} for images
     * @param labels      the class of each sample, in [0, classes)
     * @param classes     the number of classes
     * @param classNames  one name per class
     * @throws IllegalArgumentException with a sentence when the parts do not fit together
     */
    public Dataset(String name, float[] features, int[] sampleShape, int[] labels, int classes,
            List<String> classNames) {
        this.name = Objects.requireNonNull(name, "name");
        this.features = Objects.requireNonNull(features, "features").clone();
        this.sampleShape = Objects.requireNonNull(sampleShape, "sampleShape").clone();
        this.labels = Objects.requireNonNull(labels, "labels").clone();
        this.classes = classes;
        this.classNames = List.copyOf(Objects.requireNonNull(classNames, "classNames"));
        this.featureCount = productOf(this.sampleShape);
        validate();
    }

    private int productOf(int[] shape) {
        if (shape.length == 0 || Arrays.stream(shape).anyMatch(d -> d < 1)) {
            throw invalid("has sample shape " + Arrays.toString(shape)
                    + ", expected at least one dimension and every dimension >= 1");
        }
        long product = 1;
        for (int d : shape) {
            product *= d;
            if (product > Integer.MAX_VALUE) {
                throw invalid("has sample shape " + Arrays.toString(shape)
                        + ", expected at most " + Integer.MAX_VALUE + " features per sample");
            }
        }
        return (int) product;
    }

    private void validate() {
        if (classes < 1) {
            throw invalid("must have at least 1 class, found " + classes);
        }
        if (classNames.size() != classes) {
            throw invalid("has " + classes + " classes, expected as many class names, found "
                    + classNames.size());
        }
        long expected = (long) labels.length * featureCount;
        if (features.length != expected) {
            throw invalid("has " + labels.length + " labels of " + featureCount
                    + " features each, expected " + expected + " feature values, found " + features.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw invalid("has label " + labels[i] + " at sample " + i
                        + ", expected a class in [0, " + classes + ")");
            }
        }
    }

    private IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("Data set '" + name + "' " + problem + ".");
    }

    /** What a person calls this data set. */
    public String name() {
        return name;
    }

    /** The number of samples. */
    public int size() {
        return labels.length;
    }

    /** The shape of one sample (a copy). */
    public int[] sampleShape() {
        return sampleShape.clone();
    }

    /** The number of values in one sample: the product of its shape. */
    public int featureCount() {
        return featureCount;
    }

    /** All features, sample after sample (a copy; use {@link #gather} to fill batches). */
    public float[] features() {
        return features.clone();
    }

    /** The class of each sample (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** The number of classes. */
    public int classes() {
        return classes;
    }

    /** One name per class, indexed by label. */
    public List<String> classNames() {
        return classNames;
    }

    /** Feature j of the given sample. */
    public float feature(int sample, int j) {
        Objects.checkIndex(sample, size());
        Objects.checkIndex(j, featureCount);
        return features[sample * featureCount + j];
    }

    /** The samples at these indices, in this order. */
    public Dataset subset(int[] indices) {
        float[] x = new float[Math.multiplyExact(indices.length, featureCount)];
        int[] y = new int[indices.length];
        for (int row = 0; row < indices.length; row++) {
            int sample = Objects.checkIndex(indices[row], size());
            System.arraycopy(features, sample * featureCount, x, row * featureCount, featureCount);
            y[row] = labels[sample];
        }
        return new Dataset(name, x, sampleShape, y, classes, classNames);
    }

    /**
     * Copies the samples at indices[from..from+count) into x (row-major, count*featureCount) and
     * their labels into y. For batching without allocation.
     *
     * @param y receives the class indices as floats, the form a loss reads them in
     */
    public void gather(int[] indices, int from, int count, float[] x, float[] y) {
        Objects.checkFromIndexSize(from, count, indices.length);
        if (x.length < (long) count * featureCount || y.length < count) {
            throw new IllegalArgumentException("Batch buffers of data set '" + name + "' are too small for "
                    + count + " samples: expected x of " + (long) count * featureCount + " and y of " + count
                    + " values, found " + x.length + " and " + y.length + ".");
        }
        for (int row = 0; row < count; row++) {
            int sample = Objects.checkIndex(indices[from + row], size());
            System.arraycopy(features, sample * featureCount, x, row * featureCount, featureCount);
            y[row] = labels[sample];
        }
    }

    /**
     * A shuffled, stratified split (each class keeps its proportion); validationFraction in [0, 1):
     * IllegalArgumentException naming the setting otherwise.
     *
     * <p>The validation side holds round(validationFraction * size) samples. Each class contributes
     * its share rounded down, and the samples left over go to the classes whose shares were cut the
     * most, so no class is over- or under-represented by more than one sample. Both sides come
     * back shuffled, never sorted by class.
     */
    public Split split(double validationFraction, long seed) {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("Setting 'validationFraction' of data set '" + name
                    + "' must be >= 0 and < 1, found " + validationFraction + ".");
        }
        Random random = new Random(seed);
        int[][] byClass = samplesByClass();
        int[] validationCounts = validationCounts(byClass, validationFraction);
        int validationSize = Arrays.stream(validationCounts).sum();
        int[] train = new int[size() - validationSize];
        int[] validation = new int[validationSize];
        int t = 0;
        int v = 0;
        for (int c = 0; c < classes; c++) {
            int[] members = byClass[c];
            Shuffle.shuffle(members, random);
            for (int i = 0; i < members.length; i++) {
                if (i < validationCounts[c]) {
                    validation[v++] = members[i];
                } else {
                    train[t++] = members[i];
                }
            }
        }
        Shuffle.shuffle(train, random);
        Shuffle.shuffle(validation, random);
        return new Split(subset(train), subset(validation));
    }

    private int[][] samplesByClass() {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        int[][] byClass = new int[classes][];
        for (int c = 0; c < classes; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] filled = new int[classes];
        for (int i = 0; i < labels.length; i++) {
            byClass[labels[i]][filled[labels[i]]++] = i;
        }
        return byClass;
    }

    /** Largest-remainder rounding: per-class shares that add up to the rounded total. */
    private int[] validationCounts(int[][] byClass, double fraction) {
        int[] counts = new int[classes];
        double[] remainders = new double[classes];
        int leftOver = (int) Math.round(fraction * size());
        for (int c = 0; c < classes; c++) {
            double share = fraction * byClass[c].length;
            counts[c] = (int) Math.floor(share);
            remainders[c] = share - counts[c];
            leftOver -= counts[c];
        }
        for (; leftOver > 0; leftOver--) {
            int most = -1;
            for (int c = 0; c < classes; c++) {
                if (counts[c] < byClass[c].length && (most < 0 || remainders[c] > remainders[most])) {
                    most = c;
                }
            }
            counts[most]++;
            remainders[most] = -1;
        }
        return counts;
    }

    @Override
    public String toString() {
        return "Dataset '" + name + "' (" + size() + " samples of shape " + Arrays.toString(sampleShape)
                + ", " + classes + " classes)";
    }
}
