#!/usr/bin/env bash
# Measures what a page's static files cost on the wire (docs/performance.md, "Nén và bộ nhớ đệm tệp tĩnh"):
# signs in to a running portal as a demo account, loads the page, and requests every script, style sheet, icon and
# image it links to three times (no Accept-Encoding, gzip, br), printing the bytes received and the caching headers.
#
#   bash scripts/static-probe.sh http://127.0.0.1:5080 [/Dashboard] [noivu]
#
# The portal must run with the demo accounts (Demo__Enabled=true); the password is the demo one.
set -euo pipefail
base=${1:?usage: static-probe.sh BASE_URL [PAGE] [USER]}
page=${2:-/Dashboard}
user=${3:-noivu}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"

token=$(curl -fs -c "$jar" -b "$jar" "$base/Account/Login" \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n1 \
    | sed 's/.*value="\([^"]*\)"/\1/')
[ -n "$token" ] || { echo "No antiforgery token on /Account/Login." >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/Account/Login" \
    --data-urlencode "UserName=$user" --data-urlencode "Password=LangSon@2025" \
    --data-urlencode "__RequestVerificationToken=$token")
[ "$status" = 302 ] || { echo "Sign-in failed (HTTP $status)." >&2; exit 1; }
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -c "$jar" -b "$jar" "$base$page")
[ "$status" = 200 ] || { echo "$page answered $status." >&2; exit 1; }

# Every src= of <script>/<img> and href= of <link> that points into the site.
grep -oE '<(script|img|link)[^>]*(src|href)="/[^"]*"' "$work/page.html" \
    | grep -oE '(src|href)="/[^"]*"' | sed -E 's/^(src|href)="([^"]*)"$/\2/' | sed 's/&amp;/\&/g' \
    | grep -vE '^/(Account|Dashboard|Home|Notifications)' | sort -u >"$work/assets"

printf '%s\n' "Page $page as $user: $(wc -l <"$work/assets") static files"
printf '| %s | %s | %s | %s | %s | %s |\n' "file" "identity (B)" "gzip (B)" "br (B)" "Cache-Control" "ETag"
printf '|---|---:|---:|---:|---|---|\n'
total_identity=0 total_gzip=0 total_br=0
while read -r asset; do
    sizes=()
    for encoding in identity gzip br; do
        headers="$work/headers-$encoding"
        bytes=$(curl -s -o /dev/null -D "$headers" -w '%{size_download}' -H "Accept-Encoding: $encoding" "$base$asset")
        served=$(grep -i '^content-encoding:' "$headers" | tr -d '\r' | awk '{print $2}' || true)
        sizes+=("$bytes${served:+ ($served)}")
        case $encoding in
            identity) total_identity=$((total_identity + bytes)) ;;
            gzip) total_gzip=$((total_gzip + bytes)) ;;
            br) total_br=$((total_br + bytes)) ;;
        esac
    done
    cache=$(grep -i '^cache-control:' "$work/headers-br" | tr -d '\r' | cut -d' ' -f2- || true)
    etag=$(grep -i '^etag:' "$work/headers-br" | tr -d '\r' | cut -d' ' -f2- | cut -c1-14 || true)
    printf '| `%s` | %s | %s | %s | %s | %s |\n' "$asset" "${sizes[0]}" "${sizes[1]}" "${sizes[2]}" \
        "${cache:--}" "${etag:--}"
done <"$work/assets"
printf '| **total** | %s | %s | %s | | |\n' "$total_identity" "$total_gzip" "$total_br"
