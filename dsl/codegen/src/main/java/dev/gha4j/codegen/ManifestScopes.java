package dev.gha4j.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.gha4j.codegen.Manifest.Input;
import dev.gha4j.model.ActionScopes;
import dev.gha4j.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A manifest's {@code permissions:}: the write scopes of the token its action uses, read into the
 * {@link ActionScopes} the binding's {@code ActionRef} carries, so the policy rules know which
 * {@code permissions:} a job with the step needs.
 *
 * <pre>
 * permissions: none                                # uses no write scope
 * permissions: any                                 # may use any scope the job grants (runs user code)
 * permissions:
 *   id-token: write if role-to-assume              # only when the step sets role-to-assume
 *   contents: write unless draft                   # only when it does not set draft
 *   pull-requests: write                           # always
 * </pre>
 *
 * A manifest without the key declares nothing: its action is treated like one gha4j does not know.
 */
public final class ManifestScopes {
  private static final ClassName ACTION_REF = ClassName.get("dev.gha4j.model", "ActionRef");
  private static final ClassName SCOPES = ClassName.get(ActionScopes.class);
  private static final ClassName NEED = ClassName.get(ActionScopes.Need.class);
  private static final ClassName SCOPE = ClassName.get(Scope.class);

  private ManifestScopes() {}

  static ActionScopes read(String file, JsonNode node, List<Input> inputs, List<String> problems) {
    if (node == null) return ActionScopes.unknown();
    String where = file + ": permissions";
    if (node.isString() && node.asString().equals("none")) return ActionScopes.none();
    if (node.isString() && node.asString().equals("any")) return ActionScopes.any();
    if (!node.isObject()) {
      problems.add(where + ": expected none, any, or a mapping of scope to 'write [if|unless <input>]'");
      return ActionScopes.unknown();
    }
    List<ActionScopes.Need> needs = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      Scope scope = scope(e.getKey());
      String[] words = e.getValue().asString().strip().split("\\s+");
      if (scope == null) {
        problems.add(where + ": '" + e.getKey() + "' is not a permission scope");
      } else if (words.length == 1 && words[0].equals("write")) {
        needs.add(ActionScopes.Need.always(scope));
      } else if (words.length == 3 && words[0].equals("write") && (words[1].equals("if") || words[1].equals("unless"))) {
        if (inputs.stream().noneMatch(i -> i.name().equals(words[2]))) {
          problems.add(where + "." + e.getKey() + ": '" + words[2] + "' is not an input of the action");
        }
        needs.add(words[1].equals("if") ? ActionScopes.Need.when(scope, words[2]) : ActionScopes.Need.unless(scope, words[2]));
      } else {
        problems.add(where + "." + e.getKey() + ": expected 'write', 'write if <input>' or 'write unless <input>'");
      }
    }
    return ActionScopes.of(needs.toArray(ActionScopes.Need[]::new));
  }

  private static Scope scope(String wire) {
    for (Scope s : Scope.values()) if (s.wire().equals(wire)) return s;
    return null;
  }

  /**
   * The {@code permissions:} lines of a manifest, in the form the class comment shows, for a tool
   * that writes manifests.
   *
   * @param s the action's write scopes
   * @return the lines, each ending in a newline, which {@link #read} reads back as {@code s}; empty
   *     when the scopes are unknown, so the manifest declares nothing
   */
  public static String yaml(ActionScopes s) {
    if (!s.known()) return "";
    if (s.anyScope()) return "permissions: any\n";
    if (s.needs().isEmpty()) return "permissions: none\n";
    StringBuilder out = new StringBuilder("permissions:\n");
    for (ActionScopes.Need n : s.needs()) {
      out.append("  ").append(n.scope().wire()).append(": write");
      if (n.input() != null) out.append(n.ifSet() ? " if " : " unless ").append(n.input());
      out.append('\n');
    }
    return out.toString();
  }

  /** {@code new ActionRef(action, sha, version[, scopes])} for the binding's {@code REF}. */
  static CodeBlock actionRef(Manifest m) {
    ActionScopes s = m.scopes();
    if (!s.known()) return CodeBlock.of("new $T($S, $S, $S)", ACTION_REF, m.action(), m.sha(), m.version());
    CodeBlock scopes;
    if (s.anyScope()) {
      scopes = CodeBlock.of("$T.any()", SCOPES);
    } else if (s.needs().isEmpty()) {
      scopes = CodeBlock.of("$T.none()", SCOPES);
    } else {
      List<CodeBlock> needs = new ArrayList<>();
      for (ActionScopes.Need n : s.needs()) {
        if (n.input() == null) needs.add(CodeBlock.of("$T.always($T.$L)", NEED, SCOPE, n.scope().name()));
        else needs.add(CodeBlock.of("$T.$L($T.$L, $S)", NEED, n.ifSet() ? "when" : "unless", SCOPE, n.scope().name(), n.input()));
      }
      scopes = CodeBlock.of("$T.of($L)", SCOPES, CodeBlock.join(needs, ", "));
    }
    return CodeBlock.of("new $T($S, $S, $S, $L)", ACTION_REF, m.action(), m.sha(), m.version(), scopes);
  }
}
