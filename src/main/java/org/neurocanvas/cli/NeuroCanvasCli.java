package org.neurocanvas.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: the same jobs as the window, for scripts and for a terminal in class. */
// INHERIT: every subcommand takes --help and --version too ("neurocanvas export --help").
@Command(name = "neurocanvas", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "NeuroCanvas 0.1",
        description = "Build, train and inspect neural networks. Without arguments, opens the window.",
        subcommands = {SummaryCommand.class, TrainCommand.class, EvaluateCommand.class, PredictCommand.class, ExportCommand.class,
                BenchCommand.class})
public final class NeuroCanvasCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams, for tests. Bad arguments give one sentence on {@code err} and exit code 2. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new NeuroCanvasCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            err.println(e.getMessage() + (e.getMessage().endsWith(".") ? "" : ".") + " See '" + command + " --help'.");
            return 2;
        });
        return cli.execute(args);
    }
}
