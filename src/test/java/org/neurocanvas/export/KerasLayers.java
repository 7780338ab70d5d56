package org.neurocanvas.export;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What Keras 3's layers compute from the weights {@code set_weights} gives them, written out from
 * Keras's documentation in plain loops, in double precision: an independent reference for the
 * layouts the Keras export claims, not a copy of the engine's code.
 */
final class KerasLayers {

    private KerasLayers() {
    }

    /** Dense: {@code x @ kernel + bias}, kernel [in, units]. */
    static INDArray dense(INDArray x, INDArray kernel, INDArray bias) {
        int n = (int) x.size(0);
        int in = (int) kernel.size(0);
        int units = (int) kernel.size(1);
        double[] rows = values(x);
        double[] weights = values(kernel);
        double[] out = new double[n * units];
        for (int s = 0; s < n; s++) {
            for (int u = 0; u < units; u++) {
                double sum = bias.getDouble(u);
                for (int i = 0; i < in; i++) {
                    sum += rows[s * in + i] * weights[i * units + u];
                }
                out[s * units + u] = sum;
            }
        }
        return Nd4j.create(out, new long[] {n, units}, 'c');
    }

    /**
     * Conv2D over channels-last images, kernel [kernel, kernel, in, filters]. 'same' pads so that
     * the output has ceil(size / stride) positions, the odd padding pixel at the end (TensorFlow's rule).
     */
    static INDArray conv2d(INDArray x, INDArray kernel, INDArray bias, int stride, int dilation, String padding) {
        int n = (int) x.size(0);
        int h = (int) x.size(1);
        int w = (int) x.size(2);
        int k = (int) kernel.size(0);
        int in = (int) kernel.size(2);
        int filters = (int) kernel.size(3);
        int span = dilation * (k - 1) + 1;
        boolean same = "same".equals(padding);
        int outH = same ? (h + stride - 1) / stride : (h - span) / stride + 1;
        int outW = same ? (w + stride - 1) / stride : (w - span) / stride + 1;
        int top = same ? Math.max((outH - 1) * stride + span - h, 0) / 2 : 0;
        int left = same ? Math.max((outW - 1) * stride + span - w, 0) / 2 : 0;
        double[] image = values(x);
        double[] filter = values(kernel);
        double[] out = new double[n * outH * outW * filters];
        for (int s = 0; s < n; s++) {
            for (int r = 0; r < outH; r++) {
                for (int c = 0; c < outW; c++) {
                    for (int f = 0; f < filters; f++) {
                        double sum = bias.getDouble(f);
                        for (int i = 0; i < k; i++) {
                            for (int j = 0; j < k; j++) {
                                int row = r * stride + i * dilation - top;
                                int col = c * stride + j * dilation - left;
                                if (row < 0 || row >= h || col < 0 || col >= w) {
                                    continue;
                                }
                                for (int ch = 0; ch < in; ch++) {
                                    sum += image[((s * h + row) * w + col) * in + ch] * filter[((i * k + j) * in + ch) * filters + f];
                                }
                            }
                        }
                        out[((s * outH + r) * outW + c) * filters + f] = sum;
                    }
                }
            }
        }
        return Nd4j.create(out, new long[] {n, outH, outW, filters}, 'c');
    }

    /** BatchNormalization at inference over the last axis: gamma (x - moving_mean) / sqrt(moving_variance + epsilon) + beta. */
    static INDArray batchNormalization(INDArray x, INDArray gamma, INDArray beta, INDArray mean, INDArray variance, double epsilon) {
        INDArray flat = x.reshape('c', x.length() / gamma.length(), gamma.length()).dup('c');
        for (int row = 0; row < flat.size(0); row++) {
            for (int ch = 0; ch < gamma.length(); ch++) {
                double v = (flat.getDouble(row, ch) - mean.getDouble(ch)) / Math.sqrt(variance.getDouble(ch) + epsilon);
                flat.putScalar(row, ch, gamma.getDouble(ch) * v + beta.getDouble(ch));
            }
        }
        return flat.reshape('c', x.shape());
    }

    /**
     * LSTM over [batch, time, features] from zero states: z = x_t kernel + h recurrent_kernel + bias,
     * split along its last axis into the gates i, f, c, o (Keras's order); c = f c + i tanh(z_c), h = o tanh(c).
     */
    static INDArray lstm(INDArray x, INDArray kernel, INDArray recurrentKernel, INDArray bias, boolean sequences) {
        int n = (int) x.size(0);
        int steps = (int) x.size(1);
        int features = (int) x.size(2);
        int units = (int) recurrentKernel.size(0);
        INDArray out = sequences ? Nd4j.create(x.dataType(), n, steps, units) : Nd4j.create(x.dataType(), n, units);
        for (int s = 0; s < n; s++) {
            double[] h = new double[units];
            double[] c = new double[units];
            for (int t = 0; t < steps; t++) {
                double[] z = new double[4 * units];
                for (int g = 0; g < 4 * units; g++) {
                    z[g] = bias.getDouble(g);
                    for (int i = 0; i < features; i++) {
                        z[g] += x.getDouble(s, t, i) * kernel.getDouble(i, g);
                    }
                    for (int u = 0; u < units; u++) {
                        z[g] += h[u] * recurrentKernel.getDouble(u, g);
                    }
                }
                for (int u = 0; u < units; u++) {
                    double input = sigmoid(z[u]);
                    double forget = sigmoid(z[units + u]);
                    double candidate = Math.tanh(z[2 * units + u]);
                    double output = sigmoid(z[3 * units + u]);
                    c[u] = forget * c[u] + input * candidate;
                    h[u] = output * Math.tanh(c[u]);
                    if (sequences) {
                        out.putScalar(new long[] {s, t, u}, h[u]);
                    }
                }
            }
            for (int u = 0; u < units && !sequences; u++) {
                out.putScalar(s, u, h[u]);
            }
        }
        return out;
    }

    /** The values in C order. */
    private static double[] values(INDArray a) {
        return a.dup('c').data().asDouble();
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
