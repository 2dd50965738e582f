package dev.gha4j.codegen.importer;

import dev.gha4j.policy.Finding;
import dev.gha4j.policy.Policies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TmpCorpusRulesDump {
  @Test
  void dump() throws Exception {
    Bindings b = Corpus.bindings();
    List<String> out = new ArrayList<>();
    for (Path p : Corpus.files()) {
      String name = p.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      try {
        var w = WorkflowReader.read(name, Corpus.read(p), b).workflow();
        for (Finding f : Policies.standard().violations(w)) {
          out.add(f.rule().id() + "\t" + p.getFileName() + "\t" + (f.job() == null ? "-" : f.job().id()) + "\t" + f.message());
        }
      } catch (RuntimeException e) {
        out.add("IMPORT\t" + p.getFileName() + "\t" + e.getMessage());
      }
    }
    out.sort(null);
    Files.write(Path.of(System.getProperty("dump.to", "target/corpus-findings.txt")), out);
  }
}
