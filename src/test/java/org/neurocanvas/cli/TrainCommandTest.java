package org.neurocanvas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.export.TrainingHistory;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.train.Metrics;

/** {@code train --checkpoint}: the best epoch's model, kept on disk as the run goes. */
class TrainCommandTest {

    private static final Pattern EPOCH = Pattern.compile("epoch (\\d+)/\\d+ .* val_loss=([0-9.]+)");
    private static final Pattern CHECKPOINT = Pattern.compile("checkpoint: epoch (\\d+)  val_loss=([0-9.]+)  saved: (.*)");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return NeuroCanvasCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theCheckpointHoldsTheBestEpochNotTheLast() throws Exception {
        // Iris at ten times its learning rate: the validation loss is lowest long before the last epoch.
        Path project = dir.resolve("iris-fast.json");
        Files.writeString(project, Files.readString(Path.of("samples/iris-mlp.json")).replace("\"learningRate\": 0.01", "\"learningRate\": 0.1"));
        Path best = dir.resolve("iris-best.ncmodel");
        Path last = dir.resolve("iris-last.ncmodel");
        assertEquals(0, run("train", project.toString(), "--epochs", "60", "--checkpoint", best.toString(), "--out", last.toString()),
                err.toString());

        Map<Integer, Double> valLoss = new HashMap<>();
        int bestEpoch = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (String line : out.toString().lines().toList()) {
            Matcher epoch = EPOCH.matcher(line);
            if (epoch.find() && !line.startsWith("checkpoint")) {
                valLoss.put(Integer.parseInt(epoch.group(1)), Double.parseDouble(epoch.group(2)));
            }
            Matcher saved = CHECKPOINT.matcher(line);
            if (saved.matches()) {
                int e = Integer.parseInt(saved.group(1));
                assertEquals(valLoss.get(e), Double.parseDouble(saved.group(2)), "a checkpoint line follows its epoch's line: " + line);
                assertTrue(valLoss.get(e) <= lowest, "only an epoch better than all before it is kept: " + line);
                assertEquals(best.toString(), saved.group(3));
                lowest = valLoss.get(e);
                bestEpoch = e;
            }
        }
        assertEquals(60, valLoss.size(), out.toString());
        assertTrue(bestEpoch > 1 && bestEpoch < 60, "the run overshoots, so its best epoch is neither the first nor the last: " + out);

        // Both bundles reload and predict the validation loss of their own epoch.
        Dataset validation = Compiler.compile(ProjectIO.read(project)).data().validation();
        ModelBundle kept = ModelBundle.read(best);
        assertEquals(valLoss.get(bestEpoch), Metrics.of(kept.network(), validation).loss(), 5e-5);
        assertEquals(valLoss.get(60), Metrics.of(ModelBundle.read(last).network(), validation).loss(), 5e-5);
        assertNotEquals(valLoss.get(bestEpoch), valLoss.get(60));
        List<TrainingHistory.Epoch> history = kept.history().orElseThrow().epochs();
        assertEquals(bestEpoch, history.get(history.size() - 1).epoch(), "the kept history ends at the kept epoch");
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file is left beside the bundles");
        }
    }

    @Test
    void aRunWithoutValidationSetRefusesACheckpoint() throws Exception {
        Path project = dir.resolve("iris-all.json");
        Files.writeString(project, Files.readString(Path.of("samples/iris-mlp.json")).replace("\"validationSplit\": 0.3", "\"validationSplit\": 0.0"));
        Path best = dir.resolve("best.ncmodel");
        assertEquals(1, run("train", project.toString(), "--epochs", "2", "--checkpoint", best.toString()));
        assertEquals("--checkpoint keeps the epoch with the lowest validation loss, but this run has no validation set: "
                + "set the project's validation split above 0." + System.lineSeparator(), err.toString());
        assertFalse(Files.exists(best));
    }

    @Test
    void anIdColumnOfTheDataIsLeftOutWithExclude() throws Exception {
        StringBuilder csv = new StringBuilder("id,a,b,kind\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i == 7 ? "" : "p" + i).append(',').append(i % 3).append(',').append(i % 4).append(',').append("xyz".charAt(i % 3))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("people.csv"), csv);
        assertEquals(1, run("train", "samples/iris-mlp.json", "--data", file.toString(), "--epochs", "1"));
        assertEquals("people.csv line 9, column 'id': expected a value, found an empty field (missing values can be dropped or filled "
                + "with the mean).", err.toString().trim());
        err.getBuffer().setLength(0);
        assertEquals(0, run("train", "samples/iris-mlp.json", "--data", file.toString(), "--exclude", "id", "--epochs", "2"), err.toString());
        assertTrue(out.toString().contains("epoch 2/2"), out.toString());
        assertEquals(1, run("train", "samples/iris-mlp.json", "--exclude", "id"));
        assertEquals("--exclude names a column of the file given with --data, and there is none.", err.toString().trim());
    }

    @Test
    void aTestPartIsReportedUnderItsOwnHeadingAfterTraining() {
        assertEquals(0, run("train", "samples/iris-mlp.json", "--epochs", "30", "--test", "0.2"), err.toString());
        String text = out.toString();
        int validation = text.indexOf("Validation set:");
        int test = text.indexOf("Test set (30 samples held back from training and validation):");
        assertTrue(validation > 0 && test > validation, text);
        assertTrue(text.indexOf("macro avg", test) > test, "the test part has its own classification report: " + text);
        assertTrue(text.indexOf("final: ", test) > test, text);
    }
}
