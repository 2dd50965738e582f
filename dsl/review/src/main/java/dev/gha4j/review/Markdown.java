package dev.gha4j.review;

/** Workflow text placed safely in Markdown: it can neither format, link nor end the span it is in. */
final class Markdown {
  private Markdown() {}

  /**
   * Text outside code (a heading): every ASCII punctuation character backslash-escaped, as
   * CommonMark allows; line breaks become spaces.
   */
  static String text(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') out.append(' ');
      else if (c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0) out.append('\\').append(c);
      else out.append(c);
    }
    return out.toString();
  }

  /**
   * A code span of {@code text}: fenced by one more backtick than the longest run inside it, with a
   * space inside the fences when the text starts or ends with a backtick; line breaks become spaces.
   */
  static String code(String text) {
    String flat = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    int longest = 0;
    int run = 0;
    for (int i = 0; i < flat.length(); i++) {
      run = flat.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = flat.startsWith("`") || flat.endsWith("`");
    return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
  }
}
