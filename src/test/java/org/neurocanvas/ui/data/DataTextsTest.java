package org.neurocanvas.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurocanvas.data.ClassBalance;
import org.neurocanvas.data.ColumnSummary;

class DataTextsTest {

    @Test
    void categoriesListTheFirstFewWithTheirCounts() {
        ColumnSummary species = new ColumnSummary("species", ColumnSummary.Type.CATEGORICAL, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, List.of("setosa", "versicolor"), List.of(50, 48));
        assertEquals("2: setosa 50, versicolor 48", DataTexts.categories(species));
        ColumnSummary digits = new ColumnSummary("digit", ColumnSummary.Type.NUMERIC, 0, 0, 9, 4.5, 2.9,
                List.of("0", "1", "2", "3", "4", "5", "6"), List.of(1, 1, 1, 1, 1, 1, 1));
        assertEquals("7: 0 1, 1 1, 2 1, 3 1, 4 1, …", DataTexts.categories(digits));
        assertEquals("–", DataTexts.number(Double.NaN));
        assertEquals("0.1235", DataTexts.number(0.123456));
        assertEquals("12", DataTexts.count(12.0));
        assertEquals("1,200", DataTexts.count(1200));
        assertEquals("", DataTexts.count(2.5), "a class balance axis does not count half samples");
    }

    @Test
    void aColumnLeftOutSaysSoInPlaceOfItsType() {
        ColumnSummary id = new ColumnSummary("id", ColumnSummary.Type.NUMERIC, 0, 1000, 1149, 1074.5, 43.4, List.of(), List.of());
        ColumnSummary name = new ColumnSummary("name", ColumnSummary.Type.CATEGORICAL, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, List.of("ann", "bob"), List.of(1, 1));
        assertEquals("left out", DataTexts.type(id, List.of("id", "name")));
        assertEquals("left out", DataTexts.type(name, List.of("id", "name")));
        assertEquals("categorical", DataTexts.type(name, List.of("id")));
        assertEquals("numeric", DataTexts.type(id, List.of()));
    }

    @Test
    void theBalanceSentenceWarnsWhenOneClassOutnumbersAnother() {
        assertEquals("Balanced: the largest class has 1.0× the samples of the smallest.",
                DataTexts.balance(new ClassBalance(List.of("a", "b"), List.of(50, 50))));
        assertTrue(DataTexts.balance(new ClassBalance(List.of("a", "b"), List.of(90, 10))).startsWith("Unbalanced: the largest class has 9.0×"));
        assertEquals("A class has no samples at all: the network cannot learn it.",
                DataTexts.balance(new ClassBalance(List.of("a", "b"), List.of(9, 0))));
    }
}
