package dev.gha4j.generator;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;

/**
 * What other source files can see of a type, as text: everything javac uses when it compiles
 * code that refers to the type (kind, modifiers, supertypes, type parameters, annotations, and
 * every non-private member's signature, constant value and default), and nothing it does not
 * (method bodies, private members). If an edit leaves this text the same, the classes compiled
 * from the other files against the old version are exactly what they would be against the new
 * one, so only the edited file needs compiling. Constants matter most: javac copies a
 * {@code static final} String or number into every class that uses it.
 */
final class Abi {
  private Abi() {}

  static String of(TypeElement type) {
    StringBuilder out = new StringBuilder();
    append(out, type);
    return out.toString();
  }

  private static void append(StringBuilder out, TypeElement type) {
    out.append(type.getKind()).append(' ').append(type.getModifiers()).append(' ').append(type.getQualifiedName())
        .append(" extends ").append(type.getSuperclass())
        .append(" implements ").append(type.getInterfaces())
        .append(" permits ").append(type.getPermittedSubclasses())
        .append(" annotated ").append(type.getAnnotationMirrors());
    typeParameters(out, type.getTypeParameters());
    out.append(" {\n");
    List<String> members = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getModifiers().contains(Modifier.PRIVATE)) continue;
      StringBuilder m = new StringBuilder();
      if (member instanceof TypeElement nested) append(m, nested);
      else member(m, member);
      members.add(m.toString());
    }
    members.sort(null); // member order does not change how other files compile
    for (String m : members) out.append("  ").append(m).append('\n');
    out.append("}\n");
  }

  private static void member(StringBuilder out, Element member) {
    out.append(member.getKind()).append(' ').append(member.getModifiers()).append(' ')
        .append(member.getSimpleName()).append(' ').append(member.asType())
        .append(" annotated ").append(member.getAnnotationMirrors());
    if (member instanceof VariableElement field && field.getConstantValue() != null) {
      // Quoted with its type, so "1" and 1 differ.
      Object value = field.getConstantValue();
      out.append(" = ").append(value.getClass().getSimpleName()).append(':').append(escape(value.toString()));
    }
    if (member instanceof ExecutableElement method) {
      typeParameters(out, method.getTypeParameters());
      out.append(" throws ").append(method.getThrownTypes()).append(" varargs ").append(method.isVarArgs());
      if (method.getDefaultValue() != null) out.append(" default ").append(method.getDefaultValue());
    }
  }

  private static void typeParameters(StringBuilder out, List<? extends TypeParameterElement> parameters) {
    for (TypeParameterElement p : parameters) {
      out.append(" <").append(p).append(" : ").append(p.getBounds()).append('>');
    }
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }
}
