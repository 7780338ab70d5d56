package org.neurocanvas.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.neurocanvas.data.Augmentation;
import org.neurocanvas.data.BuiltInDataset;
import org.neurocanvas.data.CifarLoader;
import org.neurocanvas.data.CsvLoader;
import org.neurocanvas.data.CsvOptions;
import org.neurocanvas.data.CsvTable;
import org.neurocanvas.data.DataFileException;
import org.neurocanvas.data.DataFormat;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.IdxLoader;
import org.neurocanvas.data.ImageFolderLoader;
import org.neurocanvas.data.KnownDataset;
import org.neurocanvas.data.MissingValues;
import org.neurocanvas.data.Scaler;
import org.neurocanvas.data.Scaling;
import org.neurocanvas.data.SequenceTask;
import org.neurocanvas.data.Split;
import org.neurocanvas.model.AugmentationSpec;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.Shape;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * From a project's data reference to training-ready data: load (or generate) the set, split it
 * from the training seed into training, validation and test parts (or read a CSV's validation or test
 * part from a file of its own), fit the scaling on the training part only and apply it to all three.
 */
public final class DataPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(DataPipeline.class);
    /** Skipped images named in the log; the rest are counted. */
    private static final int SKIPPED_NAMED = 5;

    /**
     * The data of one run: the three parts (already scaled), the fitted scaler, how training batches are
     * augmented, and sentences about what loaded otherwise than the files suggest (images skipped) for
     * a person to read when training starts.
     */
    public record Prepared(Split split, Scaler scaler, Augmentation augmentation, List<String> notes) {

        /** Copies the notes. */
        public Prepared {
            notes = List.copyOf(notes);
        }
    }

    private DataPipeline() {
    }

    /**
     * @throws CompileException a sentence naming the file or setting at fault
     */
    public static Prepared prepare(Project project) throws CompileException {
        List<String> notes = new ArrayList<>();
        Split raw = parts(project, notes);
        Scaler scaler = scaling(project.data().scaling()).fit(raw.train());
        Split split = new Split(scaler.apply(raw.train()), scaler.apply(raw.validation()), scaler.apply(raw.test()));
        return new Prepared(split, scaler, augmentation(project.data().augmentation()), notes);
    }

    /**
     * The training, validation and test parts of a run before scaling, as {@link #prepare} draws or reads
     * them, so a saved model's own scaler can be applied to the part it was validated on.
     *
     * @throws CompileException a sentence naming the file or setting at fault
     */
    public static Split parts(Project project) throws CompileException {
        return parts(project, new ArrayList<>());
    }

    private static Split parts(Project project, List<String> notes) throws CompileException {
        DataSpec spec = project.data();
        double validationFraction = spec.validation() == null ? project.training().validationSplit() : 0;
        if (!(validationFraction + spec.test() < 1)) {
            throw new CompileException(String.format(Locale.ROOT, "Data setting 'test' (%s) and the validation split (%s) hold back "
                    + "%.0f%% of the samples together, which leaves none to train on: make them add up to less than 1.",
                    spec.test(), validationFraction, 100 * (spec.test() + validationFraction)));
        }
        Split raw;
        try {
            if (spec.validation() == null && spec.testFile() == null) {
                raw = load(project, notes).split(validationFraction, spec.test(), project.training().seed());
            } else {
                // A separate file is read as the training file is: its options, columns, categories and classes.
                CsvTable train = CsvLoader.read(project.resolve(spec.path()), csvOptions(spec));
                Split held = task(spec, train.data()).split(validationFraction, spec.test(), project.training().seed());
                Dataset validation = spec.validation() == null ? held.validation()
                        : task(spec, CsvLoader.load(project.resolve(spec.validation()), train.schema()));
                Dataset test = spec.testFile() == null ? held.test()
                        : task(spec, CsvLoader.load(project.resolve(spec.testFile()), train.schema()));
                raw = new Split(held.train(), validation, test);
            }
        } catch (IllegalArgumentException e) {
            throw new CompileException(e.getMessage());
        } catch (DataFileException e) {
            throw new CompileException(e.getMessage());
        }
        if (raw.train().size() == 0) {
            throw new CompileException("The data set '" + spec.source() + "' has " + (raw.validation().size() + raw.test().size())
                    + " samples, and the validation and test parts hold back all of them: lower the validation split or the test fraction.");
        }
        return raw;
    }

    /** The whole data set the project names, before splitting, with the targets its task asks for. */
    public static Dataset load(Project project) throws CompileException {
        return load(project, new ArrayList<>());
    }

    /** As {@link #load(Project)}, adding to {@code notes} a sentence about the images a folder skipped. */
    private static Dataset load(Project project, List<String> notes) throws CompileException {
        DataSpec d = project.data();
        try {
            return task(d, source(project, notes));
        } catch (DataFileException e) {
            throw new CompileException(e.getMessage());
        }
    }

    private static Dataset source(Project project, List<String> notes) throws CompileException, DataFileException {
        DataSpec d = project.data();
        if (DataSpec.GENERATED.contains(d.source())) {
            return BuiltInDataset.byId(d.source()).generate(d.samples(), d.classes(), d.noise(), d.seed());
        }
        if (DataSpec.SHIPPED.contains(d.source())) {
            KnownDataset known = KnownDataset.byId(d.source());
            if (!known.available()) {
                throw new CompileException("The data set '" + d.source() + "' is not installed on this machine"
                        + ("fashion-mnist-60k".equals(d.source()) ? ": on Debian, apt-get install dataset-fashion-mnist." : "."));
            }
            return known.load();
        }
        if (DataSpec.SEQUENCES.contains(d.source())) {
            return SequenceTask.byId(d.source()).generate(d.samples(), d.length(), d.seed());
        }
        return switch (d.source()) {
            case "csv" -> CsvLoader.load(project.resolve(d.path()), csvOptions(d));
            case "idx" -> IdxLoader.load(project.resolve(d.path()), project.resolve(d.labels()));
            case "cifar10" -> CifarLoader.load(DataFormat.cifarBatches(project.resolve(d.path()), false));
            case DataSpec.IMAGES -> images(project, notes);
            default -> throw new CompileException("No loader for data source '" + d.source() + "'.");
        };
    }

    /**
     * The shape of one sample of the project's data: as {@link DataSpec#knownSampleShape()} knows it,
     * or for IDX images as their file's header says; empty for a CSV table (a row's width is known
     * once it is read) and when the header cannot be read.
     */
    public static Optional<Shape> sampleShape(Project project) {
        DataSpec d = project.data();
        Optional<Shape> known = d.knownSampleShape();
        if (known.isPresent() || !"idx".equals(d.source())) {
            return known;
        }
        try {
            return Optional.of(new Shape(IdxLoader.imageShape(project.resolve(d.path()))));
        } catch (DataFileException e) {
            // A load names the file's fault in a sentence of its own; here the caller falls back on what it has.
            return Optional.empty();
        }
    }

    /**
     * The images of a folder at the project's size and colour. Images that do not decode are skipped:
     * a note gives their count and the first, and the log names a few more.
     */
    private static Dataset images(Project project, List<String> notes) throws DataFileException {
        DataSpec d = project.data();
        Shape size = d.knownSampleShape().orElseThrow();
        ImageFolderLoader.Result result = ImageFolderLoader.load(project.resolve(d.path()), size.dim(1), size.dim(0),
                size.dim(2) == 1 ? ImageFolderLoader.Color.GREYSCALE : ImageFolderLoader.Color.RGB);
        List<String> skipped = result.skipped();
        if (!skipped.isEmpty()) {
            String note = String.format(Locale.ROOT, "%s: skipped %d of %d files, which are not images that decode; the first is %s.",
                    d.path(), skipped.size(), skipped.size() + result.dataset().size(), skipped.get(0));
            notes.add(note);
            LOG.warn("{} Skipped: {}{}", note, String.join(", ", skipped.subList(0, Math.min(SKIPPED_NAMED, skipped.size()))),
                    skipped.size() > SKIPPED_NAMED ? ", …" : "");
        }
        return result.dataset();
    }

    /**
     * How a project's CSV file is read: its label column (the last when unset), its label as a class or,
     * for regression, a number, the columns it leaves out, and what a missing value does.
     */
    public static CsvOptions csvOptions(DataSpec d) {
        CsvOptions options = d.label() == null ? CsvOptions.defaults() : CsvOptions.defaults().labelColumn(d.label());
        return options.regression(DataSpec.REGRESSION.equals(d.task())).missing(missingValues(d.missing())).exclude(d.exclude());
    }

    /** The loader's policy for a project's missing-value choice: drop, mean, or (null, fail) stop at the first. */
    public static MissingValues missingValues(String choice) {
        return choice == null ? MissingValues.FAIL : switch (choice) {
            case "drop" -> MissingValues.DROP_ROW;
            case "mean" -> MissingValues.FILL_MEAN;
            default -> MissingValues.FAIL;
        };
    }

    /** An autoencoder learns to give back its input; other tasks keep the targets the source has. */
    private static Dataset task(DataSpec d, Dataset data) {
        return DataSpec.RECONSTRUCTION.equals(d.task()) ? data.reconstruction() : data;
    }

    private static Scaling scaling(String id) {
        return switch (id) {
            case "minmax" -> Scaling.MIN_MAX;
            case "standardize" -> Scaling.STANDARDIZE;
            default -> Scaling.NONE;
        };
    }

    private static Augmentation augmentation(AugmentationSpec a) {
        return a == null ? Augmentation.NONE
                : new Augmentation(a.rotation(), a.scale(), a.shift(), a.flip(), a.brightness());
    }
}
