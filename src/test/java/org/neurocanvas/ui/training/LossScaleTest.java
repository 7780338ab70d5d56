package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LossScaleTest {

    @Test
    void aLinearAxisStartsAtZeroAndEndsOnARoundNumberAboveTheLargestLoss() {
        assertEquals(new LossScale.Range(0, 1.2, 0.2), round(LossScale.linear(1.1)));
        assertEquals(new LossScale.Range(0, 2.5, 0.5), round(LossScale.linear(2.3)));
        assertEquals(new LossScale.Range(0, 0.05, 0.01), round(LossScale.linear(0.05)), "a round maximum is the top");
        assertEquals(LossScale.EMPTY_LINEAR, LossScale.linear(Double.NaN), "no data yet");
    }

    @Test
    void aLogarithmicAxisSpansWholeDecadesAroundTheLosses() {
        assertEquals(new LossScale.Range(-3, 1, 1), LossScale.logarithmic(0.0042, 2.3));
        assertEquals(new LossScale.Range(-1, 0, 1), LossScale.logarithmic(0.5, 0.6), "within one decade: that decade");
        assertEquals(new LossScale.Range(-3, 1, 1), LossScale.logarithmic(0, 2.3), "a zero loss cannot be placed: 1/1000 of the largest stands in");
        assertEquals(new LossScale.Range(-9, 1, 2), LossScale.logarithmic(1e-9, 5), "many decades: every other one gets a tick");
        assertEquals(List.of(0.001, 0.01, 0.1, 1.0, 10.0), LossScale.ticks(LossScale.logarithmic(0.0042, 2.3), true));
    }

    @Test
    void aLogarithmicAxisOfOneOrTwoDecadesTicksTwoAndFiveTimesEachPowerOfTen() {
        assertEquals(List.of(0.1, 0.2, 0.5, 1.0), LossScale.ticks(LossScale.logarithmic(0.35, 0.9), true));
        assertEquals(List.of(0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0), LossScale.ticks(LossScale.logarithmic(0.03, 0.9), true));
        assertEquals(List.of("0.01", "0.02", "0.05", "0.1", "0.2", "0.5", "1"),
                LossScale.ticks(LossScale.logarithmic(0.03, 0.9), true).stream().map(LossScale::label).toList());
        assertEquals(4, LossScale.ticks(LossScale.logarithmic(0.003, 0.9), true).size(), "three decades: whole ones only");
    }

    @Test
    void ticksAndLabelsCarryNoFloatNoise() {
        List<Double> ticks = LossScale.ticks(new LossScale.Range(0, 0.6, 0.2), false);
        assertEquals(4, ticks.size());
        assertEquals(List.of("0", "0.2", "0.4", "0.6"), ticks.stream().map(LossScale::label).toList());
        assertEquals("0.001", LossScale.label(1e-3));
        assertEquals("12.35", LossScale.label(12.3456));
    }

    private static LossScale.Range round(LossScale.Range r) {
        return new LossScale.Range(Math.round(r.lower() * 1e9) / 1e9, Math.round(r.upper() * 1e9) / 1e9, Math.round(r.tick() * 1e9) / 1e9);
    }
}
