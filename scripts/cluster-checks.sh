# Functions shared by scripts/spark-standalone.sh and scripts/spark-yarn.sh (sourced, not run). Each caller sets
# status=0 and SPARK_HOME first, and defines fail MESSAGE.

spark_jars() {   # spark_jars SCRATCH: Spark's jars (the project's provided dependencies, from Maven) in $SPARK_HOME/jars
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$1/spark.cp" \
      > "$1/maven.log" 2>&1 || { cat "$1/maven.log" >&2; exit 1; }
  mkdir -p "$SPARK_HOME/jars"
  tr ':' '\n' < "$1/spark.cp" | while read -r jar; do ln -s "$jar" "$SPARK_HOME/jars/"; done
}

java17_opens() {   # sets opens: the --add-opens options Spark needs on Java 17, as pom.xml's test configuration has them
  opens="$(sed -n 's/.*<argLine>.*-Djava.util.prefs.userRoot=[^ ]* \(--add-opens.*\)<\/argLine>.*/\1/p' pom.xml)"
  [ -n "$opens" ] || fail "no --add-opens found in pom.xml's argLine"
}

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
