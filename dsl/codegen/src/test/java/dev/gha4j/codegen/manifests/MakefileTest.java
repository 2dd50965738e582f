package dev.gha4j.codegen.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.codegen.RepositoryFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The make targets are thin wrappers: {@code make -n} shows the Maven command each runs, and the
 * {@code actions} profile of gha4j-codegen's pom turns its properties into the command's options.
 * Both steps together must hand every make variable to {@link ActionsCommand} unchanged.
 */
class MakefileTest {
  private static final Pattern PROPERTY = Pattern.compile("-D([\\w.]+)=(?:\"([^\"]*)\"|(\\S*))");

  /** The options {@link ActionsCommand} receives for {@code make <args>}. */
  private static ActionsCommand.Options optionsOf(String... makeArgs) throws Exception {
    List<String> command = new ArrayList<>(List.of("make", "-s", "-n", "-C", RepositoryFiles.root().toString()));
    command.addAll(List.of(makeArgs));
    Process make = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(make.waitFor()).as(printed).isZero();
    String mvn = printed.lines().filter(l -> l.contains("-Pactions")).findFirst().orElseThrow();
    assertThat(mvn).contains("-pl dsl/codegen -am process-classes");
    Map<String, String> properties = profileProperties();
    Matcher m = PROPERTY.matcher(mvn);
    while (m.find()) properties.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
    List<String> args = new ArrayList<>();
    for (String argument : profileArguments()) args.add(substitute(argument, properties));
    return ActionsCommand.Options.parse(args.toArray(String[]::new));
  }

  /** Maven's property interpolation, nested values included ({@code ${actions.root}} names another property). */
  private static String substitute(String text, Map<String, String> properties) {
    String before;
    String after = text;
    do {
      before = after;
      Matcher m = Pattern.compile("\\$\\{([\\w.]+)}").matcher(before);
      StringBuilder out = new StringBuilder();
      while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
      after = m.appendTail(out).toString();
    } while (!after.equals(before));
    return after;
  }

  private static Document pom() throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(RepositoryFiles.root().resolve("dsl/codegen/pom.xml").toFile());
  }

  private static Map<String, String> profileProperties() throws Exception {
    XPath xpath = XPathFactory.newInstance().newXPath();
    NodeList nodes = (NodeList) xpath.evaluate("//*[local-name()='profile'][*[local-name()='id']='actions']"
        + "/*[local-name()='properties']/*", pom(), XPathConstants.NODESET);
    Map<String, String> properties = new HashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      properties.put(nodes.item(i).getNodeName(), nodes.item(i).getTextContent().strip());
    }
    properties.put("maven.multiModuleProjectDirectory", RepositoryFiles.root().toString());
    return properties;
  }

  private static List<String> profileArguments() throws Exception {
    XPath xpath = XPathFactory.newInstance().newXPath();
    NodeList nodes = (NodeList) xpath.evaluate("//*[local-name()='profile'][*[local-name()='id']='actions']"
        + "//*[local-name()='argument']", pom(), XPathConstants.NODESET);
    List<String> arguments = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) arguments.add(nodes.item(i).getTextContent().strip());
    return arguments;
  }

  @Test
  void makeActionPassesUsesClassAndGitHostThrough() throws Exception {
    ActionsCommand.Options o = optionsOf("action", "USES=acme/hello@v1.0.0", "CLASS=Greeter",
        "GIT_HOST=file:///srv/git");

    assertThat(o.command()).isEqualTo("add");
    assertThat(o.values()).containsEntry("uses", "acme/hello@v1.0.0").containsEntry("class", "Greeter")
        .containsEntry("git-host", "file:///srv/git").doesNotContainKeys("action", "to")
        .containsEntry("manifests", RepositoryFiles.root() + "/dsl/actions/src/main/actions");
  }

  @Test
  void makeActionsBumpPassesActionAndToAndTheOthersTheirCommand() throws Exception {
    ActionsCommand.Options bump = optionsOf("actions-bump", "ACTION=acme/hello", "TO=v1.1.0");

    assertThat(bump.command()).isEqualTo("bump");
    assertThat(bump.values()).containsEntry("action", "acme/hello").containsEntry("to", "v1.1.0")
        .containsEntry("git-host", GitHost.GITHUB).doesNotContainKey("uses");
    assertThat(optionsOf("actions-bump").values()).doesNotContainKeys("action", "to");
    assertThat(optionsOf("actions-outdated").command()).isEqualTo("outdated");
    assertThat(optionsOf("adopt-bumps").values())
        .containsEntry("workflows", RepositoryFiles.root() + "/generated/.github/workflows");
  }

  @Test
  void makeActionWithoutUsesSaysHow() throws IOException, InterruptedException {
    Process make = new ProcessBuilder("make", "-s", "-C", RepositoryFiles.root().toString(), "action")
        .redirectErrorStream(true).start();
    String printed = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(make.waitFor()).isNotZero();
    assertThat(printed).contains("usage: make action USES=owner/repo[/path]@vX.Y.Z");
  }
}
