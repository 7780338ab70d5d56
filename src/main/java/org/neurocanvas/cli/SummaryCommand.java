package org.neurocanvas.cli;

import java.util.concurrent.Callable;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the network as a Keras-style table. */
@Command(name = "summary", description = "Print each layer, its output shape and its parameters.")
final class SummaryCommand implements Callable<Integer> {

    @Mixin
    ProjectArgument project;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            spec.commandLine().getOut().print(new Summary(project.load()).render());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ProjectFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
