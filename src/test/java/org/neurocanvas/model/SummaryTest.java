package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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

    @Test
    void longLayerNamesKeepTheColumnsAligned() {
        CommandStack s = Chains.chain("16x32", 2, List.of(
                Map.entry(Catalog.MULTI_HEAD_ATTENTION, Map.of()),
                Map.entry(Catalog.GLOBAL_AVG_POOL2D, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 2, "activation", "linear"))));
        String[] lines = new Summary(s.project()).render().split("\n");
        int shapeColumn = lines[2].indexOf("Output Shape");
        for (int i = 4; i < 9; i++) {
            assertEquals('(', lines[i].charAt(shapeColumn), lines[i]);
            assertEquals(' ', lines[i].charAt(shapeColumn - 1), lines[i]);
        }
    }
}
