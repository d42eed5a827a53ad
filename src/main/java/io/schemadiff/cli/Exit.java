package io.schemadiff.cli;

/** Exit codes, the same for every command (see README). */
public final class Exit {
  public static final int OK = 0;
  public static final int DIFFERENCES = 1;
  public static final int BAD_INPUT = 2;
  public static final int UNREACHABLE = 3;
  public static final int REFUSED = 4;
  /** --verify: the migration failed or fell short on a scratch database; nothing was written. */
  public static final int VERIFY_FAILED = 5;

  private Exit() {}
}
