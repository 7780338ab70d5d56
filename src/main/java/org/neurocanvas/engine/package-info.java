/**
 * The training runtime: a compiled network ({@link org.neurocanvas.engine.Program}) of ops with
 * hand-written forward and backward passes, losses, initialisers and optimisers, all on ND4J.
 *
 * <p>Layout: images are NHWC ([batch, height, width, channels]) and convolution weights are
 * [kernel, kernel, inChannels, filters], as in Keras, so Flatten's order and exported weights
 * match Keras's. Sequences are [batch, steps, features]; the recurrent layers lay them out
 * time-major inside, so that only the recurrence loops over steps.
 *
 * <p>Speed rules: every ND4J call costs tens of microseconds on the Java side, so ops use fused
 * libnd4j kernels ({@code xw_plus_b}, {@code conv2d} and the {@code *_bp} ops) through reused
 * {@link org.neurocanvas.engine.NativeOp} contexts, accumulate straight into gradients with
 * matmul's beta, and reuse their output buffers while the batch shape stays the same. Arrays
 * returned by an op or a program therefore belong to it and are overwritten by its next call:
 * {@code dup()} what you keep. Optimisers run their per-element rules as plain Java loops over
 * float arrays ({@link org.neurocanvas.engine.ElementwiseOptimizer}), several times faster than
 * libnd4j's updater ops.
 *
 * <p>Trainable tensors are {@link org.neurocanvas.engine.Program#parameters()}; non-trainable
 * state (batch normalisation's running averages) is {@link org.neurocanvas.engine.Program#state()}.
 *
 * <p>This package depends on ND4J only.
 */
package org.neurocanvas.engine;
