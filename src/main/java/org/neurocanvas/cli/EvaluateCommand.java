package org.neurocanvas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.neurocanvas.compile.CompileException;
import org.neurocanvas.compile.DataPipeline;
import org.neurocanvas.data.CifarLoader;
import org.neurocanvas.data.CsvLoader;
import org.neurocanvas.data.CsvOptions;
import org.neurocanvas.data.DataFileException;
import org.neurocanvas.data.DataFormat;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.IdxLoader;
import org.neurocanvas.data.ImageFolderLoader;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.Shape;
import org.neurocanvas.train.ClassificationReport;
import org.neurocanvas.train.Predictions;
import org.neurocanvas.train.RegressionReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Measures a saved model on labelled data: a CSV file, MNIST-style IDX images with their labels, a
 * CIFAR-10 batch (or a folder's test batch), a folder of images with one sub-folder per class, or
 * the validation part of the data it was trained on (its validation file, or the split the bundle's
 * project names and seeds).
 * Images must have the shape the model takes; a folder's images are resized to it.
 */
@Command(name = "evaluate", description = "Measure a saved model on labelled data: accuracy, per-class precision, recall and F1, "
        + "and the confusion matrix.")
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model bundle (.ncmodel) written by train --out.")
    Path model;

    @Option(names = "--data", paramLabel = "FILE", description = "Labelled data: a CSV file with the model's features and a class column, "
            + "IDX images (their labels file beside them), a CIFAR-10 batch file or a folder with test_batch.bin, or a folder of images "
            + "with one sub-folder per class (default: the part of the model's own training data it was validated on).")
    Path data;

    @Option(names = "--label", paramLabel = "COLUMN", description = "The CSV column that holds the class (default: the one the model's "
            + "training CSV named, when this file has it; else the last).")
    String label;

    @Option(names = "--exclude", paramLabel = "COLUMN", split = ",",
            description = "Columns of the --data CSV that are not features, such as an id (comma-separated), as train --exclude "
                    + "(default: those the model's training CSV left out that this file has).")
    List<String> exclude;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((label != null || exclude != null) && data == null) {
            err.println((label != null ? "--label" : "--exclude") + " names a column of the file given with --data, and there is none.");
            return 2;
        }
        try {
            ModelBundle bundle = ModelBundle.read(model);
            Dataset samples = data != null ? fromFile(bundle, err) : validationPart(bundle);
            if (samples == null) {
                err.println("Model '" + bundle.project().name() + "' was trained without a validation split, so none of its data was held "
                        + "out: give a labelled file with --data.");
                return 2;
            }
            String source = data != null ? data.getFileName().toString()
                    : (bundle.project().data().validation() != null ? "the validation file " : "the validation split of ") + samples.name();
            if (!samples.isClassification()) {
                RegressionReport report = RegressionReport.of(bundle.network(), bundle.scaler().apply(samples));
                out.println("evaluated " + model.getFileName() + " on " + source + ": " + samples.size() + " samples");
                out.println();
                out.print(report.render());
                out.flush();
                return 0;
            }
            int[] truth = classesOfModel(samples, bundle);
            Predictions predictions = Predictions.of(bundle.network(), bundle.scaler().apply(samples));
            int[] predicted = new int[truth.length];
            for (int i = 0; i < predicted.length; i++) {
                predicted[i] = predictions.predicted(i);
            }
            ClassificationReport report = new ClassificationReport(truth, predicted, bundle.classNames());
            out.println("evaluated " + model.getFileName() + " on " + source + ": " + truth.length + " samples");
            out.println();
            out.print(report.render());
            out.println();
            out.print(report.renderConfusion());
            out.flush();
            return 0;
        } catch (ModelFileException | DataFileException | CompileException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** The data file or folder, each sample of the model's input shape. */
    private Dataset fromFile(ModelBundle bundle, PrintWriter err) throws DataFileException, ModelFileException {
        DataFormat format = DataFormat.of(data);
        if ((label != null || exclude != null) && format != DataFormat.CSV) {
            throw new ModelFileException((label != null ? "--label" : "--exclude") + " names a column of a CSV file, but "
                    + data.getFileName() + " is " + format.description() + ".");
        }
        Dataset file = switch (format) {
            case CSV -> fromCsv(bundle);
            case IDX -> {
                Path[] pair = DataFormat.idxPair(data);
                yield IdxLoader.load(pair[0], pair[1]);
            }
            case CIFAR10 -> CifarLoader.load(DataFormat.cifarBatches(data, true));
            case IMAGE_FOLDER -> fromImageFolder(bundle, err);
        };
        int[] input = bundle.inputShape().dims();
        boolean flatInput = input.length == 1 && input[0] == file.featureCount();
        if (format != DataFormat.CSV && !Arrays.equals(file.sampleShape(), input) && !flatInput) {
            throw new ModelFileException(data.getFileName() + " holds samples of shape " + new Shape(file.sampleShape()).text()
                    + ", but model '" + bundle.project().name() + "' takes input shape " + bundle.inputShape().text() + ".");
        }
        // A model whose Input was 'auto' over image files keeps a flat input of as many values.
        file = flatInput ? file.reshaped(input) : file;
        return DataSpec.RECONSTRUCTION.equals(bundle.project().data().task()) ? file.reconstruction() : file;
    }

    /** The CSV file, read as the model's training CSV was (see {@link #csvOptions}), each row shaped as the model's input. */
    private Dataset fromCsv(ModelBundle bundle) throws DataFileException, ModelFileException {
        int[] shape = bundle.inputShape().dims();
        CsvOptions options = csvOptions(bundle.project().data());
        Dataset file = CsvLoader.load(data, shape.length > 1 ? options.sampleShape(shape) : options);
        if (file.featureCount() != bundle.inputShape().size()) {
            throw new ModelFileException(data.getFileName() + " has " + file.featureCount() + " feature columns besides the class, but model '"
                    + bundle.project().name() + "' takes " + bundle.inputShape().size() + " (input shape " + bundle.inputShape().text() + ").");
        }
        return file;
    }

    /**
     * How the file's columns are read (features in the file's order): the class from --label and the columns left out
     * from --exclude; without those options, the label column and the left-out columns of the model's training CSV, as
     * far as this file has them by name; else the last column is the class and every other a feature.
     */
    private CsvOptions csvOptions(DataSpec trained) throws DataFileException {
        List<String> columns = "csv".equals(trained.source()) && (label == null || exclude == null)
                ? CsvLoader.preview(data, 0).columns() : List.of();
        String classColumn = label != null ? label
                : trained.label() != null && columns.contains(trained.label()) ? trained.label() : null;
        List<String> left = exclude != null ? exclude
                : trained.exclude().stream().filter(column -> columns.contains(column) && !column.equals(classColumn)).toList();
        CsvOptions options = classColumn == null ? CsvOptions.defaults() : CsvOptions.defaults().labelColumn(classColumn);
        return options.regression(DataSpec.REGRESSION.equals(trained.task())).exclude(left);
    }

    /** Every image of the folder, resized to the model's input; the files that do not decode are named on the error stream. */
    private Dataset fromImageFolder(ModelBundle bundle, PrintWriter err) throws DataFileException, ModelFileException {
        int[] shape = bundle.inputShape().dims();
        if (shape.length != 3 || shape[2] != 1 && shape[2] != 3) {
            throw new ModelFileException(data.getFileName() + " is " + DataFormat.IMAGE_FOLDER.description() + ", but model '"
                    + bundle.project().name() + "' takes input shape " + bundle.inputShape().text()
                    + ", not images of height x width x 1 or 3 channels.");
        }
        ImageFolderLoader.Result result = ImageFolderLoader.load(data, shape[1], shape[0],
                shape[2] == 1 ? ImageFolderLoader.Color.GREYSCALE : ImageFolderLoader.Color.RGB);
        for (String skipped : result.skipped()) {
            err.println(data.getFileName() + "/" + skipped + ": expected an image that decodes, found another file; it is skipped.");
        }
        return result.dataset();
    }

    /**
     * The samples training validated on, before scaling: its validation file, or its data split again with the
     * project's seed; null when it held out none.
     */
    private static Dataset validationPart(ModelBundle bundle) throws CompileException {
        Project project = bundle.project();
        if (project.data().validation() == null && project.training().validationSplit() == 0) {
            return null;
        }
        return DataPipeline.parts(project).validation();
    }

    /**
     * Each sample's class as the model numbers its classes: by name, or, for a whole-number name the
     * model does not have, as the model's class of that index (a file labelled 0, 1, 2 for a model
     * whose classes are named).
     */
    private static int[] classesOfModel(Dataset samples, ModelBundle bundle) throws ModelFileException {
        List<String> modelClasses = bundle.classNames();
        int[] index = new int[samples.classes()];
        for (int c = 0; c < index.length; c++) {
            String name = samples.classNames().get(c);
            index[c] = modelClasses.indexOf(name);
            if (index[c] < 0 && name.matches("\\d+") && name.length() < 10 && Integer.parseInt(name) < modelClasses.size()) {
                index[c] = Integer.parseInt(name);
            }
            if (index[c] < 0) {
                throw new ModelFileException(samples.name() + " has the class '" + name + "', which model '" + bundle.project().name()
                        + "' does not know: expected one of " + String.join(", ", modelClasses) + ".");
            }
        }
        int[] labels = samples.labels();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = index[labels[i]];
        }
        return labels;
    }
}
