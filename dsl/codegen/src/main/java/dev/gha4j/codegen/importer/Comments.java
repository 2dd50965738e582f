package dev.gha4j.codegen.importer;

import dev.gha4j.generate.Header;
import dev.gha4j.model.RuleRef;
import dev.gha4j.policy.Rule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/**
 * The comments of a workflow file, which YAML trees drop. Read from the YAML parser's events, so
 * a {@code #} line inside a script is never taken for one. Each comment line belongs to the YAML
 * node on the next line that holds content, named by its path ({@code [jobs, build, steps, 2,
 * with]}); the Java writer puts it above the code for that node.
 *
 * <ul>
 *   <li>{@code # gha4j allows GHA005: reason} directly above a job or step (or above the first key of
 *       the file) is a policy suppression, the form gha4j itself writes. One naming a rule this
 *       version of gha4j does not know stays a comment, with a warning.
 *   <li>The comment after a SHA-pinned {@code uses:} ({@code # v4.2.1}) names the version.
 *   <li>Comment lines before the first key head the Java file, except gha4j's own header.
 *   <li>A comment after a value on the same line belongs to the node that starts on that line.
 * </ul>
 */
final class Comments {
  private static final Pattern ALLOWANCE = Pattern.compile("gha4j allows (GHA[0-9]+): (.*)");

  /** One suppression: the rule and the written reason. */
  record Allowance(String ruleId, String reason) {
    RuleRef rule() {
      Rule known = Rule.byId(ruleId);
      if (known != null) return known;
      String id = ruleId;
      return () -> id;
    }
  }

  /** A comment line and the path of the node it stands above. */
  record Note(int line, List<String> path, String text) {}

  private final List<String> header = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();
  private final Map<List<String>, List<Allowance>> allowances = new HashMap<>();
  private final Map<List<String>, String> usesComments = new HashMap<>();
  private final List<Integer> trailing = new ArrayList<>();
  private final Lines lines = new Lines();
  private final List<Warning> warnings = new ArrayList<>();
  private Baseline baseline = Baseline.NONE;

  private Comments() {}

  /** The comments of {@code yaml}; none when the text does not parse (the tree reader reports that). */
  static Comments of(String yaml) {
    Comments c = new Comments();
    try {
      c.scan(yaml);
    } catch (RuntimeException e) {
      return new Comments();
    }
    return c;
  }

  /** Comment lines before the first key, without gha4j's generated header. */
  List<String> header() {
    return header;
  }

  /** Every other comment, in file order. */
  List<Note> notes() {
    return notes;
  }

  /**
   * Suppressions above the element at {@code path} ({@code []}, {@code [jobs, id]}, {@code [jobs, id,
   * steps, n]}), then those of the migration baseline.
   */
  List<Allowance> allowances(List<String> path) {
    List<Allowance> written = allowances.getOrDefault(path, List.of());
    List<Allowance> added = baseline.at(path);
    if (added.isEmpty()) return written;
    List<Allowance> all = new ArrayList<>(written);
    all.addAll(added);
    return all;
  }

  /** Adds the allowances of a migration baseline to those the file has. */
  void baseline(Baseline added) {
    baseline = added;
  }

  /** What a person should check about the comments. */
  List<Warning> warnings() {
    return warnings;
  }

  /** The comment on the {@code uses:} line of step {@code index} of job {@code jobId}, or null. */
  String usesComment(String jobId, int index) {
    return usesComments.get(List.of("jobs", jobId, "steps", String.valueOf(index)));
  }

  /** The line each node starts on. */
  Lines lines() {
    return lines;
  }

  /** 1-based lines of comments after the last content, which belong to nothing. */
  List<Integer> trailing() {
    return trailing;
  }

  private void scan(String yaml) {
    String[] lines = yaml.split("\r?\n", -1);
    TreeMap<Integer, String> lineComments = new TreeMap<>();
    Map<Integer, String> inline = new HashMap<>();
    Tracker tracker = new Tracker();
    LoadSettings settings = LoadSettings.builder().setParseComments(true).build();
    for (Event e : new Parse(settings).parseString(yaml)) {
      int line = e.getStartMark().map(m -> m.getLine()).orElse(-1);
      int column = e.getStartMark().map(m -> m.getColumn()).orElse(0);
      if (e instanceof CommentEvent comment) {
        if (comment.getCommentType() == org.snakeyaml.engine.v2.comments.CommentType.BLANK_LINE) continue;
        // The parser's comment type is unreliable after a block scalar; the line itself is not.
        boolean ownLine = line >= 0 && line < lines.length && lines[line].substring(0, column).isBlank();
        (ownLine ? lineComments : inline).put(line, comment.getValue());
      } else {
        tracker.accept(e, line);
      }
    }
    tracker.starts.forEach((line, paths) -> paths.forEach(path -> this.lines.add(path, line + 1)));
    tracker.usesLines.forEach((line, step) -> {
      String comment = inline.remove(line);
      if (comment != null && !comment.isBlank()) usesComments.put(step, comment.strip());
    });
    TreeMap<Integer, List<String>> starts = tracker.resolved();
    attach(lines, lineComments, starts);
    // A comment after a value (`timeout-minutes: 10 # minutes`) goes above the code for that value.
    inline.forEach((line, text) -> {
      Map.Entry<Integer, List<String>> owner = starts.floorEntry(line);
      if (owner != null && !text.isBlank()) notes.add(new Note(line + 1, owner.getValue(), text.strip()));
    });
    notes.sort(java.util.Comparator.comparingInt(Note::line));
  }

  /** Gives each comment line to the node that starts on the next content line. */
  private void attach(String[] lines, TreeMap<Integer, String> comments, TreeMap<Integer, List<String>> starts) {
    int firstContent = starts.isEmpty() ? Integer.MAX_VALUE : starts.firstKey();
    List<String> template = Header.lines(Object.class).stream()
        .map(line -> line.replace(Object.class.getName(), "\u0000")).toList();
    int headerLine = 0;
    for (Map.Entry<Integer, String> e : comments.entrySet()) {
      int line = e.getKey();
      String text = e.getValue().startsWith(" ") ? e.getValue().substring(1) : e.getValue();
      int next = line + 1;
      while (next < lines.length && (lines[next].isBlank() || comments.containsKey(next))) next++;
      List<String> owner = line < firstContent ? List.of() : starts.get(next);
      Matcher allowance = ALLOWANCE.matcher(text.strip());
      if (owner == null) {
        trailing.add(line + 1);
      } else if (allowance.matches() && isElement(owner) && PolicyRules.constantFor(allowance.group(1)) != null) {
        allowances.computeIfAbsent(owner, k -> new ArrayList<>())
            .add(new Allowance(allowance.group(1), allowance.group(2).strip()));
      } else if (allowance.matches() && isElement(owner)) {
        warnings.add(new Warning(owner, "'# gha4j allows " + allowance.group(1) + "' names no rule this version of"
            + " gha4j knows, so it suppresses nothing; kept as a comment", line + 1));
        notes.add(new Note(line + 1, owner, text));
      } else if (line < firstContent) {
        // gha4j's own header names the old source class; the new class gets a fresh one.
        if (headerLine < template.size() && matches(template.get(headerLine), text)) headerLine++;
        else header.add(text);
      } else {
        notes.add(new Note(line + 1, owner, text));
      }
    }
  }

  private static boolean isElement(List<String> path) {
    return path.isEmpty() || (path.size() == 2 && path.get(0).equals("jobs"))
        || (path.size() == 4 && path.get(0).equals("jobs") && path.get(2).equals("steps"));
  }

  private static boolean matches(String template, String text) {
    int hole = template.indexOf('\u0000');
    if (hole < 0) return template.equals(text);
    return text.startsWith(template.substring(0, hole)) && text.endsWith(template.substring(hole + 1));
  }

  /**
   * Follows the event stream's nesting: the paths of the nodes starting on each line (a key stands
   * for the value it introduces), and the line of each step's {@code uses:} value.
   */
  private static final class Tracker {
    final TreeMap<Integer, List<List<String>>> starts = new TreeMap<>();
    final Map<Integer, List<String>> usesLines = new HashMap<>();
    private final Deque<Frame> stack = new ArrayDeque<>();

    /** A mapping or sequence being read, at a path of keys and indexes. */
    private static final class Frame {
      final boolean mapping;
      final List<String> path;
      String key;
      boolean expectKey = true;
      int index;

      Frame(boolean mapping, List<String> path) {
        this.mapping = mapping;
        this.path = path;
      }
    }

    void accept(Event e, int line) {
      switch (e.getEventId()) {
        case MappingStart, SequenceStart -> {
          List<String> path = valuePath();
          start(line, path);
          stack.push(new Frame(e.getEventId() == Event.ID.MappingStart, path));
        }
        case MappingEnd, SequenceEnd -> {
          stack.pop();
          valueDone();
        }
        case Scalar, Alias -> {
          Frame top = stack.peek();
          if (top != null && top.mapping && top.expectKey) {
            top.key = e instanceof ScalarEvent s ? s.getValue() : "*";
            top.expectKey = false;
            start(line, valuePath());
            return;
          }
          List<String> path = valuePath();
          start(line, path);
          if (path.size() == 5 && isElement(path.subList(0, 4)) && path.get(4).equals("uses")) {
            usesLines.put(line, path.subList(0, 4));
          }
          valueDone();
        }
        default -> { }
      }
    }

    private void start(int line, List<String> path) {
      starts.computeIfAbsent(line, k -> new ArrayList<>()).add(path);
    }

    /**
     * The node each line is about: the innermost workflow, job or step starting there ({@code - name:
     * x} starts the steps list and a step; {@code   build:} the jobs mapping and a job), else the
     * innermost node.
     */
    TreeMap<Integer, List<String>> resolved() {
      TreeMap<Integer, List<String>> lines = new TreeMap<>();
      starts.forEach((line, paths) -> {
        List<String> best = null;
        for (List<String> p : paths) if (isElement(p) && (best == null || p.size() > best.size())) best = p;
        if (best == null) for (List<String> p : paths) if (best == null || p.size() > best.size()) best = p;
        lines.put(line, best);
      });
      return lines;
    }

    /** The path of the value about to start (or whose key was just read). */
    private List<String> valuePath() {
      Frame top = stack.peek();
      if (top == null) return List.of();
      List<String> path = new ArrayList<>(top.path);
      path.add(top.mapping ? top.key : String.valueOf(top.index));
      return List.copyOf(path);
    }

    private void valueDone() {
      Frame top = stack.peek();
      if (top == null) return;
      if (top.mapping) top.expectKey = true;
      else top.index++;
    }
  }
}
