// SPDX-License-Identifier: MIT
#include "proc_stat.h"

#include <algorithm>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <unistd.h>
#include <vector>

namespace proclens::bench {

namespace {

/// The fields of /proc/PID/stat after "(comm)", and the comm itself.
bool readStat(pid_t pid, std::string* comm, std::vector<std::string>* rest)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line))
        return false;
    // comm may contain spaces and parentheses: it ends at the last ')'.
    const auto open = line.find('(');
    const auto close = line.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close < open)
        return false;
    *comm = line.substr(open + 1, close - open - 1);
    std::istringstream fields(line.substr(close + 1));
    rest->clear();
    for (std::string f; fields >> f;)
        rest->push_back(f);
    return true;
}

} // namespace

double processCpuSeconds(pid_t pid)
{
    std::string comm;
    std::vector<std::string> f;
    // After comm: state(0) ppid(1) ... utime(11) stime(12).
    if (!readStat(pid, &comm, &f) || f.size() < 13)
        return -1;
    const double ticks = double(std::strtoull(f[11].c_str(), nullptr, 10) + std::strtoull(f[12].c_str(), nullptr, 10));
    return ticks / double(::sysconf(_SC_CLK_TCK));
}

pid_t findChild(pid_t parent, const std::string& comm)
{
    DIR* dir = ::opendir("/proc");
    if (!dir)
        return 0;
    pid_t found = 0;
    while (const dirent* e = ::readdir(dir)) {
        char* end = nullptr;
        const long pid = std::strtol(e->d_name, &end, 10);
        if (!end || *end != '\0' || pid <= 0)
            continue;
        std::string c;
        std::vector<std::string> f;
        if (readStat(pid_t(pid), &c, &f) && f.size() > 1 && c == comm && std::atol(f[1].c_str()) == parent) {
            found = pid_t(pid);
            break;
        }
    }
    ::closedir(dir);
    return found;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace proclens::bench
