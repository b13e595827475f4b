# Functions shared by scripts/spark-standalone.sh and scripts/spark-yarn.sh (sourced, not run). Each caller sets
# status=0 first and defines fail MESSAGE.

same() {   # same FOLDER_A FOLDER_B FILE...: each file's bytes compared; a difference sets status=1
  local a="$1" b="$2"; shift 2
  for f in "$@"; do
    if cmp -s "$a/$f" "$b/$f"; then echo "  same bytes: $f"; else echo "  DIFFERENT: $f"; status=1; fi
  done
}

points_done() { ls "$1"/runs/*/done 2> /dev/null | wc -l; }   # points_done FOLDER: a sweep's design points written

wait_for_points() {   # wait_for_points FOLDER PID: until two of the sweep's points are done, while PID runs
  while [ "$(points_done "$1")" -lt 2 ]; do
    kill -0 "$2" 2> /dev/null || fail "the sweep ended before it could be stopped; give more replications"
    sleep 0.2
  done
}
