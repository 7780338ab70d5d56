package org.neurocanvas.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.export.TrainingHistory;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.train.Trainer;
import org.neurocanvas.train.TrainingEvent;

class ModelExportTest {

    private static ModelBundle trained;

    @BeforeAll
    static void trainTheSpiralForAnEpoch() throws Exception {
        Project project = ProjectIO.read(Path.of("samples/spiral-mlp.json"));
        Compiler.Compiled c = Compiler.compile(project);
        Trainer trainer = Compiler.trainer(c, project.training().withEpochs(1));
        TrainingEvent.EpochEnd last = ((TrainingEvent.Finished) trainer.run()).last();
        TrainingHistory history = new TrainingHistory(List.of(
                new TrainingHistory.Epoch(last.epoch(), last.loss(), last.accuracy(), last.valLoss(), last.valAccuracy())));
        trained = ModelBundle.of(project, c.program(), c.scaler(), c.data().train().classNames(), history);
    }

    @Test
    void theCardSaysWhatTheModelIsWhatItLearntFromAndHowWell() {
        String card = ModelExport.card(trained, null);
        assertTrue(card.startsWith("Model      spiral-mlp: 5 layers, 4,547 parameters, input 2, output 3"), card);
        assertTrue(card.contains("Data       spiral, classification, classes "), card);
        assertTrue(card.matches("(?s).*Metrics    after epoch 1: loss \\d\\.\\d{4}, validation loss \\d\\.\\d{4}, validation accuracy \\d+\\.\\d%.*"), card);
        assertTrue(card.contains("Trained    " + ModelExport.when(trained.created(), ZoneId.systemDefault())), card);
        assertFalse(card.contains("Evaluation"), "nothing evaluated, nothing said");
    }

    /** Stopped mid-epoch, a helper read 96.7 % in the panel, 0.9667 here and 97.3 % in the Evaluation tab: a class will ask. */
    @Test
    void theCardGivesTheEvaluationTabsFigureForTheWeightsItExports() {
        String card = ModelExport.card(trained, "97.3% on the 150 validation samples, as the network was when the run stopped");
        assertTrue(card.contains(System.lineSeparator() + "Evaluation accuracy 97.3% on the 150 validation samples, as the network was "
                + "when the run stopped (the weights exported)" + System.lineSeparator()), card);
    }

    @Test
    void aProjectWithoutANameExportsTheTrainedNetwork() {
        assertEquals("Export the trained network", ModelExport.heading(Project.UNTITLED));
        assertEquals("Export the trained iris-mlp", ModelExport.heading("iris-mlp"));
    }

    @Test
    void theTrainingDateReadsAsADateInTheLocalZone() {
        assertEquals("29 Nov 2026, 11:05", ModelExport.when("2026-11-29T10:05:42.123456Z", ZoneId.of("Europe/Paris")));
        assertEquals("yesterday", ModelExport.when("yesterday", ZoneId.of("UTC")));
    }

    @Test
    void everyFormatWritesWhatItsLabelPromises(@TempDir Path dir) throws Exception {
        for (ModelExport.Format format : ModelExport.Format.values()) {
            Path target = dir.resolve(format.suggestedName("spiral mlp"));
            ModelExport.write(format, trained, target);
            assertTrue(format.isFolder() ? Files.isRegularFile(target.resolve("train.py")) : Files.size(target) > 0, format.name());
        }
        assertEquals(trained.tensors().keySet(), ModelBundle.read(dir.resolve("spiral_mlp.ncmodel")).tensors().keySet());
        assertTrue(Files.readString(dir.resolve("spiral_mlp_keras.py")).contains("keras"));
        assertTrue(Files.readString(dir.resolve("spiral_mlp.py")).contains("nn.Module"));
    }
}
