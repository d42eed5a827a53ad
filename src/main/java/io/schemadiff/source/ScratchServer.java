package io.schemadiff.source;

/** A server on which schemadiff may create and drop databases of its own, to load SQL files. */
public interface ScratchServer extends AutoCloseable {
  /** A new, empty database owned by this run. */
  Endpoint createDatabase();

  void dropDatabase(Endpoint database);

  @Override
  void close();
}
