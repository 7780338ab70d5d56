package org.neurocanvas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a project, version 1. Kept apart from {@link Project} so that the file
 * format can evolve (and older versions migrate) without touching the live model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "name", "layers", "wires", "data", "training"})
record ProjectFile(String format, int version, String name, List<Layer> layers, List<Wire> wires,
                   DataSpec data, TrainingSpec training) {

    static final String FORMAT = "neurocanvas-project";
    static final int VERSION = 1;

    @JsonPropertyOrder({"id", "kind", "x", "y", "settings"})
    record Layer(String id, String kind, double x, double y, Map<String, Object> settings) {
    }

    record Wire(String from, String to) {
    }
}
