#!/usr/bin/env bash
# The volume benchmark (issue 14, first part): fills PostgreSQL with five years of a national
# deployment and measures the officials' and residents' reads against the same reads on the empty
# database; writes target/volume/volume.md and the "Volume" section of BENCHMARKS.md.
#   1. a fresh database, the node on it (Flyway and the engine create the schema; the seed's units)
#   2. the country's units (benchmarks/volume-units.sql), node restarted so it loads them;
#      the reads measured on this empty database
#   3. OPEN (20,000) open VNeID requests submitted through the product's own submit (a bench-only
#      endpoint, OpenRequestSeeder): real process instances waiting in Task_Appraise, over every commune
#   4. VNEID (500,000) requests and IHANOI (1,000,000) notices of five years with their rounds,
#      decisions, letters, publications and index log (benchmarks/volume-history.sql), and the engine's
#      history of the last DAYS (180) days (benchmarks/volume-engine-history.sql)
#   5. the node restarted (start-up time, heap after start), the reads measured again
# Environment: VOLUME_DB, VOLUME_PORT, VOLUME_MAIL_PORT, VNEID, IHANOI, OPEN, DAYS, VOLUME_XMX (default 1g),
# SEED_THREADS (the open requests' submitting threads, default 4), VOLUME_OUT (default target/volume),
# READS_N (calls per read, default 30: a Tasklist list call took 2-4 s on the loaded machine, see BENCHMARKS.md).
# VOLUME_JAVA_OPTS: JVM options of the node, before -jar (e.g. -XX:SharedArchiveFile=app.jsa for a CDS archive
# with an extracted jar, docs/operations.md).
# VOLUME_STEPS (default all) runs part of it, so that one fill serves several measures (e.g. two jars):
#   fill     steps 1-4 only, without the reads on the empty database; keeps VOLUME_DB (with its node's
#            schema and data) and writes $VOLUME_OUT/fill.md (times, rows, loads); BENCHMARKS.md untouched
#   measure  skips steps 1-4: step 5 on the existing VOLUME_DB (never dropped), with the jar VOLUME_JAR,
#            the cadence check at start-up off (the fill's reminders are there) and the reads labelled
#            MEASURE_LABEL (default volume; READS_ONLY is passed as volume_measure.py --only); removes the
#            'bench' administrator first (user, memberships, its grants) so that the node makes it again with
#            this run's BENCH_ADMIN_PASSWORD; appends to $VOLUME_OUT/measure.md; BENCHMARKS.md untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${VOLUME_DB:-hanoi_volume}
PORT=${VOLUME_PORT:-18091}
VNEID=${VNEID:-500000}
IHANOI=${IHANOI:-1000000}
OPEN=${OPEN:-20000}
DAYS=${DAYS:-180}
XMX=${VOLUME_XMX:-1g}
SEED_THREADS=${SEED_THREADS:-4}
READS_N=${READS_N:-30}
STEPS=${VOLUME_STEPS:-all}
case "$STEPS" in all|fill|measure) ;; *) echo "VOLUME_STEPS must be all, fill or measure" >&2; exit 2 ;; esac
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER
OUT=${VOLUME_OUT:-target/volume}
mkdir -p "$OUT"
STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
SECONDS=0
log() { echo "[volume $(date +%H:%M:%S)] $*"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
export BENCH_ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-Vol#$(date +%s)Hn}"
URL="http://localhost:$PORT"

if ! pg_isready -q; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
  for _ in $(seq 30); do pg_isready -q && break; sleep 1; done
fi
if [[ $STEPS == measure ]]; then
  psql -tAq -d postgres -c "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
    || { echo "VOLUME_STEPS=measure: database $DB does not exist (fill it with VOLUME_STEPS=fill)" >&2; exit 2; }
else
  psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
fi
JAR=${VOLUME_JAR:-$(ls target/hanoi-comms-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [[ -z "$JAR" || -n "${VOLUME_BUILD:-}" ]]; then
  log "building (mvn -B -q -DskipTests package)"
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/hanoi-comms-*.jar | grep -v original | head -1)
fi

NODE=
start_node() {
  local t0=$(date +%s.%N)
  DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" DB_USER=$PGUSER DB_PASSWORD=${PGPASSWORD:-} \
    MAIL_PORT=${VOLUME_MAIL_PORT:-3126} java -Xmx$XMX ${VOLUME_JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=postgres,bench \
    --server.port="$PORT" --app.demo.enabled=false ${NODE_ARGS:-} > "$OUT/node-$1.log" 2>&1 &
  NODE=$!
  for _ in $(seq 900); do
    curl -fs "$URL/actuator/health/readiness" > /dev/null && break
    kill -0 $NODE 2>/dev/null || { tail -40 "$OUT/node-$1.log"; exit 1; }
    sleep 0.2
  done
  STARTUP=$(echo "$(date +%s.%N) - $t0" | bc)
  HEAP_MB=$(jcmd $NODE GC.heap_info 2>/dev/null | awk '/ used / {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub("K,?", "", v); print int(v / 1024); exit}}')
  RSS_MB=$(( $(awk '/VmRSS/ {print $2}' /proc/$NODE/status) / 1024 ))
  LOAD_START=$(loadavg)
  log "node ($1) ready in ${STARTUP}s, heap used ${HEAP_MB} MB, RSS ${RSS_MB} MB (load $LOAD_START)"
}
# The cadence check at start-up (CadenceStartupCheck) runs after readiness on a thread of its own; the
# reads wait for it so that they do not share the machine with it. CADENCE = its own figure from the log.
wait_cadence() {
  local t0=$SECONDS
  CADENCE="not done after ${CADENCE_WAIT:-1800} s"
  for _ in $(seq $(( ${CADENCE_WAIT:-1800} / 2 ))); do
    if grep -q 'cadence check at start-up done\|cadence check at start-up failed' "$OUT/node-$1.log"; then
      CADENCE=$(grep -o 'cadence check at start-up done in [0-9]* ms: reminders started for [0-9]* bodies' "$OUT/node-$1.log" \
        | sed 's/cadence check at start-up //' | tail -1)
      [[ -n "$CADENCE" ]] || CADENCE="failed (see node-$1.log)"
      break
    fi
    sleep 2
  done
  log "cadence check at start-up ($1): $CADENCE (waited $((SECONDS - t0)) s)"
}
stop_node() { kill $NODE; wait $NODE 2>/dev/null || true; }
trap '[[ -n "$NODE" ]] && kill $NODE 2>/dev/null || true' EXIT

if [[ $STEPS == measure ]]; then
  LABEL=${MEASURE_LABEL:-volume}
  # The administrator is made at start-up only when absent (camunda.bpm.admin-user): drop the fill's.
  psql -q -d "$DB" -c "delete from act_id_membership where user_id_ = 'bench'" \
    -c "delete from act_ru_authorization where user_id_ = 'bench'" -c "delete from act_id_user where id_ = 'bench'"
  NODE_ARGS="--app.ihanoi.cadence.check-at-start=false ${NODE_ARGS:-}"
  log "5. node on $DB ($LABEL, $JAR)"
  start_node "measure-$LABEL"
  # The duplicate index loads after readiness since issue 14's fourth pass: the reads wait for it.
  T0=$SECONDS
  for _ in $(seq 600); do
    grep -q 'Duplicate index loaded at start-up\|start-up load failed' "$OUT/node-measure-$LABEL.log" && break
    sleep 0.5
  done
  log "duplicate index loaded $((SECONDS - T0)) s after readiness"
  LOAD_READS=$(loadavg)
  : > "$OUT/reads-$LABEL.md"
  python3 benchmarks/volume_measure.py --url "$URL" --admin-password "$BENCH_ADMIN_PASSWORD" --label "$LABEL" \
    --n "$READS_N" --out "$OUT/reads-$LABEL.md" ${READS_ONLY:+--only "$READS_ONLY"}
  DEDUP_LOAD=$(grep -io 'duplicate index[^"]*' "$OUT/node-measure-$LABEL.log" | tail -1 || true)
  stop_node
  {
    echo "### $LABEL: $JAR on $DB (started $STARTED)"
    echo
    echo "Start-up to readiness ${STARTUP} s (load at ready $LOAD_START), heap used ${HEAP_MB} MB, RSS ${RSS_MB} MB;"
    echo "duplicate index: ${DEDUP_LOAD:-not logged}; load before the reads $LOAD_READS, after $(loadavg)."
    echo
    echo "| run | read | command | calls | p50 (ms) | p99 (ms) |"
    echo "|---|---|---|---:|---:|---:|"
    cat "$OUT/reads-$LABEL.md"
    echo
  } | tee -a "$OUT/measure.md"
  exit 0
fi

log "1. schema and seed"
start_node schema
stop_node
log "2. the country's units"
psql -q -d "$DB" -f benchmarks/volume-units.sql
# The open requests are numbered after the history's ids (1..VNEID), so a unit's newest come first.
psql -q -d "$DB" -c "alter table vneid_request alter column id restart with $((VNEID + 1000001))"
start_node empty
STARTUP_EMPTY=$STARTUP HEAP_EMPTY=$HEAP_MB RSS_EMPTY=$RSS_MB LOAD_START_EMPTY=$(loadavg)
wait_cadence empty
CADENCE_EMPTY=$CADENCE
log "3. $OPEN open requests through the product"
T0=$SECONDS
curl -fsS -u "bench:$BENCH_ADMIN_PASSWORD" -X POST "$URL/api/bench/open-requests?count=$OPEN&threads=$SEED_THREADS" \
  | tee "$OUT/open.json"; echo
OPEN_SECONDS=$((SECONDS - T0)) LOAD_OPEN=$(loadavg)
: > "$OUT/reads.md"
LOAD_EMPTY=$(loadavg)
if [[ $STEPS == all ]]; then
  log "reads on the empty database (only the open requests; load $LOAD_EMPTY)"
  python3 benchmarks/volume_measure.py --url "$URL" --admin-password "$BENCH_ADMIN_PASSWORD" --label empty \
    --n "$READS_N" --out "$OUT/reads.md"
fi
stop_node
log "4. five years of history"
T0=$SECONDS
psql -q -d "$DB" -v vneid="$VNEID" -v ihanoi="$IHANOI" -f benchmarks/volume-history.sql
psql -q -d "$DB" -v days="$DAYS" -f benchmarks/volume-engine-history.sql
FILL_SECONDS=$((SECONDS - T0))
COUNTS=$(psql -tA -d "$DB" -F ' / ' -c "select (select count(*) from vneid_request), (select count(*) from vneid_round),
  (select count(*) from vneid_decision), (select count(*) from vneid_notice), (select count(*) from ihanoi_notice),
  (select count(*) from ihanoi_decision), (select count(*) from publication), (select count(*) from publication_target),
  (select count(*) from act_hi_procinst), (select count(*) from act_hi_actinst) + (select count(*) from act_hi_varinst)
  + (select count(*) from act_hi_detail) + (select count(*) from act_hi_taskinst), (select count(*) from act_ru_task),
  pg_size_pretty(pg_database_size('$DB'))")
log "rows: $COUNTS"
if [[ $STEPS == fill ]]; then
  {
    echo "### Fill of $DB (benchmarks/volume.sh, VOLUME_STEPS=fill, started $STARTED, $((SECONDS / 60)) min $((SECONDS % 60)) s)"
    echo
    echo "| figure | value |"
    echo "|---|---:|"
    echo "| start-up with the country's units, before the history (s) | $STARTUP_EMPTY (load $LOAD_START_EMPTY) |"
    echo "| cadence check at start-up, after readiness | $CADENCE_EMPTY |"
    echo "| open requests through the product (OpenRequestSeeder, $SEED_THREADS threads; load after: $LOAD_OPEN) | $(cat "$OUT/open.json") in ${OPEN_SECONDS} s |"
    echo "| history filled by SQL (volume-history.sql + volume-engine-history.sql; load after: $(loadavg)) | ${FILL_SECONDS} s |"
    echo "| rows: requests / rounds / decisions / letters / notices / notice decisions / publications / targets / history instances / other history rows / open tasks / database size | $COUNTS |"
  } | tee "$OUT/fill.md"
  log "fill done: $DB kept; measure it with VOLUME_STEPS=measure VOLUME_DB=$DB"
  exit 0
fi
log "5. node on the full database"
start_node volume
STARTUP_VOLUME=$STARTUP HEAP_VOLUME=$HEAP_MB RSS_VOLUME=$RSS_MB LOAD_START_VOLUME=$(loadavg)
wait_cadence volume
CADENCE_VOLUME=$CADENCE
LOAD_VOLUME=$(loadavg)
python3 benchmarks/volume_measure.py --url "$URL" --admin-password "$BENCH_ADMIN_PASSWORD" --label volume \
  --n "$READS_N" --out "$OUT/reads.md"
DEDUP_LOAD=$(grep -io 'duplicate index[^"]*' "$OUT/node-volume.log" | tail -1 || true)
stop_node

{
  echo "## Volume (issue 14): five years of a national deployment"
  echo
  echo "Written by \`benchmarks/volume.sh\` (started $STARTED, took $((SECONDS / 60)) min $((SECONDS % 60)) s) on"
  echo "$(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB, PostgreSQL $(psql -tAc 'show server_version' -d postgres);"
  echo "node \`-Xmx$XMX\`, profiles postgres,bench, history level full. Load average before the empty / volume reads:"
  echo "$LOAD_EMPTY / $LOAD_VOLUME (other work on the machine counts in these figures)."
  echo
  echo "| figure | value |"
  echo "|---|---:|"
  echo "| open requests through the product (OpenRequestSeeder, $SEED_THREADS threads; load after: $LOAD_OPEN) | $(cat "$OUT/open.json") in ${OPEN_SECONDS} s |"
  echo "| history filled by SQL (volume-history.sql + volume-engine-history.sql) | ${FILL_SECONDS} s |"
  echo "| rows: requests / rounds / decisions / letters / notices / notice decisions / publications / targets / history instances / other history rows / open tasks / database size | $COUNTS |"
  echo "| start-up to readiness, units only / at volume (s) | $STARTUP_EMPTY / $STARTUP_VOLUME (load $LOAD_START_EMPTY / $LOAD_START_VOLUME) |"
  echo "| cadence check at start-up, after readiness in the background, units only / at volume | $CADENCE_EMPTY / $CADENCE_VOLUME |"
  echo "| duplicate index's start-up load at volume (node log) | ${DEDUP_LOAD:-not logged} |"
  echo "| heap used after start-up, units only / at volume (MB) | $HEAP_EMPTY / $HEAP_VOLUME |"
  echo "| resident memory after start-up, units only / at volume (MB) | $RSS_EMPTY / $RSS_VOLUME |"
  echo
  echo "Reads, one at a time after 5 warm-up calls (1 for the reports), p50/p99 in ms as the client sees them"
  echo "(\`benchmarks/volume_measure.py\`); *empty* = the units and the $OPEN open requests only:"
  echo
  echo "| database | read | command | calls | p50 (ms) | p99 (ms) |"
  echo "|---|---|---|---:|---:|---:|"
  cat "$OUT/reads.md"
} > "$OUT/volume.md"
python3 - "$OUT/volume.md" <<'PY'
import re, sys
section = open(sys.argv[1]).read()
text = open("BENCHMARKS.md").read()
start = text.find("## Volume (issue 14)")
if start >= 0:
    end = text.find("\n## ", start + 1)
    text = text[:start] + section + ("" if end < 0 else text[end:])
else:
    text = text.rstrip("\n") + "\n\n" + section
open("BENCHMARKS.md", "w").write(text)
PY
log "done: $OUT/volume.md, BENCHMARKS.md"
