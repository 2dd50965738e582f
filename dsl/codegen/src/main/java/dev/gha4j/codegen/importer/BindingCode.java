package dev.gha4j.codegen.importer;

import static dev.gha4j.codegen.importer.Literals.string;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.gha4j.codegen.JavaNames;
import dev.gha4j.codegen.Manifest;
import dev.gha4j.codegen.Manifest.Input;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A step as a typed binding, {@code Checkout.of().persistCredentials(false)}, when the binding
 * renders exactly the step's {@code with:}: every input known to the manifest, each value of the
 * input's type, and the keys in the order the binding writes them (its mandatory inputs first).
 * Otherwise the caller falls back to {@code Step.uses(Checkout.REF).with(...)}.
 */
final class BindingCode {
  static final String PACKAGE = "dev.gha4j.actions";

  private final ValueCode values;

  BindingCode(ValueCode values) {
    this.values = values;
  }

  static ClassName type(Manifest m) {
    return ClassName.get(PACKAGE, m.className());
  }

  /** {@code Binding.of(mandatory...)} plus one call per other input, or null when not exact. */
  Typed typed(Step step, Manifest m) {
    List<Input> mandatory = m.mandatoryInputs();
    List<Map.Entry<String, Scalar>> with = List.copyOf(step.with().entrySet());
    if (with.size() < mandatory.size()) return null;
    List<CodeBlock> factoryArgs = new ArrayList<>();
    boolean exprArgument = false;
    for (int i = 0; i < mandatory.size(); i++) {
      Map.Entry<String, Scalar> e = with.get(i);
      if (!e.getKey().equals(mandatory.get(i).name())) return null;
      Argument arg = argument(m, mandatory.get(i), e.getValue(), true);
      if (arg == null) return null;
      exprArgument |= arg.expression();
      factoryArgs.add(arg.code());
    }
    // Bindings with more than two mandatory inputs have no Expr overloads of of(...).
    if (exprArgument && mandatory.size() > 2) return null;
    List<Link> inputs = new ArrayList<>();
    for (Map.Entry<String, Scalar> e : with.subList(mandatory.size(), with.size())) {
      Input input = find(m, e.getKey());
      if (input == null || input.mandatory()) return null;
      Argument arg = argument(m, input, e.getValue(), false);
      if (arg == null) return null;
      inputs.add(Link.at(List.of("with", e.getKey()), "$L($L)", input.javaName(), arg.code()));
    }
    return new Typed(CodeBlock.of("$T.of($L)", type(m), CodeBlock.join(factoryArgs, ", ")), inputs);
  }

  /** The binding's factory call and its input calls. */
  record Typed(CodeBlock start, List<Link> inputs) {}

  private record Argument(CodeBlock code, boolean expression) {}

  private static Input find(Manifest m, String name) {
    for (Input i : m.inputs()) if (i.name().equals(name)) return i;
    return null;
  }

  /** The argument for one input, or null when the binding would render a different value. */
  private Argument argument(Manifest m, Input input, Scalar value, boolean factory) {
    if (value instanceof Scalar.Expression e) {
      CodeBlock nice = values.expressions().required(e.expr());
      return new Argument(nice, true);
    }
    Object v = value instanceof Scalar.Bool b ? (Object) b.value()
        : value instanceof Scalar.Number n ? (Object) n.value() : value.text();
    if (v instanceof String text && exactExpression(text)) {
      CodeBlock nice = values.expressions().value(text);
      if (nice != null) return new Argument(nice, true);
      boolean textInput = input.type() == Manifest.Type.STRING || input.type() == Manifest.Type.MULTILINE
          || input.type() == Manifest.Type.LIST;
      if (!textInput) return new Argument(values.expressions().required(text), true);
    }
    switch (input.type()) {
      case STRING, MULTILINE:
        return v instanceof String s ? new Argument(Literals.text(s), false) : null;
      case BOOLEAN:
        return v instanceof Boolean b ? new Argument(CodeBlock.of("$L", b), false) : null;
      case NUMBER:
        return v instanceof Long l ? new Argument(ValueCode.number(l), false) : null;
      case ENUM:
        if (!(v instanceof String s) || !input.values().contains(s)) return null;
        ClassName type = type(m).nestedClass(JavaNames.pascal(input.javaName()));
        return new Argument(CodeBlock.of("$T.$L", type, JavaNames.constant(s)), false);
      case LIST:
        if (!(v instanceof String s)) return null;
        return new Argument(factory ? Literals.text(s) : listItems(s, input.separator()), false);
      default:
        return null;
    }
  }

  /** {@code "a", "b"} when the text splits cleanly on the separator, else the whole text as one item. */
  private static CodeBlock listItems(String text, String separator) {
    String[] items = text.split(Pattern.quote(separator), -1);
    boolean clean = items.length > 1;
    for (String item : items) clean &= !item.isEmpty() && item.strip().equals(item);
    if (!clean || !String.join(separator, items).equals(text)) return Literals.text(text);
    List<CodeBlock> codes = new ArrayList<>();
    for (String item : items) codes.add(string(item));
    return CodeBlock.join(codes, ", ");
  }

  /** One whole expression written the way gha4j renders it, so the Expr overload is exact. */
  private static boolean exactExpression(String text) {
    var e = Expressions.whole(text);
    return e != null && e.embed().equals(text);
  }
}
