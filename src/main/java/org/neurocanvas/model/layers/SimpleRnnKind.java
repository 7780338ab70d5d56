package org.neurocanvas.model.layers;

/** The plainest recurrent layer: its state is a squashed mix of the input and the previous state. */
public final class SimpleRnnKind extends RecurrentKind {

    public SimpleRnnKind() {
        super("SimpleRNN",
                "Reads a sequence one step at a time, mixing each input with its own previous output; the simplest memory, which fades over long sequences.",
                "h_t = tanh(x_t W + h_{t-1} U + b)",
                1, 1);
    }
}
