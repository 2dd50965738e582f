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
    /** {@code null}, and what a path that does not exist evaluates to. */
    NULL("Null"),
    /** {@code true} or {@code false}. */
    BOOLEAN("Boolean"),
    /** A number; GitHub's numbers are doubles. */
    NUMBER("Number"),
    /** Text. */
    STRING("String"),
    /** An array, from {@code fromJSON}, a filter ({@code .*}) or a context such as {@code github.event.commits}. */
    ARRAY("Array"),
    /** An object: a context, or a JSON object from {@code fromJSON}. */
    OBJECT("Object");

    private final String gitHubName;

    Kind(String gitHubName) {
      this.gitHubName = gitHubName;
    }

    /**
     * The kind's name in GitHub's messages.
     *
     * @return {@code Null}, {@code Boolean}, {@code Number}, {@code String}, {@code Array} or {@code Object}
     */
    public String gitHubName() {
      return gitHubName;
    }
  }

  /** {@code null}. */
  Null NULL = new Null();

  /**
   * This value's kind.
   *
   * @return the kind, as GitHub's expression language names it
   */
  Kind kind();

  /**
   * Whether this value can stand where GitHub needs text (an environment variable, an output).
   *
   * @return true for null, booleans, numbers and strings; false for arrays and objects
   */
  default boolean isPrimitive() {
    return !(this instanceof Array || this instanceof Dictionary);
  }

  /**
   * The value as a condition ({@code if:}, {@code !}, {@code &&}, {@code ||}).
   *
   * @return false for GitHub's falsy values ("false, 0, -0, "", null, NaN"); true for everything else,
   *         empty arrays and objects included
   */
  default boolean truthy() {
    return Coercion.truthy(this);
  }

  /**
   * The value as text, as GitHub converts it ({@code format}, {@code join}, {@code ${{ }}} in text):
   * null is empty, numbers in .NET's {@code G15} form, an array is {@code Array} and an object is
   * {@code Object}.
   *
   * @return the text; never null
   */
  default String asText() {
    return Coercion.text(this);
  }

  /**
   * The value as a number, as GitHub converts it for comparisons.
   *
   * @return 0 for null and false, 1 for true, text parsed as GitHub does (NaN when it is no number),
   *         NaN for arrays and objects
   */
  default double asNumber() {
    return Coercion.number(this);
  }

  /**
   * The member {@code name} of an object, ignoring case as GitHub does.
   *
   * @param name the member's name, e.g. {@code ref}
   * @return the member; {@link #NULL} when absent or when this is not an object
   */
  default Value get(String name) {
    return this instanceof Dictionary d ? d.member(name) : NULL;
  }

  /**
   * The element {@code index} of an array.
   *
   * @param index from 0
   * @return the element; {@link #NULL} when out of range or when this is not an array
   */
  default Value get(int index) {
    return this instanceof Array a && index >= 0 && index < a.items().size() ? a.items().get(index) : NULL;
  }

  /**
   * The value as {@code toJSON} writes it.
   *
   * @return JSON with two-space indentation and numbers in {@code G15} form
   */
  default String toJson() {
    return ValueJson.write(this);
  }

  // ---- factories ------------------------------------------------------------------------------

  /**
   * A boolean.
   *
   * @param value the boolean
   * @return {@code true} or {@code false} (shared instances)
   */
  static Bool of(boolean value) {
    return value ? Bool.TRUE : Bool.FALSE;
  }

  /**
   * A number.
   *
   * @param value the number; GitHub's numbers are doubles
   * @return the number
   */
  static Number of(double value) {
    return new Number(value);
  }

  /**
   * Text.
   *
   * @param value the text, or null
   * @return a {@link Text}; {@link #NULL} for a Java null
   */
  static Value of(String value) {
    return value == null ? NULL : new Text(value);
  }

  /**
   * An array of text elements, e.g. {@code Value.array("bug", "urgent")}.
   *
   * @param items the elements, in order; a null element is {@link #NULL}
   * @return the array
   */
  static Array array(String... items) {
    return new Array(Arrays.stream(items).map(Value::of).toList());
  }

  /**
   * An array of values.
   *
   * @param items the elements, in order; not null
   * @return the array
   */
  static Array array(Value... items) {
    return new Array(List.of(items));
  }

  /**
   * An object with these members, e.g. a context: {@code Value.dictionary(Map.of("ref", "refs/heads/main"))}.
   *
   * @param members the members in their map's order; Java values are converted with {@link #from}
   * @return the object
   */
  static Dictionary dictionary(Map<String, ?> members) {
    Map<String, Value> converted = new LinkedHashMap<>();
    members.forEach((k, v) -> converted.put(k, from(v)));
    return new Dictionary(converted);
  }

  /**
   * Parses JSON as {@code fromJSON} does.
   *
   * @param json a JSON document, e.g. {@code ["bug","urgent"]}
   * @return its value
   * @throws EvaluationException when the text is not valid JSON
   */
  static Value fromJson(String json) {
    return ValueJson.read(json);
  }

  /**
   * Converts a Java value: null, Boolean, any Number, CharSequence, Map (keys as text),
   * Iterable or array, or a Value as it is; anything else as its {@code toString()}.
   *
   * @param value a Java value, nested as deep as it likes, or null
   * @return the value, with maps and lists converted member by member
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

  /**
   * {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  record Bool(boolean value) implements Value {
    static final Bool TRUE = new Bool(true);
    static final Bool FALSE = new Bool(false);

    @Override
    public Kind kind() { return Kind.BOOLEAN; }

    @Override
    public String toString() { return String.valueOf(value); }
  }

  /**
   * A number (GitHub's numbers are doubles).
   *
   * @param value the number
   */
  record Number(double value) implements Value {
    @Override
    public Kind kind() { return Kind.NUMBER; }

    @Override
    public String toString() { return ExprNumbers.format(value); }
  }

  /**
   * A string.
   *
   * @param text the text; not null (a missing value is {@link Value#NULL})
   */
  record Text(String text) implements Value {
    /**
     * Checks that the text is not null.
     *
     * @param text the text
     */
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
   *
   * @param items    the elements, in order
   * @param filtered whether a filter made it
   */
  record Array(List<Value> items, boolean filtered) implements Value {
    /**
     * Copies the items.
     *
     * @param items    the elements, in order; none null
     * @param filtered whether a filter made it
     */
    public Array {
      items = List.copyOf(items);
    }

    /**
     * A plain array (not made by a filter).
     *
     * @param items the elements, in order; none null
     */
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

  /**
   * An object: members in insertion order, looked up ignoring case.
   *
   * @param members the members by name, in order; read them with {@link #member} to ignore case
   */
  record Dictionary(Map<String, Value> members) implements Value {
    /**
     * Copies the members, keeping their order.
     *
     * @param members the members by name, in the order they keep
     */
    public Dictionary {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    @Override
    public Kind kind() { return Kind.OBJECT; }

    /**
     * A member, by exact name first, then ignoring case.
     *
     * @param name the member's name
     * @return its value; {@link Value#NULL} when absent
     */
    public Value member(String name) {
      Value exact = members.get(name);
      if (exact != null) return exact;
      for (Map.Entry<String, Value> e : members.entrySet()) {
        if (Coercion.equalsIgnoreCase(e.getKey(), name)) return e.getValue();
      }
      return NULL;
    }

    /**
     * Whether a member has this name.
     *
     * @param name the name, in any case
     * @return true when a member has it
     */
    public boolean has(String name) {
      return members.containsKey(name) || members.keySet().stream().anyMatch(k -> Coercion.equalsIgnoreCase(k, name));
    }

    /**
     * A copy with one more member.
     *
     * @param name  the member's name; a member of exactly this name is replaced in its place
     * @param value the member's value
     * @return the copy; this object is left as it was
     */
    public Dictionary with(String name, Value value) {
      Map<String, Value> more = new LinkedHashMap<>(members);
      more.put(name, value);
      return new Dictionary(more);
    }

    @Override
    public String toString() { return toJson(); }
  }
}
