// SPDX-License-Identifier: MIT
#include "output_sink.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>

namespace proclens::cli {

Result<OutputSink> OutputSink::open(const std::string& path)
{
    if (path.empty())
        return OutputSink(STDOUT_FILENO, QCoreApplication::translate("proclens-cli", "standard output").toStdString(), false);
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error{QCoreApplication::translate("proclens-cli", "cannot open %1 for writing: %2")
                         .arg(QString::fromStdString(path), QString::fromLocal8Bit(std::strerror(errno)))
                         .toStdString(),
                     0};
    return OutputSink(fd, path, true);
}

OutputSink::OutputSink(OutputSink&& other) noexcept
    : fd_(other.fd_), name_(std::move(other.name_)), owned_(other.owned_), error_(std::move(other.error_))
{
    other.owned_ = false;
}

OutputSink::~OutputSink()
{
    if (owned_)
        ::close(fd_);
}

bool OutputSink::write(std::string_view text)
{
    while (!text.empty() && !failed()) {
        ssize_t n = ::write(fd_, text.data(), text.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error_ = name_ + ": " + std::strerror(errno);
            break;
        }
        text.remove_prefix(static_cast<size_t>(n));
    }
    return !failed();
}

}  // namespace proclens::cli
