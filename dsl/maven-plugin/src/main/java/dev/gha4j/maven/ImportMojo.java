package dev.gha4j.maven;

import dev.gha4j.codegen.importer.ImportCommand;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code mvn gha4j:import}: turns existing workflow YAML into gha4j Java classes, one per file, in
 * the project's source directory. Action steps become typed bindings where the project's
 * gha4j-actions has one at the same commit. An existing Java file is kept unless
 * {@code -Dgha4j.force}. With no {@code <workflows>} list, {@code mvn gha4j:generate} then finds
 * the new classes by itself.
 */
@Mojo(name = "import", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class ImportMojo extends AbstractMojo {
  /** The project the classes are written into. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** A workflow file, or a directory whose {@code *.yml} and {@code *.yaml} files are imported. */
  @Parameter(property = "gha4j.from", defaultValue = "${project.basedir}/.github/workflows", required = true)
  File from;

  /** The source root the classes are written below, in the directory of their package. */
  @Parameter(property = "gha4j.to", defaultValue = "${project.build.sourceDirectory}", required = true)
  File to;

  /** The package of the classes; the project's group id followed by {@code .workflows} when not set. */
  @Parameter(property = "gha4j.package")
  String packageName;

  /** Overwrites Java files imported before. */
  @Parameter(property = "gha4j.force", defaultValue = "false")
  boolean force;

  /** Where the action manifests of the project's gha4j-actions are unpacked for the importer. */
  @Parameter(defaultValue = "${project.build.directory}/gha4j/manifests", readonly = true, required = true)
  File manifests;

  /** Creates the goal; Maven sets its parameters. */
  public ImportMojo() {}

  @Override
  public void execute() throws MojoFailureException {
    String pkg = packageName != null ? packageName : ImportWording.defaultPackage(project.getGroupId());
    if (!ImportWording.isPackageName(pkg)) {
      throw new MojoFailureException("'" + pkg + "' is not a package name; pass one with -Dgha4j.package=com.example.ci");
    }
    try {
      ActionManifests.unpack(actionsJar(), manifests.toPath());
    } catch (IOException e) {
      throw new MojoFailureException("error: cannot unpack the action manifests: " + e.getMessage(), e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("--from", from.getPath(), "--to", to.getPath(), "--package", pkg,
        "--manifests", manifests.getPath()));
    if (force) args.add("--force");
    int code = ImportCommand.run(args.toArray(String[]::new), stream(out), stream(err));
    for (String line : lines(out)) getLog().info(ImportWording.forMaven(line));
    List<String> errors = lines(err);
    for (String line : errors) getLog().error(ImportWording.forMaven(line));
    if (code == 1) throw new MojoFailureException("some workflows could not be imported; see the lines above");
    if (code != 0) {
      throw new MojoFailureException((errors.isEmpty() ? "import failed" : errors.get(0))
          + "; name the workflows with -Dgha4j.from=<file or directory>");
    }
  }

  // The project's gha4j-actions, whose manifests let the importer use typed bindings; null if none.
  private File actionsJar() {
    for (Artifact a : project.getArtifacts()) {
      if (a.getGroupId().equals(ProjectClassPath.GROUP) && a.getArtifactId().equals("gha4j-actions")) return a.getFile();
    }
    getLog().info("gha4j-actions is not a dependency: action steps are imported as Step.uses(\"...\")");
    return null;
  }

  private static PrintStream stream(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static List<String> lines(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
