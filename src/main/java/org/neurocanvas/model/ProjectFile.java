package org.neurocanvas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a project, version 1. Kept apart from {@link Project} so that the file
 * format can evolve (and older versions migrate) without touching the live model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "name", "graph", "data", "training", "view", "history"})
record ProjectFile(String format, int version, String name, GraphJson graph, DataSpec data, TrainingSpec training, ViewSpec view,
                   List<RunRecord> history) {

    static final String FORMAT = "neurocanvas-project";
    /** The version this NeuroCanvas writes; raising it needs a step in {@link Migrations#PROJECT} from the one before. */
    static final int VERSION = 1;

    /** Read first and leniently, so that a newer file is named as such rather than failing on its new fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Header(String format, int version) {
    }

    record GraphJson(List<Node> nodes, List<Wire> edges) {
    }

    @JsonPropertyOrder({"id", "kind", "x", "y", "settings"})
    record Node(String id, String kind, double x, double y, Map<String, Object> settings) {
    }

    record Wire(String from, String to) {
    }
}
