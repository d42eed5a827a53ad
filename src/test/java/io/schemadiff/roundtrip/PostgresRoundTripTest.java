package io.schemadiff.roundtrip;

import io.schemadiff.source.Endpoint;
import io.schemadiff.source.ScratchServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The round trip over fixtures/postgresql; the fingerprint is {@link PostgresFingerprint}. */
class PostgresRoundTripTest extends RoundTrip {
  @Override
  String dialect() {
    return "postgresql";
  }

  @Override
  ScratchServer server() {
    return TestServers.postgres();
  }

  @Override
  String devUrl() {
    return TestServers.postgres().admin().jdbcUrl();
  }

  @Override
  List<String> scope(Path dir) throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("--schema", schemas(dir)));
    if (Files.readString(dir.resolve("to.sql")).contains("-- options: --privileges")) {
      args.add("--privileges"); // grants are compared only when asked for
    }
    return args;
  }

  @Override
  String fingerprint(Endpoint db, Path dir) throws IOException {
    return PostgresFingerprint.of(db, List.of(schemas(dir).split(",")));
  }

  /** Multi-schema cases name their schemas in a first-line comment: {@code -- schemas: a,b}. */
  static String schemas(Path dir) throws IOException {
    for (String file : List.of("from.sql", "to.sql")) {
      for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
        if (line.startsWith("-- schemas:")) {
          return line.substring("-- schemas:".length()).replace(" ", "");
        }
      }
    }
    return "public";
  }
}
