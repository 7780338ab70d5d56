package org.neurocanvas.model;

/** A layer cannot accept the shapes it receives; the message is a sentence for the person. */
public class ShapeException extends Exception {
    public ShapeException(String sentence) {
        super(sentence);
    }
}
