package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The project's history of runs: a run removed is gone from the project and from its file. */
class ProjectRunsTest {

    private static RunRecord run(String started, double valLoss) {
        return new RunRecord(started, 3.5, RunRecord.Outcome.FINISHED, null, 0, Map.of("epochs", "1"),
                List.of(new RunRecord.Epoch(1, 0.5, 0.8, valLoss, 0.75, 0.001)), Map.of("loss", 0.5, "val_loss", valLoss));
    }

    @Test
    void removingARunKeepsTheOthersInOrderAndTheFileForgetsIt() throws Exception {
        Project project = Project.empty();
        RunRecord first = run("2026-11-29T08:00:00Z", 0.6);
        RunRecord second = run("2026-11-29T09:00:00Z", 0.5);
        RunRecord third = run("2026-11-29T10:00:00Z", 0.4);
        List.of(first, second, third).forEach(project::addRun);

        assertTrue(project.removeRun("2026-11-29T09:00:00Z"));
        assertEquals(List.of(first, third), project.history());
        assertFalse(project.removeRun("2026-11-29T09:00:00Z"), "already gone");
        assertEquals(List.of(first, third), ProjectIO.fromJson(ProjectIO.toJson(project), "saved").history());
    }
}
