# Sourced by backup.sh and restore.sh: builds the web app (Release) when its build output is missing or older than
# the sources, then runs one maintenance verb of that build output from the caller's folder (relative paths stay
# relative to where the command was typed). DataDirectory defaults to ./data of the repository, as in run.sh.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$root/src/LangSon.ThiDua.Web"
out="$web/bin/Release/net10.0"
dll="$out/LangSon.ThiDua.Web.dll"

run_maintenance() {
    if [ ! -f "$dll" ] || [ -n "$(find "$root/src" \( -name '*.cs' -o -name '*.cshtml' -o -name '*.csproj' \) -newer "$dll" -print -quit)" ]; then
        source "$root/scripts/prerequisites.sh"
        ensure_prerequisites
        echo "Biên dịch / building $web (Release)…" >&2
        dotnet build "$web" -c Release -nologo -v quiet >&2
    fi
    export DataDirectory="${DataDirectory:-$root/data}"
    dotnet "$dll" "$@" --contentRoot="$out"
}
