#!/bin/sh
# Builds matcher-cli/target/matcher.jsa, the class-data archive bin/matcher starts the JVM with
# (AppCDS, JEP 310): run by `mvn package` right after the jar is made (see matcher-cli/pom.xml).
#
#   1. training runs through bin/matcher record the classes they load (-XX:DumpLoadedClassList):
#      the main job on the sample event in its three input forms (JSON, spreadsheet CSV, and an
#      Excel workbook that `convert --to xlsx` writes first), and validation of the broken sample
#      (the error path);
#   2. their lists are merged with the JDK's own list (lib/classlist, which the JDK's default
#      archive is made from, so commands that were not trained lose nothing);
#   3. the JVM dumps one static archive of those classes (-Xshare:dump).
#
# The archive belongs to this JDK and this jar (the JVM checks both and ignores a stale archive
# silently), so it is rebuilt at every packaging, by the JDK that runs Maven ($JAVA_HOME).
# A training run that fails fails the build (the launcher or the jar is broken); a JVM that
# cannot dump an archive only gets a warning (the launcher then starts without one).
set -eu

root=$(cd "$(dirname "$0")/../../.." && pwd)
target="$root/matcher-cli/target"
jar="$target/matcher.jar"
work="$target/cds"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

rm -rf "$work"
mkdir -p "$work"

# train NAME EXPECTED_EXIT_CODE ARGS...: one training run of the launcher
train() {
  name=$1
  expected=$2
  shift 2
  rc=0
  MATCHER_CDS="list:$work/$name.classlist" "$root/bin/matcher" "$@" >"$work/$name.out" 2>&1 || rc=$?
  if [ "$rc" -ne "$expected" ] || [ ! -s "$work/$name.classlist" ]; then
    echo "cds-archive: the training run 'matcher $*' exited with $rc (expected $expected):" >&2
    cat "$work/$name.out" >&2
    exit 1
  fi
}

train schedule-json 0 schedule "$root/sample-data/techfest-haiphong-2025" --out "$work/out-json" --force --quiet
train schedule-csv 0 schedule "$root/sample-data/techfest-haiphong-2025-csv" --out "$work/out-csv" --force --quiet
train convert-xlsx 0 convert "$root/sample-data/techfest-haiphong-2025" --to xlsx --out "$work/event-xlsx" --force
train schedule-xlsx 0 schedule "$work/event-xlsx" --out "$work/out-xlsx" --force --quiet
# the error path: the broken sample is invalid on purpose
train validate-broken 2 validate "$root/sample-data/broken-techfest"

java_home=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
jdk_list="$java_home/lib/classlist"
# one line per class (or lambda form), first occurrence kept, comments dropped. A line that is
# neither a class name (no blank in it) nor an @-directive is dropped: a training JVM that is
# still writing its list at exit can leave a half-written last line, which cat would glue to the
# next list's first line and which would break the whole dump ("class list format error").
for list in "$work"/*.classlist; do
  if [ -n "$(tail -c 1 "$list")" ]; then
    sed '$d' "$list" >"$list.whole" && mv "$list.whole" "$list"
  fi
done
cat "$jdk_list" "$work"/*.classlist 2>/dev/null | grep -E '^(@|[^ #]+$)' | awk '!seen[$0]++' \
  >"$work/merged.classlist"

rm -f "$target/matcher.jsa"
"$java" -Xshare:dump -XX:SharedClassListFile="$work/merged.classlist" \
  -XX:SharedArchiveFile="$target/matcher.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$jar" >"$work/dump.out" 2>&1 || {
  # the archive only speeds up start-up: a JVM that cannot make one still builds a working jar
  echo "cds-archive: warning: this JVM could not dump the archive; bin/matcher will start" \
    "without it (slower). Its output is in $work/dump.out" >&2
  rm -f "$target/matcher.jsa"
  exit 0
}
echo "cds-archive: $(grep -vc '^@' "$work/merged.classlist") classes in $target/matcher.jsa"
