#!/usr/bin/env bash
# The tidings benchmark: generates synthetic corpora of N articles and measures, from outside and
# as a user sees it, how fast the launcher shows them. The launcher runs in a detached tmux pane
# of 120x40 with stdout redirected to a file and XDG_CACHE_HOME pointing at a fresh directory of
# its own (the launcher keeps its persistent index there); the pane's last row, the status line,
# is polled every 10 ms.
#
#   dist/src/bench/bench.sh [N...]       default: 10000 100000; e.g. bench.sh 1000000
#
# Needs tmux and a built distribution: `mvn -q -DskipTests package`, which also compiles the
# corpus generator (app/src/test/java/dev/tidings/bench/CorpusGenerator.java).
#
# For each N it writes a corpus with CorpusGenerator (seed 1) into a temporary directory, then
# prints one table, each figure next to its target and PASS or MISS:
#
#   cold first screen        launch (tmux new-session) until the status line shows "? help", with
#                            an empty cache directory; median of the cold runs.
#   cold complete timeline   launch until the status line no longer shows "indexing …" but
#                            "N articles · … · S skipped" with N + S the number of files (a first
#                            frame may read "0 articles"), with an empty cache directory (same
#                            runs as above).
#   warm complete timeline   the same with the cache directory a previous run left behind (the
#                            last cold run's); median of the warm runs.
#   bytes for one cursor move  once the timeline is complete and the screen has settled, the bytes
#                            the application writes to the terminal (tmux pipe-pane) for one `j`,
#                            everything in the ~1 s after the key, preview redraws included; median
#                            of 3 moves.
#   in-process figures       the lines printed by dev.tidings.bench.InProcessBench DIR, when that
#                            class is in app/target/test-classes, passed through unchanged.
#
# The targets are those for 100,000 articles: first screen ≤ 0.5 s, complete cold ≤ 3 s, complete
# warm ≤ 1 s, one cursor move ≤ 4,096 B; other sizes are measured against the same targets.
# Every run quits with `q` and waits for the JVM to exit before the next starts. "Cold" means the
# tidings cache, not the operating system's page cache: the corpus has just been written and is
# most likely in memory.
#
# Environment: RUNS (runs per figure, default 3; a run slower than SLOW seconds, default 20, is
# not repeated), TIMEOUT (seconds to wait for a screen, default 120 per 100,000 articles, at least
# 120; a figure that takes longer reads TIMEOUT), KEEP=1 (keep the temporary directory: corpora,
# cache directories, stdout and stderr of the launcher), SEED (corpus seed, default 1).
# Progress goes to stderr, the tables to stdout.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
launcher=$root/dist/target/tidings/bin/tidings
classes=$root/app/target/test-classes
classpath="$classes:$root/dist/target/tidings/lib/*"

if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; else java=$(command -v java || true); fi
[ -n "$java" ] && [ -x "$java" ] || { echo "bench.sh: no Java found: install Java 17 or set JAVA_HOME" >&2; exit 2; }
command -v tmux >/dev/null || { echo "bench.sh: needs tmux: apt-get install -y tmux" >&2; exit 2; }
if [ ! -x "$launcher" ] || [ ! -f "$classes/dev/tidings/bench/CorpusGenerator.class" ]; then
  echo "bench.sh: build first: mvn -q -DskipTests package (it also compiles the corpus generator)" >&2
  exit 2
fi

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
for n in "${sizes[@]}"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "bench.sh: N must be a positive integer: $n" >&2; exit 2; }
done
runs=${RUNS:-3}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench.sh: RUNS must be a positive integer" >&2; exit 2; }
slow_ms=$(( ${SLOW:-20} * 1000 ))
seed=${SEED:-1}
rows=40
cols=120

# Targets (of the 100,000-article corpus), in ms and bytes.
target_first=500
target_cold=3000
target_warm=1000
target_bytes=4096

work=$(mktemp -d "${TMPDIR:-/tmp}/tidings-bench.XXXXXX")
socket=tidings-bench-$$
cleanup() {
  tmux -L "$socket" kill-server >/dev/null 2>&1 || true
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket"
  if [ "${KEEP:-}" = 1 ]; then
    echo "bench.sh: kept $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

tm() { tmux -L "$socket" "$@"; }
log() { echo "$@" >&2; }
now_ns() { date +%s%N; }
commas() { echo "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'; }
ms() { if [[ $1 =~ ^[0-9]+$ ]]; then echo "$1 ms"; else echo "$1"; fi; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# Pads to a width in columns; the only non-ASCII character of the table is ≤.
pad() { local t=${1//≤/<}; printf '%s%*s' "$1" $(( $2 > ${#t} ? $2 - ${#t} : 0 )) ''; }
row() { pad "$1" 36; pad "$2" 13; pad "$3" 11; printf '%s\n' "$4" | sed 's/ *$//'; }
# row for a time in ms (or TIMEOUT, FAILED, "-" for not measured) against a target in ms
time_row() {
  local target verdict=MISS
  target="≤ $(awk -v ms="$3" 'BEGIN { printf "%g s", ms / 1000 }')"
  if ! [[ $2 =~ ^[0-9]+$ ]]; then
    row "$1" "$2" "$target" MISS
  else
    if [ "$2" -le "$3" ]; then verdict=PASS; fi
    row "$1" "$(seconds "$2")" "$target" "$verdict"
  fi
}

# A server that outlives the runs, so that no run pays for starting tmux.
tm -f /dev/null new-session -d -s holder -x "$cols" -y "$rows" 'sleep 1000000'

run_id=0
session=
channel=
# launch CACHE CORPUS: starts the launcher in a new detached pane; sets session, channel, start.
launch() {
  run_id=$((run_id + 1))
  session=bench-$run_id
  channel=exited-$run_id
  start=$(now_ns)
  tm new-session -d -s "$session" -x "$cols" -y "$rows" \
    "XDG_CACHE_HOME='$1' XDG_STATE_HOME='$1/state' '$launcher' '$2' > '$work/stdout-$run_id' 2> '$work/stderr-$run_id'; echo \$? > '$work/exit-$run_id'; tmux -L '$socket' wait-for -S '$channel'; sleep 1000000"
}

status_line() { tm capture-pane -p -t "$session" -S $((rows - 1)) -E $((rows - 1)) 2>/dev/null || true; }

# watch TIMEOUT_S N: polls the status line every 10 ms; sets first_ms (first "? help") and
# complete_ms (no "indexing", and the articles and skipped files shown add up to N: the first
# frame may read "0 articles" before indexing starts), each in ms since launch, or TIMEOUT or
# FAILED; and last_line.
watch() {
  local deadline=$(( start + $1 * 1000000000 )) line now articles skipped_files
  first_ms=TIMEOUT
  complete_ms=TIMEOUT
  while :; do
    line=$(status_line)
    now=$(now_ns)
    if [ "$first_ms" = TIMEOUT ] && [[ $line == *'? help'* ]]; then
      first_ms=$(( (now - start) / 1000000 ))
    fi
    # The status line reads "1/100,000 · 100,000 articles · 0 marked · 0 skipped  ? help".
    if [ "$first_ms" != TIMEOUT ] && [[ $line != *indexing* ]] && [[ $line =~ (^|·\ )([0-9,]+)\ articles?\  ]]; then
      articles=${BASH_REMATCH[2]//,/}
      skipped_files=0
      if [[ $line =~ \ ([0-9,]+)\ skipped ]]; then skipped_files=${BASH_REMATCH[1]//,/}; fi
      if [ $(( articles + skipped_files )) -ge "$2" ]; then
        complete_ms=$(( (now - start) / 1000000 ))
        break
      fi
    fi
    [ "$now" -lt "$deadline" ] || break
    if [ -f "$work/exit-$run_id" ]; then
      [ "$first_ms" != TIMEOUT ] || first_ms=FAILED
      complete_ms=FAILED
      log "  the launcher exited (status $(cat "$work/exit-$run_id")) before the timeline was complete:"
      sed 's/^/    /' "$work/stderr-$run_id" | head -n 20 >&2
      break
    fi
    sleep 0.01
  done
  last_line=$line
  if [ "$complete_ms" = TIMEOUT ]; then
    tm capture-pane -p -t "$session" > "$work/timeout-screen-$run_id" 2>/dev/null || true
    [ -f "$work/exit-$run_id" ] || log "  timed out after $1 s; the status line read: $line"
  fi
}

# Quits with q and waits for the JVM to be gone, so that runs do not overlap on the CPUs.
quit() {
  tm send-keys -t "$session" q
  if ! timeout 60 tmux -L "$socket" wait-for "$channel"; then
    log "  the launcher did not exit within 60 s of q; killing its pane"
  fi
  tm kill-session -t "$session" 2>/dev/null || true
}

# Waits until the screen has not changed for 0.5 s (at most 5 s).
settle() {
  local previous= current stable=0 i
  for i in $(seq 500); do
    current=$(tm capture-pane -p -t "$session" | cksum)
    if [ "$current" = "$previous" ]; then stable=$((stable + 1)); else stable=0; fi
    [ "$stable" -lt 50 ] || return 0
    previous=$current
    sleep 0.01
  done
}

# Bytes written to the terminal for one `j`: everything in the second after the key.
move_bytes() {
  local file=$work/move-$run_id-$1
  settle
  tm pipe-pane -o -t "$session" "cat > '$file'"
  sleep 0.1
  tm send-keys -t "$session" j
  sleep 1
  tm pipe-pane -t "$session"
  sleep 0.2
  wc -c < "$file" | tr -d ' '
}

# The median of a figure's runs, or the first failure (TIMEOUT, FAILED) when a run failed.
figure() {
  local v
  for v in "$@"; do [[ $v =~ ^[0-9]+$ ]] || { echo "$v"; return; }; done
  median "$@"
}

# The launcher's own JVM options (-X..., -XX:...; comments do not count), so that the in-process
# figures run with the same collector, compiler and heap as the launcher.
xmx=$(grep -v '^[[:space:]]*#' "$launcher" | grep -o -- ' -X[^ \\]*' | tr -d '\n' || true)

for n in "${sizes[@]}"; do
  timeout_s=${TIMEOUT:-$(( n / 100000 * 120 > 120 ? n / 100000 * 120 : 120 ))}
  corpus=$work/corpus-$n
  log "N = $(commas "$n"): generating the corpus in $corpus"
  t0=$(now_ns)
  "$java" -cp "$classpath" dev.tidings.bench.CorpusGenerator "$n" "$corpus" "$seed" >&2
  gen_ms=$(( ($(now_ns) - t0) / 1000000 ))
  corpus_bytes=$(du -s --apparent-size -B1 "$corpus" | cut -f1)

  # Cold runs: a fresh cache directory each.
  firsts=()
  colds=()
  skipped=
  warm_cache=
  for k in $(seq "$runs"); do
    warm_cache=$work/cache-$n-cold-$k
    mkdir -p "$warm_cache"
    launch "$warm_cache" "$corpus"
    watch "$timeout_s" "$n"
    quit
    log "  cold run $k: first screen $(ms "$first_ms"), complete $(ms "$complete_ms")"
    firsts+=("$first_ms")
    colds+=("$complete_ms")
    [[ $complete_ms =~ ^[0-9]+$ ]] || break
    skipped=$(sed -n 's/.* \([0-9,]*\) skipped.*/\1/p' <<< "$last_line")
    if [ "$complete_ms" -gt "$slow_ms" ]; then
      [ "$k" -eq "$runs" ] || log "  (slower than ${SLOW:-20} s: not repeated)"
      break
    fi
  done

  # Warm runs: the cache directory the last cold run left; the last one also counts bytes.
  warms=()
  moves=()
  if [[ ${colds[-1]} =~ ^[0-9]+$ ]]; then
    for k in $(seq "$runs"); do
      launch "$warm_cache" "$corpus"
      watch "$timeout_s" "$n"
      log "  warm run $k: first screen $(ms "$first_ms"), complete $(ms "$complete_ms")"
      warms+=("$complete_ms")
      final=0
      if ! [[ $complete_ms =~ ^[0-9]+$ ]] || [ "$k" -eq "$runs" ] || [ "$complete_ms" -gt "$slow_ms" ]; then
        final=1
      fi
      if [ "$final" = 1 ] && [[ $complete_ms =~ ^[0-9]+$ ]]; then
        for m in 1 2 3; do moves+=("$(move_bytes "$m")"); done
        log "  bytes for one cursor move: ${moves[*]}"
      fi
      quit
      [ "$final" = 0 ] || break
    done
  fi

  first=$(figure "${firsts[@]}")
  cold=$(figure "${colds[@]}")
  warm=-
  [ ${#warms[@]} -eq 0 ] || warm=$(figure "${warms[@]}")
  bytes=-
  [ ${#moves[@]} -eq 0 ] || bytes=$(figure "${moves[@]}")

  echo
  note=""
  [ "$n" -eq 100000 ] || note="; targets are those for 100,000"
  echo "N = $(commas "$n") (corpus $(awk -v b="$corpus_bytes" 'BEGIN { printf(b < 1e7 ? "%.1f" : "%.0f", b / 1e6) }') MB, generated in $(awk -v ms="$gen_ms" 'BEGIN { printf "%.1f", ms / 1000 }') s$note)"
  row figure measured target ""
  time_row "cold first screen" "$first" "$target_first"
  time_row "cold complete timeline" "$cold" "$target_cold"
  time_row "warm complete timeline" "$warm" "$target_warm"
  if [ "$bytes" = - ]; then
    row "bytes for one cursor move" "-" "≤ $(commas "$target_bytes") B" MISS
  else
    verdict=MISS
    if [ "$bytes" -le "$target_bytes" ]; then verdict=PASS; fi
    row "bytes for one cursor move" "$(commas "$bytes") B" "≤ $(commas "$target_bytes") B" "$verdict"
  fi
  if [ -f "$classes/dev/tidings/bench/InProcessBench.class" ]; then
    log "  in-process: $java ${xmx:-(no -Xmx)} ... InProcessBench $corpus"
    # shellcheck disable=SC2086
    "$java" $xmx -cp "$classpath" dev.tidings.bench.InProcessBench "$corpus" \
      || echo "in-process figures: InProcessBench failed (exit $?)"
  else
    echo "in-process figures: none (no dev.tidings.bench.InProcessBench in app/target/test-classes)"
  fi
  echo "(medians of ${#colds[@]} cold and ${#warms[@]} warm runs, ${#moves[@]} cursor moves; ${skipped:-?} skipped)"
  [ "${KEEP:-}" = 1 ] || rm -rf "$corpus"
done
