package dev.gha4j.generator;

import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.api.WorkflowSource;
import dev.gha4j.source.Gha4jException;
import dev.gha4j.source.SourceLocation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a project's pipelines are listed: two public static methods without arguments, written
 * {@code com.example.Workflows#all} (returns the {@link WorkflowSource}s) and optionally
 * {@code com.example.Checks#all} (returns extra {@link WorkflowCheck}s). Without the first, the
 * workflows are found instead ({@link WorkflowDiscovery}).
 *
 * @param workflows     the method listing the workflows, or {@code null} to find them
 * @param checks        the method listing the extra checks, or {@code null} for none
 * @param workflowsName how the user names the first setting, for messages: {@code --workflows}
 * @param checksName    how the user names the second: {@code --checks}
 */
public record PipelineEntries(String workflows, String checks, String workflowsName, String checksName) {

  /** The entries of the command-line tools, named {@code --workflows} and {@code --checks}. */
  static PipelineEntries options(String workflows, String checks) {
    return new PipelineEntries(workflows, checks, "--workflows", "--checks");
  }

  /** A reason the pipelines could not be loaded, already worded for the user. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message, null, false, false);
    }
  }

  /** Calls the workflows method on classes from {@code loader}. */
  List<WorkflowSource> workflows(ClassLoader loader) throws Failure {
    return call(loader, workflows, workflowsName, WorkflowSource.class);
  }

  /** Calls the checks method on classes from {@code loader}; none without one. */
  List<WorkflowCheck> checks(ClassLoader loader) throws Failure {
    return checks == null ? List.of() : call(loader, checks, checksName, WorkflowCheck.class);
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
      throw failed(ref, e);
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
  static Failure failed(String what, Throwable cause) {
    // A static initializer that throws is the pipeline's bug: report its line.
    Throwable reported = cause instanceof ExceptionInInitializerError && cause.getCause() != null
        ? cause.getCause() : cause;
    return new Failure(describe(what + " failed", reported));
  }

  /**
   * How an exception or error thrown by a pipeline is reported: one line, never a stack trace.
   *
   * @param what  what failed, e.g. {@code generating failed}, quoted as given
   * @param cause what was thrown; a {@link Gha4jException} already names its place and is
   *              reported by its message alone
   * @return {@code File.java:LINE: what: cause} at the innermost frame of pipeline code, or
   *     {@code error: what: cause} when no frame is the pipeline's
   */
  public static String describe(String what, Throwable cause) {
    if (cause instanceof Gha4jException g) return g.getMessage();
    SourceLocation at = SourceLocation.thrownAt(cause);
    return (at.equals(SourceLocation.UNKNOWN) ? "error" : at.toString()) + ": " + what + ": " + cause;
  }
}
