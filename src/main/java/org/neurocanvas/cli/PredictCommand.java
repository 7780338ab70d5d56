package org.neurocanvas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.export.NeuroCanvasModel;
import org.neurocanvas.export.PredictionCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a saved model on a file of samples and writes each sample's class and probabilities, or its predicted values. */
@Command(name = "predict", description = "Predict the class (or, for a regression, the values) of each sample of a file with a saved model.")
final class PredictCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model bundle (.ncmodel) written by train --out.")
    Path model;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Samples, one per line, comma separated (a header line is skipped).")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the predictions (CSV: the class, then each class's probability; or the predicted values).")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            NeuroCanvasModel m = NeuroCanvasModel.load(model);
            float[][] samples = PredictionCsv.readSamples(input, m.featureCount());
            PredictionCsv.write(output, m, m.predict(samples));
            spec.commandLine().getOut().println("predicted " + samples.length + " samples into " + output);
            return 0;
        } catch (ModelFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
