package dev.gha4j.codegen.importer;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Line breaking for fluent chains and argument lists, the way a person formats them: short ones
 * on one line, long ones with one call (or argument) per line, four spaces deeper. JavaPoet indents
 * the continuation of a statement by itself; nested breaks use {@code $>}/{@code $<}.
 */
final class Layout {
  /** Width of code on one line before a chain or argument list breaks. */
  static final int WIDTH = 90;
  private static final Pattern PACKAGE = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])");

  private Layout() {}

  /** A chain: {@code start.a().b()}, broken before each call when too long, commented or asked. */
  static CodeBlock chain(CodeBlock start, List<Link> links, boolean alwaysBreak, boolean nested) {
    List<CodeBlock> calls = links.stream().map(Link::call).toList();
    boolean commented = links.stream().anyMatch(l -> !l.comments().isEmpty());
    boolean oneLine = !alwaysBreak && !commented && fits(start, calls, 0);
    CodeBlock.Builder b = CodeBlock.builder().add(start);
    if (oneLine || calls.isEmpty()) {
      for (CodeBlock call : calls) b.add(".$L", call);
      return b.build();
    }
    if (nested) b.add("$>$>");
    for (Link link : links) {
      for (String comment : link.comments()) b.add("\n$L", Literals.lineComment(comment));
      b.add("\n.$L", link.call());
    }
    if (nested) b.add("$<$<");
    return b.build();
  }

  /** {@code (a, b)} on one line, or each argument on its own line when too long. */
  static CodeBlock args(List<CodeBlock> args) {
    if (args.isEmpty()) return CodeBlock.of("()");
    CodeBlock joined = CodeBlock.join(args, ", ");
    if (!multiLine(joined) && width(joined) <= WIDTH - 20) return CodeBlock.of("($L)", joined);
    CodeBlock.Builder b = CodeBlock.builder().add("($>$>");
    for (int i = 0; i < args.size(); i++) b.add("\n$L$L", args.get(i), i + 1 < args.size() ? "," : "");
    return b.add(")$<$<").build();
  }

  /** A call {@code name(args)}. */
  static CodeBlock call(String name, List<CodeBlock> args) {
    return CodeBlock.of("$L$L", name, args(args));
  }

  static CodeBlock call(String name, CodeBlock... args) {
    return call(name, List.of(args));
  }

  private static boolean fits(CodeBlock start, List<CodeBlock> calls, int extra) {
    int total = width(start) + extra;
    if (multiLine(start)) return false;
    for (CodeBlock call : calls) {
      if (multiLine(call)) return false;
      total += 1 + width(call);
    }
    return total <= WIDTH;
  }

  static boolean multiLine(CodeBlock code) {
    return code.toString().contains("\n");
  }

  /** Approximate printed width: types print by simple name. */
  static int width(CodeBlock code) {
    return PACKAGE.matcher(code.toString()).replaceAll("").length();
  }
}
