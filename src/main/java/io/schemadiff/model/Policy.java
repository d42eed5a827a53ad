package io.schemadiff.model;

import java.util.List;
import java.util.Objects;

/**
 * A row security policy of a table: {@code permissive} (else restrictive), the {@code command}
 * it applies to ({@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE}, {@code DELETE}),
 * the roles it is for ({@code PUBLIC} for everyone), and its {@code USING} and {@code WITH CHECK}
 * expressions as the server deparses them. ALTER POLICY changes roles and expressions, but
 * cannot take an expression away, nor change the kind or command: those are drop and create. It
 * goes with its table (see {@link SchemaObject#droppedWith}).
 */
public record Policy(boolean permissive, String command, List<String> roles, @Expression String using,
    @Expression String withCheck) implements Definition {
  public Policy {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  @Override
  public boolean alterableTo(Definition other) {
    return other instanceof Policy p && permissive == p.permissive && Objects.equals(command, p.command)
        && (using == null || p.using != null) && (withCheck == null || p.withCheck != null);
  }

  /** The server will not retype or drop a column a policy's expressions read. */
  @Override
  public boolean bindsWhatItUses() {
    return true;
  }
}
