package io.schemadiff.source;

/**
 * A server named by {@code --dev-url}: schemadiff creates and drops only its own
 * {@code schemadiff_*} databases there, and those that killed runs left behind.
 */
public final class DevServer implements ScratchServer {
  private final Endpoint admin;

  public DevServer(Endpoint admin) {
    this.admin = admin;
  }

  private boolean cleaned;

  @Override
  public synchronized Endpoint createDatabase() {
    if (!cleaned) {
      cleaned = true;
      ScratchDatabases.dropAbandoned(admin);
    }
    return ScratchDatabases.create(admin, ScratchDatabases.newName());
  }

  @Override
  public void dropDatabase(Endpoint database) {
    ScratchDatabases.drop(admin, database);
  }

  @Override
  public void close() {}
}
