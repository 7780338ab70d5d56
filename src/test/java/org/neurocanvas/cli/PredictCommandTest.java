package org.neurocanvas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code predict} on models trained by {@code train --out} with each kind of head. */
class PredictCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return NeuroCanvasCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** The iris sample with another head and data set, as a project file. */
    private Path project(String units, String loss, String source) throws Exception {
        Path project = dir.resolve(source + ".json");
        Files.writeString(project, Files.readString(Path.of("samples/iris-mlp.json"))
                .replace("\"units\": 3", "\"units\": " + units)
                .replace("softmax_cross_entropy", loss)
                .replace("\"source\": \"iris\"", "\"source\": \"" + source + "\""));
        return project;
    }

    private List<String> predict(Path project, String samples) throws Exception {
        Path model = dir.resolve("model.ncmodel");
        assertEquals(0, run("train", project.toString(), "--epochs", "2", "--out", model.toString()), err.toString());
        Path input = dir.resolve("samples.csv");
        Files.writeString(input, samples);
        Path predictions = dir.resolve("predictions.csv");
        assertEquals(0, run("predict", model.toString(), "--input", input.toString(), "--output", predictions.toString()), err.toString());
        return Files.readAllLines(predictions);
    }

    @Test
    void aRegressionWritesOneValueColumn() throws Exception {
        List<String> rows = predict(project("1", "mean_squared_error", "diabetes"),
                "0.038,0.050,0.061,0.021,-0.044,-0.034,-0.043,-0.002,0.019,-0.017\n"
                        + "-0.001,-0.044,-0.051,-0.026,-0.008,-0.019,0.074,-0.039,-0.068,-0.092\n");
        assertEquals(3, rows.size(), rows.toString());
        assertEquals("value", rows.get(0));
        for (String row : rows.subList(1, 3)) {
            assertTrue(Double.isFinite(Double.parseDouble(row)), row);
        }
    }

    @Test
    void aSingleSigmoidLogitWritesBothClassesProbabilities() throws Exception {
        Path project = dir.resolve("spiral.json");
        Files.writeString(project, Files.readString(Path.of("samples/spiral-mlp.json"))
                .replace("\"units\": 3", "\"units\": 1")
                .replace("\"classes\": 3", "\"classes\": 2")
                .replace("softmax_cross_entropy", "binary_cross_entropy"));
        List<String> rows = predict(project, "x,y\n0.5,0.25\n-1,0.75\n");
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(3, rows.get(0).split(",").length, rows.get(0));
        for (String row : rows.subList(1, 3)) {
            String[] cells = row.split(",");
            double p0 = Double.parseDouble(cells[1]);
            double p1 = Double.parseDouble(cells[2]);
            assertEquals(1, p0 + p1, 1e-6, row);
            assertEquals(rows.get(0).split(",")[p1 > p0 ? 2 : 1], cells[0], row);
        }
    }
}
