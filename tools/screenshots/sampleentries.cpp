#include "sampleentries.h"

SampleEntries SampleEntries::forLanguage(UiLanguage language)
{
    SampleEntries entries;
    entries.search = QStringLiteral("maria");
    entries.customerCode = QStringLiteral("ALFKI");
    entries.billNo = QStringLiteral("10643");

    entries.first.feeTypeCode = QStringLiteral("SERVICE");
    entries.first.amount = QStringLiteral("120.00");
    entries.first.reasonCode = QStringLiteral("BILLING_ERROR");
    entries.first.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    entries.second = entries.first;
    entries.second.amount = QStringLiteral("45.00");

    entries.company.phone = QStringLiteral("021-5555 0100");
    entries.company.email = QStringLiteral("billing@example.com");
    entries.company.bankAccount = QStringLiteral("1001 2345 6789 0123 456");

    switch (language) {
    case UiLanguage::SimplifiedChinese:
        entries.userName = QStringLiteral("wangfang");
        // A yuan sign after the number, which a customer billed in US dollars
        // does not accept.
        entries.invalidAmount = QStringLiteral("120元");
        entries.first.note = QStringLiteral("3月2日上门调试服务费未计入账单");
        entries.second.note = QStringLiteral("3月9日第二次上门服务费未计入账单");
        entries.acknowledgement = QStringLiteral("与 1 号补费不是同一次服务：3月9日另行上门。");
        entries.voidReason = QStringLiteral("第二次上门属于服务合同范围，已与客户确认不收费。");
        entries.company.name = QStringLiteral("上海示例贸易有限公司");
        entries.company.address = QStringLiteral("上海市浦东新区世纪大道 100 号 12 楼");
        entries.company.contactPerson = QStringLiteral("王敏");
        entries.company.bankName = QStringLiteral("中国工商银行上海浦东支行");
        entries.company.paymentNote = QStringLiteral("付款时请注明补费编号。");
        break;
    case UiLanguage::TraditionalChinese:
        entries.userName = QStringLiteral("chen.yating");
        entries.invalidAmount = QStringLiteral("120元");
        entries.first.note = QStringLiteral("3月2日到府調校服務費未列入帳單");
        entries.second.note = QStringLiteral("3月9日第二次到府服務費未列入帳單");
        entries.acknowledgement = QStringLiteral("與 1 號補費並非同一次服務：3月9日另行到府。");
        entries.voidReason = QStringLiteral("第二次到府屬於服務合約範圍，已與客戶確認不收費。");
        entries.company.name = QStringLiteral("台北示例貿易有限公司");
        entries.company.address = QStringLiteral("台北市信義區信義路五段 100 號 12 樓");
        entries.company.phone = QStringLiteral("02-2555-0100");
        entries.company.contactPerson = QStringLiteral("王敏");
        entries.company.bankName = QStringLiteral("臺灣銀行信義分行");
        entries.company.paymentNote = QStringLiteral("付款時請註明補費編號。");
        break;
    case UiLanguage::English:
        entries.userName = QStringLiteral("jmiller");
        // A decimal comma, as written in Germany, the customer's country.
        entries.invalidAmount = QStringLiteral("120,00");
        entries.first.note = QStringLiteral("On-site setup service on 2 March was not billed");
        entries.second.note = QStringLiteral("Second site visit on 9 March was not billed");
        entries.acknowledgement =
            QStringLiteral("A separate visit on 9 March, not the one in charge 1.");
        entries.voidReason =
            QStringLiteral("The service contract covers the second visit; agreed with the "
                           "customer.");
        entries.company.name = QStringLiteral("Example Trading Co., Ltd.");
        entries.company.address =
            QStringLiteral("12th Floor, 100 Century Avenue, Pudong, Shanghai");
        entries.company.contactPerson = QStringLiteral("Wang Min");
        entries.company.bankName = QStringLiteral("ICBC Shanghai Pudong Branch");
        entries.company.paymentNote = QStringLiteral("Quote the charge number with your payment.");
        break;
    }
    return entries;
}
