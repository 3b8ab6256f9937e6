#!/usr/bin/env bash
# The full benchmark: writes docs/benchmarks.md and docs/benchmarks-latency.png (about two hours: Samskab on
# MariaDB and on its embedded H2 default).
# Needs what ./mvnw verify needs (JDK 21+, MariaDB at 127.0.0.1:3306, Chromium). Extra Maven arguments are
# passed on, e.g. bench/run.sh -Dbench.parts=propagation -Dbench.ns=10,100 -Dbench.docs=target/bench
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export SE_OFFLINE=true
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
# The floor: a minimal Vaadin push app on the same versions, kept out of Samskab's jar.
./mvnw -B -q -f bench/floor/pom.xml -DskipTests package
# Builds Samskab's production jar and runs FullBenchmarkIT against it (unit and browser tests skipped).
exec ./mvnw -B -Pbench verify "$@"
