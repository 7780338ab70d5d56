package org.neurocanvas.ui.editor;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.CacheHint;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.ui.Styles;

/**
 * One layer on the canvas: a rounded card with the kind, the name, the output shape and the
 * parameter count, an input port and an output port (on its sides, or on its top and bottom: see
 * {@link Flow}), and the problem sentence when the layer has one, beneath the card or, in a network
 * that runs down, beside it, clear of the wire below. Its node id is the layer's name.
 * <p>
 * The texts are plain {@link Text} nodes, not labels: a card comes onto the board (see {@link Culling})
 * and is styled afresh at every pan that brings it into view, and a label costs two nodes and three
 * times the style properties of a text.
 */
public final class NodeView extends Pane {

    private static final double PROBLEM_GAP = 8;
    /**
     * The sentence beneath a card ends, with an ellipsis, where the gap between rows arranged by Arrange in Rows
     * ends (four lines), rather than run behind the next row's cards; the card's tooltip has it whole.
     */
    private static final double PROBLEM_HEIGHT = AutoLayout.WRAP_GAP - PROBLEM_GAP;
    /** A card with a hint: outlined in amber, not red, as the network still trains. */
    static final PseudoClass HINTED = PseudoClass.getPseudoClass("hint");
    /** Set on a card whose only problem is one of a layer before it. */
    static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");

    private final LayerKind layerKind;
    private final VBox card = new VBox();
    private final Text kind = new Text();
    private final Text detail = new Text();
    private final Text name = new Text();
    private final Text shape = new Text();
    private final Text parameters = new Text();
    /** The problem sentence, made on the first problem: most layers never have one. */
    private Label problem;
    private final Tooltip tooltip = new Tooltip();
    private final Circle inputPort;
    private final Circle outputPort;
    private Flow flow = Flow.RIGHT;

    /** A card for {@code node}; ports only where the kind has them. */
    public NodeView(LayerNode node) {
        this.layerKind = node.kind();
        setId(node.id());
        getStyleClass().addAll(Styles.LAYER_VIEW, Styles.groupClass(node.kind().group()));
        setPickOnBounds(false);

        HBox header = new HBox(5, new Pictogram(node.kind()), kind);
        header.getStyleClass().add(Styles.CARD_HEADER);
        kind.getStyleClass().add(Styles.CARD_KIND);
        detail.getStyleClass().add(Styles.CARD_DETAIL);
        name.getStyleClass().add(Styles.CARD_NAME);
        shape.getStyleClass().add(Styles.CARD_SHAPE);
        parameters.getStyleClass().add(Styles.CARD_PARAMS);
        // A double-click anywhere on the name renames, not only on its letters.
        name.setPickOnBounds(true);
        VBox body = new VBox(name, detail, shape, parameters);
        body.getStyleClass().add(Styles.CARD_BODY);
        // The card's width, not their texts': the header's band stopped past the card's edge under a long kind's name.
        header.setMinWidth(0);
        body.setMinWidth(0);
        card.getChildren().addAll(header, body);
        card.getStyleClass().add(Styles.LAYER_CARD);
        card.setMinSize(CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT);
        card.setPrefSize(CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT);
        card.setMaxSize(CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT);
        Tooltip.install(card, tooltip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);

        getChildren().add(card);

        inputPort = node.kind().maxInputs() > 0 ? port(Styles.PORT_IN) : null;
        outputPort = node.kind().hasOutputPort() ? port(Styles.PORT_OUT) : null;
        setFlow(Flow.RIGHT);
        // Drawn once, ports and all, into a picture that a pan or a drag only copies: software
        // rendering, where there is no graphics card, took twice as long a frame without it. A zoom
        // scales the picture (see CanvasView.sharpenWhenZoomRests).
        setCache(true);
        setCacheHint(CacheHint.SPEED);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleRoleDescription("layer");
        if (inputPort != null) {
            inputPort.setAccessibleRoleDescription("input port");
            inputPort.setAccessibleText("Input of " + node.id() + ": drop a wire here");
        }
        if (outputPort != null) {
            outputPort.setAccessibleRoleDescription("output port");
            outputPort.setAccessibleText("Output of " + node.id() + ": drag from here to another layer's input");
        }
    }

    private Circle port(String styleClass) {
        Circle c = new Circle(CanvasGeometry.PORT_RADIUS);
        c.getStyleClass().addAll(Styles.PORT, styleClass);
        getChildren().add(c);
        return c;
    }

    /** Puts the ports where {@code flow} has them: on the card's sides, or on its top and bottom. */
    public void setFlow(Flow flow) {
        place(inputPort, flow.inputPort(0, 0));
        place(outputPort, flow.outputPort(0, 0));
        if (flow != this.flow) {
            this.flow = flow;
            requestLayout();
        }
    }

    private static void place(Circle port, Point2D at) {
        if (port != null) {
            port.setCenterX(at.getX());
            port.setCenterY(at.getY());
        }
    }

    /**
     * The kind of layer shown. The card shows any layer of this kind and name: an edit replaces the layer, and the card
     * only its texts (a new card is built, styled and drawn, 2-3 ms here); another kind needs another card.
     */
    public LayerKind layerKind() {
        return layerKind;
    }

    /**
     * Shows the texts of the latest analysis.
     *
     * @param hint a sentence on a choice that trains but likely badly, shown on hover, or null
     * @param waiting whether the layer's only problem is one of a layer before it: the card is marked, but
     *                only the layer where the problem starts says it on the board (a chain would repeat it on every card)
     */
    public void show(CardText text, String explanation, String hint, boolean waiting) {
        kind.setText(text.kind());
        detail.setText(text.detail());
        detail.setVisible(!text.detail().isEmpty());
        detail.setManaged(!text.detail().isEmpty());
        name.setText(text.name());
        shape.setText(text.shape());
        parameters.setText(text.parameters());
        showProblem(text.valid() || waiting ? null : text.problem());
        boolean hinted = text.valid() && hint != null;
        tooltip.setText(text.valid() ? (hinted ? "Hint: " + hint + "\n\n" + explanation : explanation) : text.problem());
        setAccessibleText(text.kind() + " layer " + text.name() + (text.detail().isEmpty() ? "" : ", " + text.detail())
                + (text.valid() ? ", output " + text.shape() + ", " + text.parameters() : ": " + text.problem()));
        pseudoClassStateChanged(Styles.INVALID, !text.valid() && !waiting);
        pseudoClassStateChanged(WAITING, !text.valid() && waiting);
        pseudoClassStateChanged(HINTED, hinted);
    }

    private void showProblem(String sentence) {
        if (sentence == null) {
            if (problem != null) {
                problem.setVisible(false);
            }
            return;
        }
        if (problem == null) {
            problem = new Label();
            problem.getStyleClass().add(Styles.CARD_PROBLEM);
            problem.setWrapText(true);
            problem.setMaxWidth(CanvasGeometry.CARD_WIDTH + 40);
            problem.setManaged(false);
            problem.setMouseTransparent(true);
            getChildren().add(1, problem);
        }
        problem.setText(sentence);
        problem.setVisible(true);
        // Unmanaged, the sentence does not ask for a new layout as it changes: the card lays it out, styled first (a
        // sentence measured before its font is known is no lines high). Off the board, it is styled as it comes on (Culling).
        if (getScene() != null) {
            problem.applyCss();
        }
        requestLayout();
    }

    /** The tooltip of the card: the layer's explanation, its problem, or a hint above the explanation. */
    public Tooltip tooltip() {
        return tooltip;
    }

    /** While a wire is drawn: lights the input port up if it would take the wire, else dims it. */
    public void showWireTarget(boolean accepts) {
        if (inputPort != null) {
            inputPort.pseudoClassStateChanged(Styles.ACCEPT, accepts);
            inputPort.pseudoClassStateChanged(Styles.DIMMED, !accepts);
        }
    }

    /** Ends the highlighting of {@link #showWireTarget}. */
    public void endWireTargets() {
        if (inputPort != null) {
            inputPort.pseudoClassStateChanged(Styles.ACCEPT, false);
            inputPort.pseudoClassStateChanged(Styles.DIMMED, false);
        }
    }

    /** Lights both ports while the card, carried over a wire, would go into it when let go. */
    public void showGoingIn(boolean into) {
        for (Circle port : new Circle[] {inputPort, outputPort}) {
            if (port != null) {
                port.pseudoClassStateChanged(Styles.ACCEPT, into);
            }
        }
    }

    /** Shows the card as selected or not. */
    public void setSelected(boolean selected) {
        pseudoClassStateChanged(Styles.SELECTED, selected);
    }

    /** The layer's name on the card; a double-click on it renames the layer. */
    public Text name() {
        return name;
    }

    /** The texts on the card, header first. */
    public List<Text> texts() {
        return List.of(kind, detail, name, shape, parameters);
    }

    /** The card body, which takes clicks and drags. */
    public Region card() {
        return card;
    }

    /** The output port, or null for a layer without one (Output). */
    public Circle outputPort() {
        return outputPort;
    }

    /** The input port, or null for a layer without one (Input). */
    public Circle inputPort() {
        return inputPort;
    }

    @Override
    protected void layoutChildren() {
        card.resizeRelocate(0, 0, CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT);
        card.layout();
        texts().forEach(NodeView::fit);
        if (problem != null) {
            double w = problem.getMaxWidth();
            boolean beside = flow == Flow.DOWN;
            problem.resizeRelocate(beside ? CanvasGeometry.CARD_WIDTH + PROBLEM_GAP + CanvasGeometry.PORT_RADIUS : 0,
                    beside ? 0 : CanvasGeometry.CARD_HEIGHT + PROBLEM_GAP, w, Math.min(PROBLEM_HEIGHT, problem.prefHeight(w)));
        }
    }

    // A long name such as globalaveragepool2d_1 is drawn scaled down to the card's inner width,
    // from its left edge, rather than cut short with an ellipsis.
    private static void fit(Text text) {
        Region line = (Region) text.getParent();
        double room = CanvasGeometry.CARD_WIDTH - line.getLayoutX() - line.getInsets().getRight() - text.getLayoutX();
        double width = text.getLayoutBounds().getWidth();
        double scale = width > room ? room / width : 1;
        text.setScaleX(scale);
        text.setScaleY(scale);
        text.setTranslateX(-width * (1 - scale) / 2);
    }
}
