package org.neurocanvas.ui.editor;

import javafx.geometry.Point2D;
import javafx.scene.Group;
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

    private static final double ARROW_LENGTH = 10;
    private static final double ARROW_HALF_WIDTH = 5;
    private static final double MIN_BEND = 40;
    private static final double BACKWARD_BEND = 70;

    private final Edge edge;
    private final CubicCurve hit = new CubicCurve();
    private final CubicCurve line = new CubicCurve();
    private final Polygon arrow = new Polygon();

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

    /** Redraws the curve from the centre of an output port to the centre of an input port. */
    public void connect(Point2D from, Point2D to) {
        // The arrow's tip touches the input port's rim rather than hiding under it.
        double tipX = to.getX() - CanvasGeometry.PORT_RADIUS;
        double startX = from.getX() + CanvasGeometry.PORT_RADIUS;
        // A wire that runs backwards loops tightly round its ends instead of sweeping across the cards between them.
        double bend = tipX >= startX ? Math.max(MIN_BEND, (tipX - startX) / 2) : BACKWARD_BEND;
        for (CubicCurve c : new CubicCurve[] {hit, line}) {
            c.setStartX(startX);
            c.setStartY(from.getY());
            c.setControlX1(startX + bend);
            c.setControlY1(from.getY());
            c.setControlX2(tipX - ARROW_LENGTH - bend);
            c.setControlY2(to.getY());
            c.setEndX(tipX - ARROW_LENGTH);
            c.setEndY(to.getY());
        }
        arrow.getPoints().setAll(tipX, to.getY(),
                tipX - ARROW_LENGTH, to.getY() - ARROW_HALF_WIDTH,
                tipX - ARROW_LENGTH, to.getY() + ARROW_HALF_WIDTH);
    }

    /** Shows the wire as selected or not. */
    public void setSelected(boolean selected) {
        pseudoClassStateChanged(Styles.SELECTED, selected);
    }
}
