package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.engine.Adam;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.train.Predictions;
import org.neurocanvas.train.Trainer;
import org.neurocanvas.train.TrainingEvent;

/** The window's best-model checkpoint, driven by a real trainer without a window. */
class BestModelKeeperTest {

    @TempDir
    Path dir;

    @Test
    void theFileHoldsTheBestEpochAndPredictsWhatItDid() throws Exception {
        Project project = ProjectIO.read(Path.of("samples/spiral-mlp.json"));
        Compiler.Compiled c = Compiler.compile(project);
        Dataset validation = c.data().validation();
        // A high rate overshoots: the best epoch comes before the last.
        Trainer trainer = new Trainer(c.program(), new Adam(0.05), c.data(), 16, 30, 1);
        Path file = dir.resolve("spiral-mlp-best.ncmodel");
        BestModelKeeper keeper = new BestModelKeeper(
                program -> ModelBundle.of(project, program, c.scaler(), c.data().train().classNames(), null), file);
        trainer.addBestModelListener(keeper);
        List<Predictions> atBest = new CopyOnWriteArrayList<>();
        List<Integer> bestEpochs = new CopyOnWriteArrayList<>();
        trainer.addBestModelListener((end, program) -> {
            atBest.add(Predictions.of(program, validation));
            bestEpochs.add(end.epoch());
        });
        TrainingEvent.Finished end = (TrainingEvent.Finished) trainer.run();

        int best = bestEpochs.get(bestEpochs.size() - 1);
        assertTrue(best < end.last().epoch(), "the run's last epoch is not its best: " + bestEpochs);
        BestModelKeeper.Kept kept = keeper.kept().orElseThrow();
        assertEquals(best, kept.epoch());
        assertFalse(keeper.failure().isPresent());
        Predictions expected = atBest.get(atBest.size() - 1);
        Predictions reloaded = Predictions.of(ModelBundle.read(file).network(), validation);
        Predictions last = Predictions.of(c.program(), validation);
        boolean differsFromLast = false;
        for (int i = 0; i < validation.size(); i++) {
            for (int k = 0; k < validation.classes(); k++) {
                assertEquals(expected.probability(i, k), reloaded.probability(i, k), 0, "sample " + i + ", class " + k);
                differsFromLast |= last.probability(i, k) != reloaded.probability(i, k);
            }
        }
        assertTrue(differsFromLast, "the file holds the best epoch's weights, not the last epoch's");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), new ArrayList<>(files.toList()), "no temporary file is left beside it");
        }
    }

    @Test
    void aFailedWriteIsSaidAndTrainingGoesOn() throws Exception {
        Project project = ProjectIO.read(Path.of("samples/spiral-mlp.json"));
        Compiler.Compiled c = Compiler.compile(project);
        Trainer trainer = new Trainer(c.program(), c.optimizer(), c.data(), 32, 2, 1);
        // A folder, not empty, already has the file's name: nothing can replace it.
        Path file = Files.createDirectory(dir.resolve("best.ncmodel"));
        Files.writeString(file.resolve("notes.txt"), "kept");
        BestModelKeeper keeper = new BestModelKeeper(
                program -> ModelBundle.of(project, program, c.scaler(), c.data().train().classNames(), null), file);
        trainer.addBestModelListener(keeper);
        TrainingEvent.Finished end = (TrainingEvent.Finished) trainer.run();
        assertEquals(2, end.last().epoch());
        assertTrue(keeper.kept().isEmpty());
        String failure = keeper.failure().orElseThrow();
        assertTrue(failure.matches("The best model of epoch [12] was not kept: .*"), failure);
        assertTrue(failure.contains("best.ncmodel"), "names the file: " + failure);
    }

    @Test
    void theFileSitsBesideTheProject() {
        assertEquals(Path.of("/work/class/spiral-best.ncmodel"), BestModelKeeper.besideProject(Path.of("/work/class/spiral.json")));
        assertEquals(Path.of("notes-best.ncmodel"), BestModelKeeper.besideProject(Path.of("notes")));
    }
}
