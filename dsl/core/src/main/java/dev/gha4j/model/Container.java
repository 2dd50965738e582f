package dev.gha4j.model;

import dev.gha4j.expr.Expr;
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
 *
 * @param image       {@code image:}, or null for {@link #fromExpression}
 * @param credentials {@code credentials:} for a private registry, or null
 * @param env         {@code env:} of the container, by variable
 * @param ports       {@code ports:} mappings
 * @param volumes     {@code volumes:} mounts
 * @param options     {@code options:}, written space-separated
 * @param expression  the expression that is the whole container, or null
 */
public record Container(
    String image, Credentials credentials, Map<String, Scalar> env, List<String> ports,
    List<String> volumes, List<String> options, Expr expression) {

  /**
   * Copies the collections.
   *
   * @param image       {@code image:}, or null for {@link #fromExpression}
   * @param credentials {@code credentials:} for a private registry, or null
   * @param env         {@code env:} of the container, by variable
   * @param ports       {@code ports:} mappings
   * @param volumes     {@code volumes:} mounts
   * @param options     {@code options:}, written space-separated
   * @param expression  the expression that is the whole container, or null
   */
  public Container {
    env = Ordered.copy(env);
    ports = List.copyOf(ports);
    volumes = List.copyOf(volumes);
    options = List.copyOf(options);
  }

  /**
   * {@return a container of this image, with nothing else set}
   *
   * @param image a Docker Hub image such as {@code postgres:15}, or a registry path such as
   *     {@code ghcr.io/owner/image:tag}; pin a digest ({@code @sha256:...}) for a reproducible run
   */
  public static Container image(String image) {
    return new Container(image, null, Map.of(), List.of(), List.of(), List.of(), null);
  }

  /**
   * {@return {@code container: ${{ expression }}}: the whole container from an expression}
   *
   * @param expression e.g. {@code Expr.matrix("container")}, which GitHub reads as an image name or
   *     as a mapping
   */
  public static Container fromExpression(Expr expression) {
    return new Container(null, null, Map.of(), List.of(), List.of(), List.of(), expression);
  }

  /**
   * {@return this container pulled with registry credentials, for a private image}
   *
   * @param value the user name and password, both best from secrets
   */
  public Container credentials(Credentials value) {
    return new Container(image, value, env, ports, volumes, options, expression);
  }

  /**
   * {@return this container with an environment variable}
   *
   * @param name  the variable; set again, it replaces the earlier value
   * @param value text that may embed {@code ${{ }}}
   */
  public Container env(String name, String value) { return env(name, Scalar.of(value)); }

  /**
   * {@return this container with an environment variable from an expression}
   *
   * @param name  the variable; set again, it replaces the earlier value
   * @param value evaluated by GitHub before the container starts, e.g. {@code Expr.secrets("DB_PASSWORD")}
   */
  public Container env(String name, Expr value) { return env(name, Scalar.of(value)); }

  private Container env(String name, Scalar value) {
    return new Container(image, credentials, Ordered.plus(env, name, value), ports, volumes, options, expression);
  }

  /**
   * {@return this container with more port mappings}
   *
   * @param mappings Docker's {@code host:container} form, e.g. {@code "5432:5432"}, or a container
   *     port alone, which Docker maps to a free host port
   */
  public Container ports(String... mappings) {
    return new Container(image, credentials, env, Lists.plus(ports, mappings), volumes, options, expression);
  }

  /**
   * {@return this container with more volume mounts}
   *
   * @param mounts Docker's {@code source:/path/in/container} form, or a named volume
   */
  public Container volumes(String... mounts) {
    return new Container(image, credentials, env, ports, Lists.plus(volumes, mounts), options, expression);
  }

  /**
   * {@return this container with more {@code docker create} options}
   *
   * @param flags e.g. {@code "--health-cmd pg_isready"}; written space-separated (GitHub refuses
   *     {@code --network} and {@code --entrypoint})
   */
  public Container options(String... flags) {
    return new Container(image, credentials, env, ports, volumes, Lists.plus(options, flags), expression);
  }
}
