#!/bin/sh
# The smallest -Xmx (to STEP MB) at which `bin/matcher schedule EVENT` succeeds: the figures that
# io.matcher.pipeline.MemoryEstimate is fitted to (docs/reliability.md, "Memory").
#   matcher-cli/src/build/min-heap.sh EVENT_DIR LOW_MB HIGH_MB [STEP_MB]
# e.g. bin/matcher generate --preset slush --seed 1 --out /tmp/slush
#      MATCHER_JAVA_OPTS=-Dmatcher.memoryCheck=false is set, so that the estimate does not decide.
set -eu
ev=$1; lo=$2; hi=$3; step=${4:-16}
here=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)/out
while [ $((hi - lo)) -gt "$step" ]; do
  mid=$(( (lo + hi) / 2 ))
  rm -rf "$out"
  if MATCHER_JAVA_OPTS="-Xms8m -Xmx${mid}m -Dmatcher.memoryCheck=false" "$here/bin/matcher" schedule "$ev" --out "$out" --quiet >/dev/null 2>&1; then
    hi=$mid; echo "${mid}m ok"
  else
    lo=$mid; echo "${mid}m failed"
  fi
done
rm -rf "$(dirname "$out")"
echo "$ev: smallest -Xmx that worked ${hi}m (${lo}m failed or was the lower bound)"
