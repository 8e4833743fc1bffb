#!/usr/bin/env bash
# Gives a fresh Debian machine the Chromium the browser tests drive (tests/e2e, tests/bench).
# A no-op when COACHBOARD_CHROMIUM points at a browser or Debian's chromium is already installed.
# Run as root (or with sudo available); apt-get runs non-interactively with retries. fonts-liberation
# gives text metric-compatible fonts, so layout checks (side panel width) match a desktop.
set -euo pipefail

print_version() {
  # Debian's launcher script prints a harmless shell warning on some machines; keep only the version.
  "$1" --version 2>/dev/null | head -n 1
}

if [[ -n "${COACHBOARD_CHROMIUM:-}" ]]; then
  if [[ -x "${COACHBOARD_CHROMIUM}" ]]; then
    echo "browser: ${COACHBOARD_CHROMIUM} ($(print_version "${COACHBOARD_CHROMIUM}"))"
    exit 0
  fi
  echo "COACHBOARD_CHROMIUM is set to ${COACHBOARD_CHROMIUM}, which is not an executable file." >&2
  exit 1
fi

if [[ ! -x /usr/bin/chromium ]]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "No chromium and no apt-get on this machine: install Chromium and set COACHBOARD_CHROMIUM to it," >&2
    echo "or let the tests use the one from the @sparticuz/chromium dev dependency (npm run pretest)." >&2
    exit 1
  fi
  sudo_cmd=()
  if [[ "$(id -u)" -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "Installing chromium needs root (or sudo)." >&2
      exit 1
    fi
    sudo_cmd=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt_options=(-qq -o Dpkg::Use-Pty=0 -o Acquire::Retries=3 -o DPkg::Lock::Timeout=120)
  installed=0
  for attempt in 1 2 3; do
    if "${sudo_cmd[@]}" apt-get "${apt_options[@]}" update &&
      "${sudo_cmd[@]}" apt-get "${apt_options[@]}" install -y --no-install-recommends chromium fonts-liberation >/dev/null; then
      installed=1
      break
    fi
    echo "apt-get failed (attempt ${attempt} of 3); retrying in $((attempt * 10)) s" >&2
    sleep $((attempt * 10))
  done
  if [[ "${installed}" -ne 1 || ! -x /usr/bin/chromium ]]; then
    echo "Could not install chromium with apt-get." >&2
    exit 1
  fi
fi

echo "browser: /usr/bin/chromium ($(print_version /usr/bin/chromium))"
