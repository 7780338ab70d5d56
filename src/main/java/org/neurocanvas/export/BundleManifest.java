package org.neurocanvas.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}, the table of contents of a model bundle: what wrote it and when, the
 * network's input shape, where each tensor lies, and the SHA-256 of every other entry.
 *
 * @param format      always {@link #FORMAT}
 * @param version     the bundle format's version, {@link #VERSION}
 * @param neurocanvas the version of NeuroCanvas that wrote the bundle
 * @param created     when, as an ISO-8601 instant
 * @param name        the project's name
 * @param inputShape  the shape of one sample, without the batch
 * @param tensors     every parameter and state tensor, in the network's order
 * @param sha256      lower-case hex SHA-256 of every entry but the manifest, by entry name
 */
@JsonPropertyOrder({"format", "version", "neurocanvas", "created", "name", "inputShape", "tensors", "sha256"})
record BundleManifest(String format, int version, String neurocanvas, String created, String name, int[] inputShape,
                      List<TensorEntry> tensors, Map<String, String> sha256) {

    static final String FORMAT = "neurocanvas-model";
    static final int VERSION = 1;
    /** The bundle's JSON entries; fields a newer version adds are left to the version check. */
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Where one tensor lies in the bundle.
     *
     * @param name      the engine's name, e.g. {@code dense_1/W}
     * @param entry     the zip entry holding it as {@code .npy}
     * @param shape     its shape in the engine's layout
     * @param trainable whether training changes it by gradient (false for running statistics)
     */
    @JsonPropertyOrder({"name", "entry", "shape", "trainable"})
    record TensorEntry(String name, String entry, long[] shape, boolean trainable) {
    }

    /**
     * {@code scaler.json}: how raw samples are scaled, {@code (x - shift[j]) * factor[j]} per feature.
     *
     * @param scaling the {@code Scaling} it was fitted with: NONE, MIN_MAX or STANDARDIZE
     * @param shift   the entry of the shifts, one float32 per feature
     * @param factor  the entry of the factors
     */
    record ScalerFile(String scaling, String shift, String factor) {
    }
}
