#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every Debian 12 package needed to build, test and benchmark ProcLens.
# Skips apt entirely when everything is already installed, so re-runs are fast.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang llvm
  # BPF
  libbpf-dev bpftool libelf-dev zlib1g-dev libcap-dev
  # filter language: PCRE2 with JIT for `matches`; the libFuzzer runtime for its fuzz target
  libpcre2-dev libclang-rt-14-dev
  # Qt 6 and logging
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev libspdlog-dev libfmt-dev  # qt6-charts-dev provides libqt6charts6-dev
  # tests: scripting, private bus, polkit (pkexec: the CLI's peer mode as non-root), offscreen display, screenshots, other kernels
  python3 dbus-daemon polkitd pkexec xvfb xauth imagemagick busybox-static qemu-system-x86
  zstd xz-utils  # unpack the qemu matrix's kernel images
  # benchmark peer
  bpftrace
  # packaging tests: validators, the .deb build and lint, a fresh Debian 12 root
  desktop-file-utils appstream libxml2-utils
  debhelper dpkg-dev fakeroot lintian debootstrap
)

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
