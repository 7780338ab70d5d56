/**
 * The training runtime: a compiled network ({@link org.neurocanvas.engine.Program}) of ops with
 * hand-written forward and backward passes, a loss, initialisers and optimisers, all on ND4J.
 *
 * <p>Speed rule: every ND4J call costs tens of microseconds on the Java side, so ops use fused
 * kernels ({@code xw_plus_b}, the {@code *_bp} ops, {@code adam_updater}), accumulate straight into
 * gradients with {@code gemm}, and reuse their output buffers between calls while the batch shape
 * stays the same. Arrays returned by an op or a program therefore belong to it and are overwritten
 * by its next call: {@code dup()} what you keep.
 *
 * <p>This package depends on ND4J only.
 */
package org.neurocanvas.engine;
