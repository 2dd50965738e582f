package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/** Text literals and text blocks mean exactly the text they were made from, as javac reads them. */
class LiteralsTest {
  static final List<String> TRICKY = List.of(
      "", "plain", "line\n", "a\nb", "a\nb\n", "a\nb\n\n", "\n\nstarts with blank lines\n",
      "  indented\n    more\n", "trailing spaces   \nnext\n", "   \nonly spaces above\n", "tab\there\n\tlead\n",
      "back\\slash \\n not a newline\n", "ends with a backslash \\\nnext\n", "quote \" and \"\" and \"\"\"\n",
      "four \"\"\"\" quotes\nend\n", "ends with a quote\nhere\"", "ends with quotes\n\"\"", "cr\r\nlf\n",
      "control \u0001 \u001b[31m\n", "unicode é ✓ \uD83D\uDE80\n\u2028 line separator\n", "$ {{ }} ${{ github.sha }}\n",
      "// not a comment\n/* nor this */\n", "one line with \u2028 and \u0085 and \u2029", "\\\u2028", "\\u0041 is not an escape here\n", "no newline at end\nsecond line  ");

  @Test
  void trickyTextSurvivesJavac() {
    assertThat(compiledValues(TRICKY)).containsExactlyElementsOf(TRICKY);
  }

  @Test
  void randomTextSurvivesJavac() {
    Random random = new Random(20260917);
    String alphabet = "ab \t\n\"\\$'{}\r\u0007é#";
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(40);
      for (int j = 0; j < length; j++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      if (i % 3 == 0) s.append('\n');
      values.add(s.toString());
    }

    assertThat(compiledValues(values)).containsExactlyElementsOf(values);
  }

  @Test
  void severalLinesBecomeATextBlockOneLineAStringLiteral() {
    assertThat(Literals.text("echo hi").toString()).isEqualTo("\"echo hi\"");
    assertThat(Literals.text("echo hi\n").toString()).isEqualTo("\"echo hi\\n\"");
    assertThat(Literals.textBlock("a\n  b  \n")).isEqualTo("\"\"\"\na\n  b \\s\n\"\"\"");
    assertThat(Literals.textBlock("say \"\"\"hi\"\"\"")).isEqualTo("\"\"\"\nsay \\\"\\\"\\\"hi\\\"\\\"\\\"\"\"\"");
  }

  @Test
  void aLineCommentStaysOneLineAndHidesUnicodeEscapes() {
    assertThat(Literals.lineComment("a\nb \\u000A c")).isEqualTo("// a b \\\\u000A c");
    assertThat(Literals.lineComment("")).isEqualTo("//");
  }

  /** Compiles {@code List.of(<literal>, ...)} nested as deep as a step chain and returns its values. */
  @SuppressWarnings("unchecked")
  static List<String> compiledValues(List<String> values) {
    List<CodeBlock> literals = values.stream().map(Literals::text).toList();
    CodeBlock list = CodeBlock.of("$T.of$L", List.class, Layout.args(literals));
    TypeSpec type = TypeSpec.classBuilder("Texts")
        .addModifiers(Modifier.PUBLIC)
        .addMethod(MethodSpec.methodBuilder("values")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)))
            .addStatement("return $L", list)
            .build())
        .build();
    String source = JavaFile.builder("literals", type).build().toString();
    Javac javac = Javac.into(List.of());
    Map<String, List<String>> errors = javac.compile(Map.of("literals/Texts.java", source));
    assertThat(errors).as(source).isEmpty();
    try {
      return (List<String>) javac.loader().loadClass("literals.Texts").getMethod("values").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
