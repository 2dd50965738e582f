package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Docker image: the job's {@code container:} or one of its {@code services:}; or one expression
 * that stands for the whole container ({@link #fromExpression}), since a matrix entry may hold an
 * image name, a mapping or nothing. Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * Container.image("postgres:15").env("POSTGRES_DB", "test").ports("5432:5432")
 *     .options("--health-cmd pg_isready", "--health-interval 10s")
 * }</pre>
 */
public record Container(
    String image, Credentials credentials, Map<String, Scalar> env, List<String> ports,
    List<String> volumes, List<String> options, Expr expression) {

  public Container {
    env = Ordered.copy(env);
    ports = List.copyOf(ports);
    volumes = List.copyOf(volumes);
    options = List.copyOf(options);
  }

  public static Container image(String image) {
    return new Container(image, null, Map.of(), List.of(), List.of(), List.of(), null);
  }

  /**
   * {@code container: ${{ expression }}}: the whole container from an expression, e.g.
   * {@code Expr.matrix("container")}, which GitHub reads as an image name or as a mapping.
   */
  public static Container fromExpression(Expr expression) {
    return new Container(null, null, Map.of(), List.of(), List.of(), List.of(), expression);
  }

  /** Registry credentials for a private image. */
  public Container credentials(Credentials value) {
    return new Container(image, value, env, ports, volumes, options, expression);
  }

  /** An environment variable of the container. */
  public Container env(String name, String value) { return env(name, Scalar.of(value)); }

  /** An environment variable of the container, from an expression. */
  public Container env(String name, Expr value) { return env(name, Scalar.of(value)); }

  private Container env(String name, Scalar value) {
    Map<String, Scalar> more = new LinkedHashMap<>(env);
    more.put(name, value);
    return new Container(image, credentials, more, ports, volumes, options, expression);
  }

  /** Port mappings, e.g. {@code "5432:5432"}. */
  public Container ports(String... mappings) {
    return new Container(image, credentials, env, Lists.plus(ports, mappings), volumes, options, expression);
  }

  public Container volumes(String... mounts) {
    return new Container(image, credentials, env, ports, Lists.plus(volumes, mounts), options, expression);
  }

  /** {@code docker create} options, e.g. {@code "--health-cmd pg_isready"}; written space-separated. */
  public Container options(String... flags) {
    return new Container(image, credentials, env, ports, volumes, Lists.plus(options, flags), expression);
  }
}
