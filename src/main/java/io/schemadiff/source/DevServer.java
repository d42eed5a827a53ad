package io.schemadiff.source;

/**
 * A server named by {@code --dev-url}: schemadiff creates and drops only its own
 * {@code schemadiff_*} databases there.
 */
public final class DevServer implements ScratchServer {
  private final Endpoint admin;

  public DevServer(Endpoint admin) {
    this.admin = admin;
  }

  @Override
  public Endpoint createDatabase() {
    return PostgresDatabases.create(admin,
        "schemadiff_" + java.util.UUID.randomUUID().toString().replace("-", ""));
  }

  @Override
  public void dropDatabase(Endpoint database) {
    PostgresDatabases.drop(admin, database);
  }

  @Override
  public void close() {}
}
