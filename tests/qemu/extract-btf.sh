#!/bin/bash
# SPDX-License-Identifier: MIT
# extract-btf.sh VMLINUZ OUT [VMLINUX_OUT]
#
# Writes the raw BTF of a kernel (the same bytes /sys/kernel/btf/vmlinux
# would show) from its compressed bzImage. Works like the kernel's
# scripts/extract-vmlinux: find each known compression magic in the image,
# decompress from there, keep the first result that is an ELF file; then
# copy out its .BTF section. With VMLINUX_OUT the decompressed ELF is kept
# too (qemu boots it directly through its PVH entry, skipping the slow
# decompression under TCG).
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
	echo "usage: $0 VMLINUZ OUT [VMLINUX_OUT]" >&2
	exit 2
fi
img=$1
out=$2
elf_out=${3:-}
[[ -r $img ]] || { echo "extract-btf: cannot read '$img'" >&2; exit 1; }
command -v objcopy >/dev/null || { echo "extract-btf: objcopy missing (apt-get install binutils)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

is_elf() {
	[[ -s $1 && $(head -c 4 "$1" | od -An -tx1 | tr -d ' \n') == 7f454c46 ]]
}

# try MAGIC(grep -P escape) DECOMPRESSOR...: every offset of MAGIC in the image
try() {
	local magic=$1
	shift
	command -v "$1" >/dev/null || return 1
	local off
	for off in $(LC_ALL=C grep -obUaP "$magic" "$img" | cut -d: -f1); do
		# Trailing bytes after the payload make the decompressor complain; the output is still whole.
		tail -c "+$((off + 1))" "$img" | "$@" >"$tmp/vmlinux" 2>/dev/null || true
		if is_elf "$tmp/vmlinux"; then
			return 0
		fi
	done
	return 1
}

if is_elf "$img"; then
	cp "$img" "$tmp/vmlinux"
elif try '\x28\xb5\x2f\xfd' zstd -dc ||
	try '\xfd\x37\x7a\x58\x5a\x00' xz -dc ||
	try '\x1f\x8b\x08' gzip -dc ||
	try '\x02\x21\x4c\x18' lz4 -dc ||
	try '\x5d\x00\x00\x00' xz -dc --format=lzma ||
	try '\x42\x5a\x68' bzip2 -dc; then
	:
else
	missing=()
	for tool in zstd xz gzip lz4 bzip2; do
		command -v "$tool" >/dev/null || missing+=("$tool")
	done
	echo "extract-btf: no compressed ELF payload found in '$img' (tried zstd, xz, gzip, lz4, lzma, bzip2${missing:+; not installed: ${missing[*]}})" >&2
	exit 1
fi

if ! objcopy -O binary --only-section=.BTF "$tmp/vmlinux" "$tmp/btf" 2>"$tmp/err" || [[ ! -s $tmp/btf ]]; then
	echo "extract-btf: '$img' has no .BTF section (kernel built without CONFIG_DEBUG_INFO_BTF?)" >&2
	cat "$tmp/err" >&2
	exit 1
fi
# Raw BTF starts with the little-endian magic 0xeB9F.
if [[ $(head -c 2 "$tmp/btf" | od -An -tx1 | tr -d ' \n') != 9feb ]]; then
	echo "extract-btf: the .BTF section of '$img' does not start with the BTF magic" >&2
	exit 1
fi
chmod 644 "$tmp/btf" && mv "$tmp/btf" "$out"
if [[ -n $elf_out ]]; then
	mv "$tmp/vmlinux" "$elf_out"
fi
