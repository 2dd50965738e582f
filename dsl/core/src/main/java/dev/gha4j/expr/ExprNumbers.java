package dev.gha4j.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text to number and number to text, as GitHub's runner converts them
 * ({@code ExpressionUtility.ParseNumber} and the {@code G15} number format). The lexer reads
 * number literals with the same rule, so {@code 0x1F}, {@code .5}, {@code 1e3} and
 * {@code -Infinity} are literals and {@code -0xFF} is not.
 */
public final class ExprNumbers {
  private ExprNumbers() {}

  // .NET's Double.TryParse with AllowLeadingSign | AllowDecimalPoint | AllowExponent (ASCII digits).
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INFINITY = Pattern.compile("[+-]?Infinity");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");

  /**
   * A string as a number: surrounding white space ignored, empty is 0, decimal and exponent forms
   * with an optional sign, {@code Infinity}, {@code 0x} hexadecimal and {@code 0o} octal within
   * 32-bit range (no sign); anything else is NaN.
   *
   * @param text a string GitHub converts to a number, e.g. for {@code ==} against a number
   * @return the number, or {@link Double#NaN} when it is not one
   */
  public static double parse(String text) {
    String s = strip(text);
    if (s.isEmpty()) return 0;
    if (DECIMAL.matcher(s).matches()) return Double.parseDouble(s);
    if (INFINITY.matcher(s).matches()) return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    try {
      // Int32 with AllowHexSpecifier reads 8 hex digits as two's complement: 0xFFFFFFFF is -1.
      if (HEX.matcher(s).matches()) return Integer.parseUnsignedInt(s.substring(2), 16);
      if (OCTAL.matcher(s).matches()) return Integer.parseInt(s.substring(2), 8);
    } catch (NumberFormatException e) {
      return Double.NaN; // beyond 32 bits, as Int32.TryParse
    }
    return Double.NaN;
  }

  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && ExprLexer.isWhitespace(s.charAt(start))) start++;
    while (end > start && ExprLexer.isWhitespace(s.charAt(end - 1))) end--;
    return s.substring(start, end);
  }

  /**
   * A number as GitHub prints it: .NET's {@code G15} format (15 significant digits, no trailing
   * zeros, exponent form {@code 1E+15} from 15 integer digits on, or from {@code 1E-05} down),
   * {@code NaN}, {@code Infinity}, {@code -Infinity}.
   *
   * @param d any number
   * @return the text GitHub converts it to, e.g. in {@code format()} or a string comparison
   */
  public static String format(double d) {
    if (Double.isNaN(d)) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
    if (d == 0) return "0";
    BigDecimal rounded = new BigDecimal(d).round(new MathContext(15)).stripTrailingZeros();
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent >= 15 || exponent <= -5) {
      BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
      String sign = exponent < 0 ? "-" : "+";
      return mantissa.toPlainString() + "E" + sign + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }
    return rounded.toPlainString();
  }
}
