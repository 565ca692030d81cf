#!/usr/bin/env bash
# Usage: build.sh TREE LABEL KIND [prof] — one `astro build` of TREE under /usr/bin/time -v, logged to $OUT/LABEL-KIND-N.log
# KIND: cold (Astro's and Vite's caches removed), warm (caches kept, dist/ removed), edit (one document changed,
# caches and dist/ kept: the rebuild an editor waits for). prof adds --cpu-prof (profiles in $OUT/cpu-LABEL-KIND).
# TREE is a benchmark clone (content from /work/shared/bench/starlight-build/to-project.mjs) or Starlight's folder
# (LABEL S); never the project itself. Parse with /work/shared/bench/starlight-build/tools/parse-build.mjs.
set -u
TREE=$1; LABEL=$2; KIND=$3; PROF=${4:-}
OUT=${OUT:-$PWD/build-cost-out}
mkdir -p "$OUT"
cd "$TREE"
if [ "$KIND" = cold ]; then rm -rf dist .astro node_modules/.astro node_modules/.vite; elif [ "$KIND" = warm ]; then rm -rf dist; fi
if [ "$KIND" = edit ]; then
  f=$(ls content/van-ban/*-0500.mdx src/content/docs/*/*-0500.md 2>/dev/null | head -1)
  printf '\nĐoạn bổ sung số %s cho lần dựng lại sau khi sửa một văn bản.\n' "$(date +%s)" >> "$f"
fi
n=1; while [ -e "$OUT/$LABEL-$KIND-$n.log" ]; do n=$((n+1)); done
LOG=$OUT/$LABEL-$KIND-$n.log
{ echo "loadavg-before: $(cut -d' ' -f1-3 /proc/loadavg)"; echo "commit: $(git rev-parse --short HEAD 2>/dev/null)"; } > "$LOG"
EXTRA=""
if [ -n "$PROF" ]; then EXTRA="--cpu-prof --cpu-prof-dir=$OUT/cpu-$LABEL-$KIND"; fi
# CPU of the whole build from a cgroup (cgroup v1 cpuacct, root): /usr/bin/time misses Pagefind's binary, which the
# build leaves to exit on its own after closing it (never waited for, so never counted as a child).
CG=/sys/fs/cgroup/cpuacct/build-cost-$LABEL-$KIND-$n
if mkdir -p "$CG" 2>/dev/null; then
  sh -c "echo \$\$ > $CG/cgroup.procs; exec /usr/bin/time -v ./node_modules/.bin/node $EXTRA ./node_modules/.bin/astro build" >> "$LOG" 2>&1
  for i in $(seq 1 100); do [ -z "$(cat "$CG/cgroup.procs")" ] && break; sleep 0.2; done
  echo "cgroup-cpu-s: $(awk '{printf "%.2f", $1/1e9}' "$CG/cpuacct.usage")" >> "$LOG"
  rmdir "$CG"
else
  /usr/bin/time -v ./node_modules/.bin/node $EXTRA ./node_modules/.bin/astro build >> "$LOG" 2>&1
fi
echo "$LOG"
