#!/usr/bin/env bash
# Sets up and runs the whole Alliance system: installs what is missing, builds, starts the AppHost.
# Ctrl+C stops everything, the database and broker included; the next start keeps the data.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

install_prerequisites runtime

export ALLIANCE_GATEWAY_PORT="${ALLIANCE_GATEWAY_PORT:-5080}"
export ALLIANCE_INFRA="${ALLIANCE_INFRA:-auto}"
gateway="http://localhost:${ALLIANCE_GATEWAY_PORT}"
data_dir="${ALLIANCE_DATA_DIR:-$PWD/.alliance-data}"

echo "Building…"
dotnet build AppHost/Alliance.AppHost.csproj -c Release -nologo -v quiet
dotnet build tools/Alliance.Demo/Alliance.Demo.csproj -c Release -nologo -v quiet

# On the first start, a demo programme (ALLIANCE_DEMO=off skips it); users can sign in while it loads.
# A load that was interrupted (Ctrl+C, a crash) is completed on the next start: the loader enters only what is missing.
load_demo() {
  if [ "${ALLIANCE_DEMO:-on}" = "off" ] || [ -f "$data_dir/demo-loaded" ]; then
    return
  fi
  echo "Loading the demo programme (ALLIANCE_DEMO=off skips it)…"
  dotnet run --project tools/Alliance.Demo/Alliance.Demo.csproj -c Release --no-build -- \
    --scale "${ALLIANCE_DEMO_SCALE:-1}" --seed "${ALLIANCE_DEMO_SEED:-108}" --gateway "$gateway" --data-dir "$data_dir" \
    || echo "The demo programme did not load whole; the system runs with what was entered, and the next start completes it (see the message above)." >&2
}

announce_when_up() {
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$gateway/health" 2>/dev/null; then
      echo
      echo "Alliance is up."
      echo "  Web UI and API gateway: $gateway"
      echo "  Aspire dashboard: see the 'Login to the dashboard at …' line above"
      if [ -n "${ALLIANCE_ADMIN_PASSWORD:-}" ]; then
        echo "  First administrator: user 'admin', the password in ALLIANCE_ADMIN_PASSWORD (first start only)"
      else
        echo "  First administrator: user 'admin', password under \"admin-password\" in $data_dir/secrets.json"
      fi
      load_demo
      return
    fi
    sleep 1
  done
  echo "The gateway did not report healthy within 4 minutes; see the dashboard for the failing resource." >&2
}
announce_when_up &
watcher=$!
trap 'kill "$watcher" 2>/dev/null || true' EXIT

dotnet run --project AppHost/Alliance.AppHost.csproj -c Release --no-build --launch-profile http
