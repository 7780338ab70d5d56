package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectIOTest {

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEverything() throws Exception {
        Project p = Fixtures.spiralMlp().project();
        Path file = dir.resolve("net.json");
        ProjectIO.write(p, file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"format\" : \"neurocanvas-project\""));
        assertTrue(text.contains("\"version\" : 1"));
        Project back = ProjectIO.read(file);
        assertEquals(p.data(), back.data());
        assertEquals(p.training(), back.training());
        assertEquals(p.graph().edges(), back.graph().edges());
        for (LayerNode n : p.graph().nodes()) {
            LayerNode m = back.graph().node(n.id());
            assertEquals(n.settings(), m.settings());
            assertEquals(n.kind(), m.kind());
        }
        ProjectIO.write(back, file);
        assertEquals(text, Files.readString(file), "writing what was read gives the same bytes");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void theShippedSampleLoadsAndIsValid() throws Exception {
        Project p = ProjectIO.read(Path.of("samples/spiral-mlp.json"));
        assertTrue(p.analyse().isValid(), () -> p.analyse().problems().toString());
        assertEquals(4547, p.analyse().totalParameters());
        assertEquals("spiral", p.data().source());
    }

    @Test
    void brokenJsonNamesTheFileAndLine() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"format\": \"neurocanvas-project\",\n  \"version\": 1,\n  \"layers\": [ { \"id\": \"a\" \n}");
        String msg = assertThrows(ProjectFileException.class, () -> ProjectIO.read(file)).getMessage();
        assertTrue(msg.startsWith("broken.json line 5, column 2: Unexpected end-of-input: expected close marker for Array."), msg);
    }

    @Test
    void wrongContentGetsASentence() throws Exception {
        assertEquals("missing.json: no such file.", readError("missing.json", null));
        assertEquals("other.json: expected \"format\": \"neurocanvas-project\", found \"keras\". Is this a NeuroCanvas project?",
                readError("other.json", "{\"format\":\"keras\",\"version\":1}"));
        assertEquals("future.json: written by a newer NeuroCanvas (project version 9; this one reads up to version 1): update NeuroCanvas to open it.",
                readError("future.json", "{\"format\":\"neurocanvas-project\",\"version\":9}"));
        String base = "{\"format\":\"neurocanvas-project\",\"version\":1,"
                + "\"data\":{\"source\":\"spiral\",\"samples\":100,\"classes\":3,\"noise\":0.1,\"seed\":1},"
                + "\"training\":{\"optimizer\":\"adam\",\"learningRate\":0.01,\"batchSize\":8,\"epochs\":1,\"seed\":1,\"validationSplit\":0.2},";
        assertEquals("kind.json: $.graph.nodes[0].kind: Unknown layer kind 'Conv9D': expected one of Input, Dense, Embedding, Flatten, Dropout, "
                + "Conv2D, Conv1D, Conv2DTranspose, DepthwiseConv2D, ZeroPadding2D, MaxPool2D, AvgPool2D, GlobalAveragePool2D, GlobalMaxPool2D, "
                + "UpSampling2D, BatchNorm, LayerNorm, SimpleRNN, GRU, LSTM, PositionalEncoding, MultiHeadAttention, Add, Multiply, Concatenate, "
                + "Activation, Output.",
                readError("kind.json", base + "\"graph\":{\"nodes\":[{\"id\":\"c\",\"kind\":\"Conv9D\"}]}}"));
        assertEquals("units.json: $.graph.nodes[1].settings.units: Setting 'units' of d expects a whole number from 1 to 65536, found -4.",
                readError("units.json", base + "\"graph\":{\"nodes\":[{\"id\":\"i\",\"kind\":\"Input\"},"
                        + "{\"id\":\"d\",\"kind\":\"Dense\",\"settings\":{\"units\":-4}}]}}"));
        assertEquals("wire.json: $.graph.edges[0].from: expected the name of a layer, found 'a'.",
                readError("wire.json", base + "\"graph\":{\"nodes\":[],\"edges\":[{\"from\":\"a\",\"to\":\"b\"}]}}"));
        assertEquals("twice.json: $.graph.nodes[1].id: expected a name no other layer has, found 'a' twice.",
                readError("twice.json", base + "\"graph\":{\"nodes\":[{\"id\":\"a\",\"kind\":\"Input\"},{\"id\":\"a\",\"kind\":\"Input\"}]}}"));
        assertEquals("zero.json: $.version: expected a version from 1 to 1, found 0.",
                readError("zero.json", "{\"format\":\"neurocanvas-project\",\"version\":0}"));
        assertEquals("nograph.json: $.graph: expected a graph section with nodes and edges.", readError("nograph.json", base + "\"name\":\"x\"}"));
        assertEquals("newer.json line 1, column 240: $.graph.nodes[0].colour: unknown field 'colour' (written by a newer NeuroCanvas?).",
                readError("newer.json", base + "\"graph\":{\"nodes\":[{\"id\":\"a\",\"colour\":\"red\"}]}}")
                        .replaceAll("column \\d+", "column 240"));
        String badTraining = base.replace("\"batchSize\":8", "\"batchSize\":0");
        assertEquals("train.json line 1, column 228: $.training: Training setting 'batchSize' must be at least 1, found 0.",
                readError("train.json", badTraining + "\"graph\":{}}").replaceAll("column \\d+", "column 228"));
    }

    /** A version 1 file as an older NeuroCanvas wrote it: no view, and training without schedule, regularisation or clipping. */
    private static final String OLD_FILE = "{\"format\":\"neurocanvas-project\",\"version\":1,\"name\":\"old\","
            + "\"data\":{\"source\":\"spiral\",\"samples\":100,\"classes\":3,\"noise\":0.1,\"seed\":1},"
            + "\"training\":{\"optimizer\":\"adam\",\"learningRate\":0.01,\"batchSize\":8,\"epochs\":1,\"seed\":1,\"validationSplit\":0.2},"
            + "\"graph\":{\"nodes\":[{\"id\":\"c\",\"kind\":\"Conv\"}],\"edges\":[]}}";

    @Test
    void anOlderFileTrainsAsItDid() throws Exception {
        Project p = ProjectIO.fromJson(OLD_FILE.replace("Conv", "Input"), "old.json");
        assertEquals(new TrainingSpec("adam", 0.01, 8, 1, 1, 0.2), p.training());
        assertEquals("constant", p.training().schedule());
        assertTrue(p.view().isEmpty());
        assertFalse(ProjectIO.toJson(p).contains("\"view\""), "no view block appears that the file did not have");
    }

    @Test
    void scheduleRegularisationClippingAndViewSurviveSaving() throws Exception {
        Project p = Fixtures.spiralMlp().project();
        TrainingSpec training = p.training().withSchedule("cosine", 4, 0.2, 3).withRegularisation(1e-4, 0.01).withClipping(1.0, 0.5);
        new ChangeTraining(training, p.data(), "schedule").execute(p);
        p.setView(new ViewSpec(1.5, 120, -40));
        Project back = ProjectIO.fromJson(ProjectIO.toJson(p), "net.json");
        assertEquals(training, back.training());
        assertEquals(new ViewSpec(1.5, 120, -40), back.view().orElseThrow());
        assertEquals("view.json: $.view: View setting 'zoom' must be a number above 0, found 0.0.",
                assertThrows(ProjectFileException.class, () -> ProjectIO.fromJson(
                        ProjectIO.toJson(p).replace("\"zoom\" : 1.5", "\"zoom\" : 0"), "view.json")).getMessage()
                        .replaceAll(" line \\d+, column \\d+", ""));
    }

    @Test
    void theHistoryOfRunsIsSavedWithTheProject() throws Exception {
        Project p = Fixtures.spiralMlp().project();
        assertFalse(ProjectIO.toJson(p).contains("\"history\""), "no history block before the first run");
        RunRecord run = new RunRecord("2026-11-29T08:00:00Z", 12.5, RunRecord.Outcome.STOPPED_EARLY, null, 7,
                Map.of("optimizer", "adam"), List.of(new RunRecord.Epoch(1, 0.9, null, 1.1, null, 0.001)),
                Map.of("loss", 0.9, "val_loss", 1.1));
        p.addRun(run);
        assertEquals(List.of(run), ProjectIO.fromJson(ProjectIO.toJson(p), "net.json").history());
    }

    @Test
    void anOlderVersionIsMigratedBeforeItIsRead() throws Exception {
        // A made-up version 2 in which the layer kind Conv was renamed Conv2D.
        Migrations renameConv = new Migrations(List.of(json -> {
            json.withArray("/graph/nodes").forEach(n -> ((ObjectNode) n).put("kind", "Conv2D"));
            return json;
        }));
        Project p = ProjectIO.fromJson(OLD_FILE, "old.json", renameConv);
        assertEquals(Catalog.CONV2D, p.graph().node("c").kind());
        assertEquals("new.json: written by a newer NeuroCanvas (project version 3; this one reads up to version 2): update NeuroCanvas to open it.",
                assertThrows(ProjectFileException.class, () -> ProjectIO.fromJson(OLD_FILE.replace("\"version\":1", "\"version\":3"), "new.json",
                        renameConv)).getMessage());
        assertEquals(ProjectFile.VERSION, Migrations.PROJECT.current(), "the shipped migrations end at the version this NeuroCanvas writes");
    }

    private String readError(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        if (content != null) {
            Files.writeString(file, content);
        }
        return assertThrows(ProjectFileException.class, () -> ProjectIO.read(file)).getMessage();
    }
}
