// SPDX-License-Identifier: MIT
#include "details_pane.h"

#include "process_tree_model.h"
#include "proclens/procfs.h"

namespace proclens::gui {

namespace {
QString esc(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString rowHtml(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
}
}  // namespace

DetailsPane::DetailsPane(const ProcessTable* table, QWidget* parent) : QTextBrowser(parent), table_(table)
{
    setObjectName(QStringLiteral("detailsPane"));
    setOpenLinks(false);
    showPid(0);
}

void DetailsPane::showPid(std::uint32_t pid)
{
    pid_ = pid;
    refresh();
}

void DetailsPane::refresh()
{
    const ProcessNode* n = pid_ ? table_->find(pid_) : nullptr;
    if (!n) {
        setHtml(QStringLiteral("<p><i>%1</i></p>").arg(tr("Select a process to see its details.").toHtmlEscaped()));
        return;
    }
    QString html = QStringLiteral("<h3>%1 <small>(%2)</small></h3><table cellspacing='4'>")
                       .arg(esc(n->comm), tr("PID %1").arg(n->pid).toHtmlEscaped());
    QStringList chain;
    for (const ProcessNode* a = n; a; a = a->parent)
        chain.prepend(QStringLiteral("%1 (%2)").arg(esc(a->comm)).arg(a->pid));
    if (n->parent == nullptr && n->ppid != 0)
        chain.prepend(tr("%1 (not shown)").arg(n->ppid).toHtmlEscaped());
    html += rowHtml(tr("Ancestry"), chain.join(QStringLiteral(" → ")));
    QStringList args;
    for (const auto& a : n->argv)
        args << QStringLiteral("<code>%1</code>").arg(esc(a));
    html += rowHtml(tr("Arguments"), args.isEmpty() ? tr("(none: kernel thread)").toHtmlEscaped()
                                                    : args.join(QStringLiteral("<br>")));
    html += rowHtml(tr("Executable"), esc(n->exe));
    html += rowHtml(tr("Working directory"), esc(n->cwd));
    html += rowHtml(tr("User"), QStringLiteral("%1 (%2)").arg(userName(n->uid).toHtmlEscaped()).arg(n->uid));
    html += rowHtml(tr("Group"), QStringLiteral("%1 (%2)").arg(groupName(n->gid).toHtmlEscaped()).arg(n->gid));
    html += rowHtml(tr("cgroup"), esc(n->cgroupPath));
    if (!n->containerId.empty())
        html += rowHtml(tr("Container"), QStringLiteral("%1 (%2)").arg(esc(n->containerId), esc(n->runtime)));
    if (n->nsPid && n->nsPid != n->pid)
        html += rowHtml(tr("PID in its namespace"), QString::number(n->nsPid));
    QStringList ns;
    for (int k = 0; k < PL_NS_COUNT; ++k) {
        const std::uint32_t inode = n->ns[std::size_t(k)];
        if (!inode)
            continue;
        const std::size_t shared = table_->countInNamespace(k, inode);
        ns << QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>%3</td></tr>")
                  .arg(QString::fromLatin1(ns_kind_name(k)))
                  .arg(inode)
                  .arg(tr("shared with %n process(es)", nullptr, int(shared ? shared - 1 : 0)).toHtmlEscaped());
    }
    html += rowHtml(tr("Namespaces"), QStringLiteral("<table>%1</table>").arg(ns.join(QString())));
    if (n->startTimeNs)
        html += rowHtml(tr("Started"), bootNsToDateTime(n->startTimeNs).toString(Qt::ISODate).toHtmlEscaped());
    html += rowHtml(tr("State"), stateName(n->state).toHtmlEscaped());
    if (n->life == RowLife::Exited) {
        const int code = n->exitCode;
        const int sig = int(n->exitSignal);
        html += rowHtml(tr("Exit"), sig ? tr("killed by signal %1").arg(sig).toHtmlEscaped()
                                        : tr("exit code %1").arg(code).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    setHtml(html);
}

}  // namespace proclens::gui
