package io.schemadiff.diff;

import java.util.Locale;

/** The kinds of change; a change's verb names its template ({@code ADD_COLUMN} → {@code add-column.ftl}). */
public enum ChangeKind {
  CREATE_SCHEMA,
  DROP_SCHEMA,
  CREATE_ENUM,
  DROP_ENUM,
  ADD_ENUM_VALUE,
  REPLACE_ENUM,
  RENAME_TABLE,
  RENAME_COLUMN,
  RENAME_CONSTRAINT,
  RENAME_INDEX,
  CREATE_TABLE,
  DROP_TABLE,
  ADD_COLUMN,
  DROP_COLUMN,
  ALTER_COLUMN,
  SET_TABLE_COMMENT,
  ALTER_TABLE_OPTIONS,
  /** A partition detached, a child no longer inheriting: its table options minus its parents. */
  LEAVE_PARENTS,
  /** A table attached as a partition or made to inherit: the parents added to its options. */
  JOIN_PARENTS,
  /** A table given its partitioning, or another scheme (rebuilds it): {@link Change.AlterPartitioning}. */
  PARTITION_TABLE,
  /** A table's partitioning removed, its rows kept in one partition-less table. */
  UNPARTITION_TABLE,
  /** The same scheme with other partitions: added, dropped, reorganised, or their number changed. */
  ALTER_PARTITIONS,
  CREATE_VIEW,
  DROP_VIEW,
  ADD_PRIMARY_KEY,
  DROP_PRIMARY_KEY,
  ADD_UNIQUE,
  DROP_UNIQUE,
  ADD_CHECK,
  DROP_CHECK,
  ADD_FOREIGN_KEY,
  DROP_FOREIGN_KEY,
  CREATE_INDEX,
  DROP_INDEX,
  /** An index's attributes that change without a rebuild (MySQL visibility). */
  ALTER_INDEX,
  /** Modelled objects of every kind (sequences, functions…): see {@link Change.ObjectChange}. */
  CREATE_OBJECT,
  DROP_OBJECT,
  ALTER_OBJECT,
  COMMENT_OBJECT;

  /** Human verb phrase: {@code ADD_FOREIGN_KEY} → {@code add foreign key}. */
  public String verb() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  public boolean isDrop() {
    return name().startsWith("DROP_");
  }
}
