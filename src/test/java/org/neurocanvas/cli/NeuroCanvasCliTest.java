package org.neurocanvas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;

class NeuroCanvasCliTest {

    private static final String SAMPLE = "samples/spiral-mlp.json";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return NeuroCanvasCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void summaryPrintsTheTable() {
        assertEquals(0, run("summary", SAMPLE));
        assertTrue(out.toString().contains("dense_2 (Dense)"), out.toString());
        assertTrue(out.toString().contains("Total params: 4,547"), out.toString());
    }

    @Test
    void theSpiralSampleLearnsWithSeedOne() {
        assertEquals(0, run("train", SAMPLE, "--seed", "1"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("epoch 12/100  loss="), text);
        Matcher m = Pattern.compile("final: val_acc=(\\d\\.\\d+)").matcher(text);
        assertTrue(m.find(), text);
        assertTrue(Double.parseDouble(m.group(1)) >= 0.95, "final validation accuracy " + m.group(1));
        assertTrue(text.contains("macro avg"), "the validation classification report is printed: " + text);
        assertTrue(text.strip().lines().reduce((a, b) -> b).orElseThrow().startsWith("final: "), "the last line is the final one");
    }

    @Test
    void aMissingFileIsOneSentence() {
        assertEquals(1, run("summary", "nowhere.json"));
        assertEquals("nowhere.json: no such file.", err.toString().trim());
    }

    @Test
    void anUntrainableNetworkSaysWhy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Project p = ProjectIO.read(Path.of(SAMPLE));
        new CommandStack(p).execute(new ChangeSetting("dense_3", "units", 2));
        ProjectIO.write(p, file);
        assertEquals(1, run("train", file.toString(), "--epochs", "1"));
        assertEquals("The network cannot be trained yet: output_1 receives 2 class scores but the data set has 3 classes: "
                + "set units of dense_3 to 3.", err.toString().trim());
    }

    @Test
    void badArgumentsAreOneSentenceAndExitTwo() {
        assertEquals(2, run("train", SAMPLE, "--epochs", "many"));
        String text = err.toString().trim();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains("'many'"), text);
        assertEquals(2, run("fly"));
    }

    @Test
    void everySubcommandExplainsItselfOnHelp() {
        for (String command : List.of("summary", "train", "evaluate", "predict", "export", "bench")) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(command, "--help"), err.toString());
            assertTrue(out.toString().startsWith("Usage: neurocanvas " + command), out.toString());
        }
    }

    @Test
    void anotherCsvOfAnotherWidthSwapsIn(@TempDir Path dir) throws Exception {
        // Six features; the class is which of the first three is largest: learnable, and wider than iris.
        StringBuilder csv = new StringBuilder("a,b,c,d,e,f,kind\n");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 300; i++) {
            double[] v = random.doubles(6).toArray();
            int best = v[0] > v[1] ? (v[0] > v[2] ? 0 : 2) : (v[1] > v[2] ? 1 : 2);
            for (double x : v) {
                csv.append(String.format(java.util.Locale.ROOT, "%.4f,", x));
            }
            csv.append(List.of("red", "green", "blue").get(best)).append('\n');
        }
        Path file = dir.resolve("wide.csv");
        Files.writeString(file, csv);
        assertEquals(0, run("train", "samples/iris-mlp.json", "--data", file.toString(), "--label", "kind", "--epochs", "60"), err.toString());
        Matcher m = Pattern.compile("final: val_acc=(\\d\\.\\d+)").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        assertTrue(Double.parseDouble(m.group(1)) >= 0.8, out.toString());
    }

    @Test
    void theIrisSampleLearns() {
        assertEquals(0, run("train", "samples/iris-mlp.json"), err.toString());
        Matcher m = Pattern.compile("final: val_acc=(\\d\\.\\d+)").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        assertTrue(Double.parseDouble(m.group(1)) >= 0.93, out.toString());
    }

    @Test
    void aMissingDataFileIsOneSentence() {
        assertEquals(1, run("train", "samples/iris-mlp.json", "--data", "nowhere.csv"));
        assertTrue(err.toString().trim().startsWith("nowhere.csv"), err.toString());
        assertEquals(1, err.toString().trim().lines().count(), err.toString());
    }

    @Test
    void trainSaveThenPredictAndExport(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("iris.ncmodel");
        assertEquals(0, run("train", "samples/iris-mlp.json", "--epochs", "20", "--out", model.toString()), err.toString());
        assertTrue(out.toString().contains("saved: "), out.toString());
        Path input = dir.resolve("flowers.csv");
        Files.writeString(input, "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n6.7,3.0,5.2,2.3\n");
        Path predictions = dir.resolve("predictions.csv");
        assertEquals(0, run("predict", model.toString(), "--input", input.toString(), "--output", predictions.toString()), err.toString());
        List<String> rows = Files.readAllLines(predictions);
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("predicted,"), rows.get(0));
        assertTrue(rows.get(1).startsWith("setosa,"), rows.toString());
        assertTrue(rows.get(2).startsWith("virginica,"), rows.toString());
        Path onnx = dir.resolve("iris.onnx");
        assertEquals(0, run("export", model.toString(), "--format", "onnx", "--out", onnx.toString()), err.toString());
        assertTrue(Files.size(onnx) > 0);
        assertEquals(0, run("export", model.toString(), "--format", "pytorch", "--out", dir.resolve("iris.py").toString()), err.toString());
        assertTrue(Files.readString(dir.resolve("iris.py")).contains("nn.Module"));
    }

    @Test
    void aBadBundleIsOneSentence(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("fake.ncmodel");
        Files.writeString(fake, "not a zip");
        assertEquals(1, run("export", fake.toString(), "--format", "onnx", "--out", dir.resolve("x.onnx").toString()));
        assertTrue(err.toString().trim().startsWith("fake.ncmodel"), err.toString());
        assertEquals(1, err.toString().trim().lines().count(), err.toString());
    }

    @Test
    void theLstmLearnsParityByReadingTheSequence() {
        assertEquals(0, run("train", "samples/lstm-sequence.json"), err.toString());
        Matcher m = Pattern.compile("final: val_acc=(\\d\\.\\d+)").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        assertTrue(Double.parseDouble(m.group(1)) >= 0.95, out.toString());
    }

    @Test
    void theMnistCnnReaches97PercentOnRealDigitsInThreeEpochs() {
        assertEquals(0, run("train", "samples/mnist-cnn.json"), err.toString());
        assertTrue(out.toString().contains("epoch 3/3 "), out.toString());
        Matcher m = Pattern.compile("final: val_acc=(\\d\\.\\d+)").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        assertTrue(Double.parseDouble(m.group(1)) >= 0.97, out.toString());
    }

    @Test
    void theTransformerEncoderLearnsWhichTokenComesFirst() {
        assertEquals(0, run("train", "samples/transformer-encoder.json", "--epochs", "6"), err.toString());
        Matcher m = Pattern.compile("final: val_acc=(\\d\\.\\d+)").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        assertTrue(Double.parseDouble(m.group(1)) >= 0.95, out.toString());
    }

    @Test
    void aRegressionReportsErrorsAndExplainedVariance(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("diabetes.json");
        Files.writeString(project, Files.readString(Path.of("samples/iris-mlp.json"))
                .replace("\"units\": 3", "\"units\": 1")
                .replace("softmax_cross_entropy", "mean_squared_error")
                .replace("\"source\": \"iris\"", "\"source\": \"diabetes\""));
        Path model = dir.resolve("diabetes.ncmodel");
        assertEquals(0, run("train", project.toString(), "--epochs", "60", "--out", model.toString()), err.toString());
        assertTrue(out.toString().contains("epoch 60/60  loss="), out.toString());
        assertFalse(out.toString().contains("acc="), "a regression has no accuracy: " + out);
        Matcher m = Pattern.compile("samples=\\d+  mse=.* r2=(-?\\d\\.\\d+)").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        assertTrue(Double.parseDouble(m.group(1)) > 0.3, out.toString());
        String trained = m.group();
        assertEquals(0, run("evaluate", model.toString()), err.toString());
        assertTrue(out.toString().endsWith(trained + System.lineSeparator()), "evaluate repeats the validation figures: " + out);
    }

    @Test
    void theBenchmarkPrintsReadableResults() {
        assertEquals(0, run("bench", "--models", "tiny,mlp", "--epochs", "1", "--samples", "640"), err.toString());
        assertTrue(out.toString().matches("(?s).*RESULT tiny \\d+.*"), out.toString());
        assertTrue(out.toString().matches("(?s).*RESULT mlp \\d+.*"), out.toString());
        assertEquals(0, run("bench", "--models", "transformer,autoencoder", "--epochs", "1", "--samples", "64"), err.toString());
        assertTrue(out.toString().matches("(?s).*RESULT transformer \\d+.*RESULT autoencoder \\d+.*"), out.toString());
        assertEquals(2, run("bench", "--models", "gpt"));
    }

    @Test
    void aVocabularyTooSmallForTheTokenIdsSaysWhyBeforeTraining(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small-vocabulary.json");
        Project p = ProjectIO.read(Path.of("samples/transformer-encoder.json"));
        new CommandStack(p).execute(new ChangeSetting("embedding_1", "vocabulary", 5));
        ProjectIO.write(p, file);
        assertEquals(1, run("train", file.toString(), "--epochs", "1"));
        assertEquals("The network cannot be trained yet: embedding_1's vocabulary is 5, but a-before-b's token ids run 0 to 8: "
                + "set vocabulary to at least 9.", err.toString().trim());
        assertEquals("", out.toString(), "no epoch starts");
    }
}
