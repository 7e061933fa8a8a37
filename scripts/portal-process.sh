# Sourced by crash-test.sh and load-test.sh (docs/reliability.md): starts the portal from its Release build output on
# 127.0.0.1 as in production, with the demo accounts and plans, over a given data folder, and waits for /health.
# The content root is the project folder (wwwroot, appsettings.json), as in scripts/benchmark.sh.

portal_pid=""
stress_dll="tools/LangSon.ThiDua.Stress/bin/Release/net10.0/LangSon.ThiDua.Stress.dll"

# build_release: the portal and the stress tool, in Release.
build_release() {
    source scripts/prerequisites.sh
    ensure_prerequisites browser # the demo plans are seeded with their printed PDFs (Chromium)
    dotnet build src/LangSon.ThiDua.Web -c Release -v quiet -nologo >/dev/null
    dotnet build tools/LangSon.ThiDua.Stress -c Release -v quiet -nologo >/dev/null
}

# free_port: a port for a portal to listen on. It is taken below the kernel's range of ephemeral ports (32768-60999 by
# default), where the local end of any outgoing connection (the stress tool's, curl's, a test's) may sit: a port that
# refuses a connection can still be bound by such a socket, and Kestrel then fails with "address already in use" (a CI
# run on 07/12/2026). A port that any socket of the machine holds, in any state (/proc/net/tcp, tcp6), is skipped.
free_port() {
    local first=32768 last=60999 low=20000 high port held
    read -r first last </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || true
    high=$first
    if [ "$first" -lt 22000 ]; then low=$((last + 1)) high=65536; fi # a range that starts low: take the ports above it
    held=$(awk 'NR > 1 { split($2, a, ":"); print a[2] }' /proc/net/tcp /proc/net/tcp6 2>/dev/null | sort -u)
    while :; do
        port=$((low + RANDOM % (high - low)))
        grep -qx "$(printf '%04X' "$port")" <<<"$held" && continue
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}

# run_portal DATA_DIR BASE_URL [TREE] [DEMO]: runs the portal in the foreground (exec: call it in a subshell). TREE is
# the source tree whose Release build runs (default: this one; load-test.sh --against gives another), or a published
# folder (cold-start.sh and load-test.sh --app). DEMO (true by default) seeds the demo accounts and story.
# Production environment; Security__SecureCookies=false because the client talks plain http to 127.0.0.1 and would not
# send Secure cookies back; e-mails (reminders) go to .eml files under the data folder instead of an SMTP server.
# The virtual users all come from 127.0.0.1 and sign in again and again: the sign-in posts' limit per address
# (Security__SignIn__RequestsPerSourcePerMinute, 30 in production: 50 users behind one address would exceed it) is lifted.
# The scripts sign in with a password only: without the demo (on generated data, load-test.sh --scale), the second
# factor that production asks of Admin, NoiVu and CouncilMember is turned off as the demo mode turns it off.
run_portal() {
    local data=$1 base=$2 tree=${3:-.} demo=${4:-true}
    local dir="$tree/src/LangSon.ThiDua.Web" dll=bin/Release/net10.0/LangSon.ThiDua.Web.dll
    if [ -f "$tree/LangSon.ThiDua.Web.dll" ]; then dir=$tree dll=LangSon.ThiDua.Web.dll; fi # a published folder
    cd "$dir" && ASPNETCORE_ENVIRONMENT=Production DataDirectory="$data" ASPNETCORE_URLS="$base" \
        Demo__Enabled=$demo Demo__Plans=$demo Security__SecureCookies=false Email__Mode=Pickup \
        Security__SignIn__RequestsPerSourcePerMinute=1000000 Security__TwoFactorRequiredRoles="" \
        exec dotnet "$dll"
}

# start_portal DATA_DIR BASE_URL LOG_FILE [TREE] [DEMO]: starts the app (with the demo unless DEMO is false) in the
# background (sets portal_pid) and waits for /health.
start_portal() {
    local data=$1 base=$2 log=$3 tree=${4:-.} demo=${5:-true}
    (run_portal "$data" "$base" "$tree" "$demo") >>"$log" 2>&1 &
    portal_pid=$!
    local i
    for i in $(seq 1 600); do
        curl -fs -o /dev/null --max-time 2 "$base/health" && return 0
        kill -0 "$portal_pid" 2>/dev/null || { tail -n 40 "$log" >&2; echo "The portal did not start." >&2; return 1; }
        sleep 0.2
    done
    echo "/health did not answer 200 within 120 s." >&2
    return 1
}

# stop_portal [SIGNAL]: TERM (graceful) by default, KILL for a crash.
stop_portal() {
    if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
        kill "-${1:-TERM}" "$portal_pid"
        wait "$portal_pid" 2>/dev/null || true
    fi
    portal_pid=""
}

# sqlite_errors LOG...: how many lines of the logs mention a locked/busy database or a SQLite exception.
sqlite_errors() {
    cat "$@" 2>/dev/null | grep -ciE 'database is locked|database table is locked|SQLITE_BUSY|SqliteException' || true
}
