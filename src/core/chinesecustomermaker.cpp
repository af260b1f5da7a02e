#include "chinesecustomermaker.h"

#include <QRandomGenerator>
#include <QStringList>

#include <iterator>

namespace {

struct City
{
    const char *name;       // customers.city
    const char *region;     // province or equivalent, customers.region
    const char *code;       // letters of customers.code
    const char *postalCode; // first three digits; empty where there are none
    const char *areaCode;   // telephone area code, with the leading 0
    const char *districts;  // space-separated
};

// Mainland cities, each with three of its districts.
const City MainlandCities[] = {
    {"北京", "北京市", "BJ", "100", "010", "朝阳区 海淀区 东城区"},
    {"上海", "上海市", "SH", "200", "021", "浦东新区 徐汇区 静安区"},
    {"广州", "广东省", "GZ", "510", "020", "天河区 越秀区 海珠区"},
    {"深圳", "广东省", "SZ", "518", "0755", "南山区 福田区 宝安区"},
    {"天津", "天津市", "TJ", "300", "022", "和平区 河西区 滨海新区"},
    {"重庆", "重庆市", "CQ", "400", "023", "渝中区 江北区 九龙坡区"},
    {"杭州", "浙江省", "HZ", "310", "0571", "西湖区 上城区 滨江区"},
    {"宁波", "浙江省", "NB", "315", "0574", "海曙区 鄞州区 北仑区"},
    {"温州", "浙江省", "WZ", "325", "0577", "鹿城区 瓯海区 龙湾区"},
    {"南京", "江苏省", "NJ", "210", "025", "鼓楼区 玄武区 建邺区"},
    {"苏州", "江苏省", "SU", "215", "0512", "姑苏区 吴中区 工业园区"},
    {"无锡", "江苏省", "WX", "214", "0510", "梁溪区 滨湖区 新吴区"},
    {"成都", "四川省", "CD", "610", "028", "锦江区 武侯区 高新区"},
    {"武汉", "湖北省", "WH", "430", "027", "江汉区 武昌区 洪山区"},
    {"西安", "陕西省", "XA", "710", "029", "雁塔区 碑林区 未央区"},
    {"长沙", "湖南省", "CS", "410", "0731", "岳麓区 芙蓉区 天心区"},
    {"郑州", "河南省", "ZZ", "450", "0371", "金水区 二七区 中原区"},
    {"济南", "山东省", "JN", "250", "0531", "历下区 市中区 槐荫区"},
    {"青岛", "山东省", "QD", "266", "0532", "市南区 崂山区 黄岛区"},
    {"厦门", "福建省", "XM", "361", "0592", "思明区 湖里区 集美区"},
    {"福州", "福建省", "FZ", "350", "0591", "鼓楼区 台江区 仓山区"},
    {"合肥", "安徽省", "HF", "230", "0551", "蜀山区 包河区 庐阳区"},
    {"沈阳", "辽宁省", "SY", "110", "024", "和平区 沈河区 皇姑区"},
    {"大连", "辽宁省", "DL", "116", "0411", "中山区 沙河口区 甘井子区"},
    {"哈尔滨", "黑龙江省", "HB", "150", "0451", "南岗区 道里区 香坊区"},
    {"昆明", "云南省", "KM", "650", "0871", "五华区 盘龙区 官渡区"},
    {"东莞", "广东省", "DG", "523", "0769", "南城街道 东城街道 长安镇"},
    {"佛山", "广东省", "FS", "528", "0757", "禅城区 南海区 顺德区"},
    {"石家庄", "河北省", "SJ", "050", "0311", "长安区 桥西区 裕华区"},
    {"南昌", "江西省", "NC", "330", "0791", "东湖区 西湖区 红谷滩区"},
};

const City HongKong = {"香港", "香港特别行政区", "HK", "", "", "中环 湾仔 观塘"};
const City Taipei = {"台北", "台北市", "TP", "100", "02", "大安区 信义区 中山区"};

// Common surnames, the most frequent first.
const char *const Surnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
    "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
    "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜",
    "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔", "谭",
    "陆", "范", "汪", "廖", "石", "金", "韦", "贾", "夏", "付", "方", "邹", "熊", "白",
    "孟", "秦", "邱", "侯", "江", "尹", "薛", "闫", "段", "雷", "龙", "黎", "史", "陶",
    "欧阳", "司马", "诸葛",
};

// Characters common in given names.
const char *const GivenCharacters[] = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
    "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "文", "辉", "玲",
    "鹏", "红", "飞", "鑫", "波", "宇", "浩", "凯", "婷", "雪", "琳", "晨", "欣", "佳",
    "俊", "志", "海", "峰", "亮", "颖", "倩", "慧", "晓", "雨", "思", "梦", "子", "天",
    "嘉", "睿", "博", "昊", "宁", "瑞", "婉", "清", "国", "春", "新", "永", "立", "安",
};

// Trade names: two characters that read as a brand.
const char *const TradeNames[] = {
    "华信", "鼎盛", "恒通", "宏达", "金辉", "瑞丰", "永安", "盛世", "天成", "嘉禾",
    "中科", "东方", "新锐", "百川", "汇丰", "信达", "联创", "德润", "广源", "正泰",
    "长虹", "万通", "海纳", "博远", "启明", "锦程", "四海", "隆兴", "泰和", "恒源",
    "明辉", "同创", "亿达", "卓越", "晨光", "福瑞", "顺达", "华茂", "众诚", "合力",
};

const char *const Industries[] = {
    "电子", "机械", "贸易", "物流", "食品", "纺织", "建材", "化工", "医药", "软件",
    "餐饮", "印刷", "家具", "服饰", "汽车配件", "环保", "广告", "咨询", "五金", "包装",
};

// Endings after the industry word.
const char *const GeneralSuffixes[] = {
    "有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司",
};

// Endings that name the trade themselves and follow the trade name
// directly.
const char *const TradeSuffixes[] = {
    "贸易公司", "科技有限公司", "贸易有限公司", "实业有限公司", "商贸有限公司", "商行",
};

const char *const RoadWords[] = {
    "人民", "中山", "解放", "建设", "和平", "新华", "长江", "黄河", "南京", "北京",
    "延安", "胜利", "友谊", "文化", "青年", "工业", "科技", "花园", "滨江", "东风",
};

const char *const RoadKinds[] = {"路", "路", "路", "大道", "街"};

const char *const Titles[] = {
    "采购经理", "财务主管", "总经理", "销售代表", "会计", "行政主管", "出纳", "采购专员",
    "财务经理", "董事长助理",
};

// Mobile number prefixes of the three carriers.
const char *const MobilePrefixes[] = {
    "130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155",
    "156", "157", "158", "159", "166", "176", "177", "180", "181", "183", "185", "186",
    "187", "188", "189", "199",
};

template<typename T, std::size_t N>
const T &pick(QRandomGenerator &random, const T (&items)[N])
{
    return items[random.bounded(int(N))];
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString digits(QRandomGenerator &random, int count)
{
    QString result;
    result.reserve(count);
    for (int i = 0; i < count; ++i)
        result += QChar(u'0' + random.bounded(10));
    return result;
}

// A landline number "0571-8765 4321": eight digits in two groups, or seven
// after a four-digit area code in smaller cities.
QString landline(QRandomGenerator &random, const City &city)
{
    const QString area = text(city.areaCode);
    const int length = area.size() == 4 && random.bounded(4) == 0 ? 7 : 8;
    const QString number = QString::number(2 + random.bounded(7)) + digits(random, length - 1);
    return area + QLatin1Char('-') + number.left(length - 4) + QLatin1Char(' ')
           + number.right(4);
}

QString mobile(QRandomGenerator &random)
{
    return text(pick(random, MobilePrefixes)) + QLatin1Char(' ') + digits(random, 4)
           + QLatin1Char(' ') + digits(random, 4);
}

// "+852 2345 6789" or "+886 2 2345 6789": Hong Kong has no area codes.
QString internationalNumber(QRandomGenerator &random, const City &city)
{
    const QString local = QString::number(2 + random.bounded(7)) + digits(random, 3)
                          + QLatin1Char(' ') + digits(random, 4);
    if (&city == &HongKong)
        return QStringLiteral("+852 ") + local;
    return QStringLiteral("+886 2 ") + local;
}

QString companyName(QRandomGenerator &random, const City &city)
{
    // Registered names start with the city, then the trade name, then the
    // industry and the legal form.
    QString name = text(city.name) + text(pick(random, TradeNames));
    if (random.bounded(3) == 0)
        return name + text(pick(random, TradeSuffixes));
    return name + text(pick(random, Industries)) + text(pick(random, GeneralSuffixes));
}

QString streetAddress(QRandomGenerator &random, const City &city)
{
    const QStringList districts = text(city.districts).split(QLatin1Char(' '));
    QString address = districts.at(random.bounded(int(districts.size())))
                      + text(pick(random, RoadWords)) + text(pick(random, RoadKinds))
                      + QString::number(1 + random.bounded(899)) + QStringLiteral("号");
    if (random.bounded(2) == 0) {
        const int floor = 1 + random.bounded(30);
        address += QString::number(floor) + QStringLiteral("楼")
                   + QString::number(floor * 100 + 1 + random.bounded(20)) + QStringLiteral("室");
    }
    return address;
}

} // namespace

QString ChineseCustomerMaker::personName(QRandomGenerator &random)
{
    QString name = text(pick(random, Surnames)) + text(pick(random, GivenCharacters));
    if (random.bounded(3) != 0)
        name += text(pick(random, GivenCharacters));
    return name;
}

GeneratedCustomer ChineseCustomerMaker::make(QRandomGenerator &random)
{
    // Hong Kong and Taipei customers are a small share, so that HKD and TWD
    // appear beside CNY.
    const int place = random.bounded(100);
    const City *chosen = &HongKong;
    if (place >= 6)
        chosen = &pick(random, MainlandCities);
    else if (place >= 4)
        chosen = &Taipei;
    const City &city = *chosen;
    const bool mainland = &city != &HongKong && &city != &Taipei;

    GeneratedCustomer customer;
    customer.chinese = true;
    customer.codePrefix = text(city.code);
    customer.companyName = companyName(random, city);
    customer.contactName = personName(random);
    customer.contactTitle = text(pick(random, Titles));
    customer.address = streetAddress(random, city);
    customer.city = text(city.name);
    customer.region = text(city.region);
    if (qstrlen(city.postalCode) > 0)
        customer.postalCode = text(city.postalCode) + digits(random, mainland ? 3 : 0);
    if (mainland) {
        customer.country = QStringLiteral("中国");
        customer.currency = QStringLiteral("CNY");
        customer.phone = random.bounded(5) < 3 ? mobile(random) : landline(random, city);
        if (random.bounded(3) == 0)
            customer.fax = landline(random, city);
    } else {
        customer.country = &city == &HongKong ? QStringLiteral("中国香港")
                                              : QStringLiteral("中国台湾");
        customer.currency = &city == &HongKong ? QStringLiteral("HKD") : QStringLiteral("TWD");
        customer.phone = internationalNumber(random, city);
    }
    return customer;
}
