package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.RunRecord;

class RunHistoryCsvTest {

    @Test
    void eachRunIsALineWithEverySettingAnyRunRecorded() {
        RunRecord first = new RunRecord("2025-03-01T10:15:30Z", 12.5, RunRecord.Outcome.FINISHED, null, 0,
                Map.of("optimizer", "adam"), List.of(), Map.of("loss", 0.5));
        RunRecord second = new RunRecord("2025-03-01T10:20:00Z", 3.0, RunRecord.Outcome.FAILED, "The loss became NaN.", 0,
                Map.of("data", "csv a,b.csv"), List.of(), Map.of());
        assertEquals("""
                run,started,seconds,outcome,best_epoch,loss,accuracy,val_loss,val_accuracy,optimizer,data
                1,2025-03-01T10:15:30Z,12.5,finished,0,0.5,,,,adam,
                2,2025-03-01T10:20:00Z,3.0,failed,0,,,,,,"csv a,b.csv"
                """, RunHistoryCsv.of(List.of(first, second)));
    }
}
