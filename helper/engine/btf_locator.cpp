// SPDX-License-Identifier: MIT
#include "btf_locator.h"

#include "process_runner.h"

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

// Cheap test of the file's first bytes (raw BTF magic 0xeB9F, or an ELF that may carry .BTF);
// libbpf parses the whole file once, when the candidate is tried.
bool looksLikeBtf(const std::string& path, std::string& why)
{
    std::ifstream in(path, std::ios::binary);
    unsigned char magic[4] = {};
    if (!in.read(reinterpret_cast<char*>(magic), sizeof(magic))) {
        why = path + " cannot be read or is too short to hold BTF";
        return false;
    }
    const bool rawBtf = magic[0] == 0x9f && magic[1] == 0xeb; // little-endian 0xeB9F
    const bool elf = magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
    if (!rawBtf && !elf)
        why = path + " is neither raw BTF nor an ELF file";
    return rawBtf || elf;
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
        if (!looksLikeBtf(path, why)) {
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
