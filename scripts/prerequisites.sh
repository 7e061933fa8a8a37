# Sourced by run.sh and test.sh: installs, when missing, what the portal needs on a Debian machine
# that has the .NET SDK. Nothing is downloaded outside Debian's, NuGet's and npm's registries.

apt_install() {
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Cài đặt gói Debian: $*" >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 \
        || { $sudo apt-get update >/dev/null && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null; }
}

# ensure_prerequisites [browser] [office] [nginx]: node + npm always (front-end build); chromium and fonts (PDF
# documents, browser tests) when "browser" is asked; LibreOffice Calc, the tests' second reader of the workbooks (what a
# user sees in a cell), when "office" is asked; nginx when "nginx" is asked.
ensure_prerequisites() {
    local wanted=()
    command -v dotnet >/dev/null || { echo "Thiếu .NET SDK 10: hãy cài đặt trước (https://dot.net)." >&2; exit 1; }
    command -v npm >/dev/null || wanted+=(nodejs npm)
    if [ "${1:-}" = "browser" ]; then
        [ -x /usr/bin/chromium ] || wanted+=(chromium)
        [ -d /usr/share/fonts/truetype/liberation ] || wanted+=(fonts-liberation)
        # Liberation 2 has the Vietnamese letters (ứ, ị, ố, Đ…) that 1.07 lacks: without it Chromium falls back to
        # DejaVu Sans for them in the PDFs.
        [ -d /usr/share/fonts/truetype/liberation2 ] || wanted+=(fonts-liberation2)
        [ -d /usr/share/fonts/truetype/dejavu ] || wanted+=(fonts-dejavu-core)
    fi
    if [ "${2:-}" = "office" ] || [ "${1:-}" = "office" ]; then
        command -v soffice >/dev/null || wanted+=(libreoffice-calc-nogui)
    fi
    # nginx, run by the unit tests in front of a stand-in upstream with deploy/nginx/thidua-proxy.conf (compression).
    if [[ " $* " == *" nginx "* ]]; then
        [ -x /usr/sbin/nginx ] || wanted+=(nginx-light)
    fi
    if [ "${#wanted[@]}" -gt 0 ]; then apt_install "${wanted[@]}"; fi
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
}
