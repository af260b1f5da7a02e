#include "chargeformdelegate.h"

#include "money.h"

#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMetaProperty>
#include <QSqlTableModel>

ChargeFormDelegate::ChargeFormDelegate(const QSqlTableModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_amountColumn(model->fieldIndex(QStringLiteral("amount_minor")))
    , m_currencyColumn(model->fieldIndex(QStringLiteral("currency")))
    , m_dueDateColumn(model->fieldIndex(QStringLiteral("due_date")))
    , m_billColumn(model->fieldIndex(QStringLiteral("bill_id")))
{
}

void ChargeFormDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);

    if (index.column() == m_amountColumn) {
        auto *edit = qobject_cast<QLineEdit *>(editor);
        if (!edit)
            return;

        // The typed text is what the service parses, so it is replaced only
        // when the row contains a different valid amount. A NULL amount
        // means the text is not valid yet, and the text stays for the user
        // to fix.
        if (value.isNull())
            return;
        const QString currency = currencyOf(index);
        const std::optional<Money> typed = Money::parse(edit->text(), currency, QLocale());
        if (!typed || typed->minorUnits() != value.toLongLong())
            edit->setText(Money(value.toLongLong(), currency).toPlainString());
        return;
    }

    if (index.column() == m_dueDateColumn) {
        auto *edit = qobject_cast<QDateEdit *>(editor);
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (edit && date.isValid())
            edit->setDate(date);
        return;
    }

    // Writing an unchanged value back would reset a text editor's cursor
    // and undo history each time the row is submitted.
    const QByteArray property = editor->metaObject()->userProperty().name();
    if (!property.isEmpty() && editor->property(property) == value)
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChargeFormDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (index.column() == m_amountColumn) {
        auto *edit = qobject_cast<QLineEdit *>(editor);
        if (!edit)
            return;
        const std::optional<Money> amount = Money::parse(edit->text(), currencyOf(index),
                                                         QLocale());
        model->setData(index, amount ? QVariant(amount->minorUnits()) : QVariant(),
                       Qt::EditRole);
        return;
    }

    if (index.column() == m_dueDateColumn) {
        auto *edit = qobject_cast<QDateEdit *>(editor);
        if (edit)
            model->setData(index, edit->date().toString(Qt::ISODate), Qt::EditRole);
        return;
    }

    if (index.column() == m_billColumn) {
        const qint64 billId = editor->property("currentBillId").toLongLong();
        model->setData(index, billId == 0 ? QVariant() : QVariant(billId), Qt::EditRole);
        return;
    }

    QStyledItemDelegate::setModelData(editor, model, index);
}

bool ChargeFormDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Escape belongs to the dialog, which cancels. The base class would
    // swallow it and reset the field to the row's value instead.
    if (event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        return false;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

QString ChargeFormDelegate::currencyOf(const QModelIndex &index) const
{
    return index.siblingAtColumn(m_currencyColumn).data(Qt::EditRole).toString();
}
