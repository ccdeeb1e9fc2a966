#!/usr/bin/env bash
# The package dependency picture: which capability package (the first level below vn.gov.hanoi.comms) uses
# which, read from the compiled classes with jdeps (ships with the JDK). One line per package:
#
#   area -> common(2) security(1)
#
# means 2 classes of area use something in common, 1 uses something in security (nested classes count with
# their top-level class; "(root)" is vn.gov.hanoi.comms itself, i.e. Application). Same-package use is left out.
#
#   tools/package-deps.sh                 the picture (compiles first when target/classes is missing)
#   tools/package-deps.sh FROM TO         the classes behind one edge, e.g. tools/package-deps.sh common vneid
#
# Run ./mvnw -q compile first if the sources changed since the last build. docs/architecture/README.md says how
# to read it; docs/architecture/package-dependencies.txt is the picture saved when the rules were written.
set -euo pipefail
cd "$(dirname "$0")/.."
classes=target/classes
if [ ! -d "$classes/vn/gov/hanoi/comms" ]; then
  ./mvnw -q -B compile >&2
fi
command -v jdeps >/dev/null || { echo "jdeps not found: it ships with the JDK (17+)" >&2; exit 1; }

root='vn.gov.hanoi.comms'
# "from-class to-class" pairs within the root package, from jdeps' class-level output
pairs() {
  jdeps -verbose:class -filter:none -e "${root//./\\.}\\..*" "$classes" 2>/dev/null |
    awk -v root="$root." '$2 == "->" && index($1, root) == 1 && index($3, root) == 1 { print $1, $3 }'
}
# the capability package of a class name (first level below the root), or (root)
group='function grp(c,   rest, i) {
  rest = substr(c, length(root) + 1)
  i = index(rest, ".")
  return i ? substr(rest, 1, i - 1) : "(root)"
}
function top(c) { sub(/\$.*/, "", c); return c }'

if [ $# -eq 2 ]; then
  pairs | awk -v root="$root." -v from="$1" -v to="$2" "$group"'
    grp($1) == from && grp($2) == to { print top($1) " -> " top($2) }' | sort -u
  exit 0
fi
[ $# -eq 0 ] || { echo "usage: $0 [FROM TO]" >&2; exit 2; }

pairs | awk -v root="$root." "$group"'
  { f = grp($1); t = grp($2); pkgs[f] = 1; pkgs[t] = 1
    if (f != t && !((f, t, top($1)) in seen)) { seen[f, t, top($1)] = 1; n[f, t]++ } }
  END {
    for (f in pkgs) {
      line = ""
      for (t in pkgs) if ((f, t) in n) line = line sprintf(" %s(%d)", t, n[f, t])
      printf "%-13s ->%s\n", f, line
    }
  }' | sort | awk '{ # sort the targets of each line by name
    printf "%-13s ->", $1; m = 0; delete a; for (i = 3; i <= NF; i++) a[++m] = $i
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { x = a[i]; a[i] = a[j]; a[j] = x }
    for (i = 1; i <= m; i++) printf " %s", a[i]; print "" }'
