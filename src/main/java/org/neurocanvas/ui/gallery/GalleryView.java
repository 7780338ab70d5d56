package org.neurocanvas.ui.gallery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The prediction gallery (id {@code gallery}): a few validation images, each with the class the
 * network gives it and how sure it is, red where it is wrong. It takes the decision boundary's
 * place for image data, so a class watches the guesses on real pictures improve as the loss falls.
 */
public final class GalleryView extends VBox {

    /** Style class of the view. */
    public static final String VIEW = "gallery-view";
    /** Style class of one image with its label. */
    public static final String CELL = "gallery-cell";
    /** Set on a cell whose image the network gets wrong. */
    public static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    static final String WAITING = "Press Train to watch the network's guesses on " + GallerySamples.COUNT + " validation images.";
    /** Two rows: the dashboard is short, and a caption like "8 100%" needs the width of a column. */
    private static final int COLUMNS = GallerySamples.COUNT / 2;
    private static final double IMAGE_SIZE = 34;
    private static final double CELL_WIDTH = 50;

    private final Label title = new Label("Predictions");
    private final Label summary = new Label(WAITING);
    private final GridPane grid = new GridPane();
    private final List<Label> captions = new ArrayList<>();
    private GallerySamples samples;

    /** An empty gallery, waiting for a run on images. */
    public GalleryView() {
        setId("gallery");
        getStyleClass().add(VIEW);
        title.getStyleClass().add("boundary-title");
        summary.setWrapText(true);
        summary.setMaxWidth(COLUMNS * CELL_WIDTH);
        summary.getStyleClass().add("gallery-summary");
        grid.getStyleClass().add("gallery-grid");
        getChildren().addAll(title, grid, summary);
    }

    /** Shows these images, unlabelled until the first frame. */
    public void setSamples(GallerySamples next) {
        samples = next;
        grid.getChildren().clear();
        captions.clear();
        int[] shape = next.data().sampleShape();
        for (int i = 0; i < next.size(); i++) {
            WritableImage image = new WritableImage(shape[1], shape[0]);
            image.getPixelWriter().setPixels(0, 0, shape[1], shape[0], PixelFormat.getIntArgbInstance(), next.pixels(i), 0, shape[1]);
            ImageView view = new ImageView(image);
            view.setFitWidth(IMAGE_SIZE);
            view.setFitHeight(IMAGE_SIZE);
            view.setPreserveRatio(true);
            Label caption = new Label(" ");
            VBox cell = new VBox(view, caption);
            cell.setMinWidth(CELL_WIDTH);
            cell.getStyleClass().add(CELL);
            cell.setAccessibleText("validation image of " + next.names().get(next.labels()[i]));
            captions.add(caption);
            grid.add(cell, i % COLUMNS, i / COLUMNS);
        }
        summary.setText(WAITING);
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
            caption.setText(caption(samples.names().get(frame.predicted()[i]), frame.confidence()[i]));
            caption.getParent().pseudoClassStateChanged(WRONG, wrong);
            caption.getParent().setAccessibleText("validation image of " + samples.names().get(truth) + ", predicted "
                    + caption.getText() + (wrong ? ", wrong" : ", right"));
        }
        summary.setText(frame.right(samples.labels()) + " of " + captions.size() + " right; red: wrong guesses.");
    }

    /** The caption under an image: the class guessed and how sure, such as {@code 7 98%}. */
    static String caption(String className, float confidence) {
        String name = className.length() > 7 ? className.substring(0, 6) + "…" : className;
        return name + " " + String.format(Locale.ROOT, "%.0f%%", 100 * confidence);
    }

    /** The summary line under the images. */
    public String summary() {
        return summary.getText();
    }
}
