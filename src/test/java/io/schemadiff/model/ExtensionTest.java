package io.schemadiff.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ExtensionTest {
  @Test
  void versionsCompareNumbersAsNumbers() {
    assertEquals(1, Integer.signum(Extension.compareVersions("1.10", "1.9")));
    assertEquals(-1, Integer.signum(Extension.compareVersions("1.2", "1.2.1")));
    assertEquals(0, Extension.compareVersions("2.0beta", "2.0beta"));
    assertEquals(1, Integer.signum(Extension.compareVersions("3.4.0", "3.3.9")));
  }

  @Test
  void onlyANewerVersionIsReached() {
    assertNull(new Extension("1.7").cannotAlterTo(new Extension("1.8")));
    assertNotNull(new Extension("1.8").cannotAlterTo(new Extension("1.7")));
  }
}
