package dev.gha4j.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The type of an expression's value, as actionlint infers it (its {@code expr_type.go}, MIT,
 * rhysd/actionlint v1.7.7): what a comparison, a property access or a function argument may be.
 */
sealed interface ExprType {
  /** Unknown: anything goes. */
  record Any() implements ExprType {
    @Override public String toString() { return "any"; }
  }

  /** {@code null}. */
  record Null() implements ExprType {
    @Override public String toString() { return "null"; }
  }

  /** A boolean. */
  record Bool() implements ExprType {
    @Override public String toString() { return "bool"; }
  }

  /** A number. */
  record Num() implements ExprType {
    @Override public String toString() { return "number"; }
  }

  /** A string. */
  record Str() implements ExprType {
    @Override public String toString() { return "string"; }
  }

  /**
   * An object: {@code strict} knows all its properties; one with {@code mapped} maps any name to
   * that type; one with neither is loose and may have any property. Property names are lower case,
   * as GitHub reads them without case.
   */
  record Obj(Map<String, ExprType> props, ExprType mapped, boolean strict) implements ExprType {
    @Override
    public String toString() {
      if (mapped != null) return "{string => " + mapped + "}";
      return new TreeMap<>(props).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining("; ", "{", "}"));
    }
  }

  /** An array; {@code deref} when it came from a filter {@code .*}, whose properties map over it. */
  record Arr(ExprType elem, boolean deref) implements ExprType {
    @Override public String toString() { return "array<" + elem + ">"; }
  }

  ExprType ANY = new Any();
  ExprType NULL = new Null();
  ExprType BOOL = new Bool();
  ExprType NUMBER = new Num();
  ExprType STRING = new Str();

  /** An object with exactly these properties. */
  static Obj strict(Map<String, ExprType> props) {
    return new Obj(props, null, true);
  }

  /** An object from any name to {@code value}. */
  static Obj map(ExprType value) {
    return new Obj(Map.of(), value, false);
  }

  /** An object with these properties and maybe more. */
  static Obj loose(Map<String, ExprType> props) {
    return new Obj(props, null, false);
  }

  /** Whether a value of {@code other} may stand where this type is expected (actionlint's Assignable). */
  default boolean accepts(ExprType other) {
    if (other instanceof Any || this instanceof Any || this instanceof Bool) return true; // anything converts to a boolean
    if (this instanceof Null) return other instanceof Null;
    if (this instanceof Num) return other instanceof Num;
    if (this instanceof Str) return other instanceof Str || other instanceof Num;
    if (this instanceof Obj) return other instanceof Obj;
    return other instanceof Arr b && ((Arr) this).elem.accepts(b.elem);
  }

  /** The type of a value that is this or {@code other} (actionlint's Merge). */
  default ExprType merge(ExprType other) {
    if (this instanceof Null) return other instanceof Null ? this : ANY;
    if (this instanceof Bool || this instanceof Num) {
      return other.getClass() == getClass() ? this : other instanceof Str ? other : ANY;
    }
    if (this instanceof Str) return other instanceof Str || other instanceof Num || other instanceof Bool ? this : ANY;
    if (this instanceof Obj o) return other instanceof Obj p ? mergeObjects(o, p) : ANY;
    if (this instanceof Arr a && other instanceof Arr b) {
      if (a.elem instanceof Any) return a;
      if (b.elem instanceof Any) return b;
      return new Arr(a.elem.merge(b.elem), false);
    }
    return ANY;
  }

  private static ExprType mergeObjects(Obj a, Obj b) {
    boolean aLoose = !a.strict && a.mapped == null;
    boolean bLoose = !b.strict && b.mapped == null;
    if (a.props.isEmpty() && bLoose) return b;
    if (b.props.isEmpty() && aLoose) return a;
    ExprType mapped = a.mapped == null ? b.mapped : b.mapped == null ? a.mapped : a.mapped.merge(b.mapped);
    Map<String, ExprType> props = new HashMap<>(a.props);
    for (Map.Entry<String, ExprType> e : b.props.entrySet()) {
      ExprType mine = props.get(e.getKey());
      if (mine != null) {
        props.put(e.getKey(), mine.merge(e.getValue()));
      } else {
        props.put(e.getKey(), e.getValue());
        if (mapped != null) mapped = mapped.merge(e.getValue());
      }
    }
    return new Obj(props, mapped, false);
  }
}
