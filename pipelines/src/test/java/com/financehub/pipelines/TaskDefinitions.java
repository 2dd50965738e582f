package com.financehub.pipelines;

import dev.gha4j.sim.Answer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ECS task definitions of {@link FakeAws}: revisions by family, each with its containers, as
 * {@code describe-task-definition} prints them and {@code register-task-definition} takes them. As
 * the real API does, registering refuses the read-only fields describe prints, and a definition
 * without a container image.
 */
final class TaskDefinitions {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** What describe-task-definition adds and register-task-definition refuses ("Unknown parameter in input"). */
  private static final Set<String> READ_ONLY = Set.of("taskDefinitionArn", "revision", "status", "requiresAttributes",
      "compatibilities", "registeredAt", "registeredBy", "deregisteredAt");

  private final String account;
  private final Map<String, ObjectNode> byArn = new LinkedHashMap<>();

  TaskDefinitions(String account) {
    this.account = account;
  }

  /** A copy whose changes leave this one as it is. */
  TaskDefinitions copy() {
    TaskDefinitions copy = new TaskDefinitions(account);
    byArn.forEach((arn, td) -> copy.byArn.put(arn, td.deepCopy()));
    return copy;
  }

  /** Registers {@code arn} ({@code …:task-definition/family:revision}) with one container running {@code image}. */
  void add(String arn, String image) {
    String[] familyRevision = arn.substring(arn.indexOf('/') + 1).split(":");
    ObjectNode td = JSON.createObjectNode().put("family", familyRevision[0]).put("networkMode", "awsvpc")
        .put("cpu", "512").put("memory", "1024");
    td.putArray("requiresCompatibilities").add("FARGATE");
    td.putArray("containerDefinitions").addObject().put("name", "app").put("image", image).put("essential", true);
    store(td, familyRevision[0], Integer.parseInt(familyRevision[1]));
  }

  /** The full ARN {@code reference} names (an ARN, {@code family:revision}, or a family's latest), or null. */
  String arn(String reference) {
    if (reference == null || reference.isEmpty()) return null;
    if (byArn.containsKey(reference)) return reference;
    String qualified = account + ":task-definition/" + reference;
    if (byArn.containsKey(qualified)) return qualified;
    return byArn.keySet().stream().filter(a -> family(a).equals(reference)).reduce((first, second) -> second).orElse(null);
  }

  /** The image of the first container of the task definition {@code arn}. */
  String image(String arn) {
    ObjectNode td = byArn.get(arn);
    return td == null ? null : td.at("/containerDefinitions/0/image").asString();
  }

  /** {@code describe-task-definition --query taskDefinition --output json}. */
  Answer describe(String reference) {
    String arn = arn(reference);
    if (arn == null) return Answer.fails(254, "An error occurred (ClientException): Unable to describe task definition.");
    return Answer.prints(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(byArn.get(arn)));
  }

  /** {@code register-task-definition --cli-input-json … --query taskDefinition.taskDefinitionArn --output text}. */
  Answer register(String cliInputJson) {
    JsonNode input;
    try {
      input = JSON.readTree(cliInputJson == null ? "" : cliInputJson);
    } catch (JacksonException e) {
      return Answer.fails(252, "Error parsing parameter 'cli-input-json': Invalid JSON");
    }
    if (!(input instanceof ObjectNode td) || !td.path("family").isString()) {
      return Answer.fails(252, "Parameter validation failed: Missing required parameter in input: \"family\"");
    }
    for (String field : td.propertyNames()) {
      if (READ_ONLY.contains(field)) return Answer.fails(252, "Parameter validation failed: Unknown parameter in input: \"" + field + "\"");
    }
    List<JsonNode> containers = td.path("containerDefinitions").valueStream().toList();
    if (containers.isEmpty() || containers.stream().anyMatch(c -> c.path("image").asString("").isEmpty())) {
      return Answer.fails(254, "An error occurred (ClientException): Container.image should not be null or empty.");
    }
    String family = td.path("family").asString();
    int revision = byArn.keySet().stream().filter(a -> family(a).equals(family))
        .mapToInt(a -> byArn.get(a).path("revision").asInt()).max().orElse(0) + 1;
    return Answer.prints(store(td.deepCopy(), family, revision));
  }

  private String store(ObjectNode td, String family, int revision) {
    String arn = account + ":task-definition/" + family + ":" + revision;
    td.put("taskDefinitionArn", arn).put("revision", revision).put("status", "ACTIVE");
    td.putArray("compatibilities").add("EC2").add("FARGATE");
    byArn.put(arn, td);
    return arn;
  }

  private static String family(String arn) {
    return arn.substring(arn.indexOf('/') + 1, arn.lastIndexOf(':'));
  }
}
