package org.neurocanvas.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings the JSON of a project file written by an older NeuroCanvas up to the current version,
 * one version at a time, before it is read. Each step turns version v into v + 1 in place.
 */
final class Migrations {

    /** Version 1 is the first, so there is nothing to migrate yet. */
    static final Migrations PROJECT = new Migrations(List.of());

    private final List<UnaryOperator<ObjectNode>> steps;

    /**
     * @param steps the step at index i turns version i + 1 into version i + 2
     */
    Migrations(List<UnaryOperator<ObjectNode>> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The version that results from all the steps: the one this NeuroCanvas reads and writes. */
    int current() {
        return steps.size() + 1;
    }

    /** The file's JSON upgraded from {@code version} to {@link #current()}. */
    ObjectNode upgrade(ObjectNode file, int version) {
        ObjectNode json = file;
        for (int v = version; v < current(); v++) {
            json = steps.get(v - 1).apply(json);
            json.put("version", v + 1);
        }
        return json;
    }
}
