package org.neurocanvas.ui.gallery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.neurocanvas.ui.evaluation.Thumbnails;

/**
 * The prediction gallery (id {@code gallery}): a few validation samples, each with the class the
 * network gives it and how sure it is, red where it is wrong. It takes the decision boundary's
 * place for data with classes that is not a point in the plane, so a class watches the guesses
 * improve as the loss falls: images as pictures, anything else (a table's row, a sequence) as a
 * line of text ({@link SampleText}).
 */
public final class GalleryView extends VBox {

    /** Style class of the view. */
    public static final String VIEW = "gallery-view";
    /** Style class of one sample with its label. */
    public static final String CELL = "gallery-cell";
    /** Style class of a sample written as a line of text. */
    public static final String LINE = "gallery-line";
    /** Set on a cell whose image the network gets wrong. */
    public static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    static final String WAITING = waiting(true);
    /** Two rows: the dashboard is short. */
    private static final int COLUMNS = GallerySamples.COUNT / 2;
    /** Leaves two lines of caption room in a 780-pixel-high window's dashboard. */
    private static final double IMAGE_SIZE = 30;
    /** A cell is at least this wide, and wider for a long class name ("T-shirt/top"), which is never cut. */
    private static final double CELL_WIDTH = 50;

    private final Label title = new Label("Predictions");
    private final Label summary = new Label(WAITING);
    private final GridPane grid = new GridPane();
    private final List<Label> captions = new ArrayList<>();
    private final List<Tooltip> tooltips = new ArrayList<>();
    private GallerySamples samples;

    /** An empty gallery, waiting for a run on images. */
    public GalleryView() {
        setId("gallery");
        getStyleClass().add(VIEW);
        title.getStyleClass().add("boundary-title");
        summary.setWrapText(true);
        summary.maxWidthProperty().bind(Bindings.max(COLUMNS * CELL_WIDTH, grid.widthProperty()));
        // The charts beside give way rather than the captions: a cut "T-shir…" hides the guess.
        setMinWidth(USE_PREF_SIZE);
        summary.getStyleClass().add("gallery-summary");
        grid.getStyleClass().add("gallery-grid");
        getChildren().addAll(title, grid, summary);
    }

    /** Before a run: waits for samples of this shape, forgetting those of other data shown before. */
    public void expect(int[] sampleShape) {
        if (samples != null && Arrays.equals(samples.data().sampleShape(), sampleShape)) {
            return;
        }
        samples = null;
        grid.getChildren().clear();
        captions.clear();
        tooltips.clear();
        summary.setText(waiting(Thumbnails.isImage(sampleShape)));
    }

    private static String waiting(boolean images) {
        return images ? "Press Train to watch the network's guesses on " + GallerySamples.COUNT + " validation images."
                : "Press Train to watch the network's guesses on " + GallerySamples.LINES + " validation samples.";
    }

    /** Shows these samples, unlabelled until the first frame. */
    public void setSamples(GallerySamples next) {
        samples = next;
        grid.getChildren().clear();
        captions.clear();
        tooltips.clear();
        for (int i = 0; i < next.size(); i++) {
            Label caption = new Label(next.images() ? " \n " : " ");
            caption.setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
            Pane cell = next.images() ? imageCell(next, i, caption) : lineCell(next, i, caption);
            cell.getStyleClass().add(CELL);
            cell.setAccessibleText("A validation " + noun() + " of " + next.names().get(next.labels()[i]) + ".");
            Tooltip tooltip = new Tooltip(cell.getAccessibleText());
            Tooltip.install(cell, tooltip);
            tooltips.add(tooltip);
            captions.add(caption);
            if (next.images()) {
                grid.add(cell, i % COLUMNS, i / COLUMNS);
            } else {
                grid.add(cell, 0, i);
            }
        }
        summary.setText(waiting(next.images()));
    }

    // The image, with the guess under it.
    private static Pane imageCell(GallerySamples shown, int i, Label caption) {
        int[] shape = shown.data().sampleShape();
        WritableImage image = new WritableImage(shape[1], shape[0]);
        image.getPixelWriter().setPixels(0, 0, shape[1], shape[0], PixelFormat.getIntArgbInstance(), shown.pixels(i), 0, shape[1]);
        ImageView view = new ImageView(image);
        view.setFitWidth(IMAGE_SIZE);
        view.setFitHeight(IMAGE_SIZE);
        view.setPreserveRatio(true);
        caption.setTextAlignment(TextAlignment.CENTER);
        VBox cell = new VBox(view, caption);
        cell.setMinWidth(CELL_WIDTH);
        return cell;
    }

    // The sample as the network receives it, then the guess.
    private static Pane lineCell(GallerySamples shown, int i, Label caption) {
        Label sample = new Label(SampleText.of(shown.data(), i));
        sample.getStyleClass().add(LINE);
        sample.setMinWidth(USE_PREF_SIZE);
        return new HBox(sample, caption);
    }

    private String noun() {
        return samples.images() ? "image" : "sample";
    }

    /** Labels every image of {@code shown} with the network's guess, first showing the images if new; on the FX thread. */
    public void show(GallerySamples shown, GalleryFrame frame) {
        if (shown != samples) {
            setSamples(shown);
        }
        for (int i = 0; i < captions.size(); i++) {
            int truth = samples.labels()[i];
            boolean wrong = frame.predicted()[i] != truth;
            Label caption = captions.get(i);
            String guess = samples.names().get(frame.predicted()[i]);
            caption.setText(samples.images() ? caption(guess, frame.confidence()[i]) : guess + " " + percent(frame.confidence()[i]));
            String said = describe(noun(), samples.names().get(truth), guess, frame.confidence()[i]);
            caption.getParent().pseudoClassStateChanged(WRONG, wrong);
            caption.getParent().setAccessibleText(said);
            tooltips.get(i).setText(said);
        }
        summary.setText(frame.right(samples.labels()) + " of " + captions.size() + " right; red: wrong guesses.");
    }

    /** The caption under an image: the class guessed over how sure, such as {@code "T-shirt/top\n98%"}. */
    static String caption(String className, float confidence) {
        return className + "\n" + percent(confidence);
    }

    /** A sample's tooltip and accessible text: what it is, what the network says, and whether that is right. */
    static String describe(String noun, String truth, String guess, float confidence) {
        return "A validation " + noun + " of " + truth + "; the network says " + guess + ", " + percent(confidence) + " sure"
                + (truth.equals(guess) ? ": right." : ": wrong.");
    }

    private static String percent(float confidence) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * confidence);
    }

    /** The summary line under the images. */
    public String summary() {
        return summary.getText();
    }
}
