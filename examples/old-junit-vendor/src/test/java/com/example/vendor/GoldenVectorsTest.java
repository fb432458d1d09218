package com.example.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.communityprevention.testkit.golden.GoldenAdapters;
import org.communityprevention.testkit.golden.GoldenResult;
import org.communityprevention.testkit.golden.GoldenVectors;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.commons.util.ReflectionUtils;

/** The golden vectors as a vendor runs them, on the vendor's own, older JUnit 5. */
class GoldenVectorsTest {
  @TestFactory
  Stream<DynamicNode> goldenVectors() {
    return GoldenVectors.tests(GoldenAdapters.library());
  }

  @Test
  void theVendorsJUnitIsTheOneThatRuns() {
    // The Jupiter API on the test class path is the vendor's 5.10, not a copy the testkit brought along.
    Package api = Test.class.getPackage();
    assertEquals("5.10.2", api.getImplementationVersion(), "junit-jupiter-api version");
    assertTrue(ReflectionUtils.class.getPackage().getImplementationVersion().startsWith("1.10."),
        "junit-platform-commons version");
  }

  @Test
  void everyVectorPasses() {
    // check fails with every case that did not pass; here it also must have run some.
    List<GoldenResult> results = GoldenVectors.check(GoldenAdapters.library());
    assertTrue(results.size() > 50, "vectors run: " + results.size());
  }
}
