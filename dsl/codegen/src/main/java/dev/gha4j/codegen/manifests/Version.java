package dev.gha4j.codegen.manifests;

import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release tag read as numbers: {@code v1.2.3} or {@code 1.2.3}. Moving tags ({@code v4},
 * {@code v4.1}) and pre-releases ({@code v2.0.0-rc.1}) are not releases: a bump never picks them.
 *
 * @param tag   the tag exactly as the repository spells it
 * @param major the first number
 * @param minor the second number
 * @param patch the third number
 */
public record Version(String tag, int major, int minor, int patch) implements Comparable<Version> {
  private static final Pattern RELEASE = Pattern.compile("v?([0-9]{1,9})\\.([0-9]{1,9})\\.([0-9]{1,9})");
  private static final Pattern MAJOR = Pattern.compile("v?([0-9]{1,9})([.-].*)?");
  // Equal numbers: the tag with the v wins (v1.2.3 over 1.2.3, which some repositories add too).
  private static final Comparator<Version> ORDER = Comparator.comparingInt(Version::major)
      .thenComparingInt(Version::minor).thenComparingInt(Version::patch).thenComparing(Version::tag);

  /**
   * A tag read as a release.
   *
   * @param tag the tag
   * @return the release it names, or empty when it is no release tag
   */
  public static Optional<Version> release(String tag) {
    Matcher m = RELEASE.matcher(tag);
    if (!m.matches()) return Optional.empty();
    return Optional.of(new Version(tag, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3))));
  }

  /**
   * The major version a tag belongs to.
   *
   * @param tag the tag
   * @return 4 for {@code v4}, {@code v4.1} and {@code v4.1.2}; empty for {@code main}
   */
  public static OptionalInt majorOf(String tag) {
    Matcher m = MAJOR.matcher(tag);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  @Override
  public int compareTo(Version other) {
    return ORDER.compare(this, other);
  }
}
