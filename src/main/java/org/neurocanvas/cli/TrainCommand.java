package org.neurocanvas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.neurocanvas.compile.CompileException;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.compile.DataPipeline;
import org.neurocanvas.data.DataFileException;
import org.neurocanvas.data.DataFormat;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.ImportPreview;
import org.neurocanvas.engine.Program;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.export.TrainingHistory;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.TrainingSpec;
import org.neurocanvas.model.layers.InputKind;
import org.neurocanvas.train.Predictions;
import org.neurocanvas.train.RegressionReport;
import org.neurocanvas.train.Trainer;
import org.neurocanvas.train.TrainingEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Trains a project and prints one line per epoch, then the figures on the validation part and on
 * the test part, when the project holds them back or names a test file. In a
 * terminal a progress bar is redrawn in place between the epoch lines.
 */
@Command(name = "train", description = "Train the project's network on its data and print one line per epoch.")
final class TrainCommand implements Callable<Integer> {

    @Mixin
    ProjectArgument project;

    @Option(names = "--seed", description = "Seed for weights, split and shuffling (default: the project's).")
    Long seed;

    @Option(names = "--epochs", description = "Number of epochs (default: the project's).")
    Integer epochs;

    @Option(names = "--data", paramLabel = "PATH", description = "Train on this data instead of the project's: a CSV file, IDX images "
            + "(their labels found beside them), a CIFAR-10 batch or a folder of them, or a folder of images with one sub-folder per class "
            + "(resized to the Input's shape, or else to the first image's). An Input of shape 'auto' takes the samples' shape.")
    Path data;

    @Option(names = "--label", paramLabel = "COLUMN", description = "The CSV column that holds the class (default: the last).")
    String label;

    @Option(names = "--exclude", paramLabel = "COLUMN", split = ",",
            description = "Columns of the --data CSV that are not features, such as an id (comma-separated).")
    List<String> exclude;

    @Option(names = "--test", paramLabel = "FRACTION", description = "Hold back this fraction of the samples from training and "
            + "validation, and report the trained network's figures on it at the end (default: the project's data setting 'test').")
    Double test;

    @Option(names = "--test-file", paramLabel = "FILE", description = "Test the trained network on this CSV file, read with the training "
            + "CSV's columns, classes and scaling, instead of holding back a fraction of the samples.")
    Path testFile;

    @Option(names = "--out", paramLabel = "MODEL", description = "Save the trained model as a bundle (.ncmodel) for predict and export.")
    Path modelFile;

    @Option(names = "--checkpoint", paramLabel = "MODEL", description = "Keep the best model so far in this bundle (.ncmodel): "
            + "rewritten, atomically, after each epoch whose validation loss is the lowest yet, so a crash or a stop keeps it.")
    Path checkpoint;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Project p = project.load();
            TrainingSpec t = p.training();
            if (seed != null) {
                t = t.withSeed(seed);
            }
            if (epochs != null) {
                t = t.withEpochs(epochs);
            }
            DataSpec d = p.data();
            if (data != null) {
                d = fromPath(p, d);
            } else if (label != null || exclude != null) {
                throw new IllegalArgumentException((label != null ? "--label" : "--exclude")
                        + " names a column of the file given with --data, and there is none.");
            }
            if (testFile != null) {
                d = withTestFile(d);
            }
            if (test != null) {
                d = d.withTest(test);
            }
            new CommandStack(p).execute(new ChangeTraining(t, d, "training from the command line"));
            if (data != null) {
                checkInput(p);
            }
            Compiler.Compiled c = Compiler.compile(p);
            c.notes().forEach(out::println);
            if (checkpoint != null && c.data().validation().size() == 0) {
                throw new IllegalArgumentException("--checkpoint keeps the epoch with the lowest validation loss, but this run has no "
                        + "validation set: set the project's validation split above 0.");
            }
            Trainer trainer = Compiler.trainer(c, t);
            List<TrainingHistory.Epoch> history = new ArrayList<>();
            long start = System.nanoTime();
            ProgressBar bar = System.console() == null ? null : new ProgressBar(t.batchSize(), c.data().train().size(), start);
            trainer.addListener(e -> {
                if (e instanceof TrainingEvent.BatchEnd b && bar != null) {
                    String redrawn = bar.redraw(b, System.nanoTime());
                    if (redrawn != null) {
                        out.print(redrawn);
                        out.flush();
                    }
                } else if (e instanceof TrainingEvent.EpochEnd end) {
                    history.add(new TrainingHistory.Epoch(end.epoch(), end.loss(), end.accuracy(), end.valLoss(), end.valAccuracy()));
                    String line = Double.isNaN(end.accuracy())
                            ? String.format(Locale.ROOT, "epoch %d/%d  loss=%.4f  val_loss=%.4f", end.epoch(), end.epochs(), end.loss(), end.valLoss())
                            : String.format(Locale.ROOT, "epoch %d/%d  loss=%.4f  acc=%.4f  val_loss=%.4f  val_acc=%.4f",
                            end.epoch(), end.epochs(), end.loss(), end.accuracy(), end.valLoss(), end.valAccuracy());
                    out.println(bar == null ? line : bar.settle(line));
                }
            });
            if (checkpoint != null) {
                trainer.addBestModelListener((end, program) -> {
                    String line = keepBest(p, c, end, program, history, err);
                    if (line != null) {
                        out.println(bar == null ? line : bar.settle(line));
                    }
                });
            }
            TrainingEvent result = trainer.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (bar != null) {
                out.print(bar.clear());
                out.flush();
            }
            if (result instanceof TrainingEvent.Failed f) {
                err.println(f.sentence());
                return 1;
            }
            TrainingEvent.EpochEnd last = ((TrainingEvent.Finished) result).last();
            report(out, "Validation set:", c.program(), c.data().validation());
            report(out, "Test set (" + c.data().test().size() + (d.testFile() != null ? " samples of " + Path.of(d.testFile()).getFileName()
                    : " samples held back from training and validation") + "):", c.program(), c.data().test());
            if (modelFile != null) {
                ModelBundle.write(modelFile, p, c.program(), c.scaler(), c.data().train().classNames(), new TrainingHistory(history));
                out.println("saved: " + modelFile);
            }
            out.println(Double.isNaN(last.accuracy())
                    ? String.format(Locale.ROOT, "final: val_loss=%.4f  loss=%.4f  epochs=%d  time=%.1fs", last.valLoss(), last.loss(), last.epoch(), seconds)
                    : String.format(Locale.ROOT, "final: val_acc=%.4f  val_loss=%.4f  acc=%.4f  loss=%.4f  epochs=%d  time=%.1fs",
                    last.valAccuracy(), last.valLoss(), last.accuracy(), last.loss(), last.epoch(), seconds));
            out.flush();
            return 0;
        } catch (ProjectFileException | CompileException | ModelFileException | DataFileException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /**
     * The data --data names, read as its format says. The project's scaling, task and test fraction
     * stay, and for images its augmentation; a CSV file's label column and the columns it leaves out
     * come from --label and --exclude.
     */
    private DataSpec fromPath(Project p, DataSpec d) throws DataFileException {
        DataFormat format = DataFormat.of(data);
        if (format != DataFormat.CSV && (label != null || exclude != null)) {
            throw new IllegalArgumentException((label != null ? "--label" : "--exclude") + " names a column of a CSV file, but "
                    + data.getFileName() + " is " + format.description() + ".");
        }
        String path = data.toAbsolutePath().toString();
        DataSpec read = switch (format) {
            // Any task fits a CSV, so a regression or an autoencoder stays one.
            case CSV -> new DataSpec("csv", path, null, label, 0, 0, 0, 0, 0, d.scaling(), null, d.task(), null).withExclude(exclude);
            case IDX -> {
                Path[] pair = DataFormat.idxPair(data);
                yield new DataSpec("idx", pair[0].toAbsolutePath().toString(), pair[1].toAbsolutePath().toString(), null, 0, 0, 0, 0, 0,
                        d.scaling(), d.augmentation(), d.task(), null);
            }
            case CIFAR10 -> new DataSpec("cifar10", path, null, null, 0, 0, 0, 0, 0, d.scaling(), d.augmentation(), d.task(), null);
            case IMAGE_FOLDER -> {
                int[] size = fixedInput(p).map(Shape::dims).filter(s -> s.length == 3 && (s[2] == 1 || s[2] == 3))
                        .orElse(ImportPreview.loadShapeOf(data));
                yield DataSpec.images(path, size[0], size[1], size[2]).withScaling(d.scaling()).withAugmentation(d.augmentation())
                        .withTask(d.task());
            }
        };
        return read.withTest(d.test());
    }

    /**
     * The data tested on --test-file rather than on a fraction of it: --test-file takes the place of the project's test
     * fraction; an explicit --test above 0 with it is refused.
     */
    private DataSpec withTestFile(DataSpec d) {
        if (test != null && test > 0) {
            throw new IllegalArgumentException("--test holds back a fraction of the samples to test on and --test-file names a file to "
                    + "test on: give one of them.");
        }
        if (!"csv".equals(d.source())) {
            throw new IllegalArgumentException("--test-file names a CSV file to test on, but the data trained on is '" + d.source()
                    + "', not a CSV file: give the training CSV with --data as well.");
        }
        return d.withTest(0).withTestFile(testFile.toAbsolutePath().toString());
    }

    /** One sentence naming both shapes when the network's fixed Input takes samples of another size than --data holds. */
    private void checkInput(Project p) {
        Optional<Shape> holds = DataPipeline.sampleShape(p);
        Optional<Shape> takes = fixedInput(p);
        if (holds.isPresent() && takes.isPresent() && holds.get().size() != takes.get().size()) {
            throw new IllegalArgumentException(data.getFileName() + " holds samples of shape " + holds.get().text() + ", but the network's "
                    + p.analyse().input().orElseThrow().id() + " takes shape " + takes.get().text() + ": set its shape to auto.");
        }
    }

    /** The shape the network's Input is set to; empty when it is 'auto' (it takes the data's) or there is no Input. */
    private static Optional<Shape> fixedInput(Project p) {
        Optional<LayerNode> input = p.analyse().input();
        String text = input.map(node -> String.valueOf(node.setting(InputKind.SHAPE)).trim()).orElse(InputKind.AUTO);
        try {
            return InputKind.AUTO.equals(text) ? Optional.empty() : Optional.of(Shape.parse(text));
        } catch (IllegalArgumentException e) {
            // The compile names a shape that does not read in a sentence of its own.
            return Optional.empty();
        }
    }

    /** The figures of the trained network on one held-back part, under its heading; nothing for an empty part. */
    private static void report(PrintWriter out, String heading, Program program, Dataset part) {
        if (part.size() == 0) {
            return;
        }
        out.println();
        out.println(heading);
        out.print(part.isClassification() ? Predictions.of(program, part).report(part).render() : RegressionReport.of(program, part).render());
        out.println();
    }

    /**
     * Writes the network of the best epoch so far to the checkpoint, with the history up to it; the
     * line to print, or null when the file could not be written (said on {@code err}; training goes on).
     */
    private String keepBest(Project p, Compiler.Compiled c, TrainingEvent.EpochEnd end, Program program,
                            List<TrainingHistory.Epoch> history, PrintWriter err) {
        try {
            ModelBundle.write(checkpoint, p, program, c.scaler(), c.data().train().classNames(), new TrainingHistory(List.copyOf(history)));
            return String.format(Locale.ROOT, "checkpoint: epoch %d  val_loss=%.4f  saved: %s", end.epoch(), end.valLoss(), checkpoint);
        } catch (ModelFileException e) {
            err.println("The best model of epoch " + end.epoch() + " was not kept: " + e.getMessage());
            return null;
        }
    }
}
