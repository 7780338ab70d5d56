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
import org.neurocanvas.data.Dataset;
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
    /** Style class of a cell holding such a line and its guess. */
    static final String LINE_CELL = "gallery-line-cell";
    /** Set on a cell whose image the network gets wrong. */
    public static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    static final String WAITING = waiting(true, true);
    /** Two rows: the dashboard is short. */
    private static final int COLUMNS = GallerySamples.COUNT / 2;
    /** Leaves two lines of caption room in a 780-pixel-high window's dashboard. */
    private static final double IMAGE_SIZE = 30;
    /** An image over its reconstruction: one row of images, so each may be larger. */
    private static final double PAIR_IMAGE_SIZE = 40;
    /** A cell is at least this wide, and wider for a long class name ("T-shirt/top"), which is never cut. */
    private static final double CELL_WIDTH = 50;

    private final Label title = new Label("Predictions");
    private final Label summary = new Label(WAITING);
    private final GridPane grid = new GridPane();
    private final List<Label> captions = new ArrayList<>();
    private final List<Tooltip> tooltips = new ArrayList<>();
    /** Where each image's reconstruction is drawn, when the network is to give the images back. */
    private final List<ImageView> rebuilt = new ArrayList<>();
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

    /**
     * Before a run: waits for samples of this shape, forgetting those of other data shown before.
     *
     * @param classes whether the network is to name each sample's class, else to give it back
     */
    public void expect(int[] sampleShape, boolean classes) {
        if (samples != null && Arrays.equals(samples.data().sampleShape(), sampleShape) && samples.reconstructions() != classes) {
            return;
        }
        samples = null;
        clear();
        title.setText(classes ? "Predictions" : "Reconstructions");
        summary.setText(waiting(Thumbnails.isImage(sampleShape), classes));
    }

    private static String waiting(boolean images, boolean classes) {
        if (!classes) {
            return "Press Train to watch the network rebuild " + GallerySamples.LINES + " validation images from what it keeps of them.";
        }
        return images ? "Press Train to watch the network's guesses on " + GallerySamples.COUNT + " validation images."
                : "Press Train to watch the network's guesses on " + GallerySamples.LINES + " validation samples.";
    }

    private void clear() {
        grid.getChildren().clear();
        captions.clear();
        tooltips.clear();
        rebuilt.clear();
    }

    /** Shows these samples, unlabelled (or not yet rebuilt) until the first frame. */
    public void setSamples(GallerySamples next) {
        samples = next;
        clear();
        title.setText(next.reconstructions() ? "Reconstructions" : "Predictions");
        summary.setText(waiting(next.images(), !next.reconstructions()));
        if (next.reconstructions()) {
            for (int i = 0; i < next.size(); i++) {
                grid.add(pairCell(next, i), i, 0);
            }
            return;
        }
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
    }

    // The image, with room under it for what the network makes of it.
    private Pane pairCell(GallerySamples shown, int i) {
        ImageView output = new ImageView();
        sized(output, PAIR_IMAGE_SIZE);
        rebuilt.add(output);
        VBox cell = new VBox(sized(imageView(shown.data().sampleShape(), shown.pixels(i)), PAIR_IMAGE_SIZE), output);
        cell.getStyleClass().add(CELL);
        cell.setMinWidth(CELL_WIDTH);
        cell.setAccessibleText("A validation image, above what the network makes of it.");
        return cell;
    }

    private static ImageView imageView(int[] shape, int[] pixels) {
        return sized(new ImageView(image(shape, pixels)), IMAGE_SIZE);
    }

    private static WritableImage image(int[] shape, int[] pixels) {
        WritableImage image = new WritableImage(shape[1], shape[0]);
        image.getPixelWriter().setPixels(0, 0, shape[1], shape[0], PixelFormat.getIntArgbInstance(), pixels, 0, shape[1]);
        return image;
    }

    private static ImageView sized(ImageView view, double size) {
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setPreserveRatio(true);
        return view;
    }

    // The image, with the guess under it.
    private static Pane imageCell(GallerySamples shown, int i, Label caption) {
        caption.setTextAlignment(TextAlignment.CENTER);
        VBox cell = new VBox(imageView(shown.data().sampleShape(), shown.pixels(i)), caption);
        cell.setMinWidth(CELL_WIDTH);
        return cell;
    }

    // The sample as the network receives it, then the guess.
    private static Pane lineCell(GallerySamples shown, int i, Label caption) {
        Label sample = new Label(SampleText.of(shown.data(), i));
        sample.getStyleClass().add(LINE);
        sample.setMinWidth(USE_PREF_SIZE);
        HBox cell = new HBox(sample, caption);
        cell.getStyleClass().add(LINE_CELL);
        return cell;
    }

    private String noun() {
        return samples.images() ? "image" : "sample";
    }

    /**
     * Labels every sample of {@code shown} with the network's guess, or draws what it makes of each image,
     * first showing the samples if new; on the FX thread.
     */
    public void show(GallerySamples shown, GalleryFrame frame) {
        if (shown != samples) {
            setSamples(shown);
        }
        if (samples.reconstructions()) {
            showReconstructions(frame.outputs());
            return;
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

    // Each rebuilt image in its original's levels, so that a grey blur looks like one; and how far off they are.
    private void showReconstructions(float[] outputs) {
        Dataset data = samples.data();
        int[] shape = data.sampleShape();
        int n = data.featureCount();
        float[] originals = data.features();
        double squared = 0;
        for (int i = 0; i < rebuilt.size(); i++) {
            float[] span = Thumbnails.span(originals, i * n, shape);
            int[] pixels = Thumbnails.argb(outputs, i * n, shape, span[0], span[1]);
            rebuilt.get(i).setImage(image(shape, pixels));
            for (int k = i * n; k < (i + 1) * n; k++) {
                squared += (outputs[k] - originals[k]) * (outputs[k] - originals[k]);
            }
        }
        summary.setText(String.format(Locale.ROOT, "Top: validation images; below: the network's copies (mean squared error %.4f).",
                squared / (rebuilt.size() * (double) n)));
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
