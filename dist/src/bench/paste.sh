#!/usr/bin/env bash
# The paste benchmark: how the browser copes with 100 KB pasted into the filter prompt, as a user
# sees it. The launcher runs in a detached tmux pane of 120x40 over a corpus, with stdout and
# stderr to files and XDG_CACHE_HOME, XDG_STATE_HOME and XDG_CONFIG_HOME in a temporary directory;
# the pane's last row, the status line, is polled every 10 ms.
#
#   dist/src/bench/paste.sh [N]            default 100000: generates a corpus of N articles
#   dist/src/bench/paste.sh --corpus DIR   an existing corpus (of any size)
#
# Needs tmux and a built distribution (`mvn -q -DskipTests package`). One run indexes the corpus
# (so that the other runs start warm) and quits; then, RUNS times each (default 3):
#
#   UI answers after the paste   `/`, then 100 KB of words on one line pasted with tmux
#                                paste-buffer and Enter sent right after it: the time from the
#                                paste until the status line shows the filter kept (`filter: …`),
#                                that is until a key typed after the paste has taken effect.
#   Ctrl-C exits during the paste  `/`, the same paste and Ctrl-C sent right after it: the time
#                                from sending Ctrl-C until the launcher has exited, and its exit
#                                status (130).
#
# The target for Ctrl-C is 200 ms; the paste has none but "answers". PASTE_BYTES changes the size
# of the paste (default 102400), KEEP=1 keeps the temporary directory, SEED the corpus seed.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
launcher=$root/dist/target/tidings/bin/tidings
classes=$root/app/target/test-classes
classpath="$classes:$root/dist/target/tidings/lib/*"
if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; else java=$(command -v java || true); fi
command -v tmux >/dev/null || { echo "paste.sh: needs tmux" >&2; exit 2; }
[ -x "$launcher" ] || { echo "paste.sh: build first: mvn -q -DskipTests package" >&2; exit 2; }

n=100000
corpus=
case "${1:-}" in
  --corpus) corpus=$(cd "$2" && pwd) ;;
  '') ;;
  *) [[ $1 =~ ^[1-9][0-9]*$ ]] || { echo "paste.sh: N must be a positive integer" >&2; exit 2; }; n=$1 ;;
esac
runs=${RUNS:-3}
bytes=${PASTE_BYTES:-102400}
rows=40
cols=120
target_ctrl_c=200

work=$(mktemp -d "${TMPDIR:-/tmp}/tidings-paste.XXXXXX")
socket=tidings-paste-$$
cleanup() {
  tmux -L "$socket" kill-server >/dev/null 2>&1 || true
  if [ "${KEEP:-}" = 1 ]; then echo "paste.sh: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
tm() { tmux -L "$socket" "$@"; }
log() { echo "$@" >&2; }
now_ns() { date +%s%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

if [ -z "$corpus" ]; then
  corpus=$work/corpus
  log "paste.sh: generating $n articles in $corpus"
  "$java" -cp "$classpath" dev.tidings.bench.CorpusGenerator "$n" "$corpus" "${SEED:-1}" >&2
fi
n=$(find "$corpus" -type f | wc -l)
mkdir -p "$work/cache" "$work/state" "$work/config"

# 100 KB of lower-case words on one line: what a paste of prose into the prompt looks like, with
# no line break (which the prompt would read as Enter).
words=(market china ipo sensetime bank climate energy court health data chip vaccine inflation)
: > "$work/paste"
while [ "$(wc -c < "$work/paste")" -lt "$bytes" ]; do
  printf '%s ' "${words[@]}" "${words[@]:3}" "${words[@]:0:5}" >> "$work/paste"
done
head -c "$bytes" "$work/paste" > "$work/paste.cut" && mv "$work/paste.cut" "$work/paste"
tm -f /dev/null new-session -d -s holder -x "$cols" -y "$rows" 'sleep 1000000'
tm load-buffer -b paste "$work/paste"

run_id=0
launch() {
  run_id=$((run_id + 1))
  session=paste-$run_id
  channel=exited-$run_id
  tm new-session -d -s "$session" -x "$cols" -y "$rows" \
    "XDG_CACHE_HOME='$work/cache' XDG_STATE_HOME='$work/state' XDG_CONFIG_HOME='$work/config' '$launcher' '$corpus' > '$work/stdout-$run_id' 2> '$work/stderr-$run_id'; echo \$? > '$work/exit-$run_id'; tmux -L '$socket' wait-for -S '$channel'; sleep 1000000"
}
status_line() { tm capture-pane -p -t "$session" -S $((rows - 1)) -E $((rows - 1)) 2>/dev/null || true; }
# Waits (at most $1 s) until the status line matches the regular expression $2.
await() {
  local deadline=$(( $(now_ns) + $1 * 1000000000 ))
  until [[ $(status_line) =~ $2 ]]; do
    [ "$(now_ns)" -lt "$deadline" ] || { log "  timed out waiting for /$2/: $(status_line)"; return 1; }
    [ ! -f "$work/exit-$run_id" ] || { log "  the launcher exited: $(cat "$work/stderr-$run_id")"; return 1; }
    sleep 0.01
  done
}
# Waits until the timeline is complete and the prompt is open.
ready() {
  await 300 "[0-9,]+ articles" && await 300 "^ *1/" || return 1
  while [[ $(status_line) == *indexing* ]]; do sleep 0.05; done
  sleep 1
  tm send-keys -t "$session" /
  await 10 "^ /"
}
finish() {
  tm send-keys -t "$session" C-c
  timeout 60 tmux -L "$socket" wait-for "$channel" || log "  no exit within 60 s"
  tm kill-session -t "$session" 2>/dev/null || true
}

log "paste.sh: indexing $n files once (warm runs after)"
launch
ready || exit 1
finish

answers=()
for k in $(seq "$runs"); do
  launch
  ready || exit 1
  t0=$(now_ns)
  tm paste-buffer -b paste -t "$session"
  tm send-keys -t "$session" Enter
  if await 300 "^ filter: "; then
    answers+=($(( ($(now_ns) - t0) / 1000000 )))
    log "  run $k: the UI answered $(( answers[-1] )) ms after the paste; status: $(status_line | sed 's/  */ /g')"
  else
    answers+=(TIMEOUT)
  fi
  finish
done

quits=()
statuses=()
for k in $(seq "$runs"); do
  launch
  ready || exit 1
  tm paste-buffer -b paste -t "$session"
  t0=$(now_ns)
  tm send-keys -t "$session" C-c
  if timeout 60 tmux -L "$socket" wait-for "$channel"; then
    quits+=($(( ($(now_ns) - t0) / 1000000 )))
    statuses+=("$(cat "$work/exit-$run_id")")
    log "  run $k: exited $(( quits[-1] )) ms after Ctrl-C, status ${statuses[-1]}"
  else
    quits+=(TIMEOUT)
    statuses+=(-)
  fi
  tm kill-session -t "$session" 2>/dev/null || true
done

numeric() { local v; for v in "$@"; do [[ $v =~ ^[0-9]+$ ]] || { echo "$v"; return; }; done; median "$@"; }
answer=$(numeric "${answers[@]}")
quit=$(numeric "${quits[@]}")
verdict=MISS
if [[ $quit =~ ^[0-9]+$ ]] && [ "$quit" -le "$target_ctrl_c" ]; then verdict=PASS; fi
echo "paste of $((bytes / 1024)) KB into the prompt over $n files (median of $runs runs):"
echo "  UI answers after the paste        ${answer} ms   (runs: ${answers[*]})"
echo "  Ctrl-C exits during the paste     ${quit} ms   ≤ ${target_ctrl_c} ms  $verdict   (runs: ${quits[*]}; exit status ${statuses[*]})"
