// SPDX-License-Identifier: MIT
#include "engine_maps.h"

#include "bpf/events.h"

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

namespace proclens::bench {
namespace {

// Offset of pl_config in a .bss map's value, from the map's BTF; nullopt when absent.
std::optional<uint32_t> plConfigOffset(const bpf_map_info& info)
{
    if (info.btf_id == 0 || info.btf_value_type_id == 0)
        return std::nullopt;
    btf* types = btf__load_from_kernel_by_id(info.btf_id);
    if (!types)
        return std::nullopt;
    std::optional<uint32_t> offset;
    const btf_type* sec = btf__type_by_id(types, info.btf_value_type_id);
    if (sec && btf_is_datasec(sec)) {
        const btf_var_secinfo* vars = btf_var_secinfos(sec);
        for (uint16_t i = 0; i < btf_vlen(sec); ++i) {
            const btf_type* var = btf__type_by_id(types, vars[i].type);
            const char* name = var ? btf__name_by_offset(types, var->name_off) : nullptr;
            if (name && std::string_view(name) == "pl_config" && vars[i].size == sizeof(pl_filter_config)) {
                offset = vars[i].offset;
                break;
            }
        }
    }
    btf__free(types);
    return offset;
}

bool readWakeupBytes(int fd, const bpf_map_info& info, uint32_t& wakeup)
{
    const auto offset = plConfigOffset(info);
    if (!offset || *offset + sizeof(pl_filter_config) > info.value_size)
        return false;
    std::vector<std::byte> value(info.value_size);
    const uint32_t zero = 0;
    if (bpf_map_lookup_elem(fd, &zero, value.data()) != 0)
        return false;
    pl_filter_config config{};
    std::memcpy(&config, value.data() + *offset, sizeof config);
    wakeup = config.wakeup_bytes;
    return true;
}

} // namespace

bool findEngineMaps(std::size_t ringBytes, EngineMaps& maps, std::string& why)
{
    std::set<uint32_t> seen; // map ids: libbpf may hold a map through more than one fd
    int rings = 0, drops = 0, configs = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
        const std::string name = entry.path().filename().string();
        int fd = -1;
        try {
            fd = std::stoi(name);
        } catch (const std::exception&) {
            continue;
        }
        std::error_code linkEc;
        const auto target = std::filesystem::read_symlink(entry.path(), linkEc);
        if (linkEc || target.string() != "anon_inode:bpf-map")
            continue;
        bpf_map_info info{};
        uint32_t len = sizeof info;
        if (bpf_obj_get_info_by_fd(fd, &info, &len) != 0 || !seen.insert(info.id).second)
            continue;
        const std::string_view mapName(info.name, strnlen(info.name, sizeof info.name));
        if (info.type == BPF_MAP_TYPE_RINGBUF && info.max_entries == ringBytes) {
            maps.ringFd = fd;
            ++rings;
        } else if (info.type == BPF_MAP_TYPE_PERCPU_ARRAY && mapName == "drops") {
            maps.dropsFd = fd;
            ++drops;
        } else if (info.type == BPF_MAP_TYPE_ARRAY && mapName.ends_with(".bss") &&
                   readWakeupBytes(fd, info, maps.wakeupBytes)) {
            ++configs;
        }
    }
    if (ec) {
        why = "cannot list /proc/self/fd: " + ec.message();
        return false;
    }
    if (rings != 1 || drops != 1 || configs != 1) {
        why = "expected one engine in this process (one " + std::to_string(ringBytes) +
              "-byte ring buffer, one \"drops\" array, one .bss with pl_config) but found " +
              std::to_string(rings) + ", " + std::to_string(drops) + " and " + std::to_string(configs);
        return false;
    }
    return true;
}

bool readDropCounter(int dropsFd, uint32_t index, uint64_t& total)
{
    const int cpus = libbpf_num_possible_cpus();
    if (cpus <= 0)
        return false;
    std::vector<uint64_t> perCpu(static_cast<std::size_t>(cpus));
    if (bpf_map_lookup_elem(dropsFd, &index, perCpu.data()) != 0)
        return false;
    total = 0;
    for (uint64_t v : perCpu)
        total += v;
    return true;
}

} // namespace proclens::bench
