package org.neurocanvas.export;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's Python, for the tests that check exports with the onnx and torch packages; they are skipped where it lacks them. */
final class Python {

    /** Debian's interpreter, where apt-get's python3-onnx and python3-torch install. */
    static final String EXECUTABLE = "/usr/bin/python3";

    private Python() {
    }

    /** Whether the interpreter exists and imports the module. */
    static boolean has(String module) {
        if (!new File(EXECUTABLE).canExecute()) {
            return false;
        }
        try {
            return run("import " + module).exitCode() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** What a run printed, stdout and stderr together. */
    record Result(int exitCode, String output) {
    }

    /** Runs a script given as text, with arguments, and waits for it (at most five minutes). */
    static Result run(String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(EXECUTABLE, "-c", script));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("Python did not finish within five minutes");
        }
        return new Result(p.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
