package dev.gha4j.codegen.manifests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a closed list of values in an input's description, where the description names one
 * unambiguously: {@code Possible values are `low`, `high`.}, {@code Options: ignore, warn, error.},
 * {@code Either "string" or "json"}, or a phrase ending in a colon followed by one item per line
 * ({@code - `none`: ...} or {@code warn: ...}). Anything looser (an item that is prose, a list of
 * one) finds nothing, and the input stays a string.
 */
final class ValueLists {
  private static final String TOKEN = "[A-Za-z0-9][A-Za-z0-9_.+-]*";
  private static final Pattern INTRO = Pattern.compile("(?i)\\b(?:one of|(?:possible|valid|allowed|supported"
      + "|accepted) (?:values|options)(?: are| is)?|(?:available )?options(?: are)?)\\s*(:)?[ \\t]*");
  private static final Pattern EITHER = Pattern.compile("(?i)^\\s*either\\s+");
  // One quoted value and what may stand before it: a comma, "or", "and".
  private static final Pattern QUOTED = Pattern.compile("\\G\\s*(?:,\\s*)?(?:(?:or|and)\\s+)?(['\"`])(" + TOKEN
      + ")\\1(?:\\s*\\(default\\))?");
  private static final Pattern BARE_ITEM =
      Pattern.compile("\\s*(?:(?:or|and)\\s+)?(" + TOKEN + ")(?:\\s*\\(default\\))?\\s*");
  private static final Pattern BLOCK_ITEM = Pattern.compile("(\\s*)(?:[-*]\\s+)?(`?)(" + TOKEN + ")\\2\\s*(?::.*)?");
  private static final Pattern BULLET = Pattern.compile("\\s*[-*]\\s+.*");

  private ValueLists() {}

  /** The values the description lists, in its order; empty unless at least two are listed unambiguously. */
  static Optional<List<String>> find(String description) {
    Matcher either = EITHER.matcher(description);
    if (either.find()) return atLeastTwo(quoted(description, either.end()));
    Matcher intro = INTRO.matcher(description);
    while (intro.find()) {
      int lineEnd = description.indexOf('\n', intro.end());
      String rest = description.substring(intro.end(), lineEnd < 0 ? description.length() : lineEnd);
      List<String> values = rest.isBlank() && intro.group(1) != null && lineEnd >= 0
          ? block(description.substring(lineEnd + 1))
          : inline(description, intro.end(), rest);
      if (values.size() >= 2) return Optional.of(values);
    }
    return Optional.empty();
  }

  private static Optional<List<String>> atLeastTwo(List<String> values) {
    return values.size() >= 2 ? Optional.of(values) : Optional.empty();
  }

  /** {@code 'a', 'b' or 'c'} or {@code [a, b]} or {@code a, b, c.} up to the end of the sentence. */
  private static List<String> inline(String description, int start, String rest) {
    int at = start;
    while (at < description.length() && (description.charAt(at) == '[' || description.charAt(at) == ' ')) at++;
    List<String> quoted = quoted(description, at);
    if (!quoted.isEmpty()) return quoted;
    String sentence = rest.replaceFirst("\\.(\\s.*)?$", "").strip();
    if (sentence.startsWith("[") && sentence.endsWith("]")) sentence = sentence.substring(1, sentence.length() - 1);
    List<String> values = new ArrayList<>();
    for (String item : sentence.split(",|\\s+or\\s+")) {
      Matcher m = BARE_ITEM.matcher(item);
      if (!m.matches()) return List.of();
      values.add(m.group(1));
    }
    return distinct(values);
  }

  private static List<String> quoted(String description, int start) {
    Matcher m = QUOTED.matcher(description);
    List<String> values = new ArrayList<>();
    for (int at = start; m.find(at) && m.start() == at; at = m.end()) values.add(m.group(2));
    return distinct(values);
  }

  /**
   * One item per line after the colon: {@code - `value`: text}, {@code - value}, {@code value: text}.
   * Lines indented deeper than the items continue the item above; a blank line or a line indented
   * less ends the list. A bullet that is not such an item (prose) makes the whole list ambiguous.
   */
  private static List<String> block(String lines) {
    List<String> values = new ArrayList<>();
    int indent = -1;
    for (String line : lines.split("\n", -1)) {
      if (line.isBlank()) {
        if (values.isEmpty()) continue;
        break;
      }
      int depth = line.length() - line.stripLeading().length();
      Matcher item = BLOCK_ITEM.matcher(line);
      boolean bullet = BULLET.matcher(line).matches();
      boolean isItem = item.matches() && (bullet || !item.group(2).isEmpty() || line.strip().contains(":"));
      if (indent >= 0 && depth > indent && !bullet) continue;
      if (bullet && !isItem) return List.of();
      if (!isItem || (indent >= 0 && depth < indent)) break;
      indent = depth;
      values.add(item.group(3));
    }
    return distinct(values);
  }

  private static List<String> distinct(List<String> values) {
    return new LinkedHashSet<>(values).size() == values.size() ? values : List.of();
  }
}
