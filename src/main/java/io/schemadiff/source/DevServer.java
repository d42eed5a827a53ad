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
    return ScratchDatabases.create(admin, ScratchDatabases.newName());
  }

  @Override
  public void dropDatabase(Endpoint database) {
    ScratchDatabases.drop(admin, database);
  }

  @Override
  public void close() {}
}
