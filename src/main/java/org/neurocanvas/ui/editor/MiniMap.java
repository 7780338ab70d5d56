package org.neurocanvas.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * A small overview of a large network in a corner of the canvas: every card as a rectangle and
 * the visible part of the board as a frame. Pressing or dragging on it pans the view; a drag that
 * starts inside the frame carries the frame along.
 */
public final class MiniMap extends Region {

    /** The style class of the map. */
    public static final String STYLE_CLASS = "mini-map";
    /** The style class of the frame that marks the visible part of the board. */
    public static final String FRAME_CLASS = "mini-map-frame";
    /** The map's largest size in pixels; a map keeps the proportions of the board. */
    static final double MAX_WIDTH = 220;
    static final double MAX_HEIGHT = 140;

    private final Canvas cards = new Canvas();
    private final Rectangle frame = new Rectangle();
    private final Consumer<Point2D> panTo;
    private MiniMapGeometry geometry;
    /** What the canvas shows now: a pan that changes none of it moves the frame alone. */
    private List<Rectangle2D> drawnCards = List.of();
    private MiniMapGeometry drawnGeometry;
    private Color drawnColour;
    private Rectangle2D view = Rectangle2D.EMPTY;
    private Point2D grab = Point2D.ZERO;
    private boolean dragging;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);

    /**
     * @param panTo centres the view on a board point
     */
    public MiniMap(Consumer<Point2D> panTo) {
        this.panTo = panTo;
        setId("mini-map");
        getStyleClass().add(STYLE_CLASS);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText("Mini-map of the network: drag the frame to move the view");
        frame.getStyleClass().add(FRAME_CLASS);
        frame.setMouseTransparent(true);
        // Moved on every frame of a pan, the frame would otherwise lay the map out again each time (see draw).
        frame.setManaged(false);
        getChildren().addAll(cards, frame);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragging = false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    /** Whether the map may show (View > Mini-map); it shows only while the network does not fit the view. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /**
     * Shows the map with these cards and this visible part of the board, both in board coordinates,
     * while it is enabled and the cards do not fit the view; hides it otherwise.
     */
    void follow(List<Rectangle2D> cardBounds, Rectangle2D visible) {
        boolean needed = enabled.get() && MiniMapGeometry.needed(cardBounds, visible);
        setVisible(needed);
        if (needed) {
            show(cardBounds, visible);
        }
    }

    /** Draws these cards and this visible part of the board, both in board coordinates. */
    public void show(List<Rectangle2D> cardBounds, Rectangle2D visible) {
        view = visible;
        // While the frame is dragged the map keeps its scale, or the pointer would slide over a moving map.
        if (!dragging || geometry == null) {
            geometry = MiniMapGeometry.of(cardBounds, visible, MAX_WIDTH, MAX_HEIGHT);
        }
        // The frame's stroke colour is themed; the cards take it too, at a lower opacity.
        Color colour = frame.getStroke() instanceof Color c ? c.deriveColor(0, 1, 1, 0.45) : Color.gray(0.5, 0.45);
        if (!geometry.equals(drawnGeometry) || !colour.equals(drawnColour) || !cardBounds.equals(drawnCards)) {
            draw(cardBounds, colour);
        }
        Rectangle2D f = geometry.toMap(visible);
        frame.setX(f.getMinX());
        frame.setY(f.getMinY());
        frame.setWidth(f.getWidth());
        frame.setHeight(f.getHeight());
    }

    // Drawing 300 cards afresh on every frame of a pan was about 7 % of its rendering, with no graphics card.
    private void draw(List<Rectangle2D> cardBounds, Color colour) {
        // Laid out again only when its size changes: a layout of the map lays out the whole scroll pane, which
        // measures the board from all its cards, and a pan moves the frame alone.
        if (cards.getWidth() != geometry.width() || cards.getHeight() != geometry.height()) {
            cards.setWidth(geometry.width());
            cards.setHeight(geometry.height());
            requestLayout();
        }
        GraphicsContext g = cards.getGraphicsContext2D();
        g.clearRect(0, 0, cards.getWidth(), cards.getHeight());
        g.setFill(colour);
        for (Rectangle2D card : cardBounds) {
            Rectangle2D r = geometry.toMap(card);
            g.fillRect(r.getMinX(), r.getMinY(), Math.max(1, r.getWidth()), Math.max(1, r.getHeight()));
        }
        drawnCards = List.copyOf(cardBounds);
        drawnGeometry = geometry;
        drawnColour = colour;
    }

    /** The frame that marks the visible part of the board, in the map's coordinates. */
    public Rectangle frame() {
        return frame;
    }

    private void press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || geometry == null) {
            return;
        }
        Point2D at = geometry.toBoard(new Point2D(e.getX() - snappedLeftInset(), e.getY() - snappedTopInset()));
        Point2D centre = new Point2D(view.getMinX() + view.getWidth() / 2, view.getMinY() + view.getHeight() / 2);
        // Inside the frame the press holds the frame where it was grabbed; outside, the view jumps there.
        grab = view.contains(at) ? centre.subtract(at) : Point2D.ZERO;
        dragging = true;
        panTo.accept(at.add(grab));
        e.consume();
    }

    private void drag(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || geometry == null) {
            return;
        }
        panTo.accept(geometry.toBoard(new Point2D(e.getX() - snappedLeftInset(), e.getY() - snappedTopInset())).add(grab));
        e.consume();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + cards.getWidth() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + cards.getHeight() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        cards.relocate(snappedLeftInset(), snappedTopInset());
        frame.setLayoutX(snappedLeftInset());
        frame.setLayoutY(snappedTopInset());
    }
}
