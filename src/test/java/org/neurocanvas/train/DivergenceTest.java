package org.neurocanvas.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DivergenceTest {

    @Test
    void saysWhatWhereWhenAndWhatHelps() {
        assertEquals("Training diverged at epoch 3, batch 7: the loss became NaN (not a number), so the network can no longer learn. "
                        + "NaN first appears in the output of node \"dense_2\" (Dense 16->3). What usually helps: a lower learning rate "
                        + "(it is 0.5: try a tenth of it), clipping gradients (a global norm of 1 is a common start), and inputs on a "
                        + "common scale (set the data's scaling to standardize).",
                Divergence.sentence("the loss", Double.NaN, 3, 7,
                        Optional.of("NaN first appears in the output of node \"dense_2\" (Dense 16->3)."), 0.5, 0));
    }

    @Test
    void withClippingOnItSuggestsClippingHarder() {
        assertEquals("Training diverged at epoch 1, batch 2: the gradient became infinite, so the network can no longer learn. "
                        + "What usually helps: a lower learning rate (it is 0.01: try a tenth of it), clipping gradients harder "
                        + "(the global norm is capped at 5.0 now), and inputs on a common scale (set the data's scaling to standardize).",
                Divergence.sentence("the gradient", Double.POSITIVE_INFINITY, 1, 2, Optional.empty(), 0.01, 5));
    }
}
