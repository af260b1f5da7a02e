<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccessMenus</name>
    <message>
        <location filename="../src/widgets/accessmenus.cpp" line="+74"/>
        <source>Period &amp;Lock…</source>
        <translation>关账日期(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or move the period lock date, on or before which nothing can be entered or changed.</source>
        <translation>查看或调整关账日期；该日期及之前的业务不能录入或更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users and Roles…</source>
        <translation>用户与角色(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the users of this database and what each may do; administrators add users and change roles.</source>
        <translation>查看本数据库的用户及其权限；管理员可以添加用户、更改角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval &amp;Thresholds…</source>
        <translation>审批金额门槛(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or set the amount per currency above which a charge waits for a finance user&apos;s approval.</source>
        <translation>查看或设置各币种的审批金额门槛；金额超过门槛的补费须经财务人员审批。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approvals…</source>
        <translation>待审批(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve or reject the charges that wait for approval.</source>
        <translation>审批或驳回待审批的补费。</translation>
    </message>
</context>
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
        <location line="+19"/>
        <source>Charge %1 saved. It waits for approval by a finance user other than you and counts nowhere until then.</source>
        <translation>补费 %1 已保存，正在等待您以外的财务人员审批；审批前不计入任何余额或报表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1 committed.</source>
        <translation>补费 %1 已入账。</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+10"/>
        <source>Compute the amount of a plan upgrade difference or a late fee.</source>
        <translation>计算套餐升级差价或滞纳金的金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compute…</source>
        <translation>计算(&amp;C)…</translation>
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
        <location filename="../src/widgets/addchargedialog.cpp" line="+59"/>
        <source>Discard Charge</source>
        <translation>放弃费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this charge? The values you entered are not saved.</source>
        <translation>放弃这笔费用吗？已填写的内容尚未保存。</translation>
    </message>
    <message>
        <location line="+351"/>
        <source>Could not load the customer: %1</source>
        <translation>无法加载客户：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the customer&apos;s bills: %1</source>
        <translation>无法加载该客户的账单：%1</translation>
    </message>
    <message>
        <location line="-294"/>
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
        <location line="+61"/>
        <source>The formula was not added to the note, because the note would then have %1 characters; at most %2 are allowed. Shorten the note and compute again.</source>
        <translation>计算公式未加入备注：加入后备注将有 %1 个字符，最多允许 %2 个。请缩短备注后重新计算。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Change the charge, or cancel if it was entered already.</source>
        <translation>请修改这笔费用；如果它已经录入过，请取消。</translation>
    </message>
</context>
<context>
    <name>AgingCommand</name>
    <message>
        <location filename="../src/cli/agingcommand.cpp" line="+14"/>
        <source>Show aged receivables: what each customer owes by days past due.</source>
        <translation>显示账龄分析：按逾期天数列出每个客户的欠款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists the open part of bills, posted charges without an installment plan, and installments of active plans, one row per customer and currency, summed by the days from the due date to --as-of: not yet due (0 days or fewer), 1–30, 31–60, 61–90 and over 90 days. A total row per currency follows its customers; amounts in different currencies are never added. The amounts are those open now, also for an --as-of day in the past.</source>
        <translation>列出账单的未结部分、没有回款计划的已入账补费以及生效中回款计划的各期分期，每个客户每种币种一行，按从到期日到 --as-of 的天数分段汇总：未到期（0 天或更少）、1–30 天、31–60 天、61–90 天和 90 天以上。每种币种的合计行紧跟在该币种的客户行之后；不同币种的金额从不相加。金额均为当前的未结金额，--as-of 为过去的日期时也是如此。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text format shows amounts with the currency symbol in the chosen language. The CSV format is UTF-8 without a byte order mark, RFC 4180, with the columns %1. row_type is customer or total, amounts are in major units with &apos;.&apos; and no grouping (1234.50), and text fields that start with =, +, -, @ or an apostrophe get an apostrophe in front, as in the files the window saves.</source>
        <translation>text 格式按所选语言显示带币种符号的金额。CSV 格式为不带字节顺序标记（BOM）的 UTF-8，符合 RFC 4180，列为 %1。row_type 为 customer 或 total；金额以主单位表示，用“.”作小数点，不带千位分隔符（1234.50）；以 =、+、-、@ 或撇号开头的文本字段前面会加一个撇号，与窗口中保存的文件相同。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid option values end with status 1, an unknown customer with 3.</source>
        <translation>选项值无效时退出状态为 1；客户不存在时为 3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day the days past due are counted to, as YYYY-MM-DD. Default: today.</source>
        <translation>计算逾期天数所截至的日期，格式为 YYYY-MM-DD。默认：今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output format: text (the default) or csv.</source>
        <translation>输出格式：text（默认）或 csv。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this customer, e.g. ALFKI. Repeatable; all customers when left out.</source>
        <translation>只包括该客户，例如 ALFKI。可重复使用；不指定时包括全部客户。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid --format “%1”: use text or csv.</source>
        <translation>--format “%1”无效：请使用 text 或 csv。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid --as-of “%1”: use a calendar date as YYYY-MM-DD, e.g. 2026-06-30.</source>
        <translation>--as-of “%1”无效：请使用 YYYY-MM-DD 格式的日历日期，例如 2026-06-30。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No customer has an open amount on %1.</source>
        <translation>截至 %1，没有客户有未结金额。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aged receivables as of %1</source>
        <translation>截至 %1 的账龄分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total %1</source>
        <translation>%1 合计</translation>
    </message>
</context>
<context>
    <name>AgingDialog</name>
    <message>
        <location filename="../ui/agingdialog.ui" line="+14"/>
        <source>Aged Receivables</source>
        <translation>账龄分析</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save &amp;CSV…</source>
        <translation>保存 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../src/widgets/agingdialog.cpp" line="+104"/>
        <source>Customers: nothing is checked.</source>
        <translation>客户：未勾选任何项。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Could not load the list of customers: %1</source>
        <translation>无法加载客户列表：%1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Reading the open amounts…</source>
        <translation>正在读取未结金额…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The open amounts could not be read.</source>
        <translation>无法读取未结金额。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Total %1</source>
        <translation>%1 合计</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No customer has an open amount on %1.</source>
        <translation>截至 %1，没有客户有未结金额。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in %1: %2, of which %3 overdue.</source>
        <translation>%1 未结金额：%2，其中逾期 %3。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What each customer still owes: the open part of bills, posted charges without an installment plan, and installments, by how many days each is past its due date on the as-of day.</source>
        <translation>每个客户仍欠的金额：账单的未结部分、没有回款计划的已入账补费以及各期分期，按截至日期时各自超过到期日的天数分段列出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check at least one customer, or All customers.</source>
        <translation>请至少勾选一个客户，或勾选“全部客户”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name or code</source>
        <translation>按名称或编号搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the amounts per customer and the totals as a CSV file for spreadsheets.</source>
        <translation>将各客户的金额和合计保存为 CSV 文件，供电子表格使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>aged-receivables_%1</source>
        <extracomment>File name of aged receivables without extension; %1 is the as-of day, e.g. 2026-06-30. Use no characters that file names forbid (/  : * ? &quot; &lt; &gt; |).</extracomment>
        <translation>账龄分析_%1</translation>
    </message>
</context>
<context>
    <name>AgingQuery</name>
    <message>
        <location filename="../src/core/agingquery.cpp" line="+30"/>
        <source>Aged receivables need an as-of date. Choose a day.</source>
        <translation>账龄分析需要截至日期。请选择日期。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The open amounts of customer %1 in %2 are too large to add up.</source>
        <translation>客户 %1 的 %2 未结金额过大，无法合计。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The open amounts in %1 are too large to add up.</source>
        <translation>%1 未结金额过大，无法合计。</translation>
    </message>
</context>
<context>
    <name>AgingReportBuilder</name>
    <message>
        <location filename="../src/reports/agingreportbuilder.cpp" line="+18"/>
        <source>Aged receivables</source>
        <translation>账龄分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open amounts of bills, posted charges without an installment plan, and installments, each aged by the days from its due date to %1. The amounts are those open when the report was printed.</source>
        <translation>账单、没有回款计划的已入账补费以及各期分期的未结金额，各按其到期日至 %1 的天数计算账龄。金额为打印报表时的未结金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No customer has an open amount.</source>
        <translation>没有客户有未结金额。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open amounts in %1</source>
        <translation>%1 未结金额</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers: all</source>
        <translation>客户：全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open in %1</source>
        <translation>%1 未结金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, of which %2 overdue</source>
        <translation>%1，其中逾期 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total %1</source>
        <translation>%1 合计</translation>
    </message>
</context>
<context>
    <name>ApprovalThresholdCommand</name>
    <message>
        <location filename="../src/cli/approvalthresholdcommand.cpp" line="+11"/>
        <source>Set or remove the amount above which a charge waits for approval.</source>
        <translation>设置或取消审批金额门槛：补费金额超过该门槛时须等待审批。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs the role admin. A charge of more than the threshold of its currency is saved as waiting for approval and counts in no balance until a finance user other than its author approves it. A currency without a threshold needs no approval; --amount 0 makes every charge in the currency wait. show-settings lists the thresholds.</source>
        <translation>需要 admin（管理员）角色。金额超过所属币种门槛的补费，保存后状态为待审批，在录入人以外的财务人员审批之前不计入任何余额。未设置门槛的币种无需审批；--amount 0 使该币种的每笔补费都须等待审批。show-settings 会列出各币种的门槛。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ISO 4217 currency code, e.g. CNY. Required.</source>
        <translation>ISO 4217 币种代码，例如 CNY。必填。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The threshold in major units, e.g. 5000.00.</source>
        <translation>门槛金额，以主单位表示，例如 5000.00。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the currency&apos;s threshold instead.</source>
        <translation>改为取消该币种的门槛。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --currency “%1”: use an ISO 4217 code such as CNY, USD or EUR.</source>
        <translation>--currency “%1”无效：请使用 ISO 4217 代码，例如 CNY、USD 或 EUR。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give either --amount AMOUNT or --remove.</source>
        <translation>请指定 --amount AMOUNT 或 --remove 其中之一。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --amount: %1</source>
        <translation>--amount 无效：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Charges in %1 need no approval now.</source>
        <translation>%1 的补费现在无需审批。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges in %1 of more than %2 wait for approval now.</source>
        <translation>%1 的补费金额超过 %2 时，现在须等待审批。</translation>
    </message>
</context>
<context>
    <name>ApprovalThresholdService</name>
    <message>
        <location filename="../src/core/approvalthresholdservice.cpp" line="+26"/>
        <source>Enter an approval threshold of 0 or more in a known currency, e.g. 5000.00 CNY.</source>
        <translation>请填写不小于 0 的审批金额门槛，并使用已知币种，例如 5000.00 CNY。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The approval threshold of %1 was not changed: the database could not start a transaction (%2). Try again.</source>
        <translation>%1 的审批金额门槛未更改：数据库无法开始事务（%2）。请重试。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The approval threshold of %1 was not changed: %2. Try again.</source>
        <translation>%1 的审批金额门槛未更改：%2。请重试。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no approval threshold to remove.</source>
        <translation>%1 未设置审批金额门槛，无需取消。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The approval threshold of %1 was not changed: %2. Nothing was changed; try again.</source>
        <translation>%1 的审批金额门槛未更改：%2。未做任何更改，请重试。</translation>
    </message>
</context>
<context>
    <name>ApprovalThresholdsDialog</name>
    <message>
        <location filename="../src/widgets/approvalthresholdsdialog.cpp" line="+118"/>
        <source>Approval Thresholds</source>
        <translation>审批金额门槛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A charge of more than the threshold of its currency waits for approval by a finance user other than its author, and counts in no balance until then. A currency without a threshold needs no approval; a threshold of 0 makes every charge wait.</source>
        <translation>金额超过所属币种门槛的补费，须由录入人以外的财务人员审批，审批前不计入任何余额。未设置门槛的币种无需审批；门槛为 0 时，每笔补费都须审批。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>金额门槛</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set By</source>
        <translation>设置人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set At</source>
        <translation>设置时间</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Threshold:</source>
        <translation>金额门槛(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 5000.00</source>
        <translation>例如 5000.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set Threshold</source>
        <translation>设置门槛(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the threshold of the chosen currency.</source>
        <translation>设置所选币种的审批金额门槛。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Threshold</source>
        <translation>取消门槛(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the threshold of the selected currency, so that its charges need no approval.</source>
        <translation>取消所选币种的审批金额门槛，该币种的补费将无需审批。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the approval thresholds: %1</source>
        <translation>无法读取审批金额门槛：%1</translation>
    </message>
</context>
<context>
    <name>ApprovalsCommand</name>
    <message>
        <location filename="../src/cli/approvalscommand.cpp" line="+10"/>
        <source>List the charges that wait for approval.</source>
        <translation>列出待审批的补费。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A charge of more than the approval threshold of its currency (see approval-threshold) waits for approval and counts in no balance, bill, reminder or statement until then. A finance user other than its author approves it with approve ID, or rejects it with reject ID --reason TEXT. Amounts are in the currency&apos;s major unit; times are local.</source>
        <translation>金额超过所属币种审批金额门槛（见 approval-threshold）的补费须等待审批，在此之前不计入任何余额、账单、提醒或对账单。由录入人以外的财务人员用 approve ID 审批通过，或用 reject ID --reason TEXT 驳回。金额以该币种的主单位表示；时间为本地时间。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list.</source>
        <translation>操作：list。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown action “%1”: use list.</source>
        <translation>未知操作“%1”：请使用 list。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the charges that wait for approval: %1</source>
        <translation>无法读取待审批的补费：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No charge waits for approval.</source>
        <translation>没有待审批的补费。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Fee type</source>
        <translation>费用类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <location filename="../src/widgets/approvalsdialog.cpp" line="+113"/>
        <source>Approvals</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No charge waits for approval.</source>
        <translation>没有待审批的补费。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These charges are more than the approval threshold of their currency. They count in no balance, bill, reminder or statement until a finance user other than their author approves them. A rejected charge stays on record with the reason.</source>
        <translation>以下补费超过所属币种的审批金额门槛。在录入人以外的财务人员审批之前，它们不计入任何余额、账单、提醒或对账单。被驳回的补费会连同驳回原因保留在记录中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee Type</source>
        <translation>费用类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due Date</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered By</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered At</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On account</source>
        <translation>记入账户</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Approve</source>
        <translation>审批通过(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the charges that wait for approval: %1</source>
        <translation>无法读取待审批的补费：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You entered charge %1 yourself, so another finance user must approve it.</source>
        <translation>补费 %1 是您本人录入的，须由其他财务人员审批。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post the selected charge, so that it counts in the customer&apos;s balance.</source>
        <translation>使所选补费入账，计入客户余额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected charge with a reason. It stays on record and never counts.</source>
        <translation>填写原因驳回所选补费。该补费仍保留在记录中，但永不计入任何余额。</translation>
    </message>
</context>
<context>
    <name>ApproveChargeCommand</name>
    <message>
        <location filename="../src/cli/approvechargecommand.cpp" line="+11"/>
        <source>Reject a charge that waits for approval, with the reason.</source>
        <translation>驳回一笔待审批的补费，并注明原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve a charge that waits for approval, so that it counts.</source>
        <translation>审批通过一笔待审批的补费，使其计入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs the role finance or admin. The charge stays on record with status rejected, who rejected it, when and why, and never counts in any balance. Its author may reject it too, which withdraws it.</source>
        <translation>需要 finance（财务）或 admin（管理员）角色。该补费以“已驳回”状态保留在记录中，并记录驳回人、驳回时间和原因，永不计入任何余额。录入人也可以驳回自己的补费，即撤回该补费。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs the role finance or admin, and a user other than the one who entered the charge. The charge becomes posted: its amount is added to the bill and the customer&apos;s balance, and who approved it and when is recorded. A charge entered on or before the period lock date cannot be approved.</source>
        <translation>需要 finance（财务）或 admin（管理员）角色，且执行者不能是该补费的录入人。补费随即入账：其金额计入账单和客户余额，并记录审批人和审批时间。在关账日期当天或之前录入的补费不能审批。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The charge&apos;s ID, as approvals list and list-charges print it.</source>
        <translation>补费的 ID，即 approvals list 和 list-charges 输出的 ID。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the charge is rejected; required, at most %1 characters.</source>
        <translation>驳回原因；必填，最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid charge ID “%1”: use the number that approvals list shows in its ID column.</source>
        <translation>补费 ID“%1”无效：请使用 approvals list 输出的 ID 列中的数字。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Charge %1 is rejected.</source>
        <translation>补费 %1 已驳回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge %1 is approved and posted.</source>
        <translation>补费 %1 已审批通过并入账。</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <location filename="../src/cli/argumentparser.cpp" line="+42"/>
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
        <location line="+8"/>
        <source>Option %1 needs a value (%2).</source>
        <translation>选项 %1 需要一个值（%2）。</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <name>AuditChainHead</name>
    <message>
        <location filename="../src/core/auditchainhead.cpp" line="+34"/>
        <location line="+30"/>
        <location line="+63"/>
        <source>the audit chain head row is missing</source>
        <translation>审计链头记录缺失</translation>
    </message>
</context>
<context>
    <name>AuditChainMigration</name>
    <message>
        <location filename="../src/core/auditchainmigration.cpp" line="+65"/>
        <source>audit record %1 has a chain hash already</source>
        <translation>审计记录 %1 已有链哈希</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not chain audit record %1: %2</source>
        <translation>无法将审计记录 %1 加入哈希链：%2</translation>
    </message>
</context>
<context>
    <name>AuditChainVerifier</name>
    <message>
        <location filename="../src/core/auditchainverifier.cpp" line="+19"/>
        <location line="+47"/>
        <source>Could not read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read the audit chain head: %1</source>
        <translation>无法读取审计链头：%1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../src/core/auditlog.cpp" line="+31"/>
        <source>%1. The audit log may have been changed outside ChargeDesk: check it with Reports ▸ Check Data Integrity or “chargedesk-cli verify”.</source>
        <translation>%1。审计日志可能在补费台之外被改动过：请用“报表 ▸ 数据一致性检查”或“chargedesk-cli verify”检查。</translation>
    </message>
</context>
<context>
    <name>AuditTrailComparer</name>
    <message>
        <location filename="../src/core/audittrailcomparer.cpp" line="+136"/>
        <source>Could not compare the charges with their audit records: %1</source>
        <translation>无法将补费与其审计记录核对：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not compare the payments with their audit records: %1</source>
        <translation>无法将回款与其审计记录核对：%1</translation>
    </message>
</context>
<context>
    <name>BatchedInsert</name>
    <message>
        <location filename="../src/core/batchedinsert.cpp" line="+76"/>
        <source>the database rejected one of %1 rows for %2: %3</source>
        <translation>数据库拒绝了写入 %2 的 %1 行中的一行：%3</translation>
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
    <name>BillCsvImporter</name>
    <message>
        <location filename="../src/core/billcsvimporter.cpp" line="+113"/>
        <source>The bill number “%1” has %2 characters; at most %3 are allowed.</source>
        <translation>账单号“%1”有 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customer “%1” does not exist. Import the customers first, or correct the code.</source>
        <translation>客户“%1”不存在。请先导入客户，或更正客户编号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The currency “%1” differs from customer %2&apos;s currency %3. A bill is in its customer&apos;s currency: leave the field empty or write %3.</source>
        <translation>币种“%1”与客户 %2 的币种 %3 不一致。账单须使用所属客户的币种：请将此栏留空，或填写 %3。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The line kind “%1” is unknown. Write goods or freight, or leave it empty for goods.</source>
        <translation>明细类型“%1”未知。请填写 goods 或 freight；留空则视为 goods。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The line amount of %1 × %2 is more than %3, the largest amount a bill line may have. Check the quantity and the unit price, or split the line.</source>
        <translation>%1 × %2 的明细金额超过了单条账单明细允许的最大金额 %3。请检查数量和单价，或将该明细拆分。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The line amount %1 differs from %2, which is unit price × quantity × (1 − discount) rounded half-up. Correct the amount, the price, the quantity or the discount.</source>
        <translation>明细金额 %1 与按“单价 × 数量 × (1 − 折扣)”四舍五入算出的 %2 不符。请更正金额、单价、数量或折扣。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bill %1 has %2 “%3” on line %4 but “%5” on this line. Every line of a bill must repeat the same bill header.</source>
        <translation>账单 %1 在第 %4 行的 %2 为“%3”，而本行为“%5”。同一账单的每一行都必须重复相同的账单头信息。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bill %1 is due on %2, before its issue date %3. Correct one of the dates.</source>
        <translation>账单 %1 的到期日 %2 早于其开具日期 %3。请更正其中一个日期。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bill %1 has line number %2 twice, on lines %3 and %4. Give each line of a bill its own number.</source>
        <translation>账单 %1 的行号 %2 出现了两次（第 %3 行和第 %4 行）。同一账单的每条明细都须有各自的行号。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The total of bill %1 is too large to store. Check its amounts.</source>
        <translation>账单 %1 的合计过大，无法存储。请检查其中的金额。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>another customer</source>
        <translation>其他客户</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location line="+1"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行明细</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bill %1 is already present with the same lines.</source>
        <translation>账单 %1 已存在，明细相同。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bill %1 exists with %2 “%3” in the database, but the file has “%4”. An import never changes a bill: correct the file.</source>
        <translation>账单 %1 已存在，数据库中的 %2 为“%3”，但文件中为“%4”。导入不会修改已有账单：请更正文件。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Bill %1 was not written: %2</source>
        <translation>账单 %1 未写入：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Bill %1 of %2: %n line(s), total %3.</source>
        <translation>
            <numerusform>账单 %1（客户 %2）：%n 行明细，合计 %3。</numerusform>
        </translation>
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
        <location filename="../src/core/records.cpp" line="+39"/>
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
    <name>BillWriter</name>
    <message>
        <location filename="../src/core/billwriter.cpp" line="+51"/>
        <source>the database rejected bill %1: %2</source>
        <translation>数据库拒绝了账单 %1：%2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the database rejected line %1 of bill %2: %3</source>
        <translation>数据库拒绝了账单 %2 的第 %1 行明细：%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>customer %1 was not found</source>
        <translation>未找到客户 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the balance of customer %1 would be too large</source>
        <translation>客户 %1 的余额将会过大</translation>
    </message>
</context>
<context>
    <name>CancelPlanDialog</name>
    <message>
        <location filename="../src/widgets/cancelplandialog.cpp" line="+62"/>
        <source>Charge %1</source>
        <translation>补费 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel Installment Plan</source>
        <translation>取消回款计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling keeps the plan on record, and the charge is due as a whole on its own due date again. A plan can be cancelled only while none of its installments has a payment.</source>
        <translation>取消后该计划仍保留记录，费用重新按其自身到期日整笔到期。只有在各期均无回款时才能取消计划。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason for cancelling (required):</source>
        <translation>取消原因(&amp;R)（必填）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;Plan</source>
        <translation>取消计划(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Plan</source>
        <translation>保留计划(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No installment plan with id %1 was found.</source>
        <translation>未找到编号为 %1 的回款计划。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the installment plan: %1</source>
        <translation>无法加载该回款计划：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. due %2, %3</source>
        <extracomment>One installment: number, due date and amount.</extracomment>
        <translation>第 %1 期：%2 到期，%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installments:</source>
        <translation>分期：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan was cancelled already, by %1 on %2.</source>
        <translation>该计划已被取消：由 %1 于 %2 取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An installment of this plan has a payment, so the plan cannot be cancelled. Reverse the payments first.</source>
        <translation>该计划已有一期收到回款，因此无法取消。请先冲销这些回款。</translation>
    </message>
</context>
<context>
    <name>ChargeAccess</name>
    <message>
        <location filename="../src/core/chargeaccess.cpp" line="+32"/>
        <source>Charge %1 waits for approval, so it cannot be voided. A finance user can reject it with a reason instead.</source>
        <translation>补费 %1 正在等待审批，因此不能作废。财务人员可以改为填写原因将其驳回。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1 was rejected by %2 on %3 and counts nowhere, so it cannot be voided.</source>
        <translation>补费 %1 已于 %3 被 %2 驳回，不计入任何余额，因此不能作废。</translation>
    </message>
</context>
<context>
    <name>ChargeApprover</name>
    <message>
        <location filename="../src/core/chargeapprover.cpp" line="+26"/>
        <source>Charge %1 does not exist. Check the charge number.</source>
        <translation>补费 %1 不存在。请检查补费编号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1 does not wait for approval; its status is %2.</source>
        <translation>补费 %1 不在待审批状态，其当前状态为“%2”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You entered charge %1 yourself, so another finance user must approve it. You may reject it to withdraw it.</source>
        <translation>补费 %1 是您本人录入的，须由其他财务人员审批。您可以将其驳回以撤回。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Charge %1 was not approved: the database could not start a transaction (%2). Try again.</source>
        <translation>补费 %1 未审批通过：数据库无法开始事务（%2）。请重试。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Charge %1 was not approved: %2. Nothing was changed; try again.</source>
        <translation>补费 %1 未审批通过：%2。未做任何更改，请重试。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the reason for rejecting charge %1.</source>
        <translation>请填写驳回补费 %1 的原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason for rejecting has %1 characters; at most %2 are allowed.</source>
        <translation>驳回原因有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charge %1 was not rejected: the database could not start a transaction (%2). Try again.</source>
        <translation>补费 %1 未驳回：数据库无法开始事务（%2）。请重试。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Charge %1 was not rejected: %2. Nothing was changed; try again.</source>
        <translation>补费 %1 未驳回：%2。未做任何更改，请重试。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>charge %1 no longer waits for approval</source>
        <translation>补费 %1 已不在待审批状态</translation>
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
    <name>ChargeCsvImporter</name>
    <message>
        <location filename="../src/core/chargecsvimporter.cpp" line="+134"/>
        <source>Customer “%1” does not exist. Correct the code, or import the customers first.</source>
        <translation>客户“%1”不存在。请更正客户编号，或先导入客户。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bill “%1” does not exist. Correct the number, import the bills first, or leave the field empty for a charge on the customer&apos;s account.</source>
        <translation>账单“%1”不存在。请更正账单号，或先导入账单；如果补费记入客户账户，请将此栏留空。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bill %1 belongs to another customer, not to %2. Correct the bill number or the customer code.</source>
        <translation>账单 %1 属于其他客户，不属于 %2。请更正账单号或客户编号。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The currency “%1” differs from customer %2&apos;s currency %3. A charge is in its customer&apos;s currency: leave the field empty or write %3.</source>
        <translation>币种“%1”与客户 %2 的币种 %3 不一致。补费须使用所属客户的币种：请将此栏留空，或填写 %3。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The status “%1” is unknown. Write posted or void, or leave it empty for posted.</source>
        <translation>状态“%1”未知。请填写 posted 或 void；留空则视为 posted。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The charge is void but has no void reason. Enter the reason in the void_reason field.</source>
        <translation>该补费状态为作废，但没有作废原因。请在 void_reason 字段中填写原因。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is neither a code nor a label of %2. Use one of these codes or their labels: %3.</source>
        <translation>“%1”既不是 %2 的代码，也不是其名称。请使用以下代码或其名称：%3。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 An exact duplicate is never imported: remove the line.</source>
        <translation>%1完全相同的费用一律不予导入：请删除该行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Give a duplicate_acknowledgement saying why this is not a duplicate, or remove the line.</source>
        <translation>%1请在 duplicate_acknowledgement 中说明这笔费用为什么不是重复费用，或删除该行。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>charge %1 was not found</source>
        <translation>未找到补费 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge %1 of this line was imported before and is void now, but the file says posted. Correct the status in the file.</source>
        <translation>该行对应的补费 %1 之前已导入，现已作废，但文件中的状态为 posted。请更正文件中的状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1 of this line was imported before and is posted, but the file says void. Void the charge in the program, or correct the file.</source>
        <translation>该行对应的补费 %1 之前已导入，现为已入账，但文件中的状态为 void。请在程序中作废该补费，或更正文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already imported as charge %1.</source>
        <translation>已导入为补费 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Charge of %1 for %2, fee type %3.</source>
        <translation>客户 %2 的补费 %1，费用类型 %3。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
</context>
<context>
    <name>ChargeListModel</name>
    <message>
        <location filename="../src/models/chargelistmodel.cpp" line="+289"/>
        <source>Duplicate acknowledgement: %1</source>
        <translation>疑似重复的确认说明：%1</translation>
    </message>
    <message>
        <location line="-136"/>
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
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="-8"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+38"/>
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
        <source>Paid</source>
        <translation>已付</translation>
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
</context>
<context>
    <name>ChargeNoticeDialog</name>
    <message>
        <location filename="../ui/chargenoticedialog.ui" line="+14"/>
        <source>Charge Notices</source>
        <translation>补费通知单</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Check &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check N&amp;one</source>
        <translation>全不选(&amp;O)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../src/widgets/chargenoticedialog.cpp" line="+254"/>
        <source>Could not load the list of customers: %1</source>
        <translation>无法加载客户列表：%1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Reading the charges…</source>
        <translation>正在读取补费…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The charges could not be read.</source>
        <translation>无法读取补费。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2)</source>
        <extracomment>A customer in a list: company name and customer code.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the account</source>
        <translation>记入账户</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of the name or code</source>
        <translation>输入名称或编号的一部分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a customer, then check the posted charges to print a notice for. Each notice names the charge, its bill and where to pay.</source>
        <translation>请选择客户，然后勾选要打印通知单的已入账补费。每份通知单会列明该笔补费、所属账单及付款信息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One notice is printed for each checked charge, grouped by customer. Each notice names the charge, its bill and where to pay.</source>
        <translation>每笔勾选的补费打印一份通知单，按客户分组。每份通知单会列明该笔补费、所属账单及付款信息。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Left out because they are void, so they are not owed: charge no. %1.</source>
        <translation>
            <numerusform>以下补费已作废，无需支付，因此未列入：补费编号 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The company details lack: %1. Fill them in under Settings › Company Details before sending notices.</source>
        <translation>公司信息缺少：%1。发送通知单前，请在“设置 › 公司信息”中填写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>charge-notice_%1</source>
        <extracomment>File name of one charge notice without extension; %1 is the charge number. Use no characters that file names forbid (/  : * ? &quot; &lt; &gt; |).</extracomment>
        <translation>补费通知单_%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>charge-notices_%1</source>
        <extracomment>File name of several charge notices without extension; %1 is today&apos;s date. Use no characters that file names forbid.</extracomment>
        <translation>补费通知单_批量_%1</translation>
    </message>
</context>
<context>
    <name>ChargeReportBuilder</name>
    <message>
        <location filename="../src/reports/chargereportbuilder.cpp" line="+43"/>
        <source>Supplementary charge report</source>
        <translation>补费明细表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Void charges are listed with the status Void and their amount marked void. They are not included in any count, subtotal or total, but summed apart as voided.</source>
        <translation>已作废的补费以“已作废”状态列出，金额标注为作废。它们不计入任何笔数、小计或合计，而是单独汇总为作废金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charges by customer</source>
        <translation>补费明细（按客户）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subtotals by fee type</source>
        <translation>按费用类型小计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtotals by customer</source>
        <translation>按客户小计</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charges listed</source>
        <translation>补费笔数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 counted, %3 void)</source>
        <translation>%1（计入 %2 笔，作废 %3 笔）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>Total %1</source>
        <translation>%1 合计</translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <source>%1 from %n charge(s)</source>
        <translation>
            <numerusform>%1（共 %n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voided %1</source>
        <translation>作废 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 from %n void charge(s)</source>
        <translation>
            <numerusform>%1，共 %n 笔作废补费</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entered</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill</source>
        <translation>账单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Fee type</source>
        <translation>费用类型</translation>
    </message>
    <message>
        <location line="-91"/>
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
        <source>Entered by</source>
        <translation>录入人</translation>
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
        <location line="+1"/>
        <location line="+90"/>
        <location line="+26"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>No charges match these filters.</source>
        <translation>没有符合筛选条件的补费。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2</source>
        <comment>customer code and company name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subtotal %1</source>
        <translation>%1 小计</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>void %1</source>
        <comment>amount of a void charge, not counted</comment>
        <translation>作废 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <comment>subtotal label and counts</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n charge(s) counted</source>
        <translation>
            <numerusform>计入 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <comment>counted and void charges</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n void of %1 not counted</source>
        <translation>
            <numerusform>%n 笔作废（%1）未计入</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Charges</source>
        <translation>入账笔数</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Void</source>
        <translation>作废笔数</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Voided amount</source>
        <translation>作废金额</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+27"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Customer</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
</context>
<context>
    <name>ChargeReportData</name>
    <message>
        <location filename="../src/core/chargereportdata.cpp" line="+15"/>
        <source>The total of the %1 charges is too large to add up. Narrow the filters or the period.</source>
        <translation>币种为 %1 的补费合计金额过大，无法汇总。请缩小筛选范围或期间。</translation>
    </message>
</context>
<context>
    <name>ChargeReportDialog</name>
    <message>
        <location filename="../ui/chargereportdialog.ui" line="+14"/>
        <source>Charge Report</source>
        <translation>补费明细表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Dates by:</source>
        <translation>日期依据(&amp;D)：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Orientation:</source>
        <translation>纸张方向(&amp;O)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fee Types</source>
        <translation>费用类型</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reasons</source>
        <translation>补费原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payment Methods</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Statuses</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entered By</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print &amp;Notices for These Charges…</source>
        <translation>为这些补费打印通知单(&amp;N)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save &amp;CSV…</source>
        <translation>保存 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../src/widgets/chargereportdialog.cpp" line="+117"/>
        <location line="+11"/>
        <source>%1: nothing is checked.</source>
        <translation>%1：未勾选任何项。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not load the list of customers: %1</source>
        <translation>无法加载客户列表：%1</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+22"/>
        <source>Could not load the list of users who entered charges: %1</source>
        <translation>无法加载录入人列表：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entry date</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the period selects charges by the day they were entered or by the day they are due.</source>
        <translation>选择按补费的录入日期还是支付日期来筛选期间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic prints in landscape when the table is too wide for a portrait page.</source>
        <translation>选择“自动”时，如果表格过宽、纵向页面放不下，则改为横向打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check at least one customer, or All customers.</source>
        <translation>请至少勾选一个客户，或勾选“全部客户”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name or code</source>
        <translation>按名称或编号搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All fee types</source>
        <translation>全部费用类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check at least one fee type, or All fee types.</source>
        <translation>请至少勾选一种费用类型，或勾选“全部费用类型”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All reasons</source>
        <translation>全部补费原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check at least one reason, or All reasons.</source>
        <translation>请至少勾选一种补费原因，或勾选“全部补费原因”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check at least one status, or All statuses.</source>
        <translation>请至少勾选一种状态，或勾选“全部状态”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All payment methods</source>
        <translation>全部支付方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check at least one payment method, or All payment methods.</source>
        <translation>请至少勾选一种支付方式，或勾选“全部支付方式”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check at least one user, or All users.</source>
        <translation>请至少勾选一个用户，或勾选“全部用户”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open one charge notice per posted charge that matches the filters, grouped by customer.</source>
        <translation>为每笔符合筛选条件的已入账补费打开一份补费通知单，按客户分组。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the charges and totals as a CSV file for spreadsheets.</source>
        <translation>将补费明细和合计保存为 CSV 文件，供电子表格使用。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>charge-report_%1</source>
        <extracomment>File name of the charge report without extension; %1 is the period, e.g. 2026-11. Use no characters that file names forbid (/  : * ? &quot; &lt; &gt; |).</extracomment>
        <translation>补费明细表_%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Finding the posted charges…</source>
        <translation>正在查找已入账的补费…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The charges could not be read.</source>
        <translation>无法读取补费。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No Charges</source>
        <translation>没有补费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No posted charge matches these filters, so there is no notice to print. Widen the period or the filters.</source>
        <translation>没有符合筛选条件的已入账补费，因此没有可打印的通知单。请放宽期间或筛选条件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No Notice for Void Charges</source>
        <translation>作废补费不生成通知单</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Charge no. %1 is void, so it is not owed and gets no notice. Include posted charges in the filters.</source>
        <translation>
            <numerusform>补费编号 %1 已作废，无需支付，因此不生成通知单。请在筛选条件中包含已入账的补费。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargeReportFilter</name>
    <message>
        <location filename="../src/core/chargereportfilter.cpp" line="+105"/>
        <source>The period starts on %1, after its end on %2. Choose a start date on or before the end date.</source>
        <translation>期间开始日期 %1 晚于结束日期 %2。请选择不晚于结束日期的开始日期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown status “%1”. Use posted or void.</source>
        <translation>未知状态“%1”。请使用 posted 或 void。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer ID %1 not found. Choose customers from the list.</source>
        <translation>未找到 ID 为 %1 的客户。请从列表中选择客户。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown fee type code “%1”. Known codes: %2.</source>
        <translation>未知的费用类型代码“%1”。可用代码：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown charge reason code “%1”. Known codes: %2.</source>
        <translation>未知的补费原因代码“%1”。可用代码：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown payment method code “%1”. Known codes: %2.</source>
        <translation>未知的支付方式代码“%1”。可用代码：%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The filters could not be checked because the database reported an error: %1</source>
        <translation>数据库报错，无法检查筛选条件：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2</source>
        <comment>customer code and company name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %n more</source>
        <translation>
            <numerusform>及另外 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fee types: %1</source>
        <translation>费用类型：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reasons: %1</source>
        <translation>补费原因：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statuses: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment methods: %1</source>
        <translation>支付方式：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entered by: %1</source>
        <translation>录入人：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry date</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due date</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1 – %2 (%3)</source>
        <translation>期间：%1 至 %2（按%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period: from %1 (%2)</source>
        <translation>期间：%1 起（按%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: up to %1 (%2)</source>
        <translation>期间：截至 %1（按%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: all dates</source>
        <translation>期间：全部日期</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Posted</source>
        <translation>已入账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>ChargeReportQuery</name>
    <message>
        <location filename="../src/core/chargereportquery.cpp" line="+133"/>
        <location line="+14"/>
        <location line="+19"/>
        <source>The charges could not be read: %1</source>
        <translation>无法读取补费：%1</translation>
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
        <location filename="../src/core/chargeservice.cpp" line="+69"/>
        <location line="+13"/>
        <source>The charge could not be checked.</source>
        <translation>无法检查这笔费用。</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>The charge could not be checked because the database reported an error: %1. Try again; if it persists, run the consistency check.</source>
        <translation>数据库报错，无法检查这笔费用：%1。请重试；如果问题仍然存在，请运行一致性检查。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The amount %1 would make the balance too large to store. Check the amount.</source>
        <translation>金额 %1 会使余额超出可存储的范围。请检查金额。</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+28"/>
        <location line="+63"/>
        <source>The charge was not saved. Nothing was written.</source>
        <translation>费用未保存，未写入任何数据。</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>The charge was not saved: the database could not start a transaction (%1). Nothing was written; try again.</source>
        <translation>费用未保存：数据库无法开始事务（%1）。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The charge was not saved: another user&apos;s change to customer %1 did not finish in time (%2). Nothing was written; try again.</source>
        <translation>费用未保存：其他用户对客户 %1 的更改未能及时完成（%2）。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+63"/>
        <source>The charge was not saved: %1. Nothing was written; try again.</source>
        <translation>费用未保存：%1。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The request key %1 was already used for charge %2 with other values. Start a new charge.</source>
        <translation>请求编号 %1 已用于补费 %2，但各项值不同。请新建一笔费用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The charge differs from the one that was confirmed. Review it again and confirm.</source>
        <translation>这笔费用与已确认的内容不一致。请重新检查并确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An administrator changed the approval threshold of %1 since the review, so whether the charge waits for approval changed. Review it again and confirm.</source>
        <translation>检查之后，管理员更改了 %1 的审批金额门槛，这笔费用是否需要审批也随之改变。请重新检查并确认。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New possible duplicates were entered since the review. Look at them and confirm again.</source>
        <translation>检查之后又录入了新的疑似重复费用。请查看后再次确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This charge resembles existing charges. Write a note that says why it is not a duplicate.</source>
        <translation>此补费与已有补费相似。请填写说明，解释它为何不是重复补费。</translation>
    </message>
</context>
<context>
    <name>ChargeStatusText</name>
    <message>
        <location filename="../src/core/chargestatus.cpp" line="+29"/>
        <source>Unpaid</source>
        <extracomment>Payment status of a charge: nothing paid yet (未付).</extracomment>
        <translation>未付</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partly paid</source>
        <extracomment>Payment status of a charge: part of the amount paid (部分回款).</extracomment>
        <translation>部分回款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settled</source>
        <extracomment>Payment status of a charge: paid in full (已结清).</extracomment>
        <translation>已结清</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Void</source>
        <extracomment>Status of a charge that was voided (已作废).</extracomment>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting approval</source>
        <extracomment>Status of a charge that waits for a finance user&apos;s approval (待审批).</extracomment>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected</source>
        <extracomment>Status of a charge that a finance user did not approve (已驳回).</extracomment>
        <translation>已驳回</translation>
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
    <message>
        <location line="+4"/>
        <source>The amount is more than the approval threshold of %1, so the charge waits for approval. The balances change only when a finance user other than you approves it; until then it counts in no balance, bill, reminder or statement.</source>
        <translation>金额超过审批金额门槛 %1，因此这笔补费须等待审批。只有在您以外的财务人员审批后，余额才会变化；在此之前，它不计入任何余额、账单、提醒或对账单。</translation>
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
        <location filename="../src/core/chargevalidator.cpp" line="+43"/>
        <source>The request key “%1” is invalid: it must have 8 to 100 characters.</source>
        <translation>请求编号“%1”无效：长度必须为 8 到 100 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request key “%1” contains a control character, such as a NUL byte. Remove it from the key.</source>
        <translation>请求编号“%1”含有控制字符（例如 NUL 字节）。请从编号中删除该字符。</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+20"/>
        <source>To take back a charge, void it.</source>
        <translation>要撤销一笔补费，请将其作废。</translation>
    </message>
    <message>
        <location line="+20"/>
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
    <name>ChargeVoider</name>
    <message>
        <location filename="../src/core/chargevoider.cpp" line="+30"/>
        <source>Enter the reason for voiding charge %1.</source>
        <translation>请填写作废补费 %1 的原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The void reason has %1 characters; at most %2 are allowed.</source>
        <translation>作废原因有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+102"/>
        <source>Charge %1 was not voided. Nothing was changed.</source>
        <translation>补费 %1 未作废，未做任何更改。</translation>
    </message>
    <message>
        <location line="-101"/>
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
        <location line="+17"/>
        <location line="+16"/>
        <location line="+8"/>
        <source>Charge %1 was not voided: %2</source>
        <translation>补费 %1 未作废：%2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Charge %1 is already void: voided by %2 on %3.</source>
        <translation>补费 %1 已经作废：由 %2 于 %3 作废。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Charge %1 cannot be voided because %2 of it is paid. Reverse its payments first, then void it.</source>
        <translation>补费 %1 已回款 %2，因此无法作废。请先冲销其回款，再将其作废。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Charge %1 was not voided: %2. Nothing was changed; try again.</source>
        <translation>补费 %1 未作废：%2。未做任何更改，请重试。</translation>
    </message>
</context>
<context>
    <name>CommandDispatcher</name>
    <message>
        <location filename="../src/cli/commanddispatcher.cpp" line="+113"/>
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
        <location line="+23"/>
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
        <location line="+36"/>
        <source>Show the options of this command.</source>
        <translation>显示此命令的选项。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite database file, created and brought up to date when needed, or the URL of an existing PostgreSQL database, postgresql://user@host:port/dbname; PostgreSQL reads the password from PGPASSWORD or ~/.pgpass. Default: the connection chosen in the window under Settings › Database Connection, else %1</source>
        <translation>SQLite 数据库文件（需要时自动创建并升级），或现有 PostgreSQL 数据库的地址 postgresql://用户@主机:端口/数据库名；PostgreSQL 从 PGPASSWORD 或 ~/.pgpass 读取密码。默认：窗口程序中“设置 › 数据库连接”所选的连接，未选择时为 %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Invalid --database “”: give the path of a database file or the URL of a PostgreSQL database.</source>
        <translation>--database “”无效：请指定数据库文件的路径或 PostgreSQL 数据库的 URL。</translation>
    </message>
    <message>
        <location line="+65"/>
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
    <name>CompanyProfile</name>
    <message>
        <location filename="../src/core/companyprofile.cpp" line="+58"/>
        <source>Could not save the company details to %1. Check that the file can be written.</source>
        <translation>无法将公司信息保存到 %1。请检查该文件是否可写。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(company name not set — Settings › Company Details)</source>
        <translation>（未设置公司名称 — 设置 › 公司信息）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bank account or payment instructions</source>
        <translation>银行账号或付款说明</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>phone or email</source>
        <translation>电话或电子邮箱</translation>
    </message>
</context>
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <location filename="../ui/companyprofiledialog.ui" line="+14"/>
        <source>Company Details</source>
        <translation>公司信息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports, statements and charge notices print these details. Notices also print the payment details, so that customers know where to pay and whom to ask.</source>
        <translation>报表、对账单和补费通知单会打印以下信息。通知单还会打印收款信息，方便客户了解向何处付款、向谁咨询。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Email:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Contact person:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Payment Details on Notices</source>
        <translation>通知单上的收款信息</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Bank:</source>
        <translation>开户银行(&amp;B)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account n&amp;umber:</source>
        <translation>银行账号(&amp;U)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Payment &amp;instructions:</source>
        <translation>付款说明(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/companyprofiledialog.cpp" line="+64"/>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard Changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes to the company details? They are not saved.</source>
        <translation>放弃对公司信息的更改？这些更改尚未保存。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>e.g. billing@example.com</source>
        <translation>例如 billing@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Quote the notice number with your payment.</source>
        <translation>例如：付款时请注明通知单编号。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The company name is required. Enter the name printed on reports.</source>
        <translation>公司名称为必填项。请输入打印在报表上的名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an email address. Enter an address such as billing@example.com, or leave the field empty.</source>
        <translation>“%1”不是有效的电子邮箱地址。请输入 billing@example.com 这样的地址，或将此栏留空。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Charge notices will lack: %1.</source>
        <translation>补费通知单将缺少：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ComputedChargeDialog</name>
    <message>
        <location filename="../ui/computedchargedialog.ui" line="+14"/>
        <source>Compute Charge</source>
        <translation>计算费用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan Upgrade Difference</source>
        <translation>套餐升级差价</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Old monthly price:</source>
        <translation>原月费(&amp;O)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The monthly price of the plan before the upgrade; 0 for a free plan.</source>
        <translation>升级前套餐的月费；免费套餐填 0。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New monthly price:</source>
        <translation>新月费(&amp;N)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The monthly price of the plan after the upgrade.</source>
        <translation>升级后套餐的月费。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Upgrade date:</source>
        <translation>升级日期(&amp;U)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first day at the new price.</source>
        <translation>按新价格计费的第一天。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period &amp;end:</source>
        <translation>计费期末(&amp;E)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last day of the billing period that was billed at the old price.</source>
        <translation>已按原价格计费的计费期的最后一天。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each day from the upgrade date to the period end, both included, costs the monthly difference divided by the number of days in its month. The total is rounded half up once.</source>
        <translation>从升级日期到计费期末（含首尾两天），每天按月费差额除以当月天数计费。合计只四舍五入一次。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Late Fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Base amount:</source>
        <translation>计费基数(&amp;B)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The overdue amount the fee is computed on.</source>
        <translation>计算滞纳金所依据的逾期金额。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Rate:</source>
        <translation>费率(&amp;R)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>per day</source>
        <translation>每日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>per month (30 days, pro rata)</source>
        <translation>每月（按 30 天折算到日）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue:</source>
        <translation>逾期：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Days:</source>
        <translation>天数(&amp;D)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number of days the amount is overdue.</source>
        <translation>金额逾期的天数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;From due date:</source>
        <translation>自到期日(&amp;F)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The day of payment, or today for a fee up to now. The due date itself is not counted.</source>
        <translation>付款日；计算到今天则填今天。到期日当天不计入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Cap:</source>
        <translation>上限(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Percentage of the base</source>
        <translation>基数的百分比</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The largest fee: an amount, or a percentage of the base amount.</source>
        <translation>滞纳金的最高额：固定金额，或计费基数的百分比。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fee = base amount × rate × days overdue, with a monthly rate divided by 30 for each day. The fee is rounded half up once, and the cap applies after rounding.</source>
        <translation>滞纳金 = 计费基数 × 费率 × 逾期天数；月费率按每天 1/30 折算。结果只四舍五入一次，上限在取整后适用。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Result</source>
        <translation>计算结果</translation>
    </message>
    <message>
        <location filename="../src/widgets/computedchargedialog.cpp" line="+39"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rate in percent, e.g. 0.05 for 0.05%, with at most %1 decimals.</source>
        <translation>以百分比填写的费率，例如 0.05 表示 0.05%，最多 %1 位小数。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Old monthly price</source>
        <translation>原月费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New monthly price</source>
        <translation>新月费</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base amount</source>
        <translation>计费基数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Enter the base amount, the rate and the days overdue to see the fee.</source>
        <translation>请填写计费基数、费率和逾期天数，即可看到滞纳金。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter both monthly prices to see the difference.</source>
        <translation>请填写新旧两个月费，即可看到差价。</translation>
    </message>
</context>
<context>
    <name>ConnectionAction</name>
    <message>
        <location filename="../src/widgets/connectionaction.cpp" line="+39"/>
        <source>Database &amp;Connection…</source>
        <translation>数据库连接(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the database ChargeDesk opens at start: an SQLite file on this computer or a shared PostgreSQL database.</source>
        <translation>选择补费台启动时打开的数据库：本机上的 SQLite 文件，或共享的 PostgreSQL 数据库。</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../src/core/connectioncheck.cpp" line="+81"/>
        <source>The file “%1” does not exist yet. ChargeDesk creates it, with its tables, when it opens it.</source>
        <translation>文件“%1”尚不存在。补费台打开它时会创建该文件及其中的表。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file “%1” cannot be read as an SQLite database: %2. Choose a ChargeDesk database file, or a new file name.</source>
        <translation>无法将文件“%1”作为 SQLite 数据库读取：%2。请选择补费台数据库文件，或输入新的文件名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file “%1” is an SQLite database.</source>
        <translation>文件“%1”是 SQLite 数据库。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>The server did not answer within %n seconds.</source>
        <translation>
            <numerusform>服务器在 %n 秒内没有响应。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to PostgreSQL %1 on %2, port %3: database “%4”, user “%5”.</source>
        <translation>已连接到 %2 上的 PostgreSQL %1，端口 %3：数据库“%4”，用户“%5”。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>It holds tables that are not ChargeDesk&apos;s, or its schema version cannot be read. Choose an empty database or a ChargeDesk database.</source>
        <translation>其中含有不属于补费台的表，或无法读取其数据库结构版本。请选择空数据库或补费台数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is empty. ChargeDesk creates its tables when it opens it.</source>
        <translation>该数据库为空。补费台打开它时会创建所需的表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds ChargeDesk data of schema version %1, which ChargeDesk upgrades to version %2 when it opens it.</source>
        <translation>其中是数据库结构版本 %1 的补费台数据，补费台打开它时会将其升级到版本 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It holds ChargeDesk data of the current schema version %1.</source>
        <translation>其中是当前数据库结构版本 %1 的补费台数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was written by a newer ChargeDesk (schema version %1; this program reads up to version %2). Update ChargeDesk before you use it.</source>
        <translation>它由更新版本的补费台写入（数据库结构版本 %1；本程序最高只能读取版本 %2）。请先升级补费台，再使用该数据库。</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../src/widgets/connectiondialog.cpp" line="+144"/>
        <source>Could not read your role, so the connection cannot be changed: %1</source>
        <translation>无法读取您的角色，因此不能更改连接：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only administrators may change the database connection, and the user %1 has the role %2. Ask an administrator if it must change. %3</source>
        <translation>只有管理员可以更改数据库连接，而用户 %1 的角色是“%2”。如需更改，请联系管理员。%3</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Connecting to %1 … The test gives up when the server does not answer within %n seconds.</source>
        <translation>
            <numerusform>正在连接 %1 … 如果服务器在 %n 秒内没有响应，测试将停止。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1 …</source>
        <translation>正在检查 %1 …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection test passed.</source>
        <translation>连接测试通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection test failed.</source>
        <translation>连接测试失败。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved connection cannot be used: %1</source>
        <translation>已保存的连接无法使用：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database connection is saved. ChargeDesk already uses %1.</source>
        <translation>数据库连接已保存。补费台已在使用 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database connection is saved. ChargeDesk opens %1 the next time it starts; until then it keeps using %2. Started with --database, it opens the database given there instead.</source>
        <translation>数据库连接已保存。补费台下次启动时将打开 %1，在此之前仍使用 %2。如果启动时指定了 --database，则改为打开其中指定的数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection Saved</source>
        <translation>连接已保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard Changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes to the database connection? They are not saved.</source>
        <translation>放弃对数据库连接的更改吗？这些更改尚未保存。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ChargeDesk</source>
        <translation>补费台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database was chosen under Settings › Database Connection. Choose another connection, or quit.</source>
        <translation>该数据库是在“设置 › 数据库连接”中选择的。请选择其他连接，或退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Change Connection…</source>
        <translation>更改连接(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Database Connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ChargeDesk keeps its data in one database: an SQLite file on this computer, or a PostgreSQL database that several computers share.</source>
        <translation>补费台将数据保存在一个数据库中：可以是本机上的 SQLite 文件，也可以是多台计算机共享的 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the database to open. ChargeDesk opens it when you click OK.</source>
        <translation>请选择要打开的数据库。单击“确定”后，补费台将打开它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ChargeDesk now uses %1.</source>
        <translation>补费台当前使用 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to open the database with these settings, without changing it or the saved connection.</source>
        <translation>尝试用这些设置打开数据库，不会更改该数据库或已保存的连接。</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <location filename="../src/widgets/connectionform.cpp" line="+217"/>
        <source>Choose the Database File</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;SQLite file on this computer</source>
        <translation>本机上的 SQLite 文件(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared &amp;PostgreSQL database</source>
        <translation>共享的 PostgreSQL 数据库(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. db.example.com</source>
        <translation>例如 db.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database name:</source>
        <translation>数据库名(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. chargedesk</source>
        <translation>例如 chargedesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ChargeDesk stores no password. PostgreSQL reads it from the environment variable PGPASSWORD or from the password file %1, one line per server: host:port:database:user:password.</source>
        <translation>补费台不保存密码。PostgreSQL 从环境变量 PGPASSWORD 或密码文件 %1 读取密码，每个服务器一行：host:port:database:user:password。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ChargeDesk stores no password. PostgreSQL reads it from the environment variable PGPASSWORD or from the password file %1, one line per server: host:port:database:user:password. Only you may read the file (chmod 600), or PostgreSQL ignores it.</source>
        <translation>补费台不保存密码。PostgreSQL 从环境变量 PGPASSWORD 或密码文件 %1 读取密码，每个服务器一行：host:port:database:user:password。该文件必须只有您本人可以读取（chmod 600），否则 PostgreSQL 会忽略它。</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../src/core/connectionsettings.cpp" line="+103"/>
        <source>The database file is empty. Choose a file with Browse…, for example %1.</source>
        <translation>未填写数据库文件。请点击“浏览…”选择文件，例如 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file “%1” is not a full path. Choose the file with Browse…, or enter its whole path, for example %2.</source>
        <translation>数据库文件“%1”不是完整路径。请点击“浏览…”选择文件，或输入其完整路径，例如 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is a folder, not a database file. Add a file name, for example %2.</source>
        <translation>“%1”是文件夹，不是数据库文件。请加上文件名，例如 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a regular file. Choose a database file or a new file name.</source>
        <translation>“%1”不是普通文件。请选择数据库文件或输入新的文件名。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder “%1” of the database file cannot be created, because “%2” does not exist. Choose a folder on a drive of this computer.</source>
        <translation>无法创建数据库文件所在的文件夹“%1”，因为“%2”不存在。请选择本机驱动器上的文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder “%1” of the database file cannot be created, because “%2” is a file. Choose another folder.</source>
        <translation>无法创建数据库文件所在的文件夹“%1”，因为“%2”是文件。请选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You may not write to the folder “%1”, where the database file and its journal are kept. Choose a folder you may write to.</source>
        <translation>您没有文件夹“%1”的写入权限，而数据库文件及其日志文件都保存在该文件夹中。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder “%1” of the database file does not exist, and you may not create it in “%2”. Choose a folder you may write to.</source>
        <translation>数据库文件所在的文件夹“%1”不存在，且您无权在“%2”中创建它。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The host is empty. Enter the name or IP address of the PostgreSQL server, for example db.example.com or 192.0.2.10.</source>
        <translation>未填写主机。请输入 PostgreSQL 服务器的名称或 IP 地址，例如 db.example.com 或 192.0.2.10。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host contains “@”, as in user@host. Enter the user name in its own field and only the server&apos;s name or IP address here. A password belongs in PGPASSWORD or in the file %1.</source>
        <translation>主机中含有“@”（如 user@host）。请在单独的字段中填写用户名，此处只填写服务器的名称或 IP 地址。密码应放在 PGPASSWORD 或文件 %1 中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host “%1” contains a space. Enter the server&apos;s name or IP address without spaces.</source>
        <translation>主机“%1”含有空格。请输入不含空格的服务器名称或 IP 地址。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The host “%1” is not a valid host name or IP address. Enter a name such as db.example.com or an address such as 192.0.2.10, without a port or a path.</source>
        <translation>主机“%1”不是有效的主机名或 IP 地址。请输入 db.example.com 这样的名称或 192.0.2.10 这样的地址，不要带端口或路径。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The port is empty. Enter the port of the PostgreSQL server, a number from 1 to 65535; PostgreSQL&apos;s usual port is %1.</source>
        <translation>未填写端口。请输入 PostgreSQL 服务器的端口，即 1 到 65535 之间的数字；PostgreSQL 的常用端口是 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The port “%1” is not valid. Enter a whole number from 1 to 65535; PostgreSQL&apos;s usual port is %2.</source>
        <translation>端口“%1”无效。请输入 1 到 65535 之间的整数；PostgreSQL 的常用端口是 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database name is empty. Enter the name of the PostgreSQL database, for example chargedesk.</source>
        <translation>未填写数据库名称。请输入 PostgreSQL 数据库的名称，例如 chargedesk。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database name “%1” contains “/”, which a database location cannot hold. Enter the name without “/”.</source>
        <translation>数据库名称“%1”含有“/”，数据库位置中不能包含该字符。请输入不含“/”的名称。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user name is empty. Enter the PostgreSQL user that ChargeDesk logs in as, for example finance.</source>
        <translation>未填写用户名。请输入补费台登录时使用的 PostgreSQL 用户，例如 finance。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name “%1:…” contains “:”, as in user:password. Enter the user name only. ChargeDesk stores no password; PostgreSQL reads it from PGPASSWORD or from the file %2.</source>
        <translation>用户名“%1:…”含有“:”（如 user:password）。请只填写用户名。补费台不保存密码；PostgreSQL 从 PGPASSWORD 或文件 %2 中读取密码。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Could not save the database connection to %1. Check that the file can be written.</source>
        <translation>无法将数据库连接保存到 %1。请检查该文件是否可写。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../src/widgets/contactdialog.cpp" line="+132"/>
        <source>Mark Contacted</source>
        <translation>标记已联系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Contact</source>
        <translation>新增联系记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;date:</source>
        <translation>联系日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said or agreed, e.g. “Will pay on Friday”</source>
        <translation>沟通内容或约定，例如“周五付款”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a contact with %1. The item leaves the reminders until its next step.</source>
        <translation>记录与%1的联系。该事项在进入下一阶段前不再提醒。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>%1, due %2, open %3</source>
        <translation>%1，%2 到期，未结 %3</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record a call, message or visit. A contact about an open item takes it off the reminders until its next step.</source>
        <translation>记录一次电话、消息或拜访。针对未结事项的联系会使该事项在进入下一阶段前不再提醒。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No particular item</source>
        <translation>不针对具体事项</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save Contact</source>
        <translation>保存联系记录(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The open items could not be read: %1</source>
        <translation>无法读取未结事项：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <location filename="../src/core/contactlog.cpp" line="+159"/>
        <source>The contact was not saved: the database could not start a transaction (%1). Nothing was written; try again.</source>
        <translation>联系记录未保存：数据库无法开始事务（%1）。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+27"/>
        <location line="+115"/>
        <source>The contact was not saved: %1. Nothing was written; try again.</source>
        <translation>联系记录未保存：%1。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Customer %1 does not exist. Open the customer again from the customer list.</source>
        <translation>客户 %1 不存在。请从客户列表重新打开该客户。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The contact date is missing. Enter the day of the contact.</source>
        <translation>缺少联系日期。请输入联系的日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contact date %1 is after today, %2. Enter the day the contact took place.</source>
        <translation>联系日期 %1 晚于今天（%2）。请输入实际联系的日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note is empty. Write what was agreed or said, for example “Will pay on Friday”.</source>
        <translation>备注为空。请填写沟通内容或约定，例如“周五付款”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note has %1 characters; at most %2 are allowed. Shorten the note.</source>
        <translation>备注有 %1 个字符，最多允许 %2 个。请缩短备注。</translation>
    </message>
</context>
<context>
    <name>ContactRecord</name>
    <message>
        <location filename="../src/core/contactrecord.cpp" line="+7"/>
        <source>Installment %1, charge %2</source>
        <extracomment>Installment number and charge id.</extracomment>
        <translation>第 %1 期，补费 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge %1</source>
        <translation>补费 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <extracomment>A contact about the customer&apos;s account rather than one charge.</extracomment>
        <translation>一般联系</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../src/models/contacttablemodel.cpp" line="+48"/>
        <source>Recorded by %1 on %2</source>
        <translation>由 %1 于 %2 记录</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded By</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>CsvColumnMapping</name>
    <message>
        <location filename="../src/core/csvcolumnmapping.cpp" line="+43"/>
        <location line="+41"/>
        <location line="+41"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact title</source>
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
        <location line="+3"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+16"/>
        <location line="+43"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+45"/>
        <source>Bill number</source>
        <translation>账单号</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Issue date</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Due date</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Line number</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line kind</source>
        <translation>明细类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discount (%)</source>
        <translation>折扣（%）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line amount</source>
        <translation>明细金额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request key</source>
        <translation>请求编号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fee type</source>
        <translation>费用类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>补费原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate acknowledgement</source>
        <translation>疑似重复确认说明</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The mapping names an unknown field “%1”. The fields of %2 are: %3.</source>
        <translation>映射中的字段“%1”未知。%2 的字段有：%3。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The mapping %1=%2 names a column the file does not have. Its columns are: %3.</source>
        <translation>映射 %1=%2 指定的列在文件中不存在。文件中的列有：%3。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The file has no column for these required fields: %1. Add the columns, or map existing columns to these fields.</source>
        <translation>文件中缺少以下必填字段的列：%1。请添加这些列，或将已有的列映射到这些字段。</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../src/core/csvexporter.cpp" line="+19"/>
        <source>Could not create “%1”: %2. Check that the folder exists and that you may write to it.</source>
        <translation>无法创建“%1”：%2。请检查文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write “%1”: %2. Check the free disk space and try again.</source>
        <translation>无法写入“%1”：%2。请检查磁盘剩余空间后重试。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write the CSV output.</source>
        <translation>无法写入 CSV 输出。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Could not read the customers from the database: %1</source>
        <translation>无法从数据库读取客户：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the bills from the database: %1</source>
        <translation>无法从数据库读取账单：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the charges from the database: %1</source>
        <translation>无法从数据库读取费用：%1</translation>
    </message>
</context>
<context>
    <name>CsvFileActions</name>
    <message>
        <location filename="../src/widgets/csvfileactions.cpp" line="+73"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <location line="+23"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export canceled. No file was written.</source>
        <translation>已取消导出。未写入任何文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>customers-%1</source>
        <extracomment>Suggested CSV file name; %1 is the date, e.g. 2026-12-04.</extracomment>
        <translation>客户-%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bills-%1</source>
        <extracomment>Suggested CSV file name; %1 is the date, e.g. 2026-12-04.</extracomment>
        <translation>账单-%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>charges-%1</source>
        <extracomment>Suggested CSV file name; %1 is the date, e.g. 2026-12-04.</extracomment>
        <translation>补费-%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import customers, bills or charges from a CSV file. Nothing is written until the file passes the check.</source>
        <translation>从 CSV 文件导入客户、账单或补费。文件通过检查之前不会写入任何数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV</source>
        <translation>导出 CSV(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customers…</source>
        <translation>客户(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every customer to a CSV file.</source>
        <translation>将全部客户写入 CSV 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bills…</source>
        <translation>账单(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every bill, one row per bill line, to a CSV file.</source>
        <translation>将全部账单写入 CSV 文件，每条账单明细一行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;harges…</source>
        <translation>补费(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every charge, voided ones included, to a CSV file.</source>
        <translation>将全部补费（包括已作废的）写入 CSV 文件。</translation>
    </message>
</context>
<context>
    <name>CsvImportCheckPage</name>
    <message>
        <location filename="../ui/csvimportcheckpage.ui" line="+6"/>
        <source>Check the File</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first rows as they will be imported, and the result of checking every line. Nothing has been written yet.</source>
        <translation>下方显示前几行的导入效果，以及逐行检查的结果。目前尚未写入任何数据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First rows:</source>
        <translation>前几行：</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../src/widgets/csvimportcheckpage.cpp" line="+241"/>
        <source>&amp;Read the File Again</source>
        <translation>重新读取文件(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Note on the possible duplicates (required):</source>
        <translation>疑似重复的确认说明(&amp;N)（必填）：</translation>
    </message>
    <message>
        <location filename="../src/widgets/csvimportcheckpage.cpp" line="-69"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking every line of the file…</source>
        <translation>正在逐行检查文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was canceled, so nothing was imported. Check the file again to import it.</source>
        <translation>检查已取消，未导入任何内容。请重新检查文件后再导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be imported.</source>
        <translation>无法导入该文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Fix the file and choose it again, or read it again once it is saved.</source>
        <translation>请修正文件后重新选择，或在保存修改后点击“重新读取文件”。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The file has no rows below its header row, so there is nothing to import.</source>
        <translation>文件的表头行下没有数据行，没有可导入的内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New: %1. Already present: %2. With problems: %3.</source>
        <translation>待新增：%1。已存在：%2。有问题：%3。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n line(s) have problems, listed above. Nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>有 %n 行存在问题（见上方列表）。修正之前无法导入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line(s) may duplicate charges entered before, as listed below. If they are right, write a note saying why. The note is stored with each of these charges.</source>
        <translation>
            <numerusform>有 %n 行可能与之前录入的补费重复（见下方列表）。如果这些补费确实无误，请填写确认说明，写明原因。该说明会随每笔补费一并保存。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The note has %1 characters. Shorten it to at most %2.</source>
        <translation>说明有 %1 个字符。请删减至最多 %2 个。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Check Again</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CsvImportEntryModel</name>
    <message>
        <location filename="../src/widgets/csvimportentrymodel.cpp" line="+101"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>提示信息</translation>
    </message>
</context>
<context>
    <name>CsvImportFile</name>
    <message>
        <location filename="../src/core/csvimportfile.cpp" line="+12"/>
        <source>Could not open “%1”: %2. Check the path and the permissions.</source>
        <translation>无法打开“%1”：%2。请检查路径和权限。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read “%1”: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file is empty. The first line must name the columns.</source>
        <translation>文件为空。第一行必须是列名。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1 has %2 fields but the header row has %3. Check the commas and quotes on this line.</source>
        <translation>第 %1 行有 %2 个字段，但表头行有 %3 个。请检查该行的逗号和引号。</translation>
    </message>
</context>
<context>
    <name>CsvImportMappingPage</name>
    <message>
        <location filename="../ui/csvimportmappingpage.ui" line="+6"/>
        <source>Match the Columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the column of the file that holds each field. Fields marked * are required.</source>
        <translation>请为每个字段选择文件中对应的列。标有 * 的字段为必填。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First row</source>
        <translation>首行数据</translation>
    </message>
    <message>
        <location filename="../src/widgets/csvimportmappingpage.cpp" line="+149"/>
        <location line="+67"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Auto</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (GBK)</source>
        <translation>%1 (GBK)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encoding could not be detected. Choose one.</source>
        <translation>无法检测编码。请手动选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1.</source>
        <translation>按 %1 读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detected %1 with a byte order mark.</source>
        <translation>检测到带字节顺序标记（BOM）的 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected %1.</source>
        <translation>检测到 %1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Guessed %1 from the characters; the file is also valid %2. If the values below look wrong, choose %2.</source>
        <extracomment>%1 is the encoding chosen, %2 the other one, e.g. &quot;Big5&quot; and &quot;GB18030&quot;.</extracomment>
        <translation>根据字符推断为 %1；该文件按 %2 读取也有效。如果下方的值看起来不对，请选择 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file has no header row.</source>
        <translation>文件没有表头行。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a column for these required fields: %1.</source>
        <extracomment>%1 lists the fields, e.g. &quot;Customer code and Amount&quot;.</extracomment>
        <translation>请为以下必填字段选择列：%1。</translation>
    </message>
</context>
<context>
    <name>CsvImportPlan</name>
    <message>
        <location filename="../src/core/csvimportplan.cpp" line="+39"/>
        <source>Invalid mapping “%1”: write target=Source header, e.g. customer_code=客户编号.</source>
        <translation>映射“%1”无效：请按“字段=源表头”的格式填写，例如 customer_code=客户编号。</translation>
    </message>
</context>
<context>
    <name>CsvImportPreviewModel</name>
    <message>
        <location filename="../src/widgets/csvimportpreviewmodel.cpp" line="+65"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>CsvImportReport</name>
    <message>
        <location filename="../src/cli/csvimportreport.cpp" line="+25"/>
        <source>%1 with byte order mark</source>
        <translation>带 BOM 的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: %1 (as given by --encoding)</source>
        <translation>编码：%1（由 --encoding 指定）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encoding: %1 (guessed; --encoding %2 reads the file as %3 instead)</source>
        <extracomment>%2 and %3 name the other encoding, e.g. &quot;big5&quot; and &quot;Big5&quot;.</extracomment>
        <translation>编码：%1（推断；改用 --encoding %2 可按 %3 读取文件）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding: %1 (detected)</source>
        <translation>编码：%1（自动检测）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fields without a column: %1</source>
        <translation>无对应列的字段：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not imported: %1</source>
        <translation>未导入的列：%1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Added: %1, already present: %2, rejected: %3.</source>
        <translation>新增：%1，已存在：%2，已拒绝：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New: %1, already present: %2, rejected: %3.</source>
        <translation>待新增：%1，已存在：%2，已拒绝：%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bill lines added: %1</source>
        <translation>新增账单明细：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: already present: %2</source>
        <translation>第 %1 行：已存在：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: added as ID %2: %3</source>
        <translation>第 %1 行：已新增，ID 为 %2：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: would be added: %2</source>
        <translation>第 %1 行：将新增：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: valid, not written: %2</source>
        <translation>第 %1 行：有效，未写入：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2 Or acknowledge every possible duplicate of the file at once: run the command again with --acknowledge-duplicates NOTE, where NOTE says why they are not duplicates.</source>
        <translation>%1：%2 也可以一次确认文件中的所有疑似重复：加上 --acknowledge-duplicates NOTE 重新运行命令，NOTE 说明它们为何不是重复。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing new: every line is already in the database.</source>
        <translation>没有新数据：所有行都已在数据库中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import committed.</source>
        <translation>导入已提交。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was written. Correct the lines above, or map the columns with --mapping, and import the file again.</source>
        <translation>未写入任何数据。请更正上面列出的行，或用 --mapping 指定列映射，然后重新导入该文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check passed; nothing was written because of --dry-run. Run the command without --dry-run to import.</source>
        <translation>检查通过；由于指定了 --dry-run，未写入任何数据。去掉 --dry-run 再次运行命令即可导入。</translation>
    </message>
</context>
<context>
    <name>CsvImportResultPage</name>
    <message>
        <location filename="../ui/csvimportresultpage.ui" line="+6"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every record of the file is written in one transaction, or none is.</source>
        <translation>文件中的所有记录在同一个事务中写入：要么全部写入，要么全部不写入。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../src/widgets/csvimportresultpage.cpp" line="+216"/>
        <source>Added:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already present:</source>
        <translation>已存在：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rejected:</source>
        <translation>已拒绝：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Import Again</source>
        <translation>重新导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy List</source>
        <translation>复制列表(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save List…</source>
        <translation>保存列表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/csvimportresultpage.cpp" line="-155"/>
        <location line="+15"/>
        <source>Could not write “%1”: %2. Choose another folder.</source>
        <translation>无法写入“%1”：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Save the List</source>
        <translation>保存列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The import was canceled and rolled back, so nothing was imported. Import Again starts it once more.</source>
        <translation>导入已取消并回滚，未导入任何内容。点击“重新导入”可再次开始。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1 from “%2”.</source>
        <translation>已从“%2”导入 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The bills have %n line(s).</source>
        <translation>
            <numerusform>这些账单共有 %n 行明细。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n line(s) have problems, listed below. Fix the file and import it again.</source>
        <translation>
            <numerusform>有 %n 行存在问题（见下方列表）。请修正文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New, not imported:</source>
        <translation>待新增（未导入）：</translation>
    </message>
</context>
<context>
    <name>CsvImportSourcePage</name>
    <message>
        <location filename="../ui/csvimportsourcepage.ui" line="+6"/>
        <source>Choose the File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what the file contains and the CSV file to read. Nothing is written before the last step.</source>
        <translation>请选择文件内容类型和要读取的 CSV 文件。在最后一步之前不会写入任何数据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file contains</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ustomers</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bills</source>
        <translation>账单(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;harges</source>
        <translation>补费(&amp;H)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CSV &amp;file:</source>
        <translation>CSV 文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/csvimportsourcepage.cpp" line="+121"/>
        <source>Choose a CSV File</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file needs a column for each of these fields: %1. The header row may name them in English or Chinese.</source>
        <extracomment>%1 lists the required fields, e.g. &quot;Customer code and Company name&quot;.</extracomment>
        <translation>文件中须为以下每个字段各提供一列：%1。表头行可以使用英文或中文列名。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file “%1” does not exist. Check the name, or choose the file with Browse….</source>
        <translation>文件“%1”不存在。请检查文件名，或点击“浏览…”选择文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” is empty. A CSV file for the import starts with a row of column names.</source>
        <translation>文件“%1”为空。用于导入的 CSV 文件须以一行列名开头。</translation>
    </message>
</context>
<context>
    <name>CsvImportTexts</name>
    <message numerus="yes">
        <location filename="../src/widgets/csvimporttexts.cpp" line="+12"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n 张账单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n 笔补费</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing new: %1 already present.</source>
        <extracomment>%1 is a count of records, e.g. &quot;3 customers&quot;.</extracomment>
        <translation>没有新数据：%1已存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing customers from “%1”… This can take a while for a large file.</source>
        <translation>正在从“%1”导入客户… 文件较大时可能需要一些时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing bills from “%1”… This can take a while for a large file.</source>
        <translation>正在从“%1”导入账单… 文件较大时可能需要一些时间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing charges from “%1”… This can take a while for a large file.</source>
        <translation>正在从“%1”导入补费… 文件较大时可能需要一些时间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>待新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already present</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
</context>
<context>
    <name>CsvImportWizard</name>
    <message>
        <location filename="../src/widgets/csvimportwizard.cpp" line="+154"/>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../src/core/csvimporter.cpp" line="+99"/>
        <source>The file could not be checked because the database reported an error: %1. Nothing was written; try again.</source>
        <translation>数据库报错，无法检查该文件：%1。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The import could not start a transaction: %1. Nothing was written; try again.</source>
        <translation>导入无法开始事务：%1。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import failed because the database reported an error: %1. Nothing was written; try again.</source>
        <translation>数据库报错，导入失败：%1。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The import could not be committed: %1. Nothing was written; try again.</source>
        <translation>无法提交导入：%1。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The check was canceled before the end of the file, so it lists no problems. Nothing was written; check the file again to see its result.</source>
        <translation>检查在读完文件前被取消，因此未列出问题。未写入任何内容；请重新检查文件以查看结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was canceled and rolled back, so nothing was written. Import the file again to add its records.</source>
        <translation>导入已取消并回滚，未写入任何内容。请重新导入文件以添加其中的记录。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../src/core/csvreader.cpp" line="+57"/>
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
        <location line="+40"/>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>第 %1 行：文本不是有效的 UTF-8。</translation>
    </message>
</context>
<context>
    <name>CsvRowReader</name>
    <message>
        <location filename="../src/core/csvrowreader.cpp" line="+58"/>
        <source>%1 is empty. Enter a value in column “%2”.</source>
        <translation>%1为空。请在“%2”列中填写值。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 “%2” is not a valid date. Write it as YYYY-MM-DD, e.g. 2024-07-31; 2024/7/31 is accepted too.</source>
        <translation>%1“%2”不是有效的日期。请按 YYYY-MM-DD 格式填写，例如 2024-07-31；也接受 2024/7/31。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 “%2” is not a whole number from 1 to %3. Enter digits only, e.g. 3.</source>
        <translation>%1“%2”不是 1 到 %3 之间的整数。请只填写数字，例如 3。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 “%2” is not a percentage from 0 to 100 with at most two decimals. Enter e.g. 5 or 12.5 for 12.5 %.</source>
        <translation>%1“%2”不是 0 到 100 之间、最多两位小数的百分数。请填写 5 或 12.5（表示 12.5%）这样的数值。</translation>
    </message>
</context>
<context>
    <name>CustomerChargesPanel</name>
    <message>
        <location filename="../src/widgets/customerchargespanel.cpp" line="+238"/>
        <source>No Notice for Void Charges</source>
        <translation>已作废的补费不出具通知单</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Charge no. %1 is void, so it is not owed and gets no notice. Select a posted charge.</source>
        <translation>
            <numerusform>补费 %1 已作废，无需支付，因此不出具通知单。请选择已入账的补费。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
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
    <message>
        <location line="+2"/>
        <source>&amp;Record Payment…</source>
        <translation>登记回款(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a payment for the charge or bill selected last; for a bill, the payment settles its own lines.</source>
        <translation>为最后选中的费用或账单登记回款；如果选中的是账单，回款用于结清账单本身的明细。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print Charge Notice…</source>
        <translation>打印补费通知单(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a charge notice for each selected posted charge. Select several with Ctrl or Shift.</source>
        <translation>为所选的每笔已入账补费打印一份补费通知单。按住 Ctrl 或 Shift 可选择多笔。</translation>
    </message>
</context>
<context>
    <name>CustomerCheckModel</name>
    <message>
        <location filename="../src/models/customercheckmodel.cpp" line="+22"/>
        <source>%1  %2</source>
        <extracomment>A customer in a filter list: customer code, two spaces, company name.</extracomment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>CustomerComboBox</name>
    <message>
        <location filename="../src/widgets/customercombobox.cpp" line="+142"/>
        <source>%1 (%2)</source>
        <extracomment>A customer to choose: company name and customer code.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CustomerContactsTab</name>
    <message>
        <location filename="../src/widgets/customercontactstab.cpp" line="+82"/>
        <source>C&amp;ontacts</source>
        <translation>联系记录(&amp;O)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add Contact…</source>
        <translation>新增联系记录(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a call, message or visit with this customer</source>
        <translation>记录与该客户的一次电话、消息或拜访</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contacts could not be read: %1</source>
        <translation>无法读取联系记录：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts recorded yet.</source>
        <translation>尚无联系记录。</translation>
    </message>
</context>
<context>
    <name>CustomerCsvImporter</name>
    <message>
        <location filename="../src/core/customercsvimporter.cpp" line="+89"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer %1 is the same as on line %2.</source>
        <translation>客户 %1 与第 %2 行相同。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The customer code “%1” has %2 characters; at most %3 are allowed.</source>
        <translation>客户编号“%1”有 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The currency is empty. Enter a 3-letter code such as CNY or USD.</source>
        <translation>币种为空。请填写 3 个字母的币种代码，例如 CNY 或 USD。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The currency “%1” is unknown. Use one of %2.</source>
        <translation>币种“%1”未知。请使用以下币种之一：%2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer %1 is already present with the same values.</source>
        <translation>客户 %1 已存在，各项值相同。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer %1 exists with %2 “%3” in %4, but this line has “%5”. An import never changes a customer: correct the file, or edit the customer in the program.</source>
        <translation>客户 %1 在%4中的 %2 为“%3”，但本行为“%5”。导入不会修改已有客户：请更正文件，或在程序中编辑该客户。</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Customer %1 was not written: %2</source>
        <translation>客户 %1 未写入：%2</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Customer %1, %2.</source>
        <translation>客户 %1，%2。</translation>
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
        <location filename="../src/widgets/customerdetailpage.cpp" line="+140"/>
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
        <location line="+41"/>
        <source>Save the changes to the customer (%1)</source>
        <translation>保存对客户的更改（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop the changes and show the stored values again</source>
        <translation>放弃更改，重新显示已保存的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State&amp;ment…</source>
        <translation>对账单(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print or save this customer&apos;s statement for a period</source>
        <translation>打印或保存该客户某一期间的对账单</translation>
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
    <name>CustomerFilter</name>
    <message>
        <location filename="../src/widgets/customerfilter.cpp" line="+236"/>
        <source>Checked: %1</source>
        <extracomment>Under the customer filter: how many customers are checked, including those the current search hides.</extracomment>
        <translation>已勾选：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more</source>
        <translation>
            <numerusform>及另外 %n 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <location filename="../src/widgets/customerlistpage.cpp" line="+115"/>
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
        <location line="+21"/>
        <source>At least %Ln customer(s)</source>
        <translation>
            <numerusform>至少 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No match for “%1”</source>
        <translation>未找到“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPaymentsTab</name>
    <message>
        <location filename="../src/widgets/customerpaymentstab.cpp" line="+150"/>
        <source>Pa&amp;yments</source>
        <translation>回款(&amp;Y)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Bills and Charges</source>
        <translation>账单与费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installments of the Selected Charge</source>
        <translation>所选费用的分期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>回款记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record Payment…</source>
        <translation>登记回款(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a payment for the selected bill or charge; for a charge in installments, for the selected installment.</source>
        <translation>为所选账单或费用登记回款；分期支付的费用按所选的一期登记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Installment Plan…</source>
        <translation>回款计划(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the selected unpaid charge into installments that fall due monthly.</source>
        <translation>将所选未付费用拆分为按月到期的若干期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Plan…</source>
        <translation>取消计划(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the installment plan of the selected charge, giving a reason. Only a plan without payments can be cancelled.</source>
        <translation>填写原因后取消所选费用的回款计划。只有尚无回款的计划才能取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;verse Payment…</source>
        <translation>冲销回款(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse the selected posted payment, giving a reason. The payment stays on record.</source>
        <translation>填写原因后冲销所选的已入账回款。该回款记录仍会保留。</translation>
    </message>
</context>
<context>
    <name>CustomerSpendingTab</name>
    <message>
        <location filename="../src/widgets/customerspendingtab.cpp" line="+70"/>
        <source>Customer ID %1 not found.</source>
        <translation>未找到 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spen&amp;ding</source>
        <translation>消费分析(&amp;D)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save P&amp;NG…</source>
        <translation>保存 PNG(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the totals and charts of this tab as one image.</source>
        <translation>将本页的合计与图表保存为一张图片。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>spending_%1_%2_%3</source>
        <extracomment>File name of a customer&apos;s spending charts without extension; %1 is the customer code, %2 and %3 the first and last month as 2026-01. Use no characters that file names forbid (/  : * ? &quot; &lt; &gt; |).</extracomment>
        <translation>消费分析_%1_%2_%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Charts as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charts Not Saved</source>
        <translation>图表未保存</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../src/models/customertablemodel.cpp" line="+201"/>
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
    <name>DataGenerator</name>
    <message>
        <location filename="../src/core/datagenerator.cpp" line="+136"/>
        <source>The database already has customers (%1 of them). Generated data goes only into a database without customers: give a new database file or an empty PostgreSQL database.</source>
        <translation>数据库中已有客户（%1 个）。生成的数据只能写入没有客户的数据库：请指定新的数据库文件或空的 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The period is locked up to %1, but the generated charges start on %2. Generate into a database without a period lock.</source>
        <translation>关账日期为 %1，但生成的补费从 %2 开始。请生成到没有关账日期的数据库中。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database has no active fee type, charge reason or payment method, which every charge needs. Activate at least one of each.</source>
        <translation>数据库中没有启用的费用类型、补费原因或支付方式，而每笔补费都需要这些。请各至少启用一项。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Generating the data failed; nothing was written. %1</source>
        <translation>生成数据失败，未写入任何内容。%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The counts must be 1 to %1 customers, 0 to %2 bills and 0 to %3 charges, with a valid last day.</source>
        <translation>数量必须为 1 至 %1 个客户、0 至 %2 张账单和 0 至 %3 笔补费，并给出有效的最后一天。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/core/database.cpp" line="+97"/>
        <source>Could not create the folder “%1” for the database. Check that you may write there, or choose another file with --database.</source>
        <translation>无法为数据库创建文件夹“%1”。请检查是否有写入权限，或用 --database 选择其他文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not open the database “%1”: %2</source>
        <translation>无法打开数据库“%1”：%2</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+16"/>
        <source>Could not configure the database “%1”: %2. Check that you may write to the file and to its folder.</source>
        <translation>无法配置数据库“%1”：%2。请确认您对该文件及其所在文件夹有写入权限。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the database “%1”: %2. Check that it is a ChargeDesk database and that you may read and write the file and its folder, or choose another file with --database.</source>
        <translation>无法读取数据库“%1”：%2。请确认它是 ChargeDesk 数据库，且您对该文件及其所在文件夹有读写权限；或用 --database 选择其他文件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The PostgreSQL database “%1” holds tables that are not ChargeDesk&apos;s, or its schema version cannot be read. Give an empty database or a ChargeDesk database with --database.</source>
        <translation>PostgreSQL 数据库“%1”中含有不属于 ChargeDesk 的表，或无法读取其数据库结构版本。请用 --database 指定空数据库或 ChargeDesk 数据库。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “%1” is not a ChargeDesk database, or its schema version cannot be read. Choose another file with --database.</source>
        <translation>文件“%1”不是 ChargeDesk 数据库，或无法读取其数据库结构版本。请用 --database 选择其他文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database “%1” was written by a newer ChargeDesk (schema version %2; this program reads up to version %3). It has not been changed. Update ChargeDesk to open it.</source>
        <translation>数据库“%1”由更新版本的 ChargeDesk 写入（数据库结构版本 %2；本程序最高只能读取版本 %3）。该数据库未做任何更改。请升级 ChargeDesk 后再打开。</translation>
    </message>
</context>
<context>
    <name>DatabaseFault</name>
    <message>
        <location filename="../src/core/databasefault.cpp" line="+186"/>
        <source>The database server “%1” has run out of disk space. Ask its administrator to free space, then try again.</source>
        <translation>数据库服务器“%1”的磁盘空间已用完。请联系其管理员清理空间，然后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk that holds the database “%1” is full. Free space on that disk, then try again.</source>
        <translation>存放数据库“%1”的磁盘已满。请清理该磁盘的空间，然后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server “%1” accepts no changes at the moment (it is read-only). Ask its administrator, then try again.</source>
        <translation>数据库服务器“%1”目前不接受修改（处于只读状态）。请联系其管理员，然后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database “%1” cannot be changed, because the file or its folder is read-only or locked against changes. Allow writing to the file and its folder, or ask your administrator, then try again.</source>
        <translation>数据库“%1”无法修改，因为文件或其所在文件夹是只读的或被锁定禁止修改。请允许写入该文件和文件夹，或联系管理员，然后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database “%1” is locked by another program, such as a second ChargeDesk, a backup or a database tool, and it stayed locked too long. Wait until that program finishes or close it, then try again.</source>
        <translation>数据库“%1”被其他程序（例如另一个补费台、备份程序或数据库工具）锁定，且锁定时间过长。请等该程序完成或将其关闭，然后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading or writing the database “%1” failed. The disk may be full, removed or failing, or another program may have changed or locked the file against changes. Check the disk and the file, then try again; ChargeDesk opens the database again before it saves.</source>
        <translation>读写数据库“%1”失败。磁盘可能已满、已被移除或出现故障，也可能有其他程序改动了该文件或将其锁定禁止修改。请检查磁盘和文件，然后重试；补费台会在保存前重新打开数据库。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database “%1” cannot be opened: the file or its folder is missing or cannot be accessed. Check that the disk is connected and that you may read and write the folder, then try again.</source>
        <translation>无法打开数据库“%1”：文件或其所在文件夹不存在或无法访问。请确认磁盘已连接且您有该文件夹的读写权限，然后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database “%1” is damaged. Stop entering data, keep a copy of the file and ask your administrator to restore the latest backup.</source>
        <translation>数据库“%1”已损坏。请停止录入数据，保留该文件的副本，并请管理员恢复最近的备份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the database server “%1” was lost. Check that the server is running and reachable, then try again; ChargeDesk connects again before it saves.</source>
        <translation>与数据库服务器“%1”的连接已断开。请确认服务器正在运行且可以连接，然后重试；补费台会在保存前重新连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database “%1” refused the change for the login “%2”: its database role lacks the right. Ask a ChargeDesk administrator to check your role under Settings › Users and Roles, or a database administrator to check the login&apos;s grants.</source>
        <translation>数据库“%1”拒绝了登录名“%2”的修改：其数据库角色没有该权限。请让补费台管理员在“设置 › 用户和角色”中检查您的角色，或让数据库管理员检查该登录名的授权。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2</source>
        <extracomment>The outcome of the action, then the cause and what to do, both full sentences.</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <location filename="../src/core/databaselocation.cpp" line="+24"/>
        <source>The database URL “%1” contains a password. Remove it from the URL and put it in the PGPASSWORD environment variable or in the file ~/.pgpass, where PostgreSQL reads it.</source>
        <translation>数据库 URL“%1”中含有密码。请将密码从 URL 中删除，改为放在环境变量 PGPASSWORD 或文件 ~/.pgpass 中，PostgreSQL 会从那里读取。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database location is empty. Give the path of a database file or a URL such as postgresql://user@host:5432/chargedesk.</source>
        <translation>数据库位置为空。请指定数据库文件的路径，或 postgresql://user@host:5432/chargedesk 这样的 URL。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database URL “%1” is not valid: %2. Write it as postgresql://user@host:port/database.</source>
        <translation>数据库 URL“%1”无效：%2。请写成 postgresql://user@host:port/database 的形式。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database URL “%1” names no database. Add its name after the host, as in postgresql://user@host:5432/chargedesk.</source>
        <translation>数据库 URL“%1”未指定数据库。请在主机之后加上数据库名称，例如 postgresql://user@host:5432/chargedesk。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection option “%1=%2” in the database URL “%3” is not valid. Use libpq option names such as sslmode, with values without spaces or quotes.</source>
        <translation>数据库 URL“%3”中的连接选项“%1=%2”无效。请使用 sslmode 等 libpq 选项名，选项值中不要含空格或引号。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the local Unix socket</source>
        <translation>本机 Unix 套接字</translation>
    </message>
</context>
<context>
    <name>DatabaseRoleMigration</name>
    <message>
        <location filename="../src/core/databaserolemigration.cpp" line="+58"/>
        <source>the migrating account was not found among the roles</source>
        <translation>在角色中找不到执行迁移的账户</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>ChargeDesk gives each of its roles a PostgreSQL role in this database, but the account “%1” may not create or grant roles. Ask a PostgreSQL administrator to run
%2
or to give “%1” the CREATEROLE attribute, then open the database again. Nothing was changed.</source>
        <translation>补费台为它的每个角色在此数据库中设置一个 PostgreSQL 角色，但账户“%1”无权创建或授予角色。请让 PostgreSQL 管理员执行
%2
或为“%1”授予 CREATEROLE 属性，然后重新打开数据库。未做任何修改。</translation>
    </message>
</context>
<context>
    <name>DatabaseRoles</name>
    <message>
        <location filename="../src/core/databaseroles.cpp" line="+49"/>
        <source>the login of the connection was not found</source>
        <translation>找不到该连接的登录名</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the table database_roles names no role for %1</source>
        <translation>表 database_roles 中没有 %1 的角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the table database_roles holds the invalid role name “%1”</source>
        <translation>表 database_roles 中含有无效的角色名“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the login “%1” cannot be named in a grant</source>
        <translation>登录名“%1”无法用于授权语句</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../src/core/duplicatefinder.cpp" line="+132"/>
        <source>on the account, without a bill</source>
        <translation>记入客户账户，未关联账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on bill %1</source>
        <translation>记入账单 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge %1: %2 %3 %4, due %5, entered by %6 and waiting for approval.</source>
        <translation>补费 %1：%2 %3，%4，支付日期 %5，录入人 %6，正在等待审批。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge %1: %2 %3 %4, due %5, entered by %6.</source>
        <translation>补费 %1：%2 %3，%4，支付日期 %5，录入人 %6。</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>ExportCsvCommand</name>
    <message>
        <location filename="../src/cli/exportcsvcommand.cpp" line="+26"/>
        <source>Export customers, bills or charges as CSV for spreadsheets and the CSV import.</source>
        <translation>将客户、账单或补费导出为 CSV，供电子表格使用，也可用于 CSV 导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KIND is customers, bills or charges. The header row holds these column names, the same in every language: customers: %1. bills, one row per bill line: %2. charges, void ones included: %3.</source>
        <translation>KIND 为 customers、bills 或 charges。表头行使用以下列名，在所有语言下都相同：customers：%1。bills（每条账单明细一行）：%2。charges（包括已作废的补费）：%3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CSV is UTF-8 and RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or line breaks in double quotes), with codes instead of labels, amounts in major units with &apos;.&apos; and no grouping (1234.50), discounts in percent (2.5), dates as YYYY-MM-DD and timestamps in UTC ISO 8601. A text field that starts with =, +, -, @, a tab, a carriage return or an apostrophe gets one more apostrophe in front, so that a spreadsheet shows it as text instead of running it as a formula. The CSV import removes it again. Numbers and dates are never changed.</source>
        <translation>CSV 文件采用 UTF-8 编码并符合 RFC 4180（以逗号分隔，行尾为 CRLF，含逗号、引号或换行的字段用双引号括起），使用代码而非名称；金额以主单位表示，用“.”作小数点，不带千位分隔符（1234.50）；折扣以百分数表示（2.5）；日期格式为 YYYY-MM-DD，时间戳为 UTC 的 ISO 8601 格式。以 =、+、-、@、制表符、回车符或撇号开头的文本字段，前面会再加一个撇号，使电子表格将其显示为文本，而不是当作公式执行。CSV 导入时会去掉该撇号。数字和日期从不改动。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The output starts with a UTF-8 byte order mark, on standard output too, so that Excel reads Chinese text correctly from a file made with “&gt; FILE”. --no-bom leaves it out on standard output, for programs that do not expect it. With --output the rows go to a temporary file that replaces FILE only when the export is complete, so a failed export leaves FILE as it was and creates no partial file. The command then prints the number of rows written.</source>
        <translation>输出以 UTF-8 字节顺序标记（BOM）开头，输出到标准输出时也是如此，这样 Excel 打开用“&gt; FILE”生成的文件时能正确显示中文。对于不支持 BOM 的程序，可用 --no-bom 在标准输出中省略 BOM。使用 --output 时，各行先写入临时文件，导出完成后才替换 FILE；因此导出失败时 FILE 保持原样，也不会留下不完整的文件。命令随后输出写入的行数。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What to export: customers, bills or charges.</source>
        <translation>导出内容：customers、bills 或 charges。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the CSV to FILE instead of standard output.</source>
        <translation>将 CSV 写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export only this customer&apos;s rows, e.g. ALFKI. Repeat the option for more customers.</source>
        <translation>只导出该客户的行，例如 ALFKI。如需导出多个客户，请重复此选项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day of the period as YYYY-MM-DD: bills by issue date, charges by the day --date-basis names.</source>
        <translation>期间的第一天，格式为 YYYY-MM-DD：账单按开具日期筛选，补费按 --date-basis 指定的日期筛选。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day of the period as YYYY-MM-DD, included.</source>
        <translation>期间的最后一天（含当日），格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which day of a charge --from and --to compare: due (the due date, the default) or entry (the day it was entered, in local time).</source>
        <translation>--from 和 --to 比较补费的哪个日期：due（支付日期，默认）或 entry（录入日期，按本地时间）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out the byte order mark on standard output.</source>
        <translation>输出到标准输出时省略字节顺序标记（BOM）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid KIND “%1”: use customers, bills or charges.</source>
        <translation>KIND “%1”无效：请使用 customers、bills 或 charges。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--no-bom applies only to standard output, because a file written with --output always starts with a byte order mark. Leave it out.</source>
        <translation>--no-bom 只适用于标准输出，因为用 --output 写入的文件总是以 BOM 开头。请去掉此选项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid --output “%1”: give the path of a file, e.g. charges.csv.</source>
        <translation>--output “%1”无效：请给出文件路径，例如 charges.csv。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder “%1” of --output not found. Create it or give another path.</source>
        <translation>未找到 --output 所在的文件夹“%1”。请创建该文件夹，或给出其他路径。</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n row(s) written to “%1”.</source>
        <translation>
            <numerusform>已向“%1”写入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--from and --to apply only to bills and charges, because customers have no date. Leave them out.</source>
        <translation>--from 和 --to 只适用于 bills 和 charges，因为客户没有日期。请去掉这两个选项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--date-basis applies only to charges, because bills are filtered by issue date. Leave it out.</source>
        <translation>--date-basis 只适用于 charges，因为账单按开具日期筛选。请去掉此选项。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid --from “%1”: use a calendar date as YYYY-MM-DD, e.g. 2024-07-01.</source>
        <translation>--from “%1”无效：请使用 YYYY-MM-DD 格式的日历日期，例如 2024-07-01。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid --to “%1”: use a calendar date as YYYY-MM-DD, e.g. 2024-07-31.</source>
        <translation>--to “%1”无效：请使用 YYYY-MM-DD 格式的日历日期，例如 2024-07-31。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid period: --from %1 is after --to %2. Swap the dates.</source>
        <translation>期间无效：--from %1 晚于 --to %2。请交换这两个日期。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid --date-basis “%1”: use due or entry.</source>
        <translation>--date-basis “%1”无效：请使用 due 或 entry。</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="+26"/>
        <source>Fill an empty database with realistic customers, bills and charges for benchmarks, the same for the same seed.</source>
        <translation>向空数据库写入逼真的客户、账单和补费，用于性能测试；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Half of the customers have Chinese company and contact names, addresses in Chinese cities and Chinese telephone numbers, and pay in CNY (a few in HKD or TWD). The other half are shaped like the Northwind sample customers and pay in USD, EUR, GBP or JPY. Bills carry Northwind products and freight. Charges use the active fee types, reasons and payment methods, with amounts that depend on the fee type, over the %1 years that end on --end-date. A few customers have many bills and charges and most have a few; from 2,000 charges on, one customer has at least 1,000. About 3.5 % of the charges are voided with a reason. With --payments, most bills and charges due before the last two weeks are paid around their due date, some in part.</source>
        <translation>一半客户使用中文公司名和联系人、中国城市地址和中国电话号码，以人民币（CNY）结算（少数为 HKD 或 TWD）。另一半仿照 Northwind 示例客户，以 USD、EUR、GBP 或 JPY 结算。账单包含 Northwind 商品和运费。补费使用当前启用的费用类型、原因和支付方式，金额取决于费用类型，分布在截至 --end-date 的 %1 年内。少数客户有大量账单和补费，多数客户只有几笔；补费达到 2,000 笔及以上时，至少有一位客户拥有 1,000 笔以上。约 3.5% 的补费附原因作废。使用 --payments 时，在最后两周之前到期的账单和补费大多在到期日前后回款，部分为部分付款。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The same counts, seed and end date give the same rows, byte for byte, because nothing is taken from the clock. Every charge and payment gets the audit records and stored totals that add-charge, void-charge and record-payment would write, so verify finds no mismatch. Everything is written in one transaction: after an error nothing is written. On PostgreSQL, ANALYZE then updates the planner statistics.</source>
        <translation>由于不读取系统时钟，相同的数量、种子和截止日期生成逐字节相同的数据行。每笔补费和回款都带有 add-charge、void-charge 和 record-payment 本会写入的审计记录和存储合计，因此 verify 不会发现不一致。全部数据在一个事务中写入：出错时不写入任何内容。在 PostgreSQL 上，随后运行 ANALYZE 更新查询规划器的统计信息。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database must have no customers yet; generate into a new database file or an empty PostgreSQL database. Progress goes to standard error every few seconds, and the counts and the time taken to standard output.</source>
        <translation>数据库中必须还没有客户；请生成到新的数据库文件或空的 PostgreSQL 数据库中。每隔几秒在标准错误输出进度，数量和耗时输出到标准输出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of customers, 1 to %1.</source>
        <translation>客户数，1 至 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of bills, 0 to %1. Customers without bills are charged on their account.</source>
        <translation>账单数，0 至 %1。没有账单的客户，补费记在客户账户上。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of charges, 0 to %1.</source>
        <translation>补费笔数，0 至 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the random choices, a whole number from 0 to 4294967295. The same seed gives the same data.</source>
        <translation>随机选择的种子，0 至 4294967295 的整数。相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also pay most bills and charges due before the last two weeks, in full or in part. This doubles the audit records and takes about 2.5 times as long.</source>
        <translation>同时为最后两周之前到期的大多数账单和补费登记全额或部分回款。审计记录数量翻倍，耗时约为 2.5 倍。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day of the generated period, as YYYY-MM-DD, not after today. Default: %1.</source>
        <translation>所生成期间的最后一天，格式为 YYYY-MM-DD，不得晚于今天。默认：%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid --%1 “%2”: give a whole number from %3 to %4.</source>
        <translation>--%1 “%2”无效：请输入 %3 至 %4 之间的整数。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Invalid --end-date “%1”: give a date as YYYY-MM-DD, not after today.</source>
        <translation>--end-date “%1”无效：请输入 YYYY-MM-DD 格式、不晚于今天的日期。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 s: %2 of %3 customers, %4 of %5 bills, %6 of %7 charges written…</source>
        <translation>%1 秒：已写入客户 %2/%3、账单 %4/%5、补费 %6/%7…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Generated %1 customers, %2 bills with %3 lines, %4 charges (%5 voided, %6 pending) and %7 payments with %8 audit records in %9 s.</source>
        <translation>已生成 %1 个客户、%2 张账单（共 %3 行明细）、%4 笔补费（%5 笔已作废，%6 笔待审批）和 %7 笔回款，以及 %8 条审计记录，耗时 %9 秒。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The data was written, but updating the planner statistics failed: %1. Searches may be slow until ANALYZE runs on the database.</source>
        <translation>数据已写入，但更新查询规划器统计信息失败：%1。在数据库上运行 ANALYZE 之前，搜索可能较慢。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer %1 has the most charges: %2.</source>
        <translation>补费最多的客户是 %1：%2 笔。</translation>
    </message>
</context>
<context>
    <name>GeneratedDataWriter</name>
    <message>
        <location filename="../src/core/generateddatawriter.cpp" line="+158"/>
        <source>could not advance the id sequence of %1: %2</source>
        <translation>无法推进 %1 的 id 序列：%2</translation>
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
        <source>Enters supplementary charges (补费), payments (回款) and installment plans, and shows customers, bills and charges in the ChargeDesk database, with the same checks as the ChargeDesk window.</source>
        <translation>在补费台数据库中录入补费、回款和回款计划，并显示客户、账单和补费，检查规则与补费台窗口相同。</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>rejected: invalid value, exact duplicate, possible duplicate without --acknowledge-duplicate (add-charge) or --acknowledge-duplicates (import-csv), payment that looks identical to a recorded one without --acknowledge-duplicate (record-payment), bill of another customer, charge void already, payment larger than the open amount, payment reversed already, sample data that cannot be imported</source>
        <translation>已拒绝：值无效，完全相同的重复，疑似重复但未给出 --acknowledge-duplicate（add-charge）或 --acknowledge-duplicates（import-csv），与已登记回款看似相同但未给出 --acknowledge-duplicate（record-payment），账单属于其他客户，补费已作废，回款超过未结金额，回款已冲销，示例数据无法导入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not found: unknown customer, bill, charge, payment, installment or folder, or no report font</source>
        <translation>未找到：客户、账单、补费、回款、分期或文件夹不存在，或没有报表字体</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database error: the file cannot be opened, its schema is newer than this program, or a read or write failed</source>
        <translation>数据库错误：文件无法打开、其数据库结构版本比本程序新，或读写失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mismatch (verify): the audit chain is broken, a charge or payment differs from its audit records, or a stored total differs from its rows</source>
        <translation>不一致（verify）：审计链断裂、某笔补费或回款与其审计记录不符，或某个存储的合计与其明细不符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit status:</source>
        <translation>退出状态：</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message>
        <location filename="../src/cli/importcsvcommand.cpp" line="+28"/>
        <source>Check and import customers, bills or charges from a CSV file.</source>
        <translation>检查 CSV 文件并从中导入客户、账单或补费。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>KIND is customers, bills or charges. The fields of each kind, required ones marked *: customers: %1. bills, one row per bill line, the rows of one bill_no forming one bill: %2. charges: %3.</source>
        <translation>KIND 为 customers、bills 或 charges。各类数据的字段如下（必填字段标有 *）：customers：%1。bills（每条账单明细一行，bill_no 相同的各行组成一张账单）：%2。charges：%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns are matched to fields by their header: the field names, the column names of export-csv and common Chinese headers in simplified or traditional characters such as “客户编号”, “公司名称”, “金额”, “費用類型” and “付款期限”. --mapping field=Header maps a column by hand; field= leaves a field out.</source>
        <translation>按表头将列对应到字段：可识别字段名、export-csv 的列名以及常见的简体或繁体中文表头，例如“客户编号”“公司名称”“金额”“費用類型”和“付款期限”。--mapping 字段=表头 可手动指定对应关系；字段= 表示不导入该字段。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is read as UTF-8 (with or without a byte order mark) or, when it is not valid UTF-8, as GB18030 (GBK), which Excel uses for CSV on Simplified Chinese Windows, or Big5, which Excel uses on Traditional Chinese Windows. When the bytes are valid in both, the encoding whose reading gives more frequently used Chinese characters is chosen, and the output says it was guessed. --encoding sets the encoding instead.</source>
        <translation>文件按 UTF-8（带或不带字节顺序标记）读取；不是有效的 UTF-8 时，按 GB18030（GBK，简体中文 Windows 上的 Excel 保存 CSV 所用编码）或 Big5（繁体中文 Windows 上的 Excel 所用编码）读取。两种编码都有效时，选用读出常用汉字较多的一种，并在输出中注明为推断。--encoding 可直接指定编码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates are YYYY-MM-DD; YYYY/M/D is accepted too. Amounts are in the customer&apos;s currency with &apos;.&apos; as the decimal point. Fee types, reasons and payment methods may be codes or labels in any language. Charges are checked and written by the same rules as add-charge; a charge with status void is written and then voided with its void_reason.</source>
        <translation>日期格式为 YYYY-MM-DD，也接受 YYYY/M/D。金额以客户币种表示，用“.”作小数点。费用类型、补费原因和支付方式可以是代码，也可以是任一语言的名称。补费按与 add-charge 相同的规则检查和写入；状态为 void 的补费先写入，再按其 void_reason 作废。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every line is checked first, and every problem is printed to standard error with its line number. When any line has a problem, nothing from the file is written. Otherwise everything is written in one transaction. Customers and bills that exist with the same values, and charges imported before (same request_key, or the same row of the same file), count as already present, so importing a file twice adds nothing. Exit status 0 when the file imported, 2 when a line or the file has a problem, 3 when FILE does not exist, 4 when the database failed.</source>
        <translation>先逐行检查，所有问题连同行号一起输出到标准错误。只要有任何一行存在问题，文件中的数据一律不写入；否则在同一个事务中全部写入。各项值相同的已有客户和账单，以及之前导入过的补费（request_key 相同，或为同一文件的同一行），都计为已存在，因此同一文件导入两次不会新增数据。退出状态：导入成功为 0，某行或文件有问题为 2，FILE 不存在为 3，数据库出错为 4。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the file holds: customers, bills or charges.</source>
        <translation>文件内容：customers、bills 或 charges。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to import.</source>
        <translation>要导入的 CSV 文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take FIELD from the column named HEADER, e.g. customer_code=客户编号. Repeat the option, or separate several with commas.</source>
        <translation>从表头为 HEADER 的列读取字段 FIELD，例如 customer_code=客户编号。可重复此选项，或用逗号分隔多个映射。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text encoding of FILE: auto (the default), utf-8, gb18030 or big5.</source>
        <translation>FILE 的文本编码：auto（默认）、utf-8、gb18030 或 big5。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Invalid --encoding “%1”: use auto, utf-8, gb18030 or big5.</source>
        <translation>--encoding 的值“%1”无效：请使用 auto、utf-8、gb18030 或 big5。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Check every line and print what would be imported, without writing anything.</source>
        <translation>逐行检查并输出将要导入的内容，不写入任何数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charges only: note saying why charges with possible duplicates are not duplicates, for lines whose duplicate_acknowledgement field is empty; at most %1 characters, kept in the audit log.</source>
        <translation>仅适用于补费：对 duplicate_acknowledgement 字段为空的行，说明存在疑似重复的补费为什么不是重复费用；最多 %1 个字符，记入审计日志。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid KIND “%1”: use customers, bills or charges.</source>
        <translation>KIND “%1”无效：请使用 customers、bills 或 charges。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--acknowledge-duplicates applies only to charges. Leave it out.</source>
        <translation>--acknowledge-duplicates 只适用于 charges。请去掉此选项。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a folder, not a file. Give the path of a CSV file.</source>
        <translation>“%1”是文件夹，不是文件。请给出 CSV 文件的路径。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File “%1” not found. Give the path of a CSV file.</source>
        <translation>未找到文件“%1”。请给出 CSV 文件的路径。</translation>
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
    <name>InstallmentDraftModel</name>
    <message>
        <location filename="../src/models/installmentdraftmodel.cpp" line="+174"/>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due Date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>InstallmentListModel</name>
    <message>
        <location filename="../src/models/installmentlistmodel.cpp" line="+84"/>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>InstallmentPlanConfirmDialog</name>
    <message>
        <location filename="../src/widgets/installmentplanconfirmdialog.cpp" line="+35"/>
        <source>Go back to edit the plan.</source>
        <translation>请返回修改回款计划。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Confirm Installment Plan</source>
        <translation>确认回款计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the installment plan below. Nothing has been saved yet: Confirm and Submit saves it, Back to Edit returns to the plan.</source>
        <translation>请核对以下回款计划。目前尚未保存：点击“确认提交”保存该计划，点击“返回修改”回到计划。</translation>
    </message>
</context>
<context>
    <name>InstallmentPlanDialog</name>
    <message>
        <location filename="../ui/installmentplandialog.ui" line="+14"/>
        <source>Installment Plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charge:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schedule</source>
        <translation>分期安排</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Number of installments:</source>
        <translation>分期数(&amp;N)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;First due date:</source>
        <translation>首期到期日(&amp;F)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Split Evenly</source>
        <translation>平均分配(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set equal amounts and monthly due dates again; the last installment takes the remainder.</source>
        <translation>重新按等额和按月到期日分配；余数计入最后一期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The installments fall due monthly from the first due date. Double-click a date or an amount to change it.</source>
        <translation>各期自首期到期日起按月到期。双击日期或金额可以修改。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Review…</source>
        <translation>下一步(&amp;R)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/widgets/installmentplandialog.cpp" line="+134"/>
        <source>No posted charge with id %1 was found.</source>
        <translation>未找到编号为 %1 的已入账费用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, due %2</source>
        <extracomment>The charge&apos;s amount (%1) and its due date (%2).</extracomment>
        <translation>%1，%2 到期</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>The amount %1 cannot be split into %n installment(s) of at least one minor unit each. Choose fewer installments.</source>
        <translation>
            <numerusform>金额 %1 无法拆分为 %n 期（每期至少一个最小货币单位）。请减少分期数。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sum of the installments: %1. Charge amount: %2. Difference: %3.</source>
        <extracomment>The sum of the installments, the charge amount and their difference.</extracomment>
        <translation>各期合计：%1。费用金额：%2。差额：%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the amounts so that the difference is zero.</source>
        <translation>请修改金额，使差额为零。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sum of the installments: not available, because an amount is invalid. Correct the amount shown in red.</source>
        <translation>各期合计：无法计算，因为有金额无效。请更正以红色显示的金额。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load the charge: %1</source>
        <translation>无法加载该费用：%1</translation>
    </message>
</context>
<context>
    <name>InstallmentPlanValidator</name>
    <message>
        <location filename="../src/core/installmentplanvalidator.cpp" line="+26"/>
        <source>The request key “%1” is invalid: it must have 8 to 100 characters.</source>
        <translation>请求编号“%1”无效：长度必须为 8 到 100 个字符。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A plan has %1 to %2 installments, not %3. Change the number of installments.</source>
        <translation>回款计划须分 %1 至 %2 期，不能是 %3 期。请修改分期数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No charge is selected. Choose the charge to pay in installments.</source>
        <translation>未选择补费。请选择要分期支付的补费。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charge %1 does not exist. Check the charge number.</source>
        <translation>补费 %1 不存在。请检查补费编号。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge %1 is void, so it cannot be paid in installments.</source>
        <translation>补费 %1 已作废，不能分期支付。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charge %1 waits for approval, so it cannot be paid in installments until a finance user approves it.</source>
        <translation>补费 %1 正在等待审批，在财务人员审批之前不能分期支付。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1 was rejected, so it cannot be paid in installments.</source>
        <translation>补费 %1 已被驳回，不能分期支付。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of charge %2 is paid already. A plan can only be made while nothing is paid on the charge; reverse the payments first.</source>
        <translation>补费 %2 已回款 %1。只有在补费尚未收到任何回款时才能制定回款计划；请先冲销这些回款。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charge %1 already has installment plan %2. Cancel that plan first to make a new one.</source>
        <translation>补费 %1 已有回款计划 %2。请先取消该计划，再制定新计划。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Installment %1 has no amount in %2, the currency of charge %3. Enter an amount.</source>
        <translation>第 %1 期没有以 %2（补费 %3 的币种）表示的金额。请填写金额。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installment %1 has the amount %2. Each installment must be more than zero.</source>
        <translation>第 %1 期的金额为 %2。每期金额都必须大于零。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The installments add up to %1, which is %2 less than the %3 of charge %4. Change the amounts so that they add up to %3 exactly.</source>
        <translation>各期合计 %1，比补费 %4 的 %3 少 %2。请修改金额，使合计正好等于 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installments add up to %1, which is %2 more than the %3 of charge %4. Change the amounts so that they add up to %3 exactly.</source>
        <translation>各期合计 %1，比补费 %4 的 %3 多 %2。请修改金额，使合计正好等于 %3。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Installment %1 has no valid due date. Enter a date.</source>
        <translation>第 %1 期没有有效的到期日。请填写日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installment %1 is due on %2, before charge %3 was entered on %4. Choose a later date.</source>
        <translation>第 %1 期的到期日 %2 早于补费 %3 的录入日期 %4。请选择更晚的日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installment %1 is due on %2, more than %3 years ahead. Check the year.</source>
        <translation>第 %1 期的到期日为 %2，超过今后 %3 年。请检查年份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installment %1 is due on %2, not after installment %3 on %4. Each installment must fall due after the one before.</source>
        <translation>第 %1 期的到期日 %2 不晚于第 %3 期的到期日 %4。每一期的到期日都必须晚于前一期。</translation>
    </message>
</context>
<context>
    <name>InstallmentService</name>
    <message>
        <location filename="../src/core/installmentservice.cpp" line="+75"/>
        <source>The plan could not be checked because the database reported an error: %1. Try again.</source>
        <translation>数据库报错，无法检查回款计划：%1。请重试。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Charge %1 (%2, %3) will be paid in %4 installments:</source>
        <translation>补费 %1（%2，%3）将分 %4 期支付：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2 due %3</source>
        <extracomment>One line of an installment plan: number, amount and due date.</extracomment>
        <translation>第 %1 期：%2，%3 到期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each installment is paid on its own, and reminders follow the installments&apos; due dates instead of the charge&apos;s due date %1.</source>
        <translation>每期单独回款，提醒按各期的到期日进行，而不再按补费本身的到期日（%1）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The plan was not saved: the database could not start a transaction (%1). Nothing was written; try again.</source>
        <translation>回款计划未保存：数据库无法开始事务（%1）。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+32"/>
        <source>The plan was not saved: %1. Nothing was written; try again.</source>
        <translation>回款计划未保存：%1。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The request key %1 was already used for installment plan %2 with other values. Start a new plan.</source>
        <translation>请求编号 %1 已用于回款计划 %2，但各项值不同。请新建回款计划。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Enter the reason for cancelling installment plan %1.</source>
        <translation>请填写取消回款计划 %1 的原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cancel reason has %1 characters; at most %2 are allowed.</source>
        <translation>取消原因有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installment plan %1 was not cancelled: the database could not start a transaction (%2). Try again.</source>
        <translation>回款计划 %1 未取消：数据库无法开始事务（%2）。请重试。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>Installment plan %1 was not cancelled: %2</source>
        <translation>回款计划 %1 未取消：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installment plan %1 was not cancelled: %2. Nothing was changed; try again.</source>
        <translation>回款计划 %1 未取消：%2。未做任何更改，请重试。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Installment plan %1 does not exist. Check the plan number.</source>
        <translation>回款计划 %1 不存在。请检查计划编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment plan %1 is already cancelled: cancelled by %2 on %3.</source>
        <translation>回款计划 %1 已经取消：由 %2 于 %3 取消。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installment %1 of plan %2 has payments of %3. Reverse them before cancelling the plan.</source>
        <translation>回款计划 %2 的第 %1 期已有 %3 的回款。请先冲销这些回款，再取消该计划。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>installment plan %1 is no longer active</source>
        <translation>回款计划 %1 已不再生效</translation>
    </message>
</context>
<context>
    <name>IntegrityCheckDialog</name>
    <message>
        <location filename="../src/widgets/integritycheckdialog.cpp" line="+127"/>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checked at %1.</source>
        <translation>%1 检查完毕。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check was canceled before it finished; press Check Again to run it.</source>
        <translation>检查在完成前已取消；请按“重新检查”再次运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check failed: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save Mismatches as CSV</source>
        <translation>将不一致项保存为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Check Data Integrity</source>
        <translation>数据一致性检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that no audit record was changed or deleted, that every charge and payment still has the values of its audit records, and that the stored balances and totals add up to their rows. The check only reads.</source>
        <translation>检查审计记录是否被修改或删除、每笔补费和回款是否仍与其审计记录中的值一致，以及存储的余额和合计是否与明细相符。检查只读取数据，不做任何修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the check again on the database as it is now.</source>
        <translation>按数据库的当前状态重新运行检查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;CSV…</source>
        <translation>保存 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the mismatches as a CSV file for a spreadsheet.</source>
        <translation>将不一致项保存为可用电子表格打开的 CSV 文件。</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <location filename="../src/core/integritychecker.cpp" line="+77"/>
        <source>Could not count the rows of %1: %2</source>
        <translation>无法统计 %1 的行数：%2</translation>
    </message>
</context>
<context>
    <name>IntegrityMismatch</name>
    <message>
        <location filename="../src/core/integritymismatch.cpp" line="+11"/>
        <source>its posted payments add up to %1</source>
        <translation>其已入账回款合计为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its bill lines add up to %1</source>
        <translation>其账单明细合计为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its posted charges add up to %1</source>
        <translation>其已入账补费合计为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the posted payments on it add up to %1</source>
        <translation>该账单上的已入账回款合计为 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its bill lines and posted charges less its posted payments come to %1</source>
        <translation>其账单明细与已入账补费之和减去已入账回款为 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Audit record changed</source>
        <translation>审计记录被修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit chain broken</source>
        <translation>审计链断裂</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit chain end changed</source>
        <translation>审计链末端被改动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit record missing</source>
        <translation>缺少审计记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra audit record</source>
        <translation>多余的审计记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differs from audit record</source>
        <translation>与审计记录不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row deleted</source>
        <translation>记录已被删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored total wrong</source>
        <translation>存储的合计有误</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer %1 (%2)</source>
        <translation>客户 %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bill %1 (%2)</source>
        <translation>账单 %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit record %1</source>
        <translation>审计记录 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge %1</source>
        <translation>补费 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment %1</source>
        <translation>回款 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bill %1</source>
        <translation>账单 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment %1</source>
        <translation>分期 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit chain head</source>
        <translation>审计链头</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was changed after it was written: its stored hash is %2, but its content hashes to %3.</source>
        <translation>%1 在写入后被修改：其存储的哈希为 %2，但按其内容计算的哈希为 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is the first audit record but links to %2 instead of the genesis hash %3: records before it were deleted.</source>
        <translation>%1 是第一条审计记录，却链接到 %2，而不是初始哈希 %3：它之前的记录已被删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 links to %2, but the record before it is audit record %3 with the hash %4: audit record %5 was deleted.</source>
        <translation>%1 链接到 %2，但它前面的记录是哈希为 %4 的审计记录 %3：审计记录 %5 已被删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 links to %2, but the record before it is audit record %3 with the hash %4: audit records %5 to %6 were deleted.</source>
        <translation>%1 链接到 %2，但它前面的记录是哈希为 %4 的审计记录 %3：审计记录 %5 至 %6 已被删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 links to %2, but the record before it, audit record %3, has the hash %4: a record between them was deleted, or audit record %3 was replaced.</source>
        <translation>%1 链接到 %2，但它前面的审计记录 %3 的哈希为 %4：两者之间的记录已被删除，或审计记录 %3 已被替换。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit chain head stores %1 %2, but the last audit record gives %3: records at the end of the log were deleted, or the head was changed.</source>
        <translation>审计链头存储的 %1 为 %2，但最后一条审计记录给出的是 %3：日志末尾的记录已被删除，或链头已被改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no “%2” audit record: the row was written or changed outside ChargeDesk.</source>
        <translation>%1 没有“%2”审计记录：该记录是在补费台之外写入或修改的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has more than one “%2” audit record; audit record %3 is extra.</source>
        <translation>%1 有不止一条“%2”审计记录；审计记录 %3 是多余的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is “%3”, but audit record %4 has “%5”. The row was changed after it was written.</source>
        <translation>%1：%2 为“%3”，但审计记录 %4 中为“%5”。该记录在写入后被修改过。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit record %1 (“%2”) names %3, which does not exist: the row was deleted.</source>
        <translation>审计记录 %1（“%2”）指向的%3 不存在：该记录已被删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 stores %3, but %4.</source>
        <translation>%1：%2 存储的是 %3，但%4。</translation>
    </message>
</context>
<context>
    <name>IntegrityMismatchModel</name>
    <message>
        <location filename="../src/widgets/integritymismatchmodel.cpp" line="+89"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored Value</source>
        <translation>存储值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected Value</source>
        <translation>应有值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit Record</source>
        <translation>审计记录</translation>
    </message>
</context>
<context>
    <name>IntegritySummary</name>
    <message>
        <location filename="../src/core/integritysummary.cpp" line="+8"/>
        <source>Checked %1 audit records, %2 charges, %3 payments, %4 bills, %5 customers and %6 installments.</source>
        <translation>已检查 %1 条审计记录、%2 笔补费、%3 笔回款、%4 张账单、%5 个客户和 %6 期分期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No mismatches: the audit chain is unbroken, every charge and payment matches its audit records, and every stored total matches its rows.</source>
        <translation>未发现不一致：审计链完整，每笔补费和回款都与其审计记录相符，每个存储的合计都与其明细相符。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n mismatch(es) found.</source>
        <translation>
            <numerusform>发现 %n 处不一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mismatch(es) found. The audit chain cannot be trusted from audit record %1 on.</source>
        <translation>
            <numerusform>发现 %n 处不一致。从审计记录 %1 起，审计链不再可信。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit log is empty.</source>
        <translation>审计日志为空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last audit record: %1, with the hash</source>
        <translation>最后一条审计记录：%1，其哈希为</translation>
    </message>
</context>
<context>
    <name>LateFeeCalculator</name>
    <message numerus="yes">
        <location filename="../src/core/latefeecalculator.cpp" line="+26"/>
        <source>Days overdue: %n day(s), from the due date %1 to %2</source>
        <translation>
            <numerusform>逾期天数：%n 天，自到期日 %1 至 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Days overdue: %n day(s)</source>
        <translation>
            <numerusform>逾期天数：%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The monthly rate applies pro rata by day: %n day(s) ÷ %1 days per month</source>
        <translation>
            <numerusform>月费率按日折算：%n 天 ÷ 每月 %1 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exact fee: %1</source>
        <translation>精确滞纳金：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fee %1 is above the maximum charge of %2. Check the base amount, the rate and the days.</source>
        <translation>滞纳金 %1 超过单笔费用上限 %2。请检查计费基数、费率和天数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fee %1 rounds to %2, so there is nothing to charge. Check the base amount, the rate and the days.</source>
        <translation>滞纳金 %1 四舍五入后为 %2，无需收费。请检查计费基数、费率和天数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rounded half up to %1: %2</source>
        <translation>四舍五入到 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cap %1 of %2 rounds to %3. Enter a larger cap, or choose no cap.</source>
        <translation>以 %2 的 %1 作上限，四舍五入后为 %3。请填写更大的上限，或选择不设上限。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cap: %1 of %2 = %3, rounded half up</source>
        <translation>上限：%2 × %1 = %3（四舍五入）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cap: %1</source>
        <translation>上限：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fee is above the cap, so the cap is charged: %1.</source>
        <translation>滞纳金超过上限，按上限收取：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fee is within the cap.</source>
        <translation>滞纳金未超过上限。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, capped at %2</source>
        <extracomment>A late fee formula followed by the cap that limits its result.</extracomment>
        <translation>%1，按上限收取 %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The base amount is missing. Enter the overdue amount.</source>
        <translation>缺少计费基数。请填写逾期金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base amount %1 is not above zero. Enter the overdue amount.</source>
        <translation>计费基数 %1 不大于零。请填写逾期金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base amount %1 is above the maximum of %2. Enter a lower amount.</source>
        <translation>计费基数 %1 超过上限 %2。请填写较低的金额。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rate is missing. Enter a percentage such as %1.</source>
        <translation>缺少费率。请填写百分比，例如 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate %1 is not above zero. Enter a percentage such as %2.</source>
        <translation>费率 %1 不大于零。请填写百分比，例如 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rate %1 is above %2. Enter at most %2.</source>
        <translation>费率 %1 超过 %2。最多填写 %2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The days overdue are %1. Enter at least 1 day.</source>
        <translation>逾期天数为 %1。请至少填写 1 天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The days overdue are %1; at most %2 are allowed. Enter fewer days.</source>
        <translation>逾期天数为 %1，最多允许 %2 天。请减少天数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The as-of date is missing or invalid. Enter the day of payment or today.</source>
        <translation>截止日期缺失或无效。请填写付款日或今天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The as-of date %1 is not after the due date %2, so nothing is overdue. Enter a later as-of date.</source>
        <translation>截止日期 %1 不晚于到期日 %2，因此没有逾期。请填写更晚的截止日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The due date %1 is %2 days before the as-of date %3; at most %4 days overdue are allowed. Check the dates.</source>
        <translation>到期日 %1 比截止日期 %3 早 %2 天，最多允许逾期 %4 天。请检查日期。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The cap is missing. Enter the largest fee, or choose no cap.</source>
        <translation>缺少上限。请填写滞纳金的最高额，或选择不设上限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cap is in %1 but the base amount is in %2. Enter the cap in %2.</source>
        <translation>上限的币种是 %1，计费基数的币种是 %2。请用 %2 填写上限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cap %1 is not above zero. Enter the largest fee, or choose no cap.</source>
        <translation>上限 %1 不大于零。请填写滞纳金的最高额，或选择不设上限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cap %1 is above the maximum of %2. Enter a lower cap.</source>
        <translation>上限 %1 超过最高额 %2。请填写较低的上限。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cap is missing. Enter a percentage of the base amount, or choose no cap.</source>
        <translation>缺少上限。请填写计费基数的百分比，或选择不设上限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cap %1 is not above zero. Enter a percentage of the base amount, or choose no cap.</source>
        <translation>上限 %1 不大于零。请填写计费基数的百分比，或选择不设上限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cap %1 of the base amount is above %2. Enter at most %2.</source>
        <translation>上限为计费基数的 %1，超过了 %2。最多填写 %2。</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 × %2 per month × %n day(s) ÷ %3 = %4</source>
        <extracomment>Late fee: base × monthly rate × days overdue ÷ days per month = fee.</extracomment>
        <translation>
            <numerusform>%1 × 每月 %2 × %n 天 ÷ %3 = %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 × %2 per day × %n day(s) = %3</source>
        <extracomment>Late fee: base × daily rate × days overdue = fee.</extracomment>
        <translation>
            <numerusform>%1 × 每日 %2 × %n 天 = %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterRecorder</name>
    <message>
        <location filename="../src/core/letterrecorder.cpp" line="+19"/>
        <source>No reminder letter to record. Choose at least one customer.</source>
        <translation>没有可记录的催款通知。请至少选择一个客户。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not start recording the reminder letters: %1</source>
        <translation>无法开始记录催款通知：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not record the reminder letters: %1</source>
        <translation>无法记录催款通知：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A reminder letter names no customer, so it cannot be recorded. Read the letters again.</source>
        <translation>有一份催款通知未指明客户，因此无法记录。请重新读取通知。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reminder letter to customer %1 has no date. Choose the day the letters are dated.</source>
        <translation>致客户 %1 的催款通知没有日期。请选择通知日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reminder letters are dated %1, after today. Only letters dated today or earlier can be recorded as sent; choose today&apos;s date.</source>
        <translation>催款通知的日期为 %1，晚于今天。只有日期为今天或更早的通知才能记为已发送；请选择今天的日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reminder letter to customer %1 lists no overdue item, so it cannot be recorded. Leave the customer out.</source>
        <translation>致客户 %1 的催款通知未列出任何逾期款项，因此无法记录。请去掉该客户。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not record the reminder letter to customer %1: %2</source>
        <translation>无法记录致客户 %1 的催款通知：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Could not record the items of the reminder letter to customer %1: %2</source>
        <translation>无法记录致客户 %1 的催款通知中所列的款项：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not write the audit record of the reminder letter to customer %1: %2</source>
        <translation>无法写入致客户 %1 的催款通知的审计记录：%2</translation>
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
        <source>The text format shows amounts with the currency symbol and labels in the chosen language. The CSV format is for programs and is the same in every language: UTF-8, RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or line breaks in double quotes), a header row, codes instead of labels, amounts in major units with &apos;.&apos; and no grouping (1234.50), a currency column, dates as YYYY-MM-DD and timestamps in UTC ISO 8601. It has no byte order mark and writes every text as stored, so that pipes and scripts get exactly the data. For Excel, use export-csv charges.</source>
        <translation>text 格式按所选语言显示金额（带币种符号）和名称。csv 格式供程序使用，在所有语言下都相同：UTF-8 编码，符合 RFC 4180（以逗号分隔，行尾为 CRLF，含逗号、引号或换行的字段用双引号括起），带表头行，使用代码而非名称；金额以主单位表示，用“.”作小数点，不带千位分隔符（1234.50），另有币种列；日期格式为 YYYY-MM-DD，时间戳为 UTC 的 ISO 8601 格式。csv 格式不带字节顺序标记（BOM），所有文本按存储原样输出，以便管道和脚本准确获取数据。如需用 Excel 打开，请使用 export-csv charges。</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>LockPeriodCommand</name>
    <message>
        <location filename="../src/cli/lockperiodcommand.cpp" line="+11"/>
        <source>Move the period lock date, on or before which nothing can be entered or changed.</source>
        <translation>调整关账日期；关账日期及之前的业务不能录入或更改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No charge is entered, approved or voided, and no payment is recorded or reversed, that is dated on or before the period lock date. A charge is dated by the day it was entered, a payment by its payment date. Only an administrator may move the date, which cannot be after today. Moving it back reopens closed days and needs --reason. Each move is kept with who made it, when and why; show-settings lists them.</source>
        <translation>日期在关账日期及之前的补费不能录入、审批或作废，回款也不能登记或冲销。补费按录入日期计，回款按回款日期计。只有管理员可以调整关账日期，且日期不能晚于今天。把日期提前会重新开放已关账的日期，此时必须加 --reason。每次调整都会连同调整人、时间和原因一并保存；show-settings 会列出这些记录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new period lock date: the last closed day. Required.</source>
        <translation>新的关账日期，即最后一个已关账的日期。必填。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the date moves; required when it moves back, at most %1 characters.</source>
        <translation>调整日期的原因；日期提前时必填，最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid --date “%1”: use a date as YYYY-MM-DD, e.g. 2024-06-30.</source>
        <translation>--date “%1”无效：请使用 YYYY-MM-DD 格式的日期，例如 2024-06-30。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The period lock date is now %1; it was %2.</source>
        <translation>关账日期现为 %1，原为 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period lock date is now %1.</source>
        <translation>关账日期现为 %1。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="+169"/>
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
        <location line="+16"/>
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
        <location line="+185"/>
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
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
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
        <location line="+56"/>
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
        <location filename="../src/core/moneyparser.cpp" line="+163"/>
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
        <source>The amount “%1” has a “%2” sign that is not accepted. Enter the amount without it, e.g. %3.</source>
        <translation>金额“%1”带有不接受的“%2”符号。请去掉该符号后输入，例如 %3。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The amount “%1” is outside the allowed range. Enter an amount from %2 to %3, e.g. %4.</source>
        <translation>金额“%1”超出允许范围。请输入 %2 至 %3 之间的金额，例如 %4。</translation>
    </message>
    <message>
        <location line="-44"/>
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
    <name>NoticeBuilder</name>
    <message>
        <location filename="../src/reports/noticebuilder.cpp" line="+18"/>
        <source>Charge notice</source>
        <translation>补费通知单</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Charge notice No. %1</source>
        <translation>补费通知单（编号：%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>We have added the following supplementary charge to your account %1.</source>
        <translation>我司已在贵公司账户（客户编号：%1）中补记以下费用：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please pay %1 by %2.</source>
        <translation>请贵公司于 %2 前支付 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To</source>
        <translation>致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>From</source>
        <translation>发件单位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge No.</source>
        <translation>补费编号</translation>
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
        <location line="+9"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1, issued %2</source>
        <translation>%1（开具日期：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None; the charge is on your account</source>
        <translation>无（该费用记入贵公司账户）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1（录入人：%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due date</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay to</source>
        <translation>收款单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment reference</source>
        <translation>付款附言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge %1</source>
        <comment>payment reference</comment>
        <translation>补费 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email %1</source>
        <translation>电子邮箱 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions about this charge: please contact %1.</source>
        <translation>如对本笔费用有任何疑问，请联系：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>contact details separator</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>NoticeQuery</name>
    <message>
        <location filename="../src/core/noticequery.cpp" line="+42"/>
        <source>No charges were chosen. Choose the charges to print notices for.</source>
        <translation>未选择补费。请选择要打印通知单的补费。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+63"/>
        <source>The charges could not be read from the database: %1</source>
        <translation>无法从数据库读取补费：%1</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>Charges not found: %1. Check the charge numbers.</source>
        <translation>
            <numerusform>未找到补费：%1。请检查补费编号。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No notice for void charges: %1. Leave them out of the list.</source>
        <translation>
            <numerusform>已作废的补费不出具通知单：%1。请将其从列表中去掉。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeReport</name>
    <message>
        <location filename="../src/cli/noticereport.cpp" line="+28"/>
        <source>Customer %1 has no posted charges, so there is no notice to write.</source>
        <translation>客户 %1 没有已入账的补费，因此没有可出具的通知单。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid --charge “%1”: use a charge ID, a whole number such as 12.</source>
        <translation>--charge “%1”无效：请使用补费编号，即 12 这样的整数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Charge %1 is void, and a void charge gets no notice. Leave it out.</source>
        <translation>补费 %1 已作废，已作废的补费不出具通知单。请将其去掉。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charge %1 waits for approval or was rejected, so it gets no notice. Leave it out.</source>
        <translation>补费 %1 正在等待审批或已被驳回，不出具通知单。请将其去掉。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning: the company details lack %1, so the notices are printed without them. Enter them in the ChargeDesk window under Settings › Company Details.</source>
        <translation>警告：公司信息缺少%1，通知单将不含这些信息。请在补费台窗口的“设置 › 公司信息”中填写。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n notice(s) written to “%1”.</source>
        <translation>
            <numerusform>已将 %n 份通知单写入“%1”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenItemQuery</name>
    <message>
        <location filename="../src/core/openitemquery.cpp" line="+85"/>
        <source>The open amounts could not be read from the database: %1</source>
        <translation>无法从数据库读取未结金额：%1</translation>
    </message>
</context>
<context>
    <name>PaidAmounts</name>
    <message>
        <location filename="../src/core/paidamounts.cpp" line="+40"/>
        <source>row %1 of %2 was not found</source>
        <translation>未找到 %2 中 ID 为 %1 的行</translation>
    </message>
</context>
<context>
    <name>PaymentConfirmDialog</name>
    <message>
        <location filename="../src/widgets/paymentconfirmdialog.cpp" line="+63"/>
        <source>Go back to edit the payment.</source>
        <translation>请返回修改这笔回款。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm Payment</source>
        <translation>确认回款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the payment below. Nothing has been saved yet: Confirm and Submit saves it, Back to Edit returns to the form.</source>
        <translation>请核对以下回款。目前尚未保存：点击“确认提交”保存该回款，点击“返回修改”回到填写表单。</translation>
    </message>
</context>
<context>
    <name>PaymentDuplicateFinder</name>
    <message>
        <location filename="../src/core/paymentduplicatefinder.cpp" line="+26"/>
        <source>The duplicate acknowledgement has %1 characters; at most %2 are allowed. Shorten it.</source>
        <translation>确认说明有 %1 个字符，最多允许 %2 个。请删减。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The duplicate acknowledgement contains invisible control characters. Retype it.</source>
        <translation>确认说明含有不可见的控制字符。请重新输入。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Payment %1, which looks identical, was recorded since the review. Look at it and confirm again.</source>
        <translation>在您核对期间，有人登记了看似相同的回款 %1。请查看后重新确认。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This payment looks identical to a payment already recorded. If it is a separate payment, write a note that says why.</source>
        <translation>这笔回款与一笔已登记的回款看似相同。如果确实是另一笔回款，请填写确认说明写明原因。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Payment %1 has the same reference %2: %3 paid on %4, recorded by %5 on %6.</source>
        <translation>回款 %1 的参考号同为 %2：%4 回款 %3，由 %5 于 %6 登记。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment %1 looks identical: %2 paid on %3 for the same item, without a reference, recorded by %4 on %5.</source>
        <translation>回款 %1 看似相同：%3 为同一项目回款 %2，无参考号，由 %4 于 %5 登记。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment %1 looks identical: %2 paid on %3 for the same item, reference %4, recorded by %5 on %6.</source>
        <translation>回款 %1 看似相同：%3 为同一项目回款 %2，参考号 %4，由 %5 于 %6 登记。</translation>
    </message>
</context>
<context>
    <name>PaymentDuplicatesBox</name>
    <message>
        <location filename="../src/widgets/paymentduplicatesbox.cpp" line="+103"/>
        <source>Payments That Look Identical</source>
        <translation>疑似重复的回款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These payments of the customer were already recorded and look identical to the new one. If the new payment is real, explain why in a note; the note is kept with the payment and in the audit log.</source>
        <translation>该客户已登记以下回款，与这笔新回款看似相同。如果新回款确实存在，请在确认说明中写明原因；说明会随回款一起保存，并记入审计日志。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acknowledgement note (required):</source>
        <translation>确认说明(&amp;A)（必填）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>PaymentListModel</name>
    <message>
        <location filename="../src/models/paymentlistmodel.cpp" line="+92"/>
        <source>%1, installment %2</source>
        <extracomment>What a payment paid (%1) and the number of the installment (%2).</extracomment>
        <translation>%1，第 %2 期</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Paid On</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid For</source>
        <translation>回款项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversal Reason</source>
        <translation>冲销原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
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
        <location line="+10"/>
        <source>Posted</source>
        <extracomment>Status of a payment: reversed is 已冲销.</extracomment>
        <translation>已入账</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
</context>
<context>
    <name>PaymentListing</name>
    <message>
        <location filename="../src/cli/paymentlisting.cpp" line="+16"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>回款项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Charge %1, installment %2</source>
        <extracomment>What a payment paid: %1 is the charge ID, %2 the installment&apos;s number.</extracomment>
        <translation>补费 %1，第 %2 期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1</source>
        <translation>补费 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill %1</source>
        <translation>账单 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reversed</source>
        <extracomment>Status of a payment that was undone (冲销).</extracomment>
        <translation>已冲销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posted</source>
        <translation>已入账</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <location filename="../src/core/paymentservice.cpp" line="+75"/>
        <location line="+11"/>
        <source>The payment could not be checked.</source>
        <translation>无法检查这笔回款。</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>The payment could not be checked because the database reported an error: %1. Try again; if it persists, run the consistency check.</source>
        <translation>数据库报错，无法检查这笔回款：%1。请重试；如果问题仍然存在，请运行一致性检查。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The request key %1 was already used for payment %2 with other values. Start a new payment.</source>
        <translation>请求编号 %1 已用于回款 %2，但各项值不同。请新建一笔回款。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The payment differs from the one that was confirmed. Review it again and confirm.</source>
        <translation>这笔回款与已确认的内容不一致。请重新检查并确认。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The open amount of %1 changed from %2 to %3 since the review, because another payment was recorded or reversed. Review the payment again and confirm.</source>
        <translation>检查之后，由于另有回款被登记或冲销，%1的未结金额已从 %2 变为 %3。请重新检查这笔回款并确认。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+28"/>
        <location line="+49"/>
        <source>The payment was not saved. Nothing was written.</source>
        <translation>回款未保存，未写入任何数据。</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The payment was not saved: the database could not start a transaction (%1). Nothing was written; try again.</source>
        <translation>回款未保存：数据库无法开始事务（%1）。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The payment was not saved: another user&apos;s change to customer %1 did not finish in time (%2). Nothing was written; try again.</source>
        <translation>回款未保存：其他用户对客户 %1 的更改未能及时完成（%2）。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+49"/>
        <source>The payment was not saved: %1. Nothing was written; try again.</source>
        <translation>回款未保存：%1。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter the reason for reversing payment %1.</source>
        <translation>请填写冲销回款 %1 的原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reversal reason has %1 characters; at most %2 are allowed.</source>
        <translation>冲销原因有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+49"/>
        <source>Payment %1 was not reversed. Nothing was changed.</source>
        <translation>回款 %1 未冲销，未做任何更改。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Payment %1 was not reversed: the database could not start a transaction (%2). Try again.</source>
        <translation>回款 %1 未冲销：数据库无法开始事务（%2）。请重试。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payment %1 does not exist. Check the payment number.</source>
        <translation>回款 %1 不存在。请检查回款编号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Payment %1 was not reversed: %2</source>
        <translation>回款 %1 未冲销：%2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Payment %1 is already reversed: reversed by %2 on %3.</source>
        <translation>回款 %1 已经冲销：由 %2 于 %3 冲销。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Payment %1 was not reversed: %2. Nothing was changed; try again.</source>
        <translation>回款 %1 未冲销：%2。未做任何更改，请重试。</translation>
    </message>
</context>
<context>
    <name>PaymentSummary</name>
    <message>
        <location filename="../src/core/paymentsummary.cpp" line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A payment of %1 from customer %2 will be recorded for %3.</source>
        <translation>将为%3登记客户 %2 的一笔回款，金额为 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was paid by %1 on %2.</source>
        <translation>支付方式为%1，回款日期为 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reference is “%1”.</source>
        <translation>参考号为“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note reads: “%1”.</source>
        <translation>备注内容：“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The open amount goes from %1 to %2, so it is settled.</source>
        <translation>未结金额将从 %1 变为 %2，即全部结清。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The open amount goes from %1 to %2.</source>
        <translation>未结金额将从 %1 变为 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s outstanding balance goes from %1 to %2.</source>
        <translation>该客户的未结余额将从 %1 变为 %2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payment %1 was already recorded with this request key. Confirming again writes nothing.</source>
        <translation>回款 %1 已使用此请求编号登记过。再次确认不会写入任何数据。</translation>
    </message>
</context>
<context>
    <name>PaymentValidator</name>
    <message>
        <location filename="../src/core/paymentvalidator.cpp" line="+50"/>
        <source>The request key “%1” is invalid: it must have 8 to 100 characters.</source>
        <translation>请求编号“%1”无效：长度必须为 8 到 100 个字符。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installment %1 was given without its charge. Choose the charge first, then its installment.</source>
        <translation>指定了分期 %1，但未指定其所属补费。请先选择补费，再选择其中一期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to pay is selected. Choose a bill, a charge or an installment.</source>
        <translation>未选择回款项目。请选择账单、补费或分期。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No customer is selected. Choose a customer first.</source>
        <translation>未选择客户。请先选择客户。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Customer %1 does not exist. Choose an existing customer.</source>
        <translation>客户 %1 不存在。请选择已有的客户。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Charge %1 does not exist. Check the charge number.</source>
        <translation>补费 %1 不存在。请检查补费编号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1 belongs to another customer, not to %2. Choose one of %2&apos;s charges.</source>
        <translation>补费 %1 属于其他客户，不属于 %2。请选择 %2 的补费。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge %1 is not on bill %2. Leave the bill out to pay the charge.</source>
        <translation>补费 %1 不在账单 %2 上。如要为该补费回款，请不要指定账单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge %1 is in %2 but the customer&apos;s balance is kept in %3, so its payments cannot be recorded here.</source>
        <translation>补费 %1 的币种为 %2，而客户余额以 %3 记账，因此无法在此登记其回款。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Installment %1 does not exist. Choose one of the installments of charge %2.</source>
        <translation>分期 %1 不存在。请选择补费 %2 的某一期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installment %1 belongs to charge %2, not to charge %3. Choose one of charge %3&apos;s installments.</source>
        <translation>分期 %1 属于补费 %2，不属于补费 %3。请选择补费 %3 的某一期。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Bill %1 does not exist. Choose one of the customer&apos;s bills.</source>
        <translation>账单 %1 不存在。请选择该客户的账单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bill %1 belongs to another customer, not to %2. Choose one of %2&apos;s bills.</source>
        <translation>账单 %1 属于其他客户，不属于 %2。请选择 %2 的账单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bill %1 is in %2 but the customer&apos;s balance is kept in %3, so its payments cannot be recorded here.</source>
        <translation>账单 %1 的币种为 %2，而客户余额以 %3 记账，因此无法在此登记其回款。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Charge %1 is void, so it cannot be paid.</source>
        <translation>补费 %1 已作废，无法回款。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1 waits for approval, so it cannot be paid until a finance user approves it.</source>
        <translation>补费 %1 正在等待审批，财务人员审批前不能登记回款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1 was rejected, so it cannot be paid.</source>
        <translation>补费 %1 已被驳回，不能登记回款。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installment %1 belongs to installment plan %2 of charge %3, which was cancelled. Pay the charge or an installment of its current plan.</source>
        <translation>第 %1 期属于补费 %3 的回款计划 %2，该计划已取消。请为该补费或其当前回款计划中的某一期回款。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The first open installment is number %1: %2 due %3.</source>
        <translation>第一笔未结清的是第 %1 期：%2，%3 到期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charge %1 is paid in installments, so record the payment against one installment.</source>
        <translation>补费 %1 按分期支付，请针对其中一期登记回款。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is left to pay on %1.</source>
        <translation>%1已无未结金额。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The amount %1 is more than the %2 still open on %3. Enter at most %2; an overpayment cannot be recorded.</source>
        <translation>金额 %1 超过了%3尚未结清的 %2。请最多填写 %2；不能登记超额回款。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No payment method is selected. Choose how the customer paid.</source>
        <translation>未选择支付方式。请选择客户的付款方式。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The payment method “%1” is unknown or no longer in use. Choose one from the list.</source>
        <translation>支付方式“%1”未知或已停用。请从列表中选择。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The reference has %1 characters; at most %2 are allowed. Shorten it.</source>
        <translation>参考号有 %1 个字符，最多允许 %2 个。请删减。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reference contains invisible control characters. Retype it.</source>
        <translation>参考号中含有不可见的控制字符。请重新输入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note has %1 characters; at most %2 are allowed. Shorten it.</source>
        <translation>备注有 %1 个字符，最多允许 %2 个。请删减。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note contains invisible control characters. Retype it.</source>
        <translation>备注中含有不可见的控制字符。请重新输入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payment date is missing or invalid. Enter the date the money arrived.</source>
        <translation>回款日期缺失或无效。请输入款项到账的日期。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The payment date %1 is after today, %2. Enter the date the money arrived.</source>
        <translation>回款日期 %1 晚于今天（%2）。请输入款项到账的日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The payment date %1 is before the issue date %2 of bill %3. Check the date.</source>
        <translation>回款日期 %1 早于账单 %3 的开具日期 %2。请检查日期。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The payment date %1 is before %2, the day charge %3 was entered. Check the date.</source>
        <translation>回款日期 %1 早于补费 %3 的录入日期 %2。请检查日期。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the lines of bill %1 (due %2)</source>
        <extracomment>What a payment pays: the goods and freight lines of a bill.</extracomment>
        <translation>账单 %1 的明细（到期日 %2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>installment %1 of charge %2 (%3, due %4)</source>
        <extracomment>What a payment pays: %1 is the installment&apos;s number in its plan.</extracomment>
        <translation>补费 %2 的第 %1 期（%3，到期日 %4）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>charge %1 (%2, due %3)</source>
        <extracomment>What a payment pays.</extracomment>
        <translation>补费 %1（%2，到期日 %3）</translation>
    </message>
</context>
<context>
    <name>PaymentWriter</name>
    <message>
        <location filename="../src/core/paymentwriter.cpp" line="+85"/>
        <source>payment %1 is no longer posted</source>
        <translation>回款 %1 已不再是已入账状态</translation>
    </message>
</context>
<context>
    <name>PercentageRate</name>
    <message>
        <location filename="../src/core/percentagerate.cpp" line="+91"/>
        <source>%1 is missing. Enter a percentage such as %2.</source>
        <translation>缺少%1。请填写百分比，例如 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 “%2” is negative. Enter a percentage above zero, such as %3.</source>
        <translation>%1“%2”为负数。请填写大于零的百分比，例如 %3。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 “%2” is not a percentage. Enter digits with an optional decimal point, such as %3.</source>
        <translation>%1“%2”不是百分比。请填写数字，可带小数点，例如 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 “%2” has more than %3 decimals. Enter at most %3 decimals, such as %4.</source>
        <translation>%1“%2”的小数超过 %3 位。最多填写 %3 位小数，例如 %4。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 “%2” is above %3. Enter at most %3.</source>
        <translation>%1“%2”超过 %3。最多填写 %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 “%2” is zero. Enter a percentage above zero, such as %3.</source>
        <translation>%1“%2”为零。请填写大于零的百分比，例如 %3。</translation>
    </message>
</context>
<context>
    <name>PeriodLock</name>
    <message>
        <location filename="../src/core/periodlock.cpp" line="+61"/>
        <source>A charge entered today, %1, is on or before the period lock date %2, so it cannot be saved. %3</source>
        <translation>今天（%1）录入的补费不晚于关账日期 %2，因此不能保存。%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge %1 was entered on %2, on or before the period lock date %3, so it cannot be voided. %4</source>
        <translation>补费 %1 录入于 %2，不晚于关账日期 %3，因此不能作废。%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge %1 was entered on %2, on or before the period lock date %3, so it cannot be approved. Reject it, and its author can enter it again. %4</source>
        <translation>补费 %1 录入于 %2，不晚于关账日期 %3，因此不能审批。请驳回，由录入人重新录入。%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment date %1 is on or before the period lock date %2. Enter a later payment date. %3</source>
        <translation>回款日期 %1 不晚于关账日期 %2。请填写更晚的回款日期。%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment %1 is dated %2, on or before the period lock date %3, so it cannot be reversed. %4</source>
        <translation>回款 %1 的日期为 %2，不晚于关账日期 %3，因此不能冲销。%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today, %1, is on or before the period lock date %2, so no installment plan can be made. %3</source>
        <translation>今天（%1）不晚于关账日期 %2，因此不能制定回款计划。%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today, %1, is on or before the period lock date %2, so installment plan %3 cannot be cancelled. %4</source>
        <translation>今天（%1）不晚于关账日期 %2，因此不能取消回款计划 %3。%4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>While no users are set up, every user can move the lock date under Settings › Period Lock.</source>
        <translation>尚未设置用户时，任何人都可以在“设置 › 关账日期”中调整关账日期。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Only an administrator can move the lock date, under Settings › Period Lock. The administrator is %1.</source>
        <translation>
            <numerusform>只有管理员可以在“设置 › 关账日期”中调整关账日期。管理员：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodLockDialog</name>
    <message>
        <location filename="../src/widgets/periodlockdialog.cpp" line="+122"/>
        <source>Period Lock</source>
        <translation>关账日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing dated on or before the period lock date can be entered, approved, voided, paid or reversed. A charge is dated by the day it was entered, a payment by its payment date.</source>
        <translation>关账日期及之前的业务不能录入、审批、作废、回款或冲销。补费按录入日期计，回款按回款日期计。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No period is locked yet.</source>
        <translation>尚未设置关账日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period lock date is %1, set by %2 on %3.</source>
        <translation>关账日期为 %1，由 %2 于 %3 设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;lock date:</source>
        <translation>新的关账日期(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required when the date moves back</source>
        <translation>日期提前时必须填写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves of the lock date, newest first:</source>
        <translation>关账日期调整记录（最新在前）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock date</source>
        <translation>关账日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved by</source>
        <translation>调整人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved at</source>
        <translation>调整时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move Lock Date</source>
        <translation>调整关账日期(&amp;M)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not read the period lock: %1</source>
        <translation>无法读取关账日期：%1</translation>
    </message>
</context>
<context>
    <name>PeriodLockService</name>
    <message>
        <location filename="../src/core/periodlockservice.cpp" line="+24"/>
        <source>The period lock date was not moved: the database could not start a transaction (%1). Try again.</source>
        <translation>关账日期未调整：数据库无法开始事务（%1）。请重试。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The period lock date was not moved: %1. Try again.</source>
        <translation>关账日期未调整：%1。请重试。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The period lock date was not moved: %1. Nothing was changed; try again.</source>
        <translation>关账日期未调整：%1。未做任何更改，请重试。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the new period lock date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写新的关账日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period lock date %1 is after today, %2. Days that have not ended cannot be closed; choose today or an earlier date.</source>
        <translation>关账日期 %1 晚于今天（%2）。尚未结束的日期不能关账，请选择今天或更早的日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period lock date is %1 already.</source>
        <translation>关账日期已经是 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason has %1 characters; at most %2 are allowed.</source>
        <translation>原因有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moving the period lock date back from %1 to %2 reopens the days in between for changes. Enter the reason for reopening them.</source>
        <translation>把关账日期从 %1 提前到 %2 会重新开放其间的日期。请填写重新开放的原因。</translation>
    </message>
</context>
<context>
    <name>PlanInstallmentsCommand</name>
    <message>
        <location filename="../src/cli/planinstallmentscommand.cpp" line="+17"/>
        <source>Review an installment plan of a charge, and create it with --confirm.</source>
        <translation>检查一笔补费的回款计划，加 --confirm 时创建该计划。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give either --count and --first-due for equal monthly installments, or --due once per installment. Equal installments are the charge&apos;s amount divided by the count and rounded down to the cent; the last one also takes the remainder, so 100.00 in 3 gives 33.33, 33.33 and 33.34. Monthly due dates fall on the first date&apos;s day of the month, or on the last day of a shorter month.</source>
        <translation>可以用 --count 和 --first-due 生成等额按月到期的各期，也可以为每一期各给出一个 --due。等额分期时，每期金额为补费金额除以期数后向下舍入到分，余数计入最后一期，因此 100.00 分 3 期为 33.33、33.33 和 33.34。各期按月到期，到期日与首期到期日为每月的同一天；遇到较短的月份则取该月最后一天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A plan has %1 to %2 installments that add up exactly to the charge&apos;s amount, due on rising dates. It can be made for a posted charge with nothing paid and no active plan. The charge is then paid one installment at a time with record-payment --installment.</source>
        <translation>回款计划分为 %1 到 %2 期，各期金额之和必须正好等于补费金额，到期日须逐期推后。只有已入账、尚未回款且没有生效回款计划的补费才能制定回款计划。之后用 record-payment --installment 逐期登记回款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without --confirm the command prints the plan and writes nothing. With --confirm it checks the plan again and writes it with an audit record, then prints “Installment plan ID committed.”.</source>
        <translation>不加 --confirm 时，命令只输出回款计划，不写入任何数据。加 --confirm 时，命令再次检查该计划，将其连同一条审计记录一并写入，然后输出“回款计划 ID 已创建。”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ID of the charge to pay in installments, as list-charges prints it.</source>
        <translation>要分期支付的补费编号，即 list-charges 输出的编号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of equal monthly installments, %1 to %2.</source>
        <translation>等额按月分期的期数，%1 到 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date of the first of the --count installments, as YYYY-MM-DD.</source>
        <translation>--count 各期中第一期的到期日，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One installment: its due date as YYYY-MM-DD and its amount with &apos;.&apos; as the decimal point, e.g. 2027-01-31:250.00. Give it once per installment, in order.</source>
        <translation>一期分期：到期日（格式为 YYYY-MM-DD）和金额（用“.”作小数点），例如 2027-01-31:250.00。每期给出一次，按顺序排列。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key of this request, 8 to 100 characters. Running the command again with the same key returns the first plan instead of writing another. Default: a new random key.</source>
        <translation>本次请求的请求编号，8 到 100 个字符。用相同的请求编号再次运行命令时，返回第一次的回款计划，不会再写入新的计划。默认：新生成的随机编号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the plan. Without it nothing is written.</source>
        <translation>创建回款计划。不加此选项时不写入任何数据。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give either --count with --first-due, or --due once per installment.</source>
        <translation>请使用 --count 加 --first-due，或为每一期各给出一个 --due，二者只能选其一。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid --charge “%1”: use the number that list-charges shows in its ID column.</source>
        <translation>--charge “%1”无效：请使用 list-charges 在“编号”列中显示的数字。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+15"/>
        <location line="+27"/>
        <source>Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Installment plan of charge %1 (%2):</source>
        <translation>补费 %1（%2）的回款计划：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was written. To create this plan, run the same command again with --confirm.</source>
        <translation>未写入任何数据。如需创建该回款计划，请加上 --confirm 再次运行同一命令。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installment plan %1 committed.</source>
        <translation>回款计划 %1 已创建。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installment plan %1 already exists for request key “%2”. Nothing more was written.</source>
        <translation>请求编号“%2”对应的回款计划 %1 已存在。未再写入任何数据。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invalid --due “%1”: use the due date as YYYY-MM-DD, a colon and the amount, e.g. 2027-01-31:250.00.</source>
        <translation>--due “%1”无效：请依次写出 YYYY-MM-DD 格式的到期日、冒号和金额，例如 2027-01-31:250.00。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --due “%1”: %2</source>
        <translation>--due “%1”无效：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid --count “%1”: use a number of installments from %2 to %3.</source>
        <translation>--count “%1”无效：请使用 %2 到 %3 之间的期数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid or missing --first-due “%1”: use a calendar date as YYYY-MM-DD, e.g. 2027-01-31.</source>
        <translation>--first-due “%1”无效或缺失：请使用 YYYY-MM-DD 格式的日历日期，例如 2027-01-31。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge %1 of %2 is too small for %3 installments: each must be at least %4.</source>
        <translation>补费 %1（%2）金额太小，无法分为 %3 期：每期至少须为 %4。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>PostgresqlConnection</name>
    <message>
        <location filename="../src/core/postgresqlconnection.cpp" line="+30"/>
        <source>This ChargeDesk cannot open “%1”: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql, or use an SQLite file with --database.</source>
        <translation>当前安装的补费台无法打开“%1”：未安装 Qt 的 PostgreSQL 驱动（QPSQL）。请安装 libqt6sql6-psql 软件包，或用 --database 指定 SQLite 文件。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The PostgreSQL database “%1” does not exist on %2, port %3. Ask the database administrator to create it (for example: createdb %1), or correct the name in --database. (%4)</source>
        <translation>%2（端口 %3）上不存在 PostgreSQL 数据库“%1”。请数据库管理员创建该数据库（例如：createdb %1），或更正 --database 中的数据库名。（%4）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PostgreSQL on %1, port %2 refused the login to the database “%3”. Check the user name in --database and the password in PGPASSWORD or ~/.pgpass, and that the server allows this user to connect from here. (%4)</source>
        <translation>%1（端口 %2）上的 PostgreSQL 拒绝登录数据库“%3”。请检查 --database 中的用户名以及 PGPASSWORD 或 ~/.pgpass 中的密码，并确认服务器允许该用户从本机连接。（%4）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ChargeDesk could not reach the PostgreSQL server on %1, port %2, for the database “%3”. Check that the server is running and accepts connections there, and that host and port in --database are right. (%4)</source>
        <translation>补费台无法访问 %1（端口 %2）上数据库“%3”所在的 PostgreSQL 服务器。请确认服务器正在运行并在该地址接受连接，且 --database 中的主机和端口正确。（%4）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ChargeDesk could not connect to the PostgreSQL database “%1” on %2, port %3: %4. Check the address in --database and that the server is running.</source>
        <translation>补费台无法连接到 %2（端口 %3）上的 PostgreSQL 数据库“%1”：%4。请检查 --database 中的地址，并确认服务器正在运行。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Could not read the server version of the PostgreSQL database “%1”: %2</source>
        <translation>无法读取 PostgreSQL 数据库“%1”的服务器版本：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PostgreSQL server of “%1” has version %2; ChargeDesk needs version 11 or newer. Ask the database administrator to upgrade it, or use an SQLite file with --database.</source>
        <translation>“%1”所在的 PostgreSQL 服务器版本为 %2；补费台需要 11 或更高版本。请数据库管理员升级服务器，或用 --database 指定 SQLite 文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not configure the session on the PostgreSQL database “%1”: %2</source>
        <translation>无法在 PostgreSQL 数据库“%1”上配置会话：%2</translation>
    </message>
</context>
<context>
    <name>ProrationCalculator</name>
    <message>
        <location filename="../src/core/prorationcalculator.cpp" line="+31"/>
        <source>Monthly difference: %1 − %2 = %3</source>
        <translation>月费差额：%1 − %2 = %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2: %3 of %4 days in the month</source>
        <translation>%1 至 %2：当月 %4 天中的 %3 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exact difference: %1</source>
        <translation>精确差价：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The difference %1 is above the maximum charge of %2. Check the prices and dates.</source>
        <translation>差价 %1 超过单笔补费上限 %2。请检查价格和日期。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The difference %1 rounds to %2, so there is nothing to charge. Check the prices and dates.</source>
        <translation>差价 %1 四舍五入后为 %2，无需收费。请检查价格和日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rounded half up to %1: %2</source>
        <translation>四舍五入到 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The old monthly price is missing. Enter the old plan&apos;s price, or 0 for a free plan.</source>
        <translation>缺少原月费。请填写原套餐的月费，免费套餐填 0。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The old monthly price %1 is negative. Enter the old plan&apos;s price, or 0 for a free plan.</source>
        <translation>原月费 %1 为负数。请填写原套餐的月费，免费套餐填 0。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old monthly price %1 is above the maximum of %2. Enter a lower price.</source>
        <translation>原月费 %1 超过上限 %2。请填写较低的价格。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new monthly price is missing. Enter the new plan&apos;s price.</source>
        <translation>缺少新月费。请填写新套餐的月费。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new monthly price is in %1 but the old one is in %2. Enter both prices in the same currency.</source>
        <translation>新月费的币种是 %1，原月费的币种是 %2。请用同一币种填写两个价格。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new monthly price %1 is above the maximum of %2. Enter a lower price.</source>
        <translation>新月费 %1 超过上限 %2。请填写较低的价格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new monthly price %1 is not higher than the old price %2. Enter a new price above %2.</source>
        <translation>新月费 %1 不高于原月费 %2。请填写高于 %2 的新月费。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The upgrade date is missing or invalid. Enter the first day of the new plan.</source>
        <translation>升级日期缺失或无效。请填写新套餐的第一天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period end is missing or invalid. Enter the last day of the billing period.</source>
        <translation>计费期末缺失或无效。请填写计费期的最后一天。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The period end %1 is before the upgrade date %2. Enter a period end on or after the upgrade date.</source>
        <translation>计费期末 %1 早于升级日期 %2。请填写不早于升级日期的计费期末。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period from %1 to %2 has %3 days; at most %4 are allowed. Enter the end of the current billing period.</source>
        <translation>%1 至 %2 共 %3 天，最多允许 %4 天。请填写本计费期的期末。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(%1 − %2) × %3 ÷ %4 days = %5</source>
        <extracomment>Upgrade difference: (new price − old price) × days charged ÷ days in the month = result.</extracomment>
        <translation>(%1 − %2) × %3 ÷ %4 天 = %5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 ÷ %2</source>
        <extracomment>Days charged ÷ days in the month, one term of the upgrade formula.</extracomment>
        <translation>%1 ÷ %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(%1 − %2) × %3 = %4</source>
        <extracomment>Upgrade difference over whole months: (new − old) × months = result.</extracomment>
        <translation>(%1 − %2) × %3 = %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(%1 − %2) × (%3) = %4</source>
        <extracomment>Upgrade difference over several months: (new − old) × (sum of the months&apos; fractions) = result.</extracomment>
        <translation>(%1 − %2) × (%3) = %4</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../ui/reasondialog.ui" line="+77"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/widgets/reasondialog.cpp" line="+95"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>ReceivableListModel</name>
    <message>
        <location filename="../src/models/receivablelistmodel.cpp" line="+109"/>
        <source>Installments</source>
        <extracomment>Shown for a charge that is paid by an installment plan (分期).</extracomment>
        <translation>分期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>ReceivableQuery</name>
    <message>
        <location filename="../src/models/receivablequery.cpp" line="+45"/>
        <source>Bill %1, own lines</source>
        <extracomment>What a payment settles: the lines of a bill, without its charges.</extracomment>
        <translation>账单 %1（账单明细）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1, %2</source>
        <extracomment>What a payment settles: charge id and fee type of a charge on the account.</extracomment>
        <translation>补费 %1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1, %2, bill %3</source>
        <extracomment>What a payment settles: charge id, fee type and bill number.</extracomment>
        <translation>补费 %1，%2，账单 %3</translation>
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
    <name>RecordPaymentCommand</name>
    <message>
        <location filename="../src/cli/recordpaymentcommand.cpp" line="+34"/>
        <source>Review a payment of a bill, a charge or an installment, and record it with --confirm.</source>
        <translation>检查一笔针对账单、补费或分期的回款，加 --confirm 时登记该回款。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give exactly one of --bill (the bill&apos;s own lines) and --charge. A charge with an installment plan is paid one installment at a time: add --installment with the installment&apos;s number, as plan-installments prints it.</source>
        <translation>--bill（账单本身的明细）和 --charge 必须且只能给出其中一个。有回款计划的补费须逐期回款：请加上 --installment 并给出期次，即 plan-installments 输出的期次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without --confirm the command prints the confirmation summary (what is paid, the amount, the payment method and date, and the open amount and the customer&apos;s balance before and after) and writes nothing.</source>
        <translation>不加 --confirm 时，命令只输出确认摘要（回款项目、金额、支付方式和回款日期，以及回款前后的未结金额和客户余额），不写入任何数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --confirm it runs the same checks again inside one transaction and writes the payment, the paid amounts of the charge, installment and bill, the customer&apos;s balance and an audit record together, then prints the new payment&apos;s ID and what is still open. A payment with the same --request-key as an earlier one is not written again: the command prints the earlier payment&apos;s ID and exits with 0.</source>
        <translation>加 --confirm 时，命令在同一个事务中再次执行相同的检查，一并写入该回款、补费、分期和账单的已付金额、客户余额以及一条审计记录，然后输出新回款的 ID 和仍未结清的金额。与之前某笔回款使用相同 --request-key 的请求不会再次写入：命令输出之前那笔回款的 ID，退出状态为 0。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An amount larger than what is still open is rejected; the message names the open amount. To take back a payment, reverse it with reverse-payment.</source>
        <translation>金额超过未结金额时会被拒绝，提示中会给出未结金额。如需撤回一笔回款，请用 reverse-payment 将其冲销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment that looks identical to a posted payment of the same customer (same bill, charge or installment, amount and payment date, or the same --reference whatever its date) is rejected with exit status 2 and a list of those payments, unless --acknowledge-duplicate gives a note saying why the new payment is real. Reversed payments do not count.</source>
        <translation>与同一客户已过账回款看似相同的回款（账单、补费或分期相同，金额和回款日期相同；或 --reference 相同，不论日期）会被拒绝，以状态码 2 退出并列出这些回款，除非用 --acknowledge-duplicate 给出说明，写明新回款确实存在的原因。已冲销的回款不计在内。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number of the bill whose own lines are paid, e.g. 10643.</source>
        <translation>要为其本身明细回款的账单号，例如 10643。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID of the charge paid, as list-charges prints it.</source>
        <translation>回款所付补费的编号，即 list-charges 输出的编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of the installment paid in the charge&apos;s plan: 1 for the first. Requires --charge.</source>
        <translation>回款所付的是该补费回款计划中的第几期：第一期为 1。须与 --charge 一起使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount received in major units of the currency of what is paid, with &apos;.&apos; as the decimal point, e.g. 250.00. More than 0 and at most the open amount.</source>
        <translation>收到的金额，以回款项目币种的主单位表示，用“.”作小数点，例如 250.00。须大于 0，且不超过未结金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date the money arrived as YYYY-MM-DD; not after today.</source>
        <translation>款项到账日期，格式为 YYYY-MM-DD；不能晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment method code, e.g. BANK_TRANSFER, CORPORATE_TRANSFER, CASH, WECHAT_PAY, ALIPAY, CHEQUE.</source>
        <translation>支付方式代码，例如 BANK_TRANSFER、CORPORATE_TRANSFER、CASH、WECHAT_PAY、ALIPAY、CHEQUE。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank or receipt reference, at most %1 characters.</source>
        <translation>银行流水号或收据号，最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free-text note, at most %1 characters.</source>
        <translation>备注（自由文本），最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key of this request, 8 to 100 characters. Running the command again with the same key returns the first payment instead of writing another, so a retry is safe. Default: a new random key.</source>
        <translation>本次请求的请求编号，8 到 100 个字符。用相同的请求编号再次运行命令时，返回第一次的回款，不会再写入一笔，因此可以放心重试。默认：新生成的随机编号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note saying why the payment is real although it looks identical to a payment already recorded; required when there is one, at most %1 characters, kept with the payment and in the audit log.</source>
        <translation>说明这笔回款虽与已登记的回款看似相同但确实存在的原因；存在看似相同的回款时必填，最多 %1 个字符，随回款一起保存并记入审计日志。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record the payment. Without it nothing is written.</source>
        <translation>登记回款。不加此选项时不写入任何数据。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give either --bill or --charge to say what is paid.</source>
        <translation>请用 --bill 或 --charge 指定回款项目。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--installment needs --charge: give the charge whose installment is paid.</source>
        <translation>--installment 需要与 --charge 一起使用：请给出该期所属的补费。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid --paid-on “%1”: use a calendar date as YYYY-MM-DD, e.g. 2024-07-31. Nothing was written.</source>
        <translation>--paid-on “%1”无效：请使用 YYYY-MM-DD 格式的日历日期，例如 2024-07-31。未写入任何数据。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nothing was written. To record this payment, run the same command again with --confirm.</source>
        <translation>未写入任何数据。如需登记这笔回款，请加上 --confirm 再次运行同一命令。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Invalid --charge “%1”: use the number that list-charges shows in its ID column.</source>
        <translation>--charge “%1”无效：请使用 list-charges 在“编号”列中显示的数字。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invalid --installment “%1”: use the installment&apos;s number in the plan, 1 for the first.</source>
        <translation>--installment “%1”无效：请使用该期在回款计划中的期次，第一期为 1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the installment plan of charge %1: %2</source>
        <translation>无法读取补费 %1 的回款计划：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charge %1 has no active installment plan. Leave out --installment to pay the charge itself.</source>
        <translation>补费 %1 没有生效的回款计划。请去掉 --installment，直接为该补费回款。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Charge %1 has no installment %2: its plan has installments 1 to %3.</source>
        <translation>补费 %1 没有第 %2 期：其回款计划只有第 1 至第 %3 期。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Invalid %1 “%2”: %3</source>
        <translation>%1 “%2”无效：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payments that look identical:</source>
        <translation>看似相同的回款：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rejected: the payment looks identical to payment %1, already recorded, and the note given with --acknowledge-duplicate is blank. Nothing was written. Run the command again with a note that says why this is a separate payment, e.g. --acknowledge-duplicate &quot;Second installment paid in cash&quot;.</source>
        <translation>已拒绝：这笔回款与已登记的回款 %1 看似相同，而 --acknowledge-duplicate 给出的说明为空。未写入任何数据。请重新运行命令，并在说明中写明这是另一笔回款的原因，例如 --acknowledge-duplicate &quot;第二期以现金支付&quot;。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejected: the payment looks identical to payment %1, already recorded. Nothing was written. If this is a separate payment, run the command again with --acknowledge-duplicate NOTE saying why; the note is kept with the payment and in the audit log.</source>
        <translation>已拒绝：这笔回款与已登记的回款 %1 看似相同。未写入任何数据。如果确实是另一笔回款，请加上 --acknowledge-duplicate 说明 重新运行命令，写明原因；说明会随回款一起保存，并记入审计日志。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No recorded payment looks identical, so the note given with --acknowledge-duplicate is not needed and is not kept. Use --note for a note kept with the payment.</source>
        <translation>没有与之看似相同的已登记回款，因此不需要 --acknowledge-duplicate 给出的说明，该说明不会保存。如需随回款保存备注，请使用 --note。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Payment %1 recorded; nothing is left to pay on %2.</source>
        <translation>回款 %1 已登记；%2 已无未付金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment %1 recorded; %2 is still open on %3.</source>
        <translation>回款 %1 已登记；%3 尚有 %2 未付。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payment %1 already exists for request key “%2”. Nothing more was written.</source>
        <translation>请求编号“%2”对应的回款 %1 已存在。未再写入任何数据。</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <location filename="../ui/recordpaymentdialog.ui" line="+14"/>
        <source>Record Payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paid for:</source>
        <translation>回款项目：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Installment:</source>
        <translation>分期(&amp;I)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Amount:</source>
        <translation>回款金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The amount received, at most the open amount. It is pre-filled with the open amount; change it for a partial payment.</source>
        <translation>收到的金额，不能超过未结金额。默认填入未结金额；部分回款时请修改。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paid &amp;on:</source>
        <translation>回款日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Payment method:</source>
        <translation>支付方式(&amp;P)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Re&amp;ference:</source>
        <translation>参考号(&amp;F)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bank transaction or receipt number, so the payment can be found later. Optional.</source>
        <translation>银行流水号或收据号，便于日后查找。选填。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Review…</source>
        <translation>下一步(&amp;R)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/widgets/recordpaymentdialog.cpp" line="+83"/>
        <source>Discard Payment</source>
        <translation>放弃回款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this payment? The values you entered are not saved.</source>
        <translation>放弃这笔回款吗？已填写的内容不会保存。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No. %1, due %2, open %3</source>
        <extracomment>An installment: its number, due date and the amount still open.</extracomment>
        <translation>第 %1 期，%2 到期，未结 %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No customer with id %1 was found.</source>
        <translation>未找到 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <extracomment>Customer code and company name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to pay was found. Close the dialog and choose a bill or a posted charge of this customer.</source>
        <translation>未找到可回款的项目。请关闭对话框，选择该客户的账单或已入账补费。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1
Open: %2 of %3</source>
        <extracomment>What is paid (%1), its open amount (%2) and its whole amount (%3).</extracomment>
        <translation>%1
未结金额：%2（共 %3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Could not load the customer: %1</source>
        <translation>无法加载客户：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load what is paid: %1</source>
        <translation>无法加载回款项目：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the list of payment methods: %1</source>
        <translation>无法加载支付方式列表：%1</translation>
    </message>
</context>
<context>
    <name>RejectChargeDialog</name>
    <message>
        <location filename="../src/widgets/rejectchargedialog.cpp" line="+54"/>
        <source>Reject Charge</source>
        <translation>驳回补费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejecting keeps the charge on record with the reason, and it never counts in any balance. To charge the customer after all, enter the charge again.</source>
        <translation>驳回后，补费连同原因保留在记录中，但不计入任何余额。如仍需向客户收取，请重新录入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason for rejecting (required):</source>
        <translation>驳回原因（必填）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject Charge</source>
        <translation>驳回补费(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No charge with id %1 was found.</source>
        <translation>找不到编号为 %1 的补费。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the charge: %1</source>
        <translation>无法读取补费：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Charge:</source>
        <extracomment>Charge id, fee type and customer code.</extracomment>
        <translation>补费：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1, %2, customer %3</source>
        <translation>编号 %1，%2，客户 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered:</source>
        <extracomment>Who entered a charge (%1) and when (%2).</extracomment>
        <translation>录入：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by %1 on %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This charge no longer waits for approval; its status is %1.</source>
        <translation>该补费已不在待审批状态，其状态为“%1”。</translation>
    </message>
</context>
<context>
    <name>ReminderAnnouncer</name>
    <message>
        <location filename="../src/core/reminderannouncer.cpp" line="+50"/>
        <source>The reminders could not be announced: %1. They are announced on the next refresh.</source>
        <translation>无法发送提醒通知：%1。将在下次刷新时发送。</translation>
    </message>
</context>
<context>
    <name>ReminderItem</name>
    <message numerus="yes">
        <location filename="../src/core/reminderitem.cpp" line="+38"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Installment %1 of %2, charge %3, %4</source>
        <extracomment>Installment number, number of installments in the plan, charge id and fee type.</extracomment>
        <translation>第 %1/%2 期，补费 %3，%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1, %2</source>
        <extracomment>Charge id and fee type.</extracomment>
        <translation>补费 %1，%2</translation>
    </message>
</context>
<context>
    <name>ReminderItemLookup</name>
    <message>
        <location filename="../src/core/reminderitemlookup.cpp" line="+15"/>
        <source>Reminders are kept for charges and installments, not for bill %1. Choose a charge or an installment.</source>
        <translation>提醒只适用于补费和分期，不适用于账单 %1。请选择一笔补费或一期分期。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Installment %1 does not exist. Check the installment.</source>
        <translation>分期 %1 不存在。请检查所选分期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge %1 does not exist. Check the charge number.</source>
        <translation>补费 %1 不存在。请检查补费编号。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Charge %1 is void, so there is nothing to remind the customer of.</source>
        <translation>补费 %1 已作废，无需提醒客户。</translation>
    </message>
</context>
<context>
    <name>ReminderLetterBuilder</name>
    <message>
        <location filename="../src/reports/reminderletterbuilder.cpp" line="+18"/>
        <location line="+44"/>
        <source>Payment reminder</source>
        <translation>催款通知</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Bill issued %1</source>
        <translation>账单（开具日期：%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, on bill %2</source>
        <comment>fee type and bill number</comment>
        <translation>%1（账单 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, installment %2 of %3</source>
        <comment>fee type, installment number and count</comment>
        <translation>%1，第 %2/%3 期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No. %1</source>
        <comment>charge number</comment>
        <translation>补费 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dear %1,</source>
        <translation>尊敬的%1：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>According to our records, the amounts below on your account %1 were due before %2 and have not been paid yet. Perhaps this has escaped your attention. We kindly ask you to pay them as soon as possible.</source>
        <translation>经我司核对，贵公司账户（客户编号：%1）中的下列款项已于 %2 前到期，但至今尚未支付，或许是贵公司一时疏忽所致。烦请尽快安排付款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We last wrote to you about open amounts on %1.</source>
        <translation>我司曾于 %1 就未付款项致函贵公司。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please pay %1, quoting your customer code %2.</source>
        <translation>请支付 %1，并在付款时注明贵公司的客户编号 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If you have paid in the meantime, please disregard this letter and accept our thanks.</source>
        <translation>如贵公司在此期间已付款，请忽略本通知，谨此致谢。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind regards,</source>
        <translation>顺颂商祺！</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To</source>
        <translation>致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>From</source>
        <translation>发件单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>未付金额</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total overdue %1</source>
        <translation>%1 逾期合计</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pay to</source>
        <translation>收款单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment reference</source>
        <translation>付款附言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer %1</source>
        <comment>payment reference</comment>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email %1</source>
        <translation>电子邮箱 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions about these amounts: please contact %1.</source>
        <translation>如对上述款项有任何疑问，请联系：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>contact details separator</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ReminderLetterDialog</name>
    <message>
        <location filename="../ui/reminderletterdialog.ui" line="+14"/>
        <source>Reminder Letters</source>
        <translation>催款通知</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Letter &amp;date:</source>
        <translation>通知日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Check &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check N&amp;one</source>
        <translation>全不选(&amp;O)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../src/widgets/reminderletterdialog.cpp" line="+137"/>
        <source>Finding the overdue amounts…</source>
        <translation>正在查找逾期款项…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The overdue amounts could not be read.</source>
        <translation>无法读取逾期款项。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Record Letters as Sent?</source>
        <translation>将催款通知记为已发送？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Were the %n reminder letter(s) dated %1 sent? Recording them shows the date under Last letter, and the next letter to the customer mentions it.</source>
        <translation>
            <numerusform>日期为 %1 的 %n 份催款通知是否已发出？记为已发送后，“上次催款”列会显示该日期，下一次给该客户的催款通知也会提到这次催款。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Record as Sent</source>
        <translation>记为已发送(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not Sent</source>
        <translation>未发送(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letters Not Recorded</source>
        <translation>催款通知未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letters could not be recorded as sent: %1</source>
        <translation>无法将催款通知记为已发送：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n letter(s) recorded as sent on %1.</source>
        <translation>
            <numerusform>已将 %n 份通知记为于 %1 发送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customers below have amounts that were due before the letter date and are still open. Check the customers to write to. After the letters are printed or saved as PDF, you can record them as sent.</source>
        <translation>以下客户有在通知日期之前到期、至今仍未结清的款项。请勾选要发送催款通知的客户。打印或保存为 PDF 之后，可以将这些通知记为已发送。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue items</source>
        <translation>逾期笔数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most days overdue</source>
        <translation>最长逾期天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue amount</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last letter</source>
        <translation>上次催款</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The company details lack: %1. Fill them in under Settings › Company Details before sending letters.</source>
        <translation>公司信息缺少：%1。发送催款通知前，请在“设置 › 公司信息”中填写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer has an amount overdue on %1.</source>
        <translation>截至 %1，没有客户有逾期款项。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>None of the checked customers has an amount overdue on %1 any more. Check the list again.</source>
        <translation>截至 %1，勾选的客户均已没有逾期款项。请重新核对列表。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reminder-letters_%1</source>
        <extracomment>File name of reminder letters without extension; %1 is the letter date, e.g. 2026-06-30. Use no characters that file names forbid.</extracomment>
        <translation>催款通知_%1</translation>
    </message>
</context>
<context>
    <name>ReminderLetterQuery</name>
    <message>
        <location filename="../src/core/reminderletterquery.cpp" line="+31"/>
        <source>Reminder letters need a date. Choose the day the letters are dated.</source>
        <translation>催款通知需要日期。请选择通知日期。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+29"/>
        <source>The reminder letters could not be read from the database: %1</source>
        <translation>无法从数据库读取催款通知：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer ID %1 not found. Choose a customer from the list.</source>
        <translation>未找到 ID 为 %1 的客户。请从列表中选择客户。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The overdue amounts of customer %1 in %2 are too large to add up.</source>
        <translation>客户 %1 的 %2 逾期金额过大，无法合计。</translation>
    </message>
</context>
<context>
    <name>ReminderLetterReport</name>
    <message>
        <location filename="../src/cli/reminderletterreport.cpp" line="+17"/>
        <source>“report reminder-letters” writes one payment reminder per --customer (repeatable) that has amounts overdue on --as-of (default: today), the date printed on the letters: the open part of bills, posted charges without an installment plan, and installments, due before that day. It needs --pdf. A customer with nothing overdue gets no letter and is named on standard error. --record-sent records the letters as sent once the PDF is written, so that the window shows their date and the next letter mentions it. When none of the customers has anything overdue, no PDF is written and the command ends with status 2.</source>
        <translation>“report reminder-letters”为每个用 --customer（可重复）指定、在 --as-of（默认为今天，即印在通知上的日期）有逾期款项的客户生成一份催款通知。逾期款项包括在该日期之前到期的账单未付部分、没有回款计划的已入账补费以及各期分期。需要 --pdf。没有逾期款项的客户不生成通知，并在标准错误输出中列出。--record-sent 在 PDF 写好后将这些通知记为已发送，窗口中随即显示其日期，下一次催款通知也会提到这次催款。所有客户都没有逾期款项时，不写入 PDF，命令以状态 2 结束。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--%1 does not apply to report reminder-letters. Leave it out.</source>
        <translation>--%1 不适用于 report reminder-letters。请去掉此选项。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report reminder-letters needs --customer CODE (repeatable) to choose the customers.</source>
        <translation>report reminder-letters 需要 --customer CODE（可重复）来选择客户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report reminder-letters needs --pdf FILE.</source>
        <translation>report reminder-letters 需要 --pdf FILE。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid --as-of “%1”: use a calendar date as YYYY-MM-DD, e.g. 2026-06-30.</source>
        <translation>--as-of “%1”无效：请使用 YYYY-MM-DD 格式的日历日期，例如 2026-06-30。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing of %1 is overdue on %2, so there is no letter to write.</source>
        <translation>%1 在 %2 均没有逾期款项，因此没有可生成的催款通知。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Customer %1 has nothing overdue on %2 and gets no letter.</source>
        <translation>客户 %1 在 %2 没有逾期款项，不生成催款通知。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: the company details lack %1, so the letters are printed without them. Enter them in the ChargeDesk window under Settings › Company Details.</source>
        <translation>警告：公司信息缺少%1，催款通知将不含这些信息。请在补费台窗口的“设置 › 公司信息”中填写。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n reminder letter(s) written to “%1”.</source>
        <translation>
            <numerusform>已将 %n 份催款通知写入“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n letter(s) recorded as sent on %1.</source>
        <translation>
            <numerusform>已将 %n 份通知记为于 %1 发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../src/widgets/remindernotifier.cpp" line="+58"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <location filename="../src/widgets/reminderpanel.cpp" line="+189"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due &amp;within:</source>
        <translation>到期范围(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <extracomment>Suffix of the reminder window spin box, after the number of days.</extracomment>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the items due within this many days from today, besides those due today and overdue</source>
        <translation>除今天到期和已逾期的事项外，还显示从今天起在此天数内到期的事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Contacted…</source>
        <translation>标记已联系(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a contact with the customer about this item; it leaves the list until its next step</source>
        <translation>记录就此事项与客户的联系；该事项在进入下一阶段前不再列出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;nooze…</source>
        <translation>稍后提醒(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this item until a day you choose</source>
        <translation>在选定日期前隐藏此事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Nothing is overdue, due today or due within %n day(s).</source>
        <translation>
            <numerusform>没有逾期、今天到期或 %n 天内到期的事项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n most urgent item(s) to follow up; more are due</source>
        <translation>
            <numerusform>最紧急的 %n 项待跟进；还有更多已到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) to follow up</source>
        <translation>
            <numerusform>%n 项待跟进</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderQuery</name>
    <message>
        <location filename="../src/core/reminderquery.cpp" line="+24"/>
        <source>The reminder window of %1 days is out of range. Enter 0 to %2 days.</source>
        <translation>提醒范围 %1 天超出允许范围。请输入 0 到 %2 天。</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>The reminders could not be read from the database.</source>
        <translation>无法从数据库读取提醒。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reminders could not be read from the database: %1</source>
        <translation>无法从数据库读取提醒：%1</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location filename="../src/core/remindersettings.cpp" line="+44"/>
        <source>The reminder window could not be saved in %1. Check that the file can be written.</source>
        <translation>无法将提醒范围保存到 %1。请检查该文件是否可写。</translation>
    </message>
</context>
<context>
    <name>ReminderSnoozer</name>
    <message>
        <location filename="../src/core/remindersnoozer.cpp" line="+30"/>
        <source>The snooze was not saved: the database could not start a transaction (%1). Nothing was written; try again.</source>
        <translation>稍后提醒未保存：数据库无法开始事务（%1）。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>The snooze was not saved: %1. Nothing was written; try again.</source>
        <translation>稍后提醒未保存：%1。未写入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The snooze date is missing. Enter the day the reminder should show again.</source>
        <translation>缺少再次提醒日期。请输入提醒再次显示的日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snooze date %1 is not after today, %2. Enter a later day.</source>
        <translation>再次提醒日期 %1 不晚于今天（%2）。请输入更晚的日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snooze date %1 is more than a year away. Enter %2 or an earlier day.</source>
        <translation>再次提醒日期 %1 距今超过一年。请输入 %2 或更早的日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note has %1 characters; at most %2 are allowed. Shorten the note.</source>
        <translation>备注有 %1 个字符，最多允许 %2 个。请缩短备注。</translation>
    </message>
</context>
<context>
    <name>ReminderSummary</name>
    <message numerus="yes">
        <location filename="../src/core/remindersummary.cpp" line="+29"/>
        <source>%n item(s) due today</source>
        <translation>
            <numerusform>今天到期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) due soon</source>
        <translation>
            <numerusform>即将到期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>即将到期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n more</source>
        <extracomment>Ends a list of customer names, e.g. &quot;Alfreds, Around the Horn and 2 more&quot;.</extracomment>
        <translation>
            <numerusform>另外 %n 家</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <extracomment>Counts of reminder items, then the names of their customers.</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ReminderTableModel</name>
    <message>
        <location filename="../src/models/remindertablemodel.cpp" line="+57"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due Date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Amount</source>
        <translation>未结金额</translation>
    </message>
</context>
<context>
    <name>RemindersCommand</name>
    <message>
        <location filename="../src/cli/reminderscommand.cpp" line="+23"/>
        <source>List the charges and installments that are overdue, due today or due soon.</source>
        <translation>列出已逾期、今天到期或即将到期的补费和分期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists what the Reminders panel of the ChargeDesk window shows: posted charges without an installment plan and the installments of active plans, with an open amount, that are overdue, due today or due within the window. Snoozed items and items contacted in their current step are left out, and an overdue item comes back 7 days after its latest contact. Overdue items come first, oldest first.</source>
        <translation>列出补费台窗口“提醒”面板中显示的事项：没有回款计划的已入账补费，以及生效回款计划中的各期分期，条件是仍有未结金额，并且已逾期、今天到期或在提醒范围内到期。已设置稍后提醒的事项和在当前阶段已联系过的事项不列出；已逾期的事项在最近一次联系 7 天后重新列出。已逾期的事项排在最前，逾期最久的在最上面。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today is the date on this computer&apos;s clock in its time zone (TZ), unless --as-of gives another. The default window is the one chosen in the window (%1 days unless changed).</source>
        <translation>“今天”指本机时钟在本机时区（TZ）的日期，除非用 --as-of 指定其他日期。默认提醒范围为在补费台窗口中选择的范围（未修改时为 %1 天）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV format is for programs: UTF-8 without a byte order mark, a header row, codes instead of labels, dates as YYYY-MM-DD, amounts in major units (1234.50) with a currency column, and step as due_soon, due_today or overdue. days_past_due is negative before the due date.</source>
        <translation>CSV 格式供程序读取：UTF-8 编码，不带字节顺序标记，含表头行，使用代码而非名称，日期格式为 YYYY-MM-DD，金额以主单位表示（1234.50）并附币种列，step 为 due_soon、due_today 或 overdue。到期日之前 days_past_due 为负数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also list items due within N days after today, 0 to %1. Default: the window chosen in the ChargeDesk window.</source>
        <translation>同时列出今天之后 N 天内到期的事项，N 为 0 到 %1。默认：在补费台窗口中选择的提醒范围。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output format: text (the default) or csv.</source>
        <translation>输出格式：text（默认）或 csv。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List as on this day (YYYY-MM-DD) instead of today.</source>
        <translation>按此日期（YYYY-MM-DD）而非今天列出。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invalid --format “%1”: use text or csv.</source>
        <translation>--format “%1”无效：请使用 text 或 csv。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --days “%1”: use a whole number from 0 to %2.</source>
        <translation>--days “%1”无效：请使用 0 到 %2 之间的整数。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid --as-of “%1”: use a date as YYYY-MM-DD, e.g. 2024-07-31.</source>
        <translation>--as-of “%1”无效：请使用 YYYY-MM-DD 格式的日期，例如 2024-07-31。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Reminders on %1, window %n day(s):</source>
        <translation>
            <numerusform>%1 的提醒，提醒范围 %n 天：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is overdue, due today or due within the window.</source>
        <translation>没有逾期、今天到期或在提醒范围内到期的事项。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open amount</source>
        <translation>未结金额</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="+55"/>
        <source>“report statement” needs --customer, --from and --to: the opening balance before --from, every bill, charge, void, payment and payment reversal of the period with the running balance, and the closing balance.</source>
        <translation>“report statement”需要 --customer、--from 和 --to：输出 --from 之前的期初余额，期间内每一笔账单、补费、作废、付款和付款冲回及其滚动余额，以及期末余额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“report notice” writes one notice per charge, each on its own pages, for the charges given with --charge, or for every posted charge of the --customer. It needs --pdf. A void charge gets no notice. The notices print the company details set in the ChargeDesk window (Settings › Company Details); when some are missing, the command says so on standard error and prints the notices without them.</source>
        <translation>“report notice”为每笔补费生成一份通知单，各自单独成页，对象为 --charge 指定的补费，或 --customer 的全部已入账补费。需要 --pdf。已作废的补费不生成通知单。通知单打印在补费台窗口中设置的公司信息（设置 › 公司信息）；信息不全时，命令会在标准错误输出中说明，并在缺少这些信息的情况下打印通知单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Documents follow --language. Without --pdf or --csv, report charges and report statement print the counts and totals. Files are written to a temporary file that replaces FILE only when complete.</source>
        <translation>文档语言由 --language 决定。不加 --pdf 或 --csv 时，report charges 和 report statement 只输出笔数和合计。文件先写入临时文件，完成后才替换 FILE。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files are UTF-8 with a byte order mark and RFC 4180, with amounts in major units with &apos;.&apos; and no grouping (1234.50) beside a currency column, and dates as YYYY-MM-DD. The first column, row_type, tells the kinds of rows apart: detail, subtotal_customer, subtotal_fee_type and total in the charge report, and opening_balance, detail, total_debits, total_credits and closing_balance in the statement. Charge report columns: %1. Statement columns: %2.</source>
        <translation>CSV 文件采用带 BOM 的 UTF-8 编码并符合 RFC 4180；金额以主单位表示，用“.”作小数点，不带千位分隔符（1234.50），另有币种列；日期格式为 YYYY-MM-DD。第一列 row_type 用于区分行的类型：补费明细表中为 detail、subtotal_customer、subtotal_fee_type 和 total，对账单中为 opening_balance、detail、total_debits、total_credits 和 closing_balance。补费明细表的列：%1。对账单的列：%2。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>First day of the period as YYYY-MM-DD.</source>
        <translation>期间的第一天，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of the period as YYYY-MM-DD, included.</source>
        <translation>期间的最后一天（含当日），格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which day of a charge --from and --to compare in report charges: entry (the default) or due.</source>
        <translation>在 report charges 中，--from 和 --to 比较补费的哪个日期：entry（默认）或 due。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer code, e.g. ALFKI. Repeatable in report charges.</source>
        <translation>客户编号，例如 ALFKI。在 report charges 中可重复使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only charges of this fee type, e.g. SERVICE. Repeatable.</source>
        <translation>只包括该费用类型的补费，例如 SERVICE。可重复使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only charges with this reason, e.g. UNPAID. Repeatable.</source>
        <translation>只包括该补费原因的补费，例如 UNPAID。可重复使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only posted or only void charges. Repeatable.</source>
        <translation>只包括已入账（posted）或已作废（void）的补费。可重复使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only charges with this payment method, e.g. CASH. Repeatable.</source>
        <translation>只包括该支付方式的补费，例如 CASH。可重复使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only charges entered by this user. Repeatable.</source>
        <translation>只包括该用户录入的补费。可重复使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge to write a notice for. Repeatable.</source>
        <translation>要出具通知单的补费。可重复使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the document as PDF to FILE.</source>
        <translation>将文档以 PDF 格式写入 FILE。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the report or the statement as CSV to FILE.</source>
        <translation>将补费明细表或对账单以 CSV 格式写入 FILE。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>--%1 does not apply to report %2. Leave it out.</source>
        <translation>--%1 不适用于 report %2。请去掉此选项。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>report statement needs --%1.</source>
        <translation>report statement 需要 --%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report statement takes one --customer; run it once per customer.</source>
        <translation>report statement 只接受一个 --customer；请为每个客户分别运行一次。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>report notice needs --pdf FILE.</source>
        <translation>report notice 需要 --pdf FILE。</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Invalid option values end with status 1, an unknown customer or charge with 3, a void charge, a customer without posted charges for notices or an output file that cannot be written with 2. --pdf ends with status 3 when the font that reports print with, Noto Sans CJK from the Debian package fonts-noto-cjk, is not installed or cannot be loaded, and no PDF is written.</source>
        <translation>选项值无效时退出状态为 1；客户或补费不存在时为 3；补费已作废、打印通知单的客户没有已入账补费或输出文件无法写入时为 2。报表所用字体（Debian 软件包 fonts-noto-cjk 中的 Noto Sans CJK）未安装或无法加载时，--pdf 以状态 3 结束，且不写入 PDF。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Write the charge report, a customer statement, charge notices or reminder letters as PDF or CSV.</source>
        <translation>以 PDF 或 CSV 格式输出补费明细表、客户对账单、补费通知单或催款通知。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>KIND is charges, statement, notice or reminder-letters. “report charges” lists the charges that match every filter given (all charges without filters), grouped by customer, with subtotals by customer and by fee type and totals per currency. Void charges are listed but not counted in any amount. --from and --to are inclusive days of --date-basis: entry (the day the charge was entered, in local time; the default) or due (the due date). Repeat --customer, --fee-type, --reason, --status, --payment-method or --entered-by to allow several values.</source>
        <translation>KIND 为 charges、statement、notice 或 reminder-letters。“report charges”列出符合所有给定筛选条件的补费（未给筛选条件时列出全部补费），按客户分组，按客户和费用类型小计，并按币种合计。已作废的补费会列出，但不计入任何金额。--from 和 --to 是 --date-basis 所指日期的起止日（含当日）：entry（补费的录入日期，按本地时间；默认）或 due（支付日期）。重复使用 --customer、--fee-type、--reason、--status、--payment-method 或 --entered-by 可指定多个值。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>What to write: charges, statement, notice or reminder-letters.</source>
        <translation>输出内容：charges、statement、notice 或 reminder-letters。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Date of reminder letters, as YYYY-MM-DD: items due before it are overdue. Default: today.</source>
        <translation>催款通知的日期，格式为 YYYY-MM-DD：在此日期之前到期的款项即为逾期。默认：今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the reminder letters as sent once the PDF is written.</source>
        <translation>PDF 写好后将催款通知记为已发送。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invalid KIND “%1”: use charges, statement, notice or reminder-letters.</source>
        <translation>KIND “%1”无效：请使用 charges、statement、notice 或 reminder-letters。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>report notice needs --charge ID (repeatable) or --customer CODE to choose the charges.</source>
        <translation>report notice 需要 --charge ID（可重复）或 --customer CODE 来选择补费。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report notice takes either --charge or --customer, not both. Leave one of them out.</source>
        <translation>report notice 只能使用 --charge 或 --customer 其中之一，不能同时使用。请去掉其中一个。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report notice takes one --customer; run it once per customer.</source>
        <translation>report notice 只接受一个 --customer；请为每个客户分别运行一次。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invalid --%1 “%2”: give the path of a file, e.g. report.%1.</source>
        <translation>--%1 “%2”无效：请给出文件路径，例如 report.%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder “%1” of --%2 not found. Create it or give another path.</source>
        <translation>未找到 --%2 所在的文件夹“%1”。请创建该文件夹，或给出其他路径。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Charge report written to “%1”.</source>
        <translation>补费明细表已写入“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charge report CSV written to “%1”.</source>
        <translation>补费明细表 CSV 已写入“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charges listed: %1 (%2 counted, %3 void)</source>
        <translation>列出补费：%1 笔（计入 %2 笔，作废 %3 笔）</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Total %1: %2 from %n charge(s)</source>
        <translation>
            <numerusform>%1 合计：%2（共 %n 笔）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Voided %1: %2 from %n void charge(s)</source>
        <translation>
            <numerusform>作废 %1：%2，共 %n 笔作废补费</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Statement written to “%1”.</source>
        <translation>对账单已写入“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statement CSV written to “%1”.</source>
        <translation>对账单 CSV 已写入“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statement of %1 %2 from %3 to %4</source>
        <translation>%1 %2 对账单，%3 至 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening balance: %1</source>
        <translation>期初余额：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movements: %1</source>
        <translation>往来明细：%1 笔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debits: %1</source>
        <translation>借方合计：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits: %1</source>
        <translation>贷方合计：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing balance: %1</source>
        <translation>期末余额：%1</translation>
    </message>
</context>
<context>
    <name>ReportCsvFile</name>
    <message>
        <location filename="../src/core/reportcsvfile.cpp" line="+12"/>
        <source>Could not create “%1”: %2. Check that the folder exists and that you may write to it.</source>
        <translation>无法创建“%1”：%2。请检查文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not write “%1”: %2. Check the free disk space and try again.</source>
        <translation>无法写入“%1”：%2。请检查磁盘剩余空间后重试。</translation>
    </message>
</context>
<context>
    <name>ReportFilterOptions</name>
    <message>
        <location filename="../src/cli/reportfilteroptions.cpp" line="+25"/>
        <source>Invalid --%1 “%2”: use a calendar date as YYYY-MM-DD, e.g. %3.</source>
        <translation>--%1 “%2”无效：请使用 YYYY-MM-DD 格式的日历日期，例如 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid period: --from %1 is after --to %2. Swap the dates.</source>
        <translation>期间无效：--from %1 晚于 --to %2。请交换这两个日期。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invalid --date-basis “%1”: use entry or due.</source>
        <translation>--date-basis “%1”无效：请使用 entry 或 due。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invalid %1: %2</source>
        <comment>option name and the problem</comment>
        <translation>%1 无效：%2</translation>
    </message>
</context>
<context>
    <name>ReportFontBuilder</name>
    <message>
        <location filename="../src/reports/reportfontbuilder.cpp" line="+57"/>
        <location line="+6"/>
        <source>Cannot read the font file %1: %2.</source>
        <translation>无法读取字体文件 %1：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The font file %1 does not contain the font %2.</source>
        <translation>字体文件 %1 中不包含字体 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The font %1 in %2 has no Unicode character map.</source>
        <translation>%2 中的字体 %1 没有 Unicode 字符映射表。</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <location filename="../src/reports/reportfonts.cpp" line="+66"/>
        <source>The font Noto Sans CJK (%1) is not installed, so reports cannot print Chinese text. Install the Debian package fonts-noto-cjk.</source>
        <translation>未安装 Noto Sans CJK 字体（%1），报表无法打印中文。请安装 Debian 软件包 fonts-noto-cjk。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The font %1 from %2 could not be loaded. Reinstall the Debian package fonts-noto-cjk.</source>
        <translation>无法加载 %2 中的字体 %1。请重新安装 Debian 软件包 fonts-noto-cjk。</translation>
    </message>
</context>
<context>
    <name>ReportJobRunner</name>
    <message>
        <location filename="../src/widgets/reportjobrunner.cpp" line="+48"/>
        <source>Could not open the database “%1” to read the report: %2. Check that the file still exists and try again.</source>
        <translation>无法打开数据库“%1”以读取报表数据：%2。请确认该文件仍然存在，然后重试。</translation>
    </message>
</context>
<context>
    <name>ReportMenus</name>
    <message>
        <location filename="../src/widgets/reportmenus.cpp" line="+113"/>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Charge Report…</source>
        <translation>补费明细表(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the charges of a period by customer, with subtotals by fee type and customer.</source>
        <translation>按客户列出某一期间的补费，并按费用类型和客户小计。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer &amp;Statement…</source>
        <translation>客户对账单(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a customer&apos;s bills, charges and payments in a period, with the running balance.</source>
        <translation>显示客户在某一期间的账单、补费和付款，以及滚动余额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge &amp;Notices…</source>
        <translation>补费通知单(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a notice for each of a customer&apos;s posted charges, telling the customer what to pay and where.</source>
        <translation>为客户的每笔已入账补费打印一份通知单，告知客户应付金额及付款信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;pending Analysis…</source>
        <translation>消费分析(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart the charges and payments of charges by month, fee type, reason and customer, with the share of billing errors.</source>
        <translation>按月份、费用类型、补费原因和客户以图表显示补费与补费回款，并给出账单错误占比。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Aged Receivables…</source>
        <translation>账龄分析(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what each customer owes by how many days it is past due: not yet due, 1–30, 31–60, 61–90 and over 90 days.</source>
        <translation>按逾期天数显示每个客户的未付金额：未到期、1–30 天、31–60 天、61–90 天和 90 天以上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reminder Letters…</source>
        <translation>催款通知(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print payment reminders to customers with overdue amounts and record them as sent.</source>
        <translation>为有逾期金额的客户打印催款通知，并将其记为已发送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;Data Integrity…</source>
        <translation>数据一致性检查(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the audit log is unbroken, that charges and payments match their audit records, and that stored balances add up.</source>
        <translation>检查审计日志是否完整、补费和回款是否与其审计记录相符，以及存储的余额是否与明细相符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company Details…</source>
        <translation>公司信息(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the company name, address and payment details printed on reports and notices.</source>
        <translation>填写打印在报表和通知单上的公司名称、地址和收款信息。</translation>
    </message>
</context>
<context>
    <name>ReportOutputController</name>
    <message>
        <location filename="../src/widgets/reportoutputcontroller.cpp" line="+108"/>
        <location line="+11"/>
        <source>Laying out the report…</source>
        <translation>正在排版报表…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Fonts Missing</source>
        <translation>缺少字体</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The report could not be laid out in pages.</source>
        <translation>无法对报表进行分页排版。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be built.</source>
        <translation>无法生成报表。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing canceled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report could not be printed.</source>
        <translation>无法打印报表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing “%1”…</source>
        <translation>正在写入“%1”…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Canceled. No file was written.</source>
        <translation>已取消。未写入任何文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not saved.</source>
        <translation>文件未保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save “%1”: %2

Check that the folder exists and that you may write there, or choose another file name, then save again.</source>
        <translation>无法保存“%1”：%2

请检查文件夹是否存在、您是否有写入权限，或换一个文件名，然后重新保存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save Report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report Failed</source>
        <translation>报表生成失败</translation>
    </message>
</context>
<context>
    <name>ReportPageFrame</name>
    <message>
        <location filename="../src/reports/reportpageframe.cpp" line="+54"/>
        <source>Printed %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <location filename="../src/reports/reportpdfwriter.cpp" line="+24"/>
        <location line="+37"/>
        <source>Cannot write the PDF file %1: %2.</source>
        <translation>无法写入 PDF 文件 %1：%2。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Writing the PDF file %1 was canceled.</source>
        <translation>已取消写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF file %1 was not written: %2</source>
        <translation>PDF 文件 %1 未写入：%2</translation>
    </message>
</context>
<context>
    <name>ReportPeriodFields</name>
    <message>
        <location filename="../src/widgets/reportperiodfields.cpp" line="+90"/>
        <source>The period starts on %1, after it ends on %2. Choose a From date on or before the To date.</source>
        <translation>期间的起始日期 %1 晚于截止日期 %2。请选择不晚于截止日期的起始日期。</translation>
    </message>
</context>
<context>
    <name>ReportProgressPanel</name>
    <message>
        <location filename="../src/widgets/reportprogresspanel.cpp" line="+71"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the report. No file is written.</source>
        <translation>停止生成报表。不会写入任何文件。</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../src/reports/reportrenderer.cpp" line="+145"/>
        <location line="+40"/>
        <source>Printing was canceled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot start printing: the printer or the PDF file cannot be opened.</source>
        <translation>无法开始打印：无法打开打印机或 PDF 文件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot start page %1 of %2 on the printer or in the PDF file.</source>
        <translation>无法在打印机或 PDF 文件中开始第 %1 页（共 %2 页）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Printing failed: the printer or the PDF file did not accept the pages.</source>
        <translation>打印失败：打印机或 PDF 文件未接受这些页面。</translation>
    </message>
</context>
<context>
    <name>ReportTablePaginator</name>
    <message>
        <location filename="../src/reports/reporttablepaginator.cpp" line="+197"/>
        <source>%1 (continued)</source>
        <comment>group heading repeated on the next page</comment>
        <translation>%1（续）</translation>
    </message>
</context>
<context>
    <name>ReversePaymentCommand</name>
    <message>
        <location filename="../src/cli/reversepaymentcommand.cpp" line="+11"/>
        <source>Reverse a payment, keeping it on record with the reason.</source>
        <translation>冲销一笔回款，保留记录并记下冲销原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payment stays in show-customer with status reversed. Its amount is taken off the paid amounts of the charge, installment and bill and added back to the customer&apos;s balance. The operating system user is recorded as the one who reversed it.</source>
        <translation>冲销后，该回款仍会出现在 show-customer 中，状态为已冲销。其金额从补费、分期和账单的已付金额中扣回，并重新计入客户余额。冲销人记为当前操作系统用户。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The payment&apos;s ID, as record-payment and show-customer print it.</source>
        <translation>回款编号，即 record-payment 和 show-customer 输出的编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the payment is reversed; required, at most %1 characters.</source>
        <translation>冲销原因；必填，最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid payment ID “%1”: use the number that show-customer shows in the ID column of its payments.</source>
        <translation>回款编号“%1”无效：请使用 show-customer 在回款列表“编号”列中显示的数字。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read payment %1 from the database: %2</source>
        <translation>无法从数据库读取回款 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment %1 not found. Run show-customer CODE to see a customer&apos;s payments.</source>
        <translation>未找到回款 %1。运行 show-customer CODE 可查看客户的回款。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Payment %1 is reversed.</source>
        <translation>回款 %1 已冲销。</translation>
    </message>
</context>
<context>
    <name>ReversePaymentDialog</name>
    <message>
        <location filename="../src/widgets/reversepaymentdialog.cpp" line="+76"/>
        <source>%1, installment %2</source>
        <extracomment>What a payment paid (%1) and the number of the installment (%2).</extracomment>
        <translation>%1，第 %2 期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reverse Payment</source>
        <translation>冲销回款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversing keeps the payment on record but takes its amount off what it paid, so that amount is open again and the customer&apos;s balance rises. It cannot be undone.</source>
        <translation>冲销后该回款记录仍会保留，但其金额会从所付项目中扣回，该金额重新变为未结，客户余额相应增加。冲销无法撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason for the reversal (required):</source>
        <translation>冲销原因(&amp;R)（必填）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;verse Payment</source>
        <translation>冲销回款(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No payment with id %1 was found.</source>
        <translation>未找到 ID 为 %1 的回款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the payment: %1</source>
        <translation>无法加载该回款：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment:</source>
        <extracomment>Payment id and the date it was paid.</extracomment>
        <translation>回款：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1, paid on %2</source>
        <translation>编号 %1，%2 回款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid for:</source>
        <translation>回款项目：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method:</source>
        <translation>支付方式：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference:</source>
        <translation>参考号：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This payment was reversed already, by %1 on %2.</source>
        <translation>该回款已被冲销：由 %1 于 %2 冲销。</translation>
    </message>
</context>
<context>
    <name>SchemaMigration</name>
    <message>
        <location filename="../src/core/schemamigration.cpp" line="+35"/>
        <location line="+10"/>
        <location line="+83"/>
        <location line="+30"/>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>迁移到数据库结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+7"/>
        <location line="+11"/>
        <source>Could not start the schema migration: %1</source>
        <translation>无法开始数据库结构迁移：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create the schema version table: %1</source>
        <translation>无法创建数据库结构版本表：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The migration script for schema version %1 is missing.</source>
        <translation>缺少数据库结构版本 %1 的迁移脚本。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not record schema version %1: %2</source>
        <translation>无法记录数据库结构版本 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Migration to schema version %1 failed: a row of the table “%2” refers to a row that does not exist. Nothing was changed.</source>
        <translation>迁移到数据库结构版本 %1 失败：表“%2”中有一行引用了不存在的行。未做任何更改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not commit the schema migration: %1</source>
        <translation>无法提交数据库结构迁移：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not configure the database “%1”: %2.</source>
        <translation>无法配置数据库“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>ShowCustomerCommand</name>
    <message>
        <location filename="../src/cli/showcustomercommand.cpp" line="+16"/>
        <source>Show a customer&apos;s details, bills, charges, payments and outstanding balance.</source>
        <translation>显示客户的详细信息、账单、补费、回款和未结余额。</translation>
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
        <source>Could not read the payments of %1: %2</source>
        <translation>无法读取 %1 的回款：%2</translation>
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
        <source>Payments: %1</source>
        <translation>回款：共 %1 笔</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>ShowSettingsCommand</name>
    <message>
        <location filename="../src/cli/showsettingscommand.cpp" line="+14"/>
        <source>Show your role, the period lock date and the approval thresholds.</source>
        <translation>显示您的角色、关账日期和审批金额门槛。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists your login and its role, the period lock date with every move of it (newest first), and the amount per currency above which a charge waits for approval. Dates and times are local; amounts are in the currency&apos;s major unit.</source>
        <translation>列出您的登录名及其角色、关账日期及其每次调整（最新的在前），以及各币种中补费需要审批的金额门槛。日期和时间为本地时间；金额以该币种的主单位表示。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the settings from the database: %1</source>
        <translation>无法从数据库读取设置：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account: %1, acting as %2 because no users are set up.</source>
        <translation>账户：%1；尚未设置用户，因此按“%2”角色操作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account: %1 (%2), role: %3.</source>
        <translation>账户：%1（%2），角色：%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval thresholds: none; no charge waits for approval.</source>
        <translation>审批金额门槛：无；所有补费都无需审批。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 above %2</source>
        <translation>%1 金额超过 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approval thresholds: charges in %1 wait for approval.</source>
        <translation>审批金额门槛：%1 的补费需要审批。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period lock date: none; every date is open.</source>
        <translation>关账日期：无；所有日期均未关账。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period lock date: %1. Nothing dated on or before it can be entered or changed.</source>
        <translation>关账日期：%1。该日期及之前的业务不能录入或更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock date</source>
        <translation>关账日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved by</source>
        <translation>调整人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved at</source>
        <translation>调整时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../src/widgets/snoozedialog.cpp" line="+83"/>
        <source>Snooze Reminder</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2, due %3, open %4</source>
        <extracomment>Customer name, then the item with its due date and open amount.</extracomment>
        <translation>%1
%2，%3 到期，未结 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;again on:</source>
        <translation>再次提醒日期(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. “Waiting for the signed contract”</source>
        <translation>选填，例如“等待已签署的合同”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snooze</source>
        <translation>稍后提醒(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SpendingAnalysisDialog</name>
    <message>
        <location filename="../src/widgets/spendinganalysisdialog.cpp" line="+112"/>
        <source>Save Charts as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts Not Saved</source>
        <translation>图表未保存</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Spending Analysis</source>
        <translation>消费分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts of different currencies are never added up, so the analysis covers one currency at a time.</source>
        <translation>不同币种的金额不会相加，因此每次只分析一个币种。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save P&amp;NG…</source>
        <translation>保存 PNG(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>spending_%1_%2_%3</source>
        <extracomment>File name of the spending analysis PDF or PNG without extension; %1 is the currency code, %2 and %3 the first and last month as 2026-01. Use no characters that file names forbid (/  : * ? &quot; &lt; &gt; |).</extracomment>
        <translation>消费分析_%1_%2_%3</translation>
    </message>
</context>
<context>
    <name>SpendingBarChart</name>
    <message numerus="yes">
        <location filename="../src/widgets/spendingbarchart.cpp" line="+52"/>
        <source>%1, %2 of the charges (%n charges)</source>
        <translation>
            <numerusform>%1，占补费总额的 %2（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Charges</source>
        <translation>补费</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <comment>label and rank</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>SpendingChartPanel</name>
    <message>
        <location filename="../src/widgets/spendingchartpanel.cpp" line="+82"/>
        <source>No posted charges in %1.</source>
        <translation>%1 期间没有已入账的补费。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charges by fee type (%1)</source>
        <translation>按费用类型的补费（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charges by reason (%1)</source>
        <translation>按补费原因的补费（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers with the most charges (%1)</source>
        <translation>补费最多的客户（%1）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write the PNG file %1: %2. Choose another folder or file name.</source>
        <translation>无法写入 PNG 文件 %1：%2。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>   ·   </source>
        <comment>between the totals above the charts</comment>
        <translation>&#x3000;·&#x3000;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Posted charges: %1 (%n charges)</source>
        <translation>
            <numerusform>已入账补费：%1（%n 笔）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Payments of charges: %1 (%n payments)</source>
        <translation>
            <numerusform>补费回款：%1（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing-error share: %1 (%2 of %3)</source>
        <translation>账单错误占比：%1（%3 中的 %2）</translation>
    </message>
</context>
<context>
    <name>SpendingChartView</name>
    <message>
        <location filename="../src/widgets/spendingchartview.cpp" line="+42"/>
        <source>Cannot write the PNG file %1: %2. Choose another folder or file name.</source>
        <translation>无法写入 PNG 文件 %1：%2。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chart Not Saved</source>
        <translation>图表未保存</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Save as &amp;PNG…</source>
        <translation>另存为 PNG(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>SpendingFilter</name>
    <message>
        <location filename="../src/core/spendingfilter.cpp" line="+31"/>
        <source>Choose a currency: the analysis adds up amounts of one currency only.</source>
        <translation>请选择币种：分析只汇总同一币种的金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The currency &quot;%1&quot; is not an ISO 4217 code. Use three capital letters, such as CNY.</source>
        <translation>币种“%1”不是 ISO 4217 代码。请使用三个大写字母，例如 CNY。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the first and the last month of the period.</source>
        <translation>请选择期间的起始月份和截止月份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period starts in %1, after its last month %2. Choose a first month on or before the last one.</source>
        <translation>期间从 %1 开始，晚于截止月份 %2。请选择不晚于截止月份的起始月份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period from %1 to %2 has %3 months. Choose at most %4 months.</source>
        <translation>%1 至 %2 的期间共 %3 个月。请最多选择 %4 个月。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ranking must list at least 1 customer, not %1.</source>
        <translation>排名至少要列出 1 个客户，不能是 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 – %2</source>
        <comment>first and last month of a period</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>SpendingMonthlyChart</name>
    <message numerus="yes">
        <location filename="../src/widgets/spendingmonthlychart.cpp" line="+47"/>
        <source>Charges: %1 (%n charges)</source>
        <translation>
            <numerusform>补费：%1（%n 笔）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Payments of charges: %1 (%n payments)</source>
        <translation>
            <numerusform>补费回款：%1（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 – %2</source>
        <comment>first and last year of a period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charges and payments by month (%1)</source>
        <translation>每月补费与回款（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charges</source>
        <translation>补费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments of charges</source>
        <translation>补费回款</translation>
    </message>
</context>
<context>
    <name>SpendingPeriodFields</name>
    <message>
        <location filename="../src/widgets/spendingperiodfields.cpp" line="+86"/>
        <source>&amp;From:</source>
        <translation>起始月份(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>截止月份(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>SpendingPieChart</name>
    <message numerus="yes">
        <location filename="../src/widgets/spendingpiechart.cpp" line="+33"/>
        <source>%1, %2 of the charges (%n charges)</source>
        <translation>
            <numerusform>%1，占补费总额的 %2（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 %2</source>
        <comment>fee type or reason and its share</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>SpendingQuery</name>
    <message>
        <location filename="../src/core/spendingquery.cpp" line="+61"/>
        <location line="+17"/>
        <location line="+81"/>
        <location line="+43"/>
        <source>The spending analysis could not be read from the database: %1</source>
        <translation>无法从数据库读取消费分析：%1</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Customer ID %1 not found. Choose a customer from the list.</source>
        <translation>未找到 ID 为 %1 的客户。请从列表中选择客户。</translation>
    </message>
</context>
<context>
    <name>SpendingReportBuilder</name>
    <message>
        <location filename="../src/reports/spendingreportbuilder.cpp" line="+17"/>
        <source>Spending analysis</source>
        <translation>消费分析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>customer code and company name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency: %1</source>
        <translation>币种：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No posted charges and no payments of charges in %1 in this period.</source>
        <translation>本期间没有 %1 的已入账补费，也没有补费回款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charges and payments by month</source>
        <translation>每月补费与回款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charges by fee type</source>
        <translation>按费用类型的补费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee type</source>
        <translation>费用类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges by reason</source>
        <translation>按补费原因的补费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>补费原因</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Top %n customers by charges</source>
        <translation>
            <numerusform>补费最多的前 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Posted charges</source>
        <translation>已入账补费</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n charges)</source>
        <translation>
            <numerusform>%1（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments of charges</source>
        <translation>补费回款</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n payments)</source>
        <translation>
            <numerusform>%1（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing-error share</source>
        <translation>账单错误占比</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%2 of %3; %n charges)</source>
        <translation>
            <numerusform>%1（%3 中的 %2；%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <location line="+25"/>
        <source>Charges</source>
        <translation>补费笔数</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Charge amount</source>
        <translation>补费金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>回款笔数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment amount</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+25"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>No posted charges in this period.</source>
        <translation>本期间没有已入账的补费。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
</context>
<context>
    <name>SpendingTally</name>
    <message>
        <location filename="../src/core/spendingtally.cpp" line="+138"/>
        <source>The %1 amounts of this period add up to more than the program can store. Choose a shorter period.</source>
        <translation>本期间 %1 金额的合计超出程序能存储的范围。请选择较短的期间。</translation>
    </message>
</context>
<context>
    <name>StatementBuilder</name>
    <message>
        <location filename="../src/reports/statementbuilder.cpp" line="+18"/>
        <source>Customer statement</source>
        <translation>客户对账单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>customer code and company name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1 – %2</source>
        <translation>期间：%1 至 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency: %1</source>
        <translation>币种：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Movements</source>
        <translation>往来明细</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No movements in this period.</source>
        <translation>本期无往来记录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <comment>contact name and title</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening balance on %1</source>
        <translation>%1 期初余额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bills, charges and reversed payments</source>
        <translation>账单、补费及付款冲回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voids and payments</source>
        <translation>作废及付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing balance on %1</source>
        <translation>%1 期末余额</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>单据编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge</source>
        <translation>补费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment reversed</source>
        <translation>付款冲回</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No. %1</source>
        <comment>charge number</comment>
        <translation>编号 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No. %1</source>
        <comment>payment number</comment>
        <translation>编号 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bill %1 issued</source>
        <translation>开具账单 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on bill %1</source>
        <translation>记入账单 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1 (%2) voided</source>
        <translation>补费 %1（%2）已作废</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>for installment %1 of charge %2</source>
        <translation>支付补费 %2 第 %1 期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for charge %1</source>
        <translation>支付补费 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for bill %1</source>
        <translation>支付账单 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment %1 reversed</source>
        <translation>付款 %1 已冲回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; </source>
        <comment>separator between the parts of a description</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../ui/statementdialog.ui" line="+14"/>
        <source>Customer Statement</source>
        <translation>客户对账单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The statement lists the customer&apos;s bills, charges, voids and payments in the period, with the balance before, after each movement, and at the end.</source>
        <translation>对账单列出客户在该期间内的账单、补费、作废和付款，并显示期初余额、每笔往来后的余额以及期末余额。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save &amp;CSV…</source>
        <translation>保存 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../src/widgets/statementdialog.cpp" line="+100"/>
        <source>Type part of the name or code</source>
        <translation>输入名称或编号的一部分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a customer from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the list of customers: %1</source>
        <translation>无法加载客户列表：%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>statement_%1_%2</source>
        <extracomment>File name of a customer statement without extension; %1 is the customer code, %2 the period, e.g. 2026-11. Use no characters that file names forbid (/  : * ? &quot; &lt; &gt; |).</extracomment>
        <translation>客户对账单_%1_%2</translation>
    </message>
</context>
<context>
    <name>StatementQuery</name>
    <message>
        <location filename="../src/core/statementquery.cpp" line="+34"/>
        <source>A statement needs a period: choose the first and the last day.</source>
        <translation>对账单需要指定期间：请选择第一天和最后一天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period starts on %1, after its end on %2. Choose a start date on or before the end date.</source>
        <translation>期间开始日期 %1 晚于结束日期 %2。请选择不晚于结束日期的开始日期。</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+91"/>
        <source>The statement could not be read from the database: %1</source>
        <translation>无法从数据库读取对账单数据：%1</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Customer ID %1 not found. Choose a customer from the list.</source>
        <translation>未找到 ID 为 %1 的客户。请从列表中选择客户。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Bill %1 is in %2, but customer %3 pays in %4, so no statement can add it up. Correct the bill&apos;s currency.</source>
        <translation>账单 %1 的币种为 %2，但客户 %3 以 %4 结算，对账单无法合计。请更正该账单的币种。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1 is in %2, but customer %3 pays in %4, so no statement can add it up. Void the charge and enter it again.</source>
        <translation>补费 %1 的币种为 %2，但客户 %3 以 %4 结算，对账单无法合计。请作废该补费后重新录入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment %1 is in %2, but customer %3 pays in %4, so no statement can add it up. Reverse the payment and record it again.</source>
        <translation>付款 %1 的币种为 %2，但客户 %3 以 %4 结算，对账单无法合计。请冲回该付款后重新登记。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The opening balance of customer %1 is too large to add up.</source>
        <translation>客户 %1 的期初余额过大，无法合计。</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The balance of customer %1 is too large to add up.</source>
        <translation>客户 %1 的余额过大，无法合计。</translation>
    </message>
</context>
<context>
    <name>StoredTotals</name>
    <message>
        <location filename="../src/core/storedtotals.cpp" line="+23"/>
        <source>bill %1 was not found</source>
        <translation>未找到账单 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>customer %1 was not found</source>
        <translation>未找到客户 %1</translation>
    </message>
</context>
<context>
    <name>StoredTotalsRecomputer</name>
    <message>
        <location filename="../src/core/storedtotalsrecomputer.cpp" line="+142"/>
        <source>Could not recompute the stored totals of %1: %2</source>
        <translation>无法重新计算 %1 的存储合计：%2</translation>
    </message>
</context>
<context>
    <name>SummaryConfirmDialog</name>
    <message>
        <location filename="../ui/summaryconfirmdialog.ui" line="+53"/>
        <source>&amp;Confirm and Submit</source>
        <translation>确认提交(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back to Edit</source>
        <translation>返回修改(&amp;B)</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <location filename="../src/core/textencoding.cpp" line="+125"/>
        <source>The file is UTF-16 text, which is not supported. Save it as “CSV UTF-8” or as CSV in GB18030 and import it again.</source>
        <translation>该文件为 UTF-16 文本，不受支持。请将其另存为“CSV UTF-8”或 GB18030 编码的 CSV，然后重新导入。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This build of the program cannot decode %1. Save the file as “CSV UTF-8” and import it again.</source>
        <translation>此版本的程序无法解码 %1。请将文件另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Line %1: the text is not valid %2 at byte offset %3 (bytes %4). Save the file as “CSV UTF-8”, or choose the encoding it was saved in.</source>
        <translation>第 %1 行：字节偏移 %3 处（字节 %4）不是有效的 %2 文本。请将文件另存为“CSV UTF-8”，或选择文件保存时所用的编码。</translation>
    </message>
</context>
<context>
    <name>UpgradeBackup</name>
    <message>
        <location filename="../src/core/upgradebackup.cpp" line="+64"/>
        <source>The database “%1” was not upgraded to schema version %2, because its backup copy “%3” could not be written. %4 The database was not changed.</source>
        <translation>数据库“%1”未升级到结构版本 %2，因为无法写入其备份“%3”。%4数据库未做任何更改。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database “%1” was not upgraded to schema version %2, because its backup copy “%3” could not be saved intact: %4. The database was not changed. Check the disk, then try again.</source>
        <translation>数据库“%1”未升级到结构版本 %2，因为其备份“%3”未能完整保存：%4。数据库未做任何更改。请检查磁盘，然后重试。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Before upgrading the database to schema version %1, ChargeDesk saved a copy of it with schema version %2 as “%3”. Keep the copy until you have checked the upgraded data; the earlier ChargeDesk can open it.</source>
        <translation>在将数据库升级到结构版本 %1 之前，补费台已把它（结构版本 %2）的副本保存为“%3”。请保留该副本，直到核对完升级后的数据；旧版补费台可以打开该副本。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The disk may be full or failing; the copy needs about %1. Free space on that disk, then open the database again.</source>
        <translation>磁盘可能已满或出现故障；备份约需 %1 空间。请清理该磁盘的空间，然后重新打开数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder “%1” does not accept new files. Allow writing to the folder, then open the database again.</source>
        <translation>文件夹“%1”不允许新建文件。请允许写入该文件夹，然后重新打开数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The error was: %1. Check that the folder may be written and has free space, then open the database again.</source>
        <translation>错误信息：%1。请确认该文件夹可写且有剩余空间，然后重新打开数据库。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the copy has schema version %1 instead of %2</source>
        <translation>备份的结构版本是 %1，而不是 %2</translation>
    </message>
</context>
<context>
    <name>UserActionText</name>
    <message>
        <location filename="../src/core/useraction.cpp" line="+27"/>
        <source>Adding a charge</source>
        <translation>新增补费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voiding a charge</source>
        <translation>作废补费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving a charge</source>
        <translation>审批补费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejecting a charge</source>
        <translation>驳回补费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording a payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversing a payment</source>
        <translation>冲销回款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making or cancelling an installment plan</source>
        <translation>制定或取消回款计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Managing users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving the period lock date</source>
        <translation>调整关账日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting approval thresholds</source>
        <translation>设置审批金额门槛</translation>
    </message>
</context>
<context>
    <name>UserContext</name>
    <message>
        <location filename="../src/core/usercontext.cpp" line="+91"/>
        <source>%1 is not allowed, because the account “%2” is not a ChargeDesk user of this database. Ask an administrator to add it under Settings › Users and Roles. %3</source>
        <translation>不允许%1：账户“%2”不是本数据库的补费台用户。请管理员在“设置 › 用户与角色”中添加该账户。%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not allowed, because the user %2 is deactivated. Ask an administrator to activate the user again under Settings › Users and Roles. %3</source>
        <translation>不允许%1：用户 %2 已停用。请管理员在“设置 › 用户与角色”中重新启用该用户。%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not allowed. %2</source>
        <translation>不允许%1。%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs the role %2, but the user %3 has the role %4. If you need to do this, ask an administrator to change your role under Settings › Users and Roles. %5</source>
        <translation>%1需要“%2”角色，而用户 %3 的角色是“%4”。如需执行此操作，请管理员在“设置 › 用户与角色”中更改您的角色。%5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account “%1” is not a ChargeDesk user of this database. Ask an administrator to add it under Settings › Users and Roles or with “chargedesk-cli users add”. %2</source>
        <translation>账户“%1”不是本数据库的补费台用户。请管理员在“设置 › 用户与角色”中或用“chargedesk-cli users add”添加该账户。%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user %1 is deactivated and cannot use this database. Ask an administrator to activate the user again under Settings › Users and Roles. %2</source>
        <translation>用户 %1 已停用，不能使用本数据库。请管理员在“设置 › 用户与角色”中重新启用该用户。%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ChargeDesk user is set up in this database yet, and the database login “%1” does not own it, so the server refuses its changes. Ask the owner of the database, “%2”, to open ChargeDesk once and add the first administrator under Settings › Users and Roles; that administrator can then add “%1”.</source>
        <translation>此数据库尚未设置任何补费台用户，而数据库登录名“%1”不是它的所有者，因此服务器拒绝其修改。请让数据库所有者“%2”打开一次补费台，并在“设置 › 用户和角色”中添加第一个管理员；之后该管理员可以添加“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database login “%1” has no ChargeDesk role in this database, so the server refuses to show or change its data. Ask a ChargeDesk administrator to add “%1” as a user under Settings › Users and Roles, or, if it is a user already, to deactivate and activate it again, which grants its role. While no user is set up, only the owner of the database, “%2”, can add the first administrator.</source>
        <translation>数据库登录名“%1”在此数据库中没有补费台角色，因此服务器拒绝显示或修改其数据。请让补费台管理员在“设置 › 用户和角色”中将“%1”添加为用户；如果它已是用户，请将其停用再启用一次，以授予其角色。在尚未设置任何用户时，只有数据库所有者“%2”可以添加第一个管理员。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The administrator is %1.</source>
        <translation>
            <numerusform>管理员：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the users of the database: %1. Try again; if it persists, check the database.</source>
        <translation>无法读取数据库的用户：%1。请重试；如果问题依旧，请检查数据库。</translation>
    </message>
</context>
<context>
    <name>UserRoleText</name>
    <message>
        <location filename="../src/core/userrole.cpp" line="+32"/>
        <source>Sales</source>
        <extracomment>User role that adds charges (销售).</extracomment>
        <translation>销售</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finance</source>
        <extracomment>User role that also voids charges, records payments and approves (财务).</extracomment>
        <translation>财务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator</source>
        <extracomment>User role that also manages users and settings (管理员).</extracomment>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <extracomment>Role of an account that is not a user of the database.</extracomment>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <location filename="../src/core/userservice.cpp" line="+45"/>
        <source>The database server has no login “%1” yet, so ChargeDesk granted it no database role. Ask the database administrator to create the login; then deactivate and activate the user here, which grants its role.</source>
        <translation>数据库服务器上还没有登录名“%1”，因此补费台没有授予它数据库角色。请让数据库管理员创建该登录名，然后在此将该用户停用再启用一次，以授予其角色。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The first user must be your own account “%1” with the role %2, so that someone can manage users once roles apply. Add yourself first.</source>
        <translation>第一个用户必须是您自己的账户“%1”，角色为“%2”，以便启用角色后仍有人能管理用户。请先添加您自己。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invalid login “%1”: enter the operating system account name, without spaces, at most %2 characters.</source>
        <translation>登录名“%1”无效：请填写操作系统账户名，不含空格，最多 %2 个字符。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid login “%1”: enter the name of a PostgreSQL login that starts with a letter or _ and has only letters, digits, _, @ and -, at most 63 characters.</source>
        <translation>登录名“%1”无效：请输入 PostgreSQL 登录名，以字母或 _ 开头，只含字母、数字、_、@ 和 -，最多 63 个字符。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid login “%1”: PostgreSQL keeps a login created without quotes in lower case, as “%2”. Enter “%2”.</source>
        <translation>登录名“%1”无效：PostgreSQL 会把未加引号创建的登录名保存为小写，即“%2”。请输入“%2”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>姓名有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+85"/>
        <source>Choose a role for “%1”: %2, %3 or %4.</source>
        <translation>请为“%1”选择角色：%2、%3 或 %4。</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>The user was not added: the database could not start a transaction (%1). Try again.</source>
        <translation>未添加用户：数据库无法开始事务（%1）。请重试。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The user was not added: %1. Try again.</source>
        <translation>未添加用户：%1。请重试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is a user already, with the role %2. Change the role instead.</source>
        <translation>“%1”已是用户，角色为“%2”。如需调整，请更改其角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a user already, with the role %2, but deactivated. Activate the user instead.</source>
        <translation>“%1”已是用户，角色为“%2”，但已停用。请重新启用该用户。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The user was not added.</source>
        <translation>未添加该用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user was not added: %1. Nothing was changed; try again.</source>
        <translation>未添加用户：%1。未做任何更改，请重试。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter a name of 1 to %1 characters for “%2”.</source>
        <translation>请为“%2”填写 1 至 %1 个字符的姓名。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The user “%1” was not changed: the database could not start a transaction (%2). Try again.</source>
        <translation>用户“%1”未更改：数据库无法开始事务（%2）。请重试。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user “%1” was not changed: %2. Try again.</source>
        <translation>用户“%1”未更改：%2。请重试。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a user. Check the login, or add the user first.</source>
        <translation>“%1”不是用户。请核对登录名，或先添加该用户。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to change: “%1” has that value already.</source>
        <translation>无需更改：用户“%1”的这项设置已经是该值。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is the last active administrator. Make another user an administrator first, so that someone can still manage users.</source>
        <translation>%1 是最后一个启用的管理员。请先把另一位用户设为管理员，以便仍有人能管理用户。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The user “%1” was not changed.</source>
        <translation>用户“%1”未更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user “%1” was not changed: %2. Nothing was changed; try again.</source>
        <translation>用户“%1”未更改：%2。未做任何更改，请重试。</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <location filename="../src/cli/userscommand.cpp" line="+20"/>
        <source>List the users and their roles, add a user, change a role, or deactivate or activate a user.</source>
        <translation>列出用户及其角色，添加用户，更改角色，或停用、启用用户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ACTION is list, add, set-role, deactivate or activate. A user is an operating system account with the role sales (adds charges), finance (also voids charges, records and reverses payments, makes installment plans and approves charges) or admin (also manages users, approval thresholds and the period lock). While no user is set up, every account acts as an admin; the first user must be your own account with the role admin, and adding it switches roles on. From then on, accounts that are not active users cannot use the database. Only an admin may change users, and the last active admin cannot be demoted or deactivated.</source>
        <translation>ACTION 为 list、add、set-role、deactivate 或 activate。用户即操作系统账户，角色为 sales（销售：新增补费）、finance（财务：还可以作废补费、登记和冲销回款、制定回款计划、审批补费）或 admin（管理员：还可以管理用户、审批金额门槛和关账日期）。尚未设置用户时，每个账户都相当于 admin；第一个用户必须是您自己的账户且角色为 admin，添加后角色即开始生效。此后，不是启用用户的账户不能使用该数据库。只有 admin 可以更改用户，最后一个启用的 admin 不能降级或停用。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>list, add, set-role, deactivate or activate.</source>
        <translation>list、add、set-role、deactivate 或 activate。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sales, finance or admin; required for add and set-role.</source>
        <translation>sales、finance 或 admin；add 和 set-role 必填。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name that lists and messages show, for add; the login when left out.</source>
        <translation>列表和提示中显示的姓名，用于 add；省略时使用登录名。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown action “%1”: use list, add, set-role, deactivate or activate.</source>
        <translation>未知操作“%1”：请使用 list、add、set-role、deactivate 或 activate。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The user&apos;s login: the operating system account on an SQLite file, the server login on PostgreSQL; required except for list.</source>
        <translation>用户的登录名：使用 SQLite 文件时为操作系统账户，使用 PostgreSQL 时为服务器登录名；除 list 外必须提供。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>users %1 needs --login LOGIN, the user&apos;s login.</source>
        <translation>users %1 需要 --login LOGIN，即用户的登录名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>users %1 needs --role with sales, finance or admin; “%2” is none of them.</source>
        <translation>users %1 需要 --role，值为 sales、finance 或 admin；“%2”不是其中之一。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added %1 with the role %2.</source>
        <translation>已添加 %1，角色为“%2”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has the role %2 now.</source>
        <translation>%1 的角色现为“%2”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is active again.</source>
        <translation>%1 已重新启用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is deactivated.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not read the users from the database: %1</source>
        <translation>无法从数据库读取用户：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No users are set up, so every account acts as an admin. Add your own account first: users add --login %1 --role admin</source>
        <translation>尚未设置用户，因此每个账户都相当于 admin。请先添加您自己的账户：users add --login %1 --role admin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../src/widgets/usersdialog.cpp" line="+155"/>
        <source>Users and Roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales users add charges. Finance users also void charges, record and reverse payments, make installment plans and approve charges. Administrators also manage users, approval thresholds and the period lock.</source>
        <translation>销售用户录入补费。财务用户还可以作废补费、登记和冲销回款、制定回款计划并审批补费。管理员还可以管理用户、审批金额门槛和关账日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each user is a login of the database server with a role, which the server enforces too. A database administrator creates the logins.</source>
        <translation>每个用户是数据库服务器的一个登录名，并带有一个角色，服务器也会执行该角色的权限。登录名由数据库管理员创建。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each user is an operating system account with a role.</source>
        <translation>每个用户是一个带有角色的操作系统账户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <extracomment>Two sentences in a row; Chinese joins them without a space.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No users are set up, so every account acts as an administrator. Add your own account “%1” as the first administrator to switch roles on; then add the others.</source>
        <translation>尚未设置用户，因此每个账户都相当于管理员。请先把您自己的账户“%1”添加为第一个管理员以启用角色，再添加其他人。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are %1, with the role %2.</source>
        <translation>您是 %1，角色为“%2”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>最近更改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <extracomment>When a user was last changed, and by whom.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected User</source>
        <translation>所选用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set Role</source>
        <translation>设置角色(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server login, e.g. wangf</source>
        <translation>服务器登录名，例如 wangf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operating system account, e.g. wangf</source>
        <translation>操作系统账户，例如 wangf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As messages and lists show it, e.g. Wang Fang</source>
        <translation>在提示和列表中显示的姓名，例如王芳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add User</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected user the chosen role.</source>
        <translation>为所选用户设置选定的角色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the account as a user with the chosen role.</source>
        <translation>将该账户添加为用户，并赋予选定的角色。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the users: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A&amp;ctivate</source>
        <translation>启用(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the selected user use this database again.</source>
        <translation>允许所选用户重新使用本数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected user from using this database. The user stays named on what they entered.</source>
        <translation>禁止所选用户使用本数据库。该用户录入的记录上仍显示其姓名。</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="+19"/>
        <source>Check the audit log&apos;s hash chain, compare charges and payments with their audit records, and recompute the stored totals.</source>
        <translation>检查审计日志的哈希链，将补费和回款与其审计记录核对，并重新计算存储的合计。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reads the whole database in one snapshot and writes nothing. It checks that every audit record&apos;s hash matches its content and links to the record before it; that every charge and payment has the values, author, status and reason its audit records hold; and that charges.paid_minor, installments.paid_minor, the bills&apos; stored lines, charges and paid totals and customers.balance_minor equal the sums of their rows.</source>
        <translation>在同一个快照中读取整个数据库，不写入任何数据。它检查每条审计记录的哈希是否与其内容相符并链接到前一条记录；每笔补费和回款的值、录入人、状态和原因是否与其审计记录一致；以及 charges.paid_minor、installments.paid_minor、账单存储的明细合计、补费合计和已付合计，以及 customers.balance_minor 是否等于其明细之和。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text format lists the rows checked, the last audit record with its hash, and one paragraph per mismatch naming the row, the column, the stored value and the expected one. Keep the last hash somewhere else: a later run that shows the same record with another hash proves that the log was rewritten.</source>
        <translation>text 格式列出检查的行数、最后一条审计记录及其哈希，并为每处不一致写一段，注明记录、字段、存储值和应有值。请把最后的哈希另行保存：以后再运行时，如果同一条记录显示另一个哈希，就证明日志被改写过。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV format writes only the mismatches to standard output, UTF-8 without a byte order mark, with the columns %1; the counts go to standard error. Amount columns (*_minor) hold minor units.</source>
        <translation>CSV 格式只把不一致项写到标准输出，使用不带字节顺序标记的 UTF-8，列为 %1；检查的行数写到标准错误。金额字段（*_minor）以最小货币单位表示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exits with status 0 when everything agrees and 5 when a mismatch was found.</source>
        <translation>一切相符时退出状态为 0，发现不一致时为 5。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output format: text (the default) or csv.</source>
        <translation>输出格式：text（默认）或 csv。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid --format “%1”: use text or csv.</source>
        <translation>--format “%1”无效：请使用 text 或 csv。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not start reading the database: %1. Try again.</source>
        <translation>无法开始读取数据库：%1。请重试。</translation>
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
        <location filename="../src/app/main.cpp" line="+103"/>
        <location line="+12"/>
        <location line="+18"/>
        <source>ChargeDesk</source>
        <translation>补费台</translation>
    </message>
</context>
</TS>
