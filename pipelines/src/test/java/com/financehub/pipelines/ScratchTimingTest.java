package com.financehub.pipelines;

import dev.gha4j.sim.*;
import org.junit.jupiter.api.Test;

class ScratchTimingTest {
  @Test
  void time() {
    for (int i = 0; i < 8; i++) {
      long t = System.nanoTime();
      SimulationResult r = DeployBehaviourTest.deploy(FakeAws::new).run();
      long ms = (System.nanoTime() - t) / 1_000_000;
      StringBuilder s = new StringBuilder();
      System.out.println("run ms " + ms + " calls " + r.allCalls().size());
    }
    SimulationResult r = DeployBehaviourTest.deploy(FakeAws::new).keepFiles().run();
  }
}
