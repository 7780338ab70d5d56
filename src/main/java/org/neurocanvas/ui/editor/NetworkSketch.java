package org.neurocanvas.ui.editor;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.ui.Styles;

/**
 * A network drawn small, as it lies on the canvas: each card a block in its group's colour, each
 * wire the canvas's own curve. File > New from Template shows one beside each sample, so that a
 * person sees the network's shape (a chain, two rows, a skip round a branch) before opening it.
 */
public final class NetworkSketch extends Pane {

    /** Style classes of the sketch, its cards and its wires. */
    public static final String STYLE_CLASS = "network-sketch";
    public static final String CARD_CLASS = "sketch-card";
    public static final String WIRE_CLASS = "sketch-wire";
    /** The largest scale: a network of two layers is drawn as small blocks, not as large as the room allows. */
    private static final double MAX_SCALE = 0.25;
    private static final double INSET = 2;

    /** The sketch of {@code graph}, scaled to fit {@code width} x {@code height} pixels and centred in them. */
    public NetworkSketch(Graph graph, double width, double height) {
        getStyleClass().add(STYLE_CLASS);
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        setMouseTransparent(true);
        Flow flow = Flow.of(graph);
        List<WireCurve> wires = graph.edges().stream().map(e -> flow.wire(graph, e)).toList();
        Rectangle2D drawn = CanvasGeometry.drawn(graph, wires);
        // A little room inside the edges for the strokes' width.
        double scale = Math.min(MAX_SCALE, Math.min((width - 2 * INSET) / drawn.getWidth(), (height - 2 * INSET) / drawn.getHeight()));
        double left = (width - drawn.getWidth() * scale) / 2 - drawn.getMinX() * scale;
        double top = (height - drawn.getHeight() * scale) / 2 - drawn.getMinY() * scale;
        for (WireCurve c : wires) {
            Path path = new Path(new MoveTo(left + c.start().getX() * scale, top + c.start().getY() * scale));
            for (int i = 1; i < c.points().size(); i += 3) {
                Point2D c1 = c.points().get(i);
                Point2D c2 = c.points().get(i + 1);
                Point2D end = c.points().get(i + 2);
                path.getElements().add(new CubicCurveTo(left + c1.getX() * scale, top + c1.getY() * scale,
                        left + c2.getX() * scale, top + c2.getY() * scale, left + end.getX() * scale, top + end.getY() * scale));
            }
            path.getStyleClass().add(WIRE_CLASS);
            getChildren().add(path);
        }
        for (LayerNode n : graph.nodes()) {
            Rectangle card = new Rectangle(left + n.x() * scale, top + n.y() * scale,
                    CanvasGeometry.CARD_WIDTH * scale, CanvasGeometry.CARD_HEIGHT * scale);
            card.getStyleClass().addAll(CARD_CLASS, Styles.groupClass(n.kind().group()));
            getChildren().add(card);
        }
    }
}
