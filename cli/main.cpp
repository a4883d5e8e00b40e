// SPDX-License-Identifier: MIT
// proclens-cli: parses the command line and runs one subcommand.
#include <clocale>
#include <cstdio>
#include <exception>
#include <string_view>
#include <vector>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QCoreApplication>

#include "proclens/language.h"

#include "arguments.h"
#include "commands.h"

int main(int argc, char** argv)
{
    using namespace proclens::cli;

    // Messages follow the user's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); the
    // application object holds the translator and is the one QtDBus uses later.
    QCoreApplication app(argc, argv);
    // QCoreApplication adopts the environment's locale; numbers in CSV/JSON stay C-formatted.
    std::setlocale(LC_NUMERIC, "C");
    proclens::i18n::installTranslators(QString());

    // Logs go to stderr: stdout carries the CSV/JSON output.
    spdlog::set_default_logger(spdlog::stderr_color_mt("proclens-cli"));
    spdlog::set_level(spdlog::level::warn);

    std::vector<std::string_view> args(argv + 1, argv + argc);
    if (!args.empty() && args[0] == "btf") // btf_command.cpp parses its own arguments
        return run_btf(std::span<const std::string_view>(args).subspan(1));
    auto parsed = parse_arguments(args);
    if (!parsed) {
        std::fprintf(stderr, "proclens-cli: %s\n\n%s", parsed.error().message.c_str(), usage().c_str());
        return 2;
    }
    if (parsed->verbose)
        spdlog::set_level(spdlog::level::debug);

    try {
        switch (parsed->command) {
        case Command::Help: std::fputs(usage().c_str(), stdout); return 0;
        case Command::Record: return parsed->direct ? run_record(parsed->record) : run_record_via_helper(parsed->record);
        case Command::Ps: return run_ps(parsed->ps);
        case Command::Status: return parsed->direct ? run_status() : run_status_via_helper();
        }
    } catch (const std::exception& e) {
        // Last line of defence: one sentence instead of std::terminate.
        std::fprintf(stderr, "proclens-cli: %s\n", e.what());
    }
    return 1;
}
