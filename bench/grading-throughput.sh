#!/usr/bin/env bash
# Grading throughput: grades a class of N submissions of one lesson (half solved — the instructor notebook —,
# half the released stub) with `course grade --jobs JOBS` and prints submissions per minute.
#   bench/grading-throughput.sh                     # 60 submissions of 03-momentum, --jobs = cores
#   N=60 LESSON=03-momentum JOBS=2 bench/grading-throughput.sh
set -euo pipefail
cd "$(dirname "$0")/.."
n=${N:-60}
lesson=${LESSON:-03-momentum}
jobs=${JOBS:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/Course.Cli -c Release -nologo -v q > /dev/null
course=(dotnet artifacts/bin/Course.Cli/release/Course.Cli.dll)
"${course[@]}" release "notebooks/$lesson.ipynb" --output "$work/released" > /dev/null
for i in $(seq 1 "$n"); do
    mkdir -p "$work/class/student$i"
    if (( i % 2 )); then source="notebooks/$lesson.ipynb"; else source="$work/released/$lesson.ipynb"; fi
    cp "$source" "$work/class/student$i/$lesson.ipynb"
done

echo "grading $n submissions of $lesson with --jobs $jobs on $(nproc) cores (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
start=$(date +%s.%N)
status=0
COURSE_CHECK_SEED=throughput "${course[@]}" grade "$work/class" --lessons notebooks --jobs "$jobs" --output "$work/grades" > "$work/grade.log" || status=$?
end=$(date +%s.%N)
graded=$(grep -c "could not be graded" "$work/grade.log" || true)
python3 -c "import sys; n, s, e = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]); print(f'{n} submissions in {e - s:.0f} s: {60 * n / (e - s):.1f} submissions per minute')" "$n" "$start" "$end"
echo "exit code $status; submissions not graded: $graded; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
