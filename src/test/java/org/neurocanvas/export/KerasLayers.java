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

    /** Dense on the last axis of a batch of vectors or sequences: {@code x @ kernel + bias}, kernel [in, units]. */
    static INDArray dense(INDArray x, INDArray kernel, INDArray bias) {
        int in = (int) kernel.size(0);
        int units = (int) kernel.size(1);
        int n = (int) (x.length() / in);
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
        long[] shape = x.shape().clone();
        shape[shape.length - 1] = units;
        return Nd4j.create(out, shape, 'c');
    }

    /**
     * Conv2D over channels-last images, kernel [kernel height, kernel width, in, filters]. 'same' pads so that
     * the output has ceil(size / stride) positions, the odd padding pixel at the end (TensorFlow's rule).
     */
    static INDArray conv2d(INDArray x, INDArray kernel, INDArray bias, int stride, int dilation, String padding) {
        int n = (int) x.size(0);
        int h = (int) x.size(1);
        int w = (int) x.size(2);
        int kH = (int) kernel.size(0);
        int kW = (int) kernel.size(1);
        int in = (int) kernel.size(2);
        int filters = (int) kernel.size(3);
        int spanH = dilation * (kH - 1) + 1;
        int spanW = dilation * (kW - 1) + 1;
        boolean same = "same".equals(padding);
        int outH = same ? (h + stride - 1) / stride : (h - spanH) / stride + 1;
        int outW = same ? (w + stride - 1) / stride : (w - spanW) / stride + 1;
        int top = same ? Math.max((outH - 1) * stride + spanH - h, 0) / 2 : 0;
        int left = same ? Math.max((outW - 1) * stride + spanW - w, 0) / 2 : 0;
        double[] image = values(x);
        double[] filter = values(kernel);
        double[] out = new double[n * outH * outW * filters];
        for (int s = 0; s < n; s++) {
            for (int r = 0; r < outH; r++) {
                for (int c = 0; c < outW; c++) {
                    for (int f = 0; f < filters; f++) {
                        double sum = bias.getDouble(f);
                        for (int i = 0; i < kH; i++) {
                            for (int j = 0; j < kW; j++) {
                                int row = r * stride + i * dilation - top;
                                int col = c * stride + j * dilation - left;
                                if (row < 0 || row >= h || col < 0 || col >= w) {
                                    continue;
                                }
                                for (int ch = 0; ch < in; ch++) {
                                    sum += image[((s * h + row) * w + col) * in + ch] * filter[((i * kW + j) * in + ch) * filters + f];
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

    /** Conv1D over sequences [batch, steps, in], kernel [kernel, in, filters]: Conv2D over images one row high. */
    static INDArray conv1d(INDArray x, INDArray kernel, INDArray bias, int stride, int dilation, String padding) {
        INDArray rows = x.reshape('c', x.size(0), 1, x.size(1), x.size(2));
        INDArray out = conv2d(rows, kernel.reshape('c', 1, kernel.size(0), kernel.size(1), kernel.size(2)), bias, stride, dilation, padding);
        return out.reshape('c', out.size(0), out.size(2), out.size(3));
    }

    /**
     * Conv2DTranspose, kernel [kernel, kernel, filters, in], as TensorFlow defines it (the gradient
     * of Conv2D with respect to its input): input pixel (r, c) adds x W[i, j] to output pixel (r
     * stride + i - top, c stride + j - left). 'valid' keeps the full (in - 1) stride + kernel
     * output; 'same' keeps in x stride of it, from top = max(kernel - stride, 0) / 2 rounded down.
     */
    static INDArray conv2dTranspose(INDArray x, INDArray kernel, INDArray bias, int stride, String padding) {
        int n = (int) x.size(0);
        int h = (int) x.size(1);
        int w = (int) x.size(2);
        int in = (int) x.size(3);
        int k = (int) kernel.size(0);
        int filters = (int) kernel.size(2);
        boolean same = "same".equals(padding);
        int outH = same ? h * stride : (h - 1) * stride + k;
        int outW = same ? w * stride : (w - 1) * stride + k;
        int before = same ? Math.max(k - stride, 0) / 2 : 0;
        double[] image = values(x);
        double[] filter = values(kernel);
        double[] out = new double[n * outH * outW * filters];
        for (int s = 0; s < n; s++) {
            for (int r = 0; r < outH; r++) {
                for (int c = 0; c < outW; c++) {
                    for (int f = 0; f < filters; f++) {
                        out[((s * outH + r) * outW + c) * filters + f] = bias.getDouble(f);
                    }
                }
            }
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    for (int i = 0; i < k; i++) {
                        for (int j = 0; j < k; j++) {
                            int row = r * stride + i - before;
                            int col = c * stride + j - before;
                            if (row < 0 || row >= outH || col < 0 || col >= outW) {
                                continue;
                            }
                            for (int f = 0; f < filters; f++) {
                                double sum = 0;
                                for (int ch = 0; ch < in; ch++) {
                                    sum += image[((s * h + r) * w + c) * in + ch] * filter[((i * k + j) * filters + f) * in + ch];
                                }
                                out[((s * outH + row) * outW + col) * filters + f] += sum;
                            }
                        }
                    }
                }
            }
        }
        return Nd4j.create(out, new long[] {n, outH, outW, filters}, 'c');
    }

    /**
     * DepthwiseConv2D, depthwise kernel [kernel, kernel, channels, multiplier]: output channel c
     * multiplier + m is input channel c convolved with filter [:, :, c, m]; 'same' as Conv2D.
     */
    static INDArray depthwiseConv2d(INDArray x, INDArray kernel, INDArray bias, int stride, String padding) {
        int n = (int) x.size(0);
        int h = (int) x.size(1);
        int w = (int) x.size(2);
        int channels = (int) x.size(3);
        int k = (int) kernel.size(0);
        int multiplier = (int) kernel.size(3);
        boolean same = "same".equals(padding);
        int outH = same ? (h + stride - 1) / stride : (h - k) / stride + 1;
        int outW = same ? (w + stride - 1) / stride : (w - k) / stride + 1;
        int top = same ? Math.max((outH - 1) * stride + k - h, 0) / 2 : 0;
        int left = same ? Math.max((outW - 1) * stride + k - w, 0) / 2 : 0;
        double[] image = values(x);
        double[] filter = values(kernel);
        int outChannels = channels * multiplier;
        double[] out = new double[n * outH * outW * outChannels];
        for (int s = 0; s < n; s++) {
            for (int r = 0; r < outH; r++) {
                for (int c = 0; c < outW; c++) {
                    for (int ch = 0; ch < channels; ch++) {
                        for (int m = 0; m < multiplier; m++) {
                            double sum = bias.getDouble(ch * multiplier + m);
                            for (int i = 0; i < k; i++) {
                                for (int j = 0; j < k; j++) {
                                    int row = r * stride + i - top;
                                    int col = c * stride + j - left;
                                    if (row >= 0 && row < h && col >= 0 && col < w) {
                                        sum += image[((s * h + row) * w + col) * channels + ch] * filter[((i * k + j) * channels + ch) * multiplier + m];
                                    }
                                }
                            }
                            out[((s * outH + r) * outW + c) * outChannels + ch * multiplier + m] = sum;
                        }
                    }
                }
            }
        }
        return Nd4j.create(out, new long[] {n, outH, outW, outChannels}, 'c');
    }

    /** LayerNormalization over the last axis: gamma (x - mean) / sqrt(variance + epsilon) + beta, the variance biased. */
    static INDArray layerNormalization(INDArray x, INDArray gamma, INDArray beta, double epsilon) {
        int features = (int) gamma.length();
        double[] v = values(x);
        double[] out = new double[v.length];
        for (int row = 0; row < v.length / features; row++) {
            double mean = 0;
            for (int f = 0; f < features; f++) {
                mean += v[row * features + f] / features;
            }
            double variance = 0;
            for (int f = 0; f < features; f++) {
                variance += (v[row * features + f] - mean) * (v[row * features + f] - mean) / features;
            }
            for (int f = 0; f < features; f++) {
                out[row * features + f] = gamma.getDouble(f) * (v[row * features + f] - mean) / Math.sqrt(variance + epsilon) + beta.getDouble(f);
            }
        }
        return Nd4j.create(out, x.shape(), 'c');
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
    static double[] values(INDArray a) {
        return a.dup('c').data().asDouble();
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
