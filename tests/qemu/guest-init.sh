#!/bin/busybox sh
# SPDX-License-Identifier: MIT
# /init of the kernel-matrix initramfs: mounts what the loader needs, hides
# the kernel's BTF for external-btf mode, runs the loader and hands its
# verdict to qemu through the isa-debug-exit port (0xf4): the guest writes
# 0 (pass) or 1 (fail), qemu exits with (value << 1) | 1, i.e. 1 or 3.
/bin/busybox --install -s /bin
export PATH=/bin

mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev

mode=core
for word in $(cat /proc/cmdline); do
	case $word in
	proclens.mode=*) mode=${word#proclens.mode=} ;;
	esac
done

set -- --mode "$mode"
if [ "$mode" = external-btf ]; then
	# Hide the kernel's own BTF so only the file passed with --btf can be used.
	mount -t tmpfs none /sys/kernel/btf
	set -- "$@" --btf /btf/vmlinux
fi

echo "PROCLENS-MATRIX-START mode=$mode uptime=$(cut -d" " -f1 /proc/uptime)"
/loader "$@" --exec /bin/busybox
rc=$?
echo "PROCLENS-MATRIX-END rc=$rc uptime=$(cut -d" " -f1 /proc/uptime)"

[ "$rc" = 0 ] && code='\000' || code='\001'
printf "$code" | dd of=/dev/port bs=1 seek=244 count=1 2>/dev/null
# Only reached when the port is missing: the runner then reads the END line.
poweroff -f
