package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.engine.Adam;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.model.RunRecord;
import org.neurocanvas.train.Trainer;
import org.neurocanvas.train.TrainingEvent;

class RunRecorderTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2025-03-01T10:15:30Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("optimizer", "adam");
        settings.put("learningRate", "0.003");
        settings.put("schedule", "cosine");
        return settings;
    }

    @Test
    void theRecordHoldsSettingsCurvesOutcomeAndDuration() {
        ManualClock clock = new ManualClock();
        RunRecorder recorder = new RunRecorder(settings(), clock);
        recorder.onEvent(new TrainingEvent.BatchEnd(1, 3, 1, 9, 1.1, 0.3, 0.003));
        recorder.onEvent(new TrainingEvent.EpochEnd(1, 3, 1.0, 0.4, 0.9, 0.5, 0.003));
        assertTrue(recorder.record().isEmpty(), "no record before the run ends");
        TrainingEvent.EpochEnd second = new TrainingEvent.EpochEnd(2, 3, 0.5, 0.8, 0.6, 0.75, 0.0015);
        recorder.onEvent(second);
        clock.now = clock.now.plusMillis(12_500);
        recorder.onEvent(new TrainingEvent.Finished(true, second));
        RunRecord r = recorder.record().orElseThrow();
        assertEquals("2025-03-01T10:15:30Z", r.started());
        assertEquals(12.5, r.seconds());
        assertEquals(RunRecord.Outcome.STOPPED, r.outcome());
        assertNull(r.message());
        assertEquals(List.of("optimizer", "learningRate", "schedule"), List.copyOf(r.settings().keySet()));
        assertEquals(List.of(new RunRecord.Epoch(1, 1.0, 0.4, 0.9, 0.5, 0.003), new RunRecord.Epoch(2, 0.5, 0.8, 0.6, 0.75, 0.0015)),
                r.epochs());
        assertEquals(Map.of("loss", 0.5, "accuracy", 0.8, "val_loss", 0.6, "val_accuracy", 0.75), r.finalMetrics());
    }

    @Test
    void aFailedRunKeepsItsSentenceAndTheFiguresItReached() {
        RunRecorder recorder = new RunRecorder(settings(), new ManualClock());
        recorder.onEvent(new TrainingEvent.EpochEnd(1, 3, 1.0, 0.4, Double.NaN, Double.NaN));
        recorder.onEvent(new TrainingEvent.Failed("Training diverged at epoch 2, batch 3.", null));
        RunRecord r = recorder.record().orElseThrow();
        assertEquals(RunRecord.Outcome.FAILED, r.outcome());
        assertEquals("Training diverged at epoch 2, batch 3.", r.message());
        assertEquals(new RunRecord.Epoch(1, 1.0, 0.4, null, null, null), r.epochs().get(0), "no NaN: JSON has none");
        assertEquals(Map.of("loss", 1.0, "accuracy", 0.4), r.finalMetrics());
    }

    @Test
    void theJsonRoundTripGivesTheSameRecord() throws Exception {
        RunRecorder recorder = new RunRecorder(settings(), new ManualClock());
        TrainingEvent.EpochEnd first = new TrainingEvent.EpochEnd(1, 5, 0.7, 0.6, Double.NaN, Double.NaN, 0.01);
        recorder.onEvent(first);
        recorder.onEvent(new TrainingEvent.Finished(false, first, 1));
        RunRecord r = recorder.record().orElseThrow();
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(r);
        assertFalse(text.contains("NaN"), text);
        assertTrue(text.contains("\"outcome\":\"STOPPED_EARLY\""), text);
        assertTrue(text.contains("\"bestEpoch\":1"), text);
        RunRecord back = json.readValue(text, RunRecord.class);
        assertEquals(r, back);
        assertEquals(List.copyOf(r.settings().keySet()), List.copyOf(back.settings().keySet()), "the settings keep their order");
    }

    @Test
    void aRealRunIsRecorded() throws Exception {
        Compiler.Compiled c = Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
        Trainer trainer = new Trainer(c.program(), new Adam(0.003), c.data(), 50, 2, 1);
        RunRecorder recorder = new RunRecorder(Map.of("epochs", "2"));
        trainer.addListener(recorder);
        TrainingEvent.Finished end = (TrainingEvent.Finished) trainer.run();
        RunRecord r = recorder.record().orElseThrow();
        assertEquals(RunRecord.Outcome.FINISHED, r.outcome());
        assertEquals(2, r.epochs().size());
        assertEquals(end.last().valAccuracy(), r.finalMetrics().get("val_accuracy"));
        assertEquals(0.003, r.epochs().get(1).learningRate());
        assertTrue(r.seconds() > 0);
    }
}
