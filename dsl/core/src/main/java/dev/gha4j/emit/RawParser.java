package dev.gha4j.emit;

import dev.gha4j.model.Raw;
import dev.gha4j.source.Gha4jException;
import dev.gha4j.source.SourceLocation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads escape-hatch YAML fragments with Jackson; a broken fragment names the pipeline line. */
final class RawParser {
  private final YAMLMapper mapper;

  RawParser(YAMLMapper mapper) {
    this.mapper = mapper;
  }

  JsonNode parse(Raw raw, SourceLocation where) {
    try {
      return mapper.readTree(new SurrogateSafeReader(raw.yaml()));
    } catch (JacksonException e) {
      throw new Gha4jException(where, "escape hatch value is not valid YAML: " + e.getOriginalMessage());
    }
  }
}
