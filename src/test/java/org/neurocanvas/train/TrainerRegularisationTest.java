package org.neurocanvas.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.engine.Parameter;
import org.neurocanvas.engine.Sgd;
import org.neurocanvas.model.ProjectIO;

/** The trainer's L2 penalty, weight decay and clipping, seen from a real run's first batch. */
class TrainerRegularisationTest {

    private static Compiler.Compiled spiral() throws Exception {
        return Compiler.compile(ProjectIO.read(Path.of("samples/spiral-mlp.json")));
    }

    /** Runs exactly one batch of plain SGD with the given learning rate; returns the first batch's event. */
    private static TrainingEvent.BatchEnd firstBatch(Trainer trainer) {
        List<TrainingEvent.BatchEnd> first = new ArrayList<>();
        trainer.addListener(e -> {
            if (e instanceof TrainingEvent.BatchEnd b && first.isEmpty()) {
                first.add(b);
                trainer.stop();
            }
        });
        trainer.run();
        return first.get(0);
    }

    private static List<INDArray> copies(List<Parameter> parameters) {
        return parameters.stream().map(p -> p.value().dup()).toList();
    }

    @Test
    void aClippedStepHasExactlyTheMaximumNorm() throws Exception {
        Compiler.Compiled raw = spiral();
        firstBatch(new Trainer(raw.program(), new Sgd(1, 0), raw.data(), 32, 1, 1));
        assertTrue(Regularisation.globalNorm(raw.program().parameters()) > 0.01, "the unclipped gradient is larger");
        Compiler.Compiled c = spiral();
        List<INDArray> before = copies(c.program().parameters());
        Trainer trainer = new Trainer(c.program(), new Sgd(1, 0), c.data(), 32, 1, 1);
        trainer.setGradientClipping(0.01, 0);
        firstBatch(trainer);
        List<Parameter> parameters = c.program().parameters();
        assertEquals(0.01, Regularisation.globalNorm(parameters), 1e-8, "to float precision");
        for (int i = 0; i < before.size(); i++) {
            Parameter p = parameters.get(i);
            assertEquals(before.get(i).sub(p.grad()), p.value(), p.name() + " moved by lr 1 times the clipped gradient");
        }
    }

    @Test
    void theReportedLossIncludesTheL2Penalty() throws Exception {
        Compiler.Compiled plain = spiral();
        double plainLoss = firstBatch(new Trainer(plain.program(), new Sgd(0.1, 0), plain.data(), 32, 1, 1)).loss();
        Compiler.Compiled penalised = spiral();
        double squares = 0;
        for (Parameter p : penalised.program().parameters()) {
            if (p.value().rank() == 2) {
                double n = p.value().norm2Number().doubleValue();
                squares += n * n;
            }
        }
        Trainer trainer = new Trainer(penalised.program(), new Sgd(0.1, 0), penalised.data(), 32, 1, 1);
        trainer.setL2(0.01);
        double loss = firstBatch(trainer).loss();
        assertEquals(0.005 * squares, loss - plainLoss, 1e-6);
    }

    @Test
    void weightDecayAfterTheStepShrinksWeightsNotBiases() throws Exception {
        Compiler.Compiled c = spiral();
        Trainer trainer = new Trainer(c.program(), new Sgd(0.5, 0), c.data(), 32, 1, 1);
        trainer.setWeightDecay(2);
        firstBatch(trainer);
        for (Parameter p : c.program().parameters()) {
            double norm = p.value().norm2Number().doubleValue();
            if (p.name().endsWith("/W")) {
                assertEquals(0, norm, "1 - lr * decay = 0 leaves nothing of " + p.name());
            } else {
                assertTrue(norm > 0, p.name() + " moved by its gradient and was not decayed");
            }
        }
    }
}
