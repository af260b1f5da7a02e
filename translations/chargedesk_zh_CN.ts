<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddChargeCommand</name>
    <message>
        <location filename="../src/cli/addchargecommand.cpp" line="+16"/>
        <source>Review a supplementary charge, and commit it with --confirm.</source>
        <translation>检查一笔补费，加 --confirm 时提交入账。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without --confirm the command prints the confirmation summary (customer and bill, amount, fee type, reason, payment method, due date, and the balances before and after) and any duplicate findings, and writes nothing.</source>
        <translation>不加 --confirm 时，命令只输出确认摘要（客户和账单、金额、费用类型、补费原因、支付方式、支付日期，以及补费前后的余额）和发现的重复情况，不写入任何数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --confirm it runs the same checks again inside one transaction and writes the charge, the bill&apos;s and the customer&apos;s balances and an audit record together, then prints “Charge ID committed.”. A charge with the same --request-key as an earlier one is not written again: the command prints the earlier charge&apos;s ID and exits with 0.</source>
        <translation>加 --confirm 时，命令在同一个事务中再次执行相同的检查，一并写入该补费、账单和客户的余额以及一条审计记录，然后输出“补费 ID 已入账。”与之前某笔补费使用相同 --request-key 的请求不会再次写入：命令输出之前那笔补费的 ID，退出状态为 0。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An exact duplicate (same customer, bill or no bill, fee type, amount and due date, not void) is rejected. A possible duplicate (same customer and amount due within %1 days, or same bill and fee type) is rejected unless --acknowledge-duplicate gives a note.</source>
        <translation>完全相同的费用（客户、账单或无账单、费用类型、金额和支付日期均相同，且未作废）会被拒绝。疑似重复（同一客户、相同金额且支付日期相差在 %1 天以内，或同一账单上的相同费用类型）会被拒绝，除非用 --acknowledge-duplicate 给出说明。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charges are positive; to take back a charge, void it with void-charge.</source>
        <translation>补费金额必须为正数；如需撤回一笔补费，请用 void-charge 将其作废。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer code, e.g. ALFKI.</source>
        <translation>客户编号，例如 ALFKI。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of one of the customer&apos;s bills, e.g. 10643. Without it the charge is on the customer&apos;s account.</source>
        <translation>该客户某张账单的账单号，例如 10643。不指定时，补费记入客户账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fee type code, e.g. SERVICE, MATERIAL, FREIGHT, LATE_FEE, UPGRADE_DIFF.</source>
        <translation>费用类型代码，例如 SERVICE、MATERIAL、FREIGHT、LATE_FEE、UPGRADE_DIFF。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount in major units of the customer&apos;s currency, with &apos;.&apos; as the decimal point and at most the currency&apos;s decimals, e.g. 1234.50 for ¥1,234.50 or $1,234.50. Group separators (1,234.50) and the currency&apos;s symbol are accepted. More than 0 and at most 1000000000000.</source>
        <translation>金额，以客户币种的主单位表示，用“.”作小数点，小数位数不超过该币种的位数，例如 1234.50 表示 ¥1,234.50 或 $1,234.50。可以带千位分隔符（1,234.50）和币种符号。须大于 0，且不超过 1000000000000。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge reason code, e.g. UNPAID, BILLING_ERROR, CONTRACT_CHANGE, PLAN_UPGRADE, OTHER.</source>
        <translation>补费原因代码，例如 UNPAID、BILLING_ERROR、CONTRACT_CHANGE、PLAN_UPGRADE、OTHER。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free-text note, at most %1 characters.</source>
        <translation>备注（自由文本），最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment method code, e.g. BANK_TRANSFER, CORPORATE_TRANSFER, CASH, WECHAT_PAY, ALIPAY, CHEQUE.</source>
        <translation>支付方式代码，例如 BANK_TRANSFER、CORPORATE_TRANSFER、CASH、WECHAT_PAY、ALIPAY、CHEQUE。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment due date as YYYY-MM-DD, not before the bill&apos;s issue date.</source>
        <translation>支付日期，格式为 YYYY-MM-DD，不得早于账单的开具日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key of this request, 8 to 100 characters. Running the command again with the same key returns the first charge instead of writing another, so a retry is safe. Default: a new random key.</source>
        <translation>本次请求的请求编号，8 到 100 个字符。用相同的请求编号再次运行命令时，返回第一次的补费，不会再写入一笔，因此可以放心重试。默认：新生成的随机编号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note saying why the charge is not a duplicate of the possible duplicates found; required when there are any, at most %1 characters, kept in the audit log.</source>
        <translation>说明这笔补费为什么不是所发现的疑似重复费用；存在疑似重复时必须提供，最多 %1 个字符，记入审计日志。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commit the charge. Without it nothing is written.</source>
        <translation>提交入账。不加此选项时不写入任何数据。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid --due “%1”: use a calendar date as YYYY-MM-DD, e.g. 2024-07-31. Nothing was written.</source>
        <translation>--due “%1”无效：请使用 YYYY-MM-DD 格式的日历日期，例如 2024-07-31。未写入任何数据。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invalid --bill “%1”: the bill belongs to another customer, not to %2. Run show-customer %2 to list its bills. Nothing was written.</source>
        <translation>--bill “%1”无效：该账单属于其他客户，不属于 %2。运行 show-customer %2 可列出该客户的账单。未写入任何数据。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Request key “%1” was already used for charge %2. With --confirm the command prints that charge&apos;s ID and writes nothing if the values are the same, and rejects the request otherwise.</source>
        <translation>请求编号“%1”已用于补费 %2。加 --confirm 时，如果各项值相同，命令输出该补费的 ID 且不写入任何数据；否则拒绝该请求。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written. To commit this charge, run the same command again with --confirm.</source>
        <translation>未写入任何数据。如需提交这笔补费，请加上 --confirm 再次运行同一命令。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Charge %1 committed.</source>
        <translation>补费 %1 已入账。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charge %1 already exists for request key “%2”. Nothing more was written.</source>
        <translation>请求编号“%2”对应的补费 %1 已存在。未再写入任何数据。</translation>
    </message>
</context>
<context>
    <name>AddChargeDialog</name>
    <message>
        <location filename="../ui/addchargedialog.ui" line="+14"/>
        <source>Add Charge</source>
        <translation>新增费用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charge</source>
        <translation>费用信息</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Bill:</source>
        <translation>账单(&amp;B)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Fee type:</source>
        <translation>费用类型(&amp;F)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Amount:</source>
        <translation>费用金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The amount in the customer&apos;s currency, e.g. 1234.50 or 1,234.50. It must be positive and have at most as many decimals as the currency.</source>
        <translation>以客户币种表示的金额，例如 1234.50 或 1,234.50。金额必须为正数，小数位数不能超过该币种的位数。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rea&amp;son:</source>
        <translation>补费原因(&amp;S)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Payment method:</source>
        <translation>支付方式(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Due date:</source>
        <translation>支付日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bill Details</source>
        <translation>账单详情</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No bill is selected, so the charge goes on the customer&apos;s account. Choose a bill to see its lines and totals here.</source>
        <translation>未选择账单，这笔补费将记入客户账户。选择账单后，此处会显示其明细和合计。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Lines total:</source>
        <translation>明细合计：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Charges so far:</source>
        <translation>已有补费：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paid:</source>
        <translation>已付：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Balance:</source>
        <translation>余额：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Review…</source>
        <translation>下一步(&amp;R)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/widgets/addchargedialog.cpp" line="+56"/>
        <source>Discard Charge</source>
        <translation>放弃费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this charge? The values you entered are not saved.</source>
        <translation>放弃这笔费用吗？已填写的内容尚未保存。</translation>
    </message>
    <message>
        <location line="+288"/>
        <source>Could not load the customer: %1</source>
        <translation>无法加载客户：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the customer&apos;s bills: %1</source>
        <translation>无法加载该客户的账单：%1</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Could not load the list of fee types: %1</source>
        <translation>无法加载费用类型列表：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the list of charge reasons: %1</source>
        <translation>无法加载补费原因列表：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the list of payment methods: %1</source>
        <translation>无法加载支付方式列表：%1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Select…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 1,234.50</source>
        <translation>例如 1,234.50</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No customer with id %1 was found.</source>
        <translation>未找到 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2 (%3)</source>
        <extracomment>Customer code, company name and the currency of the account.</extracomment>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Could not load the bill&apos;s lines: %1</source>
        <translation>无法加载账单明细：%1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Change the charge, or cancel if it was entered already.</source>
        <translation>请修改这笔费用；如果它已经录入过，请取消。</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <location filename="../src/cli/argumentparser.cpp" line="+41"/>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown option “--%1”.</source>
        <translation>未知选项“--%1”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown option “%1”.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Option %1 is given more than once.</source>
        <translation>选项 %1 指定了不止一次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option %1 takes no value.</source>
        <translation>选项 %1 不接受值。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Option %1 needs a value (%2).</source>
        <translation>选项 %1 需要一个值（%2）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Missing required option %1 %2.</source>
        <translation>缺少必需的选项 %1 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing required option %1.</source>
        <translation>缺少必需的选项 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing argument %1.</source>
        <translation>缺少参数 %1。</translation>
    </message>
</context>
<context>
    <name>BillComboBox</name>
    <message>
        <location filename="../src/widgets/billcombobox.cpp" line="+58"/>
        <source>(No bill — charge the account)</source>
        <translation>（不关联账单，记入客户账户）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — issued %2 — %3</source>
        <extracomment>A bill in the bill list: bill number, issue date, bill total.</extracomment>
        <translation>%1 — 开具日期 %2 — %3</translation>
    </message>
</context>
<context>
    <name>BillLineListModel</name>
    <message>
        <location filename="../src/models/billlinelistmodel.cpp" line="+46"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>BillLineRecord</name>
    <message>
        <location filename="../src/core/records.cpp" line="+21"/>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freight – %1</source>
        <extracomment>A freight line of a bill; %1 is the carrier.</extracomment>
        <translation>运费 – %1</translation>
    </message>
</context>
<context>
    <name>BillLinesTable</name>
    <message>
        <location filename="../src/widgets/billlinestable.cpp" line="+34"/>
        <source>Description</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>BillListModel</name>
    <message>
        <location filename="../src/models/billlistmodel.cpp" line="+53"/>
        <source>Bill No.</source>
        <translation>账单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines Total</source>
        <translation>明细合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges</source>
        <translation>补费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>ChargeConfirmDialog</name>
    <message>
        <location filename="../ui/chargeconfirmdialog.ui" line="+14"/>
        <source>Confirm Charge</source>
        <translation>确认费用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the charge below. Nothing has been saved yet: Confirm and Submit saves it, Back to Edit returns to the form.</source>
        <translation>请核对以下费用。目前尚未保存：点击“确认提交”保存该费用，点击“返回修改”回到填写表单。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Possible Duplicates</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These existing charges resemble the new one. If the new charge is still right, explain why in a note; the note is kept in the audit log.</source>
        <translation>以下已有费用与这笔新费用相似。如果新费用确实无误，请在确认说明中写明原因；该说明会记入审计日志。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Acknowledgement note (required):</source>
        <translation>确认说明(&amp;A)（必填）：</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Confirm and Submit</source>
        <translation>确认提交(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back to Edit</source>
        <translation>返回修改(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/widgets/chargeconfirmdialog.cpp" line="+119"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Go back to edit the charge.</source>
        <translation>请返回修改这笔费用。</translation>
    </message>
</context>
<context>
    <name>ChargeListModel</name>
    <message>
        <location filename="../src/models/chargelistmodel.cpp" line="+99"/>
        <source>Duplicate acknowledgement: %1</source>
        <translation>疑似重复的确认说明：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bill No.</source>
        <translation>账单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee Type</source>
        <translation>费用类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>补费原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered By</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered At</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void Reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posted</source>
        <translation>已入账</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On account</source>
        <translation>记入账户</translation>
    </message>
</context>
<context>
    <name>ChargeListing</name>
    <message>
        <location filename="../src/cli/chargelisting.cpp" line="+30"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill</source>
        <translation>账单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee type</source>
        <translation>费用类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>补费原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posted</source>
        <translation>已入账</translation>
    </message>
</context>
<context>
    <name>ChargeReviewReport</name>
    <message>
        <location filename="../src/cli/chargereviewreport.cpp" line="+50"/>
        <source>Invalid %1 “%2”: %3</source>
        <translation>%1 “%2”无效：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exact duplicates:</source>
        <translation>完全相同的费用：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicates:</source>
        <translation>疑似重复：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rejected: exact duplicate of charge %1 (same customer, bill, fee type, amount and due date, not void). Nothing was written. If that charge is wrong, void it with void-charge first.</source>
        <translation>已拒绝：与补费 %1 完全相同（客户、账单、费用类型、金额和支付日期均相同，且未作废）。未写入任何数据。如果那笔补费有误，请先用 void-charge 将其作废。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejected: possible duplicate of charge %1. Nothing was written. If this is a separate charge, run the command again with --acknowledge-duplicate NOTE saying why; the note is kept in the audit log.</source>
        <translation>已拒绝：与补费 %1 疑似重复。未写入任何数据。如果这是另一笔独立的补费，请加上 --acknowledge-duplicate NOTE 再次运行命令，在 NOTE 中说明原因；该说明会记入审计日志。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known codes: %1.</source>
        <translation>可用代码：%1。</translation>
    </message>
</context>
<context>
    <name>ChargeService</name>
    <message>
        <location filename="../src/core/chargeservice.cpp" line="+82"/>
        <source>The charge could not be checked because the database reported an error: %1. Try again; if it persists, run the consistency check.</source>
        <translation>数据库报错，无法检查这笔费用：%1。请重试；如果问题仍然存在，请运行一致性检查。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The amount %1 would make the balance too large to store. Check the amount.</source>
        <translation>金额 %1 会使余额超出可存储的范围。请检查金额。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The charge was not saved: the database could not start a transaction (%1). Nothing was written; try again.</source>
        <translation>费用未保存：数据库无法开始事务（%1）。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+57"/>
        <source>The charge was not saved: %1. Nothing was written; try again.</source>
        <translation>费用未保存：%1。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The request key %1 was already used for charge %2 with other values. Start a new charge.</source>
        <translation>请求编号 %1 已用于补费 %2，但各项值不同。请新建一笔费用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The charge differs from the one that was confirmed. Review it again and confirm.</source>
        <translation>这笔费用与已确认的内容不一致。请重新检查并确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New possible duplicates were entered since the review. Look at them and confirm again.</source>
        <translation>检查之后又录入了新的疑似重复费用。请查看后再次确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This charge resembles existing charges. Enter a note that explains why it is not a duplicate, then confirm.</source>
        <translation>这笔费用与已有费用相似。请填写确认说明，解释它为什么不是重复费用，然后再确认。</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Enter the reason for voiding charge %1.</source>
        <translation>请填写作废补费 %1 的原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The void reason has %1 characters; at most %2 are allowed.</source>
        <translation>作废原因有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Charge %1 was not voided: the database could not start a transaction (%2). Try again.</source>
        <translation>补费 %1 未作废：数据库无法开始事务（%2）。请重试。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Charge %1 does not exist. Check the charge number.</source>
        <translation>补费 %1 不存在。请检查补费编号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge %1 was not voided: %2</source>
        <translation>补费 %1 未作废：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge %1 is already void: voided by %2 on %3.</source>
        <translation>补费 %1 已经作废：由 %2 于 %3 作废。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Charge %1 was not voided: %2. Nothing was changed; try again.</source>
        <translation>补费 %1 未作废：%2。未做任何更改，请重试。</translation>
    </message>
</context>
<context>
    <name>ChargeSummary</name>
    <message>
        <location filename="../src/core/chargesummary.cpp" line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supplementary charge of %1 for “%2” will be added to bill %3 of customer %4, issued on %5.</source>
        <translation>将向客户 %4的账单 %3（开具日期 %5）新增一笔“%2”补费，金额为 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A supplementary charge of %1 for “%2” will be added to the account of customer %3, not to a bill.</source>
        <translation>将向客户 %3的账户新增一笔“%2”补费，金额为 %1，不关联账单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason is “%1”.</source>
        <translation>补费原因为“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note reads: “%1”.</source>
        <translation>备注内容：“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer is to pay by %1 no later than %2.</source>
        <translation>客户须以%1付款，最迟付款日期为 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date is already past, so the charge is overdue as soon as it is saved.</source>
        <translation>支付日期已过，这笔费用保存后即为逾期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bill&apos;s outstanding balance goes from %1 to %2.</source>
        <translation>该账单的未结余额将从 %1 变为 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s outstanding balance goes from %1 to %2.</source>
        <translation>该客户的未结余额将从 %1 变为 %2。</translation>
    </message>
</context>
<context>
    <name>ChargeTableModel</name>
    <message>
        <location filename="../src/models/chargetablemodel.cpp" line="+104"/>
        <source>Posted</source>
        <translation>已入账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request key</source>
        <translation>请求编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee type</source>
        <translation>费用类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>补费原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate acknowledgement</source>
        <translation>疑似重复确认说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voided by</source>
        <translation>作废人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voided at</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Charges are written only through the charge service, which checks them for errors and duplicates. Nothing was saved.</source>
        <translation>费用只能通过补费服务写入，补费服务会检查错误和重复。未保存任何数据。</translation>
    </message>
</context>
<context>
    <name>ChargeValidator</name>
    <message>
        <location filename="../src/core/chargevalidator.cpp" line="+41"/>
        <source>The request key “%1” is invalid: it must have 8 to 100 characters.</source>
        <translation>请求编号“%1”无效：长度必须为 8 到 100 个字符。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No customer is selected. Choose a customer first.</source>
        <translation>未选择客户。请先选择客户。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Customer %1 does not exist. Choose an existing customer.</source>
        <translation>客户 %1 不存在。请选择已有的客户。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bill %1 does not exist. Choose one of the customer&apos;s bills, or none.</source>
        <translation>账单 %1 不存在。请选择该客户的账单，或不选账单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bill %1 belongs to another customer, not to %2. Choose one of %2&apos;s bills, or none.</source>
        <translation>账单 %1 属于其他客户，不属于 %2。请选择 %2 的账单，或不选账单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bill %1 is in %2 but the customer&apos;s currency is %3. Charge the account instead.</source>
        <translation>账单 %1 的币种为 %2，而客户的币种为 %3。请改为记入客户账户。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The amount “%1” is zero. Enter an amount greater than zero.</source>
        <translation>金额“%1”为零。请输入大于零的金额。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount “%1” is negative. A supplementary charge is always positive; to take back a charge, void it.</source>
        <translation>金额“%1”为负数。补费金额必须为正数；如需撤回一笔补费，请将其作废。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No fee type is selected. Choose a fee type.</source>
        <translation>未选择费用类型。请选择费用类型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee type “%1” is unknown. Choose one from the list.</source>
        <translation>未知的费用类型“%1”。请从列表中选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reason is selected. Choose the reason for the charge.</source>
        <translation>未选择补费原因。请选择这笔费用的补费原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason “%1” is unknown. Choose one from the list.</source>
        <translation>未知的补费原因“%1”。请从列表中选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No payment method is selected. Choose how the customer will pay.</source>
        <translation>未选择支付方式。请选择客户的付款方式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payment method “%1” is unknown. Choose one from the list.</source>
        <translation>未知的支付方式“%1”。请从列表中选择。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The note has %1 characters; at most %2 are allowed. Shorten it.</source>
        <translation>备注有 %1 个字符，最多允许 %2 个。请删减。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The note contains invisible control characters. Retype it.</source>
        <translation>备注中含有不可见的控制字符。请重新输入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason “Other” needs a note that says what the charge is for.</source>
        <translation>补费原因为“其他”时，须在备注中说明这笔费用的用途。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duplicate acknowledgement has %1 characters; at most %2 are allowed. Shorten it.</source>
        <translation>确认说明有 %1 个字符，最多允许 %2 个。请删减。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duplicate acknowledgement contains invisible control characters. Retype it.</source>
        <translation>确认说明中含有不可见的控制字符。请重新输入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The due date is missing or invalid. Enter a date.</source>
        <translation>支付日期缺失或无效。请输入日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The due date %1 is before the bill&apos;s issue date %2. Choose a later date.</source>
        <translation>支付日期 %1 早于账单开具日期 %2。请选择更晚的日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The due date %1 is before the year %2. Check the year.</source>
        <translation>支付日期 %1 早于 %2 年。请检查年份。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The due date %1 is more than %2 years ahead. Check the year.</source>
        <translation>支付日期 %1 距今超过 %2 年。请检查年份。</translation>
    </message>
</context>
<context>
    <name>CommandDispatcher</name>
    <message>
        <location filename="../src/cli/commanddispatcher.cpp" line="+77"/>
        <source>Invalid --language “%1”: use zh_CN, zh_TW, en or system.</source>
        <translation>--language “%1”无效：请使用 zh_CN、zh_TW、en 或 system。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Missing command.</source>
        <translation>缺少命令。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid --database “”: give the path of a database file.</source>
        <translation>--database “”无效：请给出数据库文件的路径。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Global options such as --database go before the command name.</source>
        <translation>--database 等全局选项须放在命令名之前。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Show the options of this command.</source>
        <translation>显示此命令的选项。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite database file, created and brought up to date when needed. Default: %1</source>
        <translation>SQLite 数据库文件，需要时自动创建并升级到最新结构。默认：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of messages and labels: zh_CN, zh_TW, en, or system for the language of the locale (LANG, LC_ALL), which is the default.</source>
        <translation>消息和标签的语言：zh_CN、zh_TW、en，或 system（按区域设置 LANG、LC_ALL 确定语言，为默认值）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log info messages to standard error as well as warnings.</source>
        <translation>除警告外，也将信息级日志输出到标准错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the program&apos;s version.</source>
        <translation>显示程序版本。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../src/core/csvreader.cpp" line="+52"/>
        <source>Line %1: the quoted field that starts on this line is not closed before the end of the file.</source>
        <translation>第 %1 行：从此行开始的带引号字段在文件结束前没有闭合。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Line %1: unexpected character “%2” after the closing quote of field %3. A quoted field must end at a comma or a line break.</source>
        <translation>第 %1 行：字段 %3 的结束引号之后出现意外字符“%2”。带引号的字段必须以逗号或换行结束。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: field %2 contains a double quote but does not start with one. Quote the whole field and double the inner quote.</source>
        <translation>第 %1 行：字段 %2 中含有双引号，但字段不是以双引号开头。请将整个字段用双引号括起来，并将其中的双引号写成两个。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>第 %1 行：文本不是有效的 UTF-8。</translation>
    </message>
</context>
<context>
    <name>CustomerChargesPanel</name>
    <message>
        <location filename="../src/widgets/customerchargespanel.cpp" line="+172"/>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of the Selected Bill</source>
        <translation>所选账单的明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>补费记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Charge…</source>
        <translation>新增费用(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a supplementary charge for this customer, on the selected bill or on the account.</source>
        <translation>为该客户录入一笔补费，记入所选账单或客户账户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Void Charge…</source>
        <translation>作废费用(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void the selected posted charge, giving a reason. The charge stays on record.</source>
        <translation>作废所选的已入账费用，须填写原因。该费用仍保留在记录中。</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPage</name>
    <message>
        <location filename="../ui/customerdetailpage.ui" line="+19"/>
        <source>&amp;Back to Customers</source>
        <translation>返回客户列表(&amp;B)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Basic Information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code:</source>
        <translation>客户编号：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Contact name:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact &amp;title:</source>
        <translation>联系人职务(&amp;T)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fa&amp;x:</source>
        <translation>传真(&amp;X)：</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Re&amp;gion:</source>
        <translation>地区(&amp;G)：</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Postal c&amp;ode:</source>
        <translation>邮政编码(&amp;O)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Co&amp;untry:</source>
        <translation>国家/地区(&amp;U)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charges</source>
        <translation>费用管理</translation>
    </message>
    <message>
        <location filename="../src/widgets/customerdetailpage.cpp" line="+115"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to the customer “%1” have not been saved.</source>
        <translation>客户“%1”的更改尚未保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you want to save them?</source>
        <translation>是否保存这些更改？</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Company Name Missing</source>
        <translation>缺少公司名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company name is empty. Enter the company name, then save again.</source>
        <translation>公司名称为空。请填写公司名称后再保存。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The changes to the customer could not be saved. They are still in the form: correct them and save again, or revert them.</source>
        <translation>无法保存对客户的更改。更改仍保留在表单中：请更正后重新保存，或将其还原。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save the changes to the customer (%1)</source>
        <translation>保存对客户的更改（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop the changes and show the stored values again</source>
        <translation>放弃更改，重新显示已保存的值</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Outstanding balance: not available</source>
        <translation>未结余额：无法获取</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer code: %1</source>
        <translation>客户编号：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding balance: %1</source>
        <translation>未结余额：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <location filename="../src/widgets/customerlistpage.cpp" line="+120"/>
        <source>Customers</source>
        <translation>客户管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by code, company name, contact name or phone</source>
        <translation>按客户编号、公司名称、联系人或电话搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the customers whose code, company name, contact name or phone contains the text, ignoring case.</source>
        <translation>显示客户编号、公司名称、联系人或电话中包含所输入文本的客户，不区分大小写。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../src/models/customertablemodel.cpp" line="+175"/>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company Name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal Code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/core/database.cpp" line="+70"/>
        <source>Could not create the folder “%1” for the database. Check that you may write there, or choose another file with --database.</source>
        <translation>无法为数据库创建文件夹“%1”。请检查是否有写入权限，或用 --database 选择其他文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not open the database “%1”: %2</source>
        <translation>无法打开数据库“%1”：%2</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+16"/>
        <source>Could not configure the database “%1”: %2. Check that you may write to the file and to its folder.</source>
        <translation>无法配置数据库“%1”：%2。请确认您对该文件及其所在文件夹有写入权限。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read the database “%1”: %2. Check that it is a ChargeDesk database and that you may read and write the file and its folder, or choose another file with --database.</source>
        <translation>无法读取数据库“%1”：%2。请确认它是 ChargeDesk 数据库，且您对该文件及其所在文件夹有读写权限；或用 --database 选择其他文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file “%1” is not a ChargeDesk database, or its schema version cannot be read. Choose another file with --database.</source>
        <translation>文件“%1”不是 ChargeDesk 数据库，或无法读取其数据库结构版本。请用 --database 选择其他文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database “%1” was written by a newer ChargeDesk (schema version %2; this program reads up to version %3). It has not been changed. Update ChargeDesk to open it.</source>
        <translation>数据库“%1”由更新版本的 ChargeDesk 写入（数据库结构版本 %2；本程序最高只能读取版本 %3）。该数据库未做任何更改。请升级 ChargeDesk 后再打开。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not start the schema migration: %1</source>
        <translation>无法开始数据库结构迁移：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not create the schema version table: %1</source>
        <translation>无法创建数据库结构版本表：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The migration script for schema version %1 is missing.</source>
        <translation>缺少数据库结构版本 %1 的迁移脚本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>迁移到数据库结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not record schema version %1: %2</source>
        <translation>无法记录数据库结构版本 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not commit the schema migration: %1</source>
        <translation>无法提交数据库结构迁移：%1</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../src/core/duplicatefinder.cpp" line="+130"/>
        <source>on the account, without a bill</source>
        <translation>记入客户账户，未关联账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on bill %1</source>
        <translation>记入账单 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge %1: %2 %3 %4, due %5, entered by %6.</source>
        <translation>补费 %1：%2 %3，%4，支付日期 %5，录入人 %6。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An identical charge already exists. %1</source>
        <translation>已存在完全相同的费用。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicate: the same amount for the same customer, due no more than %1 days apart. %2</source>
        <translation>疑似重复：同一客户的相同金额，支付日期相差不超过 %1 天。%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicate: the same fee type on the same bill. %1</source>
        <translation>疑似重复：同一账单上的相同费用类型。%1</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <location filename="../src/cli/helptext.cpp" line="+21"/>
        <source>Usage: %1 [global options] &lt;command&gt; [options]</source>
        <translation>用法：%1 [全局选项] &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enters supplementary charges (补费) and shows customers, bills and charges in the ChargeDesk database, with the same checks as the ChargeDesk window.</source>
        <translation>录入补费，并查看 ChargeDesk 数据库中的客户、账单和费用，检查规则与 ChargeDesk 窗口程序相同。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this help, or the options of one command.</source>
        <translation>显示此帮助，或某个命令的选项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global options, given before the command:</source>
        <translation>全局选项（须放在命令之前）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts are in major units of the customer&apos;s currency, with &apos;.&apos; as the decimal point: 1234.50 is ¥1,234.50 for a CNY customer and $1,234.50 for a USD one (the Northwind customers use USD). At most the currency&apos;s decimals are allowed (2 for CNY and USD); exponents such as 1e5 are rejected.</source>
        <translation>金额以客户币种的主单位表示，用“.”作小数点：对 CNY 客户，1234.50 表示 ¥1,234.50；对 USD 客户，表示 $1,234.50（Northwind 客户使用 USD）。小数位数不得超过该币种的位数（CNY 和 USD 均为 2 位）；1e5 之类的指数写法会被拒绝。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates are calendar dates as YYYY-MM-DD, e.g. 2024-07-31.</source>
        <translation>日期为 YYYY-MM-DD 格式的日历日期，例如 2024-07-31。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee types, reasons and payment methods are given by code, e.g. SERVICE; a wrong code is rejected with the list of known codes.</source>
        <translation>费用类型、补费原因和支付方式用代码指定，例如 SERVICE；代码错误时会被拒绝，并列出可用代码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results go to standard output; messages and logs go to standard error, so the output of list-charges --format csv can be piped into other programs.</source>
        <translation>结果输出到标准输出，消息和日志输出到标准错误，因此 list-charges --format csv 的输出可以通过管道交给其他程序处理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logs: only warnings by default; -v adds the info messages of the chargedesk.* categories (start, stop, database, commits). QT_LOGGING_RULES overrides both, e.g. QT_LOGGING_RULES=&quot;chargedesk.*.debug=true&quot;.</source>
        <translation>日志：默认只输出警告；-v 会加上 chargedesk.* 各类别的信息级消息（启动、停止、数据库、提交）。QT_LOGGING_RULES 优先于以上两者，例如 QT_LOGGING_RULES=&quot;chargedesk.*.debug=true&quot;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run “%1 &lt;command&gt; --help” for the options of one command.</source>
        <translation>运行“%1 &lt;命令&gt; --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: %1 [global options] %2</source>
        <translation>用法：%1 [全局选项] %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arguments and options:</source>
        <translation>参数和选项：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run “%1 --help” for the global options and the input formats.</source>
        <translation>运行“%1 --help”查看全局选项和输入格式。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run “%1 --help” for usage.</source>
        <translation>运行“%1 --help”查看用法。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “%1 %2 --help” for usage.</source>
        <translation>运行“%1 %2 --help”查看用法。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>success, also when a request key was used before and nothing was written</source>
        <translation>成功，包括请求编号已使用过、未写入任何数据的情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage error: unknown command or option, missing option, argument or value, invalid --language or --format</source>
        <translation>用法错误：未知的命令或选项，缺少选项、参数或值，--language 或 --format 无效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rejected: invalid value, exact duplicate, possible duplicate without --acknowledge-duplicate, bill of another customer, charge void already, sample data that cannot be imported</source>
        <translation>已拒绝：值无效、完全相同的费用、疑似重复但未加 --acknowledge-duplicate、账单属于其他客户、费用已作废、示例数据无法导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not found: unknown customer, bill, charge or folder</source>
        <translation>未找到：客户、账单、费用或文件夹不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database error: the file cannot be opened, its schema is newer than this program, or a read or write failed</source>
        <translation>数据库错误：文件无法打开、其数据库结构版本比本程序新，或读写失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit status:</source>
        <translation>退出状态：</translation>
    </message>
</context>
<context>
    <name>ImportNorthwindCommand</name>
    <message>
        <location filename="../src/cli/importnorthwindcommand.cpp" line="+11"/>
        <source>Import the Northwind sample customers, bills and bill lines.</source>
        <translation>导入 Northwind 示例客户、账单和账单明细。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DIR holds customers.csv, orders.csv, order-details.csv, products.csv and shippers.csv. Each order becomes a bill issued on the order date and due on the required date; the customers&apos; currency is USD. Customers and bills that exist already are skipped, so importing twice adds nothing. Prints how many rows were added and skipped. When a file is missing or malformed, nothing is written.</source>
        <translation>DIR 中包含 customers.csv、orders.csv、order-details.csv、products.csv 和 shippers.csv。每个订单生成一张账单，开具日期为订单日期，到期日为要求到货日期；客户币种为 USD。已存在的客户和账单会跳过，因此重复导入不会新增数据。命令会输出新增和跳过的行数。有文件缺失或格式错误时，不写入任何数据。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder of the Northwind CSV files, or “builtin” for the copy built into the program.</source>
        <translation>Northwind CSV 文件所在的文件夹，或用“builtin”表示程序内置的副本。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder “%1” not found. Give the folder that holds the Northwind CSV files, or “builtin”.</source>
        <translation>未找到文件夹“%1”。请给出存放 Northwind CSV 文件的文件夹，或使用“builtin”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import failed; nothing was written. %1</source>
        <translation>导入失败，未写入任何数据。%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers added: %1</source>
        <translation>新增客户：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bills added: %1</source>
        <translation>新增账单：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill lines added: %1</source>
        <translation>新增账单明细：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers skipped (already present): %1</source>
        <translation>跳过的客户（已存在）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bills skipped (already present): %1</source>
        <translation>跳过的账单（已存在）：%1</translation>
    </message>
</context>
<context>
    <name>ListChargesCommand</name>
    <message>
        <location filename="../src/cli/listchargescommand.cpp" line="+11"/>
        <source>List charges as a table or as CSV.</source>
        <translation>以表格或 CSV 格式列出费用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text format shows amounts with the currency symbol and labels in the chosen language. The CSV format is for programs and is the same in every language: UTF-8, RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or line breaks in double quotes), a header row, codes instead of labels, amounts in major units with &apos;.&apos; and no grouping (1234.50), a currency column, dates as YYYY-MM-DD and timestamps in UTC ISO 8601.</source>
        <translation>文本格式以所选语言显示标签，金额带币种符号。CSV 格式供程序使用，在所有语言下都相同：UTF-8，RFC 4180（逗号分隔，CRLF 换行，含逗号、引号或换行的字段用双引号括起），带表头行，用代码而不是标签，金额以主单位表示、用“.”作小数点且不分组（1234.50），另有币种列，日期为 YYYY-MM-DD，时间戳为 UTC 时间的 ISO 8601 格式。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List only this customer&apos;s charges, e.g. ALFKI.</source>
        <translation>只列出该客户的费用，例如 ALFKI。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: text (the default) or csv.</source>
        <translation>输出格式：text（默认）或 csv。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid --format “%1”: use text or csv.</source>
        <translation>--format “%1”无效：请使用 text 或 csv。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not read the charges from the database: %1</source>
        <translation>无法从数据库读取费用：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No charges.</source>
        <translation>暂无费用。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="+96"/>
        <source>Empty Database</source>
        <translation>数据库为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is empty. Load the Northwind sample data?</source>
        <translation>数据库为空。是否加载 Northwind 示例数据？</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample data could not be loaded. Nothing was imported.</source>
        <translation>无法加载示例数据。未导入任何数据。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customers added: %1
Bills added: %2
Bill lines added: %3
Customers already present: %4
Bills already present: %5</source>
        <translation>新增客户：%1
新增账单：%2
新增账单明细：%3
已存在的客户：%4
已存在的账单：%5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sample Data Loaded</source>
        <translation>示例数据已加载</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>ChargeDesk</source>
        <translation>补费台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load Sample Data</source>
        <translation>加载示例数据(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the Northwind customers, bills and bill lines built into the program. Existing rows are kept.</source>
        <translation>导入程序内置的 Northwind 客户、账单和账单明细。已有数据保持不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ChargeDesk</source>
        <translation>关于补费台(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About ChargeDesk</source>
        <translation>关于补费台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ChargeDesk %1&lt;/h3&gt;&lt;p&gt;Enters supplementary charges on customer accounts and bills, with a confirmation step and a duplicate check, and keeps every charge on record.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;补费台 %1&lt;/h3&gt;&lt;p&gt;在客户账户和账单上录入补费，带确认步骤和重复检查，并保留每一笔费用的记录。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../src/core/moneyparser.cpp" line="+142"/>
        <source>Cannot read the amount “%1” because the currency code “%2” is unknown. Known codes: %3.</source>
        <translation>无法识别金额“%1”，因为币种代码“%2”未知。可用代码：%3。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount is empty. Enter an amount such as %1.</source>
        <translation>金额为空。请输入金额，例如 %1。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The amount “%1” is in %2, but this amount must be in %3. Enter it without “%4”, e.g. %5.</source>
        <translation>金额“%1”的币种是 %2，但此处金额必须以 %3 表示。请去掉“%4”后输入，例如 %5。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The amount “%1” has no digits. Enter an amount such as %2.</source>
        <translation>金额“%1”中没有数字。请输入金额，例如 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount “%1” has the group separator “%2” in the wrong place. Use it only between groups of digits before the decimal point, as in %3, or leave it out.</source>
        <translation>金额“%1”中的千位分隔符“%2”位置不对。分隔符只能用在小数点前的各组数字之间，例如 %3，也可以不用。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The amount “%1” has more than one decimal point “%2”. Enter an amount such as %3.</source>
        <translation>金额“%1”中有多个小数点“%2”。请输入金额，例如 %3。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The amount “%1” has a sign in the wrong place. Only a minus sign before the amount is accepted, e.g. -%2.</source>
        <translation>金额“%1”中的正负号位置不对。只接受写在金额前面的负号，例如 -%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount “%1” has a space inside the number. Remove it, e.g. %2.</source>
        <translation>金额“%1”的数字中间有空格。请删除空格，例如 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount “%1” uses exponent notation, which is not accepted. Write out all digits, e.g. %2.</source>
        <translation>金额“%1”使用了指数写法，不予接受。请写出全部数字，例如 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount “%1” contains “%2”, which is not allowed in an amount. Enter an amount such as %3.</source>
        <translation>金额“%1”中含有“%2”，金额中不允许出现该字符。请输入金额，例如 %3。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The amount “%1” has decimals, but %2 amounts are whole numbers. Enter an amount such as %3.</source>
        <translation>金额“%1”带有小数，但 %2 金额只能是整数。请输入金额，例如 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount “%1” needs digits before and after the decimal point. Enter an amount such as %2.</source>
        <translation>金额“%1”的小数点前后都必须有数字。请输入金额，例如 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount “%1” has %2 decimals, but %3 allows at most %4. Enter an amount such as %5.</source>
        <translation>金额“%1”有 %2 位小数，但 %3 最多允许 %4 位。请输入金额，例如 %5。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The amount “%1” is outside the allowed range from %2 to %3.</source>
        <translation>金额“%1”超出了允许范围（%2 至 %3）。</translation>
    </message>
</context>
<context>
    <name>NorthwindImporter</name>
    <message>
        <location filename="../src/core/northwindfiles.cpp" line="+78"/>
        <source>The amount “%1” is negative.</source>
        <translation>金额“%1”为负数。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not open “%1”: %2. Choose a folder that contains the Northwind CSV files.</source>
        <translation>无法打开“%1”：%2。请选择包含 Northwind CSV 文件的文件夹。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line 1: the header row is missing.</source>
        <translation>第 1 行：缺少表头行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: the column “%2” appears twice in the header.</source>
        <translation>第 %1 行：表头中列“%2”出现了两次。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1: the column “%2” is missing.</source>
        <translation>第 %1 行：缺少列“%2”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1: the row has %2 fields but the header has %3. Quote fields that contain commas.</source>
        <translation>第 %1 行：该行有 %2 个字段，但表头有 %3 个。含逗号的字段须用引号括起。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Line %1: orderID and customerID must not be empty.</source>
        <translation>第 %1 行：orderID 和 customerID 不能为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: order “%2” appears twice.</source>
        <translation>第 %1 行：订单“%2”出现了两次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: orderDate “%2” or requiredDate “%3” is not a date such as 1996-07-04.</source>
        <translation>第 %1 行：orderDate“%2”或 requiredDate“%3”不是 1996-07-04 这样的日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: requiredDate is before orderDate.</source>
        <translation>第 %1 行：requiredDate 早于 orderDate。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: invalid freight. %2</source>
        <translation>第 %1 行：运费（freight）无效。%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Line %1: order “%2” is not in orders.csv.</source>
        <translation>第 %1 行：订单“%2”不在 orders.csv 中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: product “%2” is not in products.csv.</source>
        <translation>第 %1 行：产品“%2”不在 products.csv 中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: quantity “%2” is not a positive whole number.</source>
        <translation>第 %1 行：数量“%2”不是正整数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: discount “%2” is not a fraction from 0 to 1 with at most four decimals.</source>
        <translation>第 %1 行：折扣“%2”不是 0 到 1 之间、最多四位小数的小数。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1: the line amount is too large.</source>
        <translation>第 %1 行：明细金额过大。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: invalid unitPrice. %2</source>
        <translation>第 %1 行：单价（unitPrice）无效。%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not import “%1”. %2</source>
        <translation>无法导入“%1”。%2</translation>
    </message>
    <message>
        <location filename="../src/core/northwindimporter.cpp" line="+32"/>
        <source>Could not prepare the import: %1</source>
        <translation>无法准备导入：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the balance of customer %1: %2</source>
        <translation>无法读取客户 %1 的余额：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The balance of customer %1 would be too large.</source>
        <translation>客户 %1 的余额将会过大。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not update the balance of customer %1: %2</source>
        <translation>无法更新客户 %1 的余额：%2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Line %1: customerID and companyName must not be empty.</source>
        <translation>第 %1 行：customerID 和 companyName 不能为空。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+89"/>
        <source>Line %1: could not look up customer “%2”: %3</source>
        <translation>第 %1 行：无法查询客户“%2”：%3</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Line %1: the database rejected customer “%2”: %3</source>
        <translation>第 %1 行：数据库拒绝了客户“%2”：%3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Line %1: could not look up bill “%2”: %3</source>
        <translation>第 %1 行：无法查询账单“%2”：%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Line %1: customer “%2” is neither in customers.csv nor in the database.</source>
        <translation>第 %1 行：客户“%2”既不在 customers.csv 中，也不在数据库中。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Line %1: the total of bill “%2” is too large.</source>
        <translation>第 %1 行：账单“%2”的合计过大。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: the database rejected bill “%2”: %3</source>
        <translation>第 %1 行：数据库拒绝了账单“%2”：%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Line %1: the database rejected a line of bill “%2”: %3</source>
        <translation>第 %1 行：数据库拒绝了账单“%2”的一条明细：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1: the balance of customer “%2” is too large.</source>
        <translation>第 %1 行：客户“%2”的余额过大。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not start the import: %1</source>
        <translation>无法开始导入：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not commit the import: %1</source>
        <translation>无法提交导入：%1</translation>
    </message>
</context>
<context>
    <name>RecordLookup</name>
    <message>
        <location filename="../src/cli/recordlookup.cpp" line="+13"/>
        <source>Could not read customer “%1” from the database: %2</source>
        <translation>无法从数据库读取客户“%1”：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer “%1” not found. Check the customer code (e.g. ALFKI), or load the sample customers with import-northwind.</source>
        <translation>未找到客户“%1”。请检查客户编号（例如 ALFKI），或用 import-northwind 加载示例客户。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read bill “%1” from the database: %2</source>
        <translation>无法从数据库读取账单“%1”：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bill “%1” not found. Run show-customer CODE to list a customer&apos;s bills.</source>
        <translation>未找到账单“%1”。运行 show-customer CODE 可列出某个客户的账单。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read charge %1 from the database: %2</source>
        <translation>无法从数据库读取补费 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1 not found. Run list-charges to see the charge IDs.</source>
        <translation>未找到补费 %1。运行 list-charges 可查看补费编号。</translation>
    </message>
</context>
<context>
    <name>ShowCustomerCommand</name>
    <message>
        <location filename="../src/cli/showcustomercommand.cpp" line="+14"/>
        <source>Show a customer&apos;s details, bills, charges and outstanding balance.</source>
        <translation>显示客户的详细信息、账单、费用和未结余额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A bill&apos;s balance is its lines plus its posted charges minus payments. The outstanding balance is the customer&apos;s bills plus the posted charges minus payments; void charges are listed but not counted.</source>
        <translation>账单余额为其明细金额加上已入账的补费，再减去已付款。未结余额为该客户的账单加上已入账的补费，再减去已付款；已作废的补费会列出，但不计入余额。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer code, e.g. ALFKI.</source>
        <translation>客户编号，例如 ALFKI。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the bills of %1: %2</source>
        <translation>无法读取 %1 的账单：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the charges of %1: %2</source>
        <translation>无法读取 %1 的费用：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bills: %1</source>
        <translation>账单：共 %1 张</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charges: %1</source>
        <translation>补费：共 %1 笔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outstanding balance: %1</source>
        <translation>未结余额：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer: %1</source>
        <translation>客户编号：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name: %1</source>
        <translation>公司名称：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency: %1</source>
        <translation>币种：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bill</source>
        <translation>账单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>明细合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>补费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>StoredTotals</name>
    <message>
        <location filename="../src/core/storedtotals.cpp" line="+19"/>
        <source>bill %1 was not found</source>
        <translation>未找到账单 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>customer %1 was not found</source>
        <translation>未找到客户 %1</translation>
    </message>
</context>
<context>
    <name>VoidChargeCommand</name>
    <message>
        <location filename="../src/cli/voidchargecommand.cpp" line="+11"/>
        <source>Void a charge, keeping it on record with the reason.</source>
        <translation>作废一笔补费，保留记录并记下作废原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The charge stays in list-charges with status void, and its amount is taken off the bill and the customer&apos;s balance. The operating system user is recorded as the one who voided it.</source>
        <translation>作废后，该补费仍会出现在 list-charges 中，状态为已作废，其金额从账单和客户余额中扣除。作废人记为当前操作系统用户。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The charge&apos;s ID, as add-charge and list-charges print it.</source>
        <translation>补费编号，即 add-charge 和 list-charges 输出的编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the charge is void; required, at most %1 characters.</source>
        <translation>作废原因；必填，最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid charge ID “%1”: use the number that list-charges shows in its ID column.</source>
        <translation>补费编号“%1”无效：请使用 list-charges 在“编号”列中显示的数字。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Charge %1 is void.</source>
        <translation>补费 %1 已作废。</translation>
    </message>
</context>
<context>
    <name>VoidChargeDialog</name>
    <message>
        <location filename="../ui/voidchargedialog.ui" line="+14"/>
        <source>Void Charge</source>
        <translation>作废费用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voiding keeps the charge on record but takes its amount off the bill and the customer&apos;s balance. It cannot be undone.</source>
        <translation>作废后该费用仍保留在记录中，但其金额会从账单和客户余额中扣除。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Charge:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fee type:</source>
        <translation>费用类型：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due date:</source>
        <translation>支付日期：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reason for voiding (required):</source>
        <translation>作废原因(&amp;R)（必填）：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Void Charge</source>
        <translation>作废费用(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/widgets/voidchargedialog.cpp" line="+66"/>
        <source>No charge with id %1 was found.</source>
        <translation>未找到编号为 %1 的费用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load the charge: %1</source>
        <translation>无法加载该费用：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No. %1, customer %2, on the account</source>
        <translation>编号 %1，客户 %2，记入客户账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No. %1, customer %2, bill %3</source>
        <translation>编号 %1，客户 %2，账单 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This charge was voided already, by %1 on %2.</source>
        <translation>该费用已被作废：由 %1 于 %2 作废。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+79"/>
        <source>ChargeDesk</source>
        <translation>补费台</translation>
    </message>
</context>
</TS>
