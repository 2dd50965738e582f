package dev.gha4j.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Safe Mermaid flowchart syntax: node ids that no job id can break, and quoted labels whose
 * text can never end the label, inject HTML or start Mermaid syntax.
 */
final class Mermaid {
  private Mermaid() {}

  /**
   * A node id per job id, in order: {@code job_} (so no id is a Mermaid keyword such as
   * {@code end}, nor starts with the {@code o}/{@code x} of an arrow head) and the job id with
   * every character other than an ASCII letter, digit or {@code _} replaced by {@code _};
   * {@code _2}, {@code _3}, … when two job ids would meet ({@code a-b}, {@code a_b}).
   */
  static Map<String, String> nodeIds(List<String> jobIds) {
    Map<String, String> ids = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (String jobId : jobIds) {
      if (ids.containsKey(jobId)) continue;
      StringBuilder id = new StringBuilder("job_");
      for (char c : jobId.toCharArray()) id.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
      String candidate = id.toString();
      for (int n = 2; !used.add(candidate); n++) candidate = id + "_" + n;
      ids.put(jobId, candidate);
    }
    return ids;
  }

  /** A quoted label of {@code lines}, each escaped, joined by line breaks: {@code "Build<br/>build-image"}. */
  static String label(List<String> lines) {
    List<String> escaped = new ArrayList<>();
    for (String line : lines) escaped.add(escape(line));
    return '"' + String.join("<br/>", escaped) + '"';
  }

  /**
   * Text for inside a quoted label: Mermaid's entity codes for {@code #} (which starts them),
   * {@code "} (which would end the label), {@code < > &} (HTML in labels), {@code `} (which starts
   * a Markdown label) and {@code %} (which starts a directive); line breaks become spaces.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '#' -> out.append("#35;");
        case '"' -> out.append("#quot;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '&' -> out.append("#amp;");
        case '`' -> out.append("#96;");
        case '%' -> out.append("#37;");
        case '\n', '\r', '\t', '\u2028', '\u2029' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
