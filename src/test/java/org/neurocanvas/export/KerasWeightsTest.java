package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.engine.Program;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.layers.BatchNormKind;
import org.neurocanvas.model.layers.Conv2DKind;
import org.neurocanvas.model.layers.LstmKind;

/**
 * The arrays the Keras module hands to each layer's {@code set_weights}, run through Keras's
 * documented computation of that layer ({@link KerasLayers}), give what the engine's layer gives
 * on the same input: the layouts and the LSTM's gate order are right for every weighted kind.
 */
class KerasWeightsTest {

    private static final double TOLERANCE = 1e-4;

    /** Every sample network, the branching ones, and the LSTM sample: all the kinds the Keras export translates. */
    static List<Project> networks() throws Exception {
        List<Project> projects = new ArrayList<>();
        for (String sample : TestModels.SAMPLES) {
            projects.add(TestModels.sample(sample));
        }
        projects.add(TestNetworks.residualCnn());
        projects.add(TestNetworks.sequence());
        projects.add(TestModels.sample("lstm-sequence"));
        return projects;
    }

    @Test
    void kerasComputesWhatTheEngineComputesFromTheArraysItIsGiven() throws Exception {
        Set<String> kindsChecked = new HashSet<>();
        List<Project> projects = networks();
        for (int n = 0; n < projects.size(); n++) {
            ModelBundle bundle = TestModels.randomBundle(projects.get(n), 40 + n);
            Program program = bundle.network();
            float[][] samples = TestModels.samples(3, (int) bundle.inputShape().size(), n);
            TestModels.enginePredictions(program, bundle.scaler(), samples);
            Set<String> loaded = new HashSet<>();
            for (LayerPlan.Step step : LayerPlan.of(bundle.project(), "Keras", KerasModel.EXPORTABLE)) {
                List<String> names = KerasWeights.of(step).tensors();
                if (names.isEmpty()) {
                    continue;
                }
                INDArray[] weights = names.stream().map(name -> array(bundle.tensors().get(name))).toArray(INDArray[]::new);
                INDArray x = program.output(node(program, step.inputs().get(0), "/reshape"));
                INDArray expected = program.output(node(program, step.id(), "/linear"));
                INDArray actual = keras(step, x.castTo(DataType.DOUBLE), weights);
                assertArrayEquals(expected.shape(), actual.shape(), step.id());
                double difference = expected.castTo(DataType.DOUBLE).sub(actual).amaxNumber().doubleValue();
                assertTrue(difference <= TOLERANCE, projects.get(n).name() + ", " + step.id() + ": Keras's computation differs by " + difference);
                loaded.addAll(names);
                kindsChecked.add(step.kind().id());
            }
            assertEquals(bundle.tensors().keySet(), loaded, projects.get(n).name() + ": every trained tensor goes to Keras once");
        }
        assertEquals(Set.of("Dense", "Conv2D", "BatchNorm", "LSTM"), kindsChecked);
    }

    /** The engine node that holds a layer's value before its activation, or its input reshaped: the suffixed one where it exists. */
    private static String node(Program program, String layer, String suffix) {
        return program.nodeNames().contains(layer + suffix) ? layer + suffix : layer;
    }

    private static INDArray keras(LayerPlan.Step step, INDArray x, INDArray[] w) {
        if (step.kind() == Catalog.DENSE) {
            return KerasLayers.dense(x, w[0], w[1]);
        } else if (step.kind() == Catalog.CONV2D) {
            return KerasLayers.conv2d(x, w[0], w[1], step.setting(Conv2DKind.STRIDE), step.setting(Conv2DKind.DILATION),
                    step.text(Conv2DKind.PADDING));
        } else if (step.kind() == Catalog.BATCH_NORM) {
            return KerasLayers.batchNormalization(x, w[0], w[1], w[2], w[3], step.node().doubleSetting(BatchNormKind.EPSILON));
        }
        return KerasLayers.lstm(x, w[0], w[1], w[2], LstmKind.SEQUENCE.equals(step.text(LstmKind.RETURNS)));
    }

    private static INDArray array(Tensor t) {
        return Nd4j.create(t.values(), t.shape(), 'c').castTo(DataType.DOUBLE);
    }
}
