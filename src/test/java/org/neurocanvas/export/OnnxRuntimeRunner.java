package org.neurocanvas.export;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.Map;

/** Runs an ONNX model in ONNX Runtime (CPU) on a batch of flat samples. */
final class OnnxRuntimeRunner {

    private OnnxRuntimeRunner() {
    }

    /** The model's single output, as one flat row per sample, for the samples fed, reshaped to [N, ...sampleShape], to its single input. */
    static float[][] run(byte[] model, float[][] samples, int[] sampleShape) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        long[] shape = new long[sampleShape.length + 1];
        shape[0] = samples.length;
        for (int i = 0; i < sampleShape.length; i++) {
            shape[i + 1] = sampleShape[i];
        }
        int width = samples[0].length;
        float[] flat = new float[samples.length * width];
        for (int i = 0; i < samples.length; i++) {
            System.arraycopy(samples[i], 0, flat, i * width, width);
        }
        try (OrtSession session = env.createSession(model, new OrtSession.SessionOptions());
             OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(flat), shape);
             OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), x))) {
            FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[][] rows = new float[samples.length][out.remaining() / samples.length];
            for (float[] row : rows) {
                out.get(row);
            }
            return rows;
        }
    }
}
