#!/usr/bin/env bash
# Benchmark: `schemadiff diff` end to end on two generated schemas of N tables each
# (10 columns, an index and a foreign key per table; 5% of tables changed), for each N given
# (default: 1000 5000). Prints wall time and the per-stage times schemadiff reports.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
"$root/schemadiff" --help >/dev/null   # builds the jar if needed, outside the timing
for n in "${@:-1000 5000}"; do
  for size in $n; do
    dir="$root/target/bench/$size"
    java "$here/Generate.java" "$size" "$dir"
    echo "== N = $size tables"
    start=$(date +%s.%N)
    "$root/schemadiff" diff --from "$dir/from.sql" --to "$dir/to.sql" --allow-hazards all \
      --timings -o "$dir/migration.sql"
    end=$(date +%s.%N)
    printf 'wall (JVM start included): %.2f s; migration: %s statements\n' \
      "$(awk "BEGIN{print $end - $start}")" "$(grep -c ';$' "$dir/migration.sql")"
  done
done
