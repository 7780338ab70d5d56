package org.neurocanvas.model;

/** A wire from one layer's output to another layer's input. */
public record Edge(String from, String to) {
    @Override
    public String toString() {
        return from + " → " + to;
    }
}
