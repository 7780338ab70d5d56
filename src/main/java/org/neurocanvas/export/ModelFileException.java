package org.neurocanvas.export;

/**
 * A file of a trained model's life after training (a bundle, an ONNX or Python export, the samples or
 * predictions of a prediction run) cannot be written or read; the message is one sentence for the
 * person, naming the file and, where it applies, the entry or layer at fault.
 */
public class ModelFileException extends Exception {

    /** A failure whose message is the whole story. */
    public ModelFileException(String sentence) {
        super(sentence);
    }

    /** A failure caused by an I/O or parsing error, kept for the log. */
    public ModelFileException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
