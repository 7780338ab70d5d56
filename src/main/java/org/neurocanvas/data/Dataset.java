package org.neurocanvas.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable labelled data set: n samples, each a flat float vector of sampleShape's product,
 * with an integer class label.
 *
 * <p>Samples lie row-major, so a sample is a contiguous run of {@link #featureCount()} values and
 * a batch is a handful of copies. Images are {@code height x width x channels} (HWC), channels
 * innermost. The values are kept either as floats or as bytes with a scale (a pixel read as
 * byte/255): a byte-backed set holds one byte per value and converts only the samples that
 * {@link #gather} or {@link #feature} read. {@link #subset} and {@link #split} keep the storage
 * kind. Constructors copy their arrays and accessors hand out copies: nobody can change a data
 * set after it is made.
 */
public final class Dataset {

    private final String name;
    private final Features features;
    private final int[] sampleShape;
    private final int featureCount;
    private final int[] labels;
    private final int classes;
    private final List<String> classNames;

    /**
     * Makes a float-backed data set from copies of the given arrays.
     *
     * @param name        what a person calls this data set, used in messages
     * @param features    size * featureCount values, sample after sample
     * @param sampleShape the shape of one sample, e.g. {2} for points or {28, 28, 1} for images
     * @param labels      the class of each sample, in [0, classes)
     * @param classes     the number of classes
     * @param classNames  one name per class
     * @throws IllegalArgumentException with a sentence when the parts do not fit together
     */
    public Dataset(String name, float[] features, int[] sampleShape, int[] labels, int classes,
            List<String> classNames) {
        this(name, new Features.Floats(Objects.requireNonNull(features, "features").clone(),
                widthOf(sampleShape)), sampleShape, labels, classes, classNames);
    }

    /**
     * Makes a byte-backed data set from a copy of the given bytes: value i reads as
     * {@code (values[i] & 0xFF) * scale}, so pixels 0..255 with scale 1/255 read as 0..1.
     *
     * @param values size * featureCount unsigned bytes, sample after sample
     * @param scale  what one step of a byte is worth: finite
     * @throws IllegalArgumentException with a sentence when the parts do not fit together
     * @see #Dataset(String, float[], int[], int[], int, List)
     */
    public static Dataset ofBytes(String name, byte[] values, float scale, int[] sampleShape, int[] labels,
            int classes, List<String> classNames) {
        if (!Float.isFinite(scale)) {
            throw new IllegalArgumentException("Data set '" + name + "' has byte scale " + scale
                    + ", expected a finite number.");
        }
        return new Dataset(name, new Features.Bytes(Objects.requireNonNull(values, "values").clone(), scale,
                widthOf(sampleShape)), sampleShape, labels, classes, classNames);
    }

    /** Takes the storage as it is (loaders hand over arrays nobody else holds); copies the rest. */
    Dataset(String name, Features features, int[] sampleShape, int[] labels, int classes, List<String> classNames) {
        this.name = Objects.requireNonNull(name, "name");
        this.features = features;
        this.sampleShape = Objects.requireNonNull(sampleShape, "sampleShape").clone();
        this.labels = Objects.requireNonNull(labels, "labels").clone();
        this.classes = classes;
        this.classNames = List.copyOf(Objects.requireNonNull(classNames, "classNames"));
        this.featureCount = productOf(name, this.sampleShape);
        validate();
    }

    /** The sample width a storage needs; the constructor reports a bad shape with a sentence. */
    private static int widthOf(int[] sampleShape) {
        long product = 1;
        for (int d : Objects.requireNonNull(sampleShape, "sampleShape")) {
            product *= Math.max(d, 1);
        }
        return (int) Math.min(product, Integer.MAX_VALUE);
    }

    private static int productOf(String name, int[] shape) {
        if (shape.length == 0 || Arrays.stream(shape).anyMatch(d -> d < 1)) {
            throw invalid(name, "has sample shape " + Arrays.toString(shape)
                    + ", expected at least one dimension and every dimension >= 1");
        }
        long product = 1;
        for (int d : shape) {
            product *= d;
            if (product > Integer.MAX_VALUE) {
                throw invalid(name, "has sample shape " + Arrays.toString(shape)
                        + ", expected at most " + Integer.MAX_VALUE + " features per sample");
            }
        }
        return (int) product;
    }

    private void validate() {
        if (classes < 1) {
            throw invalid(name, "must have at least 1 class, found " + classes);
        }
        if (classNames.size() != classes) {
            throw invalid(name, "has " + classes + " classes, expected as many class names, found "
                    + classNames.size());
        }
        long expected = (long) labels.length * featureCount;
        if (features.length() != expected) {
            throw invalid(name, "has " + labels.length + " labels of " + featureCount
                    + " features each, expected " + expected + " feature values, found " + features.length());
        }
        if (features.width() != featureCount) {
            throw invalid(name, "has storage of " + features.width() + " values per sample, expected " + featureCount);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw invalid(name, "has label " + labels[i] + " at sample " + i
                        + ", expected a class in [0, " + classes + ")");
            }
        }
    }

    private static IllegalArgumentException invalid(String name, String problem) {
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

    /**
     * The memory the feature values occupy: 1 byte per value when byte-backed, 4 when float-backed
     * (a 60,000 x 784 set: 47 MB or 188 MB).
     */
    public long featureBytes() {
        return features.byteCount();
    }

    /**
     * All features as floats, sample after sample: a new array of size x featureCount floats on
     * every call. That is 4 bytes per value whatever the storage, four times what a byte-backed
     * set keeps (188 MB for 60,000 MNIST images, 614 MB for CIFAR-10's 50,000), so it is meant for
     * small sets, tests and previews; training and evaluation read batches through {@link #gather}.
     */
    public float[] features() {
        float[] all = new float[features.length()];
        for (int sample = 0; sample < size(); sample++) {
            features.copySample(sample, all, sample * featureCount);
        }
        return all;
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
        return features.value(sample, j);
    }

    /** The samples at these indices, in this order, stored the same way as this set. */
    public Dataset subset(int[] indices) {
        int[] y = new int[indices.length];
        for (int row = 0; row < indices.length; row++) {
            y[row] = labels[Objects.checkIndex(indices[row], size())];
        }
        return new Dataset(name, features.select(indices), sampleShape, y, classes, classNames);
    }

    /** The same samples seen through other storage: how a fitted {@link Scaler} applies itself. */
    Dataset withFeatures(Features replacement) {
        return new Dataset(name, replacement, sampleShape, labels, classes, classNames);
    }

    /** The storage, for code in this package that reads every value (fitting a scaler). */
    Features storage() {
        return features;
    }

    /**
     * Copies the samples at indices[from..from+count) into x (row-major, count*featureCount) and
     * their labels into y, converting only these samples to floats. For batching without allocation.
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
            features.copySample(sample, x, row * featureCount);
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
     * back shuffled, never sorted by class, and stored the same way as this set.
     */
    public Split split(double validationFraction, long seed) {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("Setting 'validationFraction' of data set '" + name
                    + "' must be >= 0 and < 1, found " + validationFraction + ".");
        }
        int[][] sides = StratifiedSplit.indices(labels, classes, validationFraction, seed);
        return new Split(subset(sides[0]), subset(sides[1]));
    }

    @Override
    public String toString() {
        return "Dataset '" + name + "' (" + size() + " samples of shape " + Arrays.toString(sampleShape)
                + ", " + classes + " classes)";
    }
}
