package dev.gha4j.generate;

import dev.gha4j.api.WorkflowSource;
import dev.gha4j.api.WorkflowCheck;

import dev.gha4j.model.Allowance;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import dev.gha4j.source.Gha4jException;
import dev.gha4j.source.SourceLocation;
import dev.gha4j.api.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds, validates and renders every workflow in memory. Nothing touches the disk here, so a
 * failure anywhere leaves every file as it was.
 */
public final class Generation {
  private final Map<String, String> files = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private int importedAllowances;

  private Generation() {}

  /**
   * Runs every source and check; {@link #problems()} is empty when all workflows can be written.
   * The headers name {@link Header#DEFAULT_COMMAND}.
   *
   * @param sources the pipelines, one workflow each; a source that throws or returns null, and two
   *                that write the same file name, become problems at the pipeline's line
   * @param checks  run on every workflow after the structural validator, e.g.
   *                {@code Policies.standard()}; one that throws becomes a problem, never a stack trace
   * @return the outcome: the files, or every problem of every workflow
   */
  public static Generation of(List<? extends WorkflowSource> sources, List<WorkflowCheck> checks) {
    return of(sources, checks, Header.DEFAULT_COMMAND);
  }

  /**
   * Runs every source and check, as {@link #of(List, List)}, with another command in the headers.
   *
   * @param sources the pipelines, one workflow each
   * @param checks  run on every workflow after the structural validator; may be empty
   * @param command what each file's header tells the reader to run after changing the Java, e.g.
   *                {@code make generate}
   * @return the outcome: the files, or every problem of every workflow
   */
  public static Generation of(List<? extends WorkflowSource> sources, List<WorkflowCheck> checks, String command) {
    Generation g = new Generation();
    Map<String, Workflow> byFile = new HashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    List<Workflow> written = new ArrayList<>();
    for (WorkflowSource source : sources) {
      Workflow w = g.build(source);
      if (w == null) continue;
      Workflow clash = byFile.putIfAbsent(w.fileName(), w);
      if (clash != null) {
        g.problems.add(new Problem(w.location(), "workflow file " + w.fileName() + " is also written by "
            + clash.location().className() + "; give one of them another name"));
        continue;
      }
      // Checks run even on a structurally broken workflow, so that one run reports everything.
      WorkflowOutcome outcome = WorkflowOutcome.of(w, checks, Header.lines(owner(source, w), command));
      g.problems.addAll(outcome.problems());
      g.warnings.addAll(outcome.warnings());
      if (outcome.text() != null) {
        texts.put(w.fileName(), outcome.text());
        written.add(w);
      }
    }
    if (g.problems.isEmpty()) {
      g.files.putAll(texts);
      for (Workflow w : written) g.importedAllowances += importedAllowances(w);
    }
    g.problems.sort(Problem.ORDER);
    g.warnings.sort(Problem.ORDER);
    return g;
  }

  private Workflow build(WorkflowSource source) {
    try {
      Workflow w = source.workflow();
      if (w == null) {
        problems.add(new Problem(new SourceLocation(source.getClass().getName(),
            source.getClass().getSimpleName() + ".java", 0), "workflow() returned null"));
      }
      return w;
    } catch (Gha4jException e) {
      problems.add(new Problem(e.location(), e.problem()));
    } catch (RuntimeException e) {
      problems.add(new Problem(where(e, source), "building the workflow failed: " + e));
    }
    return null;
  }

  // The innermost frame of the pipeline's own code, so even a plain exception names a line. The
  // rule is SourceLocation's, so that gha4j's own tests (which play the pipeline) count too.
  private static SourceLocation where(Throwable e, WorkflowSource source) {
    SourceLocation at = SourceLocation.thrownAt(e);
    if (!at.equals(SourceLocation.UNKNOWN)) return at;
    return new SourceLocation(source.getClass().getName(), source.getClass().getSimpleName() + ".java", 0);
  }

  // The class the header names. A lambda's class is hidden and its name changes from run to run
  // (Foo$$Lambda/0x...), which would rewrite the file every time; name the class that built the
  // workflow instead.
  private static String owner(WorkflowSource source, Workflow w) {
    Class<?> type = source.getClass();
    return type.isHidden() || type.isSynthetic() ? w.location().className() : type.getName();
  }

  // Allowances `make import` wrote for what a workflow broke before migration: a to-do each.
  // Plain loops: a stream per step cost 3 % of generating 10,000 jobs, almost all without allowances.
  private static int importedAllowances(Workflow w) {
    int n = imported(w.allowances());
    for (Job j : w.jobs()) {
      n += imported(j.allowances());
      for (Step s : j.steps()) n += imported(s.allowances());
    }
    return n;
  }

  private static int imported(List<Allowance> allowances) {
    int n = 0;
    for (Allowance a : allowances) if (a.imported()) n++;
    return n;
  }

  /**
   * The importer's migration to-dos left in the pipelines, which the command prints as a reminder.
   *
   * @return how many allowances of the written workflows (and their jobs and steps) the importer's
   *         baseline wrote ({@link Allowance#imported}); 0 when there are problems
   */
  public int importedAllowances() {
    return importedAllowances;
  }

  /**
   * The rendered workflows, each with its {@link Header}; what {@link OutputDirectory#apply} writes.
   *
   * @return file name (e.g. {@code ci.yml}) to YAML text, in source order; empty when there are problems
   */
  public Map<String, String> files() {
    return Collections.unmodifiableMap(files);
  }

  /**
   * What stops generation: structural problems, errors of the checks, sources that failed.
   *
   * @return every problem, sorted by file and line; empty when {@link #files()} may be written
   */
  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /**
   * Warnings from the checks: printed, but they do not stop generation.
   *
   * @return the warnings, sorted by file and line; also those of workflows that have problems
   */
  public List<Problem> warnings() {
    return Collections.unmodifiableList(warnings);
  }
}
