// SPDX-License-Identifier: MIT
#include "capture_plan.h"

#include "helper_api.h"
#include "proclens/filter/parser.h"
#include "proclens/names.h"

#include <QStringList>

namespace proclens::gui {

namespace {

namespace api = helper_api;

template <class T>
QList<uint> uintList(const std::vector<T>& v)
{
    QList<uint> out;
    for (T x : v)
        out << uint(x);
    return out;
}

// `field = v` for one value, `field in (a, b)` for several.
QString setText(const char* field, const QStringList& values, bool negate = false)
{
    if (values.size() == 1)
        return QStringLiteral("%1 %2 %3").arg(QLatin1String(field), negate ? QStringLiteral("!=") : QStringLiteral("="),
                                              values.front());
    return QStringLiteral("%1 %2in (%3)").arg(QLatin1String(field), negate ? QStringLiteral("not ") : QString(),
                                              values.join(QStringLiteral(", ")));
}

template <class T>
QStringList numbers(const std::vector<T>& v)
{
    QStringList out;
    for (T x : v)
        out << QString::number(x);
    return out;
}

}  // namespace

QVariantMap captureFilterMap(const filter::CaptureSplit& s)
{
    QVariantMap m;
    if (!s.pids.empty())
        m[QLatin1String(api::filter::kPids)] = QVariant::fromValue(uintList(s.pids));
    if (!s.excludePids.empty())
        m[QLatin1String(api::filter::kExcludePids)] = QVariant::fromValue(uintList(s.excludePids));
    if (!s.uids.empty())
        m[QLatin1String(api::filter::kUids)] = QVariant::fromValue(uintList(s.uids));
    if (!s.comms.empty()) {
        QStringList comms;
        for (const std::string& c : s.comms)
            comms << QString::fromStdString(c);
        m[QLatin1String(api::filter::kComms)] = comms;
    }
    if (!s.syscalls.empty())
        m[QLatin1String(api::filter::kSyscalls)] = QVariant::fromValue(uintList(s.syscalls));
    if (s.hasNamespace) {
        m[QLatin1String(api::filter::kNsKind)] = uint(s.nsKind);
        m[QLatin1String(api::filter::kNsInode)] = uint(s.nsInode);
    }
    if (!s.cgroupIds.empty()) {
        QList<qulonglong> ids;
        for (std::uint64_t id : s.cgroupIds)
            ids << qulonglong(id);
        m[QLatin1String(api::filter::kCgroupIds)] = QVariant::fromValue(ids);
    }
    return m;
}

QString kernelPartText(const filter::CaptureSplit& s)
{
    QStringList terms;
    if (!s.pids.empty())
        terms << setText("pid", numbers(s.pids));
    if (!s.excludePids.empty())
        terms << setText("pid", numbers(s.excludePids), true);
    if (!s.uids.empty())
        terms << setText("user", numbers(s.uids));
    if (!s.comms.empty()) {
        QStringList comms;
        for (const std::string& c : s.comms)
            comms << QString::fromStdString(filter::to_string(filter::Value::string(c)));
        terms << setText("comm", comms);
    }
    if (!s.syscalls.empty()) {
        QStringList names;
        for (std::uint32_t nr : s.syscalls) {
            const std::string_view n = names::syscall_name(nr);
            names << (n.empty() ? QString::number(nr) : QString::fromLatin1(n.data(), qsizetype(n.size())));
        }
        terms << setText("syscall", names);
    }
    if (s.hasNamespace) {
        const auto field = filter::field_name(filter::Field(int(filter::Field::NsPid) + int(s.nsKind)));
        terms << QStringLiteral("%1 = %2").arg(QString::fromLatin1(field.data(), qsizetype(field.size()))).arg(s.nsInode);
    }
    if (!s.cgroupIds.empty())
        terms << setText("cgroup", numbers(s.cgroupIds));
    return terms.join(QStringLiteral(" and "));
}

CapturePlan planCapture(const filter::Expr& expr)
{
    const filter::CaptureSplit s = filter::split_for_capture(expr);
    CapturePlan p;
    p.kernelMap = captureFilterMap(s);
    p.kernelText = kernelPartText(s);
    if (!s.exact && s.rest)
        p.viewText = QString::fromStdString(filter::to_string(*s.rest));
    return p;
}

}  // namespace proclens::gui
