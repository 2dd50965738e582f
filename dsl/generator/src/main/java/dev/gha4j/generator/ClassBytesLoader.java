package dev.gha4j.generator;

import java.util.Map;

/**
 * Loads pipeline classes from bytes in memory. A fresh loader per generation means an edited
 * class is really the edited one, even in a JVM that loaded the old version before.
 */
final class ClassBytesLoader extends ClassLoader {
  private final Map<String, byte[]> classes;

  ClassBytesLoader(Map<String, byte[]> classes, ClassLoader parent) {
    super("gha4j-pipelines", parent);
    this.classes = Map.copyOf(classes);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) throw new ClassNotFoundException(name);
    return defineClass(name, bytes, 0, bytes.length);
  }
}
