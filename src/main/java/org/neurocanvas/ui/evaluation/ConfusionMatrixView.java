package org.neurocanvas.ui.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.neurocanvas.train.ClassificationReport;

/**
 * A confusion matrix as a heat map (id {@code confusion-matrix}): a row per true class, a column
 * per predicted class, the count in each cell. Cells on the diagonal (right answers) and off it
 * (mistakes) are tinted in two colours of the stylesheet, by the share of their row. A click on a
 * cell selects it and tells the listener, which shows the cell's samples. Given the height it may
 * take ({@link #fitHeight}), it sizes its cells and their type for that room, so that ten classes
 * fit a short dashboard at full size, the headers as large as ever.
 */
public final class ConfusionMatrixView extends GridPane {

    /** Style class of the whole matrix. */
    public static final String MATRIX = "confusion-matrix";
    /** Style class of a cell; its label holds the count. */
    public static final String CELL = "confusion-cell";
    /** Style class of a cell's tint, whose opacity is the cell's share of its row. */
    public static final String TINT = "confusion-tint";
    /** Style class of a tint on the diagonal: samples predicted right. */
    public static final String CORRECT = "confusion-correct";
    /** Style class of a tint off the diagonal: samples predicted wrong. */
    public static final String WRONG = "confusion-wrong";
    /** Style class of a class name beside a row or above a column. */
    public static final String CLASS_NAME = "confusion-class";
    /** Style class of the axis titles, "true class" and "predicted class". */
    public static final String AXIS = "confusion-axis";
    /** Set on a cell whose tint is dark enough to need light text. */
    public static final PseudoClass STRONG = PseudoClass.getPseudoClass("strong");
    /** Set on the cell whose samples are shown. */
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /** Told the true and the predicted class of a clicked cell. */
    @FunctionalInterface
    public interface CellListener {
        /** A click on the cell of samples of class {@code truth} predicted as {@code predicted}. */
        void clicked(int truth, int predicted);
    }

    private CellListener onCellClicked = (t, p) -> { };
    private StackPane selected;

    private static final double MATRIX_SIDE = 300;
    private static final double MIN_CELL = 30;
    private static final double MAX_CELL = 72;
    /** The smallest cell a room fits the matrix with: its count in 11-pixel type, still legible from a few rows back. */
    static final double MIN_FITTED_CELL = 17;
    /** Height the axis title, the class names and the part's title above the cells take, with the gaps between cells. */
    static final double HEADERS = 62;
    /** The count's type size in a cell of {@link #MIN_CELL} or more; smaller cells get smaller type. */
    private static final double FONT = 14;
    /** Roughly how wide a character is at the matrix's type size (a bold digit, a letter of a name). */
    private static final double CHAR_WIDTH = 9;
    /** Room around a cell's count. */
    private static final double CELL_PADDING = 10;

    private ClassificationReport report;
    /** The height the matrix may take, headers included; NaN when not known. */
    private double room = Double.NaN;

    /** An empty matrix; {@link #show} fills it. */
    public ConfusionMatrixView() {
        setId("confusion-matrix");
        getStyleClass().add(MATRIX);
    }

    /** Called when a cell is clicked. */
    public void setOnCellClicked(CellListener listener) {
        onCellClicked = listener;
    }

    /** Marks no cell as selected. */
    public void clearSelection() {
        if (selected != null) {
            selected.pseudoClassStateChanged(SELECTED, false);
            selected = null;
        }
    }

    /**
     * Sizes the cells so that the whole matrix, headers included, takes at most {@code height}
     * (never cells below {@link #MIN_FITTED_CELL} nor above their usual size); redraws the matrix
     * shown when its cells change size.
     */
    public void fitHeight(double height) {
        double before = report == null ? 0 : cellSize(report.classNames().size(), room);
        room = height;
        if (report != null && cellSize(report.classNames().size(), room) != before) {
            int[] cell = selectedCell();
            show(report);
            if (cell != null) {
                lookupCell(cell[0], cell[1]).ifPresent(c -> {
                    selected = c;
                    c.pseudoClassStateChanged(SELECTED, true);
                });
            }
        }
    }

    /** Shows the report's confusion matrix, replacing what was shown. */
    public void show(ClassificationReport report) {
        this.report = report;
        getChildren().clear();
        selected = null;
        List<String> names = report.classNames();
        long[][] confusion = report.confusion();
        double[][] shares = HeatScale.rowShares(confusion);
        int k = names.size();
        double cell = cellSize(k, room);
        double font = fontSize(cell);
        long largest = Arrays.stream(confusion).flatMapToLong(Arrays::stream).max().orElse(0);
        double cellWidth = Math.max(cell, countWidth(largest) * font / FONT);
        boolean turnNames = names.stream().anyMatch(n -> n.length() * CHAR_WIDTH > cellWidth);

        Label predicted = label("predicted class", AXIS);
        add(predicted, 2, 0, k, 1);
        setHalignment(predicted, HPos.CENTER);
        Label truth = label("true class", AXIS);
        truth.setRotate(-90);
        add(new Group(truth), 0, 2, 1, k);
        for (int c = 0; c < k; c++) {
            Label column = label(names.get(c), CLASS_NAME);
            if (turnNames) {
                column.setRotate(-90);
            }
            Node header = turnNames ? new Group(column) : column;
            add(header, 2 + c, 1);
            setHalignment(header, HPos.CENTER);
            setValignment(header, VPos.BOTTOM);
            Label row = label(names.get(c), CLASS_NAME);
            if (font < FONT) {
                // A row's name must not make its row taller than its cells.
                row.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.0fpx; -fx-padding: 0 6px;", Math.min(13, font)));
            }
            add(row, 1, 2 + c);
            setHalignment(row, HPos.RIGHT);
        }
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                StackPane c = cell(confusion[t][p], shares[t][p], t == p, names.get(t), names.get(p), cellWidth, cell);
                if (font < FONT) {
                    c.getChildren().get(1).setStyle(String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", font));
                }
                int truthClass = t;
                int predictedClass = p;
                c.setId("confusion-cell-" + t + "-" + p);
                c.setOnMouseClicked(e -> {
                    clearSelection();
                    selected = c;
                    c.pseudoClassStateChanged(SELECTED, true);
                    onCellClicked.clicked(truthClass, predictedClass);
                });
                add(c, 2 + p, 2 + t);
            }
        }
    }

    /** Cells shrink as classes grow, so ten classes fit the panel as well as three. */
    static double cellSize(int classes) {
        return Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor(MATRIX_SIDE / Math.max(1, classes))));
    }

    /**
     * The cell height for {@code classes} rows in a room {@code height} tall, headers included:
     * the usual size when it fits or the room is not known (NaN), else what fits, down to {@link #MIN_FITTED_CELL}.
     */
    static double cellSize(int classes, double height) {
        double usual = cellSize(classes);
        if (Double.isNaN(height)) {
            return usual;
        }
        double fits = Math.floor((height - HEADERS) / Math.max(1, classes)) - 2;
        return Math.max(MIN_FITTED_CELL, Math.min(usual, fits));
    }

    /** The count's type size in a cell this tall: full size down to {@link #MIN_CELL}, then in step with the cell. */
    static double fontSize(double cell) {
        return Math.min(FONT, Math.floor(cell * 0.65));
    }

    private int[] selectedCell() {
        if (selected == null) {
            return null;
        }
        String[] parts = selected.getId().split("-");
        return new int[] {Integer.parseInt(parts[2]), Integer.parseInt(parts[3])};
    }

    private Optional<StackPane> lookupCell(int truth, int predicted) {
        return getChildren().stream().filter(n -> ("confusion-cell-" + truth + "-" + predicted).equals(n.getId()))
                .map(StackPane.class::cast).findFirst();
    }

    /** Roughly how wide a cell must be for the digits of any count up to {@code largest}, so none is cut short. */
    static double countWidth(long largest) {
        return String.valueOf(largest).length() * CHAR_WIDTH + CELL_PADDING;
    }

    private static StackPane cell(long count, double share, boolean correct, String truth, String predicted, double width,
                                  double height) {
        Region tint = new Region();
        tint.getStyleClass().addAll(TINT, correct ? CORRECT : WRONG);
        double opacity = HeatScale.tint(share);
        tint.setOpacity(opacity);
        Label text = new Label(String.valueOf(count));
        StackPane cell = new StackPane(tint, text);
        cell.getStyleClass().add(CELL);
        cell.pseudoClassStateChanged(STRONG, HeatScale.isStrong(opacity));
        cell.setMinSize(width, height);
        cell.setPrefSize(width, height);
        cell.setMaxSize(width, height);
        Tooltip.install(cell, new Tooltip(describe(count, share, truth, predicted) + " Click to see them."));
        return cell;
    }

    /** "12 samples of 'versicolor' were predicted as 'virginica' (24% of 'versicolor')." */
    static String describe(long count, double share, String truth, String predicted) {
        String samples = count == 1 ? "1 sample" : count + " samples";
        String verb = truth.equals(predicted) ? "were predicted right" : "were predicted as '" + predicted + "'";
        if (count == 1) {
            verb = verb.replace("were", "was");
        }
        return String.format(Locale.ROOT, "%s of '%s' %s (%.0f%% of '%s').", samples, truth, verb, share * 100, truth);
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
