package dev.gha4j.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.model.Job;
import org.junit.jupiter.api.Test;

class SourceLocationTest {

  private static int nextLine() {
    return StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()).orElseThrow().getLineNumber() + 1;
  }

  /** A helper of the kind a pipeline writes: its own line is where its elements come from. */
  static final class PlainHelper {
    static final int LINE = nextLine();
    static SourceLocation make() { return Job.builder("x").build().location(); }
  }

  /** A helper that asks for its callers' lines. */
  @LocatedAtCaller
  static final class CallerHelper {
    static SourceLocation make() { return Job.builder("x").build().location(); }

    /** Nested classes of a marked class are marked too. */
    static final class Inner {
      static SourceLocation make() { return Job.builder("x").build().location(); }
    }
  }

  @Test
  void aTestClassInAGha4jPackageIsThePipelineAuthor() {
    int line = nextLine();
    SourceLocation at = Job.builder("x").build().location();
    assertThat(at).isEqualTo(new SourceLocation(SourceLocationTest.class.getName(), "SourceLocationTest.java", line));
  }

  @Test
  void aPlainHelperIsLocatedAtItsOwnLine() {
    assertThat(PlainHelper.make().line()).isEqualTo(PlainHelper.LINE);
    assertThat(PlainHelper.make().className()).endsWith("$PlainHelper");
  }

  @Test
  void aHelperMarkedLocatedAtCallerIsLocatedAtTheCallingLine() {
    int line = nextLine();
    SourceLocation at = CallerHelper.make();
    assertThat(at.line()).isEqualTo(line);
    int inner = nextLine();
    assertThat(CallerHelper.Inner.make().line()).isEqualTo(inner);
  }

  @Test
  void anExceptionIsLocatedAtTheInnermostPipelineFrame() {
    int line = nextLine();
    RuntimeException thrown = new IllegalStateException("boom");
    assertThat(SourceLocation.thrownAt(thrown))
        .isEqualTo(new SourceLocation(SourceLocationTest.class.getName(), "SourceLocationTest.java", line));
  }

  @Test
  void gha4jsOwnAndTheJdksClassesAreLibraryCode() {
    assertThat(LibraryCode.contains(Job.class)).isTrue();
    assertThat(LibraryCode.contains(String.class)).isTrue();
    assertThat(LibraryCode.contains("java.util.ArrayList")).isTrue();
    assertThat(LibraryCode.contains(SourceLocationTest.class)).isFalse();
    assertThat(LibraryCode.contains("com.example.NotLoadable")).isFalse();
  }
}
