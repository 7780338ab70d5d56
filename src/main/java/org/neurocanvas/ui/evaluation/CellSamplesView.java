package org.neurocanvas.ui.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.neurocanvas.data.Dataset;

/**
 * The samples of one confusion-matrix cell (id {@code cell-samples}), the most confident first:
 * images as thumbnails under the predicted class and its probability, other samples as table rows
 * with their values (as the network saw them, after scaling) and the probability of every class.
 */
public final class CellSamplesView extends VBox {

    /** Style class of the view. */
    public static final String VIEW = "cell-samples";
    /** Style class of one thumbnail with its caption. */
    public static final String TILE = "cell-sample-tile";
    /** Style class of a thumbnail's caption. */
    public static final String CAPTION = "cell-sample-caption";

    /** More samples than this would not be looked at one by one. */
    static final int LIMIT = 60;
    /** Table rows show at most this many values of a sample. */
    static final int MAX_VALUES = 12;
    /** Thumbnails are this many pixels wide, whatever the image's size. */
    private static final double THUMBNAIL = 72;

    private final Label title = new Label();
    private final ScrollPane content = new ScrollPane();

    /** An empty view; {@link #show} fills it. */
    public CellSamplesView() {
        setId("cell-samples");
        getStyleClass().add(VIEW);
        title.getStyleClass().add(EvaluationView.PART_TITLE);
        title.setWrapText(true);
        content.setFitToWidth(true);
        content.setPrefViewportWidth(520);
        content.setPrefViewportHeight(240);
        getChildren().addAll(title, content);
    }

    /** Lists the samples of {@code data} whose class is {@code truth} and which were predicted as {@code predicted}. */
    public void show(Dataset data, Outcomes outcomes, int truth, int predicted) {
        List<String> names = data.classNames();
        List<Integer> samples = outcomes.inCell(truth, predicted, LIMIT);
        long all = IntStream.range(0, outcomes.labels().length)
                .filter(i -> outcomes.labels()[i] == truth && outcomes.predicted()[i] == predicted).count();
        title.setText(heading(all, samples.size(), names.get(truth), names.get(predicted)));
        content.setContent(Thumbnails.isImage(data.sampleShape()) ? thumbnails(data, outcomes, samples, names)
                : table(data, outcomes, samples, names));
    }

    /** "3 samples of 'versicolor' predicted as 'virginica', the surest first"; "the 60 surest of 412" when cut short. */
    static String heading(long all, int shown, String truth, String predicted) {
        String what = truth.equals(predicted) ? "of '" + truth + "' predicted right" : "of '" + truth + "' predicted as '" + predicted + "'";
        if (all == 0) {
            return "No samples " + what + ".";
        }
        if (shown < all) {
            return "The " + shown + " surest of " + all + " samples " + what + ":";
        }
        return (all == 1 ? "1 sample " : all + " samples ") + what + ", the surest first:";
    }

    /** "virginica 71%". */
    static String caption(String name, float probability) {
        return String.format(Locale.ROOT, "%s %.0f%%", name, probability * 100);
    }

    private static FlowPane thumbnails(Dataset data, Outcomes outcomes, List<Integer> samples, List<String> names) {
        int[] shape = data.sampleShape();
        FlowPane tiles = new FlowPane(8, 8);
        float[] x = new float[data.featureCount()];
        float[] y = new float[data.targetWidth()];
        for (int sample : samples) {
            data.gather(new int[] {sample}, 0, 1, x, y);
            WritableImage image = new WritableImage(shape[1], shape[0]);
            image.getPixelWriter().setPixels(0, 0, shape[1], shape[0], PixelFormat.getIntArgbInstance(),
                    Thumbnails.argb(x, 0, shape), 0, shape[1]);
            ImageView view = new ImageView(image);
            view.setFitWidth(THUMBNAIL);
            view.setPreserveRatio(true);
            // Pixels stay square: a teacher shows what the network saw, not a blurred guess.
            view.setSmooth(false);
            int p = outcomes.predicted()[sample];
            Label caption = new Label(caption(names.get(p), outcomes.probability(sample, p)));
            caption.getStyleClass().add(CAPTION);
            VBox tile = new VBox(view, caption);
            tile.getStyleClass().add(TILE);
            Tooltip.install(tile, new Tooltip(probabilities(outcomes, sample, names)));
            tiles.getChildren().add(tile);
        }
        return tiles;
    }

    private static TableView<Integer> table(Dataset data, Outcomes outcomes, List<Integer> samples, List<String> names) {
        TableView<Integer> table = new TableView<>();
        table.setAccessibleText("The samples of this cell");
        table.getColumns().add(column("sample", i -> String.valueOf(i + 1)));
        for (int j = 0; j < Math.min(MAX_VALUES, data.featureCount()); j++) {
            int feature = j;
            table.getColumns().add(column("x" + (j + 1), i -> String.format(Locale.ROOT, "%.3f", data.feature(i, feature))));
        }
        for (int c = 0; c < names.size(); c++) {
            int cls = c;
            table.getColumns().add(column("p(" + names.get(c) + ")",
                    i -> String.format(Locale.ROOT, "%.0f%%", outcomes.probability(i, cls) * 100)));
        }
        table.getItems().setAll(samples);
        table.setPrefHeight(240);
        return table;
    }

    /** Every class's probability, the likeliest first: "virginica 71% · versicolor 27% · setosa 2%". */
    static String probabilities(Outcomes outcomes, int sample, List<String> names) {
        return IntStream.range(0, names.size()).boxed()
                .sorted((a, b) -> Float.compare(outcomes.probability(sample, b), outcomes.probability(sample, a)))
                .map(c -> caption(names.get(c), outcomes.probability(sample, c))).reduce((a, b) -> a + " · " + b).orElse("");
    }

    private static TableColumn<Integer, String> column(String title, IntFunction<String> text) {
        TableColumn<Integer, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}
