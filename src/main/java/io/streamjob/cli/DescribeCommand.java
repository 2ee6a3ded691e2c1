package io.streamjob.cli;

import io.streamjob.component.Catalogue;
import io.streamjob.component.CatalogueDocs;
import io.streamjob.component.ComponentSpec;
import io.streamjob.connector.Connectors;
import io.streamjob.error.UsageException;
import io.streamjob.value.Suggestions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code streamjob describe source|sink NAME}: one component's options. */
@Command(
    name = "describe",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Shows a source's or sink's options: name, type, required, default, description.")
final class DescribeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "source|sink", description = "source or sink")
  ComponentSpec.Kind kind;

  @Parameters(index = "1", paramLabel = "NAME", description = "e.g. kafka, parquet")
  String name;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Catalogue catalogue = Connectors.catalogue();
    ComponentSpec component =
        catalogue
            .find(kind, name)
            .orElseThrow(
                () ->
                    new UsageException(
                        "no "
                            + kind.label()
                            + " named '"
                            + name
                            + "'"
                            + Suggestions.didYouMean(name, catalogue.names(kind))
                            + "; known "
                            + kind.label()
                            + "s: "
                            + String.join(", ", catalogue.names(kind))));
    spec.commandLine().getOut().print(new CatalogueDocs(catalogue).describe(component));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
