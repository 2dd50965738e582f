package dev.gha4j.emit;

import java.io.Writer;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Jackson's YAML factory with one change: a multi-line string that a literal block cannot carry
 * safely is written double-quoted instead of as a {@code |} block (see
 * {@link GitHubQuoting#fitsLiteralBlock}).
 *
 * <p>Why a factory: with {@code MINIMIZE_QUOTES}, Jackson asks for a literal block for every string
 * with a line feed and never consults the quoting checker. SnakeYAML's emitter then writes NEL
 * (U+0085), LS, PS and BOM raw into the block, and its reader (like any YAML 1.1 reader) takes a
 * NEL at the start of a line for a line break: "a", line feed, NEL came back as just "a".
 * Escaping such characters inside double quotes round-trips under every reader and keeps
 * invisible characters visible in review.
 *
 * <p>Why an override: Jackson (3.3.0) has no public hook for this choice ({@code writeString}
 * picks the literal style for any string with a line feed before the quoting checker is asked),
 * so the two protected methods below are overridden. An upgrade that renames them fails to
 * compile ({@code @Override}); one that stops routing strings through {@code _writeScalar} fails
 * {@code GitHubQuotingTest.multiLineTextALiteralBlockCannotCarryIsDoubleQuoted}, which pins the
 * behaviour on the Jackson version the build uses.
 */
final class GitHubYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  GitHubYamlFactory(YAMLFactory configured) {
    super(configured);
  }

  @Override
  public YAMLFactory copy() {
    return new GitHubYamlFactory(this);
  }

  @Override
  protected YAMLGenerator _createGenerator(ObjectWriteContext writeCtxt, IOContext ioCtxt, Writer out) {
    return new Generator(writeCtxt, ioCtxt, writeCtxt.getStreamWriteFeatures(_streamWriteFeatures),
        writeCtxt.getFormatWriteFeatures(_formatWriteFeatures), _quotingChecker, out, _version, _dumpSettings);
  }

  /** Falls back from a literal block to double quotes when {@link GitHubQuoting#fitsLiteralBlock} says so. */
  private static final class Generator extends YAMLGenerator {
    Generator(ObjectWriteContext writeCtxt, IOContext ioCtxt, int streamFeatures, int formatFeatures,
        tools.jackson.dataformat.yaml.util.StringQuotingChecker checker, Writer out,
        org.snakeyaml.engine.v2.common.SpecVersion version, org.snakeyaml.engine.v2.api.DumpSettings settings) {
      super(writeCtxt, ioCtxt, streamFeatures, formatFeatures, checker, out, version, settings);
    }

    @Override
    protected void _writeScalar(String value, String type, ScalarStyle style) {
      boolean literal = style == ScalarStyle.LITERAL && "string".equals(type);
      super._writeScalar(value, type,
          literal && !GitHubQuoting.fitsLiteralBlock(value) ? ScalarStyle.DOUBLE_QUOTED : style);
    }
  }
}
