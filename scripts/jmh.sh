#!/usr/bin/env bash
# JMH micro-benchmarks (src/test/java/**/*Benchmark.java): compiles the tests, whose annotation processor writes the
# benchmarks' harness, then runs JMH's own runner with any JMH options given, e.g.
#
#   scripts/jmh.sh                         # every benchmark
#   scripts/jmh.sh NormalDraws             # the ones whose name matches
#   scripts/jmh.sh Replication -p scenario=results/synth-200.yaml -wi 2 -i 3
#   scripts/jmh.sh -h                      # JMH's options
#
# JMH forks a fresh JVM per benchmark with the launcher's collector and JIT settings. Figures: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat "$cp")" org.openjdk.jmh.Main \
    -jvmArgsAppend "-XX:+UseSerialGC -XX:-UseProfiledLoopPredicate -XX:InlineSmallCode=1000 -XX:Tier4BackEdgeThreshold=400000" "$@"
