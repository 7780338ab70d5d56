package org.neurocanvas.ui.editor;

import java.util.List;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.CacheHint;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.input.ZoomEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Transform;
import javafx.util.Duration;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.ui.Styles;

/**
 * The graph editor: layer cards and wires on a scrollable board (id {@code canvas}). It
 * redraws from the model after every command and turns mouse gestures into calls on the
 * {@link EditorModel}; the only thing it changes itself is where cards are drawn during a drag.
 */
public final class CanvasView extends ScrollPane {

    /** The id of the text field that renames a layer in place. */
    public static final String RENAME_FIELD_ID = "rename-field";

    private final EditorModel editor;
    private final DrawnNetwork network;
    private final Board board;
    private final Group overlay = new Group();
    private final GridLines grid = new GridLines();
    private final WireView rubberBand = new WireView(null);
    /** Below this, text is too small to read on a projector. */
    static final double MIN_READABLE_ZOOM = 0.8;
    /** White space around an exported picture, in canvas units. */
    private static final double EXPORT_MARGIN = 20;
    /** The largest zoom that Zoom to Selection picks: one card enlarged, not blown up. */
    private static final double SELECTION_ZOOM = 1.5;
    /** Room kept around layers that are zoomed to or revealed. */
    private static final double REVEAL_MARGIN = 40;
    /** How many steps Shift+arrow moves the selection at once. */
    private static final double NUDGE_FAR = 5;

    /**
     * Escape in a text field of the window (a setting, the palette's search) gives the keyboard back to the canvas,
     * so that Delete, Ctrl+Z and the arrow keys work on the network again. It acts on the key's release, after the
     * field has had the press (a setting drops what was typed, the search empties).
     */
    private final EventHandler<KeyEvent> leaveField = this::leaveField;
    private boolean fitting;
    private boolean spaceHeld;
    /** Whether the primary button went down on a card, which then owns the drag rather than the scroll pane. */
    private boolean cardHeld;
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    /** Ends {@link #fitUntilZoomed}'s refitting; does nothing while none is under way. */
    private Runnable stopFitting = () -> { };
    private MoveDrag moveDrag;
    /**
     * Whether the view moved since the board was last culled. The board is culled just before the next layout, not
     * from the scroll pane's own listeners: changing the board there made the scroll pane undo the scroll under way.
     */
    private boolean cullPending;
    /** The cards as the mini-map draws them, until the next edit. */
    private List<Rectangle2D> mappedCards;
    private final Runnable cullBeforeLayout = this::followView;
    private WireDrag wireDrag;
    private Marquee marquee;
    private final Rectangle marqueeView = new Rectangle();
    private InlineRename renaming;
    private final MiniMap miniMap = new MiniMap(this::centreOn);

    /** A canvas that shows the editor's document and sends gestures to it. */
    public CanvasView(EditorModel editor) {
        this.editor = editor;
        network = new DrawnNetwork(editor, this::createView, this::createWire, this::corner);
        board = new Board(network.cards());
        getStyleClass().add(Styles.CANVAS_SCROLL);
        board.setId("canvas");
        board.getStyleClass().add(Styles.CANVAS);
        board.getChildren().add(grid);
        board.getChildren().addAll(network.layers());
        board.getChildren().add(overlay);
        board.setFocusTraversable(true);
        board.setAccessibleRoleDescription("canvas");
        board.setAccessibleText("Network canvas");
        board.setAccessibleHelp("Tab selects the next layer, Shift+Tab the previous one; arrow keys move the selected layers; "
                + "Enter or F2 renames the selected layer; Backspace deletes.");
        setAccessibleText("Network canvas");
        sharpenWhenZoomRests();
        // The board fills the viewport and grows with the cards, so there is always room to drop. A pixel
        // less than the viewport keeps rounding at odd zooms from conjuring a scroll bar. Set, not bound:
        // each layout of the scroll pane sets equal viewport bounds anew, and a bound size asked the
        // board for another layout each time, so the window drew frames for ever, doing nothing.
        InvalidationListener fillView = o -> {
            double width = (getViewportBounds().getWidth() - 1) / zoom.get();
            double height = (getViewportBounds().getHeight() - 1) / zoom.get();
            // Region asks for a layout on every set, equal or not.
            if (width != board.getMinWidth() || height != board.getMinHeight()) {
                board.setMinSize(width, height);
            }
        };
        viewportBoundsProperty().addListener(fillView);
        zoom.addListener(fillView);
        fillView.invalidated(zoom);
        board.scaleXProperty().bind(zoom);
        board.scaleYProperty().bind(zoom);
        // A group around the board makes the scroll pane measure the board as scaled.
        setContent(new Group(board));
        setPannable(true);
        // Ctrl+wheel and a pinch zoom around the pointer; the plain wheel scrolls.
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoomAround(e.getDeltaY() > 0 ? ZoomLevels.in(zoom.get()) : ZoomLevels.out(zoom.get()), new Point2D(e.getSceneX(), e.getSceneY()));
                e.consume();
            }
        });
        addEventFilter(ZoomEvent.ZOOM, e -> {
            zoomAround(ZoomLevels.clamp(zoom.get() * e.getZoomFactor()), new Point2D(e.getSceneX(), e.getSceneY()));
            e.consume();
        });

        marqueeView.getStyleClass().add(Styles.MARQUEE);
        marqueeView.setMouseTransparent(true);
        // Only the primary button draws a rubber band; the others, and the primary one while Space is held, reach the
        // scroll pane, which pans.
        board.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            board.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && !spaceHeld) {
                marquee = editor.pressEmpty(boardPoint(e), e.isShiftDown() || e.isShortcutDown());
                showMarquee();
                overlay.getChildren().setAll(marqueeView);
                e.consume();
            }
        });
        board.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (marquee != null) {
                editor.drag(marquee, boardPoint(e));
                showMarquee();
                e.consume();
            }
        });
        board.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (marquee != null) {
                marquee = null;
                overlay.getChildren().clear();
                e.consume();
            }
        });
        board.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        board.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                holdSpace(false);
                e.consume();
            }
        });
        focusWithinProperty().addListener((o, was, focused) -> {
            if (!focused) {
                holdSpace(false);
            }
        });
        // A press that pans reaches the scroll pane, which would take the keyboard from the board (and its shortcuts with it).
        setFocusTraversable(false);
        focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                board.requestFocus();
            }
        });
        board.setOnDragOver(this::dragOver);
        board.setOnDragDropped(this::dragDropped);
        board.setOnDragExited(e -> network.lightWire(null));

        sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_RELEASED, leaveField);
                old.removePreLayoutPulseListener(cullBeforeLayout);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_RELEASED, leaveField);
                now.addPreLayoutPulseListener(cullBeforeLayout);
            }
        });
        editor.session().addChangeListener(this::refresh);
        // A project opened into this tab (the untouched new one's) shows whole, as one opened in a tab of its own.
        editor.session().addReplaceListener(() -> {
            refresh();
            fitUntilZoomed();
        });
        editor.selection().addListener(this::showSelection);
        editor.setViewCentre(this::viewCentre);
        // A layer added after one near the edge may land out of sight: the view follows it.
        editor.addAddedListener(id -> {
            stopFitting.run();
            ensureVisible(id);
        });
        for (ObservableValue<?> moved : List.of(hvalueProperty(), vvalueProperty(), viewportBoundsProperty(), zoom, miniMap.enabledProperty())) {
            // A change, not an invalidation: each layout of the scroll pane sets equal viewport bounds
            // anew, and following them asked for another frame after every frame, for ever.
            moved.addListener((o, old, now) -> {
                if (!now.equals(old)) {
                    updateMiniMap();
                    cullSoon();
                }
            });
        }
        refresh();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new CanvasSkin(this, miniMap);
    }

    /**
     * Whether the mini-map may show (View > Mini-map); it shows only while the network does not
     * fit the view.
     */
    public BooleanProperty miniMapEnabledProperty() {
        return miniMap.enabledProperty();
    }

    /** The overview of a large network, in the bottom-right corner of the view. */
    public MiniMap miniMap() {
        return miniMap;
    }

    // The mini-map follows every edit, scroll and zoom; the cards' places change only with an edit.
    private void updateMiniMap() {
        if (getSkin() == null || getScene() == null) {
            miniMap.setVisible(false);
            return;
        }
        if (mappedCards == null) {
            mappedCards = editor.graph().nodes().stream()
                    .map(n -> new Rectangle2D(n.x(), n.y(), CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT)).toList();
        }
        miniMap.follow(mappedCards, shownArea());
    }

    /**
     * The part of the board in view, in board coordinates, from the scroll positions: a listener
     * on them may run before the scroll pane has moved its content.
     */
    Rectangle2D shownArea() {
        Bounds content = getContent().getLayoutBounds();
        Bounds view = getViewportBounds();
        double x = content.getMinX() + scrollOffset(getHvalue(), content.getWidth(), view.getWidth());
        double y = content.getMinY() + scrollOffset(getVvalue(), content.getHeight(), view.getHeight());
        Bounds shown = board.parentToLocal(new BoundingBox(x, y, view.getWidth(), view.getHeight()));
        return new Rectangle2D(shown.getMinX(), shown.getMinY(), shown.getWidth(), shown.getHeight());
    }

    // How far the view's edge lies into the content at this scroll value; the inverse of scrollValue.
    private static double scrollOffset(double value, double content, double view) {
        return content <= view ? 0 : value * (content - view);
    }

    private void followView() {
        if (cullPending) {
            cullPending = false;
            Rectangle2D shown = shownArea();
            grid.cover(shown, zoom.get());
            // While cards near the view wait, or new ones to be styled, the next frames go on.
            if (network.follow(shown) | network.styleAhead()) {
                cullSoon();
            }
        }
    }

    private void cullSoon() {
        cullPending = true;
        Platform.requestNextPulse();
    }

    // Scrolls so that a board point is in the middle of the view, as far as the board allows.
    private void centreOn(Point2D boardPoint) {
        reveal(new Rectangle2D(boardPoint.getX(), boardPoint.getY(), 0, 0));
    }

    /** The scale at which the board is drawn; 1 is actual size. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /**
     * Zooms to {@code scale}, keeping the point of the board under {@code scenePoint} (the pointer) where it is,
     * as far as the board reaches.
     */
    public void zoomAround(double scale, Point2D scenePoint) {
        Node viewport = lookup(".viewport");
        if (viewport == null) {
            zoom.set(scale);
            return;
        }
        Point2D anchor = board.sceneToLocal(scenePoint);
        Point2D inView = viewport.sceneToLocal(scenePoint);
        zoom.set(scale);
        place(anchor, inView.getX(), inView.getY());
    }

    /** View > Arrange in Rows: wraps the network into rows as wide as the view, then zooms until it shows whole. */
    public void arrangeInRows() {
        // Rows start at the leftmost card: with the view scrolled right of it, its right edge would make them too long.
        double left = editor.graph().nodes().stream().mapToDouble(LayerNode::x).min().orElse(0);
        Rectangle2D shown = shownArea();
        if (editor.arrangeInRows(Math.min(shown.getMaxX(), left + shown.getWidth()))) {
            zoomToFit();
        }
    }

    /** Zooms to the scale at which every card shows, at most actual size. */
    public void zoomToFit() {
        // The board's preferred size covers the cards with their ports, shadows and margins.
        zoom.set(ZoomLevels.toFit(board.prefWidth(-1), board.prefHeight(-1),
                getViewportBounds().getWidth() - 1, getViewportBounds().getHeight() - 1));
    }

    /**
     * Keeps the whole network in view while the window settles to its size (a project just
     * opened), until the person zooms by hand or adds a layer: a refit then would move the view
     * away from the layer just added, which the view follows instead.
     */
    public void fitUntilZoomed() {
        stopFitting.run();
        // Only a new size refits: the viewport's bounds also move with every scroll, and a refit then
        // (shrinking to fit, then back up to the readable zoom) put the scroll back at the start.
        ChangeListener<Bounds> refit = (obs, old, bounds) -> {
            if (bounds.getWidth() > 0 && (old == null || old.getWidth() != bounds.getWidth() || old.getHeight() != bounds.getHeight())) {
                fitting = true;
                zoomToFit();
                // Below this, text is too small to read on a projector: scroll instead.
                zoom.set(Math.max(zoom.get(), MIN_READABLE_ZOOM));
                fitting = false;
            }
        };
        ChangeListener<Number> byHand = (obs, old, now) -> {
            if (!fitting) {
                stopFitting.run();
            }
        };
        stopFitting = () -> {
            viewportBoundsProperty().removeListener(refit);
            zoom.removeListener(byHand);
            stopFitting = () -> { };
        };
        viewportBoundsProperty().addListener(refit);
        zoom.addListener(byHand);
        refit.changed(viewportBoundsProperty(), null, getViewportBounds());
    }

    /**
     * Cards are cached as pictures (see {@link NodeView}), made at actual size or, zoomed in, at the
     * zoom of the moment: while the zoom changes, the pictures are scaled as they are, which keeps a
     * wheel or pinch fluid. Zoomed in, once the zoom rests for a moment, they are drawn afresh at the
     * new size, so that their text is sharp again. Zoomed out they stay: scaled down, the picture
     * reads as well as one drawn small (in software, text drawn small goes letter by letter as
     * outlines), and each change of a card's hint draws its picture again, which cost each wheel
     * step from rest two frames of 70-90 ms here.
     */
    private void sharpenWhenZoomRests() {
        PauseTransition rest = new PauseTransition(Duration.millis(250));
        rest.setOnFinished(e -> sharpen(zoom.get()));
        zoom.addListener((obs, old, now) -> {
            network.cards().forEach(v -> v.setCacheHint(CacheHint.SPEED));
            rest.playFromStart();
        });
    }

    // Cards shown at this scale: drawn afresh at it when it is larger than actual size, else scaled down.
    private void sharpen(double scale) {
        CacheHint hint = scale > 1 ? CacheHint.QUALITY : CacheHint.SPEED;
        network.cards().forEach(v -> v.setCacheHint(hint));
    }

    /**
     * The network drawn at {@code scale} times actual size on white, cropped to the cards and
     * wires with a margin, without the grid or the selection: a picture for slides.
     */
    public WritableImage exportImage(double scale) {
        double shown = zoom.get();
        zoom.set(1);
        board.pseudoClassStateChanged(Styles.EXPORTING, true);
        network.unmarkSelection();
        network.drawAll(true, shownArea());
        // A card's picture made for the screen, enlarged for the export, would blur.
        sharpen(scale);
        try {
            SnapshotParameters look = new SnapshotParameters();
            look.setFill(Color.WHITE);
            look.setTransform(Transform.scale(scale, scale));
            WritableImage whole = board.snapshot(look, null);
            Bounds drawn = network.drawnBounds();
            int x = (int) Math.max(0, Math.floor((drawn.getMinX() - EXPORT_MARGIN) * scale));
            int y = (int) Math.max(0, Math.floor((drawn.getMinY() - EXPORT_MARGIN) * scale));
            int w = (int) Math.min(whole.getWidth() - x, Math.ceil((drawn.getWidth() + 2 * EXPORT_MARGIN) * scale));
            int h = (int) Math.min(whole.getHeight() - y, Math.ceil((drawn.getHeight() + 2 * EXPORT_MARGIN) * scale));
            return new WritableImage(whole.getPixelReader(), x, y, Math.max(1, w), Math.max(1, h));
        } finally {
            board.pseudoClassStateChanged(Styles.EXPORTING, false);
            zoom.set(shown);
            sharpen(shown);
            network.drawAll(false, shownArea());
            showSelection();
        }
    }

    /**
     * Zooms and scrolls so that the selected layers fill the view, enlarged at most to
     * {@link #SELECTION_ZOOM}; with nothing selected, zooms to fit the whole network.
     */
    public void zoomToSelection() {
        Set<String> ids = editor.selection().layers();
        if (ids.isEmpty()) {
            zoomToFit();
            return;
        }
        Rectangle2D area = area(ids);
        zoom.set(ZoomLevels.toShow(area.getWidth(), area.getHeight(), getViewportBounds().getWidth(), getViewportBounds().getHeight(), SELECTION_ZOOM));
        reveal(area);
    }

    /** Scrolls, at the present zoom, until a layer is in the middle of the view. */
    public void reveal(String layerId) {
        if (editor.graph().contains(layerId)) {
            reveal(area(Set.of(layerId)));
        }
    }

    /** The card of a layer, on the board or waiting off it; null for none. */
    NodeView card(String layerId) {
        return network.card(layerId);
    }

    /**
     * Opens a text field over the name on a layer's card to rename it in place (a double-click on
     * the name, F2 or Enter on the selected card).
     */
    public void startRename(String layerId) {
        NodeView view = network.card(layerId);
        if (view == null) {
            return;
        }
        if (renaming != null) {
            renaming.close();
        }
        ensureVisible(layerId);
        renaming = InlineRename.open(editor, view, board);
    }

    /** Scrolls to a layer only if its card is not wholly in view, or lies partly under the mini-map. */
    public void ensureVisible(String layerId) {
        if (!editor.graph().contains(layerId)) {
            return;
        }
        LayerNode node = editor.graph().node(layerId);
        Bounds card = sceneToLocal(board.localToScene(new BoundingBox(node.x(), node.y(), CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT)));
        Bounds view = getViewportBounds();
        boolean underMap = miniMap.isVisible() && miniMap.getBoundsInParent().intersects(card);
        if (underMap || !new BoundingBox(0, 0, view.getWidth(), view.getHeight()).contains(card)) {
            reveal(area(Set.of(layerId)));
        }
    }

    // The cards of these layers with room around them, in board coordinates.
    private Rectangle2D area(Set<String> ids) {
        List<LayerNode> nodes = ids.stream().map(editor.graph()::node).filter(n -> n != null).toList();
        double minX = nodes.stream().mapToDouble(LayerNode::x).min().orElse(0) - REVEAL_MARGIN;
        double minY = nodes.stream().mapToDouble(LayerNode::y).min().orElse(0) - REVEAL_MARGIN;
        double maxX = nodes.stream().mapToDouble(LayerNode::x).max().orElse(0) + CanvasGeometry.CARD_WIDTH + REVEAL_MARGIN;
        double maxY = nodes.stream().mapToDouble(LayerNode::y).max().orElse(0) + CanvasGeometry.CARD_HEIGHT + REVEAL_MARGIN;
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    private void reveal(Rectangle2D area) {
        Point2D centre = new Point2D(area.getMinX() + area.getWidth() / 2, area.getMinY() + area.getHeight() / 2);
        Bounds view = getViewportBounds();
        place(centre, view.getWidth() / 2, view.getHeight() / 2);
    }

    // Scrolls so that a board point shows at (viewX, viewY) of the view, as far as the board allows.
    private void place(Point2D boardPoint, double viewX, double viewY) {
        // The zoom just set must reach the scroll pane's content before the scroll positions mean anything.
        // Cards are styled as they are added (refresh), so layout suffices once the skin exists; applyCss() would restyle every card.
        if (getSkin() == null) {
            applyCss();
        }
        layout();
        Bounds content = getContent().getLayoutBounds();
        Bounds view = getViewportBounds();
        Point2D at = board.localToParent(boardPoint);
        setHvalue(scrollValue(at.getX() - content.getMinX() - viewX, content.getWidth(), view.getWidth()));
        setVvalue(scrollValue(at.getY() - content.getMinY() - viewY, content.getHeight(), view.getHeight()));
    }

    // The scroll value that puts the view's edge at offset within the content.
    private static double scrollValue(double offset, double content, double view) {
        return content <= view ? 0 : Math.max(0, Math.min(1, offset / (content - view)));
    }

    /** The middle of what the canvas shows, in board coordinates. */
    public Point2D viewCentre() {
        Bounds shown = getLayoutBounds();
        return board.sceneToLocal(localToScene(shown.getCenterX(), shown.getCenterY()));
    }

    /** Redraws every card and wire from the model and its latest analysis. */
    public void refresh() {
        Rectangle2D shown = shownArea();
        grid.cover(shown, zoom.get());
        network.redraw(shown);
        // Cards off the board moved too, which the board, measured from every card, learns only so.
        board.requestLayout();
        showSelection();
        mappedCards = null;
        updateMiniMap();
    }

    private WireView createWire(Edge edge) {
        WireView wire = new WireView(edge);
        wire.setOnMousePressed(e -> {
            editor.selection().selectWire(edge);
            board.requestFocus();
            e.consume();
        });
        return wire;
    }

    private NodeView createView(LayerNode node) {
        NodeView view = new NodeView(node);
        view.name().setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                startRename(node.id());
                e.consume();
            }
        });
        view.setOnMousePressed(e -> pressCard(node.id(), e));
        view.setOnMouseDragged(this::dragCard);
        view.setOnMouseReleased(this::releaseCard);
        if (view.outputPort() != null) {
            view.outputPort().setOnMousePressed(e -> pressPort(node.id(), e));
            view.outputPort().setOnMouseDragged(this::dragWire);
            view.outputPort().setOnMouseReleased(this::releaseWire);
        }
        return view;
    }

    // A card takes the primary button; the others, and the primary one while Space is held, pan the view.
    private void pressCard(String id, MouseEvent e) {
        board.requestFocus();
        cardHeld = e.getButton() == MouseButton.PRIMARY && !spaceHeld;
        if (cardHeld) {
            moveDrag = editor.pressLayer(id, boardPoint(e), e.isShiftDown() || e.isShortcutDown()).orElse(null);
            network.card(id).toFront();
            e.consume();
        }
    }

    private void dragCard(MouseEvent e) {
        if (moveDrag != null) {
            moveDrag.dragTo(boardPoint(e));
            for (String id : moveDrag.layers()) {
                Point2D p = moveDrag.position(id);
                network.card(id).relocate(p.getX(), p.getY());
            }
            network.layoutWires(moveDrag.layers());
            // The wire a loose layer would go into lights up, as for a layer dragged from the palette, and so do its ports.
            Edge into = moveDrag.wireUnderneath().orElse(null);
            network.lightWire(into);
            moveDrag.layers().forEach(id -> network.card(id).showGoingIn(into != null));
        }
        if (cardHeld) {
            e.consume();
        }
    }

    private void releaseCard(MouseEvent e) {
        if (moveDrag != null) {
            MoveDrag drag = moveDrag;
            moveDrag = null;
            network.lightWire(null);
            drag.layers().forEach(id -> network.card(id).showGoingIn(false));
            editor.release(drag);
            // Puts cards back where the model has them if the move was refused.
            refresh();
        }
        if (cardHeld) {
            cardHeld = false;
            e.consume();
        }
    }

    private void pressPort(String id, MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            wireDrag = editor.pressOutputPort(id).orElse(null);
            if (wireDrag != null) {
                rubberBand.connect(rubberBandCurve());
                overlay.getChildren().setAll(rubberBand);
                Set<String> accepting = wireDrag.accepting(editor.graph());
                network.cards().forEach(view -> view.showWireTarget(accepting.contains(view.getId())));
            }
        }
        e.consume();
    }

    private void dragWire(MouseEvent e) {
        if (wireDrag != null) {
            wireDrag.dragTo(editor.graph(), boardPoint(e));
            rubberBand.connect(rubberBandCurve());
            rubberBand.pseudoClassStateChanged(Styles.ACCEPT, wireDrag.accepted());
            rubberBand.pseudoClassStateChanged(Styles.REFUSE, wireDrag.refusal().isPresent());
            // The wire the dragged layer would be inserted into lights up.
            Edge into = wireDrag.wire().filter(w -> wireDrag.refusal().isEmpty()).orElse(null);
            network.lightWire(into);
        }
        e.consume();
    }

    private void releaseWire(MouseEvent e) {
        if (wireDrag != null) {
            wireDrag.dragTo(editor.graph(), boardPoint(e));
            WireDrag drag = wireDrag;
            wireDrag = null;
            overlay.getChildren().clear();
            network.cards().forEach(NodeView::endWireTargets);
            network.lightWire(null);
            editor.release(drag);
        }
        e.consume();
    }

    // The wire being drawn, from its output port to the pointer or the input it snapped to.
    private WireCurve rubberBandCurve() {
        return network.wireBetween(wireDrag.start(), wireDrag.end());
    }

    private void keyPressed(KeyEvent e) {
        // Keys typed into the rename field are its own.
        if (e.getTarget() != board) {
            return;
        }
        // An arrow moves a grid step, or a unit with Snap to Grid off; Shift+arrow five times as far.
        double unit = editor.snapToGridProperty().get() ? CanvasGeometry.GRID : 1;
        double step = e.isShiftDown() ? NUDGE_FAR * unit : unit;
        switch (e.getCode()) {
            // Held down, Space turns a drag into a pan (and keeps the scroll pane from paging down).
            case SPACE -> holdSpace(true);
            case F2, ENTER -> editor.selection().single().ifPresent(this::startRename);
            case TAB -> {
                // Past the last layer (or before the first) Tab leaves the canvas as usual.
                if (e.isControlDown() || !selectNext(e.isShiftDown() ? -1 : 1)) {
                    return;
                }
            }
            case BACK_SPACE -> editor.deleteSelection();
            case LEFT -> editor.nudgeSelection(-step, 0);
            case RIGHT -> editor.nudgeSelection(step, 0);
            case UP -> editor.nudgeSelection(0, -step);
            case DOWN -> editor.nudgeSelection(0, step);
            default -> {
                return;
            }
        }
        // Arrow keys would otherwise scroll the pane as well.
        e.consume();
    }

    private void leaveField(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && e.getTarget() instanceof TextInputControl field && !(field instanceof InlineRename) && isShown()) {
            board.requestFocus();
        }
    }

    // Whether this canvas is on view: a canvas in a tab that is not selected is in the scene but hidden.
    private boolean isShown() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    private void holdSpace(boolean held) {
        spaceHeld = held;
        board.setCursor(held ? Cursor.OPEN_HAND : null);
    }

    // Selects the layer after (or before) the selected one in the graph's order, the first (or last) when none
    // is; false at either end.
    private boolean selectNext(int step) {
        List<LayerNode> nodes = List.copyOf(editor.graph().nodes());
        int at = editor.selection().single().map(editor.graph()::node).map(nodes::indexOf).orElse(step > 0 ? -1 : nodes.size());
        int next = at + step;
        if (next < 0 || next >= nodes.size()) {
            return false;
        }
        editor.selection().selectLayer(nodes.get(next).id(), false);
        ensureVisible(nodes.get(next).id());
        return true;
    }

    private void showMarquee() {
        Rectangle2D band = marquee.bounds();
        marqueeView.setX(band.getMinX());
        marqueeView.setY(band.getMinY());
        marqueeView.setWidth(band.getWidth());
        marqueeView.setHeight(band.getHeight());
    }

    private void dragOver(DragEvent e) {
        boolean layer = !editor.isLocked() && e.getGestureSource() != board && isKind(e.getDragboard().getString());
        if (layer) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        // The wire a dropped layer would be spliced into lights up.
        WireView target = layer ? wireUnder(e.getPickResult().getIntersectedNode()) : null;
        network.lightWire(target == null ? null : target.edge());
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        String kind = e.getDragboard().getString();
        Point2D drop = new Point2D(e.getX(), e.getY());
        WireView wire = wireUnder(e.getPickResult().getIntersectedNode());
        boolean added = isKind(kind) && (wire != null ? editor.spliceInto(kind, wire.edge(), drop) : editor.addLayerAt(kind, drop)).isPresent();
        network.lightWire(null);
        e.setDropCompleted(added);
        board.requestFocus();
        e.consume();
    }

    private static WireView wireUnder(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n instanceof WireView w && w.edge() != null) {
                return w;
            }
        }
        return null;
    }

    private static boolean isKind(String text) {
        return text != null && Catalog.kinds().stream().anyMatch(k -> k.id().equals(text));
    }

    private Point2D boardPoint(MouseEvent e) {
        return board.sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    // Where a card is drawn: its place in the drag under way, else its place in the model.
    private Point2D corner(String id) {
        Point2D dragged = moveDrag == null ? null : moveDrag.position(id);
        if (dragged != null) {
            return dragged;
        }
        LayerNode node = editor.graph().node(id);
        return new Point2D(node.x(), node.y());
    }

    private void showSelection() {
        network.showSelection();
        cullSoon();
    }
}
