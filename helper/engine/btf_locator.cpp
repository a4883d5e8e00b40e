// SPDX-License-Identifier: MIT
#include "btf_locator.h"

#include "process_runner.h"

#include <bpf/btf.h>
#include <spdlog/spdlog.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace proclens::engine {

namespace fs = std::filesystem;

namespace {

std::string unquote(std::string value)
{
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        return value.substr(1, value.size() - 2);
    return value;
}

// A file is usable when libbpf parses BTF out of it (raw BTF, or an ELF's .BTF section).
bool parsesAsBtf(const std::string& path, std::string& why)
{
    struct btf* btf = btf__parse(path.c_str(), nullptr);
    if (!btf) {
        why = path + " holds no BTF (" + std::string(std::strerror(errno)) + ")";
        return false;
    }
    const bool hasTask = btf__find_by_name_kind(btf, "task_struct", BTF_KIND_STRUCT) > 0;
    btf__free(btf);
    if (!hasTask)
        why = path + " is BTF without struct task_struct (not a kernel's BTF)";
    return hasTask;
}

// Unpacks <release>.btf out of a BTFHub .btf.tar.xz into dir; returns its path or "".
std::string unpackArchive(const std::string& archive, const fs::path& dir, const std::string& release,
                          std::string& why)
{
    const fs::path out = dir / (release + ".btf");
    std::error_code ec;
    if (fs::exists(out, ec) && fs::last_write_time(out, ec) >= fs::last_write_time(archive, ec))
        return out.string();
    fs::create_directories(dir, ec);
    if (ec) {
        why = "cannot create " + dir.string() + ": " + ec.message();
        return {};
    }
    const fs::path tmp = dir / (".unpack-" + std::to_string(getpid()));
    fs::remove_all(tmp, ec);
    fs::create_directories(tmp, ec);
    const ProcessResult r = runProgram({"tar", "-xJf", archive, "-C", tmp.string()});
    if (!r.started || r.exitCode != 0) {
        fs::remove_all(tmp, ec);
        why = r.started ? "tar could not unpack " + archive + ": " + r.output
                        : std::string("tar is not installed (Debian: apt-get install tar xz-utils)");
        return {};
    }
    // BTFHub archives hold one file, <release>.btf; accept it wherever tar put it.
    fs::path found;
    for (const auto& entry : fs::recursive_directory_iterator(tmp, ec))
        if (entry.is_regular_file() && entry.path().filename() == release + ".btf")
            found = entry.path();
    if (found.empty()) {
        fs::remove_all(tmp, ec);
        why = archive + " does not contain " + release + ".btf";
        return {};
    }
    fs::rename(found, out, ec);
    fs::remove_all(tmp);
    if (ec) {
        why = "cannot move the unpacked BTF to " + out.string() + ": " + ec.message();
        return {};
    }
    spdlog::info("engine: unpacked {} to {}", archive, out.string());
    return out.string();
}

} // namespace

std::pair<std::string, std::string> readOsRelease(const std::string& file)
{
    std::ifstream in(file);
    std::string line;
    std::string id;
    std::string version;
    while (std::getline(in, line)) {
        if (line.rfind("ID=", 0) == 0)
            id = unquote(line.substr(3));
        else if (line.rfind("VERSION_ID=", 0) == 0)
            version = unquote(line.substr(11));
    }
    return {id, version};
}

BtfSearchResult findExternalBtf(const BtfSearchPlaces& places)
{
    BtfSearchResult result;
    std::error_code ec;
    auto consider = [&](const std::string& origin, const std::string& path) {
        std::string why;
        if (!fs::exists(path, ec)) {
            result.misses.push_back(path + " (" + origin + "): not found");
            return;
        }
        if (!parsesAsBtf(path, why)) {
            result.misses.push_back(why + " (" + origin + ")");
            return;
        }
        result.candidates.push_back({origin, path});
    };

    if (!places.configured.empty())
        consider("configured", places.configured);
    consider("/boot", "/boot/vmlinux-" + places.release);
    consider("sysfs", "/sys/kernel/btf/vmlinux");

    const auto [id, version] = readOsRelease(places.osReleaseFile);
    if (id.empty() || version.empty()) {
        result.misses.push_back("BTFHub archive: " + places.osReleaseFile + " names no ID and VERSION_ID");
        return result;
    }
    const fs::path rel = fs::path(id) / version / places.machine;
    const fs::path base = fs::path(places.dataDir) / "btf" / rel;
    const std::string plain = (base / (places.release + ".btf")).string();
    const std::string archive = plain + ".tar.xz";
    if (fs::exists(plain, ec)) {
        consider("BTFHub archive", plain);
    } else if (fs::exists(archive, ec)) {
        std::string why;
        const std::string unpacked =
            unpackArchive(archive, fs::path(places.cacheDir) / "btf" / rel, places.release, why);
        if (unpacked.empty())
            result.misses.push_back(why + " (BTFHub archive)");
        else
            consider("BTFHub archive " + archive, unpacked);
    } else {
        result.misses.push_back(plain + "[.tar.xz] (BTFHub archive): not found");
    }
    return result;
}

} // namespace proclens::engine
