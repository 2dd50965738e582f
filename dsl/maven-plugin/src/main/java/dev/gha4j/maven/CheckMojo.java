package dev.gha4j.maven;

import dev.gha4j.generator.Drift;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn gha4j:check}, what CI runs: fails unless the committed workflow files are exactly
 * what the Java pipelines produce, listing each file that differs with a unified diff, each file
 * that is missing, and each file gha4j generated that no pipeline produces any more. Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class CheckMojo extends PipelineMojo {
  /** Creates the goal; Maven sets its parameters. */
  public CheckMojo() {}

  @Override
  public void execute() throws MojoFailureException {
    if (skipped()) return;
    Map<String, String> files = generate("nothing was checked.");
    Map<String, String> graphs = graphs(files, "nothing was checked.");
    List<Drift.Difference> differences = new ArrayList<>(drift(outputDirectory, files));
    if (graphs != null) differences.addAll(drift(graphsDirectory, graphs));
    if (differences.isEmpty()) {
      getLog().info(files.size() + (files.size() == 1 ? " workflow file is" : " workflow files are")
          + " what the pipelines produce");
      return;
    }
    for (Drift.Difference d : differences) getLog().error(d.toString());
    int n = differences.size();
    throw new MojoFailureException(n + (n == 1 ? " workflow file is not" : " workflow files are not")
        + " what the pipelines produce; run `" + regenerateCommand + "` and commit the result");
  }

  private List<Drift.Difference> drift(File dir, Map<String, String> files) throws MojoFailureException {
    try {
      return Drift.between(dir.toPath(), shown(dir), files);
    } catch (IOException e) {
      throw new MojoFailureException("error: cannot read " + shown(dir) + ": " + e.getMessage(), e);
    }
  }
}
