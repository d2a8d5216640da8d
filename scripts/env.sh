# Sourced by the other scripts: where the project's tools live, and the PATH that finds them.
# Tools go to a cache outside the checkout, so a fresh clone (as in CI) reuses them.
SIAP_TOOLS="${SIAP_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/siap-mendunia}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$SIAP_TOOLS/bin:$HOME/.cargo/bin:$PATH"
# Trunk otherwise asks the crate registry for a newer version on every run.
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMIUM_BIN=/usr/lib/chromium/chromium

# Prints a stage heading that stands out in a long log.
stage() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
