#!/usr/bin/env bash
# The benchmark (docs/benchmarks.md): PostgreSQL, a node on it (profiles postgres,bench), the load driver
# (src/test/java/.../benchmark/FlowBenchmark.java), the duplicate-check benchmark and pgbench; writes
# BENCHMARKS.md at the repository root. Full run < 30 min; --quick is a ~3-minute smoke run (1 run, fewer
# requests, dedup at 10k only, a 60-unit burst, 5 s pgbench). --jfr records the node with Flight Recorder
# and summarises the hottest frames of the product's own code. --capacity (open arrival rates per flow) and
# --feed (the residents' feed at open arrival rates) run only those phases, into benchmarks/capacity.md and
# benchmarks/feed.md, which the full run's BENCHMARKS.md then includes.
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=false
JFR=false
CAPACITY=false
FEED=false
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=true ;;
    --jfr) JFR=true ;;
    --capacity) CAPACITY=true ;;
    --feed) FEED=true ;;
    --volume) exec benchmarks/volume.sh ;;
    *) echo "usage: benchmarks/run.sh [--quick] [--jfr] [--capacity] [--feed] | --volume" >&2; exit 2 ;;
  esac
done

PORT=${BENCH_PORT:-18090}
DB=${BENCH_DB:-hanoi_comms_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER
OUT=target/bench
mkdir -p "$OUT"
STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
SECONDS=0
log() { echo "[bench $(date +%H:%M:%S)] $*"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# 1. PostgreSQL running, a fresh database
if ! pg_isready -q; then
  log "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
  for _ in $(seq 30); do pg_isready -q && break; sleep 1; done
fi
psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

# 2. The jar, and the test classpath for the drivers
JAR=$(ls target/hanoi-comms-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ $QUICK == false || -z "$JAR" || ! -d target/test-classes ]]; then
  log "building (mvn -B -q -DskipTests package)"
  mvn -B -q -DskipTests package
  JAR=$(ls target/hanoi-comms-*.jar | grep -v original | head -1)
fi
if [[ ! -s target/cp.txt || pom.xml -nt target/cp.txt ]]; then
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
fi
CP="target/test-classes:target/classes:$(cat target/cp.txt)"

# 3. The node, on PostgreSQL, without the demo; its administrator's password is made for this run only
JVM_OPTS=(-Xmx1g)
# Camunda's password policy refuses a password containing the user's id or names ("bench", "Benchmark").
export BENCH_ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-Perf#$(date +%s)Hn}"
log "starting the node on port $PORT"
DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" DB_USER=$PGUSER DB_PASSWORD=${PGPASSWORD:-} MAIL_PORT=${BENCH_MAIL_PORT:-3125} \
  java "${JVM_OPTS[@]}" -jar "$JAR" --spring.profiles.active=postgres,bench --server.port="$PORT" \
  --app.demo.enabled=false > "$OUT/node.log" 2>&1 &
NODE=$!
trap 'kill $NODE 2>/dev/null || true' EXIT
for _ in $(seq 180); do
  curl -fs "http://localhost:$PORT/actuator/health/readiness" > /dev/null && break
  kill -0 $NODE 2>/dev/null || { tail -50 "$OUT/node.log"; exit 1; }
  sleep 1
done
curl -fs "http://localhost:$PORT/actuator/health/readiness" > /dev/null
if [[ $JFR == true ]]; then
  # Recorded from readiness on, so that start-up does not drown the requests' samples.
  jcmd $NODE JFR.start name=bench settings=profile > /dev/null
fi

# 4. The flows, their cost and the burst
LOAD_FLOWS=$(loadavg)
log "load driver (load average $LOAD_FLOWS)"
QUICK_ARG=()
[[ $QUICK == true ]] && QUICK_ARG=(--quick)
# --capacity and --feed run only their phases; CAPACITY_RATES and FEED_RATES (comma-separated, requests a
# second) override the rates they step through.
ONLY=()
[[ $CAPACITY == true ]] && ONLY+=(capacity)
[[ $FEED == true ]] && ONLY+=(feed)
ONLY_ARG=()
if [[ ${#ONLY[@]} -gt 0 ]]; then
  ONLY_ARG=(--only "$(IFS=,; echo "${ONLY[*]}")")
  [[ -n ${CAPACITY_RATES:-} ]] && ONLY_ARG+=(--rates "$CAPACITY_RATES")
  [[ -n ${FEED_RATES:-} ]] && ONLY_ARG+=(--feed-rates "$FEED_RATES")
fi
java -Xmx512m -cp "$CP" vn.gov.hanoi.comms.benchmark.FlowBenchmark --url "http://localhost:$PORT" \
  --jdbc "jdbc:postgresql://$PGHOST:5432/$DB" --admin-password "$BENCH_ADMIN_PASSWORD" --out "$OUT" "${QUICK_ARG[@]}" \
  "${ONLY_ARG[@]}" | tee "$OUT/driver.log"
if [[ $JFR == true ]]; then
  jcmd $NODE JFR.dump name=bench filename="$PWD/$OUT/node.jfr" > /dev/null
fi
kill $NODE
wait $NODE 2>/dev/null || true
trap - EXIT

if [[ $JFR == true ]]; then
  # Top frames of the execution samples, and the hottest frames inside the product's own packages.
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$OUT/node.jfr" > "$OUT/samples.txt"
  python3 benchmarks/jfr_top.py "$OUT/samples.txt" > "$OUT/jfr-top.md"
fi

if [[ $FEED == true ]]; then
  {
    echo "Written by \`benchmarks/run.sh $*\`, started $STARTED on $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB,"
    echo "node \`-Xmx1g\` on PostgreSQL (profiles postgres,bench), driver in its own JVM on the same machine."
    echo
    cat "$OUT/feed.md"
  } > benchmarks/feed.md
  log "benchmarks/feed.md written"
  [[ $CAPACITY == true ]] || exit 0
fi
if [[ $CAPACITY == true ]]; then
  {
    echo "Written by \`benchmarks/run.sh $*\`, started $STARTED on $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB;"
    echo "load average (1, 5, 15 min) before the capacity phase: $LOAD_FLOWS (each row has its own)."
    echo
    cat "$OUT/capacity.md"
  } > benchmarks/capacity.md
  log "benchmarks/capacity.md written in $((SECONDS / 60)) min $((SECONDS % 60)) s"
  exit 0
fi

# 5. Duplicate check: latency, build time and heap by corpus size (the rewrite detector's index holds 3.1 GB at 1 M notices)
LOAD_DEDUP=$(loadavg)
log "dedup benchmark (load average $LOAD_DEDUP)"
if [[ $QUICK == true ]]; then SIZES=(10000); else SIZES=(10000 100000 1000000); fi
java -Xmx6g -cp "$CP" vn.gov.hanoi.comms.dedup.DedupBenchmark "$OUT/dedup.md" "${SIZES[@]}" | tee "$OUT/dedup.log"

# 6. PostgreSQL's own ceiling
LOAD_PGBENCH=$(loadavg)
log "pgbench (load average $LOAD_PGBENCH)"
psql -q -d postgres -c "drop database if exists bench_pgbench with (force)" -c "create database bench_pgbench"
pgbench -i -q -s 10 bench_pgbench > "$OUT/pgbench-init.log" 2>&1
if [[ $QUICK == true ]]; then T=5; RUNS=1; else T=30; RUNS=3; fi
pgbench_tps() { pgbench "$@" -c 4 -j 2 -T "$T" bench_pgbench 2>/dev/null | awk '/^tps = / {printf "%.0f\n", $3}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
SELECT_TPS=$(for _ in $(seq $RUNS); do pgbench_tps -S; done | median)
UPDATE_TPS=$(for _ in $(seq $RUNS); do pgbench_tps -N; done | median)
psql -q -d postgres -c "drop database bench_pgbench"

# 7. BENCHMARKS.md
COMMAND="benchmarks/run.sh${*:+ $*}"
JAVA_VERSION=$(java -version 2>&1 | head -1)
PG_VERSION=$(psql -tAc 'show server_version' -d postgres)
CAMUNDA_VERSION=$(sed -n 's:.*<camunda.version>\(.*\)</camunda.version>.*:\1:p' pom.xml)
BOOT_VERSION=$(grep -A1 '<artifactId>spring-boot-starter-parent</artifactId>' pom.xml | sed -n 's:.*<version>\(.*\)</version>.*:\1:p')
{
  echo "# Benchmarks"
  echo
  echo "Written by \`$COMMAND\` (see [docs/benchmarks.md](docs/benchmarks.md)), started $STARTED, took $((SECONDS / 60)) min $((SECONDS % 60)) s."
  echo
  echo "| machine | |"
  echo "|---|---|"
  echo "| cores (\`nproc\`) | $(nproc) |"
  echo "| memory (\`free -g\`, total GB) | $(free -g | awk '/^Mem:/ {print $2}') |"
  echo "| Java | $JAVA_VERSION |"
  echo "| PostgreSQL | $PG_VERSION |"
  echo "| Camunda | $CAMUNDA_VERSION |"
  echo "| Spring Boot | $BOOT_VERSION |"
  echo "| load average (1, 5, 15 min) before the flows / dedup / pgbench | $LOAD_FLOWS / $LOAD_DEDUP / $LOAD_PGBENCH |"
  echo
  echo "## Flows on PostgreSQL (node: \`--spring.profiles.active=postgres,bench\`, \`-Xmx1g\`, history level full)"
  echo
  cat "$OUT/flows.md"
  echo
  if [[ -s benchmarks/feed.md ]]; then
    echo "## Feed under load (\`benchmarks/run.sh --feed\`, node as above)"
    echo
    cat benchmarks/feed.md
    echo
  fi
  if [[ -s benchmarks/capacity.md ]]; then
    echo "## Capacity (\`benchmarks/run.sh --capacity\`, node as above)"
    echo
    cat benchmarks/capacity.md
    echo
  fi
  echo "## Duplicate check (DedupBenchmark, \`-Xmx6g\`)"
  echo
  grep '^|' "$OUT/dedup.md"
  echo
  echo "## PostgreSQL's own ceiling (pgbench, scale 10, 4 clients, 2 threads, ${T} s, median of $RUNS)"
  echo
  echo "| pgbench | TPS |"
  echo "|---|---:|"
  echo "| \`-S\` (select only) | $SELECT_TPS |"
  echo "| \`-N\` (simple update) | $UPDATE_TPS |"
  if [[ $JFR == true && -s "$OUT/jfr-top.md" ]]; then
    echo
    echo "## Where the node's CPU goes (JFR execution samples over the flows, the cost phase and the burst)"
    echo
    cat "$OUT/jfr-top.md"
  fi
  if [[ -s benchmarks/notes.md ]]; then
    echo
    cat benchmarks/notes.md
  fi
} > BENCHMARKS.md
log "BENCHMARKS.md written in $((SECONDS / 60)) min $((SECONDS % 60)) s"
