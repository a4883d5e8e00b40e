// SPDX-License-Identifier: MIT
#include "start_page.h"

#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace proclens::gui {

StartPage::StartPage(QWidget* parent) : QWidget(parent)
{
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/proclens.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);
    title_ = new QLabel(this);
    title_->setAlignment(Qt::AlignCenter);
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title_->setFont(f);
    text_ = new QLabel(this);
    text_->setAlignment(Qt::AlignCenter);
    text_->setWordWrap(true);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    advice_ = new QLabel(this);
    advice_->setAlignment(Qt::AlignCenter);
    advice_->setWordWrap(true);
    busy_ = new QProgressBar(this);
    busy_->setRange(0, 0);
    busy_->setMaximumWidth(320);
    retry_ = new QPushButton(tr("&Retry"), this);
    retry_->setObjectName(QStringLiteral("retryButton"));
    connect(retry_, &QPushButton::clicked, this, &StartPage::retryRequested);
    auto* box = new QVBoxLayout(this);
    box->addStretch(2);
    box->addWidget(logo);
    box->addWidget(title_);
    box->addWidget(text_);
    box->addWidget(advice_);
    box->addWidget(busy_, 0, Qt::AlignHCenter);
    box->addWidget(retry_, 0, Qt::AlignHCenter);
    box->addStretch(3);
    showWaiting(tr("Starting"), tr("Preparing ProcLens…"));
}

void StartPage::showWaiting(const QString& title, const QString& text)
{
    title_->setText(title);
    text_->setText(text);
    advice_->clear();
    busy_->show();
    retry_->hide();
}

void StartPage::showProblem(const QString& title, const QString& why, const QString& whatToDo)
{
    title_->setText(title);
    text_->setText(why);
    advice_->setText(whatToDo);
    busy_->hide();
    retry_->show();
}

QString StartPage::title() const
{
    return title_->text();
}

QString StartPage::text() const
{
    return text_->text() + QLatin1Char('\n') + advice_->text();
}

}  // namespace proclens::gui
