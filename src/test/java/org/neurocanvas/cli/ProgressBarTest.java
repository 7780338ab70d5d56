package org.neurocanvas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.neurocanvas.train.TrainingEvent;

class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLineShowsEpochBarSpeedTimeLeftAndLoss() {
        assertEquals("epoch 3/100 [==============>     ] 12/17  2,346 samples/s  ETA 1:23  loss 0.4567",
                ProgressBar.line(3, 100, 12, 17, 2345.6, 83.4, 0.45671));
        assertEquals("epoch 1/1 [====================] 9/9  50 samples/s  ETA 0:00  loss 1.0000",
                ProgressBar.line(1, 1, 9, 9, 50, 0, 1));
        assertEquals("epoch 1/2 [>                   ] 1/30  7 samples/s  ETA 1:02:03  loss 2.0000",
                ProgressBar.line(1, 2, 1, 30, 7, 3723, 2));
    }

    @Test
    void speedAndTimeLeftComeFromTheElapsedTime() {
        // 450 samples an epoch in 9 batches of 50; 2 epochs. After 3 batches in 1.5 s: 100 samples/s,
        // 0.5 s a batch, 15 batches left.
        ProgressBar bar = new ProgressBar(50, 450, 0);
        assertEquals("\repoch 1/2 [======>             ] 3/9  100 samples/s  ETA 0:08  loss 0.9000",
                bar.redraw(new TrainingEvent.BatchEnd(1, 2, 3, 9, 0.9, 0.5), 3 * SECOND / 2));
    }

    @Test
    void theShortLastBatchCountsOnlyItsSamples() {
        // 430 samples: the 9th batch has 30. After one epoch in 4.3 s: 100 samples/s.
        ProgressBar bar = new ProgressBar(50, 430, 0);
        String text = bar.redraw(new TrainingEvent.BatchEnd(1, 1, 9, 9, 0.5, 0.5), 43 * SECOND / 10);
        assertEquals("\repoch 1/1 [====================] 9/9  100 samples/s  ETA 0:00  loss 0.5000", text);
    }

    @Test
    void redrawsAtMostTenTimesASecondButAlwaysAtTheEpochsEnd() {
        ProgressBar bar = new ProgressBar(10, 100, 0);
        bar.redraw(new TrainingEvent.BatchEnd(1, 1, 1, 10, 1, 0), SECOND);
        assertNull(bar.redraw(new TrainingEvent.BatchEnd(1, 1, 2, 10, 1, 0), SECOND + ProgressBar.REDRAW_NANOS - 1));
        assertEquals('\r', bar.redraw(new TrainingEvent.BatchEnd(1, 1, 3, 10, 1, 0), SECOND + ProgressBar.REDRAW_NANOS).charAt(0));
        assertEquals('\r', bar.redraw(new TrainingEvent.BatchEnd(1, 1, 10, 10, 1, 0), SECOND + ProgressBar.REDRAW_NANOS + 1).charAt(0));
    }

    @Test
    void aShorterLineIsPaddedOverTheLongerOne() {
        ProgressBar bar = new ProgressBar(10, 100, 0);
        assertEquals("\rlong line", bar.replace("long line"));
        assertEquals("\rshort    ", bar.replace("short"));
        assertEquals("\rnext ", bar.replace("next"), "covers what the bar showed last, \"short\"");
    }

    @Test
    void aSettledLineStaysAndTheNextBarStartsFresh() {
        ProgressBar bar = new ProgressBar(10, 100, 0);
        bar.replace("a longer progress bar");
        assertEquals("\repoch 1/1 done       ", bar.settle("epoch 1/1 done"));
        assertEquals("", bar.clear(), "nothing shows after a settled line");
        assertEquals("\rbar", bar.replace("bar"));
        assertEquals("\r   \r", bar.clear());
    }
}
