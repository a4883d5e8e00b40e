#!/bin/bash
# SPDX-License-Identifier: MIT
# run-matrix.sh --loader BIN --kernels FILE --work-dir DIR [--cache DIR] [--busybox BIN] [--qemu BIN]
#
# The kernel-matrix test: for every kernel in FILE (see kernels.list) and
# both modes (core, external-btf), boot the kernel under qemu (TCG) with an
# initramfs of busybox + the static loader + that kernel's BTF, or run the
# loader on the host for the running kernel; read each cell's verdict and
# print a table. Exit 0 when every cell passed, 1 when any failed, 77 (ctest
# skip) when nothing failed but a kernel could not be fetched or a tool is
# missing. Downloaded packages and extracted kernels are cached under
# $PROCLENS_KERNEL_CACHE, else $XDG_CACHE_HOME/proclens-test-kernels, else
# /var/cache/proclens-test-kernels (root) or ~/.cache/proclens-test-kernels.
set -uo pipefail

SKIP=77
here=$(cd "$(dirname "$0")" && pwd)
loader='' kernels='' work='' cache='' busybox=/bin/busybox qemu=qemu-system-x86_64
boot_timeout=${PROCLENS_QEMU_TIMEOUT:-180}

die() { echo "run-matrix: $*" >&2; exit 2; }
skip_all() { echo "SKIP: $*"; exit $SKIP; }

while [[ $# -gt 0 ]]; do
	case $1 in
	--loader) loader=$2; shift 2 ;;
	--kernels) kernels=$2; shift 2 ;;
	--work-dir) work=$2; shift 2 ;;
	--cache) cache=$2; shift 2 ;;
	--busybox) busybox=$2; shift 2 ;;
	--qemu) qemu=$2; shift 2 ;;
	*) die "unknown argument '$1'" ;;
	esac
done
[[ -n $loader && -n $kernels && -n $work ]] || die "usage: $0 --loader BIN --kernels FILE --work-dir DIR [--cache DIR] [--busybox BIN] [--qemu BIN]"
[[ -x $loader ]] || die "loader '$loader' is not an executable"
[[ -r $kernels ]] || die "cannot read kernel list '$kernels'"

if [[ -z $cache ]]; then
	if [[ -n ${PROCLENS_KERNEL_CACHE:-} ]]; then cache=$PROCLENS_KERNEL_CACHE
	elif [[ -n ${XDG_CACHE_HOME:-} ]]; then cache=$XDG_CACHE_HOME/proclens-test-kernels
	elif [[ $(id -u) == 0 ]]; then cache=/var/cache/proclens-test-kernels
	else cache=$HOME/.cache/proclens-test-kernels
	fi
fi
mkdir -p "$cache" "$work" || die "cannot create '$cache' or '$work'"
cache=$(cd "$cache" && pwd)
work=$(cd "$work" && pwd)

command -v "$qemu" >/dev/null || skip_all "$qemu not found (apt-get install qemu-system-x86)"
[[ -x $busybox ]] || skip_all "busybox not found at $busybox (apt-get install busybox-static)"
# A dynamic busybox would need its libraries in the initramfs.
if ldd "$busybox" >/dev/null 2>&1; then skip_all "$busybox is dynamically linked (apt-get install busybox-static)"; fi
if ldd "$loader" >/dev/null 2>&1; then die "loader '$loader' is dynamically linked; it must be static"; fi

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# --- kernels ----------------------------------------------------------------

# Follows meta-packages (linux-image-amd64 -> linux-image-6.1.0-NN-amd64) to
# the package that ships /boot/vmlinuz: the first one without a linux-image-*
# dependency. Prints "PACKAGE VERSION". One apt-cache call per level (each costs seconds).
resolve_apt() {
	local pkg=$1 level info next
	for ((level = 0; level < 4; level++)); do
		info=$(apt-cache show --no-all-versions "$pkg" 2>/dev/null) || return 1
		next=$(awk '/^Depends:/ { sub(/^Depends: */, ""); n = split($0, d, /, */);
			for (i = 1; i <= n; i++) { split(d[i], w, " "); if (w[1] ~ /^linux-image-/) { print w[1]; exit } } }' <<<"$info")
		if [[ -z $next ]]; then
			echo "$pkg $(awk '/^Version:/ { print $2; exit }' <<<"$info")"
			return 0
		fi
		pkg=$next
	done
	return 1
}

# fetch_apt LABEL PACKAGE: sets kdir (cache dir holding vmlinuz + btf) and kdesc.
fetch_apt() {
	local label=$1 meta=$2 pkg ver deb resolved
	if ! resolved=$(resolve_apt "$meta"); then
		echo "  $label: apt does not know '$meta' (run apt-get update; check the sources list)"
		return $SKIP
	fi
	read -r pkg ver <<<"$resolved"
	kdesc="$pkg $ver"
	kdir=$cache/${pkg}_${ver}
	if [[ ! -s $kdir/vmlinuz || ! -s $kdir/btf || ! -s $kdir/vmlinux ]]; then
		deb=$cache/${pkg}_${ver//:/%3a}_amd64.deb
		if [[ ! -s $deb ]]; then
			echo "  $label: apt-get download $pkg=$ver"
			# Into a private directory first, so an interrupted download never looks cached.
			rm -rf "$cache/download" && mkdir -p "$cache/download" || return 1
			if ! (cd "$cache/download" && timeout 600 apt-get download -q "$pkg=$ver" >"$work/apt-$label.log" 2>&1) ||
				! mv "$cache/download/$(basename "$deb")" "$deb"; then
				echo "  $label: download of $pkg $ver failed (network?):"
				grep -v '^W: Download is performed unsandboxed' "$work/apt-$label.log" | tail -n 3 | sed 's/^/    /'
				return $SKIP
			fi
			rm -rf "$cache/download"
		fi
		mkdir -p "$kdir" || return 1
		if ! dpkg-deb --fsys-tarfile "$deb" | tar -x -O --wildcards './boot/vmlinuz-*' >"$kdir/vmlinuz.tmp" ||
			[[ ! -s $kdir/vmlinuz.tmp ]]; then
			echo "  $label: $deb has no ./boot/vmlinuz-*"
			return 1
		fi
		mv "$kdir/vmlinuz.tmp" "$kdir/vmlinuz"
		"$here/extract-btf.sh" "$kdir/vmlinuz" "$kdir/btf" "$kdir/vmlinux" || return 1
	fi
	return 0
}

# fetch_file LABEL PATH: a kernel image on disk; its BTF is extracted into the work dir.
fetch_file() {
	local label=$1 path=$2
	[[ -r $path ]] || { echo "  $label: cannot read '$path'" ; return 1; }
	kdir=$work/kernel-$label
	kdesc="$path"
	mkdir -p "$kdir" && ln -sf "$(realpath "$path")" "$kdir/vmlinuz" &&
		"$here/extract-btf.sh" "$path" "$kdir/btf" "$kdir/vmlinux"
}

# The image qemu boots: the decompressed ELF when it has a PVH entry note
# (XEN_ELFNOTE_PHYS32_ENTRY, type 18; decompressing under TCG costs seconds), else the bzImage.
boot_image() { # KDIR
	if [[ -s $1/vmlinux ]] && readelf -n "$1/vmlinux" 2>/dev/null | grep -q 'Unknown note type: (0x00000012)'; then
		echo "$1/vmlinux"
	else
		echo "$1/vmlinuz"
	fi
}

# --- cells ------------------------------------------------------------------

declare -a rows=()
declare -A kdirs=() # label -> cache dir of that kernel, for mismatch lines
failed=0 skipped=0

row_format='%-17s %-52s %-13s %-5s %7s %7s'
record() { # LABEL DESC MODE RESULT WALL_SECONDS [GUEST_SECONDS]
	rows+=("$(printf "$row_format" "$1" "$2" "$3" "$4" "$5" "${6:--}")")
	case $4 in FAIL) failed=$((failed + 1)) ;; SKIP) skipped=$((skipped + 1)) ;; esac
}

show_log() { # LOG: the loader's own lines, for a failed cell
	echo "    --- $1"
	grep -aE '^(CHECK|VERDICT|kernel |mode |program |config |attached|  |PROCLENS-MATRIX|libbpf|open|load|attach|ring|workload|the object)' "$1" |
		sed 's/^/    /' | tail -n 60
	grep -aq PROCLENS-MATRIX-START "$1" || tail -n 30 "$1" | sed 's/^/    /'
}

base_initramfs() {
	local stage=$work/initramfs-base
	rm -rf "$stage" && mkdir -p "$stage"/{bin,proc,sys,dev,btf} || return 1
	cp "$here/guest-init.sh" "$stage/init" && cp "$busybox" "$stage/bin/busybox" && cp "$loader" "$stage/loader" &&
		chmod 755 "$stage/init" "$stage/bin/busybox" "$stage/loader" &&
		(cd "$stage" && find . | "$busybox" cpio -o -H newc -R 0:0 2>/dev/null) >"$work/base.cpio"
}

# kernel_initramfs LABEL: base + this kernel's BTF as /btf/vmlinux (a second, concatenated cpio).
kernel_initramfs() {
	local stage=$work/initramfs-$1
	rm -rf "$stage" && mkdir -p "$stage/btf" && cp "$kdir/btf" "$stage/btf/vmlinux" &&
		(cd "$stage" && find . | "$busybox" cpio -o -H newc -R 0:0 2>/dev/null) >"$work/btf-$1.cpio" &&
		cat "$work/base.cpio" "$work/btf-$1.cpio" >"$work/initrd-$1"
}

# boot LOG VMLINUZ INITRD MODE: qemu's exit code; the console goes to LOG.
boot() {
	timeout "$boot_timeout" "$qemu" -machine pc,accel=tcg -cpu max -m 512 -smp 1 \
		-nodefaults -nic none -display none -serial stdio -no-reboot \
		-kernel "$2" -initrd "$3" \
		-append "console=ttyS0 quiet panic=-1 proclens.mode=$4" \
		-device isa-debug-exit,iobase=0xf4,iosize=0x04 </dev/null >"$1" 2>&1
}

# The guest's uptime when the loader finished: boot-to-verdict in the guest's own clock.
guest_seconds() {
	sed -n 's/.*PROCLENS-MATRIX-END rc=[0-9]* uptime=\([0-9.]*\).*/\1/p' "$1" | head -n 1
}

boot_cell() { # LABEL MODE
	local label=$1 mode=$2 log=$work/$1-$2.log t0 rc result
	t0=$(now)
	boot "$log" "$(boot_image "$kdir")" "$work/initrd-$label" "$mode"
	rc=$?
	# isa-debug-exit: guest wrote 0 -> qemu exits 1 (pass), 1 -> 3 (fail); the VERDICT line must agree.
	if [[ $rc == 1 ]] && grep -aq '^VERDICT PASS' "$log"; then
		result=PASS
	elif [[ $rc == 0 ]] && grep -aq '^VERDICT PASS' "$log" && grep -aq 'PROCLENS-MATRIX-END rc=0 ' "$log"; then
		# No /dev/port in this kernel: the guest powered off, the console carries the verdict.
		result=PASS
	else
		result=FAIL
		case $rc in
		124) echo "  $label/$mode: no verdict within ${boot_timeout}s" ;;
		3) echo "  $label/$mode: the guest reported failure" ;;
		1) echo "  $label/$mode: exit code says pass but no 'VERDICT PASS' line" ;;
		*) echo "  $label/$mode: qemu exited $rc without a verdict (guest panic or no isa-debug-exit)" ;;
		esac
		show_log "$log"
	fi
	record "$label" "$kdesc" "$mode" "$result" "$(elapsed "$t0" "$(now)")" "$(guest_seconds "$log")"
}

# mismatch_cell LABEL KERNEL BTF_OF: negative control. KERNEL booted in
# external-btf mode with another kernel's BTF loads and attaches, but reads
# garbage; the cell passes only when the loader ran and its checks said FAIL.
mismatch_cell() {
	local label=$1 kernel=$2 other=$3 log=$work/$1.log stage=$work/initramfs-$1 t0 rc result=FAIL
	if [[ -z ${kdirs[$kernel]:-} || -z ${kdirs[$other]:-} ]]; then
		echo "  $label: needs the kernels '$kernel' and '$other' from earlier lines"
		record "$label" "$kernel given $other's BTF" wrong-btf SKIP -
		return
	fi
	rm -rf "$stage" && mkdir -p "$stage/btf" && cp "${kdirs[$other]}/btf" "$stage/btf/vmlinux" &&
		(cd "$stage" && find . | "$busybox" cpio -o -H newc -R 0:0 2>/dev/null) >"$work/btf-$label.cpio" &&
		cat "$work/base.cpio" "$work/btf-$label.cpio" >"$work/initrd-$label" || die "could not build the initramfs for $label"
	t0=$(now)
	boot "$log" "$(boot_image "${kdirs[$kernel]}")" "$work/initrd-$label" external-btf
	rc=$?
	if [[ $rc == 3 ]] && grep -aq '^VERDICT FAIL' "$log" && grep -aq '^CHECK .* FAIL' "$log"; then
		result=PASS
		echo "  $label: $kernel with $other's BTF rejected as expected:"
		grep -a '^CHECK .* FAIL' "$log" | sed 's/^/    /'
	else
		echo "  $label: $kernel with $other's BTF was not rejected (qemu exit $rc)"
		show_log "$log"
	fi
	record "$label" "$kernel given $other's BTF (must be rejected)" wrong-btf "$result" "$(elapsed "$t0" "$(now)")" \
		"$(guest_seconds "$log")"
}

host_cell() { # LABEL MODE: the loader on this machine, the kernel BTF hidden in a private mount namespace
	local label=$1 mode=$2 log=$work/$1-$2.log t0 rc
	if [[ $(id -u) != 0 ]]; then
		echo "  $label/$mode: needs root to load BPF"
		record "$label" "$kdesc" "$mode" SKIP -
		return
	fi
	t0=$(now)
	if [[ $mode == core ]]; then
		"$loader" --mode core --exec "$busybox" >"$log" 2>&1
	else
		cp /sys/kernel/btf/vmlinux "$work/host-btf" &&
			unshare -m --propagation private sh -c \
				'mount -t tmpfs none /sys/kernel/btf && exec "$0" --mode external-btf --btf "$1" --exec "$2"' \
				"$loader" "$work/host-btf" "$busybox" >"$log" 2>&1
	fi
	rc=$?
	if [[ $rc == 0 ]] && grep -aq '^VERDICT PASS' "$log"; then
		record "$label" "$kdesc" "$mode" PASS "$(elapsed "$t0" "$(now)")"
	else
		echo "  $label/$mode: the loader exited $rc"
		show_log "$log"
		record "$label" "$kdesc" "$mode" FAIL "$(elapsed "$t0" "$(now)")"
	fi
}

base_initramfs || die "could not build the initramfs in $work"
echo "kernel matrix: cache $cache, work $work"
while read -r label source rest; do
	[[ -z $label || $label == \#* ]] && continue
	[[ -z $rest ]] || die "$kernels: trailing words after '$label $source'"
	kdir='' kdesc=''
	case $source in
	apt:*) fetch_apt "$label" "${source#apt:}" ;;
	file:*) fetch_file "$label" "${source#file:}" ;;
	host)
		if [[ -r /boot/vmlinuz-$(uname -r) ]]; then
			fetch_file "$label" "/boot/vmlinuz-$(uname -r)"
		else
			kdir='' kdesc="$(uname -r) (no image file: run on the host)"
			if [[ ! -r /sys/kernel/btf/vmlinux ]]; then
				echo "  $label: the running kernel has no /sys/kernel/btf/vmlinux"
				record "$label" "$kdesc" core FAIL -
				record "$label" "$kdesc" external-btf FAIL -
				continue
			fi
			true
		fi
		;;
	mismatch:*,*)
		spec=${source#mismatch:}
		mismatch_cell "$label" "${spec%%,*}" "${spec#*,}"
		continue
		;;
	*) die "$kernels: unknown source '$source' for '$label'" ;;
	esac
	rc=$?
	if [[ $rc != 0 ]]; then
		result=FAIL
		[[ $rc == "$SKIP" ]] && result=SKIP
		record "$label" "${kdesc:-$source}" core $result -
		record "$label" "${kdesc:-$source}" external-btf $result -
		continue
	fi
	if [[ -n $kdir ]]; then
		kernel_initramfs "$label" || die "could not build the initramfs for $label"
		kdirs[$label]=$kdir
	fi
	for mode in core external-btf; do
		if [[ -n $kdir ]]; then
			boot_cell "$label" "$mode"
		else
			host_cell "$label" "$mode"
		fi
	done
done <"$kernels"

echo
printf "$row_format\n" kernel "image (package version)" mode result "wall s" "guest s"
printf '%s\n' "${rows[@]}"
echo
if [[ $failed -gt 0 ]]; then
	echo "kernel matrix: $failed cell(s) FAILED"
	exit 1
fi
if [[ $skipped -gt 0 ]]; then
	echo "SKIP: kernel matrix incomplete, $skipped cell(s) skipped (see above)"
	exit $SKIP
fi
echo "kernel matrix: all ${#rows[@]} cells passed"
