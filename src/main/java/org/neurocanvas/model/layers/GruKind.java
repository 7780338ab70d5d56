package org.neurocanvas.model.layers;

/**
 * A gated recurrent unit in the form Keras and cuDNN use (reset_after): the reset gate acts
 * after the recurrent product, which gives the candidate a second bias vector.
 */
public final class GruKind extends RecurrentKind {

    public GruKind() {
        super("GRU",
                "Reads a sequence one step at a time; an update gate decides how much of its state to keep and a reset gate how much of it to use, so it remembers like an LSTM with fewer weights.",
                "z = σ(x_t W_z + h_{t-1} U_z + b_z);  r = σ(x_t W_r + h_{t-1} U_r + b_r);  "
                        + "n = tanh(x_t W_n + b_n + r·(h_{t-1} U_n + b'_n));  h_t = z·h_{t-1} + (1 - z)·n",
                3, 2);
    }
}
