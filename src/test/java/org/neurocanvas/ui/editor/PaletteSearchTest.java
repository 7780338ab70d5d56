package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;

class PaletteSearchTest {

    private static final List<LayerKind> KINDS = Catalog.kinds();

    @Test
    void aBlankQueryKeepsEveryKind() {
        assertEquals(KINDS, PaletteSearch.matches(KINDS, "  "));
    }

    @Test
    void theQueryMatchesNamesGroupsAndExplanationsWhateverTheCase() {
        // The Pooling group, then UpSampling2D, whose explanation calls it "the opposite of pooling".
        assertEquals(List.of("MaxPool2D", "AvgPool2D", "GlobalAveragePool2D", "GlobalMaxPool2D", "UpSampling2D"),
                ids(PaletteSearch.matches(KINDS, "POOLING")));
        assertEquals(List.of("Add", "Multiply", "Concatenate"), ids(PaletteSearch.matches(KINDS, "merge")));
        assertTrue(ids(PaletteSearch.matches(KINDS, "conv")).contains("Conv2D"));
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(List.of("Dense"), ids(PaletteSearch.matches(KINDS, "core dense")));
        assertEquals(List.of(), PaletteSearch.matches(KINDS, "dense zebra"));
    }

    @Test
    void enterPrefersANameThatBeginsWithTheQuery() {
        assertEquals(Optional.of("Dropout"), PaletteSearch.best(KINDS, "drop").map(LayerKind::id));
        assertEquals(Optional.of("LSTM"), PaletteSearch.best(KINDS, "lstm").map(LayerKind::id));
        assertEquals(Optional.of("MaxPool2D"), PaletteSearch.best(KINDS, "pool").map(LayerKind::id), "the first of equal names");
        assertEquals(Optional.empty(), PaletteSearch.best(KINDS, "zebra"));
    }

    private static List<String> ids(List<LayerKind> kinds) {
        return kinds.stream().map(LayerKind::id).toList();
    }
}
