package dev.gha4j.generator;

import dev.gha4j.api.WorkflowSource;
import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.generate.GenerateCommand;

import dev.gha4j.source.Gha4jException;
import dev.gha4j.source.SourceLocation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the fast generator finds a project's pipelines: two public static methods without
 * arguments, written {@code com.example.Workflows#all} (returns the {@link WorkflowSource}s) and
 * optionally {@code com.example.Generate#checks} (returns the {@link WorkflowCheck}s). They are the
 * same methods the project's own {@code Generate} main passes to {@link GenerateCommand}, so the
 * fast path and {@code mvn -Pgenerate} generate the same files.
 *
 * @param workflows the method listing the workflows
 * @param checks    the method listing the extra checks, or {@code null} for none
 */
record PipelineEntries(String workflows, String checks) {

  /** A reason the pipelines could not be loaded, already worded for the user. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message, null, false, false);
    }
  }

  /** What the two methods returned. */
  record Loaded(List<WorkflowSource> sources, List<WorkflowCheck> checks) {}

  /** Calls both methods on classes from {@code loader}. */
  Loaded load(ClassLoader loader) throws Failure {
    List<WorkflowSource> sources = call(loader, workflows, "--workflows", WorkflowSource.class);
    List<WorkflowCheck> extra = checks == null ? List.of() : call(loader, checks, "--checks", WorkflowCheck.class);
    return new Loaded(sources, extra);
  }

  private static <T> List<T> call(ClassLoader loader, String ref, String option, Class<T> type) throws Failure {
    int hash = ref.indexOf('#');
    if (hash <= 0 || hash == ref.length() - 1) {
      throw new Failure("error: " + option + " " + ref + " is not Class#method, e.g. com.example.Workflows#all");
    }
    String className = ref.substring(0, hash);
    Object result = invoke(loader, className, ref.substring(hash + 1), ref, option);
    if (!(result instanceof List<?> list)) {
      throw new Failure("error: " + ref + " must return a List<" + type.getSimpleName() + ">, not " + result);
    }
    List<T> typed = new ArrayList<>(list.size());
    for (Object item : list) {
      if (!type.isInstance(item)) {
        throw new Failure("error: " + ref + " returned " + item + ", which is not a " + type.getSimpleName());
      }
      typed.add(type.cast(item));
    }
    return typed;
  }

  private static Object invoke(ClassLoader loader, String className, String methodName, String ref, String option)
      throws Failure {
    Method method;
    try {
      method = Class.forName(className, true, loader).getMethod(methodName);
    } catch (ClassNotFoundException e) {
      throw new Failure("error: class " + className + " (named by " + option + ") is not among the pipeline sources");
    } catch (NoSuchMethodException e) {
      throw new Failure("error: " + className + " has no public method " + methodName + "() (named by " + option + ")");
    } catch (LinkageError e) {
      // A static initializer that throws is the pipeline's bug: report its line.
      throw failed(ref, e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e);
    }
    if (!Modifier.isStatic(method.getModifiers())) throw new Failure("error: " + ref + " must be static");
    try {
      return method.invoke(null);
    } catch (InvocationTargetException e) {
      throw failed(ref, e.getCause());
    } catch (IllegalAccessException e) {
      throw new Failure("error: " + ref + " is not accessible; make its class public");
    }
  }

  // Like a validation problem: the pipeline's own line first, never a stack trace.
  private static Failure failed(String ref, Throwable cause) {
    return new Failure(describe(ref + " failed", cause));
  }

  /** {@code File.java:LINE: what: cause} at the innermost frame of pipeline code, for any throwable. */
  static String describe(String what, Throwable cause) {
    if (cause instanceof Gha4jException g) return g.getMessage();
    SourceLocation at = SourceLocation.thrownAt(cause);
    return (at.equals(SourceLocation.UNKNOWN) ? "error" : at.toString()) + ": " + what + ": " + cause;
  }

}
