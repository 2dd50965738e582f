package dev.gha4j.codegen.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code make import FROM=<the corpus>}, run once per test JVM in process: what it printed, its
 * exit code, and the classes it wrote, which {@link CorpusRoundTripTest} compiles and checks, so
 * that the corpus is imported once for both tests.
 *
 * @param java    the package directory the classes went to
 * @param output  the lines the command printed
 * @param errors  what it printed on standard error
 * @param code    its exit code
 */
record CorpusBatch(Path java, List<String> output, String errors, int code) {
  private static CorpusBatch run;

  /** The batch import of the corpus, run on first use. */
  static synchronized CorpusBatch get() {
    if (run == null) run = importCorpus();
    return run;
  }

  private static CorpusBatch importCorpus() {
    try {
      Path root = Files.createTempDirectory("gha4j-corpus");
      root.toFile().deleteOnExit();
      Path java = root.resolve("src/main/java/" + RoundTrip.PACKAGE.replace('.', '/'));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      long start = System.nanoTime();
      int code = ImportCommand.run(new String[] {"--from", Corpus.dir().toString(), "--to", java.toString(),
          "--manifests", Corpus.manifests().toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      RoundTrip.importMillis = (System.nanoTime() - start) / 1_000_000;
      return new CorpusBatch(java, out.toString(StandardCharsets.UTF_8).lines().toList(),
          err.toString(StandardCharsets.UTF_8), code);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The round trip of every class the batch wrote; each is checked against the model the
   * importer (with the baseline, as the command) reads from its file.
   */
  Map<String, RoundTrip.Result> roundTrip(Map<String, String> files) {
    Importer importer = new Importer(Corpus.bindings(), RoundTrip.PACKAGE).withBaseline();
    Map<String, RoundTrip.Imported> imported = new LinkedHashMap<>();
    Map<String, RoundTrip.Result> failed = new LinkedHashMap<>();
    files.forEach((file, yaml) -> {
      String className = Names.className(file);
      Path source = java.resolve(className + ".java");
      if (!Files.exists(source)) {
        String line = output.stream().filter(l -> l.startsWith("failed " + file)).findFirst().orElse("no line");
        failed.put(file, new RoundTrip.Result(file, RoundTrip.Outcome.IMPORT_FAILED, line, null, null));
        return;
      }
      try {
        imported.put(file, new RoundTrip.Imported(className, Files.readString(source),
            importer.read(file, yaml).result().workflow()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return RoundTrip.check(files, imported, failed);
  }
}
