package dev.gha4j.policy.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.generate.Generation;
import dev.gha4j.api.WorkflowSource;
import dev.gha4j.model.Workflow;
import dev.gha4j.policy.Policies;
import dev.gha4j.api.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a corpus class: every {@code static Workflow name()} method is one case, generated with
 * the structural validator and {@link Policies#standard()}. What each case must report is written
 * in the corpus source itself, above the line that makes the bad element, as
 * {@code // error: <exact message>} or {@code // warning: <exact message>}; a message may go on over
 * several comment lines indented by two more spaces. The expected line is the next line of code,
 * read from the source file, so the test checks the exact message and the exact line.
 *
 * <p>A case whose name starts with {@code ok} must report nothing; any other case must expect at
 * least one finding, so a lost comment cannot turn a bad pipeline into a passing one.
 */
final class Corpus {
  private static final Pattern CASE = Pattern.compile("^\\s*static Workflow (\\w+)\\(\\)\\s*\\{");
  private static final Pattern EXPECT = Pattern.compile("^\\s*// (error|warning): (.*)$");
  private static final Pattern CONTINUED = Pattern.compile("^\\s*//   +(\\S.*)$");

  private Corpus() {}

  /** One dynamic test per case of {@code corpus}, in source order. */
  static Stream<DynamicTest> cases(Class<?> corpus) {
    List<String> lines = source(corpus);
    List<DynamicTest> tests = new ArrayList<>();
    String fileName = corpus.getSimpleName() + ".java";
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = CASE.matcher(lines.get(i));
      if (!m.find()) continue;
      String name = m.group(1);
      int end = i + 1;
      while (end < lines.size() && !CASE.matcher(lines.get(end)).find()) end++;
      List<String> expected = expectations(lines, i, end, fileName);
      tests.add(DynamicTest.dynamicTest(name, () -> check(corpus, name, expected)));
    }
    return tests.stream();
  }

  /**
   * The findings a case of {@code corpus} expects, as {@code File.java:LINE: error: message}, sorted
   * by line as the generator prints them.
   */
  static List<String> expected(Class<?> corpus, String caseName) {
    List<String> lines = source(corpus);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = CASE.matcher(lines.get(i));
      if (!m.find() || !m.group(1).equals(caseName)) continue;
      int end = i + 1;
      while (end < lines.size() && !CASE.matcher(lines.get(end)).find()) end++;
      return expectations(lines, i, end, corpus.getSimpleName() + ".java").stream()
          .sorted(java.util.Comparator.comparingInt(Corpus::line).thenComparing(e -> e)).toList();
    }
    throw new IllegalArgumentException("no case " + caseName + " in " + corpus.getName());
  }

  private static int line(String expectation) {
    String[] parts = expectation.split(":", 3);
    return Integer.parseInt(parts[1]);
  }

  private static void check(Class<?> corpus, String name, List<String> expected) throws Exception {
    if (name.startsWith("ok")) assertThat(expected).as("a case named ok... expects nothing").isEmpty();
    else assertThat(expected).as("case " + name + " must expect at least one finding").isNotEmpty();
    Method method = corpus.getDeclaredMethod(name);
    method.setAccessible(true);
    WorkflowSource source = () -> build(method);
    Generation g = Generation.of(List.of(source), List.of(Policies.standard()));
    List<String> actual = new ArrayList<>();
    for (Problem p : g.problems()) actual.add(p.location() + ": error: " + p.message());
    for (Problem p : g.warnings()) actual.add(p.location() + ": warning: " + p.message());
    assertThat(sorted(actual)).as("findings of " + name).containsExactlyElementsOf(sorted(expected));
  }

  private static Workflow build(Method method) {
    try {
      return (Workflow) method.invoke(null);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> expectations(List<String> lines, int from, int to, String fileName) {
    List<String> expected = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      Matcher e = EXPECT.matcher(line);
      Matcher c = CONTINUED.matcher(line);
      if (e.matches()) {
        pending.add(e.group(1) + ": " + e.group(2));
      } else if (c.matches() && !pending.isEmpty()) {
        int last = pending.size() - 1;
        pending.set(last, pending.get(last) + " " + c.group(1));
      } else if (!pending.isEmpty() && !line.isBlank() && !line.strip().startsWith("//")) {
        for (String p : pending) expected.add(fileName + ":" + (i + 1) + ": " + p);
        pending.clear();
      }
    }
    assertThat(pending).as("expectations with no code line after them").isEmpty();
    return expected;
  }

  private static List<String> sorted(List<String> findings) {
    return findings.stream().sorted().toList();
  }

  private static List<String> source(Class<?> corpus) {
    Path path = Path.of("src", "test", "java", corpus.getName().replace('.', '/') + ".java");
    try {
      return Files.readAllLines(path);
    } catch (IOException e) {
      throw new UncheckedIOException("corpus source " + path.toAbsolutePath() + " not found: run from the module", e);
    }
  }
}
