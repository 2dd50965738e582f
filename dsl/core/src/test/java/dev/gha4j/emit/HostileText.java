package dev.gha4j.emit;

import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generates text that YAML finds hard to carry: reserved words in any case, numbers and dates as
 * text, indicators first, {@code ": "} and {@code " #"} inside, leading and trailing blanks, every
 * kind of line break, control characters, BOM, surrogate pairs and {@code ${{ }}} fragments.
 * Never a lone surrogate (see {@link #withLoneSurrogate()} for that).
 *
 * <p>Choices are drawn so that QuickTheories shrinks towards short, plain text: the first entry of
 * each table is the simplest.
 */
final class HostileText {
  private HostileText() {}

  private static final String[] WORDS = {
      "yes", "no", "on", "off", "y", "n", "null", "~", "true", "false", "<<", "=", "nan", "inf"};
  private static final String[] NUMBERS = {
      "1", "0x1F", "1e3", ".5", "0o17", "1_000", "12:30", "2001-12-14", "-1", "+1", "1.", "-.inf", ".NaN",
      "0b101", "1,000", "190:20:30.15", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
      "0777", "1e-3", "6.8523015e+5", "3.11", "0.", "+.5", "1__0", "0x", "-0"};
  private static final String[] INDICATORS = {
      "-", "*", "&", "!", "|", ">", "%", "@", "`", "#", "?", ":", ",", "[", "]", "{", "}", "'", "\"",
      "---", "...", "{}", "[]", "- ", "? ", ": ", " #", "|-", ">+", "\\", "!!str ", "&a *a", "%YAML 1.2"};
  private static final String[] BLANKS = {
      " ", "\t", "\n", "\r", "\r\n", "\n\n", " \n", "\n ", "\n\t", "\u0085", "\u2028", "\u2029", "\ufeff",
      "\u00a0", "\u3000", "\u200b"};
  private static final String[] EXPRESSIONS = {
      "${{ github.sha }}", "${{ secrets.TOKEN }}", "${{", "}}", "${{ 'a}}b' }}", "$", "${{ x }}: y",
      "${{ github.event.pull_request.title }}", "${{ }}", "$${{ a }}"};

  /** Text of the kinds above, as a QuickTheories generator. */
  static Gen<String> strings() {
    return ((Gen<String>) HostileText::generate).describedAs(HostileText::show);
  }

  /** Text with exactly one lone surrogate somewhere between its code points. */
  static Gen<String> withLoneSurrogate() {
    return ((Gen<String>) in -> {
      String base = generate(in);
      int points = base.codePointCount(0, base.length());
      int at = base.offsetByCodePoints(0, (int) in.next(Constraint.between(0, points)));
      boolean high = in.next(Constraint.between(0, 1)) == 0;
      char lone = (char) (high ? in.next(Constraint.between(0xD800, 0xDBFF)) : in.next(Constraint.between(0xDC00, 0xDFFF)));
      // At a code point boundary, the neighbours are never the other half of a pair.
      return base.substring(0, at) + lone + base.substring(at);
    }).describedAs(HostileText::show);
  }

  static String generate(RandomnessSource in) {
    switch ((int) in.next(Constraint.between(0, 9))) {
      case 0:
        return cased(in, pick(in, WORDS));
      case 1:
        return pad(in, cased(in, pick(in, WORDS)));
      case 2:
        return pad(in, pick(in, NUMBERS));
      default: {
        StringBuilder text = new StringBuilder();
        int pieces = (int) in.next(Constraint.between(0, 8));
        for (int i = 0; i < pieces; i++) text.append(piece(in));
        return text.toString();
      }
    }
  }

  private static String piece(RandomnessSource in) {
    switch ((int) in.next(Constraint.between(0, 9))) {
      case 0: return word(in);
      case 1: return cased(in, pick(in, WORDS));
      case 2: return pick(in, NUMBERS);
      case 3: return pick(in, INDICATORS);
      case 4: return pick(in, BLANKS);
      case 5: return control(in);
      case 6: return supplementary(in);
      case 7: return pick(in, EXPRESSIONS);
      case 8: return String.valueOf(bmp(in));
      default: return " " + word(in) + " ";
    }
  }

  private static String word(RandomnessSource in) {
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./";
    int length = (int) in.next(Constraint.between(1, 6));
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < length; i++) w.append(letters.charAt((int) in.next(Constraint.between(0, letters.length() - 1))));
    return w.toString();
  }

  // U+0000-U+001F, U+007F-U+009F: the C0 and C1 control characters, NEL among them.
  private static String control(RandomnessSource in) {
    int c = (int) in.next(Constraint.between(0, 0x20 + 0x20));
    return String.valueOf((char) (c < 0x20 ? c : 0x7F + (c - 0x20)));
  }

  // Emoji half the time, else anywhere above the BMP.
  private static String supplementary(RandomnessSource in) {
    boolean emoji = in.next(Constraint.between(0, 1)) == 0;
    int cp = (int) (emoji ? in.next(Constraint.between(0x1F600, 0x1F64F)) : in.next(Constraint.between(0x10000, 0x10FFFF)));
    return new String(Character.toChars(cp));
  }

  // A BMP character that is not a surrogate, including U+FFFE and U+FFFF.
  private static char bmp(RandomnessSource in) {
    int c = (int) in.next(Constraint.between(0xA0, 0xFFFF - 0x800));
    return (char) (c < 0xD800 ? c : c + 0x800);
  }

  private static String cased(RandomnessSource in, String word) {
    StringBuilder out = new StringBuilder();
    for (char c : word.toCharArray()) {
      out.append(in.next(Constraint.between(0, 1)) == 0 ? c : Character.toUpperCase(c));
    }
    return out.toString();
  }

  private static String pad(RandomnessSource in, String text) {
    String[] pads = {"", " ", "\t", "  "};
    return pick(in, pads) + text + pick(in, pads);
  }

  private static String pick(RandomnessSource in, String[] table) {
    return table[(int) in.next(Constraint.between(0, table.length - 1))];
  }

  /** The text in double quotes with everything outside printable ASCII as a Java escape. */
  static String show(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c >= 0x20 && c < 0x7F) out.append(c);
      else out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
    }
    return out.append('"').toString();
  }
}
