package org.neurocanvas.model;

/** A project file cannot be used; the message names the file and what is wrong with it. */
public class ProjectFileException extends Exception {
    public ProjectFileException(String sentence) {
        super(sentence);
    }
}
