package dev.gha4j.sim;

import dev.gha4j.expr.ExprNumbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a GitHub expression: {@link Null}, {@link Bool}, {@link Number}, {@link Text},
 * {@link Array} or {@link Dictionary} (GitHub's "object"). Values are immutable; containers are
 * compared by identity inside expressions ({@code fromJSON('[]') == fromJSON('[]')} is false, as
 * on GitHub) but by content with {@link Object#equals}, so tests can assert on them.
 *
 * <pre>{@code
 * Value.of("main"), Value.of(42), Value.of(true), Value.NULL
 * Value.array("bug", "urgent")
 * Value.from(Map.of("ref", "refs/heads/main", "run_number", 42))   // nested Java values
 * value.get("ref").asText()
 * }</pre>
 */
public sealed interface Value permits Value.Null, Value.Bool, Value.Number, Value.Text, Value.Array, Value.Dictionary {

  /** The kinds GitHub's expression language knows, named as its errors name them. */
  enum Kind {
    NULL("Null"), BOOLEAN("Boolean"), NUMBER("Number"), STRING("String"), ARRAY("Array"), OBJECT("Object");

    private final String gitHubName;

    Kind(String gitHubName) {
      this.gitHubName = gitHubName;
    }

    /** {@code Null}, {@code Boolean}, {@code Number}, {@code String}, {@code Array} or {@code Object}. */
    public String gitHubName() {
      return gitHubName;
    }
  }

  /** {@code null}. */
  Null NULL = new Null();

  /** This value's kind. */
  Kind kind();

  /** True for null, booleans, numbers and strings. */
  default boolean isPrimitive() {
    return !(this instanceof Array || this instanceof Dictionary);
  }

  /** "Falsy: false, 0, -0, "", null, NaN"; everything else, including empty arrays and objects, is truthy. */
  default boolean truthy() {
    return Coercion.truthy(this);
  }

  /**
   * The value as text, as GitHub converts it ({@code format}, {@code join}, {@code ${{ }}} in text):
   * null is empty, numbers in .NET's {@code G15} form, an array is {@code Array} and an object is
   * {@code Object}.
   */
  default String asText() {
    return Coercion.text(this);
  }

  /** The value as a number: null 0, true 1, text parsed as GitHub does (else NaN), containers NaN. */
  default double asNumber() {
    return Coercion.number(this);
  }

  /** The member {@code name} of an object, ignoring case as GitHub does; {@link #NULL} when absent or not an object. */
  default Value get(String name) {
    return this instanceof Dictionary d ? d.member(name) : NULL;
  }

  /** The element {@code index} of an array; {@link #NULL} when out of range or not an array. */
  default Value get(int index) {
    return this instanceof Array a && index >= 0 && index < a.items().size() ? a.items().get(index) : NULL;
  }

  /** The value as {@code toJSON} writes it: two-space indentation, numbers in {@code G15} form. */
  default String toJson() {
    return ValueJson.write(this);
  }

  // ---- factories ------------------------------------------------------------------------------

  static Bool of(boolean value) {
    return value ? Bool.TRUE : Bool.FALSE;
  }

  static Number of(double value) {
    return new Number(value);
  }

  /** Text; a Java null is {@link #NULL}. */
  static Value of(String value) {
    return value == null ? NULL : new Text(value);
  }

  /** An array of text elements. */
  static Array array(String... items) {
    return new Array(Arrays.stream(items).map(Value::of).toList());
  }

  /** An array of values. */
  static Array array(Value... items) {
    return new Array(List.of(items));
  }

  /** An object with these members, in order (Java values converted with {@link #from}). */
  static Dictionary dictionary(Map<String, ?> members) {
    Map<String, Value> converted = new LinkedHashMap<>();
    members.forEach((k, v) -> converted.put(k, from(v)));
    return new Dictionary(converted);
  }

  /** Parses JSON as {@code fromJSON} does; throws {@link EvaluationException} on invalid JSON. */
  static Value fromJson(String json) {
    return ValueJson.read(json);
  }

  /**
   * Converts a Java value: null, Boolean, any Number, CharSequence, Map (keys as text),
   * Iterable or array, or a Value as it is; anything else as its {@code toString()}.
   */
  static Value from(Object value) {
    if (value == null) return NULL;
    if (value instanceof Value v) return v;
    if (value instanceof Boolean b) return of(b);
    if (value instanceof java.lang.Number n) return of(n.doubleValue());
    if (value instanceof Map<?, ?> m) {
      Map<String, Value> converted = new LinkedHashMap<>();
      m.forEach((k, v) -> converted.put(String.valueOf(k), from(v)));
      return new Dictionary(converted);
    }
    if (value instanceof Iterable<?> items) {
      List<Value> converted = new ArrayList<>();
      for (Object item : items) converted.add(from(item));
      return new Array(converted);
    }
    if (value instanceof Object[] items) return from(Arrays.asList(items));
    return of(value.toString());
  }

  // ---- kinds ----------------------------------------------------------------------------------

  /** {@code null}. */
  record Null() implements Value {
    @Override
    public Kind kind() { return Kind.NULL; }

    @Override
    public String toString() { return "null"; }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Value {
    static final Bool TRUE = new Bool(true);
    static final Bool FALSE = new Bool(false);

    @Override
    public Kind kind() { return Kind.BOOLEAN; }

    @Override
    public String toString() { return String.valueOf(value); }
  }

  /** A number (GitHub's numbers are doubles). */
  record Number(double value) implements Value {
    @Override
    public Kind kind() { return Kind.NUMBER; }

    @Override
    public String toString() { return ExprNumbers.format(value); }
  }

  /** A string. */
  record Text(String text) implements Value {
    /** Not null. */
    public Text {
      java.util.Objects.requireNonNull(text, "text");
    }

    @Override
    public Kind kind() { return Kind.STRING; }

    @Override
    public String toString() { return "'" + text.replace("'", "''") + "'"; }
  }

  /**
   * An array. An array made by a filter ({@code .*}, {@code [*]}) is {@code filtered}: an index
   * applied to it applies to each element ({@code x.*.name}, {@code x.*[0]}). Equality ignores
   * that flag.
   */
  record Array(List<Value> items, boolean filtered) implements Value {
    /** Copies the items. */
    public Array {
      items = List.copyOf(items);
    }

    /** A plain array. */
    public Array(List<Value> items) {
      this(items, false);
    }

    @Override
    public Kind kind() { return Kind.ARRAY; }

    @Override
    public boolean equals(Object other) {
      return other instanceof Array a && items.equals(a.items);
    }

    @Override
    public int hashCode() { return items.hashCode(); }

    @Override
    public String toString() { return toJson(); }
  }

  /** An object: members in insertion order, looked up ignoring case. */
  record Dictionary(Map<String, Value> members) implements Value {
    /** Copies the members, keeping their order. */
    public Dictionary {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    @Override
    public Kind kind() { return Kind.OBJECT; }

    /** The member, by exact name first, then ignoring case; {@link #NULL} when absent. */
    public Value member(String name) {
      Value exact = members.get(name);
      if (exact != null) return exact;
      for (Map.Entry<String, Value> e : members.entrySet()) {
        if (Coercion.equalsIgnoreCase(e.getKey(), name)) return e.getValue();
      }
      return NULL;
    }

    /** True when a member has this name (any case). */
    public boolean has(String name) {
      return members.containsKey(name) || members.keySet().stream().anyMatch(k -> Coercion.equalsIgnoreCase(k, name));
    }

    /** A copy with one more member (replacing one of the same name). */
    public Dictionary with(String name, Value value) {
      Map<String, Value> more = new LinkedHashMap<>(members);
      more.put(name, value);
      return new Dictionary(more);
    }

    @Override
    public String toString() { return toJson(); }
  }
}
