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

echo "Building…"
dotnet build AppHost/Alliance.AppHost.csproj -c Release -nologo -v quiet

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
        echo "  First administrator: user 'admin', password under \"admin-password\" in ${ALLIANCE_DATA_DIR:-.alliance-data}/secrets.json"
      fi
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
