#include "csvcolumnmapping.h"

#include <QLocale>
#include <QSet>

namespace {

using Target = CsvColumnMapping::Target;

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result << QString::fromUtf8(word);
    return result;
}

// The Chinese headers of each target include the label the zh_CN and zh_TW
// translations show for it (客户编号 and 客戶編號), so a file written with
// either interface's column names maps without --mapping. Traditional forms
// are listed where they differ from the simplified ones, and the Taiwan
// wording next to the mainland one (帳單號碼 beside 账单号).
//
// Headers shared by several kinds:
const QStringList CustomerCodeHeaders =
    words({"customer_code", "customer code", "customerID", "customer_id", "customer no",
           "客户编号", "客户代码", "客户编码", "客戶編號", "客戶代碼", "客戶編碼"});
const QStringList CurrencyHeaders =
    words({"currency", "币种", "货币", "币别", "幣別", "貨幣", "幣種"});
const QStringList BillNoHeaders =
    words({"bill_no", "bill no", "bill number", "invoice no", "invoice number", "orderID",
           "order_id", "账单号", "账单编号", "账单号码", "帐单号", "帐单号码", "单号",
           "帳單號", "帳單編號", "帳單號碼", "單號"});
// 支付日期 is the zh_CN label of the due date, 付款期限 the zh_TW one.
const QStringList DueDateHeaders =
    words({"due_date", "due date", "due", "requiredDate", "到期日", "到期日期", "支付日期",
           "支付期限", "应付日期", "付款期限", "應付日期"});

const QList<Target> CustomerTargets = {
    {QStringLiteral("code"), true, true,
     words({"code", "customer_code", "customer code", "customerID", "customer_id", "客户编号",
            "客户代码", "客户编码", "编号", "客戶編號", "客戶代碼", "客戶編碼", "編號"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Customer code")},
    {QStringLiteral("company_name"), true, true,
     words({"company_name", "company name", "company", "customer name", "name", "公司名称",
            "公司", "客户名称", "名称", "公司名稱", "客戶名稱", "名稱"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Company name")},
    {QStringLiteral("contact_name"), false, true,
     words({"contact_name", "contact name", "contact", "联系人", "联系人姓名", "联络人",
            "聯絡人", "聯絡人姓名", "聯繫人"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Contact")},
    {QStringLiteral("contact_title"), false, true,
     words({"contact_title", "contact title", "title", "职务", "职位", "职称", "联系人职务",
            "联络人职称", "職稱", "職務", "職位", "聯絡人職稱", "聯絡人職務"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Contact title")},
    {QStringLiteral("address"), false, true, words({"address", "地址"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Address")},
    {QStringLiteral("city"), false, true, words({"city", "城市", "县市", "縣市"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "City")},
    {QStringLiteral("region"), false, true,
     words({"region", "state", "province", "地区", "省份", "省", "地區"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Region")},
    {QStringLiteral("postal_code"), false, true,
     words({"postal_code", "postal code", "zip", "zip code", "postcode", "邮编", "邮政编码",
            "邮递区号", "郵遞區號", "郵編", "郵政編碼"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Postal code")},
    {QStringLiteral("country"), false, true,
     words({"country", "country/region", "国家", "国家/地区", "國家", "國家/地區"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Country")},
    {QStringLiteral("phone"), false, true,
     words({"phone", "telephone", "tel", "电话", "联系电话", "联络电话", "電話", "聯絡電話",
            "聯繫電話"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Phone")},
    {QStringLiteral("fax"), false, true, words({"fax", "传真", "傳真"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Fax")},
    {QStringLiteral("currency"), false, true, CurrencyHeaders,
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Currency")},
};

const QList<Target> BillTargets = {
    {QStringLiteral("bill_no"), true, true, BillNoHeaders,
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Bill number")},
    {QStringLiteral("customer_code"), true, true, CustomerCodeHeaders,
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Customer code")},
    {QStringLiteral("issue_date"), true, false,
     words({"issue_date", "issue date", "bill date", "invoice date", "orderDate", "date",
            "开具日期", "开立日期", "开票日期", "账单日期", "日期", "開具日期", "開立日期",
            "開票日期", "帳單日期"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Issue date")},
    {QStringLiteral("due_date"), true, false, DueDateHeaders,
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Due date")},
    {QStringLiteral("currency"), false, true, CurrencyHeaders,
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Currency")},
    {QStringLiteral("line_no"), false, false,
     words({"line_no", "line no", "line number", "line", "行号", "序号", "项次", "行號",
            "序號", "項次"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Line number")},
    {QStringLiteral("kind"), false, true,
     words({"kind", "line kind", "line type", "明细类型", "行类型", "明細類型", "行類型"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Line kind")},
    {QStringLiteral("description"), false, true,
     words({"description", "item", "product", "productName", "描述", "项目", "品项", "说明",
            "品名", "商品", "摘要", "商品名称", "項目", "品項", "說明", "商品名稱"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Description")},
    {QStringLiteral("quantity"), false, false, words({"quantity", "qty", "数量", "數量"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Quantity")},
    {QStringLiteral("unit_price"), true, false,
     words({"unit_price", "unit price", "unitPrice", "price", "单价", "單價"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Unit price")},
    {QStringLiteral("discount_percent"), false, false,
     words({"discount_percent", "discount percent", "discount %", "discount", "折扣",
            "折扣率", "折扣(%)"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Discount (%)")},
    {QStringLiteral("amount"), false, false,
     words({"amount", "line amount", "line_amount", "明细金额", "金额", "小计", "明細金額",
            "金額", "小計"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Line amount")},
};

const QList<Target> ChargeTargets = {
    {QStringLiteral("request_key"), false, true,
     words({"request_key", "request key", "请求编号", "请求键", "請求編號", "請求鍵"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Request key")},
    {QStringLiteral("customer_code"), true, true, CustomerCodeHeaders,
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Customer code")},
    {QStringLiteral("bill_no"), false, true, BillNoHeaders,
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Bill number")},
    {QStringLiteral("fee_type"), true, true,
     words({"fee_type", "fee_type_code", "fee type", "费用类型", "费用类别", "費用類型",
            "費用類別"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Fee type")},
    {QStringLiteral("amount"), true, false,
     words({"amount", "金额", "补费金额", "费用金额", "金額", "補費金額", "費用金額"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Amount")},
    {QStringLiteral("currency"), false, true, CurrencyHeaders,
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Currency")},
    {QStringLiteral("reason"), true, true,
     words({"reason", "reason_code", "原因", "补费原因", "補費原因"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Reason")},
    {QStringLiteral("note"), false, true,
     words({"note", "notes", "remark", "remarks", "memo", "备注", "说明", "備註", "備注",
            "說明"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Note")},
    {QStringLiteral("payment_method"), true, true,
     words({"payment_method", "payment_method_code", "payment method", "支付方式", "付款方式"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Payment method")},
    {QStringLiteral("due_date"), true, false, DueDateHeaders,
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Due date")},
    {QStringLiteral("status"), false, true, words({"status", "状态", "狀態"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Status")},
    {QStringLiteral("void_reason"), false, true,
     words({"void_reason", "void reason", "作废原因", "作廢原因"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Void reason")},
    {QStringLiteral("duplicate_acknowledgement"), false, true,
     words({"duplicate_acknowledgement", "duplicate_ack_note", "duplicate acknowledgement",
            "疑似重复确认说明", "重复确认说明", "疑似重複確認說明", "重複確認說明"}),
     QT_TRANSLATE_NOOP("CsvColumnMapping", "Duplicate acknowledgement")},
};

} // namespace

QString CsvColumnMapping::Target::label() const
{
    return labelSource ? CsvColumnMapping::tr(labelSource) : name;
}

const QList<CsvColumnMapping::Target> &CsvColumnMapping::targets(CsvImportKind kind)
{
    switch (kind) {
    case CsvImportKind::Customers:
        return CustomerTargets;
    case CsvImportKind::Bills:
        return BillTargets;
    case CsvImportKind::Charges:
        break;
    }
    return ChargeTargets;
}

const CsvColumnMapping::Target *CsvColumnMapping::findTarget(CsvImportKind kind,
                                                             const QString &name)
{
    for (const Target &target : targets(kind)) {
        if (target.name == name)
            return &target;
    }
    return nullptr;
}

CsvColumnMapping CsvColumnMapping::build(CsvImportKind kind, const QStringList &headers,
                                         const QHash<QString, QString> &overrides,
                                         QStringList *errors)
{
    CsvColumnMapping mapping;
    mapping.m_kind = kind;
    mapping.m_headers = headers;
    QSet<int> usedColumns;

    // Explicit choices first, so that they take their headers away from
    // the automatic matching.
    QSet<QString> overridden;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (!findTarget(kind, it.key())) {
            QStringList names;
            for (const Target &target : targets(kind))
                names << target.name;
            errors->append(tr("The mapping names an unknown field “%1”. The fields of %2 "
                              "are: %3.")
                               .arg(it.key(), CsvImportPlan::kindName(kind),
                                    QLocale().createSeparatedList(names)));
            continue;
        }
        overridden.insert(it.key());
        if (it.value().isEmpty())
            continue;

        // Spaces around a header are easy to miss, so they do not count.
        int column = -1;
        for (int i = 0; i < headers.size() && column < 0; ++i) {
            if (headers.at(i).trimmed() == it.value().trimmed())
                column = i;
        }
        if (column < 0) {
            errors->append(tr("The mapping %1=%2 names a column the file does not have. Its "
                              "columns are: %3.")
                               .arg(it.key(), it.value(),
                                    QLocale().createSeparatedList(headers)));
            continue;
        }
        mapping.m_columns.insert(it.key(), column);
        usedColumns.insert(column);
    }

    for (const Target &target : targets(kind)) {
        if (overridden.contains(target.name))
            continue;
        QSet<QString> names;
        names.insert(normalized(target.name));
        for (const QString &header : target.headers)
            names.insert(normalized(header));
        for (int column = 0; column < headers.size(); ++column) {
            if (!usedColumns.contains(column) && names.contains(normalized(headers.at(column)))) {
                mapping.m_columns.insert(target.name, column);
                usedColumns.insert(column);
                break;
            }
        }
    }
    return mapping;
}

QString CsvColumnMapping::header(const QString &target) const
{
    const int index = column(target);
    return index >= 0 ? m_headers.value(index) : QString();
}

QStringList CsvColumnMapping::missingRequired() const
{
    QStringList missing;
    for (const Target &target : targets(m_kind)) {
        if (target.required && !isMapped(target.name))
            missing << target.name;
    }
    return missing;
}

QString CsvColumnMapping::missingRequiredMessage() const
{
    const QStringList missing = missingRequired();
    if (missing.isEmpty())
        return {};
    return tr("The file has no column for these required fields: %1. Add the columns, or "
              "map existing columns to these fields.")
        .arg(QLocale().createSeparatedList(missing));
}

QStringList CsvColumnMapping::unmappedHeaders() const
{
    QSet<int> used;
    for (const int column : m_columns)
        used.insert(column);

    QStringList unmapped;
    for (int column = 0; column < m_headers.size(); ++column) {
        if (!used.contains(column))
            unmapped << m_headers.at(column);
    }
    return unmapped;
}

QString CsvColumnMapping::normalized(const QString &text)
{
    // Compatibility decomposition (NFKC) turns full-width letters, digits
    // and the ideographic space into their ASCII forms, so "ＩＤ" matches
    // "id".
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    return result;
}
