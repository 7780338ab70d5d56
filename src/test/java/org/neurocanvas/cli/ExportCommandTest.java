package org.neurocanvas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format keras} and {@code --format pytorch-train} on a model trained by {@code train --out}. */
class ExportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return NeuroCanvasCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aTrainedModelExportsAsKerasCodeAndAsAPyTorchTrainingFolder() throws Exception {
        Path model = dir.resolve("spiral.ncmodel");
        assertEquals(0, run("train", "samples/spiral-mlp.json", "--epochs", "1", "--out", model.toString()), err.toString());

        Path keras = dir.resolve("spiral_keras.py");
        assertEquals(0, run("export", model.toString(), "--format", "keras", "--out", keras.toString()), err.toString());
        assertTrue(Files.readString(keras).contains("    dense_1 = layers.Dense("), Files.readString(keras));

        Path folder = dir.resolve("spiral-train");
        assertEquals(0, run("export", model.toString(), "--format", "pytorch-train", "--out", folder.toString()), err.toString());
        assertTrue(out.toString().contains("exported " + model + " as pytorch-train to " + folder), out.toString());
        try (var files = Files.list(folder)) {
            assertEquals(List.of("model.py", "train.py", "train_features.npy", "train_labels.npy", "validation_features.npy",
                    "validation_labels.npy"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anUnknownFormatListsTheFormats() {
        assertEquals(2, run("export", "model.ncmodel", "--format", "tensorflow", "--out", dir.resolve("x").toString()));
        assertEquals("Invalid value for option '--format': expected one of onnx, pytorch, keras, pytorch-train, found 'tensorflow'. "
                + "See 'neurocanvas export --help'.", err.toString().strip());
    }

    @Test
    void aRegressionExportsAsATrainingFolderWithFloatTargets() throws Exception {
        Path project = dir.resolve("diabetes.json");
        Files.writeString(project, Files.readString(Path.of("samples/iris-mlp.json"))
                .replace("\"units\": 3", "\"units\": 1")
                .replace("softmax_cross_entropy", "mean_squared_error")
                .replace("\"source\": \"iris\"", "\"source\": \"diabetes\""));
        Path model = dir.resolve("diabetes.ncmodel");
        assertEquals(0, run("train", project.toString(), "--epochs", "1", "--out", model.toString()), err.toString());
        Path folder = dir.resolve("diabetes-train");
        assertEquals(0, run("export", model.toString(), "--format", "pytorch-train", "--out", folder.toString()), err.toString());
        try (var files = Files.list(folder)) {
            assertEquals(List.of("model.py", "scaler_factor.npy", "scaler_shift.npy", "train.py", "train_features.npy", "train_targets.npy",
                    "validation_features.npy", "validation_targets.npy"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(folder.resolve("train.py")).contains("LOSS = nn.MSELoss()"), Files.readString(folder.resolve("train.py")));
    }

    @Test
    void dataThatCannotBeReadAgainIsOneSentenceAndNothingIsWritten() throws Exception {
        Path csv = dir.resolve("flowers.csv");
        Files.copy(Path.of("samples/data/iris.csv"), csv);
        Path project = dir.resolve("flowers.json");
        Files.writeString(project, Files.readString(Path.of("samples/iris-mlp.json"))
                .replace("\"source\": \"iris\"", "\"source\": \"csv\", \"path\": \"flowers.csv\", \"label\": \"species\""));
        Path model = dir.resolve("flowers.ncmodel");
        assertEquals(0, run("train", project.toString(), "--epochs", "1", "--out", model.toString()), err.toString());
        Files.delete(csv);
        Path folder = dir.resolve("flowers-train");
        assertEquals(1, run("export", model.toString(), "--format", "pytorch-train", "--out", folder.toString()));
        assertTrue(err.toString().strip().startsWith("The training data of flowers.ncmodel cannot be exported: "), err.toString());
        assertTrue(err.toString().contains("flowers.csv"), err.toString());
        assertFalse(Files.exists(folder));
    }
}
