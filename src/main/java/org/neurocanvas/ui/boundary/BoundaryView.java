package org.neurocanvas.ui.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The decision boundary (id {@code boundary}): a square picture of the input plane coloured by the
 * class the network predicts there, with the training points on top in their class colours. It
 * shows the frames a {@link BoundaryProbe} hands over; for data that is not a point in the plane it
 * turns grey and says why. The class colours come from the stylesheet ({@value #PALETTE}).
 */
public final class BoundaryView extends Region {

    /** Style class of the view. */
    public static final String VIEW = "boundary-view";
    /** Style class of the view's title. */
    public static final String TITLE = "boundary-title";
    /** Style class of the square that holds the picture. */
    public static final String PLOT = "boundary-plot";
    /** Style class of the sentence shown instead of a picture. */
    public static final String MESSAGE = "boundary-message";
    /** Set while the data cannot have a decision boundary to show. */
    public static final PseudoClass UNAVAILABLE = PseudoClass.getPseudoClass("unavailable");
    /**
     * Style class of a part without size whose background layers are the class colours, in order:
     * {@code .boundary-palette { -fx-background-color: -nc-class-0, -nc-class-1; }}.
     */
    public static final String PALETTE = "boundary-palette";

    static final String WAITING = "Press Train to watch the network divide the plane between the classes.";
    private static final List<Color> FALLBACK_COLORS = List.of(Color.web("#2f6fde"), Color.web("#e07b39"));
    private static final double POINT_RADIUS_SHARE = 1 / 110.0;
    private static final double MIN_POINT_RADIUS = 2.5;
    /** How wide the sentence shown instead of a picture may be, so it fits in a few lines. */
    private static final double MESSAGE_WIDTH = 200;

    private final Label title = new Label("Decision boundary");
    private final Canvas canvas = new Canvas();
    private final Label message = new Label(WAITING);
    private final StackPane plot = new StackPane(canvas, message);
    private final ReadOnlyIntegerWrapper framesDrawn = new ReadOnlyIntegerWrapper(this, "framesDrawn", 0);
    /**
     * Holds the class colours as its background's layers, where the stylesheet puts them
     * ({@value #PALETTE}); it has no size, so they never show themselves.
     */
    private final Region palette = new Region();
    private BoundaryFrame frame;
    private WritableImage image;
    /** Why the data can have no decision boundary; null when it can. */
    private String unavailable;

    /** An empty view, waiting for a run. */
    public BoundaryView() {
        setId("boundary");
        getStyleClass().add(VIEW);
        title.getStyleClass().add(TITLE);
        plot.getStyleClass().add(PLOT);
        message.getStyleClass().add(MESSAGE);
        message.setWrapText(true);
        palette.getStyleClass().add(PALETTE);
        palette.setManaged(false);
        palette.backgroundProperty().addListener((obs, old, colours) -> {
            if (frame != null) {
                paint(frame);
                redraw();
            }
        });
        getChildren().addAll(title, plot, palette);
    }

    /**
     * Says what the samples of the data look like, before any run: for data that is not a point in
     * the plane the view turns grey and says why.
     *
     * @param sampleShape the shape of one sample, or null while it is not known
     */
    public void setSampleShape(int[] sampleShape) {
        if (sampleShape == null || BoundaryData.isPlanar(sampleShape)) {
            unavailable = null;
        } else {
            frame = null;
            unavailable = needsTwoFeatures(sampleShape);
        }
        update();
    }

    /** Why data of this sample shape has no boundary to show; short, as it fits in the square. */
    static String needsTwoFeatures(int[] sampleShape) {
        String these = sampleShape.length == 1 ? "this data has " + sampleShape[0]
                : "each sample here is " + Arrays.stream(sampleShape).mapToObj(String::valueOf).collect(Collectors.joining("×"));
        return "Needs data with 2 features, such as spiral or moons: " + these + ".";
    }

    /** Forgets the picture of the last run. */
    public void clear() {
        frame = null;
        update();
    }

    /** Draws a frame from the probe; call on the FX thread. */
    public void show(BoundaryFrame next) {
        frame = next;
        unavailable = null;
        paint(next);
        update();
        framesDrawn.set(framesDrawn.get() + 1);
    }

    private void update() {
        pseudoClassStateChanged(UNAVAILABLE, unavailable != null);
        message.setText(unavailable != null ? unavailable : WAITING);
        message.setVisible(frame == null);
        // A sentence in place of the picture asks for another width.
        requestLayout();
        redraw();
    }

    /** How many frames the view has drawn since it was made: tests wait on it. */
    public ReadOnlyIntegerProperty framesDrawnProperty() {
        return framesDrawn.getReadOnlyProperty();
    }

    /** The class colours in use, as the stylesheet set them; two defaults until it has. */
    public List<Color> classColors() {
        Background layers = palette.getBackground();
        List<Color> colors = layers == null ? List.of() : layers.getFills().stream().map(BackgroundFill::getFill)
                .filter(Color.class::isInstance).map(Color.class::cast).toList();
        return colors.isEmpty() ? FALLBACK_COLORS : colors;
    }

    private void paint(BoundaryFrame f) {
        int n = f.data().grid().resolution();
        if (image == null || (int) image.getWidth() != n) {
            image = new WritableImage(n, n);
        }
        image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), f.pixels(classColors()), 0, n);
    }

    private void redraw() {
        double size = canvas.getWidth();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, size, size);
        if (frame == null || size <= 0) {
            return;
        }
        // Smoothing blends the 64 × 64 cells into soft regions, as the probabilities themselves blend.
        g.setImageSmoothing(true);
        g.drawImage(image, 0, 0, size, size);
        BoundaryData data = frame.data();
        double r = Math.max(MIN_POINT_RADIUS, size * POINT_RADIUS_SHARE);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        List<Color> colors = classColors();
        float[] xy = data.points();
        for (int i = 0; i < data.size(); i++) {
            double x = data.grid().viewX(xy[2 * i], size);
            double y = data.grid().viewY(xy[2 * i + 1], size);
            g.setFill(BoundaryColors.classColor(colors, data.labels()[i]));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.VERTICAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        double side = height < 0 ? plot.prefWidth(-1) : Math.max(0, height - in.getTop() - in.getBottom() - titleHeight());
        // A sentence in place of the picture needs lines longer than a short dashboard's square gives.
        double content = Math.max(title.prefWidth(-1), unavailable != null ? Math.max(side, MESSAGE_WIDTH) : side);
        return in.getLeft() + in.getRight() + content;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double side = width < 0 ? plot.prefHeight(-1) : width - in.getLeft() - in.getRight();
        return in.getTop() + in.getBottom() + titleHeight() + side;
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight() + title.prefWidth(-1);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double titleHeight = titleHeight();
        double height = Math.max(0, getHeight() - in.getTop() - in.getBottom() - titleHeight);
        double side = Math.min(width, height);
        // The picture is square; a sentence takes the whole width.
        double plotWidth = unavailable != null ? width : side;
        double left = in.getLeft() + (width - plotWidth) / 2;
        layoutInArea(title, in.getLeft(), in.getTop(), width, titleHeight, 0, HPos.CENTER, VPos.TOP);
        plot.resizeRelocate(snapPositionX(left), snapPositionY(in.getTop() + titleHeight), snapSizeX(plotWidth),
                snapSizeY(unavailable != null ? height : side));
        Insets pi = plot.getInsets();
        double inner = Math.max(0, side - Math.max(pi.getLeft() + pi.getRight(), pi.getTop() + pi.getBottom()));
        if (canvas.getWidth() != inner) {
            canvas.setWidth(inner);
            canvas.setHeight(inner);
            redraw();
        }
        message.setMaxWidth((plotWidth - pi.getLeft() - pi.getRight()) * 0.9);
    }

    private double titleHeight() {
        return snapSizeY(title.prefHeight(-1));
    }
}
