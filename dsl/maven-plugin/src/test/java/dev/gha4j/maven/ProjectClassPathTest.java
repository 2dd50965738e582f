package dev.gha4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectClassPathTest {
  @TempDir Path dir;

  static Artifact artifact(String group, String id, String version, File file) {
    Artifact a = new DefaultArtifact(group, id, version, "compile", "jar", null, new DefaultArtifactHandler("jar"));
    a.setFile(file);
    return a;
  }

  MavenProject project(Artifact... artifacts) {
    MavenProject project = new MavenProject();
    project.setBuild(new Build());
    project.setArtifacts(new LinkedHashSet<>(Set.of(artifacts)));
    return project;
  }

  @Test
  void theClassPathIsTheDependenciesOnly() throws Exception {
    File core = dir.resolve("gha4j-core.jar").toFile();
    File other = dir.resolve("other.jar").toFile();
    MavenProject project = project(artifact("dev.gha4j", "gha4j-core", "1.2.0", core), artifact("x", "other", "1", other));

    try (ProjectClassPath classPath = ProjectClassPath.of(project, "1.2.0", getClass().getClassLoader())) {
      assertThat(classPath.classPath().split(File.pathSeparator)).containsExactlyInAnyOrder(core.getPath(), other.getPath());
      assertThat(classPath.loader().getParent()).isSameAs(getClass().getClassLoader());
    }
  }

  @Test
  void anotherGha4jVersionThanThePluginsIsRefusedWithTheFix() {
    MavenProject project = project(artifact("dev.gha4j", "gha4j-core", "1.1.0", dir.toFile()));
    assertThatThrownBy(() -> ProjectClassPath.of(project, "1.2.0", getClass().getClassLoader()).close())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("this project depends on dev.gha4j:gha4j-core:1.1.0 but runs gha4j-maven-plugin 1.2.0; use one"
            + " version for both, e.g. a gha4j.version property");
  }

  @Test
  void aProjectWithoutGha4jIsToldWhatToAdd() {
    assertThatThrownBy(() -> ProjectClassPath.of(project(), "1.2.0", getClass().getClassLoader()).close())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("this project does not depend on dev.gha4j:gha4j-core; add it (version 1.2.0, as the plugin) to"
            + " <dependencies>, with gha4j-actions for typed actions");
  }
}
