package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.DeleteElements;
import org.neurocanvas.ui.DocumentSession;

class ProblemListTest {

    private final DocumentSession session = Projects.spiralMlp();
    private final EditorModel editor = new EditorModel(session, sentence -> { });

    @Test
    void aValidNetworkHasNoProblems() {
        assertEquals(List.of(), ProblemList.of(editor.graph(), editor.analysis()));
    }

    @Test
    void eachLayerProblemNamesItsLayerAndWholeNetworkProblemsNone() {
        session.stack().execute(new DeleteElements(List.of("input_1"), List.of()));
        Projects.looseDense(session, 460, 400);
        List<ProblemList.Problem> problems = ProblemList.of(editor.graph(), editor.analysis());
        assertEquals(new ProblemList.Problem(Optional.of("dense_1"), "dense_1 has no input: wire a layer's output into it."), problems.get(0));
        assertEquals(Optional.empty(), problems.get(problems.size() - 1).layer());
        assertEquals("The network has no Input layer: drag one from the palette.", problems.get(problems.size() - 1).sentence());
        assertEquals(problems.size(), Set.copyOf(problems).size(), "no problem is listed twice");
    }

    @Test
    void hintsComeLastAndAreMarkedAsHints() {
        editor.changeSetting("dense_3", "activation", "relu");
        Projects.looseDense(session, 460, 400);
        List<ProblemList.Problem> problems = ProblemList.of(editor.graph(), editor.analysis());
        assertEquals(List.of(false, true), problems.stream().map(ProblemList.Problem::hint).toList(), problems.toString());
        ProblemList.Problem hint = problems.get(1);
        assertEquals(Optional.of("dense_3"), hint.layer());
        assertTrue(hint.sentence().startsWith("dense_3: relu before softmax cross-entropy"), hint.sentence());
        editor.select(hint);
        assertEquals(Set.of("dense_3"), editor.selection().layers(), "picking a hint selects its layer, as a problem does");
    }

    @Test
    void pickingAProblemSelectsItsLayer() {
        Projects.looseDense(session, 460, 400);
        ProblemList.Problem first = ProblemList.of(editor.graph(), editor.analysis()).get(0);
        editor.select(first);
        assertEquals(Set.of("dense_4"), editor.selection().layers());
    }
}
