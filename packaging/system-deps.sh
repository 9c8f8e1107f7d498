#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages that Bürgeranfragen needs, if any are missing.
#   gui   - libraries Qt loads for a window (X11/Wayland) and fonts
#   venv  - python3-venv, so `python3 -m venv` works
#   test  - the PostgreSQL server the tests start on loopback, validators for packaging/,
#           Ghostscript to read the text of generated PDFs
# As root it installs with apt-get; otherwise it prints the sudo command and goes on.
# On systems without dpkg (Fedora, macOS, ...) it does nothing. It never stops `make`: a
# package that cannot be installed is reported, and the program says what it misses.
set -uo pipefail

what=${1:-gui}
case "$what" in
  gui)  wanted=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
                libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
                libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1
                libxcb-xinerama0 fonts-dejavu-core) ;;
  venv) wanted=(python3-venv) ;;
  test) wanted=(postgresql desktop-file-utils appstream openssl ghostscript) ;;
  *) echo "system-deps.sh: unknown set '$what'" >&2; exit 2 ;;
esac

command -v dpkg-query >/dev/null 2>&1 || exit 0
if [ "$what" = venv ] && python3 -c 'import ensurepip' >/dev/null 2>&1; then
  exit 0
fi

installed() {  # Ubuntu 24.04 renamed some libraries with a t64 suffix
  local name
  for name in "$1" "${1}t64"; do
    [[ "$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null)" == *"install ok installed"* ]] \
      && return 0
  done
  return 1
}

missing=()
for pkg in "${wanted[@]}"; do
  installed "$pkg" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Hinweis: es fehlen Systempakete. Bitte installieren mit:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 0
fi

echo "Installiere Systempakete: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq || echo "Hinweis: apt-get update ist fehlgeschlagen." >&2
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
  failed=()
  for pkg in "${missing[@]}"; do
    apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1 \
      || apt-get install -y -qq --no-install-recommends "${pkg}t64" >/dev/null 2>&1 \
      || failed+=("$pkg")
  done
  [ ${#failed[@]} -eq 0 ] || echo "Hinweis: nicht installierbar: ${failed[*]}" >&2
fi
exit 0
