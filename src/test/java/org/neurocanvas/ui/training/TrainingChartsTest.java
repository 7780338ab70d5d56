package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrainingChartsTest {

    @Test
    void epochTicksAreRoundNumbers() {
        assertEquals(1, TrainingCharts.niceTick(3));
        assertEquals(1, TrainingCharts.niceTick(10));
        assertEquals(2, TrainingCharts.niceTick(15));
        assertEquals(10, TrainingCharts.niceTick(100));
        assertEquals(20, TrainingCharts.niceTick(200));
        assertEquals(50, TrainingCharts.niceTick(500));
        assertEquals(100, TrainingCharts.niceTick(700));
    }
}
