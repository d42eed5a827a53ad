package io.schemadiff.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What sets one server of the MySQL family apart for {@link EmbeddedMySqlServer}: where its
 * binaries come from, how a data directory is made, and the options only it knows.
 */
interface MySqlDistribution {
  /** For messages: "MySQL 8.0.31". */
  String label();

  /** The folder under the cache root that holds its binaries and data: "mysql-8.0.31". */
  String folder();

  /** Puts the server's files into the empty folder {@code dist}. */
  void unpack(Path dist, Path log) throws IOException, InterruptedException, EmbeddedMySqlServer.StartFailure;

  /** Run before every start: what the system may have changed since unpacking. */
  default void prepare(Path dist) {}

  /** The server program under {@code dist}. */
  Path daemon(Path dist);

  /**
   * The command that initialises {@code data} with a passwordless root@localhost; {@code shared}
   * are the options it has in common with every start (no program name).
   */
  List<String> initialize(Path dist, Path data, List<String> shared, Path errorLog);

  /** Options of every start and initialisation that only this server knows. */
  List<String> options();

  /** Options of a start only this server knows; {@code run} is the instance's folder of run files. */
  List<String> serverOptions(Path run) throws IOException;

  /** Accounts the server made itself, by user name: never dropped as a loaded file's leftovers. */
  Set<String> systemUsers();
}
