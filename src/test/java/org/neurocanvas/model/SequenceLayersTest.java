package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurocanvas.model.Chains.chain;
import static org.neurocanvas.model.Fixtures.single;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layers for sequences (steps, features), against the shapes and parameter counts Keras prints. */
class SequenceLayersTest {

    @Test
    void denseActsOnTheLastAxisOfASequence() {
        Analysis.LayerInfo dense = single("10x8", Catalog.DENSE, Map.of("units", 16));
        assertEquals(new Shape(10, 16), dense.shape());
        assertEquals(8 * 16 + 16, dense.parameters());
        assertEquals(10L * 8 * 16, dense.multiplyAdds());
    }

    @ParameterizedTest
    @CsvSource({
        "SimpleRNN, false, 1312",
        "GRU, false, 4032",
        "LSTM, false, 5248",
        "SimpleRNN, true, 2624",
        "GRU, true, 8064",
        "LSTM, true, 10496"})
    void recurrentLayersCountLikeKeras(String kind, boolean bidirectional, long parameters) {
        Analysis.LayerInfo last = single("10x8", Catalog.byId(kind), Map.of("units", 32, "bidirectional", bidirectional));
        Analysis.LayerInfo all = single("10x8", Catalog.byId(kind), Map.of("units", 32, "bidirectional", bidirectional, "returns", "sequence"));
        int features = bidirectional ? 64 : 32;
        assertEquals(parameters, last.parameters());
        assertEquals(new Shape(features), last.shape());
        assertEquals(new Shape(10, features), all.shape());
    }

    @Test
    void aRecurrentLayerOnAVectorAsksForSteps() {
        assertEquals("lstm_1 expects a sequence (None, steps, features) but receives (None, 8): set the Input shape to steps x features, such as 8x1.",
                single("8", Catalog.LSTM, Map.of()).problem());
        assertEquals("gru_1 expects a sequence (None, steps, features) but receives (None, 28, 28, 1): to read an image row by row, "
                + "set the Input shape to steps x features, such as 28x28.", single("28x28x1", Catalog.GRU, Map.of()).problem());
    }

    @Test
    void conv1dSlidesAlongSteps() {
        Analysis.LayerInfo valid = single("100x4", Catalog.CONV1D, Map.of("filters", 16, "kernel", 3));
        assertEquals(new Shape(98, 16), valid.shape());
        assertEquals(3 * 4 * 16 + 16, valid.parameters());
        assertEquals(98L * 16 * 3 * 4, valid.multiplyAdds());
        assertEquals(new Shape(50, 16), single("100x4", Catalog.CONV1D, Map.of("filters", 16, "stride", 2, "padding", "same")).shape());
        assertEquals(new Shape(96, 32), single("100x4", Catalog.CONV1D, Map.of("dilation", 2)).shape());
    }

    @Test
    void conv1dSaysWhatItExpects() {
        assertEquals("conv1d_1 expects a sequence (None, steps, channels) but receives (None, 28, 28, 1): to read an image row by row, "
                + "set the Input shape to steps x channels, such as 28x28.", single("28x28x1", Catalog.CONV1D, Map.of()).problem());
        assertEquals("conv1d_1's kernel of 5 (dilation 2) does not fit its (None, 6, 3) input: use a smaller kernel or padding 'same'.",
                single("6x3", Catalog.CONV1D, Map.of("kernel", 5, "dilation", 2)).problem());
    }

    @Test
    void embeddingTurnsTokenIdsIntoVectors() {
        Analysis.LayerInfo embedding = single("20", Catalog.EMBEDDING, Map.of("vocabulary", 1000, "dimension", 64));
        assertEquals(new Shape(20, 64), embedding.shape());
        assertEquals(64_000, embedding.parameters());
        assertEquals("embedding_1 expects a sequence of token ids (None, steps) but receives (None, 16, 1): set the Input shape to the steps alone, "
                + "such as 16.", single("16x1", Catalog.EMBEDDING, Map.of()).problem());
    }

    @Test
    void positionalEncodingLearnsATableOnlyWhenAsked() {
        assertEquals(0, single("20x64", Catalog.POSITIONAL_ENCODING, Map.of()).parameters());
        Analysis.LayerInfo learned = single("20x64", Catalog.POSITIONAL_ENCODING, Map.of("type", "learned"));
        assertEquals(20 * 64, learned.parameters());
        assertEquals(new Shape(20, 64), learned.shape());
    }

    @Test
    void multiHeadAttentionKeepsTheShapeAndCountsFourProjections() {
        Analysis.LayerInfo attention = single("20x64", Catalog.MULTI_HEAD_ATTENTION, Map.of("heads", 8, "causal", true));
        assertEquals(new Shape(20, 64), attention.shape());
        assertEquals(16_640, attention.parameters());
        assertEquals(4L * 20 * 64 * 64 + 2L * 20 * 20 * 64, attention.multiplyAdds());
    }

    @Test
    void attentionHeadsMustDivideTheFeatures() {
        assertEquals("multiheadattention_1 shares its 30 features among 4 heads, but 30 is not divisible by 4: use 3 heads, or give it 32 features.",
                single("10x30", Catalog.MULTI_HEAD_ATTENTION, Map.of("heads", 4)).problem());
        assertEquals("multiheadattention_1 shares its 7 features among 2 heads, but 7 is not divisible by 2: use 1 head, or give it 8 features.",
                single("10x7", Catalog.MULTI_HEAD_ATTENTION, Map.of("heads", 2)).problem());
    }

    @Test
    void layerNormLearnsAScaleAndOffsetPerFeature() {
        Analysis.LayerInfo norm = single("20x64", Catalog.LAYER_NORM, Map.of("epsilon", 1e-6));
        assertEquals(128, norm.parameters());
        assertEquals(0, norm.nonTrainable());
        assertEquals(new Shape(20, 64), norm.shape());
    }

    @Test
    void globalPoolingSummarisesEachFeatureOverTheSteps() {
        assertEquals(new Shape(12), single("10x12", Catalog.GLOBAL_MAX_POOL2D, Map.of()).shape());
        assertEquals(new Shape(12), single("10x12", Catalog.GLOBAL_AVG_POOL2D, Map.of()).shape());
        assertEquals("globalmaxpool2d_1 expects an image (None, height, width, channels) or a sequence (None, steps, features) but receives "
                + "(None, 12): a vector has nothing left to pool, so remove globalmaxpool2d_1.", single("12", Catalog.GLOBAL_MAX_POOL2D, Map.of()).problem());
    }

    @Test
    void aTransformerEncoderBlockIsValid() {
        CommandStack s = chain("16", 2, List.of(
                Map.entry(Catalog.EMBEDDING, Map.of("vocabulary", 2, "dimension", 32)),
                Map.entry(Catalog.POSITIONAL_ENCODING, Map.of()),
                Map.entry(Catalog.MULTI_HEAD_ATTENTION, Map.of("heads", 4)),
                Map.entry(Catalog.ADD, Map.of()),
                Map.entry(Catalog.LAYER_NORM, Map.of()),
                Map.entry(Catalog.GLOBAL_AVG_POOL2D, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 2, "activation", "linear"))));
        s.execute(new Connect("positionalencoding_1", "add_1"));
        Analysis a = s.project().analyse();
        assertTrue(a.isValid(), () -> a.problems().toString());
        assertEquals(new Shape(16, 32), a.layer("layernorm_1").shape());
        assertEquals(2 * 32 + 4 * (32 * 32 + 32) + 2 * 32 + 32 * 2 + 2, a.totalParameters());
    }
}
