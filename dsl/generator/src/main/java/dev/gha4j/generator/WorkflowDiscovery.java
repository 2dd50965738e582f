package dev.gha4j.generator;

import dev.gha4j.api.WorkflowSource;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The workflows of a project that does not list them: one instance of every public, concrete
 * class among the pipeline classes that implements {@link WorkflowSource} and has a public
 * constructor without arguments, in the order of their class names, so the output never depends
 * on the order files happen to be listed in. A class that should not be generated (an
 * abstract base, a test fixture) simply does not qualify, or the project lists its workflows.
 */
final class WorkflowDiscovery {
  private WorkflowDiscovery() {}

  static List<WorkflowSource> find(ClassLoader loader, Collection<String> classNames, Path sourceRoot,
      PipelineEntries entries) throws PipelineEntries.Failure {
    List<WorkflowSource> found = new ArrayList<>();
    for (String name : new TreeSet<>(classNames)) {
      Constructor<?> constructor = constructor(load(loader, name));
      if (constructor == null) continue;
      try {
        found.add((WorkflowSource) constructor.newInstance());
      } catch (InvocationTargetException e) {
        throw PipelineEntries.failed("new " + name + "()", e.getCause());
      } catch (ReflectiveOperationException | LinkageError e) {
        throw PipelineEntries.failed("new " + name + "()", e);
      }
    }
    if (found.isEmpty()) {
      throw new PipelineEntries.Failure("error: no workflow under " + sourceRoot + ": no public class there implements"
          + " WorkflowSource with a public constructor without arguments; write one, or name the method that lists"
          + " the workflows with " + entries.workflowsName() + " com.example.Workflows#all");
    }
    return found;
  }

  private static Class<?> load(ClassLoader loader, String name) throws PipelineEntries.Failure {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw PipelineEntries.failed("loading " + name, e);
    }
  }

  // The public no-argument constructor of a workflow class, or null when the class is not one.
  private static Constructor<?> constructor(Class<?> type) {
    int modifiers = type.getModifiers();
    boolean concrete = !type.isInterface() && !Modifier.isAbstract(modifiers);
    boolean reachable = Modifier.isPublic(modifiers) && (type.getEnclosingClass() == null || Modifier.isStatic(modifiers));
    if (!concrete || !reachable || !WorkflowSource.class.isAssignableFrom(type)) return null;
    try {
      return type.getConstructor();
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
