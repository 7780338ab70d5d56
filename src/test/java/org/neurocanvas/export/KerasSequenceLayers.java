package org.neurocanvas.export;

import static org.neurocanvas.export.KerasLayers.sigmoid;
import static org.neurocanvas.export.KerasLayers.values;

import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * What Keras 3's sequence layers compute from the weights {@code set_weights} gives them, written
 * out from Keras's documentation in plain loops, in double precision, as {@link KerasLayers} does
 * for the others: Embedding, the generated module's PositionalEncoding, MultiHeadAttention,
 * SimpleRNN, GRU and the Bidirectional wrapper.
 */
final class KerasSequenceLayers {

    private KerasSequenceLayers() {
    }

    /** Embedding: row id of the table [vocabulary, dimension] for each id, the float ids cast to integers as Keras casts them. */
    static INDArray embedding(INDArray ids, INDArray table) {
        int n = (int) ids.size(0);
        int steps = (int) ids.size(1);
        int dimension = (int) table.size(1);
        double[] t = values(table);
        double[] out = new double[n * steps * dimension];
        for (int s = 0; s < n; s++) {
            for (int step = 0; step < steps; step++) {
                int id = (int) ids.getDouble(s, step);
                System.arraycopy(t, id * dimension, out, (s * steps + step) * dimension, dimension);
            }
        }
        return Nd4j.create(out, new long[] {n, steps, dimension}, 'c');
    }

    /** The module's PositionalEncoding: the table [steps, dimension] added to every sequence of the batch. */
    static INDArray positions(INDArray x, INDArray table) {
        return x.add(table.reshape(1, table.size(0), table.size(1)).broadcast(x.shape()));
    }

    /**
     * MultiHeadAttention with one sequence [batch, steps, d] as query, key and value. Weights in
     * Keras's order: query kernel [d, heads, k] and bias [heads, k], the same for key and value,
     * output kernel [heads, k, d] and bias [d]. Per head, softmax(q k^T / sqrt(k)) v, with step t
     * seeing only steps up to t under the causal mask; the heads' results meet in the output kernel.
     */
    static INDArray multiHeadAttention(INDArray x, INDArray[] w, boolean causal) {
        int n = (int) x.size(0);
        int steps = (int) x.size(1);
        int d = (int) x.size(2);
        int heads = (int) w[0].size(1);
        int k = (int) w[0].size(2);
        double[][] projected = new double[3][];
        for (int p = 0; p < 3; p++) {
            // Projections are Dense layers into heads x k columns, the kernel read as [d, heads x k].
            projected[p] = values(KerasLayers.dense(x, w[2 * p].reshape('c', new long[] {d, (long) heads * k}),
                    w[2 * p + 1].reshape('c', new long[] {(long) heads * k})));
        }
        double[] q = projected[0];
        double[] key = projected[1];
        double[] v = projected[2];
        double[] combined = new double[n * steps * heads * k];
        for (int s = 0; s < n; s++) {
            for (int j = 0; j < heads; j++) {
                for (int t = 0; t < steps; t++) {
                    double[] scores = new double[steps];
                    double max = Double.NEGATIVE_INFINITY;
                    int seen = causal ? t + 1 : steps;
                    for (int u = 0; u < seen; u++) {
                        for (int c = 0; c < k; c++) {
                            scores[u] += q[((s * steps + t) * heads + j) * k + c] * key[((s * steps + u) * heads + j) * k + c] / Math.sqrt(k);
                        }
                        max = Math.max(max, scores[u]);
                    }
                    double total = 0;
                    for (int u = 0; u < seen; u++) {
                        scores[u] = Math.exp(scores[u] - max);
                        total += scores[u];
                    }
                    for (int u = 0; u < seen; u++) {
                        for (int c = 0; c < k; c++) {
                            combined[((s * steps + t) * heads + j) * k + c] += scores[u] / total * v[((s * steps + u) * heads + j) * k + c];
                        }
                    }
                }
            }
        }
        INDArray heads3 = Nd4j.create(combined, new long[] {n, steps, (long) heads * k}, 'c');
        return KerasLayers.dense(heads3, w[6].reshape('c', new long[] {(long) heads * k, d}), w[7]);
    }

    /** SimpleRNN over [batch, time, features] from h = 0: h = tanh(x_t kernel + h recurrent_kernel + bias). */
    static INDArray simpleRnn(INDArray x, INDArray kernel, INDArray recurrentKernel, INDArray bias, boolean sequences) {
        int units = (int) recurrentKernel.size(0);
        return recur(x, units, sequences, (xt, h) -> {
            double[] z = affine(xt, kernel, h, recurrentKernel, bias.reshape(bias.length()), 0);
            double[] next = new double[units];
            for (int u = 0; u < units; u++) {
                next[u] = Math.tanh(z[u]);
            }
            return next;
        });
    }

    /**
     * GRU with {@code reset_after=True} over [batch, time, features] from h = 0: kernel [in, 3
     * units] and recurrent kernel [units, 3 units] with the gates z, r, h side by side (Keras's
     * order), bias [2, 3 units] = input bias, recurrent bias:
     * z = sigmoid(x_z + h_z), r = sigmoid(x_r + h_r), candidate = tanh(x_h + r h_h), h = z h + (1 - z) candidate,
     * where x_* = x kernel + input bias and h_* = h recurrent_kernel + recurrent bias.
     */
    static INDArray gru(INDArray x, INDArray kernel, INDArray recurrentKernel, INDArray bias, boolean sequences) {
        int units = (int) recurrentKernel.size(0);
        double[] zero = new double[units];
        return recur(x, units, sequences, (xt, h) -> {
            double[] fromInput = affine(xt, kernel, zero, null, bias, 0);
            double[] fromState = affine(null, null, h, recurrentKernel, bias, 1);
            double[] next = new double[units];
            for (int u = 0; u < units; u++) {
                double update = sigmoid(fromInput[u] + fromState[u]);
                double reset = sigmoid(fromInput[units + u] + fromState[units + u]);
                double candidate = Math.tanh(fromInput[2 * units + u] + reset * fromState[2 * units + u]);
                next[u] = update * h[u] + (1 - update) * candidate;
            }
            return next;
        });
    }

    /**
     * Bidirectional with merge_mode "concat": the forward layer on the sequence, the backward layer
     * (go_backwards) on it reversed in time, its sequence output reversed back, the two side by side.
     */
    static INDArray bidirectional(INDArray x, UnaryOperator<INDArray> forward, UnaryOperator<INDArray> backward) {
        INDArray ahead = forward.apply(x);
        INDArray behind = backward.apply(reversed(x));
        if (behind.rank() == 3) {
            behind = reversed(behind);
        }
        return Nd4j.concat(behind.rank() - 1, ahead, behind);
    }

    /** One step: the new state from the step's input and the old state. */
    private interface Cell {
        double[] next(double[] input, double[] state);
    }

    /** Runs a cell over the steps of every sample from a zero state: the last state, or every step's. */
    private static INDArray recur(INDArray x, int units, boolean sequences, Cell cell) {
        int n = (int) x.size(0);
        int steps = (int) x.size(1);
        int features = (int) x.size(2);
        double[] v = values(x);
        double[] out = new double[n * (sequences ? steps : 1) * units];
        for (int s = 0; s < n; s++) {
            double[] h = new double[units];
            for (int t = 0; t < steps; t++) {
                double[] input = new double[features];
                System.arraycopy(v, (s * steps + t) * features, input, 0, features);
                h = cell.next(input, h);
                if (sequences) {
                    System.arraycopy(h, 0, out, (s * steps + t) * units, units);
                }
            }
            if (!sequences) {
                System.arraycopy(h, 0, out, s * units, units);
            }
        }
        return sequences ? Nd4j.create(out, new long[] {n, steps, units}, 'c') : Nd4j.create(out, new long[] {n, units}, 'c');
    }

    /** input kernel + state recurrentKernel + row {@code biasRow} of the bias; a null input or kernel leaves its term out. */
    private static double[] affine(double[] input, INDArray kernel, double[] state, INDArray recurrentKernel, INDArray bias, int biasRow) {
        INDArray b = bias.rank() == 2 ? bias.getRow(biasRow) : bias;
        int width = (int) b.length();
        double[] z = new double[width];
        for (int g = 0; g < width; g++) {
            z[g] = b.getDouble(g);
            for (int i = 0; input != null && i < input.length; i++) {
                z[g] += input[i] * kernel.getDouble(i, g);
            }
            for (int u = 0; recurrentKernel != null && u < state.length; u++) {
                z[g] += state[u] * recurrentKernel.getDouble(u, g);
            }
        }
        return z;
    }

    /** The batch with its time axis (1) reversed. */
    private static INDArray reversed(INDArray x) {
        INDArray out = x.dup('c');
        long steps = x.size(1);
        for (long t = 0; t < steps; t++) {
            out.get(NDArrayIndex.all(), NDArrayIndex.point(t)).assign(x.get(NDArrayIndex.all(), NDArrayIndex.point(steps - 1 - t)));
        }
        return out;
    }
}
