package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.ui.Styles;

/** Reads the stylesheet as JavaFX parses it: each catalogue kind must have a symbol of its own. */
class PictogramTest {

    @Test
    void everyKindInTheCatalogueHasAShapeOfItsOwn() throws IOException {
        Map<String, String> shapes = shapesByStyleClass();
        List<String> missing = Catalog.kinds().stream().map(k -> Styles.kindClass(k.id())).filter(c -> !shapes.containsKey(c)).toList();
        assertEquals(List.of(), missing, "kinds without a pictogram in " + Styles.STYLESHEET);

        Map<String, List<String>> kindsByShape = Catalog.kinds().stream().map(LayerKind::id)
                .collect(Collectors.groupingBy(id -> shapes.get(Styles.kindClass(id))));
        kindsByShape.values().forEach(kinds -> assertEquals(1, kinds.size(), "kinds that share one pictogram: " + kinds));
    }

    @Test
    void everyShapeOnTheStylesheetBelongsToAKind() throws IOException {
        List<String> kinds = Catalog.kinds().stream().map(k -> Styles.kindClass(k.id())).toList();
        shapesByStyleClass().keySet().forEach(c -> assertTrue(kinds.contains(c), c + " names no kind of the catalogue"));
    }

    // The -fx-shape of every rule whose selector is a single kind class.
    private static Map<String, String> shapesByStyleClass() throws IOException {
        Stylesheet sheet = new CssParser().parse(PictogramTest.class.getResource(Styles.STYLESHEET));
        Map<String, String> shapes = new HashMap<>();
        for (Rule rule : sheet.getRules()) {
            for (Declaration d : rule.getDeclarations()) {
                if (!d.getProperty().equals("-fx-shape")) {
                    continue;
                }
                for (Selector selector : rule.getSelectors()) {
                    if (selector instanceof SimpleSelector simple) {
                        simple.getStyleClasses().stream().filter(c -> c.startsWith("kind-"))
                                .forEach(c -> shapes.put(c, String.valueOf(d.getParsedValue().getValue())));
                    }
                }
            }
        }
        return shapes;
    }
}
