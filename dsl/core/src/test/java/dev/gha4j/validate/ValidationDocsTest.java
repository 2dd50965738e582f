package dev.gha4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/validation.md lists every check, with whom it agrees as the code says. */
class ValidationDocsTest {
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (GitHub|actionlint|neither) \\|");

  @Test
  void everyCheckIsDocumentedWithWhomItAgrees() throws IOException {
    String docs = Files.readString(GitHubTools.repositoryRoot().resolve("docs/validation.md"));
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher m = ROW.matcher(docs);
    while (m.find()) documented.put(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
    Map<String, String> code = Arrays.stream(Check.values()).collect(Collectors.toMap(Check::id,
        c -> c.agrees().name().toLowerCase(Locale.ROOT), (a, b) -> a, LinkedHashMap::new));
    assertThat(documented).isEqualTo(code);
  }

  @Test
  void everyStricterCheckSaysWhy() throws IOException {
    String docs = Files.readString(GitHubTools.repositoryRoot().resolve("docs/validation.md"));
    String why = docs.substring(docs.indexOf("## Deliberately stricter"), docs.indexOf("## Keeping the data current"));
    for (Check c : Check.values()) {
      if (c.agrees() == Check.Agrees.NEITHER) assertThat(why).as(c.id()).contains("`" + c.id() + "`");
    }
  }
}
