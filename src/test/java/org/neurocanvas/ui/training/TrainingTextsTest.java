package org.neurocanvas.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The live learning rate as typed and as shown. */
class TrainingTextsTest {

    @Test
    void ratesAboveZeroUpToTenAreAccepted() {
        assertEquals(OptionalDouble.of(0.05), TrainingTexts.parseRate(" 0.05 "));
        assertEquals(OptionalDouble.of(10), TrainingTexts.parseRate("10"));
        assertEquals(OptionalDouble.of(1e-4), TrainingTexts.parseRate("1e-4"));
    }

    @Test
    void otherTextIsRefused() {
        for (String text : new String[] {"abc", "", "0", "-0.1", "10.5", "NaN", "Infinity", "0,1"}) {
            assertEquals(OptionalDouble.empty(), TrainingTexts.parseRate(text), text);
        }
        assertEquals("Learning rate must be a number above 0 and at most 10, found 'abc'.", TrainingTexts.rateError("abc"));
    }

    @Test
    void ratesShowAsTypedWithoutExponentOrTrailingZeros() {
        assertEquals("0.0001", TrainingTexts.rate(1e-4));
        assertEquals("0.05", TrainingTexts.rate(0.05));
        assertEquals("2", TrainingTexts.rate(2.0));
    }

    @Test
    void aRunWithoutClassesShowsLossesAndEndsOnItsValidationLoss() {
        assertEquals("epoch 3 mean: loss 0.0421\nepoch 3 val: loss 0.0502", TrainingTexts.metrics(0.0421, Double.NaN, 3, 0.0502, Double.NaN, 3));
        assertEquals("Finished 3 epochs: validation loss 0.0502.", TrainingTexts.ending(new org.neurocanvas.train.TrainingEvent.Finished(
                false, new org.neurocanvas.train.TrainingEvent.EpochEnd(3, 3, 0.0421, Double.NaN, 0.0502, Double.NaN))));
        assertEquals("training loss 0.0421", TrainingTexts.result(
                new org.neurocanvas.train.TrainingEvent.EpochEnd(3, 3, 0.0421, Double.NaN, Double.NaN, Double.NaN)));
    }
}
