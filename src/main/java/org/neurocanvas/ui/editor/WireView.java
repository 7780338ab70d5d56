package org.neurocanvas.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import org.neurocanvas.model.Edge;
import org.neurocanvas.ui.Styles;

/**
 * A wire drawn as a {@link WireCurve} leaving an output port to the right and entering an input
 * port from the left, with an arrowhead at the input so the direction of flow reads at a
 * glance. A wide transparent twin of the curve makes a thin wire easy to click.
 */
public final class WireView extends Group {

    private final Edge edge;
    private final Path hit = new Path();
    private final Path line = new Path();
    private final Polygon arrow = new Polygon();
    private Tooltip tooltip;
    /** What the wire last showed: an edit redraws every wire, and most stay as they were. */
    private WireCurve curve;
    private String shape;

    /**
     * @param edge the wire shown, or null for the rubber band of a wire being drawn
     */
    public WireView(Edge edge) {
        this.edge = edge;
        getStyleClass().add(edge == null ? Styles.RUBBER_BAND : Styles.WIRE);
        hit.getStyleClass().add(Styles.WIRE_HIT);
        line.getStyleClass().add(Styles.WIRE_LINE);
        arrow.getStyleClass().add(Styles.WIRE_ARROW);
        line.setMouseTransparent(true);
        arrow.setMouseTransparent(true);
        getChildren().addAll(hit, line, arrow);
        if (edge == null) {
            setMouseTransparent(true);
        }
    }

    /** The wire shown, or null for a rubber band. */
    public Edge edge() {
        return edge;
    }

    /** Redraws the wire along {@code curve}. */
    public void connect(WireCurve curve) {
        if (curve.equals(this.curve)) {
            return;
        }
        this.curve = curve;
        follow(hit, curve);
        follow(line, curve);
        List<Double> corners = Arrays.stream(curve.arrow()).boxed().toList();
        // Setting the same corners again still marks the arrow changed, and every wire's arrow so repainted the whole view on each edit.
        if (!arrow.getPoints().equals(corners)) {
            arrow.getPoints().setAll(corners);
        }
    }

    // Moves the path's own elements, made anew only when the number of pieces changes.
    private static void follow(Path path, WireCurve curve) {
        if (path.getElements().size() != curve.pieces() + 1) {
            List<PathElement> elements = new ArrayList<>();
            elements.add(new MoveTo());
            for (int i = 0; i < curve.pieces(); i++) {
                elements.add(new CubicCurveTo());
            }
            path.getElements().setAll(elements);
        }
        List<Point2D> p = curve.points();
        MoveTo start = (MoveTo) path.getElements().get(0);
        start.setX(p.get(0).getX());
        start.setY(p.get(0).getY());
        for (int i = 0; i < curve.pieces(); i++) {
            CubicCurveTo piece = (CubicCurveTo) path.getElements().get(i + 1);
            piece.setControlX1(p.get(3 * i + 1).getX());
            piece.setControlY1(p.get(3 * i + 1).getY());
            piece.setControlX2(p.get(3 * i + 2).getX());
            piece.setControlY2(p.get(3 * i + 2).getY());
            piece.setX(p.get(3 * i + 3).getX());
            piece.setY(p.get(3 * i + 3).getY());
        }
    }

    /**
     * Names the tensor the wire carries, shown on hover: "(None, 64) from dense_1 to dense_2". The
     * tooltip is made on the first call, so a rubber band has none.
     */
    public void carry(String shape) {
        if (shape.equals(this.shape)) {
            return;
        }
        this.shape = shape;
        String text = shape + " from " + edge.from() + " to " + edge.to();
        if (tooltip == null) {
            tooltip = new Tooltip(text);
            Tooltip.install(hit, tooltip);
        } else if (!tooltip.getText().equals(text)) {
            tooltip.setText(text);
        }
        setAccessibleText("Wire carrying " + text);
    }

    /** What the wire says on hover, or null before {@link #carry}. */
    public Tooltip tooltip() {
        return tooltip;
    }

    /** Shows the wire as selected or not. */
    public void setSelected(boolean selected) {
        pseudoClassStateChanged(Styles.SELECTED, selected);
    }
}
