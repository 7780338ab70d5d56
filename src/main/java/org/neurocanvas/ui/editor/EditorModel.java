package org.neurocanvas.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.Command;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Connect;
import org.neurocanvas.model.DeleteElements;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.MoveLayers;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.RenameLayer;
import org.neurocanvas.ui.DocumentSession;

/**
 * The editor's view model: turns gestures into commands on the open document, keeps the
 * selection in step with the graph and reports every refused edit as a sentence. It holds
 * no JavaFX node, so all of it is tested without a window.
 */
public final class EditorModel {

    /** Said when an edit is tried while training reads the network. */
    public static final String LOCKED = "Training is running: press Stop before changing the network.";

    private final DocumentSession session;
    private final Consumer<String> status;
    private final Selection selection = new Selection();
    private final LayerClipboard clipboard;
    private final List<Consumer<String>> added = new ArrayList<>();
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private boolean locked;
    private Analysis analysis;
    private CommandStack analysedStack;
    private long analysedRevision = -1;
    private int analysedShapesNoted = -1;
    private LongSupplier clock = System::currentTimeMillis;
    private Supplier<Point2D> viewCentre = () -> new Point2D(CanvasGeometry.CARD_WIDTH, CanvasGeometry.CARD_HEIGHT);

    /**
     * @param status shows a sentence to the person (the status bar)
     */
    public EditorModel(DocumentSession session, Consumer<String> status) {
        this(session, status, new LayerClipboard());
    }

    /**
     * @param status shows a sentence to the person (the status bar)
     * @param clipboard where Copy puts layers and Paste takes them from, shared by the projects opened one after another
     */
    public EditorModel(DocumentSession session, Consumer<String> status, LayerClipboard clipboard) {
        this.session = session;
        this.status = status;
        this.clipboard = clipboard;
        session.addReplaceListener(selection::clear);
        session.addChangeListener(() -> selection.retainExisting(graph()));
    }

    /** The open document the editor works on. */
    public DocumentSession session() {
        return session;
    }

    /** What is selected on the canvas. */
    public Selection selection() {
        return selection;
    }

    /** The open project's graph. */
    public Graph graph() {
        return session.project().graph();
    }

    /** Shape inference of the current graph, computed once per revision. */
    public Analysis analysis() {
        CommandStack stack = session.stack();
        if (stack != analysedStack || stack.revision() != analysedRevision || session.shapesNoted() != analysedShapesNoted) {
            analysis = session.project().analyse();
            analysedStack = stack;
            analysedRevision = stack.revision();
            analysedShapesNoted = session.shapesNoted();
        }
        return analysis;
    }

    /** Whether edits are refused because training is reading the project. */
    public boolean isLocked() {
        return locked;
    }

    /** Locks or unlocks editing; training locks it while it reads the project. */
    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    /**
     * Runs a command; a refusal (or the lock) goes to the status bar instead.
     *
     * @return whether the edit happened
     */
    public boolean execute(Command command) {
        if (locked) {
            status.accept(LOCKED);
            return false;
        }
        try {
            session.stack().execute(command);
            return true;
        } catch (IllegalArgumentException refused) {
            status.accept(refused.getMessage());
            return false;
        }
    }

    /**
     * Adds a layer centred where it was dropped and selects it.
     *
     * @return the new layer's name, if it was added
     */
    public Optional<String> addLayerAt(String kindId, Point2D drop) {
        Point2D corner = new Point2D(CanvasGeometry.snap(drop.getX() - CanvasGeometry.CARD_WIDTH / 2),
                CanvasGeometry.snap(drop.getY() - CanvasGeometry.CARD_HEIGHT / 2));
        return add(Catalog.byId(kindId), corner, null);
    }

    /** View > Snap to Grid: whether dragged cards land on the grid; off, they stop where they are let go. */
    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    /** Tells the editor where the middle of the visible canvas is, in canvas coordinates. */
    public void setViewCentre(Supplier<Point2D> viewCentre) {
        this.viewCentre = viewCentre;
    }

    /**
     * Adds a layer after the selected one, wired to it when that makes sense, in the first
     * free place to its right, so a chain grows left to right (below it, in a network laid out top to
     * bottom: see {@link Flow}); with no single layer selected,
     * unwired, in the first free place at the middle of the view. In a chain, as in a Keras
     * Sequential model, the new layer goes in right after the selected one: into its one wire out,
     * the rest of the chain stepping on to make room (see {@link #spliceInto}); after a layer with no
     * wire out while the Output is still unwired, it goes in before the Output.
     *
     * @return the new layer's name, if it was added
     */
    public Optional<String> addAfterSelection(String kindId) {
        LayerKind kind = Catalog.byId(kindId);
        LayerNode anchor = selection.single().map(graph()::node).orElse(null);
        if (anchor == null) {
            Point2D centre = viewCentre.get();
            return add(kind, CanvasGeometry.freeSpot(graph(), centre.getX() - CanvasGeometry.CARD_WIDTH / 2,
                    centre.getY() - CanvasGeometry.CARD_HEIGHT / 2), null);
        }
        boolean wire = anchor.kind().hasOutputPort() && kind.maxInputs() > 0;
        boolean through = wire && kind.hasOutputPort() && kind != Catalog.OUTPUT;
        Flow flow = Flow.of(graph());
        Point2D after = flow.next(anchor.x(), anchor.y());
        List<Edge> out = graph().outgoing(anchor.id());
        if (through && out.size() == 1) {
            // Asked for by name, a layer that does not fit yet goes in all the same, red with its problem, as a dragged one does.
            return splice(kindId, out.get(0), after.add(CanvasGeometry.CARD_WIDTH / 2, CanvasGeometry.CARD_HEIGHT / 2), false);
        }
        LayerNode end = through ? unwiredOutput(anchor) : null;
        if (end == null) {
            return add(kind, flow.freeSpot(graph(), after.getX(), after.getY(), Set.of()), wire ? anchor.id() : null);
        }
        Point2D spot = flow.freeSpot(graph(), after.getX(), after.getY(), Set.of(end.id()));
        AddLayer add = new AddLayer(graph(), kind, spot.getX(), spot.getY(), anchor.id());
        CompoundEdit before = new CompoundEdit(add.description() + " before " + end.id(), (project, run) -> {
            run.accept(add);
            if (Math.abs(end.x() - spot.getX()) < CanvasGeometry.CARD_WIDTH && Math.abs(end.y() - spot.getY()) < CanvasGeometry.CARD_HEIGHT) {
                Point2D past = flow.next(spot.getX(), spot.getY());
                Point2D free = flow.freeSpot(project.graph(), past.getX(), past.getY(), Set.of(end.id()));
                run.accept(new MoveLayers(Map.of(end.id(), new MoveLayers.Move(end.x(), end.y(), free.getX(), free.getY()))));
            }
            run.accept(new Connect(add.layerId(), end.id()));
        });
        if (!execute(before)) {
            return Optional.empty();
        }
        return announce(add.layerId());
    }

    // The Output a new layer after the anchor should lead to: the only Output, while unwired, after a layer with no wire out.
    private LayerNode unwiredOutput(LayerNode anchor) {
        List<LayerNode> outputs = graph().nodes().stream().filter(n -> n.kind() == Catalog.OUTPUT).toList();
        return outputs.size() == 1 && graph().incoming(outputs.get(0).id()).isEmpty() && anchor.kind() != Catalog.OUTPUT
                && graph().outgoing(anchor.id()).isEmpty() ? outputs.get(0) : null;
    }

    private Optional<String> add(LayerKind kind, Point2D corner, String after) {
        AddLayer add = new AddLayer(graph(), kind, corner.getX(), corner.getY(), after);
        if (!execute(add)) {
            return Optional.empty();
        }
        return announce(add.layerId());
    }

    private Optional<String> announce(String layerId) {
        selection.selectLayer(layerId, false);
        added.forEach(listener -> listener.accept(layerId));
        return Optional.of(layerId);
    }

    /** Hears the name of every layer added from the palette, after the canvas has drawn it. */
    public void addAddedListener(Consumer<String> listener) {
        added.add(listener);
    }

    /** Sets the clock that tells arrow-key presses of one burst apart from the next; tests use their own. */
    public void setClock(LongSupplier millis) {
        this.clock = millis;
    }

    /** Selects the layer a problem belongs to; a problem of the whole network selects nothing. */
    public void select(ProblemList.Problem problem) {
        problem.layer().filter(graph()::contains).ifPresent(id -> selection.selectLayer(id, false));
    }

    /** Every problem of the network, each with its layer where it has one. */
    public List<ProblemList.Problem> problems() {
        return ProblemList.of(graph(), analysis());
    }

    /** Edit > Select All: every layer. */
    public void selectAll() {
        selection.selectLayers(graph().nodes().stream().map(LayerNode::id).toList());
    }

    /**
     * Moves the selected layers by a step (the arrow keys); a burst of presses is one undo step.
     *
     * @return whether anything moved
     */
    public boolean nudgeSelection(double dx, double dy) {
        if (selection.layers().isEmpty()) {
            return false;
        }
        NudgeLayers nudge = new NudgeLayers(session.project(), selection.layers(), dx, dy, snapToGrid.get(), clock.getAsLong());
        return nudge.movesAnything() && execute(nudge);
    }

    /**
     * Starts a rubber band on empty canvas; without {@code extend} the selection starts empty.
     *
     * @param press where the mouse went down, in canvas coordinates
     * @param extend whether the band adds to the selection (Shift or Ctrl held)
     */
    public Marquee pressEmpty(Point2D press, boolean extend) {
        Marquee marquee = new Marquee(press, extend ? selection.layers() : Set.of());
        if (!extend) {
            selection.clear();
        }
        return marquee;
    }

    /** Follows the rubber band: the layers it touches become the selection as it grows and shrinks. */
    public void drag(Marquee marquee, Point2D mouse) {
        marquee.dragTo(mouse);
        selection.selectLayers(marquee.selected(graph()));
    }

    /**
     * View > Arrange: lays the network out left to right with few crossings, as one undo step.
     *
     * @return whether any layer moved
     */
    public boolean arrange() {
        return arrange(AutoLayout.Direction.LEFT_TO_RIGHT);
    }

    /**
     * View > Arrange, or Arrange Top to Bottom: lays the network out that way with few crossings, as one undo step.
     *
     * @return whether any layer moved
     */
    public boolean arrange(AutoLayout.Direction direction) {
        return arrange(AutoLayout.command(graph(), direction), direction == AutoLayout.Direction.TOP_TO_BOTTOM ? " top to bottom" : "");
    }

    /**
     * View > Arrange in Rows: left to right, wrapped into rows that end before {@code right} (the view's right edge, in
     * board units), so that a long network shows whole; one undo step.
     *
     * @return whether any layer moved
     */
    public boolean arrangeInRows(double right) {
        double left = graph().nodes().stream().mapToDouble(LayerNode::x).min().orElse(0);
        return arrange(AutoLayout.command(graph(), AutoLayout.Direction.LEFT_TO_RIGHT, AutoLayout.ranksPerRow(left, right)), " in rows");
    }

    private boolean arrange(Optional<MoveLayers> move, String how) {
        if (move.isEmpty()) {
            status.accept("The layers are already arranged.");
            return false;
        }
        int n = graph().nodes().size();
        String name = "Arrange " + n + (n == 1 ? " layer" : " layers") + how;
        return execute(new CompoundEdit(name, (project, run) -> run.accept(move.get())));
    }

    /** The clipboard that Copy fills and Paste reads. */
    public LayerClipboard clipboard() {
        return clipboard;
    }

    /** Edit > Copy: the selected layers and the wires among them go to the clipboard. */
    public boolean copySelection() {
        if (selection.layers().isEmpty()) {
            status.accept("Select the layers to copy first: click one, Shift-click more, or drag a band around them.");
            return false;
        }
        clipboard.copy(graph(), selection.layers());
        int n = clipboard.size();
        status.accept("Copied " + n + (n == 1 ? " layer" : " layers") + ": Ctrl+V pastes, here or in another project.");
        return true;
    }

    /** Edit > Cut: copies the selected layers, then deletes them with their wires, as one step. */
    public boolean cutSelection() {
        Set<String> ids = selection.layers();
        if (!copySelection()) {
            return false;
        }
        int n = ids.size();
        return execute(new CompoundEdit("Cut " + n + (n == 1 ? " layer" : " layers"),
                (project, run) -> run.accept(new DeleteElements(ids, List.of()))));
    }

    /** Edit > Paste: the clipboard's layers under fresh names, a step further each time, selected afterwards. */
    public boolean paste() {
        if (clipboard.isEmpty()) {
            status.accept("Nothing to paste: copy some layers first.");
            return false;
        }
        return runAndSelectNew(clipboard.paste().orElseThrow());
    }

    /** Edit > Duplicate: a copy of the selected layers and their inner wires next to them; the clipboard stays as it is. */
    public boolean duplicateSelection() {
        return LayerClipboard.duplicate(graph(), selection.layers()).map(this::runAndSelectNew).orElse(false);
    }

    // Selects the layers that the edit added, so they can be moved on at once.
    private boolean runAndSelectNew(Command edit) {
        Set<String> before = graph().nodes().stream().map(LayerNode::id).collect(Collectors.toSet());
        if (!execute(edit)) {
            return false;
        }
        selection.selectLayers(graph().nodes().stream().map(LayerNode::id).filter(id -> !before.contains(id)).toList());
        return true;
    }

    /**
     * Drops a layer onto a wire: the wire is cut and the new layer wired in between, as one undo
     * step. Refused with a sentence when the layer cannot sit there or its shapes do not fit.
     *
     * @param drop where the layer was dropped, in canvas coordinates; its card is centred there
     * @return the new layer's name, if it was spliced in
     */
    public Optional<String> spliceInto(String kindId, Edge wire, Point2D drop) {
        return splice(kindId, wire, drop, true);
    }

    /**
     * Cuts the wire and puts a new layer in between, as one step, making room for it (see {@link InsertionRoom}).
     *
     * @param refuseMisfit whether a layer whose shapes do not fit there is refused, else added in red with its problem
     */
    private Optional<String> splice(String kindId, Edge wire, Point2D drop, boolean refuseMisfit) {
        LayerKind kind = Catalog.byId(kindId);
        String between = " between " + wire.from() + " and " + wire.to();
        if (kind.maxInputs() == 0 || !kind.hasOutputPort()) {
            status.accept(article(kind) + " " + kind.id() + " layer cannot go" + between + ": it needs a wire in and a wire out.");
            return Optional.empty();
        }
        boolean targetFitBefore = analysis().layer(wire.to()).valid();
        boolean sourceFit = analysis().layer(wire.from()).valid();
        double x = CanvasGeometry.snap(drop.getX() - CanvasGeometry.CARD_WIDTH / 2);
        double y = CanvasGeometry.snap(drop.getY() - CanvasGeometry.CARD_HEIGHT / 2);
        AddLayer add = new AddLayer(graph(), kind, x, y, wire.from());
        Flow flow = Flow.of(graph());
        CompoundEdit splice = new CompoundEdit("Insert " + add.layerId() + between, (project, run) -> {
            run.accept(new DeleteElements(List.of(), List.of(wire)));
            run.accept(add);
            run.accept(new Connect(add.layerId(), wire.to()));
            Analysis after = project.analyse();
            Analysis.LayerInfo fresh = after.layer(add.layerId());
            Analysis.LayerInfo target = after.layer(wire.to());
            if (refuseMisfit && (sourceFit && !fresh.valid() || targetFitBefore && !target.valid())) {
                throw new IllegalArgumentException(article(kind) + " " + kind.id() + between + " does not fit: "
                        + (fresh.valid() ? target.problem() : fresh.problem()));
            }
            makeRoom(project, run, flow, add.layerId(), wire.from());
        });
        if (!execute(splice)) {
            return Optional.empty();
        }
        return announce(add.layerId());
    }

    /**
     * Puts a layer that is not wired in yet into a wire: the wire's source feeds the layer and the
     * layer feeds the wire's target, as one undo step. Refused with a sentence when the shapes do not fit.
     *
     * @return whether the layer was inserted
     */
    public boolean insertInto(String layerId, Edge wire) {
        return insert(layerId, wire, Optional.empty());
    }

    // Inserts a layer into a wire, after moving it there when it was dragged in: one step.
    private boolean insert(String layerId, Edge wire, Optional<MoveLayers> move) {
        boolean sourceFit = analysis().layer(wire.from()).valid();
        boolean targetFitBefore = analysis().layer(wire.to()).valid();
        String between = layerId + " between " + wire.from() + " and " + wire.to();
        Flow flow = Flow.of(graph());
        return execute(new CompoundEdit("Insert " + between, (project, run) -> {
            move.ifPresent(run);
            run.accept(new DeleteElements(List.of(), List.of(wire)));
            run.accept(new Connect(wire.from(), layerId));
            run.accept(new Connect(layerId, wire.to()));
            Analysis after = project.analyse();
            Analysis.LayerInfo inserted = after.layer(layerId);
            Analysis.LayerInfo target = after.layer(wire.to());
            if (sourceFit && !inserted.valid() || targetFitBefore && !target.valid()) {
                throw new IllegalArgumentException(between + " does not fit: " + (inserted.valid() ? target.problem() : inserted.problem()));
            }
            makeRoom(project, run, flow, layerId, wire.from());
        }));
    }

    // A layer put into a wire on top of other cards moves into the row, and the cards ahead step on: see InsertionRoom.
    private static void makeRoom(Project project, Consumer<Command> run, Flow flow, String layer, String source) {
        Map<String, MoveLayers.Move> moves = InsertionRoom.moves(project.graph(), flow, layer, source);
        if (!moves.isEmpty()) {
            run.accept(new MoveLayers(moves));
        }
    }

    private static String article(LayerKind kind) {
        return "AEIOU".indexOf(kind.id().charAt(0)) >= 0 ? "An" : "A";
    }

    /** Wires {@code from}'s output into {@code to}'s input, or says why not. */
    public boolean connect(String from, String to) {
        return execute(new Connect(from, to));
    }

    /** Deletes the selected layers (with their wires) or the selected wire, as one step. */
    public boolean deleteSelection() {
        return selection.deleteCommand().map(this::execute).orElse(false);
    }

    /**
     * Gives a layer a new name as one undo step and keeps it selected under that name; a name
     * that is taken or not a valid identifier is refused with the model's sentence.
     *
     * @return whether the layer now has the new name (also when it already had it)
     */
    public boolean rename(String layerId, String newName) {
        String wanted = newName == null ? "" : newName.trim();
        if (wanted.equals(layerId)) {
            return true;
        }
        boolean selected = selection.contains(layerId);
        if (!execute(new RenameLayer(layerId, wanted))) {
            return false;
        }
        if (selected) {
            selection.selectLayer(wanted, false);
        }
        return true;
    }

    /** Changes one setting of one layer; a value the layer refuses is reported and nothing changes. */
    public boolean changeSetting(String layerId, String setting, Object value) {
        return execute(new ChangeSetting(layerId, setting, value));
    }

    /**
     * Starts dragging a card: the pressed layer joins the selection (or becomes it), and the
     * whole selection moves together.
     *
     * @param press the mouse position in canvas coordinates
     * @param extend whether the press extends the selection (shift)
     * @return the drag, or empty when the network is locked or the press only deselected the layer
     */
    public Optional<MoveDrag> pressLayer(String layerId, Point2D press, boolean extend) {
        if (extend || !selection.contains(layerId)) {
            selection.selectLayer(layerId, extend);
        }
        if (locked || !selection.contains(layerId)) {
            return Optional.empty();
        }
        return Optional.of(new MoveDrag(graph(), selection.layers(), press, snapToGrid.get()));
    }

    /**
     * Ends a card drag with one move command, if anything moved. A layer not wired in yet that is let
     * go over a wire goes into it in the same step, as a layer from the palette does; when its shapes
     * do not fit there, it only moves, and the status bar says why.
     */
    public void release(MoveDrag drag) {
        Optional<Edge> wire = drag.wireUnderneath();
        if (wire.isEmpty() || !insert(drag.layers().iterator().next(), wire.get(), drag.command())) {
            drag.command().ifPresent(this::execute);
        }
    }

    /** Starts drawing a wire from a layer's output port, unless the network is locked. */
    public Optional<WireDrag> pressOutputPort(String layerId) {
        if (locked) {
            status.accept(LOCKED);
            return Optional.empty();
        }
        return Optional.of(new WireDrag(graph(), layerId));
    }

    /**
     * Ends a wire drag: a wire when released over an input, the dragged layer inserted when released
     * over another wire, a hint when released in empty space.
     */
    public void release(WireDrag drag) {
        Optional<String> target = drag.target();
        if (target.isPresent()) {
            connect(drag.from(), target.get());
        } else if (drag.wire().isPresent()) {
            drag.refusal().ifPresentOrElse(status, () -> insertInto(drag.from(), drag.wire().get()));
        } else if (!drag.start().equals(drag.end())) {
            status.accept("Drop the wire on the input port (the dot on the left) of another layer.");
        }
    }

    /** One sentence on the state of the network: the first problem, else the first hint, or that it is ready. */
    public String healthSentence() {
        Analysis a = analysis();
        if (!a.isValid()) {
            return first(a.problems());
        }
        if (!a.hints().isEmpty()) {
            return "The network can train. A hint: " + first(a.hints());
        }
        return "The network is complete: press Train to teach it.";
    }

    private static String first(List<String> sentences) {
        int more = sentences.size() - 1;
        return sentences.get(0) + (more > 0 ? "  (" + more + " more)" : "");
    }
}
