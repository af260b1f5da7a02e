#include "customerspendingtab.h"

#include "customerrepository.h"
#include "errorlabel.h"
#include "logging.h"
#include "spendingchartpanel.h"
#include "spendingperiodfields.h"
#include "spendingquery.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

CustomerSpendingTab::CustomerSpendingTab(QSqlDatabase db, QWidget *parent)
    : CustomerPageTab(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("customerSpendingTab"));
    m_period = new SpendingPeriodFields(this);
    m_savePngButton = new QPushButton(this);
    m_savePngButton->setObjectName(QStringLiteral("savePngButton"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    ErrorLabel::style(m_errorLabel);
    m_panel = new SpendingChartPanel(this);

    auto *fields = new QHBoxLayout;
    fields->addWidget(m_period);
    fields->addStretch(1);
    fields->addWidget(m_savePngButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_panel, 1);

    connect(m_period, &SpendingPeriodFields::changed, this, &CustomerSpendingTab::refresh);
    connect(m_savePngButton, &QPushButton::clicked, this, &CustomerSpendingTab::savePng);
    retranslateUi();
    ErrorLabel::setMessages(m_errorLabel, {});
}

void CustomerSpendingTab::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    refresh();
}

void CustomerSpendingTab::refresh()
{
    SpendingFilter filter;
    filter.customerId = m_customerId;
    filter.fromMonth = m_period->fromMonth();
    filter.toMonth = m_period->toMonth();

    // The customer's own currency: its charges and payments are in it.
    QString error;
    if (m_customerId != 0) {
        const std::optional<CustomerRecord> customer =
            CustomerRepository(m_db).findById(m_customerId, &error);
        if (customer)
            filter.currency = customer->currency;
        else if (error.isEmpty())
            error = tr("Customer ID %1 not found.").arg(m_customerId);
    }

    SpendingData data;
    const bool loaded = m_customerId != 0 && error.isEmpty()
                        && SpendingQuery(m_db, currentUiLanguage()).run(filter, &data, &error);
    if (!loaded) {
        data = SpendingData();
        data.filter = filter;
    }
    if (!error.isEmpty())
        qCWarning(lcUi) << "Spending of customer" << m_customerId << "not shown:" << error;
    m_panel->setData(data);
    m_savePngButton->setEnabled(loaded);
    ErrorLabel::setMessages(m_errorLabel, error.isEmpty() ? QStringList() : QStringList{error});
}

QString CustomerSpendingTab::title() const
{
    return tr("Spen&ding");
}

QString CustomerSpendingTab::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void CustomerSpendingTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();

        // The lookup labels and months are read again in the new language.
        refresh();
    }
    CustomerPageTab::changeEvent(event);
}

void CustomerSpendingTab::retranslateUi()
{
    m_savePngButton->setText(tr("Save P&NG…"));
    m_savePngButton->setToolTip(tr("Save the totals and charts of this tab as one image."));
}

void CustomerSpendingTab::savePng()
{
    const SpendingData &data = m_panel->data();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    //: File name of a customer's spending charts without extension; %1 is
    //: the customer code, %2 and %3 the first and last month as 2026-01.
    //: Use no characters that file names forbid (/ \ : * ? " < > |).
    const QString baseName = tr("spending_%1_%2_%3")
                                 .arg(data.customerCode,
                                      data.filter.fromMonth.toString(u"yyyy-MM"),
                                      data.filter.toMonth.toString(u"yyyy-MM"));
    const QString suggested = QDir(folder).filePath(baseName + QStringLiteral(".png"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Charts as PNG"), suggested,
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");

    QString error;
    if (!m_panel->savePng(path, &error))
        QMessageBox::warning(this, tr("Charts Not Saved"), error);
}
