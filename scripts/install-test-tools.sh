#!/usr/bin/env bash
# Install the external programs the export tests use as real consumers of our files:
#   graphviz (dot)            - renders the DOT export           (Debian package)
#   @argdown/cli (pinned)     - parses the Argdown export        (npm, into .tools/node_modules)
#   arguebuf (pinned)         - loads the AIF export             (PyPI, into .tools/arguebuf-venv;
#                               a separate venv because arguebuf needs lxml<6, our runtime has 6)
#   chromium                  - renders the HTML report headless (Debian package)
# Idempotent and quick when everything is present. Installs are retried, and a failure to get a
# tool is reported but does not stop CI (its tests then skip with a reason), so one flaky
# registry cannot sink a run.
set -uo pipefail

ARGDOWN_VERSION="1.7.5"  # 2.0.0 on npm depends on an unpublished @argdown/markdown-it-plugin@^2
ARGUEBUF_VERSION="2.7.2"

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TOOLS="$ROOT/.tools"
PYTHON="${PYTHON:-python3}"
mkdir -p "$TOOLS"

say() { printf 'install-test-tools: %s\n' "$*"; }
warn() { printf 'install-test-tools: WARNING: %s\n' "$*" >&2; }

# Run a command up to three times, pausing between tries (registries can hiccup).
retry() {
  local n
  for n in 1 2 3; do
    if "$@"; then return 0; fi
    [ "$n" -lt 3 ] && sleep $((n * 3))
  done
  return 1
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@";
  else return 1; fi
}

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  if [ "$APT_UPDATED" -eq 0 ]; then
    retry as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    APT_UPDATED=1
  fi
  retry as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

status=0

# --- graphviz --------------------------------------------------------------------------------
if command -v dot >/dev/null 2>&1; then
  say "graphviz present ($(dot -V 2>&1))"
elif apt_install graphviz && command -v dot >/dev/null 2>&1; then
  say "graphviz installed ($(dot -V 2>&1))"
else
  warn "graphviz could not be installed; the DOT rendering test will skip"
  status=1
fi

# --- @argdown/cli ----------------------------------------------------------------------------
argdown_installed_version() {
  local pkg="$TOOLS/node_modules/@argdown/cli/package.json"
  [ -f "$pkg" ] && [ -x "$TOOLS/node_modules/.bin/argdown" ] || return 1
  node -e 'process.stdout.write(require(process.argv[1]).version)' "$pkg" 2>/dev/null
}
if [ "$(argdown_installed_version)" = "$ARGDOWN_VERSION" ]; then
  say "@argdown/cli $ARGDOWN_VERSION present"
else
  if ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm || true
  fi
  if command -v npm >/dev/null 2>&1 && retry npm install --prefix "$TOOLS" --no-audit --no-fund \
      --loglevel=error "@argdown/cli@$ARGDOWN_VERSION" >/dev/null \
      && [ "$(argdown_installed_version)" = "$ARGDOWN_VERSION" ]; then
    say "@argdown/cli $ARGDOWN_VERSION installed into .tools/node_modules"
  else
    warn "@argdown/cli $ARGDOWN_VERSION could not be installed; the Argdown test will skip"
    status=1
  fi
fi

# --- arguebuf (separate venv) ----------------------------------------------------------------
VENV="$TOOLS/arguebuf-venv"
arguebuf_ok() {
  [ -x "$VENV/bin/python" ] && [ "$("$VENV/bin/python" -c \
    'import importlib.metadata as m, arguebuf; print(m.version("arguebuf"))' 2>/dev/null)" \
    = "$ARGUEBUF_VERSION" ]
}
if arguebuf_ok; then
  say "arguebuf $ARGUEBUF_VERSION present in .tools/arguebuf-venv"
else
  if [ ! -x "$VENV/bin/python" ]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV" 2>/dev/null || { apt_install python3-venv && "$PYTHON" -m venv "$VENV"; }
  fi
  if [ -x "$VENV/bin/python" ] && retry "$VENV/bin/python" -m pip install --quiet \
      --disable-pip-version-check "arguebuf==$ARGUEBUF_VERSION" && arguebuf_ok; then
    say "arguebuf $ARGUEBUF_VERSION installed into .tools/arguebuf-venv"
  else
    warn "arguebuf $ARGUEBUF_VERSION could not be installed; the AIF consumer test will skip"
    status=1
  fi
fi

# --- chromium (headless: the real-browser HTML report tests) ----------------------------------
# Debian's package, installed as root with apt-get (about 30 s here). Every browser call below
# and in the tests has a timeout.
chromium_bin() { command -v chromium || command -v chromium-browser; }
chromium_version() {
  timeout 60 "$1" --headless --no-sandbox --disable-gpu --version 2>/dev/null | head -n 1
}
why_no_apt() {
  if ! command -v apt-get >/dev/null 2>&1; then echo "there is no apt-get here"
  elif [ "$(id -u)" -ne 0 ] && ! sudo -n true 2>/dev/null; then
    echo "installing needs root or password-less sudo"
  else echo "apt-get install chromium failed"; fi
}
if CHROMIUM="$(chromium_bin)"; then
  say "chromium present ($(chromium_version "$CHROMIUM"))"
elif apt_install chromium && CHROMIUM="$(chromium_bin)"; then
  say "chromium installed ($(chromium_version "$CHROMIUM"))"
else
  warn "SKIP chromium: $(why_no_apt); the real-browser HTML report tests will skip"
  status=1
fi

if [ "$status" -ne 0 ]; then
  warn "some consumers are missing; their tests skip (see warnings above)"
fi
exit 0
