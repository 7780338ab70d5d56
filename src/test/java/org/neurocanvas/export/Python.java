package org.neurocanvas.export;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Debian's Python, for the tests that check exports with the onnx and torch packages; they are skipped where it lacks them. */
final class Python {

    /** Debian's interpreter, where apt-get's python3-onnx and python3-torch install. */
    static final String EXECUTABLE = "/usr/bin/python3";

    private Python() {
    }

    /** What {@link #has} found, by module: importing torch takes seconds, so it is asked once per test run. */
    private static final Map<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();

    /** Whether the interpreter exists and imports the module. */
    static boolean has(String module) {
        return AVAILABLE.computeIfAbsent(module, m -> {
            if (!new File(EXECUTABLE).canExecute()) {
                return false;
            }
            try {
                return run("import " + m).exitCode() == 0;
            } catch (Exception e) {
                return false;
            }
        });
    }

    /** What a run printed, stdout and stderr together. */
    record Result(int exitCode, String output) {
    }

    /** Runs a script given as text, with arguments, and waits for it (at most five minutes). */
    static Result run(String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("-c", script));
        command.addAll(List.of(args));
        return in(null, command.toArray(String[]::new));
    }

    /** Runs the interpreter with these arguments ({@code train.py --epochs 1}, {@code -m torch.distributed.run ...}) in a folder. */
    static Result in(File folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(EXECUTABLE));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(folder).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("Python did not finish within five minutes");
        }
        return new Result(p.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
