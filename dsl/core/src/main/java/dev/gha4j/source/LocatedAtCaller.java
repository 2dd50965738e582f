package dev.gha4j.source;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of shared building blocks whose elements are best located at the line that
 * called them: a problem with a job made by {@code Scaffold.job("build")} is then reported at the
 * caller's line, as it is for gha4j's own factories such as the typed action bindings. Applies to
 * the class and the classes nested in it.
 *
 * <pre>{@code
 * @LocatedAtCaller
 * final class Jobs {
 *   static Job.Builder onUbuntu(String id) { return Job.builder(id).runsOn("ubuntu-latest"); }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LocatedAtCaller {}
