package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.RunRecord;

class RunRowsTest {

    private static RunRecord run(RunRecord.Outcome outcome, int bestEpoch, Map<String, Double> metrics) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("optimizer", "adam");
        settings.put("learningRate", "0.003");
        settings.put("batchSize", "32");
        settings.put("epochs", "100");
        settings.put("schedule", "cosine");
        return new RunRecord("2025-03-01T10:15:30Z", 185.4, outcome, null, bestEpoch, settings, List.of(), metrics);
    }

    @Test
    void aRowSaysWhenHowLongHowItEndedAndWithWhat() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("loss", 0.41234);
        metrics.put("val_loss", 0.5);
        metrics.put("val_accuracy", 0.843);
        RunRows.Row row = RunRows.of(run(RunRecord.Outcome.STOPPED_EARLY, 12, metrics), 3, ZoneOffset.ofHours(1));
        assertEquals(new RunRows.Row(3, "2025-03-01 11:15", "3 min 5 s", "stopped early, best epoch 12", "0.4123", "0.5000", "84.3%",
                "adam · lr 0.003 · batch 32 · 100 epochs · cosine"), row);
    }

    @Test
    void aRunWithoutValidationOrClassesShowsDashes() {
        RunRows.Row row = RunRows.of(run(RunRecord.Outcome.FAILED, 0, Map.of()), 1, ZoneOffset.UTC);
        assertEquals(List.of("failed", "–", "–", "–"), List.of(row.outcome(), row.loss(), row.valLoss(), row.valAcc()));
        assertEquals("42 s", RunRows.duration(42.4));
        assertEquals("2 h 3 min", RunRows.duration(7385));
    }
}
