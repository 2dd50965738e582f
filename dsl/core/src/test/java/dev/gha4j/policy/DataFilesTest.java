package dev.gha4j.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.model.ActionRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data files the rules read name their source and date, and every entry is usable. */
class DataFilesTest {
  private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
  private static final String ACTION = "[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?";
  private static final String SHA = "11bd71901bbe5b1630ceea73d27597364c9af683";

  @Test
  void everyFileNamesItsSourceAndDate() {
    for (String[] file : List.of(
        new String[] {DataFiles.CODE_INPUTS.source(), DataFiles.CODE_INPUTS.date()},
        new String[] {DataFiles.ARCHIVED.source(), DataFiles.ARCHIVED.date()},
        new String[] {DataFiles.POPULAR.source(), DataFiles.POPULAR.date()},
        new String[] {DataFiles.VULNERABLE.source(), DataFiles.VULNERABLE.date()})) {
      assertThat(file[0]).isNotBlank();
      assertThat(file[1]).matches(DATE);
    }
  }

  @Test
  void entriesNameActionsAndVersionsThatParse() {
    assertThat(DataFiles.ARCHIVED.actions()).allMatch(a -> a.matches(ACTION));
    assertThat(DataFiles.POPULAR.actions()).allMatch(a -> a.matches(ACTION));
    assertThat(DataFiles.CODE_INPUTS.actions()).allSatisfy((action, inputs) -> {
      assertThat(action).matches(ACTION).isLowerCase();
      assertThat(inputs).isNotEmpty();
    });
    for (DataFiles.Advisory a : DataFiles.VULNERABLE.advisories()) {
      assertThat(a.id()).matches("GHSA(-[23456789cfghjmpqrvwx]{4}){3}");
      assertThat(a.action()).matches(ACTION);
      assertThat(a.summary()).isNotBlank();
      int[] fixed = SupplyChainChecks.parse(a.fixed());
      if (a.introduced() != null) assertThat(compare(SupplyChainChecks.parse(a.introduced()), fixed)).isNegative();
    }
  }

  @Test
  void advisoriesCoverExactlyTheAffectedVersions() {
    assertThat(KnownRisks.advisories(new ActionRef("actions/download-artifact", SHA, "v4.1.2"))).containsExactly("GHSA-cxww-7g56-2vh6");
    assertThat(KnownRisks.advisories(new ActionRef("actions/download-artifact", SHA, "v4.1.3"))).isEmpty();
    assertThat(KnownRisks.advisories(new ActionRef("actions/download-artifact", SHA, "v3.0.2"))).isEmpty();
    // v4 floats over 4.y.z, some fixed: not every release it can stand for is affected.
    assertThat(KnownRisks.advisories(new ActionRef("actions/download-artifact", SHA, "v4"))).isEmpty();
    assertThat(KnownRisks.advisories(new ActionRef("tj-actions/changed-files", SHA, "v40"))).hasSize(2);
    assertThat(KnownRisks.archived(new ActionRef("actions-rs/toolchain", SHA, "v1"))).isTrue();
    assertThat(KnownRisks.archived(new ActionRef("actions/checkout", SHA, "v4.2.2"))).isFalse();
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
    return 0;
  }
}
