package org.neurocanvas.model.layers;

/** A long short-term memory layer: reads a sequence step by step, carrying a memory cell along. */
public final class LstmKind extends RecurrentKind {

    public LstmKind() {
        super("LSTM",
                "Reads a sequence one step at a time; input, forget and output gates decide what its memory cell keeps, so it can connect events far apart in time.",
                "c_t = f·c_{t-1} + i·tanh(x_t W_c + h_{t-1} U_c + b_c);  h_t = o·tanh(c_t)",
                4, 1);
    }
}
