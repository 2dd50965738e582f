package dev.gha4j.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code dev.gha4j.actions.KnownActions}: the input names of every bound action, by
 * {@code owner/repo[/path]}, so that checks can read a manifest's inputs at run time without the
 * manifests (a step that uses a bound action by its ref, not by its binding, is checked the same).
 */
final class CatalogWriter {
  static final String CLASS = "KnownActions";

  private CatalogWriter() {}

  static JavaFile write(Catalog catalog) {
    ClassName strings = ClassName.get(List.class);
    var listOfString = ParameterizedTypeName.get(strings, ActionClassWriter.STRING);
    var map = ParameterizedTypeName.get(ClassName.get(Map.class), ActionClassWriter.STRING, listOfString);
    CodeBlock.Builder entries = CodeBlock.builder().add("$T.ofEntries(", Map.class).indent();
    for (int i = 0; i < catalog.actions().size(); i++) {
      Manifest m = catalog.actions().get(i);
      CodeBlock names = m.inputs().stream().map(in -> CodeBlock.of("$S", in.name()))
          .collect(CodeBlock.joining(", "));
      entries.add("\n$T.entry($S, $T.of($L))$L", Map.class, m.action(), List.class, names,
          i < catalog.actions().size() - 1 ? "," : "");
    }
    entries.unindent().add(")");
    TypeSpec type = TypeSpec.classBuilder(CLASS)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The inputs of every action with a binding in this package, by {@code owner/repo[/path]}.\n"
            + "Generated from the manifests by gha4j-codegen; do not edit.\n")
        .addField(FieldSpec.builder(map, "INPUTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(entries.build()).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("inputs")
            .addJavadoc("The input names of {@code action} ({@code owner/repo[/path]}, as written before {@code @}), or"
                + " null when no binding exists for it.\n\n@param action the action\n@return its input names\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(listOfString)
            .addParameter(ActionClassWriter.STRING, "action")
            .addStatement("return INPUTS.get(action)")
            .build())
        .build();
    return JavaFile.builder(ActionClassWriter.PACKAGE, type).skipJavaLangImports(true).build();
  }
}
