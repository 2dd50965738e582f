package dev.gha4j.generator;

import java.nio.file.Path;

/**
 * Where a project's pipelines are and what they compile against.
 *
 * @param sourceRoot the root of the pipeline sources, e.g. {@code src/main/java}
 * @param classPath  gha4j and everything else the pipelines use, as a class path string
 * @param stateDir   where the compiled classes are cached between runs, e.g. {@code target/gha4j}
 * @param release    javac's {@code --release}, e.g. {@code 17}, or null for the running JDK's version
 */
public record PipelineProject(Path sourceRoot, String classPath, Path stateDir, String release) {}
