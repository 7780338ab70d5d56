package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.model.TrainingSpec;

class RunSettingsTest {

    @Test
    void aRunIsRecordedWithEveryTrainingSettingAndItsDataSource() throws Exception {
        Project spiral = ProjectIO.read(Path.of("samples/spiral-mlp.json"));
        Map<String, String> settings = RunSettings.of(spiral);
        assertEquals(List.of("optimizer", "learningRate", "batchSize", "epochs", "seed", "validationSplit", "patience", "schedule",
                "scheduleStep", "scheduleFactor", "warmupEpochs", "l2", "weightDecay", "clipNorm", "clipValue", "data"),
                List.copyOf(settings.keySet()));
        assertEquals("0.003", settings.get("learningRate"));
        assertEquals("0.25", settings.get("validationSplit"));
        assertEquals("0", settings.get("l2"));
        assertEquals("spiral", settings.get("data"));
    }

    @Test
    void restoringGivesBackTheRecordedTrainingSettings() {
        TrainingSpec recorded = new TrainingSpec("sgd", 0.05, 64, 30, 9, 0.2, 4, "cosine", 5, 0.3, 2, 1e-4, 0.01, 1.5, 0.5);
        Project project = new Project("p", org.neurocanvas.model.DataSpec.spiral(), recorded);
        Map<String, String> settings = RunSettings.of(project);
        assertEquals(recorded, RunSettings.restore(TrainingSpec.defaults(), settings));
    }

    @Test
    void aSettingTheRecordLacksStaysAsItIsAndABadOneIsNamed() {
        TrainingSpec current = TrainingSpec.defaults();
        assertEquals(current.withLearningRate(0.1), RunSettings.restore(current, Map.of("learningRate", "0.1")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunSettings.restore(current, Map.of("batchSize", "many")));
        assertEquals("The run's setting 'batchSize' must be a number, found 'many'.", e.getMessage());
    }
}
