// SPDX-License-Identifier: MIT
//
// Container id and runtime from a cgroup path (docker, containerd/CRI,
// cri-o, podman/libpod).
#pragma once

#include <string>
#include <string_view>

namespace proclens {

struct ContainerInfo {
    std::string id;       ///< full hex id, empty when the path is not a container's
    std::string runtime;  ///< "docker", "containerd", "cri-o", "podman"
    bool operator==(const ContainerInfo&) const = default;
};

/// Parses e.g. "/docker/<64hex>", "/system.slice/docker-<64hex>.scope",
/// "/kubepods/burstable/pod<uid>/<64hex>", ".../cri-containerd-<64hex>.scope",
/// ".../crio-<64hex>.scope", ".../libpod-<64hex>.scope" (and libpod-conmon-).
/// The innermost matching component wins.
ContainerInfo container_from_cgroup(std::string_view cgroup_path);

}  // namespace proclens
