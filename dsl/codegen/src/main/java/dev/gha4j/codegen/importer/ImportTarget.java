package dev.gha4j.codegen.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Where imported classes go: a package directory and its package name. {@code to} is a source root
 * ({@code src/main/java}) or a package directory below a directory named {@code java}, whose path
 * names the package. Below a source root the package is {@code <groupId>.workflows}, the groupId
 * of the nearest {@code pom.xml} above it (its own or its parent's), or {@code workflows} when no
 * pom names one. An explicit package wins.
 *
 * @param dir         the package directory the classes are written to
 * @param packageName their package
 */
record ImportTarget(Path dir, String packageName) {
  /** The package below a source root when no pom names a groupId. */
  static final String DEFAULT_PACKAGE = "workflows";
  private static final String PACKAGE = "[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*";

  /** The target for {@code to} as the user gave it (only its own segments are read for {@code java}). */
  static ImportTarget of(Path to, String explicitPackage) {
    Path given = to.normalize();
    List<String> segments = new ArrayList<>();
    for (Path p : given) segments.add(p.toString());
    int java = segments.lastIndexOf("java");
    boolean packageDir = java >= 0 && java < segments.size() - 1;
    String pkg = explicitPackage != null ? explicitPackage
        : packageDir ? String.join(".", segments.subList(java + 1, segments.size()))
        : projectPackage(given.toAbsolutePath());
    if (!pkg.matches(PACKAGE)) throw new IllegalArgumentException("'" + pkg + "' is not a package name; pass --package");
    Path root = given;
    if (packageDir) for (int i = java + 1; i < segments.size(); i++) root = root.getParent();
    return new ImportTarget(root.resolve(pkg.replace('.', '/')), pkg);
  }

  /** {@code <groupId>.workflows} of the nearest pom above {@code dir}, else {@link #DEFAULT_PACKAGE}. */
  static String projectPackage(Path dir) {
    for (Path at = dir; at != null; at = at.getParent()) {
      Path pom = at.resolve("pom.xml");
      if (Files.isRegularFile(pom)) {
        String groupId = groupId(pom);
        return groupId == null ? DEFAULT_PACKAGE : javaPackage(groupId) + "." + DEFAULT_PACKAGE;
      }
    }
    return DEFAULT_PACKAGE;
  }

  /** {@code project/groupId}, else {@code project/parent/groupId}; null when the pom has neither or cannot be read. */
  private static String groupId(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
      String own = child(project, "groupId");
      if (own != null) return own;
      for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element parent && parent.getTagName().equals("parent")) return child(parent, "groupId");
      }
      return null;
    } catch (ParserConfigurationException | SAXException | IOException e) {
      return null;
    }
  }

  private static String child(Element element, String name) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        String text = e.getTextContent().strip();
        return text.isEmpty() || text.contains("${") ? null : text;
      }
    }
    return null;
  }

  /** A groupId as a package: each part lower-cased, other characters as {@code _}, keywords suffixed. */
  static String javaPackage(String groupId) {
    List<String> parts = new ArrayList<>();
    for (String part : groupId.toLowerCase(Locale.ROOT).split("\\.")) {
      String p = part.replaceAll("[^a-z0-9_]", "_");
      if (p.isEmpty() || Character.isDigit(p.charAt(0))) p = "_" + p;
      if (SourceVersion.isKeyword(p)) p = p + "_";
      parts.add(p);
    }
    return String.join(".", parts);
  }
}
