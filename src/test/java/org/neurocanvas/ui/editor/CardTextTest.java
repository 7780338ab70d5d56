package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.SampleProjects;

class CardTextTest {

    private final DocumentSession session = Projects.spiralMlp();

    @Test
    void denseShowsItsShapeParametersAndActivation() {
        CardText first = card("dense_1");
        assertEquals(new CardText("Dense", "relu", "dense_1", "(None, 64)", "192 params", null), first);
        assertEquals("4,160 params", card("dense_2").parameters());
        assertEquals("linear", card("dense_3").detail());
        assertEquals("(None, 3)", card("dense_3").shape());
    }

    @Test
    void inputShowsItsShapeAndOutputItsLoss() {
        assertEquals(new CardText("Input", "", "input_1", "(None, 2)", "0 params", null), card("input_1"));
        CardText output = card("output_1");
        assertEquals("softmax_cross_entropy", output.detail(), "the loss is the Output's characterising choice");
        assertEquals("(None, 3)", output.shape());
    }

    @Test
    void aLayerWithAProblemShowsItsSentenceInsteadOfAShape() {
        String loose = Projects.looseDense(session, 460, 400);
        CardText text = card(loose);
        assertFalse(text.valid());
        assertEquals(CardText.UNKNOWN_SHAPE, text.shape());
        assertEquals("0 params", text.parameters());
        assertEquals(loose + " has no input: wire a layer's output into it.", text.problem());
    }

    @Test
    void parameterCountsAreGroupedByThousandsInAnyLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1,234,567 params", CardText.parameters(1_234_567));
            assertEquals("1 param", CardText.parameters(1));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aValidLayerHasNoProblem() {
        assertNull(card("dense_2").problem());
    }

    @Test
    void everyLayerOfEverySampleHasItsKindNameShapeAndParameters() throws Exception {
        List<Path> samples = SampleProjects.in(SampleProjects.FOLDER);
        assertFalse(samples.isEmpty(), "no samples in " + SampleProjects.FOLDER.toAbsolutePath());
        for (Path sample : samples) {
            Project project = ProjectIO.read(sample);
            Analysis analysis = project.analyse();
            for (LayerNode node : project.graph().nodes()) {
                CardText text = CardText.of(node, analysis.layer(node.id()));
                String where = SampleProjects.name(sample) + "/" + node.id();
                assertTrue(text.valid(), where + ": " + text.problem());
                assertEquals(node.kind().id(), text.kind(), where);
                assertEquals(node.id(), text.name(), where);
                assertTrue(text.shape().matches("\\(None(, \\d+)+\\)"), where + " shows the shape " + text.shape());
                assertTrue(text.parameters().matches("[\\d,]+ params?"), where + " shows " + text.parameters());
            }
        }
    }

    private CardText card(String id) {
        Analysis analysis = session.project().analyse();
        return CardText.of(session.project().graph().node(id), analysis.layer(id));
    }
}
