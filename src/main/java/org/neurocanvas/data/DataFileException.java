package org.neurocanvas.data;

/**
 * A data file that cannot be read as asked, with one sentence a person can act on: the file, the
 * line, column or record, what was expected and what was found, e.g.
 * "iris.csv line 17: expected 5 fields, found 4."
 *
 * <p>Checked, because a bad file is something a person causes and the window or the command line
 * must show, never a bug.
 */
public class DataFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the whole sentence, ending with a full stop */
    public DataFileException(String message) {
        super(message);
    }

    /**
     * @param message the whole sentence, ending with a full stop
     * @param cause   the low-level failure behind it (kept for logs, not for the person)
     */
    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
