package org.neurocanvas.ui.evaluation;

import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.Split;
import org.neurocanvas.engine.Program;
import org.neurocanvas.train.ClassificationReport;
import org.neurocanvas.train.Predictions;
import org.neurocanvas.train.RegressionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the trained network does on samples it did not learn from (id {@code evaluation}): the
 * confusion matrix as a heat map, and beside it the accuracy in large type over the per-class
 * scores; for a network that predicts numbers, its MSE, MAE and R² instead; all of it shrinks a little rather than scroll when the dashboard is short. It tests
 * the network on a background thread when a run ends; a newer run or {@link #clear()} discards a
 * result still being computed. Use it on the FX thread.
 */
public final class EvaluationView extends BorderPane {

    /** Style class of the view. */
    public static final String VIEW = "evaluation-view";
    /** Style class of the accuracy line on top. */
    public static final String HEADLINE = "evaluation-headline";
    /** Style class of the sentence shown while there is nothing to show. */
    public static final String PLACEHOLDER = "evaluation-placeholder";
    /** Style class of the row holding the matrix and the scores. */
    public static final String BODY = "evaluation-body";
    /** Style class of a part's title, above the matrix and above the scores. */
    public static final String PART_TITLE = "evaluation-part-title";
    /** Style class of a regression's headline over its figures. */
    public static final String REGRESSION = "evaluation-regression";
    /** Style class of the column that lists a cell's samples in place of the scores. */
    public static final String SAMPLES_PART = "evaluation-samples";
    /** Style class of the row that chooses the validation or the test part. */
    public static final String PARTS = "evaluation-parts";

    static final String WAITING = "When a run ends, the network is tested here on the validation samples, "
            + "which it never learned from: which classes it mixes up, and how precise it is for each.";
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationView.class);

    /** The body's padding above and below, as the stylesheet sets it. */
    private static final double BODY_PADDING = 16;

    private final Label headline = new Label();
    /** The headline's figure, "97.3% on the 150 validation samples", while a classification's result shows. */
    private String accuracy;
    private final Label placeholder = new Label(WAITING);
    private final ConfusionMatrixView matrix = new ConfusionMatrixView();
    private final ScoresTable scores = new ScoresTable();
    private final CellSamplesView cellSamples = new CellSamplesView();
    private final Button backToScores = new Button("← Scores per class");
    private final VBox rightColumn = new VBox();
    private final VBox scoresPart;
    private final VBox samplesPart;
    /** The samples evaluated and what the network said of each, for the cells' samples; null without a classification. */
    private Dataset evaluated;
    private Outcomes outcomes;
    private int[] shownCell;
    private final ScrollPane content;
    private final RegressionFigures figures = new RegressionFigures();
    private final Label figuresHeadline = new Label();
    private final VBox regression = new VBox(figuresHeadline, figures);
    private final ReadOnlyObjectWrapper<ClassificationReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<RegressionReport> regressionReport = new ReadOnlyObjectWrapper<>(this, "regressionReport");
    /** Counts requests, so that only the newest one's result is shown. */
    private long generation;
    /** Chooses the held-back part to test on, shown when the data set has a test part. */
    private final ToggleGroup part = new ToggleGroup();
    private final ToggleButton onValidation = new ToggleButton("Validation");
    private final ToggleButton onTest = new ToggleButton("Test");
    private final HBox parts = new HBox(new Label("Tested on"), onValidation, onTest);
    /** What the last {@link #evaluate} call was given, so that a change of part tests again. */
    private Program program;
    private Split data;
    private boolean stopped;

    /** An empty view that says what it will show. */
    public EvaluationView() {
        setId("evaluation");
        getStyleClass().add(VIEW);
        headline.getStyleClass().add(HEADLINE);
        placeholder.getStyleClass().add(PLACEHOLDER);
        placeholder.setWrapText(true);
        // The accuracy heads the scores column rather than the tab: the matrix gets the full height.
        scoresPart = part("Scores per class", scores);
        samplesPart = new VBox(backToScores, cellSamples);
        samplesPart.getStyleClass().add(SAMPLES_PART);
        backToScores.setId("back-to-scores");
        backToScores.setOnAction(e -> showScores());
        rightColumn.getChildren().setAll(headline, scoresPart);
        matrix.setOnCellClicked(this::showCell);
        HBox body = new HBox(part("Confusion matrix", matrix), rightColumn);
        body.getStyleClass().add(BODY);
        content = new ScrollPane(new ShrinkToFit(body));
        content.setFitToWidth(true);
        content.setFitToHeight(true);
        // The matrix sizes its cells for the room, so that it shows whole at full size; the body's padding is not room.
        content.viewportBoundsProperty().addListener((obs, old, bounds) -> matrix.fitHeight(bounds.getHeight() - BODY_PADDING));
        figuresHeadline.getStyleClass().add(HEADLINE);
        regression.getStyleClass().add(REGRESSION);
        onValidation.setId("evaluate-validation");
        onTest.setId("evaluate-test");
        onValidation.setToggleGroup(part);
        onTest.setToggleGroup(part);
        parts.getStyleClass().add(PARTS);
        part.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                // One part is always chosen: a second click on it keeps it.
                part.selectToggle(old);
            } else if (program != null) {
                test();
            }
        });
        setCenter(placeholder);
    }

    /** Forgets the last evaluation and any still being computed. */
    public void clear() {
        showUnavailable(WAITING);
    }

    /** Says why there is nothing to evaluate, e.g. after a failed run. */
    public void showUnavailable(String sentence) {
        generation++;
        // The network may train again: choosing a part must not test it meanwhile.
        program = null;
        setTop(null);
        showPlaceholder(sentence);
    }

    /**
     * Tests a trained network on a background thread: on the test part when the data set holds one
     * back (the validation part is then a click away), else on the validation samples (the training
     * samples when none were held back). The program must no longer be training.
     *
     * @param stopped whether the run was stopped: the network is then as it was mid-epoch, and its
     *                accuracy may differ from the last epoch's
     */
    public void evaluate(Program program, Split data, boolean stopped) {
        this.program = null;
        boolean hasTest = data.test().size() > 0;
        // The test part, held back from everything during training, is the honest final figure.
        part.selectToggle(hasTest ? onTest : onValidation);
        setTop(hasTest ? parts : null);
        this.program = program;
        this.data = data;
        this.stopped = stopped;
        test();
    }

    private void test() {
        long request = ++generation;
        boolean onTestPart = part.getSelectedToggle() == onTest;
        Dataset samples = testSet(data, onTestPart);
        String which = describe(data, onTestPart) + (stopped ? ", as the network was when the run stopped" : "");
        Program program = this.program;
        showPlaceholder("Testing the network on " + which + "…");
        Thread worker = new Thread(() -> {
            try {
                // A network that predicts numbers has no classes to confuse: it is measured by its errors.
                Runnable shown;
                if (samples.isClassification()) {
                    Predictions predictions = Predictions.of(program, samples);
                    ClassificationReport result = predictions.report(samples);
                    Outcomes said = Outcomes.of(predictions, samples);
                    shown = () -> {
                        show(result, which);
                        evaluated = samples;
                        outcomes = said;
                    };
                } else {
                    RegressionReport result = RegressionReport.of(program, samples);
                    shown = () -> show(result, which);
                }
                Platform.runLater(() -> {
                    if (request == generation) {
                        shown.run();
                    }
                });
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Evaluation failed", e);
                Platform.runLater(() -> {
                    if (request == generation) {
                        showPlaceholder("The network could not be tested: " + e.getMessage());
                    }
                });
            }
        }, "evaluation");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Shows a report on {@code which} samples, e.g. "the 150 validation samples"; its cells list
     * their samples once the samples and outcomes are known (after {@link #evaluate}).
     */
    public void show(ClassificationReport result, String which) {
        evaluated = null;
        outcomes = null;
        showScores();
        accuracy = String.format(Locale.ROOT, "%.1f%% on %s", result.accuracy() * 100, which);
        headline.setText("Accuracy " + accuracy);
        matrix.show(result);
        scores.show(ScoreRows.of(result));
        setCenter(content);
        regressionReport.set(null);
        report.set(result);
    }

    /**
     * The accuracy the headline shows, such as "97.3% on the 150 validation samples, as the network was
     * when the run stopped", for other views to give the same figure; empty without a classification's result.
     */
    public Optional<String> accuracy() {
        return report.get() == null ? Optional.empty() : Optional.of(accuracy);
    }

    /** Shows how close a regression or reconstruction comes to its targets on {@code which} samples. */
    public void show(RegressionReport result, String which) {
        report.set(null);
        figuresHeadline.setText("Errors on " + which);
        figures.show(result);
        setCenter(regression);
        regressionReport.set(result);
    }

    /** Lists a cell's samples in place of the scores; a second click on the same cell goes back. */
    private void showCell(int truth, int predicted) {
        if (outcomes == null || shownCell != null && shownCell[0] == truth && shownCell[1] == predicted) {
            showScores();
            return;
        }
        shownCell = new int[] {truth, predicted};
        cellSamples.show(evaluated, outcomes, truth, predicted);
        rightColumn.getChildren().setAll(headline, samplesPart);
    }

    private void showScores() {
        shownCell = null;
        matrix.clearSelection();
        rightColumn.getChildren().setAll(headline, scoresPart);
    }

    /** The samples of the clicked confusion-matrix cell. */
    public CellSamplesView cellSamples() {
        return cellSamples;
    }

    /** The regression report shown, or null while none is. */
    public ReadOnlyObjectProperty<RegressionReport> regressionReportProperty() {
        return regressionReport.getReadOnlyProperty();
    }

    /** The report shown, or null while none is. */
    public ReadOnlyObjectProperty<ClassificationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /**
     * The samples a network is tested on: the test part when chosen, else the validation part, or
     * the training set when that is empty.
     */
    static Dataset testSet(Split data, boolean test) {
        if (test) {
            return data.test();
        }
        return data.validation().size() > 0 ? data.validation() : data.train();
    }

    /** "the 150 validation samples", "the 30 test samples", or what stands in for them. */
    static String describe(Split data, boolean test) {
        if (test) {
            return samples(data.test(), "test");
        }
        if (data.validation().size() > 0) {
            return samples(data.validation(), "validation");
        }
        return samples(data.train(), "training") + " (none were held back for validation)";
    }

    private static String samples(Dataset part, String kind) {
        return "the " + part.size() + " " + kind + (part.size() == 1 ? " sample" : " samples");
    }

    private void showPlaceholder(String sentence) {
        report.set(null);
        regressionReport.set(null);
        placeholder.setText(sentence);
        setCenter(placeholder);
    }

    private static VBox part(String title, Node body) {
        Label label = new Label(title);
        label.getStyleClass().add(PART_TITLE);
        return new VBox(label, body);
    }
}
