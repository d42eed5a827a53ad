#!/usr/bin/env bash
# Start-up: `schemadiff --version`, a diff of two tiny snapshots (no server) and a diff of two
# tiny SQL files (the embedded server's start included), with and without the launcher's
# class-data-sharing archive; the median of RUNS runs (default 5), in milliseconds.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
runs="${RUNS:-5}"
"$root/schemadiff" --version >/dev/null   # builds the jar and the archive, outside the timing
jar="$root/target/schemadiff.jar"
jsa="$root/target/schemadiff.jsa"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
from="$root/fixtures/postgresql/app-release/from.sql"; to="$root/fixtures/postgresql/app-release/to.sql"
"$root/schemadiff" snapshot "$from" -o "$tmp/from.json" 2>/dev/null
"$root/schemadiff" snapshot "$to" -o "$tmp/to.json" 2>/dev/null

ms() {  # the median wall time of $runs runs of CMD..., in ms
  for _ in $(seq "$runs"); do
    local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
  done | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'
}
plain=(java -XX:+UseSerialGC -Xshare:auto -jar "$jar")
shared=(java -XX:+UseSerialGC -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar")
echo "| run | without the archive | with it (the launcher) |"
echo "| --- | --- | --- |"
echo "| schemadiff --version | $(ms "${plain[@]}" --version) ms | $(ms "${shared[@]}" --version) ms |"
echo "| diff of two tiny snapshots | $(ms "${plain[@]}" diff --from "$tmp/from.json" --to "$tmp/to.json") ms | $(ms "${shared[@]}" diff --from "$tmp/from.json" --to "$tmp/to.json") ms |"
echo "| diff of two tiny SQL files | $(ms "${plain[@]}" diff --from "$from" --to "$to") ms | $(ms "${shared[@]}" diff --from "$from" --to "$to") ms |"
