package org.neurocanvas.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * The per-class scores (id {@code scores}): precision, recall, F1 and support for each class,
 * then accuracy and the averages, set apart. A grid of labels rather than a table control: it
 * sizes itself to its rows, so a projected report has no scroll bar and no empty rows.
 */
public final class ScoresTable extends GridPane {

    /** Style class of the table. */
    public static final String TABLE = "scores-table";
    /** Style class of the column headings. */
    public static final String HEADING = "scores-heading";
    /** Style class of a row's name (class or average). */
    public static final String NAME = "scores-name";
    /** Style class of a number. */
    public static final String VALUE = "scores-value";
    /** Style class added to the cells of accuracy and the averages. */
    public static final String SUMMARY = "scores-summary";
    /** Style class added to the first summary row's cells, which draw a line above them. */
    public static final String FIRST_SUMMARY = "scores-first-summary";

    /** An empty table; {@link #show} fills it. */
    public ScoresTable() {
        setId("scores");
        getStyleClass().add(TABLE);
    }

    /** Shows these rows under the headings, replacing what was shown. */
    public void show(List<ScoreRows.Row> rows) {
        getChildren().clear();
        add(label("", HEADING), 0, 0);
        for (int i = 0; i < ScoreRows.HEADINGS.size(); i++) {
            Label heading = label(ScoreRows.HEADINGS.get(i), HEADING);
            add(heading, 1 + i, 0);
            setHalignment(heading, HPos.RIGHT);
        }
        boolean first = true;
        for (int r = 0; r < rows.size(); r++) {
            ScoreRows.Row row = rows.get(r);
            List<Label> cells = new ArrayList<>();
            cells.add(label(row.label(), NAME));
            for (String value : List.of(row.precision(), row.recall(), row.f1(), row.support())) {
                cells.add(label(value, VALUE));
            }
            if (row.summary()) {
                for (Label cell : cells) {
                    cell.getStyleClass().add(SUMMARY);
                    if (first) {
                        cell.getStyleClass().add(FIRST_SUMMARY);
                    }
                }
                first = false;
            }
            for (int i = 0; i < cells.size(); i++) {
                add(cells.get(i), i, r + 1);
                if (i > 0) {
                    setHalignment(cells.get(i), HPos.RIGHT);
                }
            }
        }
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
