package dev.gha4j.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * GitHub's expression functions other than the status functions, {@code case} and
 * {@code hashFiles}, as the runner implements them ({@code Expressions2/Sdk/Functions}).
 */
final class Functions {
  private Functions() {}

  static Value call(String function, List<Value> args) {
    switch (function) {
      case "contains": return Value.of(contains(args.get(0), args.get(1)));
      case "startsWith": return Value.of(bothPrimitive(args)
          && Coercion.startsWithIgnoreCase(args.get(0).asText(), args.get(1).asText()));
      case "endsWith": return Value.of(bothPrimitive(args)
          && Coercion.endsWithIgnoreCase(args.get(0).asText(), args.get(1).asText()));
      case "format": return Value.of(Format.apply(args.get(0).asText(), args.subList(1, args.size())));
      case "join": return Value.of(join(args.get(0), args.size() > 1 ? args.get(1) : Value.of(",")));
      case "toJSON": return Value.of(args.get(0).toJson());
      case "fromJSON": return ValueJson.read(args.get(0).asText());
      default: throw new EvaluationException("unknown function '" + function + "'");
    }
  }

  private static boolean bothPrimitive(List<Value> args) {
    return args.get(0).isPrimitive() && args.get(1).isPrimitive();
  }

  /**
   * "contains(search, item): Returns true if search contains item. If search is an array, this
   * function returns true if the item is an element in the array. If search is a string, this
   * function checks if the item is a substring of search. This function is not case sensitive.
   * Casts values to a string." An object as either argument finds nothing.
   */
  static boolean contains(Value search, Value item) {
    if (search instanceof Value.Array list) {
      for (Value element : list.items()) if (Coercion.looseEquals(item, element)) return true;
      return false;
    }
    return search.isPrimitive() && item.isPrimitive() && Coercion.containsIgnoreCase(search.asText(), item.asText());
  }

  /**
   * "join(array, optionalSeparator)": the elements as text, between them the separator (when it
   * is a primitive; otherwise ','); a primitive is returned as text, an object as ''.
   */
  static String join(Value array, Value separator) {
    if (array instanceof Value.Array list) {
      String between = separator.isPrimitive() ? separator.asText() : ",";
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < list.items().size(); i++) {
        if (i > 0) out.append(between);
        out.append(list.items().get(i).asText());
      }
      return out.toString();
    }
    return array.isPrimitive() ? array.asText() : "";
  }

  /** The default fake {@code hashFiles}: a SHA-256 of the patterns, so equal patterns give equal keys. */
  static String fakeHash(List<String> patterns) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(String.join("\n", patterns).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
