/* SPDX-License-Identifier: MIT */
/*
 * proclens-matrix-loader: the static program the kernel-matrix test runs on
 * every kernel (as a qemu guest's init payload, or directly on the host).
 *
 *   proclens-matrix-loader --mode core|external-btf [--btf PATH] [--exec BINARY]
 *
 * It opens the product's BPF object, embedded through its skeleton's ELF
 * bytes (what the skeleton's own open does), keeps either the tp_btf
 * programs (core: the kernel's own BTF) or their raw_tp twins (external-btf:
 * BTF from PATH through btf_custom_path, since tp_btf cannot attach without
 * kernel BTF), turns on event capture, attaches, runs a known workload and checks the
 * records that come back. Prints one line per check and a VERDICT line;
 * exits 0 when every check passed, 1 otherwise, 2 on bad usage.
 */
#define _GNU_SOURCE
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "checks.h"
#include "events.h"
#include "workload.h"
#include PL_SKEL_HEADER

#define KERNEL_BTF "/sys/kernel/btf/vmlinux"
#define WAIT_MS 10000 /* TCG guests are slow; the records normally arrive within milliseconds */

enum mode { MODE_CORE, MODE_EXTERNAL_BTF };

struct ctx {
	struct observed obs;
	struct workload work;
};

static int print_libbpf(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	if (level == LIBBPF_DEBUG)
		return 0;
	return vfprintf(stderr, fmt, ap);
}

static void usage(FILE *to)
{
	fprintf(to, "usage: proclens-matrix-loader --mode core|external-btf [--btf PATH] [--exec BINARY]\n");
}

static bool starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The tracepoint a raw_tp program attaches to, or NULL for other program kinds. */
static const char *raw_tp_name(const char *sec)
{
	if (starts_with(sec, "raw_tp/"))
		return sec + strlen("raw_tp/");
	if (starts_with(sec, "raw_tracepoint/"))
		return sec + strlen("raw_tracepoint/");
	return NULL;
}

static bool has_tp_btf_twin(struct bpf_object *obj, const char *tp)
{
	struct bpf_program *prog;

	bpf_object__for_each_program(prog, obj) {
		const char *sec = bpf_program__section_name(prog);

		if (starts_with(sec, "tp_btf/") && strcmp(sec + strlen("tp_btf/"), tp) == 0)
			return true;
	}
	return false;
}

/*
 * core: tp_btf programs (the per-CPU syscall pair and its sched_switch hook among them),
 * and raw_tp only where no tp_btf twin exists; external-btf: no tp_btf at all, their
 * raw_tp twins instead. An iterator would need the running kernel's BTF as tp_btf does,
 * so it would go with core only.
 */
static int select_programs(struct bpf_object *obj, enum mode mode)
{
	struct bpf_program *prog;
	int kept = 0;

	bpf_object__for_each_program(prog, obj) {
		const char *sec = bpf_program__section_name(prog);
		const char *tp = raw_tp_name(sec);
		bool keep;

		if (starts_with(sec, "tp_btf/") || starts_with(sec, "iter/"))
			keep = mode == MODE_CORE;
		else if (tp)
			keep = mode == MODE_EXTERNAL_BTF || !has_tp_btf_twin(obj, tp);
		else
			keep = true;
		bpf_program__set_autoload(prog, keep);
		printf("program %-24s %-32s %s\n", bpf_program__name(prog), sec, keep ? "load" : "skip");
		kept += keep;
	}
	return kept;
}

/* Where the struct pl_filter_config variable lives: an internal (data section) map and an offset. */
struct config_slot {
	struct bpf_map *map;
	__u32 offset;
};

/* Finds the struct pl_filter_config variable in the object's data sections through its BTF. */
static bool find_config(struct bpf_object *obj, struct config_slot *slot)
{
	const struct btf *btf = bpf_object__btf(obj);
	struct bpf_map *map;

	if (!btf)
		return false;
	for (__u32 id = 1; id < btf__type_cnt(btf); id++) {
		const struct btf_type *sec = btf__type_by_id(btf, id);
		const char *sec_name = btf__name_by_offset(btf, sec->name_off);
		const struct btf_var_secinfo *vs = btf_var_secinfos(sec);

		if (!btf_is_datasec(sec))
			continue;
		for (__u16 i = 0; i < btf_vlen(sec); i++, vs++) {
			const struct btf_type *var = btf__type_by_id(btf, vs->type);
			__s32 tid = btf__resolve_type(btf, var->type);
			const struct btf_type *t = tid > 0 ? btf__type_by_id(btf, tid) : NULL;

			if (!t || !btf_is_struct(t) || strcmp(btf__name_by_offset(btf, t->name_off), "pl_filter_config") != 0)
				continue;
			if (vs->size != sizeof(struct pl_filter_config))
				return false;
			/* libbpf names internal maps "<object prefix><section>", e.g. "proclen.bss". */
			bpf_object__for_each_map(map, obj) {
				const char *name = bpf_map__name(map);
				size_t n = strlen(name), m = strlen(sec_name);

				if (!bpf_map__is_internal(map) || n < m || strcmp(name + n - m, sec_name) != 0)
					continue;
				printf("config   %s in %s at offset %u\n", btf__name_by_offset(btf, var->name_off), sec_name,
				       vs->offset);
				slot->map = map;
				slot->offset = vs->offset;
				return true;
			}
		}
	}
	return false;
}

/* Rewrites the data section with the config patched in; done before load, so the programs start with it. */
static int write_config(const struct config_slot *slot, const struct pl_filter_config *config)
{
	size_t size = 0;
	const void *cur = bpf_map__initial_value(slot->map, &size);
	unsigned char *copy;
	int err;

	if (!cur || slot->offset + sizeof(*config) > size)
		return -EINVAL;
	copy = malloc(size);
	if (!copy)
		return -ENOMEM;
	memcpy(copy, cur, size);
	memcpy(copy + slot->offset, config, sizeof(*config));
	err = bpf_map__set_initial_value(slot->map, copy, size);
	free(copy);
	return err;
}

static struct bpf_map *find_ringbuf(struct bpf_object *obj)
{
	struct bpf_map *map;

	bpf_object__for_each_map(map, obj) {
		if (bpf_map__type(map) == BPF_MAP_TYPE_RINGBUF)
			return map;
	}
	return NULL;
}

static int on_sample(void *arg, void *data, size_t size)
{
	struct ctx *c = arg;

	observed_add(&c->obs, &c->work, data, size);
	return 0;
}

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

/* Reads the ring buffer until every expected record is in or time is up; polls so it needs no wake-up. */
static void drain(struct ring_buffer *rb, struct ctx *c)
{
	long long deadline = now_ms() + WAIT_MS;

	while (now_ms() < deadline) {
		if (ring_buffer__consume(rb) < 0)
			return;
		if (observed_complete(&c->obs))
			return;
		usleep(10 * 1000);
	}
}

static int verdict(bool pass)
{
	printf("VERDICT %s\n", pass ? "PASS" : "FAIL");
	fflush(stdout);
	return pass ? 0 : 1;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "mode", required_argument, NULL, 'm' },
		{ "btf", required_argument, NULL, 'b' },
		{ "exec", required_argument, NULL, 'e' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	static struct ctx c;
	const char *mode_arg = NULL, *btf_path = NULL, *exec_path = "/bin/busybox";
	enum mode mode;
	struct utsname uts;
	struct bpf_object *obj = NULL;
	struct ring_buffer *rb = NULL;
	struct bpf_program *prog;
	struct bpf_link *links[64] = { 0 };
	struct pl_filter_config config = { 0 };
	struct config_slot slot;
	struct bpf_map *ring;
	const void *elf;
	size_t elf_size = 0, n_links = 0;
	int opt, err, failed = 1;
	bool kernel_btf;

	setvbuf(stdout, NULL, _IOLBF, 0);
	while ((opt = getopt_long(argc, argv, "m:b:e:h", opts, NULL)) != -1) {
		switch (opt) {
		case 'm': mode_arg = optarg; break;
		case 'b': btf_path = optarg; break;
		case 'e': exec_path = optarg; break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
	}
	if (optind != argc || !mode_arg) {
		usage(stderr);
		return 2;
	}
	if (strcmp(mode_arg, "core") == 0) {
		mode = MODE_CORE;
	} else if (strcmp(mode_arg, "external-btf") == 0) {
		mode = MODE_EXTERNAL_BTF;
	} else {
		fprintf(stderr, "proclens-matrix-loader: unknown mode '%s'\n", mode_arg);
		usage(stderr);
		return 2;
	}
	if (mode == MODE_EXTERNAL_BTF && !btf_path) {
		fprintf(stderr, "proclens-matrix-loader: --mode external-btf needs --btf PATH\n");
		return 2;
	}
	if (btf_path && access(btf_path, R_OK) != 0) {
		fprintf(stderr, "proclens-matrix-loader: cannot read BTF file '%s': %s\n", btf_path, strerror(errno));
		return 2;
	}

	uname(&uts);
	printf("kernel   %s %s\n", uts.release, uts.version);
	printf("mode     %s%s%s\n", mode_arg, btf_path ? " btf=" : "", btf_path ? btf_path : "");
	libbpf_set_print(print_libbpf);

	/* The mode is only meaningful if the kernel's own BTF is there for core and hidden otherwise. */
	kernel_btf = access(KERNEL_BTF, R_OK) == 0;
	if (mode == MODE_CORE)
		printf("CHECK %-20s %s %s\n", "kernel_btf.present", kernel_btf ? "PASS" : "FAIL", KERNEL_BTF);
	else
		printf("CHECK %-20s %s %s\n", "kernel_btf.hidden", kernel_btf ? "FAIL" : "PASS", KERNEL_BTF);
	if (kernel_btf != (mode == MODE_CORE))
		return verdict(false);

	elf = PL_SKEL_ELF_BYTES(&elf_size);
	{
		LIBBPF_OPTS(bpf_object_open_opts, open_opts, .btf_custom_path = btf_path);
		obj = bpf_object__open_mem(elf, elf_size, &open_opts);
	}
	err = libbpf_get_error(obj);
	if (err) {
		obj = NULL;
		fprintf(stderr, "open: %s\n", strerror(-err));
		goto out;
	}
	if (select_programs(obj, mode) == 0) {
		fprintf(stderr, "the object has no program for this mode\n");
		goto out;
	}
	if (!find_config(obj, &slot)) {
		fprintf(stderr, "the object has no struct pl_filter_config in a data section\n");
		goto out;
	}
	/* self_pid stays 0: the loader forks the workload itself, so its own fork must be seen. */
	config.capture = PL_CAPTURE_EVENTS;
	/* The loader polls the ring buffer, so a wake-up per record would only cost time. */
	config.wakeup_bytes = 1u << 20;
	err = write_config(&slot, &config);
	if (err) {
		fprintf(stderr, "config: %s\n", strerror(-err));
		goto out;
	}

	err = bpf_object__load(obj);
	if (err) {
		fprintf(stderr, "load: %s\n", strerror(-err));
		goto out;
	}
	bpf_object__for_each_program(prog, obj) {
		struct bpf_link *link;

		if (!bpf_program__autoload(prog))
			continue;
		link = bpf_program__attach(prog);
		err = libbpf_get_error(link);
		if (err || n_links == sizeof(links) / sizeof(links[0])) {
			fprintf(stderr, "attach %s: %s\n", bpf_program__name(prog), err ? strerror(-err) : "too many programs");
			bpf_link__destroy(err ? NULL : link);
			goto out;
		}
		links[n_links++] = link;
	}
	printf("attached %zu programs\n", n_links);

	ring = find_ringbuf(obj);
	if (!ring) {
		fprintf(stderr, "the object has no ring buffer map\n");
		goto out;
	}
	rb = ring_buffer__new(bpf_map__fd(ring), on_sample, &c, NULL);
	err = libbpf_get_error(rb);
	if (err) {
		rb = NULL;
		fprintf(stderr, "ring buffer: %s\n", strerror(-err));
		goto out;
	}

	if (workload_run(&c.work, exec_path) != 0)
		goto out;
	drain(rb, &c);
	failed = checks_report(&c.obs, &c.work);
out:
	ring_buffer__free(rb);
	while (n_links > 0)
		bpf_link__destroy(links[--n_links]);
	bpf_object__close(obj);
	return verdict(failed == 0);
}
