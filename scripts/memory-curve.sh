# Sourced by load-test.sh (issue 24, docs/performance.md "Memory"): samples the portal's memory every 10 s during a
# load run with dotnet-counters (a pinned local tool, .config/dotnet-tools.json): the resident set (working set), the
# GC heap after the last collection (all generations) and the memory the GC has committed; optionally takes two heap
# dumps with dotnet-gcdump, one at minute 1 and one at the end, to compare what grew.

memory_counters="System.Runtime[dotnet.process.memory.working_set,dotnet.gc.last_collection.heap.size"
memory_counters+=",dotnet.gc.last_collection.memory.committed_size]"
memory_jobs=()

# start_memory_sampling PID DIR [GCDUMP_DIR]
start_memory_sampling() {
    local pid=$1 dir=$2 dumps=${3:-}
    memory_jobs=()
    dotnet tool run dotnet-counters collect --process-id "$pid" --refresh-interval 10 --format csv \
        --output "$dir/counters.csv" --counters "$memory_counters" >"$dir/counters.log" 2>&1 &
    memory_jobs+=($!)
    if [ -n "$dumps" ]; then
        mkdir -p "$dumps"
        (sleep 60 && dotnet tool run dotnet-gcdump collect --process-id "$pid" \
            --output "$dumps/$(basename "$dir")-minute-1.gcdump" >/dev/null 2>&1) &
        memory_jobs+=($!)
    fi
}

# stop_memory_sampling PID DIR [GCDUMP_DIR]: the last dump, while the portal still runs.
stop_memory_sampling() {
    local pid=$1 dir=$2 dumps=${3:-}
    if [ -n "$dumps" ]; then
        dotnet tool run dotnet-gcdump collect --process-id "$pid" \
            --output "$dumps/$(basename "$dir")-end.gcdump" >/dev/null 2>&1 || echo "No heap dump at the end." >&2
    fi
}

# finish_memory_sampling: after the portal stopped, dotnet-counters ends by itself (a signal to `dotnet tool run`
# would not reach the tool); the minute-1 dump of a run shorter than a minute is not waited for.
finish_memory_sampling() {
    local job i
    for job in "${memory_jobs[@]:1}"; do kill "$job" 2>/dev/null || true; done
    for job in "${memory_jobs[@]}"; do
        # A tool that did not notice the end within 15 s is stopped with its child (the tool's own process).
        for i in $(seq 1 150); do kill -0 "$job" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$job" 2>/dev/null; then pkill -KILL -P "$job" 2>/dev/null || true; kill -KILL "$job" 2>/dev/null || true; fi
        wait "$job" 2>/dev/null || true
    done
    memory_jobs=()
}

# memory_curve DIR: the curve as a markdown table (seconds since the first sample, MB) on stdout, and in DIR/memory.txt
# the first and last resident set of the run after its first minute, for the "flat" verdict.
memory_curve() {
    local dir=$1
    [ -s "$dir/counters.csv" ] || { echo "(no memory samples: $(tail -n 1 "$dir/counters.log" 2>/dev/null))"; return; }
    awk -F, -v out="$dir/memory.txt" '
        NR == 1 { next }
        { split($1, d, " "); split(d[2], h, ":"); s = h[1] * 3600 + h[2] * 60 + h[3]
          if (!(s in seen)) { seen[s] = 1; order[++n] = s }
          mb = $NF / 1048576 }
        $3 ~ /working_set/ { rss[s] = mb }
        $3 ~ /heap.size/ { heap[s] += mb }
        $3 ~ /committed_size/ { committed[s] = mb }
        END {
            print "| s | resident (MB) | GC heap (MB) | GC committed (MB) |"; print "|---:|---:|---:|---:|"
            for (i = 1; i <= n; i++) {
                s = order[i]; t = s - order[1]; if (t < 0) t += 86400
                printf "| %d | %.0f | %.0f | %.0f |\n", t, rss[s], heap[s], committed[s]
                if (t >= 60 && first == "") first = rss[s]
                if (rss[s] > 0) last = rss[s]
            }
            printf "after_minute_1=%.0f\nat_end=%.0f\n", first, last > out
        }' "$dir/counters.csv"
}
