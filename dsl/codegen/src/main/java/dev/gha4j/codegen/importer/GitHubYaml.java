package dev.gha4j.codegen.importer;

import java.io.CharArrayReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.io.IOContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingParser;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads workflow YAML into a Jackson tree the way GitHub reads it.
 *
 * <ul>
 *   <li>Anchors and aliases are expanded (Jackson's anchor-replaying parser). Merge keys
 *       ({@code <<}) are refused: GitHub does not support them.
 *   <li>Plain scalars follow the YAML 1.2 core schema, as GitHub's parser does: {@code True},
 *       {@code FALSE}, {@code ~}, {@code Null}, {@code 0x1F}, {@code 0o17} and {@code +5} are
 *       booleans, nulls and numbers. Jackson alone reads them as text.
 *   <li>A key that appears twice in one mapping is an error, as on GitHub.
 * </ul>
 */
public final class GitHubYaml {
  private static final YAMLMapper MAPPER = YAMLMapper.builder(new CoreSchemaFactory())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private GitHubYaml() {}

  /**
   * Reads a workflow file's text as GitHub would (see the class comment).
   *
   * @param yaml the text of one workflow file
   * @return the document as a tree, aliases expanded and plain scalars typed by the YAML 1.2 core
   *     schema
   * @throws ImportException when GitHub could not read it either: the file is empty, is not YAML,
   *     repeats a key or uses a merge key; {@link ImportException#line()} is where, when known
   */
  public static JsonNode read(String yaml) {
    try {
      JsonNode node = MAPPER.readTree(new StringReader(yaml));
      if (node == null || node.isMissingNode()) throw new ImportException("the file is empty");
      return node;
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw ImportException.atLine(problemLine(e.getOriginalMessage(), line),
          "not valid workflow YAML: " + oneLine(e.getOriginalMessage()));
    }
  }

  /**
   * The parser's message without the lines that point into the text ({@code  in reader, line 3,
   * column 6:} and the excerpt below it), which the line number replaces: one line, for a report.
   */
  private static String oneLine(String message) {
    return message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .collect(java.util.stream.Collectors.joining(": "));
  }

  /** The last position the message names (where the problem is, after the context), else {@code fallback}. */
  private static int problemLine(String message, int fallback) {
    java.util.regex.Matcher m = POSITION.matcher(message);
    int line = fallback;
    while (m.find()) line = Integer.parseInt(m.group(1));
    return line;
  }

  private static final Pattern POSITION = Pattern.compile("line (\\d+), column \\d+");

  /** Jackson's anchor-replaying factory with {@link CoreSchemaParser} as its parser. */
  private static final class CoreSchemaFactory extends YAMLAnchorReplayingFactory {
    private static final long serialVersionUID = 1L;

    CoreSchemaFactory() {
      super(YAMLFactory.builder().build());
    }

    @Override
    protected YAMLAnchorReplayingParser _createParser(ObjectReadContext read, IOContext io, Reader reader) {
      return new CoreSchemaParser(read, io, _getBufferRecycler(), read.getStreamReadFeatures(_streamReadFeatures),
          read.getFormatReadFeatures(_formatReadFeatures), _loadSettings, reader);
    }

    @Override
    protected YAMLAnchorReplayingParser _createParser(ObjectReadContext read, IOContext io, char[] data, int offset,
        int len, boolean recyclable) {
      return _createParser(read, io, new CharArrayReader(data, offset, len));
    }
  }

  /**
   * Rewrites plain scalars that the YAML 1.2 core schema resolves but Jackson does not into the
   * spelling Jackson resolves the same way; refuses merge keys.
   */
  private static final class CoreSchemaParser extends YAMLAnchorReplayingParser {
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
    private static final Pattern PLUS_NUMBER = Pattern.compile("\\+[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?");

    CoreSchemaParser(ObjectReadContext read, IOContext io, tools.jackson.core.util.BufferRecycler recycler,
        int streamFeatures, int formatFeatures, org.snakeyaml.engine.v2.api.LoadSettings settings, Reader reader) {
      // ownsReader = false: what the deprecated seven-argument constructor passed, and YAMLFactory too.
      super(read, io, recycler, streamFeatures, formatFeatures, settings, reader, false);
    }

    @Override
    protected Event filterEvent(Event event) {
      Event filtered = super.filterEvent(event);
      if (!(filtered instanceof ScalarEvent scalar) || scalar.getScalarStyle() != ScalarStyle.PLAIN
          || scalar.getTag().isPresent()) {
        return filtered;
      }
      String value = scalar.getValue();
      if (value.equals("<<")) {
        throw ImportException.atLine(scalar.getStartMark().map(m -> m.getLine() + 1).orElse(0),
            "merge keys ('<<') are not supported by GitHub Actions; repeat the keys or use an alias");
      }
      String canonical = canonical(value);
      if (canonical == null) return filtered;
      return new ScalarEvent(scalar.getAnchor(), Optional.empty(), scalar.getImplicit(), canonical,
          ScalarStyle.PLAIN, scalar.getStartMark(), scalar.getEndMark());
    }

    /** The spelling Jackson resolves to the same value, or null when Jackson already agrees. */
    static String canonical(String plain) {
      switch (plain) {
        case "True", "TRUE": return "true";
        case "False", "FALSE": return "false";
        case "", "~", "Null", "NULL": return "null";
        default: break;
      }
      if (HEX.matcher(plain).matches()) return new java.math.BigInteger(plain.substring(2), 16).toString();
      if (OCTAL.matcher(plain).matches()) return new java.math.BigInteger(plain.substring(2), 8).toString();
      if (PLUS_NUMBER.matcher(plain).matches()) return plain.substring(1);
      return null;
    }
  }
}
