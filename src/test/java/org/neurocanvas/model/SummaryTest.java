package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void rendersAKerasStyleTable() {
        Project p = Fixtures.spiralMlp().project();
        p.setName("spiral-mlp");
        Summary s = new Summary(p);
        assertEquals(5, s.rows().size());
        String text = s.render();
        assertTrue(text.startsWith("Model: \"spiral-mlp\""), text);
        assertTrue(text.contains("dense_2 (Dense)"), text);
        assertTrue(text.contains("(None, 64)"), text);
        assertTrue(text.contains("4,160"), text);
        assertTrue(text.contains("Total params: 4,547"), text);
    }
}
