package dev.gha4j.emit;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Workflow;
import dev.gha4j.source.Gha4jException;
import dev.gha4j.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a validated workflow as YAML text: Jackson does the writing, this class decides order
 * and style. Output is byte-identical across runs, machines and locales, ends lines with
 * {@code \n}, and opens with a header comment naming the Java source and how to regenerate.
 */
public final class WorkflowYaml {
  private static final GitHubQuoting QUOTING = new GitHubQuoting();
  private static final YAMLMapper MAPPER = new YAMLMapper.Builder(
      new GitHubYamlFactory(YAMLFactory.builder().stringQuotingChecker(QUOTING).build()))
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .disable(YAMLWriteFeature.SPLIT_LINES)
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
      .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  private WorkflowYaml() {}

  /**
   * A problem with a text value: which element holds it, under which key, and what is wrong.
   *
   * @param location the pipeline line that made the element holding the text
   * @param key      the key the text is the value (or name) of, e.g. {@code run}, for the message
   * @param problem  what is wrong and how to fix it
   */
  public record TextProblem(SourceLocation location, String key, String problem) {}

  /**
   * The YAML text of {@code workflow}, headed by {@code header} lines (written as comments).
   * Call only after the validator found no problems.
   *
   * @param workflow a workflow the validator accepted
   * @param header   lines written as {@code #} comments above the YAML, e.g. {@code Header.lines(...)};
   *     may be empty
   * @return the file's text
   * @throws IllegalArgumentException when a text cannot be written (the validator reports it first,
   *     with the pipeline's line)
   * @throws dev.gha4j.source.Gha4jException when an escape-hatch fragment is not valid YAML
   */
  public static String render(Workflow workflow, List<String> header) {
    Markers markers = new Markers();
    TextSink refuse = (text, where, key) -> {
      if (TextSafety.problem(text) != null) requireWritable(text, where + ": " + key);
    };
    JsonNode tree = new WorkflowTree(refuse, markers, new RawParser(MAPPER)).workflow(workflow);
    return write(workflow, tree, markers, header);
  }

  /**
   * The YAML text of a {@link Document} the validator accepted, as {@link #render(Workflow, List)}
   * writes it, without building the tree a second time.
   *
   * @param document the workflow's document, as the validator read it
   * @param header   lines written as {@code #} comments above the YAML; may be empty
   * @return the file's text
   * @throws IllegalArgumentException when the document has text problems (the validator reports
   *     them first, with the pipeline's line)
   */
  public static String render(Document document, List<String> header) {
    if (!document.textProblems().isEmpty()) {
      TextProblem first = document.textProblems().get(0);
      throw new IllegalArgumentException("cannot write " + first.location() + ": " + first.key() + ": "
          + first.problem() + "; Validator.validate reports it with the pipeline's line");
    }
    return write(document.workflow(), document.tree(), document.markers, header);
  }

  private static String write(Workflow workflow, JsonNode tree, Markers markers, List<String> header) {
    String unwritable = unwritable(tree); // also names and ids, which the validator checks by pattern
    if (unwritable != null) {
      throw new IllegalArgumentException(
          "cannot write " + unwritable + "; Validator.validate reports it with the pipeline's line");
    }
    String body = Spacing.betweenJobs(markers.apply(MAPPER.writeValueAsString(tree)));
    StringBuilder out = new StringBuilder(body.length() + 1024); // sized once: a body can be megabytes
    for (String line : header) comment(out, line);
    for (String comment : WorkflowTree.workflowComments(workflow)) comment(out, comment);
    if (out.length() > 0) out.append('\n');
    out.append(body);
    return out.toString();
  }

  // A line break in a header line or a reason would end the comment and turn the rest into YAML.
  private static void comment(StringBuilder out, String text) {
    requireWritable(text, "comment");
    String line = Markers.commentLine(text);
    out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
  }

  /**
   * Refuses text Jackson would silently corrupt (a lone surrogate), so that such text is never
   * written even when a caller skipped the validator, which reports the same problem with the
   * pipeline's line.
   */
  private static void requireWritable(String text, String path) {
    String problem = TextSafety.problem(text);
    if (problem != null) {
      throw new IllegalArgumentException("cannot write " + path + ": " + problem
          + "; Validator.validate reports it with the pipeline's line");
    }
  }

  // The path and problem of the first text in the tree that cannot be written, or null. Paths
  // are built only on the way back from a bad text: this runs on every render.
  private static String unwritable(JsonNode node) {
    if (node.isString()) {
      String problem = TextSafety.problem(node.stringValue());
      return problem == null ? null : ": " + problem;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String problem = TextSafety.problem(e.getKey());
      if (problem != null) return "/" + e.getKey() + ": " + problem;
      String below = unwritable(e.getValue());
      if (below != null) return "/" + e.getKey() + below;
    }
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      String below = unwritable(node.get(i));
      if (below != null) return "/" + i + below;
    }
    return null;
  }

  /**
   * A workflow's tree as GitHub will read it, built once for both the validator and the writer,
   * with what the validator needs to know besides the values. Comments are placeholders in it
   * (mapping keys and {@code uses:} values that {@link #isPlaceholderKey} recognizes), which
   * {@link #render(Document, List)} turns into comments.
   */
  public static final class Document {
    private final Workflow workflow;
    private final JsonNode tree;
    private final Map<JsonNode, Expr> expressions;
    private final Set<JsonNode> escapeHatches;
    private final List<TextProblem> textProblems;
    private final Markers markers;

    private Document(Workflow workflow, JsonNode tree, Trace trace, List<TextProblem> textProblems, Markers markers) {
      this.workflow = workflow;
      this.tree = tree;
      this.expressions = trace.expressions;
      this.escapeHatches = trace.escapeHatches;
      this.textProblems = List.copyOf(textProblems);
      this.markers = markers;
    }

    /** {@return the workflow the tree was built from} */
    public Workflow workflow() {
      return workflow;
    }

    /** {@return the workflow as GitHub will read it, with comment placeholders} */
    public JsonNode tree() {
      return tree;
    }

    /**
     * {@return by node identity, the expression a text node was written from, so that it need not
     * be parsed again}
     */
    public Map<JsonNode, Expr> expressions() {
      return expressions;
    }

    /** {@return the values given as YAML through an escape hatch, by identity} */
    public Set<JsonNode> escapeHatches() {
      return escapeHatches;
    }

    /**
     * {@return every text YAML cannot carry, and every escape-hatch fragment that does not parse (the
     * tree holds a missing node in its place); the document cannot be rendered unless this is empty}
     */
    public List<TextProblem> textProblems() {
      return textProblems;
    }
  }

  /**
   * {@return whether a mapping key of a {@link Document}'s tree is a placeholder for a comment, which
   * the writer replaces, rather than a key of the workflow}
   *
   * @param key a mapping key
   */
  public static boolean isPlaceholderKey(String key) {
    return key.startsWith(Markers.RESERVED);
  }

  /**
   * {@return the workflow as the validator reads it; see {@link Document}} Never throws for bad
   * text: it is in {@link Document#textProblems()}.
   *
   * @param workflow any built workflow
   */
  public static Document document(Workflow workflow) {
    List<TextProblem> problems = new ArrayList<>();
    Trace trace = new Trace();
    Markers markers = new Markers();
    JsonNode tree = new WorkflowTree(sink(problems), markers, new RawParser(MAPPER), trace).workflow(workflow);
    for (Gha4jException e : trace.broken) problems.add(new TextProblem(e.location(), "escape hatch", e.problem()));
    return new Document(workflow, tree, trace, problems, markers);
  }

  /**
   * Every text value YAML cannot carry, and every escape-hatch fragment that does not parse, with
   * the element that holds it; {@link #document} reports the same, with the rest of the tree.
   *
   * @param workflow any built workflow
   * @return the problems in the order the emitter meets them; empty when the workflow can be written
   */
  public static List<TextProblem> textProblems(Workflow workflow) {
    List<TextProblem> problems = new ArrayList<>();
    try {
      new WorkflowTree(sink(problems), new Markers(), new RawParser(MAPPER)).workflow(workflow);
    } catch (Gha4jException e) {
      problems.add(new TextProblem(e.location(), "escape hatch", e.problem()));
    }
    return problems;
  }

  // Collects text YAML cannot carry, and text with gha4j's placeholder prefix.
  private static TextSink sink(List<TextProblem> problems) {
    return (text, where, key) -> {
      String problem = TextSafety.problem(text);
      if (problem != null) problems.add(new TextProblem(where, key, problem));
      if (text.contains(Markers.RESERVED)) {
        problems.add(new TextProblem(where, key, "text contains '" + Markers.RESERVED
            + "', which gha4j reserves for its own placeholders; rephrase it"));
      }
    };
  }

  /**
   * A YAML fragment (a scalar, list or mapping) written with the same quoting and block rules as
   * workflows, so it parses back to exactly {@code value}; the importer uses it for escape hatches.
   *
   * @param value a scalar, list or mapping node
   * @return the YAML text
   */
  public static String writeFragment(JsonNode value) {
    return MAPPER.writeValueAsString(value);
  }

  /**
   * {@return whether {@code value} can be written as a plain (unquoted) YAML scalar and read back as
   * itself ({@code yes}, {@code 1.0} or {@code on} cannot: YAML would read another type)}
   *
   * @param value the text of a scalar
   */
  public static boolean isPlainScalar(String value) {
    return !QUOTING.needToQuoteValue(value);
  }

  /**
   * Reads YAML text into a tree, for tests and tools that compare documents.
   *
   * @param yaml one YAML document, e.g. a workflow file's text
   * @return its tree
   * @throws tools.jackson.core.JacksonException when the text is not valid YAML
   */
  public static JsonNode parse(String yaml) {
    return MAPPER.readTree(new SurrogateSafeReader(yaml));
  }

  /**
   * {@return the Jackson tree of a workflow as it will be written (comments omitted)}
   *
   * @param workflow a workflow the validator accepted
   */
  public static JsonNode tree(Workflow workflow) {
    return parse(render(workflow, List.of()));
  }
}
