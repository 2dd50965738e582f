import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Re-vendors zizmor's integration-test workflows and the findings its inline insta snapshots
 * expect, for gha4j's ZizmorCoverageTest. Run from the repository root with a checkout of
 * zizmorcore/zizmor:
 *
 * <pre>java tools/zizmor-vendor/VendorZizmor.java /path/to/zizmor dsl/codegen/src/test/resources/zizmor</pre>
 *
 * <p>Each {@code zizmor()...run()?} call in {@code crates/zizmor/tests/integration/audit/*.rs}
 * with one input file and its inline snapshot is read; its settings are {@code default} (no
 * arguments, no config file, offline), or the persona it asks for, or {@code config}/{@code online}/
 * {@code fix}. Every {@code level[audit]: title --> @@INPUT@@:LINE:COL} of the snapshot is one
 * expected finding. A finding seen under several settings keeps the most default one.
 */
public final class VendorZizmor {
  private static final Pattern CALL = Pattern.compile("zizmor\\(\\)(.*?)\\.run\\(\\)\\?,?\\s*(@r?#*\"(.*?)\"#*)?\\s*\\)",
      Pattern.DOTALL);
  private static final Pattern INPUT = Pattern.compile("input_under_test\\(\\s*\"([^\"]+)\"");
  private static final Pattern FINDING = Pattern.compile(
      "^\\s*(?:error|warning|help|info|note)\\[([a-z0-9-]+)\\]: .*\\n\\s*--> @@INPUT@@:(\\d+):(\\d+)", Pattern.MULTILINE);
  private static final List<String> ORDER = List.of("default", "pedantic", "auditor", "config", "online", "fix");

  public static void main(String[] args) throws IOException {
    Path zizmor = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path tests = zizmor.resolve("crates/zizmor/tests/integration");
    Map<String, String> findings = new TreeMap<>();
    try (Stream<Path> files = Files.list(tests.resolve("audit"))) {
      for (Path rs : files.filter(p -> p.toString().endsWith(".rs")).sorted().toList()) {
        for (String test : Files.readString(rs).split("\\n}\\n")) read(test, findings);
      }
    }
    List<String> rows = new ArrayList<>();
    rows.add("# audit\tfile\tline\tcolumn\tsettings");
    findings.forEach((key, settings) -> rows.add(key + "\t" + settings));
    Files.createDirectories(out);
    Files.write(out.resolve("expected-findings.tsv"), rows);
    for (String row : rows.subList(1, rows.size())) {
      String file = row.split("\t")[1];
      Path target = out.resolve("workflows").resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(tests.resolve("test-data").resolve(file), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    System.out.println((rows.size() - 1) + " expected findings written to " + out);
  }

  private static void read(String test, Map<String, String> findings) {
    boolean online = test.contains("gh-token-tests");
    Matcher call = CALL.matcher(test);
    while (call.find()) {
      String chain = call.group(1);
      List<String> inputs = new ArrayList<>();
      for (Matcher m = INPUT.matcher(chain); m.find(); ) inputs.add(m.group(1));
      if (inputs.size() != 1 || call.group(3) == null) continue;
      String settings = settings(chain, online);
      for (Matcher f = FINDING.matcher(call.group(3)); f.find(); ) {
        String key = f.group(1) + "\t" + inputs.get(0) + "\t" + f.group(2) + "\t" + f.group(3);
        findings.merge(key, settings, (a, b) -> ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b);
      }
    }
  }

  private static String settings(String chain, boolean online) {
    if (chain.contains("--fix")) return "fix";
    if (online || chain.contains("AssertOnline")) return "online";
    if (chain.contains(".config(")) return "config";
    if (chain.contains("--persona=auditor")) return "auditor";
    if (chain.contains("--persona=pedantic") || chain.contains("--pedantic")) return "pedantic";
    return "default";
  }
}
