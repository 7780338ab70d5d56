package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Shape;
import org.neurocanvas.ui.DocumentSession;

class EditorModelTest {

    private final DocumentSession session = Projects.spiralMlp();
    private final List<String> status = new ArrayList<>();
    private final EditorModel editor = new EditorModel(session, status::add);

    @Test
    void aSampleShapeReadFromATableReachesTheAnalysisWhileTheDataStaysThatTable() {
        editor.changeSetting("input_1", "shape", "auto");
        DataSpec table = new DataSpec("csv", "points.csv", null, "kind", 0, 0, 0, 0, 1, null, null);
        editor.execute(new ChangeTraining(session.project().training(), table, "data"));
        assertNull(editor.analysis().layer("input_1").shape(), "a table's width is known only once it is read");

        session.noteSampleShape(table, new Shape(3));
        assertEquals(new Shape(3), editor.analysis().layer("input_1").shape(), "no edit needed for the canvas to know it");
        assertEquals(3 * 64 + 64, editor.analysis().layer("dense_1").parameters(), "and the layers after it");

        editor.execute(new ChangeTraining(session.project().training(), table.withScaling("minmax"), "scaling"));
        assertEquals(new Shape(3), editor.analysis().layer("input_1").shape(), "scaling changes values, not how many there are");
        editor.execute(new ChangeTraining(session.project().training(), table.withExclude(List.of("x")), "exclude"));
        assertNull(editor.analysis().layer("input_1").shape(), "a column left out: the width read no longer holds");
    }

    @Test
    void aDropAddsTheLayerCentredOnThePointerAndSelectsIt() {
        assertEquals(Optional.of("dense_4"), editor.addLayerAt("Dense", new Point2D(503, 452)));
        LayerNode added = session.project().graph().node("dense_4");
        assertEquals(430, added.x());
        assertEquals(400, added.y());
        assertEquals(Set.of("dense_4"), editor.selection().layers());
        assertEquals("Add dense_4", session.stack().undoDescription().orElseThrow());
    }

    @Test
    void aDoubleClickAddsRightAfterTheSelectedLayerInTheChainAndTheRestStepsOn() {
        Graph graph = session.project().graph();
        double dense3 = graph.node("dense_3").x();
        editor.selection().selectLayer("dense_2", false);
        String added = editor.addAfterSelection("Activation").orElseThrow();
        LayerNode node = graph.node(added);
        LayerNode dense2 = graph.node("dense_2");
        assertEquals(List.of(new Edge("dense_2", added)), graph.incoming(added));
        assertEquals(List.of(new Edge(added, "dense_3")), graph.incoming("dense_3"), "the chain goes on through it");
        assertEquals(new Point2D(dense2.x() + CanvasGeometry.STEP_X, dense2.y()), new Point2D(node.x(), node.y()), "where dense_3 stood");
        assertEquals(dense3 + CanvasGeometry.STEP_X, graph.node("dense_3").x(), "dense_3 stepped right");
        assertEquals(Set.of(added), editor.selection().layers());
        assertEquals("Insert activation_1 between dense_2 and dense_3", session.stack().undoDescription().orElseThrow());
    }

    @Test
    void aLayerThatDoesNotFitAfterTheSelectedOneGoesInAllTheSameRedWithItsProblem() {
        editor.selection().selectLayer("dense_2", false);
        String added = editor.addAfterSelection("Conv2D").orElseThrow();
        assertEquals(List.of(new Edge(added, "dense_3")), session.project().graph().incoming("dense_3"));
        assertTrue(editor.analysis().layer(added).problem().startsWith("conv2d_1 expects an image"), editor.analysis().layer(added).problem());
    }

    @Test
    void aLayerAddedAfterTheLayerFeedingTheOutputGoesInBeforeItAndTheOutputStepsRight() {
        LayerNode dense3 = session.project().graph().node("dense_3");
        LayerNode output = session.project().graph().node("output_1");
        double outputX = output.x();
        editor.selection().selectLayer("dense_3", false);
        String added = editor.addAfterSelection("Dropout").orElseThrow();

        LayerNode node = session.project().graph().node(added);
        assertEquals(List.of(new Edge("dense_3", added)), session.project().graph().incoming(added));
        assertEquals(List.of(new Edge(added, "output_1")), session.project().graph().incoming("output_1"), "the chain still ends at the Output");
        assertEquals(new Point2D(dense3.x() + CanvasGeometry.STEP_X, dense3.y()), new Point2D(node.x(), node.y()), "in the row, where the Output stood");
        assertEquals(node.x() + CanvasGeometry.STEP_X, output.x(), "the Output stepped right");
        assertEquals("Insert dropout_1 between dense_3 and output_1", session.stack().undoDescription().orElseThrow());

        session.stack().undo();
        assertEquals(List.of(new Edge("dense_3", "output_1")), session.project().graph().incoming("output_1"), "one undo puts it all back");
        assertEquals(outputX, output.x());
        assertFalse(session.project().graph().contains(added));
    }

    @Test
    void inANetworkArrangedTopToBottomALayerAddedGoesBelowAndTheOutputStepsDown() {
        editor.arrange(AutoLayout.Direction.TOP_TO_BOTTOM);
        LayerNode dense3 = session.project().graph().node("dense_3");
        editor.selection().selectLayer("dense_3", false);
        String added = editor.addAfterSelection("Dropout").orElseThrow();

        LayerNode node = session.project().graph().node(added);
        double row = CanvasGeometry.CARD_HEIGHT + AutoLayout.ROW_GAP;
        assertEquals(new Point2D(dense3.x(), dense3.y() + row), new Point2D(node.x(), node.y()), "in the column, where the Output stood");
        LayerNode output = session.project().graph().node("output_1");
        assertEquals(new Point2D(node.x(), node.y() + row), new Point2D(output.x(), output.y()), "the Output stepped down");
        assertEquals(Flow.DOWN, Flow.of(session.project().graph()));
    }

    @Test
    void inANewProjectLayersAddedOneAfterAnotherAreWiredThroughToTheOutput() {
        DocumentSession fresh = new DocumentSession(Project.empty(), null);
        EditorModel blank = new EditorModel(fresh, status::add);
        blank.selection().selectLayer("input_1", false);
        String first = blank.addAfterSelection("Dense").orElseThrow();
        String second = blank.addAfterSelection("Dense").orElseThrow();
        Graph graph = fresh.project().graph();
        assertEquals(List.of(new Edge("input_1", first), new Edge(first, second), new Edge(second, "output_1")),
                List.of(graph.incoming(first).get(0), graph.incoming(second).get(0), graph.incoming("output_1").get(0)));
        assertEquals(graph.node("input_1").y(), graph.node(second).y(), "one row");
        assertTrue(graph.node("output_1").x() > graph.node(second).x(), "the Output stays at the end of the row");
    }

    @Test
    void nothingIsWiredAfterTheOutput() {
        editor.selection().selectLayer("output_1", false);
        String added = editor.addAfterSelection("Dense").orElseThrow();
        assertEquals(List.of(), session.project().graph().incoming(added));
    }

    @Test
    void withNothingSelectedANewLayerGoesToTheMiddleOfTheViewUnwired() {
        editor.setViewCentre(() -> new Point2D(535, 230));
        String added = editor.addAfterSelection("Dense").orElseThrow();
        LayerNode node = session.project().graph().node(added);
        assertEquals(new Point2D(460, 320), new Point2D(node.x(), node.y()), "centred on the view, below dense_2 which sits there");
        assertEquals(List.of(), session.project().graph().incoming(added));
    }

    @Test
    void refusedEditsAreReportedNotThrown() {
        long revision = session.stack().revision();
        assertFalse(editor.connect("dense_3", "dense_1"));
        assertEquals(List.of("dense_1 takes 1 input and already has 1: remove its wire first."), status);
        assertFalse(editor.changeSetting("dense_1", "units", "many"));
        assertEquals("Setting 'units' of dense_1 expects a whole number, found 'many'.", status.get(1));
        assertEquals(revision, session.stack().revision());
    }

    @Test
    void whileTrainingRunsEveryEditIsRefusedWithASentence() {
        editor.setLocked(true);
        long revision = session.stack().revision();
        assertEquals(Optional.empty(), editor.addLayerAt("Dense", new Point2D(500, 450)));
        editor.selection().selectLayer("dense_1", false);
        assertFalse(editor.deleteSelection());
        assertFalse(editor.changeSetting("dense_1", "units", 8));
        assertEquals(revision, session.stack().revision());
        assertEquals(List.of(EditorModel.LOCKED, EditorModel.LOCKED, EditorModel.LOCKED), status);
    }

    @Test
    void theAnalysisIsComputedOncePerRevision() {
        assertSame(editor.analysis(), editor.analysis());
        Object before = editor.analysis();
        editor.changeSetting("dense_1", "units", 32);
        assertFalse(before == editor.analysis());
        assertEquals("(None, 32)", editor.analysis().layer("dense_1").shape().toString());
    }

    @Test
    void theHealthSentenceNamesTheFirstProblemAndCountsTheRest() {
        assertEquals("The network is complete: press Train to teach it.", editor.healthSentence());
        Projects.looseDense(session, 460, 400);
        Projects.looseDense(session, 660, 400);
        assertEquals("dense_4 has no input: wire a layer's output into it.  (1 more)", editor.healthSentence());
    }

    @Test
    void aNetworkThatTrainsButHasAHintSaysSo() {
        editor.changeSetting("dense_3", "activation", "relu");
        assertTrue(editor.healthSentence().startsWith("The network can train. A hint: dense_3: relu before softmax cross-entropy clips"),
                editor.healthSentence());
    }

    @Test
    void aNewDocumentClearsTheSelection() {
        editor.selection().selectLayer("dense_1", false);
        session.newProject();
        assertTrue(editor.selection().isEmpty());
    }

    @Test
    void aRenameIsOneNamedUndoStepAndKeepsTheLayerSelected() {
        editor.selection().selectLayer("dense_1", false);
        assertTrue(editor.rename("dense_1", " encoder "));
        assertTrue(session.project().graph().edges().contains(new Edge("encoder", "dense_2")));
        assertEquals(Set.of("encoder"), editor.selection().layers());
        assertEquals("Rename dense_1 to encoder", session.stack().undoDescription().orElseThrow());
        session.stack().undo();
        assertTrue(session.project().graph().contains("dense_1"));
    }

    @Test
    void aTakenOrInvalidNameIsRefusedWithTheModelsSentence() {
        assertFalse(editor.rename("dense_1", "dense_2"));
        assertEquals("A layer named dense_2 already exists: choose another name for dense_1.", status.get(status.size() - 1));
        assertFalse(editor.rename("dense_1", "2nd layer"));
        assertTrue(status.get(status.size() - 1).startsWith("A layer name starts with a letter"), status.toString());
        assertTrue(session.project().graph().contains("dense_1"));
        long revision = session.stack().revision();
        assertTrue(editor.rename("dense_1", "dense_1"), "keeping the name is no edit");
        assertEquals(revision, session.stack().revision());
    }

    @Test
    void anEmbeddingDroppedOnTokenDataTakesItsVocabularyInOneUndoStep() {
        DataSpec tokens = new DataSpec("a-before-b", null, null, null, 200, 0, 0, 12, 1, null, null);
        editor.execute(new ChangeTraining(session.project().training(), tokens, "data"));
        String added = editor.addLayerAt("Embedding", new Point2D(503, 452)).orElseThrow();
        assertEquals(9, session.project().graph().node(added).intSetting("vocabulary"));
        assertEquals("Add " + added, session.stack().undoDescription().orElseThrow());
        session.stack().undo();
        assertFalse(session.project().graph().contains(added));
    }
}
