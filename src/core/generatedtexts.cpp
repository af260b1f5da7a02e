#include "generatedtexts.h"

#include <iterator>

namespace {

struct Pair
{
    const char *chinese;
    const char *english;
};

const Pair Notes[] = {
    {"按合同第5条补收", "Charged under clause 5 of the contract"},
    {"客户来电确认", "Confirmed by the customer on the phone"},
    {"补录上月遗漏项目", "Item left off last month's bill"},
    {"部门经理已批准", "Approved by the department manager"},
    {"详见往来邮件", "See the email exchange"},
    {"加急服务费用", "Rush service"},
    {"节假日上门服务", "Call-out on a public holiday"},
    {"更换损坏部件", "Replacement of a damaged part"},
    {"超出套餐用量部分", "Usage above the plan"},
    {"补收运费差额", "Difference in freight"},
    {"逾期未付，按约定收取", "Overdue, charged as agreed"},
    {"现场勘查后追加", "Added after the site survey"},
};

const Pair VoidReasons[] = {
    {"录入金额错误", "Wrong amount entered"},
    {"重复录入", "Entered twice"},
    {"客户已在账单中支付", "Already paid with the bill"},
    {"经理批准减免", "Waived by the account manager"},
    {"费用类型选错", "Wrong fee type"},
    {"合同已取消", "Contract cancelled"},
};

const char *const ChineseCarriers[] = {"顺丰速运", "中通快递", "德邦物流", "京东物流", "圆通速递"};

// Staff accounts: Chinese staff serve customers with Chinese names, and the
// Northwind employees the others.
const char *const ChineseStaff[] = {
    "zhang.wei", "wang.fang", "li.na", "liu.yang", "chen.jing", "zhao.lei",
};

const char *const WesternStaff[] = {
    "nancy.davolio", "andrew.fuller", "janet.leverling", "margaret.peacock", "steven.buchanan",
    "michael.suyama", "robert.king", "laura.callahan", "anne.dodsworth",
};

QString choose(const Pair &pair, bool chinese)
{
    return QString::fromUtf8(chinese ? pair.chinese : pair.english);
}

} // namespace

int GeneratedTexts::noteCount()
{
    return int(std::size(Notes));
}

int GeneratedTexts::voidReasonCount()
{
    return int(std::size(VoidReasons));
}

int GeneratedTexts::carrierCount(bool chinese)
{
    return chinese ? int(std::size(ChineseCarriers)) : 0;
}

int GeneratedTexts::staffCount(bool chinese)
{
    return chinese ? int(std::size(ChineseStaff)) : int(std::size(WesternStaff));
}

QString GeneratedTexts::note(int index, bool chinese)
{
    return choose(Notes[index], chinese);
}

QString GeneratedTexts::voidReason(int index, bool chinese)
{
    return choose(VoidReasons[index], chinese);
}

QString GeneratedTexts::duplicateAcknowledgement(bool chinese)
{
    return chinese ? QStringLiteral("已核对：不是对既有费用的重复收费。")
                   : QStringLiteral("Checked: not a duplicate of the earlier charges.");
}

QString GeneratedTexts::chineseCarrier(int index)
{
    return QString::fromUtf8(ChineseCarriers[index]);
}

QString GeneratedTexts::staff(int index, bool chinese)
{
    return QString::fromLatin1(chinese ? ChineseStaff[index] : WesternStaff[index]);
}
