# Installs, from the operating system's packages, what Alliance needs beyond the .NET SDK.
# Sourced by run.sh and test.sh. Usage: install_prerequisites runtime|test

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing_packages() {
  local wanted=("$@") missing=()
  for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  echo "${missing[@]:-}"
}

install_prerequisites() {
  local purpose="$1"
  local packages=(curl fonts-wqy-zenhei fonts-arphic-uming)
  if [ "${ALLIANCE_INFRA:-auto}" != "containers" ]; then
    packages+=(postgresql rabbitmq-server)
  fi
  if [ "$purpose" = "test" ]; then
    # poppler-utils: pdftotext, which reads the summary PDFs back in the tests.
    packages+=(chromium poppler-utils)
  fi

  local missing
  missing="$(missing_packages "${packages[@]}")"
  if [ -n "${missing// /}" ]; then
    if ! command -v apt-get >/dev/null; then
      echo "Please install: $missing (this script knows apt-get only)." >&2
      exit 1
    fi
    echo "Installing: $missing"
    as_root apt-get update -qq
    # The packages' own system services are not used: the AppHost runs its own servers.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
  dotnet tool restore >/dev/null
}
