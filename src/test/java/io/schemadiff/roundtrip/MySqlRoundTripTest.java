package io.schemadiff.roundtrip;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.ScratchServer;
import java.nio.file.Path;
import java.util.List;

/** The round trip over fixtures/mysql; the fingerprint is {@link MySqlFingerprint}. */
class MySqlRoundTripTest extends RoundTrip {
  @Override
  String dialect() {
    return "mysql";
  }

  @Override
  ScratchServer server() {
    return TestServers.mysql();
  }

  @Override
  String devUrl() {
    return TestServers.mysql().admin().jdbcUrl();
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
