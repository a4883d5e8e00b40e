// SPDX-License-Identifier: MIT
// Every translations/*.ts is complete: no unfinished or empty translation, the
// right number of plural forms, the source's placeholders (%1, %n) kept and an
// accelerator (&) wherever the source has one. A failure lists each offending
// message (context, source text and what is wrong), so one run names them all.

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString type;                  // the translation's type attribute
    QStringList forms;             // one translation, or the numerus forms
    bool numerus = false;
    qint64 line = 0;
};

/// Plural forms Qt's lrelease uses for each shipped language.
int pluralForms(const QString& language)
{
    return language.startsWith(QLatin1String("zh")) || language.startsWith(QLatin1String("ja")) ? 1 : 2;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?[1-9])"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

/// An accelerator marker: an & not part of "&&".
bool hasAccelerator(const QString& text)
{
    return text.count(QLatin1Char('&')) > 2 * text.count(QLatin1String("&&"));
}

bool readMessages(const QString& path, QString& language, QList<Message>& out, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                        xml.lineNumber()};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.forms << xml.readElementText();
                out << m;
            } else {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
                out << m;
            }
        }
    }
    if (xml.hasError()) {
        error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
        return false;
    }
    return true;
}

}  // namespace

class TestTranslationFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QStringLiteral(PROCLENS_TS_FILES).split(QLatin1Char(','));
        QCOMPARE(files.size(), 6);
        for (const QString& f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }

    void complete()
    {
        QFETCH(QString, path);
        QString language, error;
        QList<Message> messages;
        QVERIFY2(readMessages(path, language, messages, error), qPrintable(path + QStringLiteral(": ") + error));
        QVERIFY2(!language.isEmpty(), "the TS element names no language");
        QVERIFY2(messages.size() > 50, qPrintable(QStringLiteral("only %1 messages").arg(messages.size())));

        QStringList problems;
        int active = 0;
        for (const Message& m : messages) {
            // Strings gone from the sources are kept by lupdate for reuse and never shipped.
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            ++active;
            QStringList why;
            if (m.type == QLatin1String("unfinished"))
                why << QStringLiteral("unfinished");
            if (m.numerus && m.forms.size() != pluralForms(language))
                why << QStringLiteral("%1 plural forms, %2 wanted").arg(m.forms.size()).arg(pluralForms(language));
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    why << QStringLiteral("empty translation");
                    continue;
                }
                QSet<QString> wanted = placeholders(m.source);
                // A plural form may spell the number out ("one process") instead of %n.
                if (m.numerus && m.forms.size() > 1)
                    wanted.remove(QStringLiteral("%n"));
                if (const QSet<QString> have = placeholders(form); !have.contains(wanted) || !wanted.contains(have - QSet<QString>{QStringLiteral("%n")}))
                    why << QStringLiteral("placeholders differ: \"%1\"").arg(form);
                if (hasAccelerator(m.source) && !hasAccelerator(form))
                    why << QStringLiteral("accelerator (&) missing: \"%1\"").arg(form);
            }
            if (!why.isEmpty())
                problems << QStringLiteral("  line %1, %2: \"%3\": %4").arg(m.line).arg(m.context, m.source, why.join(QStringLiteral("; ")));
        }
        QVERIFY2(active > 50, qPrintable(QStringLiteral("only %1 current messages").arg(active)));
        // Run translations/update.sh after changing strings, then translate what is listed.
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 of %3 messages need work:\n%4")
                                                    .arg(QFileInfo(path).fileName()).arg(problems.size()).arg(active)
                                                    .arg(problems.join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translation_files.moc"
