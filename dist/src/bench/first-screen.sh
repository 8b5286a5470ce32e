#!/usr/bin/env bash
# Time from starting the launcher to its first complete screen (the status line's "? help"
# hint), measured from outside, as a user sees it: the launcher runs in a detached tmux pane
# (120x40) with stdout redirected, and the pane is polled every 10 ms.
#
#   dist/src/bench/first-screen.sh [RUNS] [ARGS...]     e.g. first-screen.sh 5 ../shared/corpus/powerapps
#
# Prints each run's seconds and the median. Needs tmux and a built distribution.
set -euo pipefail
cd "$(dirname "$0")/../../.."
launcher=$PWD/dist/target/tidings/bin/tidings
[ -x "$launcher" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
runs=${1:-5}
shift || true
args=""
for arg in "$@"; do args="$args '$(realpath "$arg")'"; done
socket=tidings-bench-$$
trap 'tmux -L "$socket" kill-server >/dev/null 2>&1 || true' EXIT
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  tmux -L "$socket" -f /dev/null new-session -d -s bench -x 120 -y 40 \
    "'$launcher' $args > /dev/null; tmux -L '$socket' wait-for -S exited; sleep 60"
  until tmux -L "$socket" capture-pane -p -t bench | grep -q '? help'; do sleep 0.01; done
  end=$(date +%s%N)
  # Quit and wait for the JVM to be gone, so that runs do not overlap on the CPUs.
  tmux -L "$socket" send-keys -t bench q
  tmux -L "$socket" wait-for exited
  tmux -L "$socket" kill-session -t bench
  times+=("$(( (end - start) / 1000000 ))")
  echo "run: ${times[-1]} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median first screen: $median ms over $runs runs"
