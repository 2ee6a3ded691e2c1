package io.streamjob.cli;

import io.streamjob.component.CatalogueDocs;
import io.streamjob.connector.Connectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code streamjob list}: the sources and sinks streamjob knows. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lists the sources and sinks and what each is for.")
final class ListCommand implements Callable<Integer> {
  enum Format {
    text,
    markdown
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (default), or markdown: the whole catalogue with every option, as in docs/components.md.")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CatalogueDocs docs = new CatalogueDocs(Connectors.catalogue());
    spec.commandLine().getOut().print(format == Format.markdown ? docs.markdown() : docs.list());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
