package org.neurocanvas.ui.editor;

import java.util.Arrays;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;
import org.neurocanvas.model.Edge;
import org.neurocanvas.ui.Styles;

/**
 * A wire drawn as a cubic curve leaving an output port to the right and entering an input
 * port from the left, with an arrowhead at the input so the direction of flow reads at a
 * glance. A wide transparent twin of the curve makes a thin wire easy to click.
 */
public final class WireView extends Group {

    private final Edge edge;
    private final CubicCurve hit = new CubicCurve();
    private final CubicCurve line = new CubicCurve();
    private final Polygon arrow = new Polygon();
    private Tooltip tooltip;

    /**
     * @param edge the wire shown, or null for the rubber band of a wire being drawn
     */
    public WireView(Edge edge) {
        this.edge = edge;
        getStyleClass().add(edge == null ? Styles.RUBBER_BAND : Styles.WIRE);
        hit.getStyleClass().add(Styles.WIRE_HIT);
        line.getStyleClass().add(Styles.WIRE_LINE);
        arrow.getStyleClass().add(Styles.WIRE_ARROW);
        // A curve is filled by default; a wire is only its stroke.
        hit.setFill(null);
        line.setFill(null);
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
        for (CubicCurve c : new CubicCurve[] {hit, line}) {
            c.setStartX(curve.start().getX());
            c.setStartY(curve.start().getY());
            c.setControlX1(curve.control1().getX());
            c.setControlY1(curve.control1().getY());
            c.setControlX2(curve.control2().getX());
            c.setControlY2(curve.control2().getY());
            c.setEndX(curve.end().getX());
            c.setEndY(curve.end().getY());
        }
        List<Double> corners = Arrays.stream(curve.arrow()).boxed().toList();
        // Setting the same corners again still marks the arrow changed, and every wire's arrow so repainted the whole view on each edit.
        if (!arrow.getPoints().equals(corners)) {
            arrow.getPoints().setAll(corners);
        }
    }

    /**
     * Names the tensor the wire carries, shown on hover: "(None, 64) from dense_1 to dense_2". The
     * tooltip is made on the first call, so a rubber band has none.
     */
    public void carry(String shape) {
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
