package dev.gha4j.maven;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * What a project's pipelines compile against and run with: its dependencies (never its own
 * {@code target/classes}, which may hold an older build of the very classes being generated from)
 * and its resource directories. gha4j's own classes come from this plugin, so the project must
 * depend on the same gha4j version as the plugin it runs.
 */
final class ProjectClassPath implements Closeable {
  static final String GROUP = "dev.gha4j";
  static final String CORE = "gha4j-core";

  private final String classPath;
  private final URLClassLoader loader;

  private ProjectClassPath(String classPath, URLClassLoader loader) {
    this.classPath = classPath;
    this.loader = loader;
  }

  /**
   * The class path of {@code project}, whose classes load through {@code plugin}'s class loader
   * first, so the pipelines and this plugin share gha4j's classes.
   *
   * @throws MojoFailureException when the project does not depend on gha4j-core in the plugin's version
   */
  static ProjectClassPath of(MavenProject project, String pluginVersion, ClassLoader plugin) throws MojoFailureException {
    checkGha4jVersion(project, pluginVersion);
    List<String> jars = new ArrayList<>();
    List<URL> urls = new ArrayList<>();
    try {
      for (Artifact artifact : project.getArtifacts()) {
        if (artifact.getFile() == null) continue;
        jars.add(artifact.getFile().getPath());
        urls.add(artifact.getFile().toURI().toURL());
      }
      // A pipeline may read a script it keeps as a resource.
      for (Resource resource : project.getBuild().getResources()) {
        File dir = new File(resource.getDirectory());
        if (dir.isDirectory()) urls.add(dir.toURI().toURL());
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException("a file path that is no URL: " + e.getMessage(), e);
    }
    return new ProjectClassPath(String.join(File.pathSeparator, jars),
        new URLClassLoader("gha4j-project", urls.toArray(URL[]::new), plugin));
  }

  private static void checkGha4jVersion(MavenProject project, String pluginVersion) throws MojoFailureException {
    for (Artifact artifact : project.getArtifacts()) {
      if (!artifact.getGroupId().equals(GROUP) || !artifact.getArtifactId().equals(CORE)) continue;
      if (artifact.getBaseVersion().equals(pluginVersion)) return;
      throw new MojoFailureException("this project depends on " + GROUP + ":" + CORE + ":" + artifact.getBaseVersion()
          + " but runs gha4j-maven-plugin " + pluginVersion + "; use one version for both, e.g. a gha4j.version"
          + " property");
    }
    throw new MojoFailureException("this project does not depend on " + GROUP + ":" + CORE + "; add it (version "
        + pluginVersion + ", as the plugin) to <dependencies>, with gha4j-actions for typed actions");
  }

  /** The dependencies' files, for javac's {@code -classpath}. */
  String classPath() {
    return classPath;
  }

  /** Loads the dependencies and resources, this plugin's classes first. */
  ClassLoader loader() {
    return loader;
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
