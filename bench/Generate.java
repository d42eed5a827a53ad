import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes two PostgreSQL schemas of N tables for the benchmark: each table has 10 columns, an
 * index and a foreign key to an earlier table; in the second, every 20th table (5%) is changed
 * (a column added, a type widened, an index replaced, a NOT NULL set).
 *
 * <p>Usage: {@code java bench/Generate.java N OUT_DIR}
 */
public class Generate {
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    Files.writeString(out.resolve("from.sql"), schema(n, false));
    Files.writeString(out.resolve("to.sql"), schema(n, true));
  }

  static String schema(int n, boolean changed) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      boolean touch = changed && i % 20 == 7;
      sb.append("CREATE TABLE t").append(i).append(" (\n")
          .append("  id bigint PRIMARY KEY,\n")
          .append("  parent_id bigint").append(i == 0 ? "" : " REFERENCES t" + (i - 1) / 2 + " (id)").append(",\n")
          .append("  name varchar(").append(touch ? 200 : 100).append(") NOT NULL,\n")
          .append("  email text").append(touch ? " NOT NULL" : "").append(",\n")
          .append("  amount numeric(12,2) DEFAULT 0,\n")
          .append("  quantity integer NOT NULL DEFAULT 1,\n")
          .append("  active boolean NOT NULL DEFAULT true,\n")
          .append("  created_at timestamptz NOT NULL DEFAULT now(),\n")
          .append("  updated_at timestamptz,\n")
          .append("  notes text").append(touch ? ",\n  extra jsonb" : "").append("\n);\n");
      sb.append("CREATE INDEX t").append(i).append("_idx ON t").append(i)
          .append(touch ? " (name, created_at);\n" : " (created_at);\n");
    }
    return sb.toString();
  }
}
