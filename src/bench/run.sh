#!/usr/bin/env bash
# Whole-process benchmarks of kbaudit against the baselines of issue "bulk audit speed and memory":
#   - JSON, 500,000 servers: `kbaudit audit --json` vs Node.js merely parsing the same file, and what Node
#     needs merely to write the report kbaudit writes (src/bench/node-report.js);
#   - JSON Lines, 2,000,000 servers: peak memory;
#   - flat .xlsx, 100,000 servers: `kbaudit audit --xlsx` vs openpyxl (read-only) merely iterating it;
#   - the README's audit of inventories/ (first impression).
# Each command runs RUNS times (default 3) after one warm-up; the median wall time and peak RSS are printed.
# Needs: the built tool (mvn -B -q package -DskipTests), GNU time (/usr/bin/time), node, and for the
# workbook baseline Debian's python3-openpyxl (apt-get install -y python3-openpyxl).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-3}
WORK=${WORK:-target/bench}
KB=target/kbaudit
mkdir -p "$WORK"
[ -x "$KB" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }

gen() { # servers format file
  [ -f "$3" ] || "$KB" generate --servers "$1" --seed 7 --format "$2" --out "$3" >/dev/null
}

measure() { # label command...
  local label=$1; shift
  "$@" >/dev/null 2>&1 || true
  local times=() rss=() stats="$WORK/.time"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$stats" -f '%e %M' "$@" >/dev/null 2>&1 || true
    local out
    out=$(tail -1 "$stats")
    times+=("${out% *}"); rss+=("${out#* }")
  done
  local t m
  t=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  m=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  printf '%-48s median %6.2f s   peak RSS %5d MB\n' "$label" "$t" $((m / 1024)) >&2
  echo "$t"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; java: $(java -version 2>&1 | head -1)" >&2

gen 500000 json "$WORK/fleet-500k.json"
gen 2000000 jsonl "$WORK/fleet-2m.jsonl"
gen 100000 xlsx "$WORK/fleet-100k.xlsx"
echo "fleets: $(du -h "$WORK"/fleet-* | awk '{print $2 " " $1}' | tr '\n' ' ')" >&2

first=$(measure "README audit of inventories/ (json+xlsx)" "$KB" audit inventories --quiet \
  --json "$WORK/sample.json" --xlsx "$WORK/sample.xlsx")

ours=$(measure "kbaudit audit 500k JSON --json" "$KB" audit "$WORK/fleet-500k.json" --quiet --json "$WORK/r500k.json")
node=$(measure "node JSON.parse of the same file" node -e \
  "JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'))" "$WORK/fleet-500k.json")
echo "500k JSON: kbaudit/node = $(ratio "$ours" "$node") (target <= 1)" >&2
# The other half of the job the target leaves out: the report kbaudit must write is three times the input.
echo "node stringifying and writing kbaudit's 500k report alone (no reading, no deciding):" \
  "$(node --max-old-space-size=16000 src/bench/node-report.js "$WORK/r500k.json" "$WORK/r500k.node.json")" >&2

measure "kbaudit audit 2M JSON Lines --json" "$KB" audit "$WORK/fleet-2m.jsonl" --quiet --json "$WORK/r2m.json" >/dev/null

xl=$(measure "kbaudit audit 100k flat .xlsx --xlsx" "$KB" audit "$WORK/fleet-100k.xlsx" --quiet --xlsx "$WORK/r100k.xlsx")
if /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  py=$(measure "openpyxl read-only iteration of the same" /usr/bin/python3 -c \
    "import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        pass" "$WORK/fleet-100k.xlsx")
  echo "100k xlsx: kbaudit/openpyxl = $(ratio "$xl" "$py") (target < 0.5)" >&2
else
  echo "openpyxl baseline skipped: apt-get install -y python3-openpyxl" >&2
fi
