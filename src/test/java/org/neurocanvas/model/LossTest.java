package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurocanvas.model.Chains.chain;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Output layer's losses: which outputs and data each one fits, and how the inspector explains it. */
class LossTest {

    /** Input(4) → Dense(units, activation) → Output(loss), on data with this many classes. */
    private static CommandStack head(int classes, int units, String activation, String loss) {
        CommandStack s = chain("4", classes, List.of(Map.entry(Catalog.DENSE, Map.of("units", units, "activation", activation))));
        s.execute(new ChangeSetting("output_1", "loss", loss));
        return s;
    }

    private static String problem(CommandStack s) {
        return s.project().analyse().layer("output_1").problem();
    }

    @Test
    void softmaxCrossEntropyOnOneUnitSuggestsBinary() {
        assertEquals("output_1 needs at least 2 class scores for softmax cross-entropy but receives (None, 1): "
                + "use binary_cross_entropy or give it 2 units.", problem(head(2, 1, "linear", "softmax_cross_entropy")));
    }

    @Test
    void binaryCrossEntropyTakesOneUnitForTwoClasses() {
        assertTrue(head(2, 1, "linear", "binary_cross_entropy").project().analyse().isValid());
        assertEquals("output_1 uses binary_cross_entropy, which needs 1 score for 2 classes, but receives 2: set units of dense_1 to 1, "
                + "or use softmax_cross_entropy.", problem(head(2, 2, "linear", "binary_cross_entropy")));
        assertEquals("output_1 uses binary_cross_entropy, which tells 2 classes apart, but the data set has 3 classes: "
                + "use softmax_cross_entropy and set units of dense_1 to 3.", problem(head(3, 1, "linear", "binary_cross_entropy")));
        assertEquals("output_1 applies sigmoid itself, and dense_1 already did: set the activation of dense_1 to linear, "
                + "so the output receives raw scores (logits).", problem(head(2, 1, "sigmoid", "binary_cross_entropy")));
    }

    @Test
    void regressionLossesTakeAnyShapeAndAnyData() {
        for (String loss : List.of("mean_squared_error", "mean_absolute_error", "huber")) {
            Analysis a = head(3, 5, "sigmoid", loss).project().analyse();
            assertTrue(a.isValid(), () -> loss + ": " + a.problems());
        }
        CommandStack images = chain("8x8x1", 10, List.of(Map.entry(Catalog.CONV2D, Map.of("filters", 1, "padding", "same", "activation", "sigmoid"))));
        images.execute(new ChangeSetting("output_1", "loss", "mean_squared_error"));
        Analysis a = images.project().analyse();
        assertTrue(a.isValid(), () -> a.problems().toString());
        assertEquals(new Shape(8, 8, 1), a.layer("output_1").shape());
    }

    @Test
    void theExplanationFollowsTheChosenLoss() {
        CommandStack s = head(2, 1, "linear", "huber");
        LayerNode output = s.project().graph().node("output_1");
        assertEquals("e = y - z;  loss = mean(½e² if |e| ≤ 1, else |e| - ½)", output.kind().formula(output));
        assertTrue(output.kind().explanation(output).startsWith("Squared error for differences up to 1"));
        s.execute(new ChangeSetting("output_1", "loss", "softmax_cross_entropy"));
        assertEquals("p = softmax(z);  loss = -log p[true class]", output.kind().formula(output));
        assertTrue(Catalog.OUTPUT.explanation().contains("Huber"), "the kind's own explanation names every loss");
    }

    @Test
    void anUnknownLossNamesTheChoices() {
        CommandStack s = head(2, 2, "linear", "softmax_cross_entropy");
        String message = assertThrows(IllegalArgumentException.class,
                () -> s.execute(new ChangeSetting("output_1", "loss", "hinge"))).getMessage();
        assertEquals("Setting 'loss' of output_1 expects one of softmax_cross_entropy, binary_cross_entropy, mean_squared_error, "
                + "mean_absolute_error, huber, found 'hinge'.", message);
    }
}
