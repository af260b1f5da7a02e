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
        break;
    case UiLanguage::TraditionalChinese:
        entries.userName = QStringLiteral("chen.yating");
        entries.invalidAmount = QStringLiteral("120元");
        entries.first.note = QStringLiteral("3月2日到府調校服務費未列入帳單");
        entries.second.note = QStringLiteral("3月9日第二次到府服務費未列入帳單");
        entries.acknowledgement = QStringLiteral("與 1 號補費並非同一次服務：3月9日另行到府。");
        entries.voidReason = QStringLiteral("第二次到府屬於服務合約範圍，已與客戶確認不收費。");
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
        break;
    }
    return entries;
}
