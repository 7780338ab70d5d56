package org.neurocanvas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.neurocanvas.compile.CompileException;
import org.neurocanvas.compile.DataPipeline;
import org.neurocanvas.data.CsvLoader;
import org.neurocanvas.data.CsvOptions;
import org.neurocanvas.data.DataFileException;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;
import org.neurocanvas.train.ClassificationReport;
import org.neurocanvas.train.Predictions;
import org.neurocanvas.train.RegressionReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Measures a saved model on labelled data: a CSV file, or the validation split of the data it was
 * trained on, which the bundle's project names and seeds.
 */
@Command(name = "evaluate", description = "Measure a saved model on labelled data: accuracy, per-class precision, recall and F1, "
        + "and the confusion matrix.")
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model bundle (.ncmodel) written by train --out.")
    Path model;

    @Option(names = "--data", paramLabel = "FILE", description = "A labelled CSV file with the model's features and a class column "
            + "(default: the validation split of the model's own training data).")
    Path data;

    @Option(names = "--label", paramLabel = "COLUMN", description = "The CSV column that holds the class (default: the last).")
    String label;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (label != null && data == null) {
            err.println("--label names a column of the file given with --data, and there is none.");
            return 2;
        }
        try {
            ModelBundle bundle = ModelBundle.read(model);
            Dataset samples = data != null ? fromFile(bundle) : validationSplit(bundle);
            if (samples == null) {
                err.println("Model '" + bundle.project().name() + "' was trained without a validation split, so none of its data was held "
                        + "out: give a labelled file with --data.");
                return 2;
            }
            String source = data != null ? data.getFileName().toString() : "the validation split of " + samples.name();
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

    /** The CSV file, each row shaped as the model's input. */
    private Dataset fromFile(ModelBundle bundle) throws DataFileException, ModelFileException {
        CsvOptions options = (label == null ? CsvOptions.defaults() : CsvOptions.defaults().labelColumn(label))
                .regression(DataSpec.REGRESSION.equals(bundle.project().data().task()));
        int[] shape = bundle.inputShape().dims();
        Dataset file = CsvLoader.load(data, shape.length > 1 ? options.sampleShape(shape) : options);
        if (DataSpec.RECONSTRUCTION.equals(bundle.project().data().task())) {
            file = file.reconstruction();
        }
        if (file.featureCount() != bundle.inputShape().size()) {
            throw new ModelFileException(data.getFileName() + " has " + file.featureCount() + " feature columns besides the class, but model '"
                    + bundle.project().name() + "' takes " + bundle.inputShape().size() + " (input shape " + bundle.inputShape().text() + ").");
        }
        return file;
    }

    /** The samples training held out, split again with the project's seed; null when it held out none. */
    private static Dataset validationSplit(ModelBundle bundle) throws CompileException {
        Project project = bundle.project();
        if (project.training().validationSplit() == 0) {
            return null;
        }
        return DataPipeline.load(project).split(project.training().validationSplit(), project.training().seed()).validation();
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
