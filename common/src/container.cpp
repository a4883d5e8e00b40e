// SPDX-License-Identifier: MIT
// Container id and runtime from a cgroup path.
#include <string_view>
#include <vector>

#include "proclens/container.h"

namespace proclens {

namespace {

bool is_hex_id(std::string_view s, std::size_t min_len)
{
    if (s.size() < min_len || s.size() > 64)
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

struct Prefix {
    std::string_view prefix;
    std::string_view runtime;
};

// Longer prefixes first where one is a prefix of another.
constexpr Prefix kPrefixes[] = {
    {"docker-", "docker"},
    {"cri-containerd-", "containerd"},
    {"crio-conmon-", "cri-o"},
    {"crio-", "cri-o"},
    {"libpod-conmon-", "podman"},
    {"libpod-", "podman"},
};

// One path component: "docker-<id>.scope", "libpod-<id>", ... (the systemd and cgroupfs drivers).
ContainerInfo match_component(std::string_view comp, std::string_view parent, bool under_kubepods)
{
    std::string_view base = comp;
    if (base.size() > 6 && base.substr(base.size() - 6) == ".scope")
        base.remove_suffix(6);
    for (const Prefix& p : kPrefixes) {
        if (base.substr(0, p.prefix.size()) == p.prefix) {
            std::string_view id = base.substr(p.prefix.size());
            if (is_hex_id(id, 12))
                return {std::string(id), std::string(p.runtime)};
        }
    }
    // cgroupfs driver: "/docker/<64hex>", "/kubepods/<qos>/pod<uid>/<64hex>".
    if (is_hex_id(comp, 64)) {
        if (parent == "docker")
            return {std::string(comp), "docker"};
        if (under_kubepods)
            return {std::string(comp), "containerd"};
    }
    return {};
}

}  // namespace

ContainerInfo container_from_cgroup(std::string_view path)
{
    std::vector<std::string_view> comps;
    std::size_t pos = 0;
    while (pos <= path.size()) {
        std::size_t slash = path.find('/', pos);
        if (slash == std::string_view::npos)
            slash = path.size();
        if (slash > pos)
            comps.push_back(path.substr(pos, slash - pos));
        pos = slash + 1;
    }
    bool kubepods = false;
    for (std::string_view c : comps)
        if (c.substr(0, 8) == "kubepods")
            kubepods = true;
    for (std::size_t i = comps.size(); i-- > 0;) {
        ContainerInfo info = match_component(comps[i], i > 0 ? comps[i - 1] : std::string_view{}, kubepods);
        if (!info.id.empty())
            return info;
    }
    return {};
}

}  // namespace proclens
