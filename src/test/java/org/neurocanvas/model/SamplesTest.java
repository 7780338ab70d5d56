package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every shipped sample opens, is a valid network, and has the parameter count its model is known for. */
class SamplesTest {

    @ParameterizedTest
    @CsvSource({
        "spiral-mlp, 4547",
        "iris-mlp, 131",
        "digits-cnn, 8714",
        "mnist-cnn, 121930",
        "fashion-mnist-cnn, 121930",
        "keras-cifar-cnn, 122570",
        "lenet5, 61706",
        "lstm-sequence, 17026",
        "resnet-block, 19210",
        "transformer-encoder, 8898",
        "autoencoder, 3217"})
    void sampleIsValidWithKnownParameters(String name, long parameters) throws Exception {
        Project p = ProjectIO.read(Path.of("samples", name + ".json"));
        Analysis a = p.analyse();
        assertTrue(a.isValid(), () -> name + ": " + a.problems());
        assertEquals(parameters, a.totalParameters());
        assertEquals(name, p.name());
    }

    @ParameterizedTest
    @CsvSource({"keras-cifar-cnn", "lenet5"})
    void convolutionShapesMatchKeras(String name) throws Exception {
        Analysis a = ProjectIO.read(Path.of("samples", name + ".json")).analyse();
        List<String> shapes = a.order().stream().skip(1).map(n -> a.layer(n.id()).shape().text()).toList();
        List<String> keras = name.equals("lenet5")
                ? List.of("28x28x6", "14x14x6", "10x10x16", "5x5x16", "400", "120", "84", "10", "10")
                : List.of("30x30x32", "15x15x32", "13x13x64", "6x6x64", "4x4x64", "1024", "64", "10", "10");
        assertEquals(keras, shapes);
    }
}
