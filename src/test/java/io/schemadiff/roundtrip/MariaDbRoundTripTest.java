package io.schemadiff.roundtrip;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.ScratchServer;
import java.nio.file.Path;
import java.util.List;

/**
 * The round trip over fixtures/mariadb on MariaDB 11.4 (the fingerprint is {@link MySqlFingerprint}:
 * SHOW CREATE of everything); {@link MariaDb1011RoundTripTest} runs it on 10.11.
 */
class MariaDbRoundTripTest extends RoundTrip {
  String series() {
    return "11.4";
  }

  @Override
  String dialect() {
    return "mariadb";
  }

  @Override
  ScratchServer server() {
    return TestServers.mariadb(series());
  }

  @Override
  String devUrl() {
    return TestServers.mariadb(series()).admin().jdbcUrl();
  }

  @Override
  int minimumCases() {
    return 20;
  }

  @Override
  List<String> scope(Path dir) {
    return List.of();
  }

  @Override
  String fingerprint(Endpoint db, Path dir) {
    return MySqlFingerprint.of(db);
  }
}
