#!/usr/bin/env bash
# Benchmark: schemadiff beside the floor, in one run, on two generated PostgreSQL schemas of N
# tables each (10 columns, an index and a foreign key per table; 5% of tables changed), for each
# N given (default: 1000 5000 10000). The median of RUNS runs (default 3), wall time with JVM
# start, per case:
#   live      schemadiff diff of the two databases by URL, beside pg_dump -s of both (the floor)
#   files     schemadiff diff of the two SQL files, loaded into the same server (--dev-url), beside
#             psql -f of both into fresh databases plus pg_dump -s of both (the floor)
#   embedded  the same diff on schemadiff's own embedded server (its start included)
#   snapshots schemadiff diff of two snapshot files, beside the live floor it replaces
# and the peak RSS of the live diff. The servers run PostgreSQL MAJOR (default 15), and pg_dump
# comes from Debian's postgresql-client, installed here where missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
runs="${RUNS:-3}"
major="${MAJOR:-15}"
sizes="${*:-1000 5000 10000}"
if ! command -v pg_dump >/dev/null || ! command -v psql >/dev/null; then
  echo "bench: installing postgresql-client (pg_dump, psql)" >&2
  ${SUDO:-$(command -v sudo || true)} apt-get install -y -q postgresql-client >/dev/null
fi
"$root/schemadiff" --version >/dev/null   # builds the jar and its CDS archive, outside the timing
jar="$root/target/schemadiff.jar"

seconds() {  # seconds CMD...: the wall time of one run, output discarded
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { echo "bench: failed: $*" >&2; exit 1; }
  end=$(date +%s.%N)
  awk "BEGIN{printf \"%.2f\n\", $end - $start}"
}
median() {  # median CMD...: the median wall time of $runs runs
  for _ in $(seq "$runs"); do seconds "$@"; done | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'
}
ratio() { awk "BEGIN{printf \"%.2f\", $1 / $2}"; }

floor_live() { pg_dump -s -d "$from_url" >/dev/null && pg_dump -s -d "$to_url" >/dev/null; }
floor_files() {
  psql -q -d "$admin_url" -c 'DROP DATABASE IF EXISTS bench_f1' -c 'DROP DATABASE IF EXISTS bench_f2' \
    -c 'CREATE DATABASE bench_f1' -c 'CREATE DATABASE bench_f2' >/dev/null 2>&1
  psql -q -v ON_ERROR_STOP=1 -d "${admin_url%/*}/bench_f1" -f "$dir/from.sql" >/dev/null
  psql -q -v ON_ERROR_STOP=1 -d "${admin_url%/*}/bench_f2" -f "$dir/to.sql" >/dev/null
  pg_dump -s -d "${admin_url%/*}/bench_f1" >/dev/null && pg_dump -s -d "${admin_url%/*}/bench_f2" >/dev/null
}

rows=()
for n in $sizes; do
  dir="$root/target/bench/$n"
  rm -rf "$dir"
  java "$here/Generate.java" "$n" "$dir"
  # Setup, untimed: a server holding both schemas, alive while its input pipe is open.
  exec 3> >(java -cp "$jar" "$here/Serve.java" "$dir" "$root/target/bench/cache" "$major" >"$dir/serve.log" 2>&1)
  while [ ! -f "$dir/urls" ]; do sleep 0.5; done
  from_url=$(sed -n 1p "$dir/urls"); to_url=$(sed -n 2p "$dir/urls"); admin_url=$(sed -n 3p "$dir/urls")
  sd=("$root/schemadiff" diff --allow-hazards all)
  "${sd[@]}" --from "$from_url" --to "$to_url" --timings -o "$dir/migration-live.sql" 2>"$dir/timings-live.txt"
  "$root/schemadiff" snapshot "$from_url" -o "$dir/from.json"
  "$root/schemadiff" snapshot "$to_url" -o "$dir/to.json"
  live_floor=$(median floor_live)
  live=$(median "${sd[@]}" --from "$from_url" --to "$to_url" -o "$dir/m.sql")
  /usr/bin/time -f %M -o "$dir/rss" "${sd[@]}" --from "$from_url" --to "$to_url" -o "$dir/m.sql" 2>/dev/null
  rss_mb=$(awk '{printf "%d", $1 / 1024}' "$dir/rss")
  files_floor=$(median floor_files)
  files=$(median "${sd[@]}" --from "$dir/from.sql" --to "$dir/to.sql" --dev-url "$admin_url" -o "$dir/m-files.sql")
  embedded=$(median "${sd[@]}" --from "$dir/from.sql" --to "$dir/to.sql" -o "$dir/m-embedded.sql")
  snapshots=$(median "${sd[@]}" --from "$dir/from.json" --to "$dir/to.json" -o "$dir/m-snapshots.sql")
  exec 3>&-
  for other in files embedded snapshots; do  # every way of reading plans the same migration
    cmp -s <(grep -v '^-- \(from\|to\):' "$dir/migration-live.sql") <(grep -v '^-- \(from\|to\):' "$dir/m-$other.sql") \
      || { echo "bench: the live and $other migrations differ" >&2; exit 1; }
  done
  echo "== N = $n: live diff stages"; sed 's/^/   /' "$dir/timings-live.txt"
  rows+=("| $n | $live_floor s | **$live s** | $(ratio "$live" "$live_floor")× | $rss_mb MB | $files_floor s | $files s | $(ratio "$files" "$files_floor")× | $embedded s | $snapshots s |")
done
echo
echo "PostgreSQL $major, median of $runs runs, wall time with JVM start ($(nproc) cores):"
echo
echo "| N tables | floor: pg_dump -s ×2 | live diff | live / floor | live peak RSS | floor: psql -f ×2 + pg_dump -s ×2 | SQL files diff | files / floor | SQL files, embedded server | diff of two snapshots |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
