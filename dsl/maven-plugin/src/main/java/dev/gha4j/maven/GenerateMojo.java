package dev.gha4j.maven;

import dev.gha4j.generate.GenerateCommand;
import dev.gha4j.generate.OutputDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn gha4j:generate}: writes the workflow YAML from the Java pipelines, after the
 * structural validator and the policy rules found nothing wrong, and prints what changed
 * ({@code created ci.yml}, {@code unchanged deploy.yml}, {@code removed old.yml}). On any problem
 * it prints them all and writes nothing.
 *
 * <p>It compiles the pipelines itself rather than forking Maven's {@code compile} phase: that is
 * what keeps a run after an edit near Maven's own start-up time, and it works the same from the
 * command line and bound to a phase.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class GenerateMojo extends PipelineMojo {
  /** Creates the goal; Maven sets its parameters. */
  public GenerateMojo() {}

  @Override
  public void execute() throws MojoFailureException {
    if (skipped()) return;
    Map<String, String> files = generate("no file was written.");
    Map<String, String> graphs = graphs(files, "no file was written.");
    try {
      Path graphDir = graphsDirectory == null ? null : graphsDirectory.toPath();
      for (OutputDirectory.Change change : GenerateCommand.write(files, outputDirectory.toPath(), graphs, graphDir)) {
        getLog().info(change.toString());
      }
    } catch (IOException e) {
      throw new MojoFailureException("error: " + e.getMessage(), e);
    }
  }
}
