#include "followupentries.h"

namespace {

// The customers with their details in Chinese, for the Chinese screenshots.
void setChineseCustomers(FollowUpEntries *entries, bool traditional)
{
    const auto pick = [traditional](const char *simplified, const char *traditionalText) {
        return QString::fromUtf8(traditional ? traditionalText : simplified);
    };
    entries->regular = {QStringLiteral("SHHD"), pick("上海华东贸易有限公司", "上海華東貿易有限公司"),
                        pick("王芳", "王芳"), pick("南京东路 300 号 8 楼", "南京東路 300 號 8 樓"),
                        pick("上海", "上海"), QStringLiteral("200001"), pick("中国", "中國"),
                        QStringLiteral("021-6321 0088")};
    entries->contacted = {QStringLiteral("BJHL"), pick("北京华联商贸有限公司", "北京華聯商貿有限公司"),
                          pick("王丽", "王麗"), pick("建国路 88 号", "建國路 88 號"),
                          pick("北京", "北京"), QStringLiteral("100022"), pick("中国", "中國"),
                          QStringLiteral("010-6588 1234")};
    entries->dueToday = {QStringLiteral("HZYF"),
                         pick("杭州云帆信息技术有限公司", "杭州雲帆資訊科技有限公司"),
                         pick("陈强", "陳強"), pick("文三路 259 号", "文三路 259 號"),
                         pick("杭州", "杭州"), QStringLiteral("310012"), pick("中国", "中國"),
                         QStringLiteral("0571-8888 6655")};
    entries->overdue = {QStringLiteral("GZXT"),
                        pick("广州新天地电子科技有限公司", "廣州新天地電子科技有限公司"),
                        pick("林志明", "林志明"), pick("天河路 385 号", "天河路 385 號"),
                        pick("广州", "廣州"), QStringLiteral("510620"), pick("中国", "中國"),
                        QStringLiteral("020-3888 1200")};
}

} // namespace

FollowUpEntries FollowUpEntries::forLanguage(UiLanguage language)
{
    FollowUpEntries entries;
    entries.currency = QStringLiteral("CNY");
    entries.paymentReference = QStringLiteral("TRX-20261130-0042");

    switch (language) {
    case UiLanguage::SimplifiedChinese:
        setChineseCustomers(&entries, false);
        entries.colleagueName = QStringLiteral("lina");
        entries.statementSentNote = QStringLiteral("已通过邮件发送对账单");
        entries.calledNote = QStringLiteral("致电王丽，她会与财务确认付款时间");
        entries.agreementNote = QStringLiteral("王丽要求补发套餐升级协议，已寄出");
        entries.contactedNote = QStringLiteral("客户承诺本周五付款");
        entries.snoozeNote = QStringLiteral("财务负责人出差，下周一再联系");
        entries.addContactNote = QStringLiteral("上门拜访，确认 12 月的付款安排");
        entries.returnedTransferReason = QStringLiteral("银行退回了这笔转账");
        entries.reversalReason = QStringLiteral("登记错了客户，款项来自另一家公司");
        entries.cancelPlanReason = QStringLiteral("客户改为一次付清");
        entries.identicalPaymentNote = QStringLiteral("客户同日分两次转账，各付 80 元，银行回单已核对");
        break;
    case UiLanguage::TraditionalChinese:
        setChineseCustomers(&entries, true);
        entries.colleagueName = QStringLiteral("lin.yuting");
        entries.statementSentNote = QStringLiteral("已透過電子郵件寄送對帳單");
        entries.calledNote = QStringLiteral("致電王麗，她會與財務確認付款時間");
        entries.agreementNote = QStringLiteral("王麗要求補寄方案升級協議，已寄出");
        entries.contactedNote = QStringLiteral("客戶承諾本週五付款");
        entries.snoozeNote = QStringLiteral("財務主管出差，下週一再聯絡");
        entries.addContactNote = QStringLiteral("到府拜訪，確認 12 月的付款安排");
        entries.returnedTransferReason = QStringLiteral("銀行退回了這筆匯款");
        entries.reversalReason = QStringLiteral("登記錯了客戶，款項來自另一家公司");
        entries.cancelPlanReason = QStringLiteral("客戶改為一次付清");
        entries.identicalPaymentNote = QStringLiteral("客戶同日分兩次匯款，各付 80 元，已核對銀行水單");
        break;
    case UiLanguage::English:
        setChineseCustomers(&entries, false);
        entries.regular.contactName = QStringLiteral("Wang Fang");
        entries.regular.address = QStringLiteral("8th Floor, 300 East Nanjing Road");
        entries.regular.city = QStringLiteral("Shanghai");
        entries.contacted.contactName = QStringLiteral("Wang Li");
        entries.contacted.address = QStringLiteral("88 Jianguo Road");
        entries.contacted.city = QStringLiteral("Beijing");
        entries.dueToday.contactName = QStringLiteral("Chen Qiang");
        entries.dueToday.address = QStringLiteral("259 Wensan Road");
        entries.dueToday.city = QStringLiteral("Hangzhou");
        entries.overdue.contactName = QStringLiteral("Lin Zhiming");
        entries.overdue.address = QStringLiteral("385 Tianhe Road");
        entries.overdue.city = QStringLiteral("Guangzhou");
        for (SampleCustomer *customer :
             {&entries.regular, &entries.contacted, &entries.dueToday, &entries.overdue}) {
            customer->country = QStringLiteral("China");
        }
        entries.colleagueName = QStringLiteral("achen");
        entries.statementSentNote = QStringLiteral("Sent the statement by e-mail");
        entries.calledNote = QStringLiteral("Called Ms Wang; she will check the date with finance");
        entries.agreementNote =
            QStringLiteral("Ms Wang asked for the upgrade agreement again; posted it");
        entries.contactedNote = QStringLiteral("Promised to pay on Friday");
        entries.snoozeNote = QStringLiteral("Finance manager travelling; call again on Monday");
        entries.addContactNote = QStringLiteral("Visited the office; agreed the December payments");
        entries.returnedTransferReason = QStringLiteral("Bank returned the transfer");
        entries.reversalReason =
            QStringLiteral("Entered for the wrong customer; the money came from another company");
        entries.cancelPlanReason = QStringLiteral("Customer pays in full instead");
        entries.identicalPaymentNote =
            QStringLiteral("Two transfers of 80.00 on the same day; both bank slips checked");
        break;
    }
    return entries;
}
