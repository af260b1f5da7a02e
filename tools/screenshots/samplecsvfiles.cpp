#include "samplecsvfiles.h"

#include <QStringEncoder>
#include <QStringList>

namespace {

// The rows of the files in one language. %1 stands for the amount that the
// corrected file changes, %2 and %3 for the tour's customer and bill, and
// %4 and %5 for the due date written as ISO and as Excel writes it on a
// Chinese computer.
struct Texts
{
    const char *customers;
    const char *charges;
    const char *encoding;
    const char *chargesFileName;
    const char *acknowledgement;
};

// The first line of each charge file is its header row, so the amount with
// three decimals is on line 3.
const Texts SimplifiedChinese = {
    "客户编号,公司名称,联系人,城市,电话,币种\n"
    "CN001,上海申江机电有限公司,王小明,上海,021-5555 0101,CNY\n"
    "CN002,北京京北商贸有限公司,李华,北京,010-6666 0202,CNY\n"
    "CN003,广州南方餐饮管理有限公司,陈静,广州,020-7777 0303,CNY\n",
    "客户编号,账单号,费用类型,金额,补费原因,支付方式,到期日,备注\n"
    "CN001,,服务费,800.00,合同条款变更,银行转账,%5,1月起增加设备维护服务\n"
    "CN002,,滞纳金,%1,客户未付款,微信支付,%4,11月账单逾期 15 天\n"
    "CN003,,安装费,1500,合同条款变更,对公转账,%4,新增门店设备安装\n"
    "%2,%3,服务费,60.00,账单遗漏或错误,银行转账,%4,3月16日远程调试服务费未计入账单\n",
    "GB18030",
    "新增补费.csv",
    "3月16日为远程调试，与 1 号补费的上门服务不是同一项。",
};

const Texts TraditionalChinese = {
    "客戶編號,公司名稱,聯絡人,城市,電話,幣別\n"
    "TW001,台北示範機電有限公司,王小明,台北,02-2555-0101,TWD\n"
    "TW002,台中範例貿易股份有限公司,李華,台中,04-2666-0202,TWD\n"
    "TW003,高雄南方餐飲管理有限公司,陳靜,高雄,07-3777-0303,TWD\n",
    "客戶編號,帳單號碼,費用類型,金額,補費原因,付款方式,付款期限,備註\n"
    "TW001,,服務費,800.00,合約條款變更,銀行匯款,%5,1月起增加設備維護服務\n"
    "TW002,,滯納金,%1,客戶未付款,現金,%4,11月帳單逾期 15 天\n"
    "TW003,,安裝費,1500,合約條款變更,公司帳戶匯款,%4,新增門市設備安裝\n"
    "%2,%3,服務費,60.00,帳單遺漏或錯誤,銀行匯款,%4,3月16日遠端調校服務費未列入帳單\n",
    "Big5",
    "新增補費.csv",
    "3月16日為遠端調校，與 1 號補費的到府服務並非同一項。",
};

const Texts English = {
    "Customer Code,Company Name,Contact,City,Phone,Currency\n"
    "CN001,上海申江机电有限公司,Wang Xiaoming,Shanghai,021-5555 0101,CNY\n"
    "CN002,北京京北商贸有限公司,Li Hua,Beijing,010-6666 0202,CNY\n"
    "CN003,广州南方餐饮管理有限公司,Chen Jing,Guangzhou,020-7777 0303,CNY\n",
    "Customer Code,Bill No,Fee Type,Amount,Reason,Payment Method,Due Date,Note\n"
    "CN001,,Service fee,800.00,Contract terms changed,Bank transfer,%5,"
    "Equipment maintenance added from January\n"
    "CN002,,Late fee,%1,Customer did not pay,WeChat Pay,%4,November bill paid 15 days late\n"
    "CN003,,Installation fee,1500,Contract terms changed,Corporate bank transfer,%4,"
    "Equipment installed in the new shop\n"
    "%2,%3,Service fee,60.00,Bill omission or error,Bank transfer,%4,"
    "Remote setup on 16 March was not billed\n",
    "UTF-8",
    "new-charges.csv",
    "Remote setup on 16 March, not the site visit of charge 1.",
};

// Returns text in encoding, or an empty array when Qt cannot encode it:
// GB18030 and Big5 need Qt built with ICU, as Debian's is.
QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    if (!encoder.isValid())
        return {};
    const QByteArray bytes = encoder.encode(text);
    return encoder.hasError() ? QByteArray() : bytes;
}

} // namespace

SampleCsvFiles SampleCsvFiles::forLanguage(UiLanguage language, const QString &customerCode,
                                           const QString &billNo, QDate dueDate)
{
    const Texts &texts = language == UiLanguage::SimplifiedChinese    ? SimplifiedChinese
                         : language == UiLanguage::TraditionalChinese ? TraditionalChinese
                                                                      : English;
    const QString isoDate = dueDate.toString(Qt::ISODate);
    const QString slashDate = QStringLiteral("%1/%2/%3")
                                  .arg(dueDate.year())
                                  .arg(dueDate.month())
                                  .arg(dueDate.day());
    const auto charges = [&](const QString &amount) {
        const QString text = QString::fromUtf8(texts.charges)
                                 .arg(amount, customerCode, billNo, isoDate, slashDate);
        return encode(text, texts.encoding);
    };

    SampleCsvFiles files;
    // Customers come with the byte order mark that Excel writes for
    // "CSV UTF-8".
    files.customers = QByteArray("\xEF\xBB\xBF") + QByteArray(texts.customers);
    files.charges = charges(QStringLiteral("12.555"));
    files.correctedCharges = charges(QStringLiteral("12.50"));
    files.chargesFileName = QString::fromUtf8(texts.chargesFileName);
    files.acknowledgement = QString::fromUtf8(texts.acknowledgement);
    return files;
}
