#!/usr/bin/env bash
# Benchmark: `schemadiff diff` end to end on two generated schemas of N tables each
# (10 columns, an index and a foreign key per table; 5% of tables changed), for each N given
# (default: 1000 5000). Two timings per N:
#   live  - both schemas already in a running PostgreSQL; the diff reads them by URL (the target)
#   files - the diff is given the two SQL files and loads them into its embedded server itself
# Each prints the wall time (JVM start included) and the per-stage times schemadiff reports.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
"$root/schemadiff" --help >/dev/null   # builds the jar if needed, outside the timing
jar="$root/target/schemadiff.jar"
sizes="${*:-1000 5000}"

wall() {  # wall LABEL CMD...: runs CMD, prints its stage timings and wall time
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  printf '%s wall (JVM start included): %.2f s\n' "$label" "$(awk "BEGIN{print $end - $start}")"
}

for n in $sizes; do
  dir="$root/target/bench/$n"
  rm -rf "$dir"
  java "$here/Generate.java" "$n" "$dir"
  echo "== N = $n tables"
  # Setup, untimed: a server holding both schemas, alive while its input pipe is open.
  exec 3> >(java -cp "$jar" "$here/Serve.java" "$dir" "$root/target/bench/cache" >"$dir/serve.log" 2>&1)
  while [ ! -f "$dir/urls" ]; do sleep 0.5; done
  from_url=$(sed -n 1p "$dir/urls"); to_url=$(sed -n 2p "$dir/urls")
  wall "live " "$root/schemadiff" diff --from "$from_url" --to "$to_url" --allow-hazards all \
    --timings -o "$dir/migration-live.sql"
  wall "snapshot" "$root/schemadiff" snapshot "$from_url" --timings -o "$dir/from.json"
  "$root/schemadiff" snapshot "$to_url" -o "$dir/to.json"
  exec 3>&-
  wall "from snapshots" "$root/schemadiff" diff --from "$dir/from.json" --to "$dir/to.json" --allow-hazards all \
    --timings -o "$dir/migration-snapshots.sql"
  echo "snapshot size: $(du -h "$dir/from.json" | cut -f1)"
  wall "files" "$root/schemadiff" diff --from "$dir/from.sql" --to "$dir/to.sql" --allow-hazards all \
    --timings -o "$dir/migration-files.sql"
  for other in files snapshots; do
    cmp -s <(grep -v '^-- \(from\|to\):' "$dir/migration-live.sql") \
           <(grep -v '^-- \(from\|to\):' "$dir/migration-$other.sql") \
      || { echo "live and $other migrations differ" >&2; exit 1; }
  done
  echo "migration: $(grep -c ';$' "$dir/migration-live.sql") statements"
done
