package org.neurocanvas.compile;

/** The project cannot be turned into a runnable network; the message says why, for the person. */
public class CompileException extends Exception {
    public CompileException(String sentence) {
        super(sentence);
    }
}
