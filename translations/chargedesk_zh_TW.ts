<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AccessMenus</name>
    <message>
        <location filename="../src/widgets/accessmenus.cpp" line="+74"/>
        <source>Period &amp;Lock…</source>
        <translation>關帳日期(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or move the period lock date, on or before which nothing can be entered or changed.</source>
        <translation>檢視或調整關帳日期；該日期當天及之前的資料都無法輸入或變更。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users and Roles…</source>
        <translation>使用者與角色(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the users of this database and what each may do; administrators add users and change roles.</source>
        <translation>檢視此資料庫的使用者及各自可執行的操作；管理員可新增使用者並變更角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval &amp;Thresholds…</source>
        <translation>核准金額門檻(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or set the amount per currency above which a charge waits for a finance user&apos;s approval.</source>
        <translation>檢視或設定各幣別的金額門檻；金額超過門檻的補費須經財務人員核准。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approvals…</source>
        <translation>待核准(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve or reject the charges that wait for approval.</source>
        <translation>核准或退回等待核准的補費。</translation>
    </message>
</context>
<context>
    <name>AddChargeCommand</name>
    <message>
        <location filename="../src/cli/addchargecommand.cpp" line="+16"/>
        <source>Review a supplementary charge, and commit it with --confirm.</source>
        <translation>檢查一筆補費，加上 --confirm 時才送出入帳。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without --confirm the command prints the confirmation summary (customer and bill, amount, fee type, reason, payment method, due date, and the balances before and after) and any duplicate findings, and writes nothing.</source>
        <translation>未加 --confirm 時，指令只輸出確認摘要（客戶與帳單、金額、費用類型、補費原因、付款方式、付款期限，以及補費前後的餘額）和發現的重複情形，不寫入任何資料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --confirm it runs the same checks again inside one transaction and writes the charge, the bill&apos;s and the customer&apos;s balances and an audit record together, then prints “Charge ID committed.”. A charge with the same --request-key as an earlier one is not written again: the command prints the earlier charge&apos;s ID and exits with 0.</source>
        <translation>加上 --confirm 時，指令會在同一筆交易中再次執行相同的檢查，一併寫入該筆補費、帳單與客戶的餘額以及一筆稽核紀錄，然後輸出「補費 ID 已入帳。」與先前某筆補費使用相同 --request-key 的請求不會再次寫入：指令會輸出先前那筆補費的 ID，並以結束代碼 0 結束。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An exact duplicate (same customer, bill or no bill, fee type, amount and due date, not void) is rejected. A possible duplicate (same customer and amount due within %1 days, or same bill and fee type) is rejected unless --acknowledge-duplicate gives a note.</source>
        <translation>完全重複的費用（客戶、帳單或無帳單、費用類型、金額及付款期限皆相同，且未作廢）會被拒絕。疑似重複（同一客戶、相同金額且付款期限相差 %1 天以內，或同一帳單上的相同費用類型）也會被拒絕，除非以 --acknowledge-duplicate 提供說明。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charges are positive; to take back a charge, void it with void-charge.</source>
        <translation>補費金額必須為正數；如需沖回一筆補費，請用 void-charge 將其作廢。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer code, e.g. ALFKI.</source>
        <translation>客戶編號，例如 ALFKI。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of one of the customer&apos;s bills, e.g. 10643. Without it the charge is on the customer&apos;s account.</source>
        <translation>該客戶某張帳單的帳單號碼，例如 10643。未指定時，補費記入客戶帳戶。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fee type code, e.g. SERVICE, MATERIAL, FREIGHT, LATE_FEE, UPGRADE_DIFF.</source>
        <translation>費用類型代碼，例如 SERVICE、MATERIAL、FREIGHT、LATE_FEE、UPGRADE_DIFF。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount in major units of the customer&apos;s currency, with &apos;.&apos; as the decimal point and at most the currency&apos;s decimals, e.g. 1234.50 for ¥1,234.50 or $1,234.50. Group separators (1,234.50) and the currency&apos;s symbol are accepted. More than 0 and at most 1000000000000.</source>
        <translation>金額，以客戶幣別的主單位表示，以「.」作為小數點，小數位數不得超過該幣別的位數，例如 1234.50 代表 ¥1,234.50 或 $1,234.50。可包含千分位符號（1,234.50）及幣別符號。須大於 0，且不超過 1000000000000。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge reason code, e.g. UNPAID, BILLING_ERROR, CONTRACT_CHANGE, PLAN_UPGRADE, OTHER.</source>
        <translation>補費原因代碼，例如 UNPAID、BILLING_ERROR、CONTRACT_CHANGE、PLAN_UPGRADE、OTHER。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free-text note, at most %1 characters.</source>
        <translation>備註（自由輸入），最多 %1 個字元。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment method code, e.g. BANK_TRANSFER, CORPORATE_TRANSFER, CASH, WECHAT_PAY, ALIPAY, CHEQUE.</source>
        <translation>付款方式代碼，例如 BANK_TRANSFER、CORPORATE_TRANSFER、CASH、WECHAT_PAY、ALIPAY、CHEQUE。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment due date as YYYY-MM-DD, not before the bill&apos;s issue date.</source>
        <translation>付款期限，格式為 YYYY-MM-DD，不得早於帳單的開立日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key of this request, 8 to 100 characters. Running the command again with the same key returns the first charge instead of writing another, so a retry is safe. Default: a new random key.</source>
        <translation>本次請求的請求編號，8 到 100 個字元。以相同的請求編號再次執行指令時，會傳回第一次的補費，不會再寫入一筆，因此可以放心重試。預設：新產生的隨機編號。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note saying why the charge is not a duplicate of the possible duplicates found; required when there are any, at most %1 characters, kept in the audit log.</source>
        <translation>說明這筆補費為何不是所發現的疑似重複費用；有疑似重複時必填，最多 %1 個字元，會記入稽核紀錄。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commit the charge. Without it nothing is written.</source>
        <translation>送出入帳。未加此選項時不寫入任何資料。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid --due “%1”: use a calendar date as YYYY-MM-DD, e.g. 2024-07-31. Nothing was written.</source>
        <translation>--due「%1」無效：請使用 YYYY-MM-DD 格式的日期，例如 2024-07-31。未寫入任何資料。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invalid --bill “%1”: the bill belongs to another customer, not to %2. Run show-customer %2 to list its bills. Nothing was written.</source>
        <translation>--bill「%1」無效：該帳單屬於其他客戶，不屬於 %2。執行 show-customer %2 可列出該客戶的帳單。未寫入任何資料。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Request key “%1” was already used for charge %2. With --confirm the command prints that charge&apos;s ID and writes nothing if the values are the same, and rejects the request otherwise.</source>
        <translation>請求編號「%1」已用於補費 %2。加上 --confirm 時，若各項內容相同，指令會輸出該筆補費的 ID 且不寫入任何資料；否則會拒絕此請求。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was written. To commit this charge, run the same command again with --confirm.</source>
        <translation>未寫入任何資料。如要送出這筆補費，請加上 --confirm 再執行一次相同的指令。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Charge %1 saved. It waits for approval by a finance user other than you and counts nowhere until then.</source>
        <translation>補費 %1 已儲存。此筆補費須由您以外的財務人員核准，核准前不會計入任何地方。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1 committed.</source>
        <translation>補費 %1 已入帳。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge %1 already exists for request key “%2”. Nothing more was written.</source>
        <translation>請求編號「%2」對應的補費 %1 已存在。未再寫入任何資料。</translation>
    </message>
</context>
<context>
    <name>AddChargeDialog</name>
    <message>
        <location filename="../ui/addchargedialog.ui" line="+14"/>
        <source>Add Charge</source>
        <translation>新增費用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charge</source>
        <translation>費用資料</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Bill:</source>
        <translation>帳單(&amp;B)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Fee type:</source>
        <translation>費用類型(&amp;F)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Amount:</source>
        <translation>費用金額(&amp;A)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The amount in the customer&apos;s currency, e.g. 1234.50 or 1,234.50. It must be positive and have at most as many decimals as the currency.</source>
        <translation>以客戶幣別表示的金額，例如 1234.50 或 1,234.50。金額必須為正數，小數位數不得超過該幣別的位數。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compute the amount of a plan upgrade difference or a late fee.</source>
        <translation>計算方案升級差額或滯納金的金額。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compute…</source>
        <translation>計算(&amp;C)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rea&amp;son:</source>
        <translation>補費原因(&amp;S)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Payment method:</source>
        <translation>付款方式(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Due date:</source>
        <translation>付款期限(&amp;D)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bill Details</source>
        <translation>帳單明細</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No bill is selected, so the charge goes on the customer&apos;s account. Choose a bill to see its lines and totals here.</source>
        <translation>未選擇帳單，這筆補費將記入客戶帳戶。選擇帳單後，這裡會顯示其明細與合計。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Lines total:</source>
        <translation>明細合計：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Charges so far:</source>
        <translation>已有補費：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paid:</source>
        <translation>已付：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Balance:</source>
        <translation>餘額：</translation>
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
        <translation>捨棄費用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this charge? The values you entered are not saved.</source>
        <translation>要捨棄這筆費用嗎？已輸入的內容不會儲存。</translation>
    </message>
    <message>
        <location line="+351"/>
        <source>Could not load the customer: %1</source>
        <translation>無法載入客戶：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the customer&apos;s bills: %1</source>
        <translation>無法載入該客戶的帳單：%1</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Could not load the list of fee types: %1</source>
        <translation>無法載入費用類型清單：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the list of charge reasons: %1</source>
        <translation>無法載入補費原因清單：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the list of payment methods: %1</source>
        <translation>無法載入付款方式清單：%1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Select…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 1,234.50</source>
        <translation>例如 1,234.50</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No customer with id %1 was found.</source>
        <translation>找不到編號為 %1 的客戶。</translation>
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
        <translation>無法載入帳單明細：%1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The formula was not added to the note, because the note would then have %1 characters; at most %2 are allowed. Shorten the note and compute again.</source>
        <translation>計算公式未加入備註，因為加入後備註將有 %1 個字元，最多只能 %2 個。請刪減備註後再計算一次。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Change the charge, or cancel if it was entered already.</source>
        <translation>請修改這筆費用；若已經輸入過，請取消。</translation>
    </message>
</context>
<context>
    <name>AgingCommand</name>
    <message>
        <location filename="../src/cli/agingcommand.cpp" line="+14"/>
        <source>Show aged receivables: what each customer owes by days past due.</source>
        <translation>顯示帳齡分析：依逾期天數列出各客戶的欠款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists the open part of bills, posted charges without an installment plan, and installments of active plans, one row per customer and currency, summed by the days from the due date to --as-of: not yet due (0 days or fewer), 1–30, 31–60, 61–90 and over 90 days. A total row per currency follows its customers; amounts in different currencies are never added. The amounts are those open now, also for an --as-of day in the past.</source>
        <translation>列出帳單的未結部分、未設分期付款計畫的已入帳補費，以及有效分期付款計畫中的各期款項，每位客戶每種幣別一列，並依付款期限至 --as-of 的天數分段加總：未到期（0 天以下）、1–30、31–60、61–90 及超過 90 天。每種幣別在其客戶之後列出一列合計；不同幣別的金額一律不相加。列出的金額為目前的未結金額，即使 --as-of 為過去的日期也是如此。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text format shows amounts with the currency symbol in the chosen language. The CSV format is UTF-8 without a byte order mark, RFC 4180, with the columns %1. row_type is customer or total, amounts are in major units with &apos;.&apos; and no grouping (1234.50), and text fields that start with =, +, -, @ or an apostrophe get an apostrophe in front, as in the files the window saves.</source>
        <translation>text 格式以所選語言顯示金額及幣別符號。CSV 格式為不含位元組順序標記的 UTF-8，符合 RFC 4180，欄位為 %1。row_type 為 customer 或 total；金額以主單位表示，以「.」作為小數點且不含千分位符號（1234.50）；以 =、+、-、@ 或單引號開頭的文字欄位，前面會再加上一個單引號，與視窗中儲存的檔案相同。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid option values end with status 1, an unknown customer with 3.</source>
        <translation>選項值無效時結束代碼為 1；客戶不存在時為 3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day the days past due are counted to, as YYYY-MM-DD. Default: today.</source>
        <translation>逾期天數計算的截止日，格式為 YYYY-MM-DD。預設：今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output format: text (the default) or csv.</source>
        <translation>輸出格式：text（預設）或 csv。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this customer, e.g. ALFKI. Repeatable; all customers when left out.</source>
        <translation>只列出此客戶，例如 ALFKI。可重複指定；未指定時列出所有客戶。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid --format “%1”: use text or csv.</source>
        <translation>--format「%1」無效：請使用 text 或 csv。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid --as-of “%1”: use a calendar date as YYYY-MM-DD, e.g. 2026-06-30.</source>
        <translation>--as-of「%1」無效：請使用 YYYY-MM-DD 格式的日期，例如 2026-06-30。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No customer has an open amount on %1.</source>
        <translation>截至 %1，沒有任何客戶有未結金額。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aged receivables as of %1</source>
        <translation>帳齡分析（截至 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客戶名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total %1</source>
        <translation>合計 %1</translation>
    </message>
</context>
<context>
    <name>AgingDialog</name>
    <message>
        <location filename="../ui/agingdialog.ui" line="+14"/>
        <source>Aged Receivables</source>
        <translation>帳齡分析</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pre&amp;view</source>
        <translation>預覽(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save P&amp;DF…</source>
        <translation>儲存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save &amp;CSV…</source>
        <translation>儲存 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../src/widgets/agingdialog.cpp" line="+104"/>
        <source>Customers: nothing is checked.</source>
        <translation>客戶：未勾選任何項目。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Could not load the list of customers: %1</source>
        <translation>無法載入客戶清單：%1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Reading the open amounts…</source>
        <translation>正在讀取未結金額…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The open amounts could not be read.</source>
        <translation>無法讀取未結金額。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Total %1</source>
        <translation>合計 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No customer has an open amount on %1.</source>
        <translation>截至 %1，沒有任何客戶有未結金額。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in %1: %2, of which %3 overdue.</source>
        <translation>%1 未結金額：%2，其中逾期 %3。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What each customer still owes: the open part of bills, posted charges without an installment plan, and installments, by how many days each is past its due date on the as-of day.</source>
        <translation>各客戶尚欠的款項：帳單的未結部分、未設分期付款計畫的已入帳補費，以及各期分期款項，依截至日期當天各筆超過付款期限的天數分段列出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All customers</source>
        <translation>所有客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check at least one customer, or All customers.</source>
        <translation>請至少勾選一位客戶，或勾選「所有客戶」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name or code</source>
        <translation>依名稱或編號搜尋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the amounts per customer and the totals as a CSV file for spreadsheets.</source>
        <translation>將各客戶的金額與合計儲存為 CSV 檔案，供試算表使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客戶名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>aged-receivables_%1</source>
        <extracomment>File name of aged receivables without extension; %1 is the as-of day, e.g. 2026-06-30. Use no characters that file names forbid (/  : * ? &quot; &lt; &gt; |).</extracomment>
        <translation>帳齡分析_%1</translation>
    </message>
</context>
<context>
    <name>AgingQuery</name>
    <message>
        <location filename="../src/core/agingquery.cpp" line="+30"/>
        <source>Aged receivables need an as-of date. Choose a day.</source>
        <translation>帳齡分析需要截至日期。請選擇日期。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The open amounts of customer %1 in %2 are too large to add up.</source>
        <translation>客戶 %1 以 %2 計的未結金額過大，無法加總。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The open amounts in %1 are too large to add up.</source>
        <translation>以 %1 計的未結金額過大，無法加總。</translation>
    </message>
</context>
<context>
    <name>AgingReportBuilder</name>
    <message>
        <location filename="../src/reports/agingreportbuilder.cpp" line="+18"/>
        <source>Aged receivables</source>
        <translation>帳齡分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open amounts of bills, posted charges without an installment plan, and installments, each aged by the days from its due date to %1. The amounts are those open when the report was printed.</source>
        <translation>帳單、未設分期付款計畫的已入帳補費及各期分期款項的未結金額，依各筆付款期限至 %1 的天數分段。金額為列印報表當時的未結金額。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No customer has an open amount.</source>
        <translation>沒有任何客戶有未結金額。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open amounts in %1</source>
        <translation>%1 未結金額</translation>
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
        <translation>超過 90 天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers: all</source>
        <translation>客戶：全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers: %1</source>
        <translation>客戶：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open in %1</source>
        <translation>%1 未結金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, of which %2 overdue</source>
        <translation>%1，其中逾期 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客戶名稱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total %1</source>
        <translation>合計 %1</translation>
    </message>
</context>
<context>
    <name>ApprovalThresholdCommand</name>
    <message>
        <location filename="../src/cli/approvalthresholdcommand.cpp" line="+11"/>
        <source>Set or remove the amount above which a charge waits for approval.</source>
        <translation>設定或移除補費須經核准的金額門檻。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs the role admin. A charge of more than the threshold of its currency is saved as waiting for approval and counts in no balance until a finance user other than its author approves it. A currency without a threshold needs no approval; --amount 0 makes every charge in the currency wait. show-settings lists the thresholds.</source>
        <translation>需具備 admin 角色。金額超過所屬幣別門檻的補費，儲存後會處於待核准狀態，在製單人以外的財務人員核准之前，不計入任何餘額。未設定門檻的幣別不需核准；--amount 0 會使該幣別的每筆補費都須核准。show-settings 會列出各幣別的門檻。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ISO 4217 currency code, e.g. CNY. Required.</source>
        <translation>ISO 4217 幣別代碼，例如 CNY。必填。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The threshold in major units, e.g. 5000.00.</source>
        <translation>門檻金額，以主單位表示，例如 5000.00。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the currency&apos;s threshold instead.</source>
        <translation>改為移除該幣別的門檻。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --currency “%1”: use an ISO 4217 code such as CNY, USD or EUR.</source>
        <translation>--currency「%1」無效：請使用 ISO 4217 代碼，例如 CNY、USD 或 EUR。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give either --amount AMOUNT or --remove.</source>
        <translation>請指定 --amount AMOUNT 或 --remove 其中之一。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --amount: %1</source>
        <translation>--amount 無效：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Charges in %1 need no approval now.</source>
        <translation>%1 的補費現在不需核准。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges in %1 of more than %2 wait for approval now.</source>
        <translation>%1 的補費若金額超過 %2，現在須經核准。</translation>
    </message>
</context>
<context>
    <name>ApprovalThresholdService</name>
    <message>
        <location filename="../src/core/approvalthresholdservice.cpp" line="+26"/>
        <source>Enter an approval threshold of 0 or more in a known currency, e.g. 5000.00 CNY.</source>
        <translation>請輸入大於或等於 0 的核准金額門檻，並使用已知的幣別，例如 5000.00 CNY。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The approval threshold of %1 was not changed: the database could not start a transaction (%2). Try again.</source>
        <translation>%1 的核准金額門檻未變更：資料庫無法開始交易（%2）。請再試一次。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The approval threshold of %1 was not changed: %2. Try again.</source>
        <translation>%1 的核准金額門檻未變更：%2。請再試一次。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no approval threshold to remove.</source>
        <translation>%1 沒有可移除的核准金額門檻。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The approval threshold of %1 was not changed: %2. Nothing was changed; try again.</source>
        <translation>%1 的核准金額門檻未變更：%2。未做任何變更，請再試一次。</translation>
    </message>
</context>
<context>
    <name>ApprovalThresholdsDialog</name>
    <message>
        <location filename="../src/widgets/approvalthresholdsdialog.cpp" line="+118"/>
        <source>Approval Thresholds</source>
        <translation>核准金額門檻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A charge of more than the threshold of its currency waits for approval by a finance user other than its author, and counts in no balance until then. A currency without a threshold needs no approval; a threshold of 0 makes every charge wait.</source>
        <translation>金額超過所屬幣別門檻的補費，須由製單人以外的財務人員核准，核准前不計入任何餘額。未設定門檻的幣別不需核准；門檻設為 0 時，每筆補費都須核准。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>門檻金額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set By</source>
        <translation>設定人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set At</source>
        <translation>設定時間</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Currency:</source>
        <translation>幣別(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Threshold:</source>
        <translation>門檻金額(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 5000.00</source>
        <translation>例如 5000.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set Threshold</source>
        <translation>設定門檻(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the threshold of the chosen currency.</source>
        <translation>設定所選幣別的門檻。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Threshold</source>
        <translation>移除門檻(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the threshold of the selected currency, so that its charges need no approval.</source>
        <translation>移除所選幣別的門檻，使該幣別的補費不需核准。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the approval thresholds: %1</source>
        <translation>無法讀取核准金額門檻：%1</translation>
    </message>
</context>
<context>
    <name>ApprovalsCommand</name>
    <message>
        <location filename="../src/cli/approvalscommand.cpp" line="+10"/>
        <source>List the charges that wait for approval.</source>
        <translation>列出等待核准的補費。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A charge of more than the approval threshold of its currency (see approval-threshold) waits for approval and counts in no balance, bill, reminder or statement until then. A finance user other than its author approves it with approve ID, or rejects it with reject ID --reason TEXT. Amounts are in the currency&apos;s major unit; times are local.</source>
        <translation>金額超過所屬幣別核准金額門檻（參見 approval-threshold）的補費會等待核准，在此之前不計入任何餘額、帳單、提醒或對帳單。由製單人以外的財務人員以 approve ID 核准，或以 reject ID --reason TEXT 退回。金額以該幣別的主單位表示；時間為本地時間。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list.</source>
        <translation>list。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown action “%1”: use list.</source>
        <translation>未知的動作「%1」：請使用 list。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the charges that wait for approval: %1</source>
        <translation>無法讀取等待核准的補費：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No charge waits for approval.</source>
        <translation>沒有等待核准的補費。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill</source>
        <translation>帳單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee type</source>
        <translation>費用類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>建檔人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered at</source>
        <translation>建檔時間</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <location filename="../src/widgets/approvalsdialog.cpp" line="+113"/>
        <source>Approvals</source>
        <translation>待核准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No charge waits for approval.</source>
        <translation>沒有等待核准的補費。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These charges are more than the approval threshold of their currency. They count in no balance, bill, reminder or statement until a finance user other than their author approves them. A rejected charge stays on record with the reason.</source>
        <translation>以下補費的金額超過所屬幣別的核准金額門檻。在製單人以外的財務人員核准之前，這些補費不計入任何餘額、帳單、提醒或對帳單。被退回的補費會連同原因保留在紀錄中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bill</source>
        <translation>帳單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee Type</source>
        <translation>費用類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due Date</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered By</source>
        <translation>建檔人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered At</source>
        <translation>建檔時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On account</source>
        <translation>記入帳戶</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Approve</source>
        <translation>核准(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the charges that wait for approval: %1</source>
        <translation>無法讀取等待核准的補費：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You entered charge %1 yourself, so another finance user must approve it.</source>
        <translation>補費 %1 由您本人建檔，須由其他財務人員核准。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post the selected charge, so that it counts in the customer&apos;s balance.</source>
        <translation>將所選補費入帳，使其計入客戶餘額。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected charge with a reason. It stays on record and never counts.</source>
        <translation>填寫原因並退回所選補費。此補費會保留在紀錄中，但不會計入任何地方。</translation>
    </message>
</context>
<context>
    <name>ApproveChargeCommand</name>
    <message>
        <location filename="../src/cli/approvechargecommand.cpp" line="+11"/>
        <source>Reject a charge that waits for approval, with the reason.</source>
        <translation>退回等待核准的補費，並註明原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve a charge that waits for approval, so that it counts.</source>
        <translation>核准等待核准的補費，使其開始計入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs the role finance or admin. The charge stays on record with status rejected, who rejected it, when and why, and never counts in any balance. Its author may reject it too, which withdraws it.</source>
        <translation>需具備 finance 或 admin 角色。此補費會以「已退回」狀態保留在紀錄中，並記錄退回者、退回時間與原因，且不會計入任何餘額。製單人也可以退回自己的補費，藉此撤回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs the role finance or admin, and a user other than the one who entered the charge. The charge becomes posted: its amount is added to the bill and the customer&apos;s balance, and who approved it and when is recorded. A charge entered on or before the period lock date cannot be approved.</source>
        <translation>需具備 finance 或 admin 角色，且執行者不得為該補費的建檔人。補費會變為已入帳：金額計入帳單與客戶餘額，並記錄核准者與核准時間。關帳日期當天或之前建檔的補費無法核准。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The charge&apos;s ID, as approvals list and list-charges print it.</source>
        <translation>補費編號，即 approvals list 與 list-charges 所顯示的編號。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the charge is rejected; required, at most %1 characters.</source>
        <translation>退回此補費的原因；必填，最多 %1 個字元。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid charge ID “%1”: use the number that approvals list shows in its ID column.</source>
        <translation>補費編號「%1」無效：請使用 approvals list 在「編號」欄顯示的數字。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Charge %1 is rejected.</source>
        <translation>補費 %1 已退回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge %1 is approved and posted.</source>
        <translation>補費 %1 已核准並入帳。</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <location filename="../src/cli/argumentparser.cpp" line="+42"/>
        <source>Unexpected argument “%1”.</source>
        <translation>多餘的引數「%1」。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown option “--%1”.</source>
        <translation>未知的選項「--%1」。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown option “%1”.</source>
        <translation>未知的選項「%1」。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Option %1 is given more than once.</source>
        <translation>選項 %1 重複指定。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option %1 takes no value.</source>
        <translation>選項 %1 不接受值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Option %1 needs a value (%2).</source>
        <translation>選項 %1 需要一個值（%2）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Missing required option %1 %2.</source>
        <translation>缺少必要的選項 %1 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing required option %1.</source>
        <translation>缺少必要的選項 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing argument %1.</source>
        <translation>缺少引數 %1。</translation>
    </message>
</context>
<context>
    <name>AuditChainHead</name>
    <message>
        <location filename="../src/core/auditchainhead.cpp" line="+34"/>
        <location line="+30"/>
        <location line="+63"/>
        <source>the audit chain head row is missing</source>
        <translation>稽核雜湊鏈的鏈頭紀錄遺失</translation>
    </message>
</context>
<context>
    <name>AuditChainMigration</name>
    <message>
        <location filename="../src/core/auditchainmigration.cpp" line="+65"/>
        <source>audit record %1 has a chain hash already</source>
        <translation>稽核紀錄 %1 已有雜湊鏈值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not chain audit record %1: %2</source>
        <translation>無法將稽核紀錄 %1 加入雜湊鏈：%2</translation>
    </message>
</context>
<context>
    <name>AuditChainVerifier</name>
    <message>
        <location filename="../src/core/auditchainverifier.cpp" line="+19"/>
        <location line="+47"/>
        <source>Could not read the audit log: %1</source>
        <translation>無法讀取稽核紀錄：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read the audit chain head: %1</source>
        <translation>無法讀取稽核雜湊鏈的鏈頭：%1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../src/core/auditlog.cpp" line="+31"/>
        <source>%1. The audit log may have been changed outside ChargeDesk: check it with Reports ▸ Check Data Integrity or “chargedesk-cli verify”.</source>
        <translation>%1。稽核紀錄可能在補費台以外遭到變更：請使用「報表 ▸ 資料一致性檢查」或「chargedesk-cli verify」進行檢查。</translation>
    </message>
</context>
<context>
    <name>AuditTrailComparer</name>
    <message>
        <location filename="../src/core/audittrailcomparer.cpp" line="+136"/>
        <source>Could not compare the charges with their audit records: %1</source>
        <translation>無法將補費與其稽核紀錄進行比對：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not compare the payments with their audit records: %1</source>
        <translation>無法將收款與其稽核紀錄進行比對：%1</translation>
    </message>
</context>
<context>
    <name>BatchedInsert</name>
    <message>
        <location filename="../src/core/batchedinsert.cpp" line="+76"/>
        <source>the database rejected one of %1 rows for %2: %3</source>
        <translation>資料庫拒絕了寫入 %2 的 %1 列中的一列：%3</translation>
    </message>
</context>
<context>
    <name>BillComboBox</name>
    <message>
        <location filename="../src/widgets/billcombobox.cpp" line="+58"/>
        <source>(No bill — charge the account)</source>
        <translation>（不指定帳單，記入客戶帳戶）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — issued %2 — %3</source>
        <extracomment>A bill in the bill list: bill number, issue date, bill total.</extracomment>
        <translation>%1 — 開立日期 %2 — %3</translation>
    </message>
</context>
<context>
    <name>BillCsvImporter</name>
    <message>
        <location filename="../src/core/billcsvimporter.cpp" line="+113"/>
        <source>The bill number “%1” has %2 characters; at most %3 are allowed.</source>
        <translation>帳單號碼「%1」有 %2 個字元，最多只能 %3 個。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customer “%1” does not exist. Import the customers first, or correct the code.</source>
        <translation>客戶「%1」不存在。請先匯入客戶，或修正客戶編號。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The currency “%1” differs from customer %2&apos;s currency %3. A bill is in its customer&apos;s currency: leave the field empty or write %3.</source>
        <translation>幣別「%1」與客戶 %2 的幣別 %3 不同。帳單一律使用客戶的幣別：請將此欄位留空，或填入 %3。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The line kind “%1” is unknown. Write goods or freight, or leave it empty for goods.</source>
        <translation>未知的明細類型「%1」。請填入 goods 或 freight；留空則視為 goods。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The line amount of %1 × %2 is more than %3, the largest amount a bill line may have. Check the quantity and the unit price, or split the line.</source>
        <translation>%1 × %2 的明細金額超過 %3，即帳單明細金額的上限。請檢查數量與單價，或將此明細拆成多筆。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The line amount %1 differs from %2, which is unit price × quantity × (1 − discount) rounded half-up. Correct the amount, the price, the quantity or the discount.</source>
        <translation>明細金額 %1 與應有金額 %2 不符（應有金額 = 單價 × 數量 × (1 − 折扣)，四捨五入）。請修正金額、單價、數量或折扣。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bill %1 has %2 “%3” on line %4 but “%5” on this line. Every line of a bill must repeat the same bill header.</source>
        <translation>帳單 %1 在第 %4 行的 %2 為「%3」，但此行為「%5」。同一張帳單的每一行都必須重複相同的帳單表頭資料。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bill %1 is due on %2, before its issue date %3. Correct one of the dates.</source>
        <translation>帳單 %1 的付款期限 %2 早於開立日期 %3。請修正其中一個日期。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bill %1 has line number %2 twice, on lines %3 and %4. Give each line of a bill its own number.</source>
        <translation>帳單 %1 的項次 %2 重複出現在第 %3 行與第 %4 行。請為帳單的每一筆明細指定不同的項次。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The total of bill %1 is too large to store. Check its amounts.</source>
        <translation>帳單 %1 的合計超出可儲存的範圍。請檢查其金額。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>another customer</source>
        <translation>其他客戶</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location line="+1"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 筆明細</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bill %1 is already present with the same lines.</source>
        <translation>帳單 %1 已存在，且明細相同。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bill %1 exists with %2 “%3” in the database, but the file has “%4”. An import never changes a bill: correct the file.</source>
        <translation>帳單 %1 已存在於資料庫中，其 %2 為「%3」，但檔案中為「%4」。匯入不會變更既有帳單：請修正檔案。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Bill %1 was not written: %2</source>
        <translation>帳單 %1 未寫入：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Bill %1 of %2: %n line(s), total %3.</source>
        <translation>
            <numerusform>客戶 %2 的帳單 %1：%n 筆明細，合計 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillLineListModel</name>
    <message>
        <location filename="../src/models/billlinelistmodel.cpp" line="+46"/>
        <source>Line</source>
        <translation>項次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>品項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit Price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>BillLineRecord</name>
    <message>
        <location filename="../src/core/records.cpp" line="+39"/>
        <source>Freight</source>
        <translation>運費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freight – %1</source>
        <extracomment>A freight line of a bill; %1 is the carrier.</extracomment>
        <translation>運費（%1）</translation>
    </message>
</context>
<context>
    <name>BillLinesTable</name>
    <message>
        <location filename="../src/widgets/billlinestable.cpp" line="+34"/>
        <source>Description</source>
        <translation>品項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit Price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>BillListModel</name>
    <message>
        <location filename="../src/models/billlistmodel.cpp" line="+53"/>
        <source>Bill No.</source>
        <translation>帳單號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>開立日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines Total</source>
        <translation>明細合計</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges</source>
        <translation>補費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
</context>
<context>
    <name>BillWriter</name>
    <message>
        <location filename="../src/core/billwriter.cpp" line="+51"/>
        <source>the database rejected bill %1: %2</source>
        <translation>資料庫拒絕了帳單 %1：%2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the database rejected line %1 of bill %2: %3</source>
        <translation>資料庫拒絕了帳單 %2 的項次 %1：%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>customer %1 was not found</source>
        <translation>找不到客戶 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the balance of customer %1 would be too large</source>
        <translation>客戶 %1 的餘額將會過大</translation>
    </message>
</context>
<context>
    <name>CancelPlanDialog</name>
    <message>
        <location filename="../src/widgets/cancelplandialog.cpp" line="+62"/>
        <source>Charge %1</source>
        <translation>補費 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel Installment Plan</source>
        <translation>取消分期付款計畫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling keeps the plan on record, and the charge is due as a whole on its own due date again. A plan can be cancelled only while none of its installments has a payment.</source>
        <translation>取消後，此計畫仍會保留在紀錄中，補費恢復為在其原付款期限一次付清。只有在各期都尚未收款時，才能取消分期付款計畫。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason for cancelling (required):</source>
        <translation>取消原因(&amp;R)（必填）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;Plan</source>
        <translation>取消計畫(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Plan</source>
        <translation>保留計畫(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No installment plan with id %1 was found.</source>
        <translation>找不到編號為 %1 的分期付款計畫。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the installment plan: %1</source>
        <translation>無法載入分期付款計畫：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. due %2, %3</source>
        <extracomment>One installment: number, due date and amount.</extracomment>
        <translation>第 %1 期：付款期限 %2，%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge:</source>
        <translation>費用：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installments:</source>
        <translation>分期明細：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan was cancelled already, by %1 on %2.</source>
        <translation>此計畫已取消：由 %1 於 %2 取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An installment of this plan has a payment, so the plan cannot be cancelled. Reverse the payments first.</source>
        <translation>此計畫已有分期收到款項，因此無法取消。請先沖銷這些收款。</translation>
    </message>
</context>
<context>
    <name>ChargeAccess</name>
    <message>
        <location filename="../src/core/chargeaccess.cpp" line="+32"/>
        <source>Charge %1 waits for approval, so it cannot be voided. A finance user can reject it with a reason instead.</source>
        <translation>補費 %1 正在等待核准，因此無法作廢。財務人員可以改為填寫原因將其退回。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1 was rejected by %2 on %3 and counts nowhere, so it cannot be voided.</source>
        <translation>補費 %1 已於 %3 由 %2 退回，不會計入任何地方，因此無法作廢。</translation>
    </message>
</context>
<context>
    <name>ChargeApprover</name>
    <message>
        <location filename="../src/core/chargeapprover.cpp" line="+26"/>
        <source>Charge %1 does not exist. Check the charge number.</source>
        <translation>補費 %1 不存在。請檢查補費編號。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1 does not wait for approval; its status is %2.</source>
        <translation>補費 %1 並非等待核准狀態；其目前狀態為「%2」。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You entered charge %1 yourself, so another finance user must approve it. You may reject it to withdraw it.</source>
        <translation>補費 %1 由您本人建檔，須由其他財務人員核准。您可以將其退回以撤回此補費。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Charge %1 was not approved: the database could not start a transaction (%2). Try again.</source>
        <translation>補費 %1 未核准：資料庫無法開始交易（%2）。請再試一次。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Charge %1 was not approved: %2. Nothing was changed; try again.</source>
        <translation>補費 %1 未核准：%2。未做任何變更，請再試一次。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the reason for rejecting charge %1.</source>
        <translation>請輸入退回補費 %1 的原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason for rejecting has %1 characters; at most %2 are allowed.</source>
        <translation>退回原因有 %1 個字元，最多只能有 %2 個。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charge %1 was not rejected: the database could not start a transaction (%2). Try again.</source>
        <translation>補費 %1 未退回：資料庫無法開始交易（%2）。請再試一次。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Charge %1 was not rejected: %2. Nothing was changed; try again.</source>
        <translation>補費 %1 未退回：%2。未做任何變更，請再試一次。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>charge %1 no longer waits for approval</source>
        <translation>補費 %1 已不再等待核准</translation>
    </message>
</context>
<context>
    <name>ChargeConfirmDialog</name>
    <message>
        <location filename="../ui/chargeconfirmdialog.ui" line="+14"/>
        <source>Confirm Charge</source>
        <translation>確認費用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the charge below. Nothing has been saved yet: Confirm and Submit saves it, Back to Edit returns to the form.</source>
        <translation>請核對以下費用。目前尚未儲存：按「確認送出」會儲存這筆費用，按「返回修改」會回到填寫畫面。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Possible Duplicates</source>
        <translation>疑似重複</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These existing charges resemble the new one. If the new charge is still right, explain why in a note; the note is kept in the audit log.</source>
        <translation>以下既有費用與這筆新費用相似。若新費用確實無誤，請在確認說明中寫明原因；此說明會記入稽核紀錄。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Acknowledgement note (required):</source>
        <translation>確認說明(&amp;A)（必填）：</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Confirm and Submit</source>
        <translation>確認送出(&amp;C)</translation>
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
        <translation>請返回修改這筆費用。</translation>
    </message>
</context>
<context>
    <name>ChargeCsvImporter</name>
    <message>
        <location filename="../src/core/chargecsvimporter.cpp" line="+134"/>
        <source>Customer “%1” does not exist. Correct the code, or import the customers first.</source>
        <translation>客戶「%1」不存在。請修正客戶編號，或先匯入客戶。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bill “%1” does not exist. Correct the number, import the bills first, or leave the field empty for a charge on the customer&apos;s account.</source>
        <translation>帳單「%1」不存在。請修正帳單號碼、先匯入帳單，或將此欄位留空，讓補費記入客戶帳戶。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bill %1 belongs to another customer, not to %2. Correct the bill number or the customer code.</source>
        <translation>帳單 %1 屬於其他客戶，不屬於 %2。請修正帳單號碼或客戶編號。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The currency “%1” differs from customer %2&apos;s currency %3. A charge is in its customer&apos;s currency: leave the field empty or write %3.</source>
        <translation>幣別「%1」與客戶 %2 的幣別 %3 不同。補費一律使用客戶的幣別：請將此欄位留空，或填入 %3。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The status “%1” is unknown. Write posted or void, or leave it empty for posted.</source>
        <translation>未知的狀態「%1」。請填入 posted 或 void；留空則視為 posted。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The charge is void but has no void reason. Enter the reason in the void_reason field.</source>
        <translation>此筆補費已作廢，但沒有作廢原因。請在 void_reason 欄位填寫原因。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is neither a code nor a label of %2. Use one of these codes or their labels: %3.</source>
        <translation>「%1」既不是 %2 的代碼，也不是其名稱。請使用下列代碼或其名稱：%3。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 An exact duplicate is never imported: remove the line.</source>
        <translation>%1 完全重複的費用一律不會匯入：請刪除此行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Give a duplicate_acknowledgement saying why this is not a duplicate, or remove the line.</source>
        <translation>%1 請在 duplicate_acknowledgement 中說明為何不是重複費用，或刪除此行。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>charge %1 was not found</source>
        <translation>找不到補費 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge %1 of this line was imported before and is void now, but the file says posted. Correct the status in the file.</source>
        <translation>此行的補費 %1 先前已匯入，目前已作廢，但檔案中的狀態為 posted。請修正檔案中的狀態。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1 of this line was imported before and is posted, but the file says void. Void the charge in the program, or correct the file.</source>
        <translation>此行的補費 %1 先前已匯入，目前為已入帳，但檔案中的狀態為 void。請在程式中將該補費作廢，或修正檔案。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already imported as charge %1.</source>
        <translation>已匯入為補費 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Charge of %1 for %2, fee type %3.</source>
        <translation>客戶 %2 的補費 %1，費用類型 %3。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Voided: %1</source>
        <translation>已作廢，原因：%1</translation>
    </message>
</context>
<context>
    <name>ChargeListModel</name>
    <message>
        <location filename="../src/models/chargelistmodel.cpp" line="+289"/>
        <source>Duplicate acknowledgement: %1</source>
        <translation>疑似重複的確認說明：%1</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bill No.</source>
        <translation>帳單號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee Type</source>
        <translation>費用類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>補費原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entered By</source>
        <translation>建檔人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered At</source>
        <translation>建檔時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void Reason</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>On account</source>
        <translation>記入帳戶</translation>
    </message>
</context>
<context>
    <name>ChargeListing</name>
    <message>
        <location filename="../src/cli/chargelisting.cpp" line="+30"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill</source>
        <translation>帳單號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee type</source>
        <translation>費用類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>補費原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ChargeNoticeDialog</name>
    <message>
        <location filename="../ui/chargenoticedialog.ui" line="+14"/>
        <source>Charge Notices</source>
        <translation>補費通知單</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;ustomer:</source>
        <translation>客戶(&amp;U)：</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Check &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check N&amp;one</source>
        <translation>全不選(&amp;O)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pre&amp;view</source>
        <translation>預覽(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save P&amp;DF…</source>
        <translation>儲存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../src/widgets/chargenoticedialog.cpp" line="+254"/>
        <source>Could not load the list of customers: %1</source>
        <translation>無法載入客戶清單：%1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Reading the charges…</source>
        <translation>正在讀取補費…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The charges could not be read.</source>
        <translation>無法讀取補費。</translation>
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
        <translation>記入帳戶</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill</source>
        <translation>帳單號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee type</source>
        <translation>費用類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>補費原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of the name or code</source>
        <translation>輸入名稱或客戶編號的一部分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a customer, then check the posted charges to print a notice for. Each notice names the charge, its bill and where to pay.</source>
        <translation>請選擇客戶，再勾選要列印通知單的已入帳補費。每張通知單都會載明補費內容、所屬帳單及付款資訊。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One notice is printed for each checked charge, grouped by customer. Each notice names the charge, its bill and where to pay.</source>
        <translation>每筆勾選的補費各列印一張通知單，並依客戶分組。每張通知單都會載明補費內容、所屬帳單及付款資訊。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Left out because they are void, so they are not owed: charge no. %1.</source>
        <translation>
            <numerusform>下列補費已作廢、無須付款，因此已排除：補費編號 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The company details lack: %1. Fill them in under Settings › Company Details before sending notices.</source>
        <translation>公司資料缺少：%1。寄送通知單前，請先在「設定 › 公司資料」中填寫。</translation>
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
        <translation>補費通知單_%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>charge-notices_%1</source>
        <extracomment>File name of several charge notices without extension; %1 is today&apos;s date. Use no characters that file names forbid.</extracomment>
        <translation>補費通知單_%1</translation>
    </message>
</context>
<context>
    <name>ChargeReportBuilder</name>
    <message>
        <location filename="../src/reports/chargereportbuilder.cpp" line="+43"/>
        <source>Supplementary charge report</source>
        <translation>補費報表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Void charges are listed with the status Void and their amount marked void. They are not included in any count, subtotal or total, but summed apart as voided.</source>
        <translation>已作廢的補費以「已作廢」狀態列出，金額標示為作廢。這些補費不計入任何筆數、小計或合計，而是另外彙總為作廢金額。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charges by customer</source>
        <translation>各客戶補費明細</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subtotals by fee type</source>
        <translation>依費用類型小計</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtotals by customer</source>
        <translation>依客戶小計</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charges listed</source>
        <translation>列出的補費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 counted, %3 void)</source>
        <translation>%1 筆（計入 %2 筆，作廢 %3 筆）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>Total %1</source>
        <translation>合計 %1</translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <source>%1 from %n charge(s)</source>
        <translation>
            <numerusform>%1（共 %n 筆補費）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voided %1</source>
        <translation>作廢 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 from %n void charge(s)</source>
        <translation>
            <numerusform>%1，共 %n 筆作廢補費</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entered</source>
        <translation>建檔日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill</source>
        <translation>帳單號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Fee type</source>
        <translation>費用類型</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Reason</source>
        <translation>補費原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>建檔人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <location line="+26"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>No charges match these filters.</source>
        <translation>沒有符合這些篩選條件的補費。</translation>
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
        <translation>小計 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>void %1</source>
        <comment>amount of a void charge, not counted</comment>
        <translation>作廢 %1</translation>
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
            <numerusform>計入 %n 筆</numerusform>
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
            <numerusform>%n 筆作廢（%1）未計入</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Charges</source>
        <translation>補費筆數</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Void</source>
        <translation>作廢筆數</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Voided amount</source>
        <translation>作廢金額</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+27"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Customer</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司名稱</translation>
    </message>
</context>
<context>
    <name>ChargeReportData</name>
    <message>
        <location filename="../src/core/chargereportdata.cpp" line="+15"/>
        <source>The total of the %1 charges is too large to add up. Narrow the filters or the period.</source>
        <translation>%1 筆補費的合計過大，無法加總。請縮小篩選條件或期間。</translation>
    </message>
</context>
<context>
    <name>ChargeReportDialog</name>
    <message>
        <location filename="../ui/chargereportdialog.ui" line="+14"/>
        <source>Charge Report</source>
        <translation>補費報表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From:</source>
        <translation>起始日(&amp;F)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;To:</source>
        <translation>結束日(&amp;T)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Dates by:</source>
        <translation>日期依據(&amp;D)：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Page</source>
        <translation>頁面</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Orientation:</source>
        <translation>方向(&amp;O)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fee Types</source>
        <translation>費用類型</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reasons</source>
        <translation>補費原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payment Methods</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Statuses</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entered By</source>
        <translation>建檔人</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print &amp;Notices for These Charges…</source>
        <translation>列印這些補費的通知單(&amp;N)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pre&amp;view</source>
        <translation>預覽(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save P&amp;DF…</source>
        <translation>儲存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save &amp;CSV…</source>
        <translation>儲存 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../src/widgets/chargereportdialog.cpp" line="+117"/>
        <location line="+11"/>
        <source>%1: nothing is checked.</source>
        <translation>%1：未勾選任何項目。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not load the list of customers: %1</source>
        <translation>無法載入客戶清單：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load the list of fee types: %1</source>
        <translation>無法載入費用類型清單：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the list of charge reasons: %1</source>
        <translation>無法載入補費原因清單：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the list of payment methods: %1</source>
        <translation>無法載入付款方式清單：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not load the list of users who entered charges: %1</source>
        <translation>無法載入建檔人清單：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entry date</source>
        <translation>建檔日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the period selects charges by the day they were entered or by the day they are due.</source>
        <translation>選擇期間要依補費的建檔日期或付款期限來篩選補費。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>直向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>橫向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic prints in landscape when the table is too wide for a portrait page.</source>
        <translation>選擇「自動」時，若表格寬度超出直向頁面，會改以橫向列印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All customers</source>
        <translation>所有客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check at least one customer, or All customers.</source>
        <translation>請至少勾選一位客戶，或勾選「所有客戶」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name or code</source>
        <translation>依名稱或編號搜尋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All fee types</source>
        <translation>所有費用類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check at least one fee type, or All fee types.</source>
        <translation>請至少勾選一種費用類型，或勾選「所有費用類型」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All reasons</source>
        <translation>所有補費原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check at least one reason, or All reasons.</source>
        <translation>請至少勾選一個補費原因，或勾選「所有補費原因」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check at least one status, or All statuses.</source>
        <translation>請至少勾選一種狀態，或勾選「所有狀態」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All payment methods</source>
        <translation>所有付款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check at least one payment method, or All payment methods.</source>
        <translation>請至少勾選一種付款方式，或勾選「所有付款方式」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All users</source>
        <translation>所有使用者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check at least one user, or All users.</source>
        <translation>請至少勾選一位使用者，或勾選「所有使用者」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open one charge notice per posted charge that matches the filters, grouped by customer.</source>
        <translation>為每一筆符合篩選條件的已入帳補費各開啟一張補費通知單，並依客戶分組。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the charges and totals as a CSV file for spreadsheets.</source>
        <translation>將補費與合計儲存為 CSV 檔案，供試算表使用。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>charge-report_%1</source>
        <extracomment>File name of the charge report without extension; %1 is the period, e.g. 2026-11. Use no characters that file names forbid (/  : * ? &quot; &lt; &gt; |).</extracomment>
        <translation>補費報表_%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Finding the posted charges…</source>
        <translation>正在尋找已入帳的補費…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The charges could not be read.</source>
        <translation>無法讀取補費。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No Charges</source>
        <translation>沒有補費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No posted charge matches these filters, so there is no notice to print. Widen the period or the filters.</source>
        <translation>沒有符合這些篩選條件的已入帳補費，因此沒有可列印的通知單。請放寬期間或篩選條件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No Notice for Void Charges</source>
        <translation>作廢補費不產生通知單</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Charge no. %1 is void, so it is not owed and gets no notice. Include posted charges in the filters.</source>
        <translation>
            <numerusform>補費編號 %1 已作廢，無需付款，因此不產生通知單。請在篩選條件中包含已入帳的補費。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargeReportFilter</name>
    <message>
        <location filename="../src/core/chargereportfilter.cpp" line="+105"/>
        <source>The period starts on %1, after its end on %2. Choose a start date on or before the end date.</source>
        <translation>期間的開始日期 %1 晚於結束日期 %2。請選擇早於或等於結束日期的開始日期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown status “%1”. Use posted or void.</source>
        <translation>未知的狀態「%1」。請使用 posted 或 void。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer ID %1 not found. Choose customers from the list.</source>
        <translation>找不到編號為 %1 的客戶。請從清單中選擇客戶。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown fee type code “%1”. Known codes: %2.</source>
        <translation>未知的費用類型代碼「%1」。可用代碼：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown charge reason code “%1”. Known codes: %2.</source>
        <translation>未知的補費原因代碼「%1」。可用代碼：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown payment method code “%1”. Known codes: %2.</source>
        <translation>未知的付款方式代碼「%1」。可用代碼：%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The filters could not be checked because the database reported an error: %1</source>
        <translation>資料庫發生錯誤，無法檢查篩選條件：%1</translation>
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
        <translation>客戶：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %n more</source>
        <translation>
            <numerusform>及其他 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fee types: %1</source>
        <translation>費用類型：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reasons: %1</source>
        <translation>補費原因：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statuses: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment methods: %1</source>
        <translation>付款方式：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entered by: %1</source>
        <translation>建檔人：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry date</source>
        <translation>建檔日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due date</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1 – %2 (%3)</source>
        <translation>期間：%1 – %2（依%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period: from %1 (%2)</source>
        <translation>期間：%1 起（依%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: up to %1 (%2)</source>
        <translation>期間：至 %1 止（依%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: all dates</source>
        <translation>期間：全部日期</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Posted</source>
        <translation>已入帳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void</source>
        <translation>已作廢</translation>
    </message>
</context>
<context>
    <name>ChargeReportQuery</name>
    <message>
        <location filename="../src/core/chargereportquery.cpp" line="+133"/>
        <location line="+14"/>
        <location line="+19"/>
        <source>The charges could not be read: %1</source>
        <translation>無法讀取補費：%1</translation>
    </message>
</context>
<context>
    <name>ChargeReviewReport</name>
    <message>
        <location filename="../src/cli/chargereviewreport.cpp" line="+50"/>
        <source>Invalid %1 “%2”: %3</source>
        <translation>%1「%2」無效：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written.</source>
        <translation>未寫入任何資料。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exact duplicates:</source>
        <translation>完全重複的費用：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicates:</source>
        <translation>疑似重複：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rejected: exact duplicate of charge %1 (same customer, bill, fee type, amount and due date, not void). Nothing was written. If that charge is wrong, void it with void-charge first.</source>
        <translation>已拒絕：與補費 %1 完全重複（客戶、帳單、費用類型、金額及付款期限皆相同，且未作廢）。未寫入任何資料。若那筆補費有誤，請先用 void-charge 將其作廢。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejected: possible duplicate of charge %1. Nothing was written. If this is a separate charge, run the command again with --acknowledge-duplicate NOTE saying why; the note is kept in the audit log.</source>
        <translation>已拒絕：與補費 %1 疑似重複。未寫入任何資料。若這是另一筆獨立的補費，請加上 --acknowledge-duplicate NOTE 再執行一次指令，並在 NOTE 中說明原因；此說明會記入稽核紀錄。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known codes: %1.</source>
        <translation>可用代碼：%1。</translation>
    </message>
</context>
<context>
    <name>ChargeService</name>
    <message>
        <location filename="../src/core/chargeservice.cpp" line="+69"/>
        <location line="+13"/>
        <source>The charge could not be checked.</source>
        <translation>無法檢查這筆補費。</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>The charge could not be checked because the database reported an error: %1. Try again; if it persists, run the consistency check.</source>
        <translation>資料庫發生錯誤，無法檢查這筆費用：%1。請再試一次；若問題持續發生，請執行一致性檢查。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The amount %1 would make the balance too large to store. Check the amount.</source>
        <translation>金額 %1 會使餘額超出可儲存的範圍。請檢查金額。</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+28"/>
        <location line="+63"/>
        <source>The charge was not saved. Nothing was written.</source>
        <translation>補費未儲存，未寫入任何資料。</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>The charge was not saved: the database could not start a transaction (%1). Nothing was written; try again.</source>
        <translation>費用未儲存：資料庫無法開始交易（%1）。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The charge was not saved: another user&apos;s change to customer %1 did not finish in time (%2). Nothing was written; try again.</source>
        <translation>補費未儲存：其他使用者對客戶 %1 的變更未能及時完成（%2）。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+63"/>
        <source>The charge was not saved: %1. Nothing was written; try again.</source>
        <translation>費用未儲存：%1。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The request key %1 was already used for charge %2 with other values. Start a new charge.</source>
        <translation>請求編號 %1 已用於補費 %2，但內容不同。請重新建立一筆費用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The charge differs from the one that was confirmed. Review it again and confirm.</source>
        <translation>這筆費用與已確認的內容不一致。請重新檢查並確認。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An administrator changed the approval threshold of %1 since the review, so whether the charge waits for approval changed. Review it again and confirm.</source>
        <translation>在您檢視之後，管理員變更了 %1 的核准金額門檻，因此這筆補費是否須經核准也隨之改變。請重新檢視並確認。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New possible duplicates were entered since the review. Look at them and confirm again.</source>
        <translation>檢查之後又有新的疑似重複費用建檔。請查看後再確認一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This charge resembles existing charges. Write a note that says why it is not a duplicate.</source>
        <translation>此補費與現有補費相似。請填寫說明，解釋它為何不是重複補費。</translation>
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
        <translation>部分收款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settled</source>
        <extracomment>Payment status of a charge: paid in full (已结清).</extracomment>
        <translation>已結清</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Void</source>
        <extracomment>Status of a charge that was voided (已作废).</extracomment>
        <translation>已作廢</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting approval</source>
        <extracomment>Status of a charge that waits for a finance user&apos;s approval (待审批).</extracomment>
        <translation>待核准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected</source>
        <extracomment>Status of a charge that a finance user did not approve (已驳回).</extracomment>
        <translation>已退回</translation>
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
        <translation>將在客戶 %4的帳單 %3（開立日期 %5）新增一筆「%2」補費，金額為 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A supplementary charge of %1 for “%2” will be added to the account of customer %3, not to a bill.</source>
        <translation>將在客戶 %3的帳戶新增一筆「%2」補費，金額為 %1，不指定帳單。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason is “%1”.</source>
        <translation>補費原因為「%1」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note reads: “%1”.</source>
        <translation>備註內容：「%1」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer is to pay by %1 no later than %2.</source>
        <translation>付款方式為%1，付款期限為 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date is already past, so the charge is overdue as soon as it is saved.</source>
        <translation>付款期限已過，這筆費用儲存後即為逾期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bill&apos;s outstanding balance goes from %1 to %2.</source>
        <translation>該帳單的未結餘額將從 %1 變為 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s outstanding balance goes from %1 to %2.</source>
        <translation>該客戶的未結餘額將從 %1 變為 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount is more than the approval threshold of %1, so the charge waits for approval. The balances change only when a finance user other than you approves it; until then it counts in no balance, bill, reminder or statement.</source>
        <translation>金額超過核准金額門檻 %1，因此這筆補費須經核准。必須由您以外的財務人員核准後，餘額才會變動；在此之前，這筆補費不計入任何餘額、帳單、提醒或對帳單。</translation>
    </message>
</context>
<context>
    <name>ChargeTableModel</name>
    <message>
        <location filename="../src/models/chargetablemodel.cpp" line="+104"/>
        <source>Posted</source>
        <translation>已入帳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request key</source>
        <translation>請求編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bill</source>
        <translation>帳單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee type</source>
        <translation>費用類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>補費原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate acknowledgement</source>
        <translation>疑似重複確認說明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered by</source>
        <translation>建檔人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered at</source>
        <translation>建檔時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voided by</source>
        <translation>作廢人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voided at</source>
        <translation>作廢時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void reason</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Charges are written only through the charge service, which checks them for errors and duplicates. Nothing was saved.</source>
        <translation>費用只能透過補費服務寫入，補費服務會檢查錯誤與重複。未儲存任何資料。</translation>
    </message>
</context>
<context>
    <name>ChargeValidator</name>
    <message>
        <location filename="../src/core/chargevalidator.cpp" line="+43"/>
        <source>The request key “%1” is invalid: it must have 8 to 100 characters.</source>
        <translation>請求編號「%1」無效：長度必須為 8 到 100 個字元。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request key “%1” contains a control character, such as a NUL byte. Remove it from the key.</source>
        <translation>請求編號「%1」含有控制字元（例如 NUL 位元組）。請將其從請求編號中移除。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No customer is selected. Choose a customer first.</source>
        <translation>未選擇客戶。請先選擇客戶。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Customer %1 does not exist. Choose an existing customer.</source>
        <translation>客戶 %1 不存在。請選擇既有的客戶。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bill %1 does not exist. Choose one of the customer&apos;s bills, or none.</source>
        <translation>帳單 %1 不存在。請選擇該客戶的帳單，或不指定帳單。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bill %1 belongs to another customer, not to %2. Choose one of %2&apos;s bills, or none.</source>
        <translation>帳單 %1 屬於其他客戶，不屬於 %2。請選擇 %2 的帳單，或不指定帳單。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bill %1 is in %2 but the customer&apos;s currency is %3. Charge the account instead.</source>
        <translation>帳單 %1 的幣別為 %2，但客戶的幣別為 %3。請改為記入客戶帳戶。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>To take back a charge, void it.</source>
        <translation>若要撤銷補費，請將其作廢。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No fee type is selected. Choose a fee type.</source>
        <translation>未選擇費用類型。請選擇費用類型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee type “%1” is unknown. Choose one from the list.</source>
        <translation>未知的費用類型「%1」。請從清單中選擇。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reason is selected. Choose the reason for the charge.</source>
        <translation>未選擇補費原因。請選擇這筆費用的補費原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason “%1” is unknown. Choose one from the list.</source>
        <translation>未知的補費原因「%1」。請從清單中選擇。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No payment method is selected. Choose how the customer will pay.</source>
        <translation>未選擇付款方式。請選擇客戶的付款方式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payment method “%1” is unknown. Choose one from the list.</source>
        <translation>未知的付款方式「%1」。請從清單中選擇。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The note has %1 characters; at most %2 are allowed. Shorten it.</source>
        <translation>備註有 %1 個字元，最多只能 %2 個。請刪減。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The note contains invisible control characters. Retype it.</source>
        <translation>備註含有看不見的控制字元。請重新輸入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason “Other” needs a note that says what the charge is for.</source>
        <translation>補費原因為「其他」時，須在備註中說明這筆費用的用途。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duplicate acknowledgement has %1 characters; at most %2 are allowed. Shorten it.</source>
        <translation>確認說明有 %1 個字元，最多只能 %2 個。請刪減。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duplicate acknowledgement contains invisible control characters. Retype it.</source>
        <translation>確認說明含有看不見的控制字元。請重新輸入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The due date is missing or invalid. Enter a date.</source>
        <translation>付款期限未填或無效。請輸入日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The due date %1 is before the bill&apos;s issue date %2. Choose a later date.</source>
        <translation>付款期限 %1 早於帳單開立日期 %2。請選擇較晚的日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The due date %1 is before the year %2. Check the year.</source>
        <translation>付款期限 %1 早於 %2 年。請檢查年份。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The due date %1 is more than %2 years ahead. Check the year.</source>
        <translation>付款期限 %1 距今超過 %2 年。請檢查年份。</translation>
    </message>
</context>
<context>
    <name>ChargeVoider</name>
    <message>
        <location filename="../src/core/chargevoider.cpp" line="+30"/>
        <source>Enter the reason for voiding charge %1.</source>
        <translation>請填寫作廢補費 %1 的原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The void reason has %1 characters; at most %2 are allowed.</source>
        <translation>作廢原因有 %1 個字元，最多只能 %2 個。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+102"/>
        <source>Charge %1 was not voided. Nothing was changed.</source>
        <translation>補費 %1 未作廢，未做任何變更。</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Charge %1 was not voided: the database could not start a transaction (%2). Try again.</source>
        <translation>補費 %1 未作廢：資料庫無法開始交易（%2）。請再試一次。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Charge %1 does not exist. Check the charge number.</source>
        <translation>補費 %1 不存在。請檢查補費編號。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location line="+16"/>
        <location line="+8"/>
        <source>Charge %1 was not voided: %2</source>
        <translation>補費 %1 未作廢：%2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Charge %1 is already void: voided by %2 on %3.</source>
        <translation>補費 %1 已作廢：由 %2 於 %3 作廢。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Charge %1 cannot be voided because %2 of it is paid. Reverse its payments first, then void it.</source>
        <translation>補費 %1 已收款 %2，因此無法作廢。請先沖銷其收款，再將其作廢。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Charge %1 was not voided: %2. Nothing was changed; try again.</source>
        <translation>補費 %1 未作廢：%2。未做任何變更，請再試一次。</translation>
    </message>
</context>
<context>
    <name>CommandDispatcher</name>
    <message>
        <location filename="../src/cli/commanddispatcher.cpp" line="+113"/>
        <source>Invalid --language “%1”: use zh_CN, zh_TW, en or system.</source>
        <translation>--language「%1」無效：請使用 zh_CN、zh_TW、en 或 system。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Missing command.</source>
        <translation>缺少指令。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Unknown command “%1”.</source>
        <translation>未知的指令「%1」。</translation>
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
        <translation>--database 等全域選項須放在指令名稱之前。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show the options of this command.</source>
        <translation>顯示此指令的選項。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite database file, created and brought up to date when needed, or the URL of an existing PostgreSQL database, postgresql://user@host:port/dbname; PostgreSQL reads the password from PGPASSWORD or ~/.pgpass. Default: the connection chosen in the window under Settings › Database Connection, else %1</source>
        <translation>SQLite 資料庫檔案（需要時自動建立並升級），或現有 PostgreSQL 資料庫的位址 postgresql://使用者@主機:連接埠/資料庫名稱；PostgreSQL 從 PGPASSWORD 或 ~/.pgpass 讀取密碼。預設：視窗程式中「設定 › 資料庫連線」所選的連線，未選擇時為 %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Invalid --database “”: give the path of a database file or the URL of a PostgreSQL database.</source>
        <translation>--database「」無效：請提供資料庫檔案的路徑或 PostgreSQL 資料庫的 URL。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Language of messages and labels: zh_CN, zh_TW, en, or system for the language of the locale (LANG, LC_ALL), which is the default.</source>
        <translation>訊息與標籤的語言：zh_CN、zh_TW、en，或 system（依地區設定 LANG、LC_ALL 決定語言，此為預設值）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log info messages to standard error as well as warnings.</source>
        <translation>除警告外，也將資訊等級的記錄訊息輸出至標準錯誤輸出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the program&apos;s version.</source>
        <translation>顯示程式版本。</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <location filename="../src/core/companyprofile.cpp" line="+58"/>
        <source>Could not save the company details to %1. Check that the file can be written.</source>
        <translation>無法將公司資料儲存至 %1。請確認該檔案可以寫入。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(company name not set — Settings › Company Details)</source>
        <translation>（尚未設定公司名稱 — 設定 › 公司資料）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bank account or payment instructions</source>
        <translation>銀行帳號或付款說明</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>company name</source>
        <translation>公司名稱</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>phone or email</source>
        <translation>電話或電子郵件</translation>
    </message>
</context>
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <location filename="../ui/companyprofiledialog.ui" line="+14"/>
        <source>Company Details</source>
        <translation>公司資料</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports, statements and charge notices print these details. Notices also print the payment details, so that customers know where to pay and whom to ask.</source>
        <translation>報表、對帳單與補費通知單都會印出這些資料。通知單另外會印出付款資訊，讓客戶知道款項應付至何處、有疑問時可洽詢何人。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Company &amp;name:</source>
        <translation>公司名稱(&amp;N)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Email:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Contact person:</source>
        <translation>聯絡人(&amp;C)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Payment Details on Notices</source>
        <translation>通知單上的付款資訊</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Bank:</source>
        <translation>銀行(&amp;B)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account n&amp;umber:</source>
        <translation>銀行帳號(&amp;U)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Payment &amp;instructions:</source>
        <translation>付款說明(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/companyprofiledialog.cpp" line="+64"/>
        <source>Could Not Save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard Changes</source>
        <translation>捨棄變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes to the company details? They are not saved.</source>
        <translation>要捨棄對公司資料的變更嗎？這些變更尚未儲存。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>e.g. billing@example.com</source>
        <translation>例如 billing@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Quote the notice number with your payment.</source>
        <translation>例如：付款時請註明通知單編號。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The company name is required. Enter the name printed on reports.</source>
        <translation>公司名稱為必填。請輸入報表上要印出的名稱。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an email address. Enter an address such as billing@example.com, or leave the field empty.</source>
        <translation>「%1」不是有效的電子郵件地址。請輸入如 billing@example.com 的地址，或將此欄位留空。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Charge notices will lack: %1.</source>
        <translation>補費通知單將缺少：%1。</translation>
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
        <translation>計算費用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan Upgrade Difference</source>
        <translation>方案升級差額</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Old monthly price:</source>
        <translation>原月費(&amp;O)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The monthly price of the plan before the upgrade; 0 for a free plan.</source>
        <translation>升級前方案的月費；免費方案請填 0。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New monthly price:</source>
        <translation>新月費(&amp;N)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The monthly price of the plan after the upgrade.</source>
        <translation>升級後方案的月費。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Upgrade date:</source>
        <translation>升級日期(&amp;U)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first day at the new price.</source>
        <translation>開始適用新月費的第一天。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period &amp;end:</source>
        <translation>期間結束日(&amp;E)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last day of the billing period that was billed at the old price.</source>
        <translation>以原月費計費的計費期間最後一天。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each day from the upgrade date to the period end, both included, costs the monthly difference divided by the number of days in its month. The total is rounded half up once.</source>
        <translation>從升級日期到期間結束日（含首尾兩天），每天的費用為月費差額除以該月天數。合計金額只在最後四捨五入一次。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Late Fee</source>
        <translation>滯納金</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Base amount:</source>
        <translation>基準金額(&amp;B)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The overdue amount the fee is computed on.</source>
        <translation>用來計算滯納金的逾期金額。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Rate:</source>
        <translation>費率(&amp;R)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>per day</source>
        <translation>每日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>per month (30 days, pro rata)</source>
        <translation>每月（以 30 天按日比例計算）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue:</source>
        <translation>逾期：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Days:</source>
        <translation>天數(&amp;D)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number of days the amount is overdue.</source>
        <translation>該金額逾期的天數。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;From due date:</source>
        <translation>自付款期限(&amp;F)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The day of payment, or today for a fee up to now. The due date itself is not counted.</source>
        <translation>付款當天；若計算至今日的滯納金，請選今天。付款期限當天不計入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Cap:</source>
        <translation>上限(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No cap</source>
        <translation>無上限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Percentage of the base</source>
        <translation>基準金額的百分比</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The largest fee: an amount, or a percentage of the base amount.</source>
        <translation>滯納金的最高額：可為固定金額，或基準金額的百分比。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fee = base amount × rate × days overdue, with a monthly rate divided by 30 for each day. The fee is rounded half up once, and the cap applies after rounding.</source>
        <translation>滯納金 = 基準金額 × 費率 × 逾期天數；若為月費率，每日按月費率除以 30 計算。滯納金只四捨五入一次，四捨五入後再套用上限。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Result</source>
        <translation>計算結果</translation>
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
        <translation>以百分比表示的費率，例如 0.05 代表 0.05%，最多 %1 位小數。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Old monthly price</source>
        <translation>原月費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New monthly price</source>
        <translation>新月費</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base amount</source>
        <translation>基準金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate</source>
        <translation>費率</translation>
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
        <translation>請輸入基準金額、費率與逾期天數，以計算滯納金。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter both monthly prices to see the difference.</source>
        <translation>請輸入原月費與新月費，以計算差額。</translation>
    </message>
</context>
<context>
    <name>ConnectionAction</name>
    <message>
        <location filename="../src/widgets/connectionaction.cpp" line="+39"/>
        <source>Database &amp;Connection…</source>
        <translation>資料庫連線(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the database ChargeDesk opens at start: an SQLite file on this computer or a shared PostgreSQL database.</source>
        <translation>選擇補費台啟動時要開啟的資料庫：這部電腦上的 SQLite 檔案，或共用的 PostgreSQL 資料庫。</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../src/core/connectioncheck.cpp" line="+81"/>
        <source>The file “%1” does not exist yet. ChargeDesk creates it, with its tables, when it opens it.</source>
        <translation>檔案「%1」尚不存在。補費台開啟時會建立此檔案及其資料表。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file “%1” cannot be read as an SQLite database: %2. Choose a ChargeDesk database file, or a new file name.</source>
        <translation>無法將檔案「%1」讀取為 SQLite 資料庫：%2。請選擇補費台資料庫檔案，或輸入新的檔名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file “%1” is an SQLite database.</source>
        <translation>檔案「%1」是 SQLite 資料庫。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>The server did not answer within %n seconds.</source>
        <translation>
            <numerusform>伺服器未在 %n 秒內回應。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to PostgreSQL %1 on %2, port %3: database “%4”, user “%5”.</source>
        <translation>已連線至 %2（連接埠 %3）上的 PostgreSQL %1：資料庫「%4」，使用者「%5」。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>It holds tables that are not ChargeDesk&apos;s, or its schema version cannot be read. Choose an empty database or a ChargeDesk database.</source>
        <translation>此資料庫含有不屬於補費台的資料表，或無法讀取其資料庫結構版本。請選擇空白資料庫或補費台資料庫。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is empty. ChargeDesk creates its tables when it opens it.</source>
        <translation>此資料庫是空的。補費台開啟時會建立所需的資料表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds ChargeDesk data of schema version %1, which ChargeDesk upgrades to version %2 when it opens it.</source>
        <translation>此資料庫含有資料庫結構版本 %1 的補費台資料，補費台開啟時會將其升級至版本 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It holds ChargeDesk data of the current schema version %1.</source>
        <translation>此資料庫含有目前資料庫結構版本 %1 的補費台資料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was written by a newer ChargeDesk (schema version %1; this program reads up to version %2). Update ChargeDesk before you use it.</source>
        <translation>此資料庫是由較新版本的補費台寫入（資料庫結構版本 %1；本程式最高只能讀取版本 %2）。請先更新補費台再使用。</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../src/widgets/connectiondialog.cpp" line="+144"/>
        <source>Could not read your role, so the connection cannot be changed: %1</source>
        <translation>無法讀取您的角色，因此無法變更連線：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only administrators may change the database connection, and the user %1 has the role %2. Ask an administrator if it must change. %3</source>
        <translation>只有管理員可以變更資料庫連線，而使用者 %1 的角色為「%2」。如需變更，請洽詢管理員。%3</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Connecting to %1 … The test gives up when the server does not answer within %n seconds.</source>
        <translation>
            <numerusform>正在連線至 %1 …若伺服器未在 %n 秒內回應，測試即會中止。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1 …</source>
        <translation>正在檢查 %1 …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection test passed.</source>
        <translation>連線測試成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection test failed.</source>
        <translation>連線測試失敗。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved connection cannot be used: %1</source>
        <translation>無法使用已儲存的連線：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could Not Save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database connection is saved. ChargeDesk already uses %1.</source>
        <translation>資料庫連線已儲存。補費台目前已在使用 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database connection is saved. ChargeDesk opens %1 the next time it starts; until then it keeps using %2. Started with --database, it opens the database given there instead.</source>
        <translation>資料庫連線已儲存。補費台下次啟動時會開啟 %1，在此之前仍會繼續使用 %2。若以 --database 啟動，則會改為開啟該參數指定的資料庫。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection Saved</source>
        <translation>連線已儲存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard Changes</source>
        <translation>捨棄變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes to the database connection? They are not saved.</source>
        <translation>要捨棄對資料庫連線的變更嗎？這些變更尚未儲存。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ChargeDesk</source>
        <translation>補費台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database was chosen under Settings › Database Connection. Choose another connection, or quit.</source>
        <translation>此資料庫是在「設定 › 資料庫連線」中選擇的。請選擇其他連線，或結束程式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Change Connection…</source>
        <translation>變更連線(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Database Connection</source>
        <translation>資料庫連線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ChargeDesk keeps its data in one database: an SQLite file on this computer, or a PostgreSQL database that several computers share.</source>
        <translation>補費台將所有資料存放在一個資料庫中：這部電腦上的 SQLite 檔案，或多部電腦共用的 PostgreSQL 資料庫。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the database to open. ChargeDesk opens it when you click OK.</source>
        <translation>請選擇要開啟的資料庫。按下「確定」後，補費台就會開啟它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ChargeDesk now uses %1.</source>
        <translation>補費台目前使用 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test Connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to open the database with these settings, without changing it or the saved connection.</source>
        <translation>以這些設定嘗試開啟資料庫，不會變更資料庫或已儲存的連線。</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <location filename="../src/widgets/connectionform.cpp" line="+217"/>
        <source>Choose the Database File</source>
        <translation>選擇資料庫檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 資料庫 (*.sqlite *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;SQLite file on this computer</source>
        <translation>本機上的 SQLite 檔案(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared &amp;PostgreSQL database</source>
        <translation>共用的 PostgreSQL 資料庫(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. db.example.com</source>
        <translation>例如 db.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>連接埠(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database name:</source>
        <translation>資料庫名稱(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. chargedesk</source>
        <translation>例如 chargedesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ChargeDesk stores no password. PostgreSQL reads it from the environment variable PGPASSWORD or from the password file %1, one line per server: host:port:database:user:password.</source>
        <translation>補費台不儲存密碼。PostgreSQL 從環境變數 PGPASSWORD 或密碼檔 %1 讀取密碼，每個伺服器一行：host:port:database:user:password。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ChargeDesk stores no password. PostgreSQL reads it from the environment variable PGPASSWORD or from the password file %1, one line per server: host:port:database:user:password. Only you may read the file (chmod 600), or PostgreSQL ignores it.</source>
        <translation>補費台不儲存密碼。PostgreSQL 從環境變數 PGPASSWORD 或密碼檔 %1 讀取密碼，每個伺服器一行：host:port:database:user:password。該檔案必須只有您本人可以讀取（chmod 600），否則 PostgreSQL 會忽略它。</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../src/core/connectionsettings.cpp" line="+103"/>
        <source>The database file is empty. Choose a file with Browse…, for example %1.</source>
        <translation>資料庫檔案欄位是空的。請按「瀏覽…」選擇檔案，例如 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file “%1” is not a full path. Choose the file with Browse…, or enter its whole path, for example %2.</source>
        <translation>資料庫檔案「%1」不是完整路徑。請按「瀏覽…」選擇檔案，或輸入完整路徑，例如 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is a folder, not a database file. Add a file name, for example %2.</source>
        <translation>「%1」是資料夾，不是資料庫檔案。請加上檔名，例如 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a regular file. Choose a database file or a new file name.</source>
        <translation>「%1」不是一般檔案。請選擇資料庫檔案或輸入新的檔名。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder “%1” of the database file cannot be created, because “%2” does not exist. Choose a folder on a drive of this computer.</source>
        <translation>無法建立資料庫檔案所在的資料夾「%1」，因為「%2」不存在。請選擇這部電腦磁碟上的資料夾。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder “%1” of the database file cannot be created, because “%2” is a file. Choose another folder.</source>
        <translation>無法建立資料庫檔案所在的資料夾「%1」，因為「%2」是檔案。請選擇其他資料夾。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You may not write to the folder “%1”, where the database file and its journal are kept. Choose a folder you may write to.</source>
        <translation>您沒有資料夾「%1」的寫入權限，而資料庫檔案及其日誌檔都存放在此資料夾中。請選擇您有寫入權限的資料夾。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder “%1” of the database file does not exist, and you may not create it in “%2”. Choose a folder you may write to.</source>
        <translation>資料庫檔案所在的資料夾「%1」不存在，而您也沒有在「%2」中建立資料夾的權限。請選擇您有寫入權限的資料夾。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The host is empty. Enter the name or IP address of the PostgreSQL server, for example db.example.com or 192.0.2.10.</source>
        <translation>主機欄位是空的。請輸入 PostgreSQL 伺服器的名稱或 IP 位址，例如 db.example.com 或 192.0.2.10。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host contains “@”, as in user@host. Enter the user name in its own field and only the server&apos;s name or IP address here. A password belongs in PGPASSWORD or in the file %1.</source>
        <translation>主機含有「@」，例如 user@host。請在使用者名稱欄位中輸入使用者名稱，這裡只輸入伺服器的名稱或 IP 位址。密碼應放在 PGPASSWORD 或檔案 %1 中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host “%1” contains a space. Enter the server&apos;s name or IP address without spaces.</source>
        <translation>主機「%1」含有空格。請輸入不含空格的伺服器名稱或 IP 位址。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The host “%1” is not a valid host name or IP address. Enter a name such as db.example.com or an address such as 192.0.2.10, without a port or a path.</source>
        <translation>主機「%1」不是有效的主機名稱或 IP 位址。請輸入 db.example.com 之類的名稱或 192.0.2.10 之類的位址，不要加上連接埠或路徑。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The port is empty. Enter the port of the PostgreSQL server, a number from 1 to 65535; PostgreSQL&apos;s usual port is %1.</source>
        <translation>連接埠欄位是空的。請輸入 PostgreSQL 伺服器的連接埠，即 1 到 65535 之間的數字；PostgreSQL 常用的連接埠為 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The port “%1” is not valid. Enter a whole number from 1 to 65535; PostgreSQL&apos;s usual port is %2.</source>
        <translation>連接埠「%1」無效。請輸入 1 到 65535 之間的整數；PostgreSQL 常用的連接埠為 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database name is empty. Enter the name of the PostgreSQL database, for example chargedesk.</source>
        <translation>資料庫名稱欄位是空的。請輸入 PostgreSQL 資料庫的名稱，例如 chargedesk。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database name “%1” contains “/”, which a database location cannot hold. Enter the name without “/”.</source>
        <translation>資料庫名稱「%1」含有「/」，而資料庫位置中不能包含此字元。請輸入不含「/」的名稱。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user name is empty. Enter the PostgreSQL user that ChargeDesk logs in as, for example finance.</source>
        <translation>使用者名稱欄位是空的。請輸入補費台登入時使用的 PostgreSQL 使用者，例如 finance。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name “%1:…” contains “:”, as in user:password. Enter the user name only. ChargeDesk stores no password; PostgreSQL reads it from PGPASSWORD or from the file %2.</source>
        <translation>使用者名稱「%1:…」含有「:」，例如 user:password。請只輸入使用者名稱。補費台不會儲存密碼；PostgreSQL 會從 PGPASSWORD 或檔案 %2 讀取密碼。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Could not save the database connection to %1. Check that the file can be written.</source>
        <translation>無法將資料庫連線儲存至 %1。請確認該檔案可以寫入。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../src/widgets/contactdialog.cpp" line="+132"/>
        <source>Mark Contacted</source>
        <translation>標記為已聯絡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Contact</source>
        <translation>新增聯絡紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About:</source>
        <translation>相關項目：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;date:</source>
        <translation>聯絡日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said or agreed, e.g. “Will pay on Friday”</source>
        <translation>聯絡內容或約定事項，例如「週五付款」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a contact with %1. The item leaves the reminders until its next step.</source>
        <translation>記錄與 %1 的聯絡。在下一個步驟之前，此項目不會再出現在提醒中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>%1, due %2, open %3</source>
        <translation>%1，付款期限 %2，未結 %3</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record a call, message or visit. A contact about an open item takes it off the reminders until its next step.</source>
        <translation>記錄一次電話、訊息或拜訪。針對未結項目的聯絡，會使該項目在下一個步驟之前不再出現在提醒中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No particular item</source>
        <translation>不指定項目</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save Contact</source>
        <translation>儲存聯絡紀錄(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The open items could not be read: %1</source>
        <translation>無法讀取未結項目：%1</translation>
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
        <translation>聯絡紀錄未儲存：資料庫無法開始交易（%1）。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+27"/>
        <location line="+115"/>
        <source>The contact was not saved: %1. Nothing was written; try again.</source>
        <translation>聯絡紀錄未儲存：%1。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Customer %1 does not exist. Open the customer again from the customer list.</source>
        <translation>客戶 %1 不存在。請從客戶清單重新開啟該客戶。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The contact date is missing. Enter the day of the contact.</source>
        <translation>未填聯絡日期。請輸入聯絡的日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contact date %1 is after today, %2. Enter the day the contact took place.</source>
        <translation>聯絡日期 %1 晚於今天（%2）。請輸入實際聯絡的日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note is empty. Write what was agreed or said, for example “Will pay on Friday”.</source>
        <translation>備註空白。請填寫聯絡內容或約定事項，例如「週五付款」。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note has %1 characters; at most %2 are allowed. Shorten the note.</source>
        <translation>備註有 %1 個字元，最多只能 %2 個。請刪減備註。</translation>
    </message>
</context>
<context>
    <name>ContactRecord</name>
    <message>
        <location filename="../src/core/contactrecord.cpp" line="+7"/>
        <source>Installment %1, charge %2</source>
        <extracomment>Installment number and charge id.</extracomment>
        <translation>補費 %2 第 %1 期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge %1</source>
        <translation>補費 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <extracomment>A contact about the customer&apos;s account rather than one charge.</extracomment>
        <translation>一般</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../src/models/contacttablemodel.cpp" line="+48"/>
        <source>Recorded by %1 on %2</source>
        <translation>由 %1 於 %2 記錄</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>相關項目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded By</source>
        <translation>記錄人</translation>
    </message>
</context>
<context>
    <name>CsvColumnMapping</name>
    <message>
        <location filename="../src/core/csvcolumnmapping.cpp" line="+43"/>
        <location line="+41"/>
        <location line="+41"/>
        <source>Customer code</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Company name</source>
        <translation>公司名稱</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact title</source>
        <translation>聯絡人職稱</translation>
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
        <translation>地區</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postal code</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+43"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+45"/>
        <source>Bill number</source>
        <translation>帳單號碼</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Issue date</source>
        <translation>開立日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Due date</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Line number</source>
        <translation>項次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line kind</source>
        <translation>明細類型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>品項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discount (%)</source>
        <translation>折扣（%）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line amount</source>
        <translation>明細金額</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request key</source>
        <translation>請求編號</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fee type</source>
        <translation>費用類型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>補費原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Void reason</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate acknowledgement</source>
        <translation>疑似重複確認說明</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The mapping names an unknown field “%1”. The fields of %2 are: %3.</source>
        <translation>欄位對應中指定了未知的欄位「%1」。%2 的欄位有：%3。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The mapping %1=%2 names a column the file does not have. Its columns are: %3.</source>
        <translation>欄位對應 %1=%2 指定的欄在檔案中不存在。檔案中的欄有：%3。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The file has no column for these required fields: %1. Add the columns, or map existing columns to these fields.</source>
        <translation>檔案中沒有下列必填欄位的欄：%1。請新增這些欄，或將現有的欄對應到這些欄位。</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../src/core/csvexporter.cpp" line="+19"/>
        <source>Could not create “%1”: %2. Check that the folder exists and that you may write to it.</source>
        <translation>無法建立「%1」：%2。請確認資料夾存在，且您有寫入權限。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write “%1”: %2. Check the free disk space and try again.</source>
        <translation>無法寫入「%1」：%2。請檢查磁碟可用空間後再試一次。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write the CSV output.</source>
        <translation>無法寫入 CSV 輸出。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Could not read the customers from the database: %1</source>
        <translation>無法從資料庫讀取客戶：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the bills from the database: %1</source>
        <translation>無法從資料庫讀取帳單：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the charges from the database: %1</source>
        <translation>無法從資料庫讀取費用：%1</translation>
    </message>
</context>
<context>
    <name>CsvFileActions</name>
    <message>
        <location filename="../src/widgets/csvfileactions.cpp" line="+73"/>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
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
        <translation>匯出 CSV</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 列匯出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export canceled. No file was written.</source>
        <translation>已取消匯出。未寫入任何檔案。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>customers-%1</source>
        <extracomment>Suggested CSV file name; %1 is the date, e.g. 2026-12-04.</extracomment>
        <translation>客戶-%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bills-%1</source>
        <extracomment>Suggested CSV file name; %1 is the date, e.g. 2026-12-04.</extracomment>
        <translation>帳單-%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>charges-%1</source>
        <extracomment>Suggested CSV file name; %1 is the date, e.g. 2026-12-04.</extracomment>
        <translation>補費-%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import customers, bills or charges from a CSV file. Nothing is written until the file passes the check.</source>
        <translation>從 CSV 檔案匯入客戶、帳單或補費。檔案通過檢查之前，不會寫入任何資料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV</source>
        <translation>匯出 CSV(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customers…</source>
        <translation>客戶(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every customer to a CSV file.</source>
        <translation>將所有客戶寫入 CSV 檔案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bills…</source>
        <translation>帳單(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every bill, one row per bill line, to a CSV file.</source>
        <translation>將所有帳單寫入 CSV 檔案，每筆帳單明細一列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;harges…</source>
        <translation>補費(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every charge, voided ones included, to a CSV file.</source>
        <translation>將所有補費（包括已作廢的）寫入 CSV 檔案。</translation>
    </message>
</context>
<context>
    <name>CsvImportCheckPage</name>
    <message>
        <location filename="../ui/csvimportcheckpage.ui" line="+6"/>
        <source>Check the File</source>
        <translation>檢查檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first rows as they will be imported, and the result of checking every line. Nothing has been written yet.</source>
        <translation>以下為即將匯入的前幾列資料，以及每一行的檢查結果。目前尚未寫入任何資料。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First rows:</source>
        <translation>前幾列：</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../src/widgets/csvimportcheckpage.cpp" line="+241"/>
        <source>&amp;Read the File Again</source>
        <translation>重新讀取檔案(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Note on the possible duplicates (required):</source>
        <translation>疑似重複的確認說明(&amp;N)（必填）：</translation>
    </message>
    <message>
        <location filename="../src/widgets/csvimportcheckpage.cpp" line="-69"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking every line of the file…</source>
        <translation>正在檢查檔案的每一行…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was canceled, so nothing was imported. Check the file again to import it.</source>
        <translation>檢查已取消，未匯入任何資料。請重新檢查檔案後再匯入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be imported.</source>
        <translation>無法匯入此檔案。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Fix the file and choose it again, or read it again once it is saved.</source>
        <translation>請修正檔案後重新選擇，或在檔案儲存後重新讀取。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The file has no rows below its header row, so there is nothing to import.</source>
        <translation>檔案在標題列之下沒有任何資料列，因此沒有可匯入的資料。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New: %1. Already present: %2. With problems: %3.</source>
        <translation>新資料：%1。已存在：%2。有問題：%3。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n line(s) have problems, listed above. Nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>有 %n 行有問題，已列於上方。修正之前無法匯入任何資料。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line(s) may duplicate charges entered before, as listed below. If they are right, write a note saying why. The note is stored with each of these charges.</source>
        <translation>
            <numerusform>有 %n 行可能與先前建檔的費用重複，如下所列。若這些資料確實無誤，請填寫確認說明，解釋原因。此說明會與每一筆這類費用一併儲存。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The note has %1 characters. Shorten it to at most %2.</source>
        <translation>確認說明有 %1 個字元。請刪減至最多 %2 個字元。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Check Again</source>
        <translation>重新檢查(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CsvImportEntryModel</name>
    <message>
        <location filename="../src/widgets/csvimportentrymodel.cpp" line="+101"/>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
</context>
<context>
    <name>CsvImportFile</name>
    <message>
        <location filename="../src/core/csvimportfile.cpp" line="+12"/>
        <source>Could not open “%1”: %2. Check the path and the permissions.</source>
        <translation>無法開啟「%1」：%2。請檢查路徑與權限。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read “%1”: %2.</source>
        <translation>無法讀取「%1」：%2。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file is empty. The first line must name the columns.</source>
        <translation>檔案是空的。第一行必須是欄位名稱。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1 has %2 fields but the header row has %3. Check the commas and quotes on this line.</source>
        <translation>第 %1 行有 %2 個欄位，但標題列有 %3 個。請檢查此行的逗號與引號。</translation>
    </message>
</context>
<context>
    <name>CsvImportMappingPage</name>
    <message>
        <location filename="../ui/csvimportmappingpage.ui" line="+6"/>
        <source>Match the Columns</source>
        <translation>對應欄位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the column of the file that holds each field. Fields marked * are required.</source>
        <translation>請為每個欄位選擇檔案中對應的欄。標示 * 的欄位為必填。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column in the file</source>
        <translation>檔案中的欄</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First row</source>
        <translation>第一列資料</translation>
    </message>
    <message>
        <location filename="../src/widgets/csvimportmappingpage.cpp" line="+149"/>
        <location line="+67"/>
        <source>— not imported —</source>
        <translation>— 不匯入 —</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Auto</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (GBK)</source>
        <translation>%1（GBK）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encoding could not be detected. Choose one.</source>
        <translation>無法偵測編碼。請選擇一種編碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1.</source>
        <translation>以 %1 讀取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detected %1 with a byte order mark.</source>
        <translation>偵測到 %1（含位元組順序標記）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected %1.</source>
        <translation>偵測到 %1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Guessed %1 from the characters; the file is also valid %2. If the values below look wrong, choose %2.</source>
        <extracomment>%1 is the encoding chosen, %2 the other one, e.g. &quot;Big5&quot; and &quot;GB18030&quot;.</extracomment>
        <translation>依字元推測為 %1；此檔案以 %2 讀取也有效。如果下方的值看起來不對，請選擇 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file has no header row.</source>
        <translation>檔案沒有標題列。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a column for these required fields: %1.</source>
        <extracomment>%1 lists the fields, e.g. &quot;Customer code and Amount&quot;.</extracomment>
        <translation>請為下列必填欄位選擇欄：%1。</translation>
    </message>
</context>
<context>
    <name>CsvImportPlan</name>
    <message>
        <location filename="../src/core/csvimportplan.cpp" line="+39"/>
        <source>Invalid mapping “%1”: write target=Source header, e.g. customer_code=客户编号.</source>
        <translation>欄位對應「%1」無效：請寫成「欄位=來源標題」，例如 customer_code=客戶編號。</translation>
    </message>
</context>
<context>
    <name>CsvImportPreviewModel</name>
    <message>
        <location filename="../src/widgets/csvimportpreviewmodel.cpp" line="+65"/>
        <source>Line</source>
        <translation>行號</translation>
    </message>
</context>
<context>
    <name>CsvImportReport</name>
    <message>
        <location filename="../src/cli/csvimportreport.cpp" line="+25"/>
        <source>%1 with byte order mark</source>
        <translation>%1（含位元組順序標記）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: %1 (as given by --encoding)</source>
        <translation>編碼：%1（由 --encoding 指定）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encoding: %1 (guessed; --encoding %2 reads the file as %3 instead)</source>
        <extracomment>%2 and %3 name the other encoding, e.g. &quot;big5&quot; and &quot;Big5&quot;.</extracomment>
        <translation>編碼：%1（推測；改用 --encoding %2 可依 %3 讀取檔案）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding: %1 (detected)</source>
        <translation>編碼：%1（自動偵測）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Columns:</source>
        <translation>欄位對應：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fields without a column: %1</source>
        <translation>沒有對應欄的欄位：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not imported: %1</source>
        <translation>未匯入的欄：%1</translation>
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
        <translation>已新增：%1，已存在：%2，已拒絕：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New: %1, already present: %2, rejected: %3.</source>
        <translation>新資料：%1，已存在：%2，已拒絕：%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bill lines added: %1</source>
        <translation>新增帳單明細：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: already present: %2</source>
        <translation>第 %1 行：已存在：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: added as ID %2: %3</source>
        <translation>第 %1 行：已新增，編號 %2：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: would be added: %2</source>
        <translation>第 %1 行：將會新增：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: valid, not written: %2</source>
        <translation>第 %1 行：有效，未寫入：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2 Or acknowledge every possible duplicate of the file at once: run the command again with --acknowledge-duplicates NOTE, where NOTE says why they are not duplicates.</source>
        <translation>%1：%2 也可以一次確認檔案中所有疑似重複：加上 --acknowledge-duplicates NOTE 重新執行命令，NOTE 說明它們為何不是重複。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was written.</source>
        <translation>未寫入任何資料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing new: every line is already in the database.</source>
        <translation>沒有新資料：每一行都已存在於資料庫中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import committed.</source>
        <translation>匯入已提交。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was written. Correct the lines above, or map the columns with --mapping, and import the file again.</source>
        <translation>未寫入任何資料。請修正上述各行，或以 --mapping 對應欄位，然後重新匯入檔案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check passed; nothing was written because of --dry-run. Run the command without --dry-run to import.</source>
        <translation>檢查通過；因為指定了 --dry-run，未寫入任何資料。如要匯入，請不加 --dry-run 再執行一次指令。</translation>
    </message>
</context>
<context>
    <name>CsvImportResultPage</name>
    <message>
        <location filename="../ui/csvimportresultpage.ui" line="+6"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every record of the file is written in one transaction, or none is.</source>
        <translation>檔案中的所有資料會在同一筆交易中全部寫入，否則一筆也不會寫入。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../src/widgets/csvimportresultpage.cpp" line="+216"/>
        <source>Added:</source>
        <translation>已新增：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already present:</source>
        <translation>已存在：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rejected:</source>
        <translation>已拒絕：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Import Again</source>
        <translation>重新匯入(&amp;I)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy List</source>
        <translation>複製清單(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save List…</source>
        <translation>儲存清單(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/csvimportresultpage.cpp" line="-155"/>
        <location line="+15"/>
        <source>Could not write “%1”: %2. Choose another folder.</source>
        <translation>無法寫入「%1」：%2。請選擇其他資料夾。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Save the List</source>
        <translation>儲存清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The import was canceled and rolled back, so nothing was imported. Import Again starts it once more.</source>
        <translation>匯入已取消並復原，未匯入任何資料。按「重新匯入」可再次開始。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1 from “%2”.</source>
        <translation>已從「%2」匯入 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The bills have %n line(s).</source>
        <translation>
            <numerusform>這些帳單共有 %n 筆明細。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported.</source>
        <translation>未匯入任何資料。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n line(s) have problems, listed below. Fix the file and import it again.</source>
        <translation>
            <numerusform>有 %n 行有問題，列於下方。請修正檔案後重新匯入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New, not imported:</source>
        <translation>新資料（未匯入）：</translation>
    </message>
</context>
<context>
    <name>CsvImportSourcePage</name>
    <message>
        <location filename="../ui/csvimportsourcepage.ui" line="+6"/>
        <source>Choose the File</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what the file contains and the CSV file to read. Nothing is written before the last step.</source>
        <translation>請選擇檔案內容的類型，以及要讀取的 CSV 檔案。在最後一個步驟之前，不會寫入任何資料。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file contains</source>
        <translation>檔案內容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ustomers</source>
        <translation>客戶(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bills</source>
        <translation>帳單(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;harges</source>
        <translation>補費(&amp;H)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CSV &amp;file:</source>
        <translation>CSV 檔案(&amp;F)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>B&amp;rowse…</source>
        <translation>瀏覽(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/csvimportsourcepage.cpp" line="+121"/>
        <source>Choose a CSV File</source>
        <translation>選擇 CSV 檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;文字檔 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file needs a column for each of these fields: %1. The header row may name them in English or Chinese.</source>
        <extracomment>%1 lists the required fields, e.g. &quot;Customer code and Company name&quot;.</extracomment>
        <translation>檔案必須為下列每個欄位各提供一欄：%1。標題列的欄名可以是英文或中文。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file “%1” does not exist. Check the name, or choose the file with Browse….</source>
        <translation>檔案「%1」不存在。請檢查檔名，或按「瀏覽…」選擇檔案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” is empty. A CSV file for the import starts with a row of column names.</source>
        <translation>檔案「%1」是空的。用於匯入的 CSV 檔案必須以一列欄位名稱開頭。</translation>
    </message>
</context>
<context>
    <name>CsvImportTexts</name>
    <message numerus="yes">
        <location filename="../src/widgets/csvimporttexts.cpp" line="+12"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n 張帳單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n 筆補費</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing new: %1 already present.</source>
        <extracomment>%1 is a count of records, e.g. &quot;3 customers&quot;.</extracomment>
        <translation>沒有新資料：%1已存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing customers from “%1”… This can take a while for a large file.</source>
        <translation>正在從「%1」匯入客戶… 檔案較大時可能需要一些時間。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing bills from “%1”… This can take a while for a large file.</source>
        <translation>正在從「%1」匯入帳單… 檔案較大時可能需要一些時間。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing charges from “%1”… This can take a while for a large file.</source>
        <translation>正在從「%1」匯入補費… 檔案較大時可能需要一些時間。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>新資料</translation>
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
        <translation>有問題</translation>
    </message>
</context>
<context>
    <name>CsvImportWizard</name>
    <message>
        <location filename="../src/widgets/csvimportwizard.cpp" line="+154"/>
        <source>Import CSV</source>
        <translation>匯入 CSV</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../src/core/csvimporter.cpp" line="+99"/>
        <source>The file could not be checked because the database reported an error: %1. Nothing was written; try again.</source>
        <translation>資料庫發生錯誤，無法檢查檔案：%1。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The import could not start a transaction: %1. Nothing was written; try again.</source>
        <translation>匯入時無法開始交易：%1。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import failed because the database reported an error: %1. Nothing was written; try again.</source>
        <translation>資料庫發生錯誤，匯入失敗：%1。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The import could not be committed: %1. Nothing was written; try again.</source>
        <translation>無法提交匯入：%1。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The check was canceled before the end of the file, so it lists no problems. Nothing was written; check the file again to see its result.</source>
        <translation>檢查在讀完檔案前被取消，因此未列出問題。未寫入任何資料；請重新檢查檔案以查看結果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was canceled and rolled back, so nothing was written. Import the file again to add its records.</source>
        <translation>匯入已取消並復原，未寫入任何資料。請重新匯入檔案以新增其中的記錄。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../src/core/csvreader.cpp" line="+57"/>
        <source>Line %1: the quoted field that starts on this line is not closed before the end of the file.</source>
        <translation>第 %1 行：從此行開始的引號欄位在檔案結束前未關閉。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Line %1: unexpected character “%2” after the closing quote of field %3. A quoted field must end at a comma or a line break.</source>
        <translation>第 %1 行：欄位 %3 的結尾引號之後出現非預期的字元「%2」。加引號的欄位必須以逗號或換行結束。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: field %2 contains a double quote but does not start with one. Quote the whole field and double the inner quote.</source>
        <translation>第 %1 行：欄位 %2 含有雙引號，但欄位不是以雙引號開頭。請以雙引號括住整個欄位，並將欄位內的雙引號寫成兩個。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>第 %1 行：文字不是有效的 UTF-8。</translation>
    </message>
</context>
<context>
    <name>CsvRowReader</name>
    <message>
        <location filename="../src/core/csvrowreader.cpp" line="+58"/>
        <source>%1 is empty. Enter a value in column “%2”.</source>
        <translation>%1空白。請在「%2」欄填入值。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 “%2” is not a valid date. Write it as YYYY-MM-DD, e.g. 2024-07-31; 2024/7/31 is accepted too.</source>
        <translation>%1「%2」不是有效的日期。請寫成 YYYY-MM-DD，例如 2024-07-31；也接受 2024/7/31。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 “%2” is not a whole number from 1 to %3. Enter digits only, e.g. 3.</source>
        <translation>%1「%2」不是 1 到 %3 之間的整數。請只輸入數字，例如 3。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 “%2” is not a percentage from 0 to 100 with at most two decimals. Enter e.g. 5 or 12.5 for 12.5 %.</source>
        <translation>%1「%2」不是 0 到 100 之間、最多兩位小數的百分比。請輸入例如 5，或以 12.5 表示 12.5%。</translation>
    </message>
</context>
<context>
    <name>CustomerChargesPanel</name>
    <message>
        <location filename="../src/widgets/customerchargespanel.cpp" line="+238"/>
        <source>No Notice for Void Charges</source>
        <translation>已作廢的補費不開立通知單</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Charge no. %1 is void, so it is not owed and gets no notice. Select a posted charge.</source>
        <translation>
            <numerusform>補費編號 %1 已作廢，無須付款，因此不開立通知單。請選擇已入帳的補費。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bills</source>
        <translation>帳單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of the Selected Bill</source>
        <translation>所選帳單的明細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>補費紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Charge…</source>
        <translation>新增費用(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a supplementary charge for this customer, on the selected bill or on the account.</source>
        <translation>為此客戶新增一筆補費，記入所選帳單或客戶帳戶。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Void Charge…</source>
        <translation>作廢費用(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void the selected posted charge, giving a reason. The charge stays on record.</source>
        <translation>作廢所選的已入帳費用，須填寫原因。該費用仍會保留在紀錄中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record Payment…</source>
        <translation>登記收款(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a payment for the charge or bill selected last; for a bill, the payment settles its own lines.</source>
        <translation>為最後選取的補費或帳單登記收款；若為帳單，款項用於沖抵該帳單本身的明細。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print Charge Notice…</source>
        <translation>列印補費通知單(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a charge notice for each selected posted charge. Select several with Ctrl or Shift.</source>
        <translation>為每一筆所選的已入帳補費列印補費通知單。可按住 Ctrl 或 Shift 選取多筆。</translation>
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
        <translation>聯絡紀錄(&amp;O)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add Contact…</source>
        <translation>新增聯絡紀錄(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a call, message or visit with this customer</source>
        <translation>記錄與此客戶的電話、訊息或拜訪</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contacts could not be read: %1</source>
        <translation>無法讀取聯絡紀錄：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts recorded yet.</source>
        <translation>尚無聯絡紀錄。</translation>
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
        <translation>客戶 %1 與第 %2 行相同。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The customer code “%1” has %2 characters; at most %3 are allowed.</source>
        <translation>客戶編號「%1」有 %2 個字元，最多只能 %3 個。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The currency is empty. Enter a 3-letter code such as CNY or USD.</source>
        <translation>幣別為空白。請填寫 3 個字母的幣別代碼，例如 CNY 或 USD。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The currency “%1” is unknown. Use one of %2.</source>
        <translation>未知的幣別「%1」。請使用下列其中之一：%2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer %1 is already present with the same values.</source>
        <translation>客戶 %1 已存在，且內容相同。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer %1 exists with %2 “%3” in %4, but this line has “%5”. An import never changes a customer: correct the file, or edit the customer in the program.</source>
        <translation>客戶 %1 在%4中的 %2 為「%3」，但此行為「%5」。匯入不會變更既有客戶：請修正檔案，或在程式中編輯該客戶。</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Customer %1 was not written: %2</source>
        <translation>客戶 %1 未寫入：%2</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Customer %1, %2.</source>
        <translation>客戶 %1，%2。</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPage</name>
    <message>
        <location filename="../ui/customerdetailpage.ui" line="+19"/>
        <source>&amp;Back to Customers</source>
        <translation>返回客戶清單(&amp;B)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Basic Information</source>
        <translation>基本資料</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code:</source>
        <translation>客戶編號：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Company &amp;name:</source>
        <translation>公司名稱(&amp;N)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Contact name:</source>
        <translation>聯絡人(&amp;C)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact &amp;title:</source>
        <translation>聯絡人職稱(&amp;T)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fa&amp;x:</source>
        <translation>傳真(&amp;X)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;gion:</source>
        <translation>地區(&amp;G)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Postal c&amp;ode:</source>
        <translation>郵遞區號(&amp;O)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Co&amp;untry:</source>
        <translation>國家/地區(&amp;U)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Currency:</source>
        <translation>幣別：</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Revert</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charges</source>
        <translation>費用管理</translation>
    </message>
    <message>
        <location filename="../src/widgets/customerdetailpage.cpp" line="+140"/>
        <source>Unsaved Changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to the customer “%1” have not been saved.</source>
        <translation>客戶「%1」的變更尚未儲存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you want to save them?</source>
        <translation>要儲存這些變更嗎？</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Company Name Missing</source>
        <translation>缺少公司名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company name is empty. Enter the company name, then save again.</source>
        <translation>公司名稱空白。請填寫公司名稱後再儲存。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The changes to the customer could not be saved. They are still in the form: correct them and save again, or revert them.</source>
        <translation>無法儲存客戶的變更。變更仍保留在表單中：請修正後重新儲存，或將其還原。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could Not Save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save the changes to the customer (%1)</source>
        <translation>儲存客戶的變更（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop the changes and show the stored values again</source>
        <translation>捨棄變更，重新顯示已儲存的內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State&amp;ment…</source>
        <translation>對帳單(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print or save this customer&apos;s statement for a period</source>
        <translation>列印或儲存此客戶在某段期間的對帳單</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Outstanding balance: not available</source>
        <translation>未結餘額：無法取得</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer code: %1</source>
        <translation>客戶編號：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding balance: %1</source>
        <translation>未結餘額：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>有未儲存的變更</translation>
    </message>
</context>
<context>
    <name>CustomerFilter</name>
    <message>
        <location filename="../src/widgets/customerfilter.cpp" line="+236"/>
        <source>Checked: %1</source>
        <extracomment>Under the customer filter: how many customers are checked, including those the current search hides.</extracomment>
        <translation>已勾選：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more</source>
        <translation>
            <numerusform>及其他 %n 位客戶</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <location filename="../src/widgets/customerlistpage.cpp" line="+115"/>
        <source>Customers</source>
        <translation>客戶管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by code, company name, contact name or phone</source>
        <translation>依客戶編號、公司名稱、聯絡人或電話搜尋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the customers whose code, company name, contact name or phone contains the text, ignoring case.</source>
        <translation>顯示客戶編號、公司名稱、聯絡人或電話中包含輸入文字的客戶，不分大小寫。</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>At least %Ln customer(s)</source>
        <translation>
            <numerusform>至少 %Ln 位客戶</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No match for “%1”</source>
        <translation>找不到「%1」</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客戶</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPaymentsTab</name>
    <message>
        <location filename="../src/widgets/customerpaymentstab.cpp" line="+150"/>
        <source>Pa&amp;yments</source>
        <translation>收款(&amp;Y)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Bills and Charges</source>
        <translation>帳單與補費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installments of the Selected Charge</source>
        <translation>所選補費的分期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>收款紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record Payment…</source>
        <translation>登記收款(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a payment for the selected bill or charge; for a charge in installments, for the selected installment.</source>
        <translation>為所選的帳單或補費登記收款；若補費採分期付款，則為所選的那一期登記收款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Installment Plan…</source>
        <translation>分期付款計畫(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the selected unpaid charge into installments that fall due monthly.</source>
        <translation>將所選的未付補費分成按月到期的多期款項。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Plan…</source>
        <translation>取消計畫(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the installment plan of the selected charge, giving a reason. Only a plan without payments can be cancelled.</source>
        <translation>取消所選補費的分期付款計畫，須填寫原因。只有尚未收款的計畫才能取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;verse Payment…</source>
        <translation>沖銷收款(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse the selected posted payment, giving a reason. The payment stays on record.</source>
        <translation>沖銷所選的已入帳收款，須填寫原因。該筆收款仍會保留在紀錄中。</translation>
    </message>
</context>
<context>
    <name>CustomerSpendingTab</name>
    <message>
        <location filename="../src/widgets/customerspendingtab.cpp" line="+70"/>
        <source>Customer ID %1 not found.</source>
        <translation>找不到編號為 %1 的客戶。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spen&amp;ding</source>
        <translation>消費分析(&amp;D)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save P&amp;NG…</source>
        <translation>儲存 PNG(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the totals and charts of this tab as one image.</source>
        <translation>將此分頁的合計與圖表儲存為一張圖片。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>spending_%1_%2_%3</source>
        <extracomment>File name of a customer&apos;s spending charts without extension; %1 is the customer code, %2 and %3 the first and last month as 2026-01. Use no characters that file names forbid (/  : * ? &quot; &lt; &gt; |).</extracomment>
        <translation>消費分析_%1_%2_%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Charts as PNG</source>
        <translation>將圖表儲存為 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charts Not Saved</source>
        <translation>圖表未儲存</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../src/models/customertablemodel.cpp" line="+201"/>
        <source>Code</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company Name</source>
        <translation>公司名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Name</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Title</source>
        <translation>聯絡人職稱</translation>
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
        <translation>地區</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal Code</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <location filename="../src/core/datagenerator.cpp" line="+136"/>
        <source>The database already has customers (%1 of them). Generated data goes only into a database without customers: give a new database file or an empty PostgreSQL database.</source>
        <translation>資料庫中已有客戶（%1 個）。產生的資料只能寫入沒有客戶的資料庫：請指定新的資料庫檔案或空的 PostgreSQL 資料庫。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The period is locked up to %1, but the generated charges start on %2. Generate into a database without a period lock.</source>
        <translation>關帳日期為 %1，但產生的補費從 %2 開始。請產生到沒有關帳日期的資料庫中。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database has no active fee type, charge reason or payment method, which every charge needs. Activate at least one of each.</source>
        <translation>資料庫中沒有啟用的費用類型、補費原因或付款方式，而每筆補費都需要這些。請各至少啟用一項。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Generating the data failed; nothing was written. %1</source>
        <translation>產生資料失敗，未寫入任何內容。%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The counts must be 1 to %1 customers, 0 to %2 bills and 0 to %3 charges, with a valid last day.</source>
        <translation>數量必須為 1 至 %1 個客戶、0 至 %2 張帳單和 0 至 %3 筆補費，並給出有效的最後一天。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/core/database.cpp" line="+97"/>
        <source>Could not create the folder “%1” for the database. Check that you may write there, or choose another file with --database.</source>
        <translation>無法為資料庫建立資料夾「%1」。請確認您有該位置的寫入權限，或用 --database 選擇其他檔案。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not open the database “%1”: %2</source>
        <translation>無法開啟資料庫「%1」：%2</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+16"/>
        <source>Could not configure the database “%1”: %2. Check that you may write to the file and to its folder.</source>
        <translation>無法設定資料庫「%1」：%2。請確認您對該檔案及其所在資料夾有寫入權限。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the database “%1”: %2. Check that it is a ChargeDesk database and that you may read and write the file and its folder, or choose another file with --database.</source>
        <translation>無法讀取資料庫「%1」：%2。請確認這是 ChargeDesk 資料庫，且您對該檔案及其所在資料夾有讀寫權限；或用 --database 選擇其他檔案。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The PostgreSQL database “%1” holds tables that are not ChargeDesk&apos;s, or its schema version cannot be read. Give an empty database or a ChargeDesk database with --database.</source>
        <translation>PostgreSQL 資料庫「%1」含有不屬於 ChargeDesk 的資料表，或無法讀取其資料庫結構版本。請用 --database 指定空白資料庫或 ChargeDesk 資料庫。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “%1” is not a ChargeDesk database, or its schema version cannot be read. Choose another file with --database.</source>
        <translation>檔案「%1」不是 ChargeDesk 資料庫，或無法讀取其資料庫結構版本。請用 --database 選擇其他檔案。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database “%1” was written by a newer ChargeDesk (schema version %2; this program reads up to version %3). It has not been changed. Update ChargeDesk to open it.</source>
        <translation>資料庫「%1」是由較新版本的 ChargeDesk 寫入（資料庫結構版本 %2；本程式最高只能讀取版本 %3）。此資料庫未做任何變更。請更新 ChargeDesk 後再開啟。</translation>
    </message>
</context>
<context>
    <name>DatabaseFault</name>
    <message>
        <location filename="../src/core/databasefault.cpp" line="+186"/>
        <source>The database server “%1” has run out of disk space. Ask its administrator to free space, then try again.</source>
        <translation>資料庫伺服器「%1」的磁碟空間已用完。請洽詢伺服器管理員釋出空間，然後再試一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk that holds the database “%1” is full. Free space on that disk, then try again.</source>
        <translation>存放資料庫「%1」的磁碟已滿。請釋出該磁碟的空間，然後再試一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server “%1” accepts no changes at the moment (it is read-only). Ask its administrator, then try again.</source>
        <translation>資料庫伺服器「%1」目前不接受任何變更（處於唯讀狀態）。請洽詢伺服器管理員，然後再試一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database “%1” cannot be changed, because the file or its folder is read-only or locked against changes. Allow writing to the file and its folder, or ask your administrator, then try again.</source>
        <translation>無法變更資料庫「%1」，因為該檔案或其所在資料夾為唯讀，或已被鎖定而無法變更。請允許寫入該檔案及其資料夾，或洽詢您的系統管理員，然後再試一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database “%1” is locked by another program, such as a second ChargeDesk, a backup or a database tool, and it stayed locked too long. Wait until that program finishes or close it, then try again.</source>
        <translation>資料庫「%1」被其他程式鎖定（例如另一個補費台、備份程式或資料庫工具），且鎖定時間過長。請等候該程式完成或將其關閉，然後再試一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading or writing the database “%1” failed. The disk may be full, removed or failing, or another program may have changed or locked the file against changes. Check the disk and the file, then try again; ChargeDesk opens the database again before it saves.</source>
        <translation>讀取或寫入資料庫「%1」失敗。磁碟可能已滿、已移除或發生故障，或其他程式可能變更了該檔案，或將其鎖定而無法變更。請檢查磁碟與檔案，然後再試一次；補費台在儲存前會重新開啟資料庫。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database “%1” cannot be opened: the file or its folder is missing or cannot be accessed. Check that the disk is connected and that you may read and write the folder, then try again.</source>
        <translation>無法開啟資料庫「%1」：檔案或其所在資料夾不存在或無法存取。請確認磁碟已連接，且您有該資料夾的讀寫權限，然後再試一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database “%1” is damaged. Stop entering data, keep a copy of the file and ask your administrator to restore the latest backup.</source>
        <translation>資料庫「%1」已損毀。請停止輸入資料，保留一份該檔案的複本，並請系統管理員還原最新的備份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the database server “%1” was lost. Check that the server is running and reachable, then try again; ChargeDesk connects again before it saves.</source>
        <translation>與資料庫伺服器「%1」的連線中斷。請確認伺服器正在執行且可以連線，然後再試一次；補費台在儲存前會重新連線。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database “%1” refused the change for the login “%2”: its database role lacks the right. Ask a ChargeDesk administrator to check your role under Settings › Users and Roles, or a database administrator to check the login&apos;s grants.</source>
        <translation>資料庫「%1」拒絕了登入名稱「%2」的修改：其資料庫角色沒有該權限。請讓補費台管理員在「設定 › 使用者與角色」中檢查您的角色，或讓資料庫管理員檢查該登入名稱的授權。</translation>
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
        <translation>資料庫 URL「%1」含有密碼。請將密碼從 URL 中移除，改放在環境變數 PGPASSWORD 或檔案 ~/.pgpass 中，PostgreSQL 會從該處讀取密碼。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database location is empty. Give the path of a database file or a URL such as postgresql://user@host:5432/chargedesk.</source>
        <translation>未指定資料庫位置。請提供資料庫檔案的路徑，或 postgresql://user@host:5432/chargedesk 之類的 URL。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database URL “%1” is not valid: %2. Write it as postgresql://user@host:port/database.</source>
        <translation>資料庫 URL「%1」無效：%2。請寫成 postgresql://user@host:port/database 的格式。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database URL “%1” names no database. Add its name after the host, as in postgresql://user@host:5432/chargedesk.</source>
        <translation>資料庫 URL「%1」未指定資料庫。請在主機之後加上資料庫名稱，例如 postgresql://user@host:5432/chargedesk。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection option “%1=%2” in the database URL “%3” is not valid. Use libpq option names such as sslmode, with values without spaces or quotes.</source>
        <translation>資料庫 URL「%3」中的連線選項「%1=%2」無效。請使用 sslmode 等 libpq 選項名稱，且值不可含有空格或引號。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the local Unix socket</source>
        <translation>本機 Unix 通訊端</translation>
    </message>
</context>
<context>
    <name>DatabaseRoleMigration</name>
    <message>
        <location filename="../src/core/databaserolemigration.cpp" line="+58"/>
        <source>the migrating account was not found among the roles</source>
        <translation>在角色中找不到執行遷移的帳戶</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>ChargeDesk gives each of its roles a PostgreSQL role in this database, but the account “%1” may not create or grant roles. Ask a PostgreSQL administrator to run
%2
or to give “%1” the CREATEROLE attribute, then open the database again. Nothing was changed.</source>
        <translation>補費台為它的每個角色在此資料庫中設定一個 PostgreSQL 角色，但帳戶「%1」無權建立或授予角色。請讓 PostgreSQL 管理員執行
%2
或為「%1」授予 CREATEROLE 屬性，然後重新開啟資料庫。未做任何修改。</translation>
    </message>
</context>
<context>
    <name>DatabaseRoles</name>
    <message>
        <location filename="../src/core/databaseroles.cpp" line="+49"/>
        <source>the login of the connection was not found</source>
        <translation>找不到該連線的登入名稱</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the table database_roles names no role for %1</source>
        <translation>表 database_roles 中沒有 %1 的角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the table database_roles holds the invalid role name “%1”</source>
        <translation>表 database_roles 中含有無效的角色名稱「%1」</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the login “%1” cannot be named in a grant</source>
        <translation>登入名稱「%1」無法用於授權陳述式</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../src/core/duplicatefinder.cpp" line="+132"/>
        <source>on the account, without a bill</source>
        <translation>記入客戶帳戶，未指定帳單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on bill %1</source>
        <translation>記入帳單 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge %1: %2 %3 %4, due %5, entered by %6 and waiting for approval.</source>
        <translation>補費 %1：%2 %3，%4，付款期限 %5，建檔人 %6，正在等待核准。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge %1: %2 %3 %4, due %5, entered by %6.</source>
        <translation>補費 %1：%2 %3，%4，付款期限 %5，建檔人 %6。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An identical charge already exists. %1</source>
        <translation>已有完全相同的費用。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicate: the same amount for the same customer, due no more than %1 days apart. %2</source>
        <translation>疑似重複：同一客戶的相同金額，付款期限相差不超過 %1 天。%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicate: the same fee type on the same bill. %1</source>
        <translation>疑似重複：同一帳單上的相同費用類型。%1</translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message>
        <location filename="../src/cli/exportcsvcommand.cpp" line="+26"/>
        <source>Export customers, bills or charges as CSV for spreadsheets and the CSV import.</source>
        <translation>將客戶、帳單或補費匯出為 CSV，供試算表或 CSV 匯入使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KIND is customers, bills or charges. The header row holds these column names, the same in every language: customers: %1. bills, one row per bill line: %2. charges, void ones included: %3.</source>
        <translation>KIND 為 customers、bills 或 charges。標題列包含下列欄位名稱，在所有語言中皆相同：customers：%1。bills（每筆帳單明細一列）：%2。charges（包括已作廢的）：%3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CSV is UTF-8 and RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or line breaks in double quotes), with codes instead of labels, amounts in major units with &apos;.&apos; and no grouping (1234.50), discounts in percent (2.5), dates as YYYY-MM-DD and timestamps in UTC ISO 8601. A text field that starts with =, +, -, @, a tab, a carriage return or an apostrophe gets one more apostrophe in front, so that a spreadsheet shows it as text instead of running it as a formula. The CSV import removes it again. Numbers and dates are never changed.</source>
        <translation>CSV 為 UTF-8 編碼並符合 RFC 4180（以逗號分隔、行尾為 CRLF，含逗號、引號或換行的欄位以雙引號括住），使用代碼而非名稱，金額以主單位表示、以「.」作為小數點且不含千分位符號（1234.50），折扣以百分比表示（2.5），日期為 YYYY-MM-DD，時間戳記為 UTC ISO 8601。以 =、+、-、@、定位字元、歸位字元或單引號開頭的文字欄位，前面會再加上一個單引號，讓試算表將其顯示為文字，而不會當成公式執行。CSV 匯入時會再將其移除。數字與日期一律不會更動。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The output starts with a UTF-8 byte order mark, on standard output too, so that Excel reads Chinese text correctly from a file made with “&gt; FILE”. --no-bom leaves it out on standard output, for programs that do not expect it. With --output the rows go to a temporary file that replaces FILE only when the export is complete, so a failed export leaves FILE as it was and creates no partial file. The command then prints the number of rows written.</source>
        <translation>輸出以 UTF-8 位元組順序標記開頭（輸出至標準輸出時也是如此），讓 Excel 能正確讀取以「&gt; FILE」產生的檔案中的中文。--no-bom 會在標準輸出中省略此標記，供不預期此標記的程式使用。使用 --output 時，資料會先寫入暫存檔，匯出完成後才取代 FILE，因此匯出失敗時 FILE 會維持原狀，也不會產生不完整的檔案。指令接著會輸出寫入的列數。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What to export: customers, bills or charges.</source>
        <translation>要匯出的內容：customers、bills 或 charges。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the CSV to FILE instead of standard output.</source>
        <translation>將 CSV 寫入 FILE，而非標準輸出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export only this customer&apos;s rows, e.g. ALFKI. Repeat the option for more customers.</source>
        <translation>只匯出此客戶的資料列，例如 ALFKI。重複此選項可指定多位客戶。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day of the period as YYYY-MM-DD: bills by issue date, charges by the day --date-basis names.</source>
        <translation>期間的第一天，格式為 YYYY-MM-DD：帳單依開立日期，補費依 --date-basis 指定的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day of the period as YYYY-MM-DD, included.</source>
        <translation>期間的最後一天（含當日），格式為 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which day of a charge --from and --to compare: due (the due date, the default) or entry (the day it was entered, in local time).</source>
        <translation>--from 與 --to 要比對補費的哪一個日期：due（付款期限，預設）或 entry（建檔日期，以當地時間計）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out the byte order mark on standard output.</source>
        <translation>在標準輸出中省略位元組順序標記。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid KIND “%1”: use customers, bills or charges.</source>
        <translation>KIND「%1」無效：請使用 customers、bills 或 charges。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--no-bom applies only to standard output, because a file written with --output always starts with a byte order mark. Leave it out.</source>
        <translation>--no-bom 只適用於標準輸出，因為以 --output 寫入的檔案一律以位元組順序標記開頭。請移除此選項。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid --output “%1”: give the path of a file, e.g. charges.csv.</source>
        <translation>--output「%1」無效：請提供檔案路徑，例如 charges.csv。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder “%1” of --output not found. Create it or give another path.</source>
        <translation>找不到 --output 的資料夾「%1」。請建立該資料夾，或提供其他路徑。</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n row(s) written to “%1”.</source>
        <translation>
            <numerusform>已將 %n 列寫入「%1」。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--from and --to apply only to bills and charges, because customers have no date. Leave them out.</source>
        <translation>--from 與 --to 只適用於 bills 與 charges，因為客戶沒有日期。請移除這些選項。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--date-basis applies only to charges, because bills are filtered by issue date. Leave it out.</source>
        <translation>--date-basis 只適用於 charges，因為帳單是依開立日期篩選。請移除此選項。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid --from “%1”: use a calendar date as YYYY-MM-DD, e.g. 2024-07-01.</source>
        <translation>--from「%1」無效：請使用 YYYY-MM-DD 格式的日期，例如 2024-07-01。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid --to “%1”: use a calendar date as YYYY-MM-DD, e.g. 2024-07-31.</source>
        <translation>--to「%1」無效：請使用 YYYY-MM-DD 格式的日期，例如 2024-07-31。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid period: --from %1 is after --to %2. Swap the dates.</source>
        <translation>期間無效：--from %1 晚於 --to %2。請對調兩個日期。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid --date-basis “%1”: use due or entry.</source>
        <translation>--date-basis「%1」無效：請使用 due 或 entry。</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <location filename="../src/cli/generatecommand.cpp" line="+26"/>
        <source>Fill an empty database with realistic customers, bills and charges for benchmarks, the same for the same seed.</source>
        <translation>向空資料庫寫入逼真的客戶、帳單和補費，用於效能測試；相同的種子產生相同的資料。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Half of the customers have Chinese company and contact names, addresses in Chinese cities and Chinese telephone numbers, and pay in CNY (a few in HKD or TWD). The other half are shaped like the Northwind sample customers and pay in USD, EUR, GBP or JPY. Bills carry Northwind products and freight. Charges use the active fee types, reasons and payment methods, with amounts that depend on the fee type, over the %1 years that end on --end-date. A few customers have many bills and charges and most have a few; from 2,000 charges on, one customer has at least 1,000. About 3.5 % of the charges are voided with a reason. With --payments, most bills and charges due before the last two weeks are paid around their due date, some in part.</source>
        <translation>一半客戶使用中文公司名稱和聯絡人、中國城市地址和中國電話號碼，以人民幣（CNY）結算（少數為 HKD 或 TWD）。另一半仿照 Northwind 範例客戶，以 USD、EUR、GBP 或 JPY 結算。帳單包含 Northwind 商品和運費。補費使用目前啟用的費用類型、原因和付款方式，金額取決於費用類型，分布在截至 --end-date 的 %1 年內。少數客戶有大量帳單和補費，多數客戶只有幾筆；補費達到 2,000 筆以上時，至少有一位客戶擁有 1,000 筆以上。約 3.5% 的補費附原因作廢。使用 --payments 時，在最後兩週之前到期的帳單和補費大多在到期日前後收款，部分為部分付款。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The same counts, seed and end date give the same rows, byte for byte, because nothing is taken from the clock. Every charge and payment gets the audit records and stored totals that add-charge, void-charge and record-payment would write, so verify finds no mismatch. Everything is written in one transaction: after an error nothing is written. On PostgreSQL, ANALYZE then updates the planner statistics.</source>
        <translation>由於不讀取系統時鐘，相同的數量、種子和截止日期產生逐位元組相同的資料列。每筆補費和收款都帶有 add-charge、void-charge 和 record-payment 本會寫入的稽核紀錄和儲存合計，因此 verify 不會發現不一致。全部資料在一個交易中寫入：出錯時不寫入任何內容。在 PostgreSQL 上，隨後執行 ANALYZE 更新查詢規劃器的統計資訊。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database must have no customers yet; generate into a new database file or an empty PostgreSQL database. Progress goes to standard error every few seconds, and the counts and the time taken to standard output.</source>
        <translation>資料庫中必須還沒有客戶；請產生到新的資料庫檔案或空的 PostgreSQL 資料庫中。每隔幾秒在標準錯誤輸出進度，數量和耗時輸出到標準輸出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of customers, 1 to %1.</source>
        <translation>客戶數，1 至 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of bills, 0 to %1. Customers without bills are charged on their account.</source>
        <translation>帳單數，0 至 %1。沒有帳單的客戶，補費記在客戶帳戶上。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of charges, 0 to %1.</source>
        <translation>補費筆數，0 至 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the random choices, a whole number from 0 to 4294967295. The same seed gives the same data.</source>
        <translation>隨機選擇的種子，0 至 4294967295 的整數。相同的種子產生相同的資料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also pay most bills and charges due before the last two weeks, in full or in part. This doubles the audit records and takes about 2.5 times as long.</source>
        <translation>同時為最後兩週之前到期的大多數帳單和補費登記全額或部分收款。稽核紀錄數量翻倍，耗時約為 2.5 倍。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day of the generated period, as YYYY-MM-DD, not after today. Default: %1.</source>
        <translation>所產生期間的最後一天，格式為 YYYY-MM-DD，不得晚於今天。預設：%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid --%1 “%2”: give a whole number from %3 to %4.</source>
        <translation>--%1「%2」無效：請輸入 %3 至 %4 之間的整數。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>Nothing was written.</source>
        <translation>未寫入任何內容。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Invalid --end-date “%1”: give a date as YYYY-MM-DD, not after today.</source>
        <translation>--end-date「%1」無效：請輸入 YYYY-MM-DD 格式、不晚於今天的日期。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 s: %2 of %3 customers, %4 of %5 bills, %6 of %7 charges written…</source>
        <translation>%1 秒：已寫入客戶 %2/%3、帳單 %4/%5、補費 %6/%7…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Generated %1 customers, %2 bills with %3 lines, %4 charges (%5 voided, %6 pending) and %7 payments with %8 audit records in %9 s.</source>
        <translation>已產生 %1 個客戶、%2 張帳單（共 %3 行明細）、%4 筆補費（%5 筆已作廢，%6 筆待核准）和 %7 筆收款，以及 %8 筆稽核紀錄，耗時 %9 秒。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The data was written, but updating the planner statistics failed: %1. Searches may be slow until ANALYZE runs on the database.</source>
        <translation>資料已寫入，但更新查詢規劃器統計資訊失敗：%1。在資料庫上執行 ANALYZE 之前，搜尋可能較慢。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer %1 has the most charges: %2.</source>
        <translation>補費最多的客戶是 %1：%2 筆。</translation>
    </message>
</context>
<context>
    <name>GeneratedDataWriter</name>
    <message>
        <location filename="../src/core/generateddatawriter.cpp" line="+158"/>
        <source>could not advance the id sequence of %1: %2</source>
        <translation>無法推進 %1 的 id 序列：%2</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <location filename="../src/cli/helptext.cpp" line="+21"/>
        <source>Usage: %1 [global options] &lt;command&gt; [options]</source>
        <translation>用法：%1 [全域選項] &lt;指令&gt; [選項]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enters supplementary charges (补费), payments (回款) and installment plans, and shows customers, bills and charges in the ChargeDesk database, with the same checks as the ChargeDesk window.</source>
        <translation>輸入補費、收款與分期付款計畫，並顯示 ChargeDesk 資料庫中的客戶、帳單與補費；所做的檢查與補費台視窗相同。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commands:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this help, or the options of one command.</source>
        <translation>顯示此說明，或某個指令的選項。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global options, given before the command:</source>
        <translation>全域選項（須放在指令之前）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input:</source>
        <translation>輸入：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts are in major units of the customer&apos;s currency, with &apos;.&apos; as the decimal point: 1234.50 is ¥1,234.50 for a CNY customer and $1,234.50 for a USD one (the Northwind customers use USD). At most the currency&apos;s decimals are allowed (2 for CNY and USD); exponents such as 1e5 are rejected.</source>
        <translation>金額以客戶幣別的主單位表示，以「.」作為小數點：對 CNY 客戶，1234.50 代表 ¥1,234.50；對 USD 客戶則代表 $1,234.50（Northwind 客戶使用 USD）。小數位數不得超過該幣別的位數（CNY 與 USD 皆為 2 位）；1e5 之類的指數表示法會被拒絕。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates are calendar dates as YYYY-MM-DD, e.g. 2024-07-31.</source>
        <translation>日期格式為 YYYY-MM-DD，例如 2024-07-31。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee types, reasons and payment methods are given by code, e.g. SERVICE; a wrong code is rejected with the list of known codes.</source>
        <translation>費用類型、補費原因與付款方式以代碼指定，例如 SERVICE；代碼錯誤時會被拒絕，並列出可用的代碼。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output:</source>
        <translation>輸出：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results go to standard output; messages and logs go to standard error, so the output of list-charges --format csv can be piped into other programs.</source>
        <translation>結果輸出至標準輸出，訊息與記錄輸出至標準錯誤輸出，因此 list-charges --format csv 的輸出可透過管線交給其他程式處理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logs: only warnings by default; -v adds the info messages of the chargedesk.* categories (start, stop, database, commits). QT_LOGGING_RULES overrides both, e.g. QT_LOGGING_RULES=&quot;chargedesk.*.debug=true&quot;.</source>
        <translation>記錄：預設只輸出警告；-v 會加上 chargedesk.* 各類別的資訊等級訊息（啟動、停止、資料庫、提交）。QT_LOGGING_RULES 的設定優先於以上兩者，例如 QT_LOGGING_RULES=&quot;chargedesk.*.debug=true&quot;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run “%1 &lt;command&gt; --help” for the options of one command.</source>
        <translation>執行「%1 &lt;指令&gt; --help」可查看某個指令的選項。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: %1 [global options] %2</source>
        <translation>用法：%1 [全域選項] %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arguments and options:</source>
        <translation>引數與選項：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Options:</source>
        <translation>選項：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run “%1 --help” for the global options and the input formats.</source>
        <translation>執行「%1 --help」可查看全域選項與輸入格式。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run “%1 --help” for usage.</source>
        <translation>執行「%1 --help」可查看用法。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “%1 %2 --help” for usage.</source>
        <translation>執行「%1 %2 --help」可查看用法。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>success, also when a request key was used before and nothing was written</source>
        <translation>成功，包括請求編號先前已使用過、未寫入任何資料的情況</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage error: unknown command or option, missing option, argument or value, invalid --language or --format</source>
        <translation>用法錯誤：未知的指令或選項，缺少選項、引數或值，--language 或 --format 無效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rejected: invalid value, exact duplicate, possible duplicate without --acknowledge-duplicate (add-charge) or --acknowledge-duplicates (import-csv), payment that looks identical to a recorded one without --acknowledge-duplicate (record-payment), bill of another customer, charge void already, payment larger than the open amount, payment reversed already, sample data that cannot be imported</source>
        <translation>已拒絕：值無效、完全重複、疑似重複但未加 --acknowledge-duplicate（add-charge）或 --acknowledge-duplicates（import-csv）、與已登記收款看似相同但未加 --acknowledge-duplicate（record-payment）、帳單屬於其他客戶、補費已作廢、收款金額大於未結金額、收款已沖銷、範例資料無法匯入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not found: unknown customer, bill, charge, payment, installment or folder, or no report font</source>
        <translation>找不到：客戶、帳單、補費、收款、分期或資料夾不存在，或缺少報表字型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database error: the file cannot be opened, its schema is newer than this program, or a read or write failed</source>
        <translation>資料庫錯誤：檔案無法開啟、其資料庫結構版本比本程式新，或讀寫失敗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mismatch (verify): the audit chain is broken, a charge or payment differs from its audit records, or a stored total differs from its rows</source>
        <translation>不一致（verify）：稽核雜湊鏈中斷、某筆補費或收款與其稽核紀錄不符，或某項儲存的合計與其明細不符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit status:</source>
        <translation>結束代碼：</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message>
        <location filename="../src/cli/importcsvcommand.cpp" line="+28"/>
        <source>Check and import customers, bills or charges from a CSV file.</source>
        <translation>檢查 CSV 檔案中的客戶、帳單或補費，並加以匯入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>KIND is customers, bills or charges. The fields of each kind, required ones marked *: customers: %1. bills, one row per bill line, the rows of one bill_no forming one bill: %2. charges: %3.</source>
        <translation>KIND 為 customers、bills 或 charges。各類型的欄位如下（必填者標示 *）：customers：%1。bills（每筆帳單明細一列，同一 bill_no 的各列組成一張帳單）：%2。charges：%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns are matched to fields by their header: the field names, the column names of export-csv and common Chinese headers in simplified or traditional characters such as “客户编号”, “公司名称”, “金额”, “費用類型” and “付款期限”. --mapping field=Header maps a column by hand; field= leaves a field out.</source>
        <translation>依表頭將各欄對應到欄位：可辨識欄位名稱、export-csv 的欄名，以及常見的簡體或繁體中文表頭，例如「客户编号」、「公司名称」、「金额」、「費用類型」和「付款期限」。--mapping 欄位=表頭 可手動指定對應；欄位= 表示不匯入該欄位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is read as UTF-8 (with or without a byte order mark) or, when it is not valid UTF-8, as GB18030 (GBK), which Excel uses for CSV on Simplified Chinese Windows, or Big5, which Excel uses on Traditional Chinese Windows. When the bytes are valid in both, the encoding whose reading gives more frequently used Chinese characters is chosen, and the output says it was guessed. --encoding sets the encoding instead.</source>
        <translation>檔案以 UTF-8（含或不含位元組順序標記）讀取；不是有效的 UTF-8 時，則以 GB18030（GBK，簡體中文版 Windows 的 Excel 儲存 CSV 所用的編碼）或 Big5（繁體中文版 Windows 的 Excel 所用的編碼）讀取。兩種編碼都有效時，選用讀出較多常用漢字的一種，並在輸出中註明為推測。--encoding 可直接指定編碼。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates are YYYY-MM-DD; YYYY/M/D is accepted too. Amounts are in the customer&apos;s currency with &apos;.&apos; as the decimal point. Fee types, reasons and payment methods may be codes or labels in any language. Charges are checked and written by the same rules as add-charge; a charge with status void is written and then voided with its void_reason.</source>
        <translation>日期格式為 YYYY-MM-DD，也接受 YYYY/M/D。金額以客戶幣別表示，以「.」作為小數點。費用類型、補費原因與付款方式可以是代碼，或任何語言的名稱。補費的檢查與寫入規則與 add-charge 相同；狀態為 void 的補費會先寫入，再依其 void_reason 作廢。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every line is checked first, and every problem is printed to standard error with its line number. When any line has a problem, nothing from the file is written. Otherwise everything is written in one transaction. Customers and bills that exist with the same values, and charges imported before (same request_key, or the same row of the same file), count as already present, so importing a file twice adds nothing. Exit status 0 when the file imported, 2 when a line or the file has a problem, 3 when FILE does not exist, 4 when the database failed.</source>
        <translation>會先檢查每一行，並將每個問題連同行號輸出至標準錯誤輸出。只要有任何一行有問題，檔案中的資料都不會寫入；否則會在同一筆交易中全部寫入。內容相同的既有客戶與帳單，以及先前已匯入的補費（相同的 request_key，或同一檔案的同一列），都視為已存在，因此重複匯入同一檔案不會新增資料。結束代碼：檔案匯入成功為 0，某一行或檔案有問題為 2，FILE 不存在為 3，資料庫失敗為 4。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the file holds: customers, bills or charges.</source>
        <translation>檔案內容：customers、bills 或 charges。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file to import.</source>
        <translation>要匯入的 CSV 檔案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take FIELD from the column named HEADER, e.g. customer_code=客户编号. Repeat the option, or separate several with commas.</source>
        <translation>從名為 HEADER 的欄取得 FIELD，例如 customer_code=客戶編號。可重複此選項，或以逗號分隔多組。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text encoding of FILE: auto (the default), utf-8, gb18030 or big5.</source>
        <translation>FILE 的文字編碼：auto（預設）、utf-8、gb18030 或 big5。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Invalid --encoding “%1”: use auto, utf-8, gb18030 or big5.</source>
        <translation>--encoding 的值「%1」無效：請使用 auto、utf-8、gb18030 或 big5。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Check every line and print what would be imported, without writing anything.</source>
        <translation>檢查每一行並輸出將會匯入的內容，但不寫入任何資料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charges only: note saying why charges with possible duplicates are not duplicates, for lines whose duplicate_acknowledgement field is empty; at most %1 characters, kept in the audit log.</source>
        <translation>僅適用於 charges：說明疑似重複的補費為何不是重複費用，用於 duplicate_acknowledgement 欄位空白的行；最多 %1 個字元，會記入稽核紀錄。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid KIND “%1”: use customers, bills or charges.</source>
        <translation>KIND「%1」無效：請使用 customers、bills 或 charges。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--acknowledge-duplicates applies only to charges. Leave it out.</source>
        <translation>--acknowledge-duplicates 只適用於 charges。請移除此選項。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a folder, not a file. Give the path of a CSV file.</source>
        <translation>「%1」是資料夾，不是檔案。請提供 CSV 檔案的路徑。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File “%1” not found. Give the path of a CSV file.</source>
        <translation>找不到檔案「%1」。請提供 CSV 檔案的路徑。</translation>
    </message>
</context>
<context>
    <name>ImportNorthwindCommand</name>
    <message>
        <location filename="../src/cli/importnorthwindcommand.cpp" line="+11"/>
        <source>Import the Northwind sample customers, bills and bill lines.</source>
        <translation>匯入 Northwind 範例客戶、帳單與帳單明細。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DIR holds customers.csv, orders.csv, order-details.csv, products.csv and shippers.csv. Each order becomes a bill issued on the order date and due on the required date; the customers&apos; currency is USD. Customers and bills that exist already are skipped, so importing twice adds nothing. Prints how many rows were added and skipped. When a file is missing or malformed, nothing is written.</source>
        <translation>DIR 中包含 customers.csv、orders.csv、order-details.csv、products.csv 和 shippers.csv。每張訂單會成為一張帳單，開立日期為訂單日期，付款期限為要求到貨日期；客戶幣別為 USD。已存在的客戶與帳單會略過，因此重複匯入不會新增資料。指令會輸出新增與略過的筆數。有檔案缺少或格式錯誤時，不寫入任何資料。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder of the Northwind CSV files, or “builtin” for the copy built into the program.</source>
        <translation>Northwind CSV 檔案所在的資料夾，或用「builtin」表示程式內建的副本。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder “%1” not found. Give the folder that holds the Northwind CSV files, or “builtin”.</source>
        <translation>找不到資料夾「%1」。請提供存放 Northwind CSV 檔案的資料夾，或使用「builtin」。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import failed; nothing was written. %1</source>
        <translation>匯入失敗，未寫入任何資料。%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers added: %1</source>
        <translation>新增客戶：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bills added: %1</source>
        <translation>新增帳單：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill lines added: %1</source>
        <translation>新增帳單明細：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers skipped (already present): %1</source>
        <translation>略過的客戶（已存在）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bills skipped (already present): %1</source>
        <translation>略過的帳單（已存在）：%1</translation>
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
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金額</translation>
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
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>未結</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>InstallmentPlanConfirmDialog</name>
    <message>
        <location filename="../src/widgets/installmentplanconfirmdialog.cpp" line="+35"/>
        <source>Go back to edit the plan.</source>
        <translation>請返回修改分期付款計畫。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Confirm Installment Plan</source>
        <translation>確認分期付款計畫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the installment plan below. Nothing has been saved yet: Confirm and Submit saves it, Back to Edit returns to the plan.</source>
        <translation>請核對以下分期付款計畫。目前尚未儲存：按「確認送出」會儲存此計畫，按「返回修改」會回到計畫畫面。</translation>
    </message>
</context>
<context>
    <name>InstallmentPlanDialog</name>
    <message>
        <location filename="../ui/installmentplandialog.ui" line="+14"/>
        <source>Installment Plan</source>
        <translation>分期付款計畫</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charge:</source>
        <translation>費用：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amount:</source>
        <translation>金額：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schedule</source>
        <translation>分期安排</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Number of installments:</source>
        <translation>期數(&amp;N)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;First due date:</source>
        <translation>首期付款期限(&amp;F)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Split Evenly</source>
        <translation>平均分配(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set equal amounts and monthly due dates again; the last installment takes the remainder.</source>
        <translation>重新設定為每期金額相同、按月到期；餘數計入最後一期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The installments fall due monthly from the first due date. Double-click a date or an amount to change it.</source>
        <translation>各期自首期付款期限起按月到期。按兩下日期或金額即可修改。</translation>
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
        <translation>找不到編號為 %1 的已入帳補費。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, due %2</source>
        <extracomment>The charge&apos;s amount (%1) and its due date (%2).</extracomment>
        <translation>%1，付款期限 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>The amount %1 cannot be split into %n installment(s) of at least one minor unit each. Choose fewer installments.</source>
        <translation>
            <numerusform>金額 %1 無法分成 %n 期且每期至少一個最小貨幣單位。請減少期數。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sum of the installments: %1. Charge amount: %2. Difference: %3.</source>
        <extracomment>The sum of the installments, the charge amount and their difference.</extracomment>
        <translation>各期合計：%1。補費金額：%2。差額：%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the amounts so that the difference is zero.</source>
        <translation>請修改金額，使差額為零。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sum of the installments: not available, because an amount is invalid. Correct the amount shown in red.</source>
        <translation>各期合計：無法計算，因為有金額無效。請修正以紅色顯示的金額。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load the charge: %1</source>
        <translation>無法載入該筆費用：%1</translation>
    </message>
</context>
<context>
    <name>InstallmentPlanValidator</name>
    <message>
        <location filename="../src/core/installmentplanvalidator.cpp" line="+26"/>
        <source>The request key “%1” is invalid: it must have 8 to 100 characters.</source>
        <translation>請求編號「%1」無效：長度必須為 8 到 100 個字元。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A plan has %1 to %2 installments, not %3. Change the number of installments.</source>
        <translation>分期付款計畫的期數須為 %1 到 %2 期，不能是 %3 期。請修改期數。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No charge is selected. Choose the charge to pay in installments.</source>
        <translation>未選擇補費。請選擇要分期付款的補費。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charge %1 does not exist. Check the charge number.</source>
        <translation>補費 %1 不存在。請檢查補費編號。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge %1 is void, so it cannot be paid in installments.</source>
        <translation>補費 %1 已作廢，因此無法分期付款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charge %1 waits for approval, so it cannot be paid in installments until a finance user approves it.</source>
        <translation>補費 %1 正在等待核准，須經財務人員核准後才能分期付款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1 was rejected, so it cannot be paid in installments.</source>
        <translation>補費 %1 已被退回，因此無法分期付款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of charge %2 is paid already. A plan can only be made while nothing is paid on the charge; reverse the payments first.</source>
        <translation>補費 %2 已收款 %1。只有在補費尚未收到任何款項時才能建立分期付款計畫；請先沖銷這些收款。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charge %1 already has installment plan %2. Cancel that plan first to make a new one.</source>
        <translation>補費 %1 已有分期付款計畫 %2。請先取消該計畫，再建立新計畫。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Installment %1 has no amount in %2, the currency of charge %3. Enter an amount.</source>
        <translation>第 %1 期沒有以 %2（補費 %3 的幣別）表示的金額。請輸入金額。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installment %1 has the amount %2. Each installment must be more than zero.</source>
        <translation>第 %1 期的金額為 %2。每期金額都必須大於零。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The installments add up to %1, which is %2 less than the %3 of charge %4. Change the amounts so that they add up to %3 exactly.</source>
        <translation>各期合計為 %1，比補費 %4 的金額 %3 少 %2。請修改金額，使合計正好等於 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installments add up to %1, which is %2 more than the %3 of charge %4. Change the amounts so that they add up to %3 exactly.</source>
        <translation>各期合計為 %1，比補費 %4 的金額 %3 多 %2。請修改金額，使合計正好等於 %3。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Installment %1 has no valid due date. Enter a date.</source>
        <translation>第 %1 期沒有有效的付款期限。請輸入日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installment %1 is due on %2, before charge %3 was entered on %4. Choose a later date.</source>
        <translation>第 %1 期的付款期限為 %2，早於補費 %3 的建檔日期 %4。請選擇較晚的日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installment %1 is due on %2, more than %3 years ahead. Check the year.</source>
        <translation>第 %1 期的付款期限為 %2，超過今後 %3 年。請檢查年份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installment %1 is due on %2, not after installment %3 on %4. Each installment must fall due after the one before.</source>
        <translation>第 %1 期的付款期限為 %2，並未晚於第 %3 期的 %4。每一期的付款期限都必須晚於前一期。</translation>
    </message>
</context>
<context>
    <name>InstallmentService</name>
    <message>
        <location filename="../src/core/installmentservice.cpp" line="+75"/>
        <source>The plan could not be checked because the database reported an error: %1. Try again.</source>
        <translation>資料庫發生錯誤，無法檢查分期付款計畫：%1。請再試一次。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Charge %1 (%2, %3) will be paid in %4 installments:</source>
        <translation>補費 %1（%2，%3）將分 %4 期付款：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2 due %3</source>
        <extracomment>One line of an installment plan: number, amount and due date.</extracomment>
        <translation>第 %1 期：%2，付款期限 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each installment is paid on its own, and reminders follow the installments&apos; due dates instead of the charge&apos;s due date %1.</source>
        <translation>各期分別付款；提醒將依各期的付款期限發出，不再依補費原本的付款期限 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The plan was not saved: the database could not start a transaction (%1). Nothing was written; try again.</source>
        <translation>分期付款計畫未儲存：資料庫無法開始交易（%1）。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+32"/>
        <source>The plan was not saved: %1. Nothing was written; try again.</source>
        <translation>分期付款計畫未儲存：%1。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The request key %1 was already used for installment plan %2 with other values. Start a new plan.</source>
        <translation>請求編號 %1 已用於分期付款計畫 %2，但內容不同。請重新建立計畫。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Enter the reason for cancelling installment plan %1.</source>
        <translation>請填寫取消分期付款計畫 %1 的原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cancel reason has %1 characters; at most %2 are allowed.</source>
        <translation>取消原因有 %1 個字元，最多只能 %2 個。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installment plan %1 was not cancelled: the database could not start a transaction (%2). Try again.</source>
        <translation>分期付款計畫 %1 未取消：資料庫無法開始交易（%2）。請再試一次。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>Installment plan %1 was not cancelled: %2</source>
        <translation>分期付款計畫 %1 未取消：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installment plan %1 was not cancelled: %2. Nothing was changed; try again.</source>
        <translation>分期付款計畫 %1 未取消：%2。未做任何變更，請再試一次。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Installment plan %1 does not exist. Check the plan number.</source>
        <translation>分期付款計畫 %1 不存在。請檢查計畫編號。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment plan %1 is already cancelled: cancelled by %2 on %3.</source>
        <translation>分期付款計畫 %1 已取消：由 %2 於 %3 取消。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installment %1 of plan %2 has payments of %3. Reverse them before cancelling the plan.</source>
        <translation>計畫 %2 的第 %1 期已收款 %3。請先沖銷這些收款，再取消計畫。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>installment plan %1 is no longer active</source>
        <translation>分期付款計畫 %1 已不再有效</translation>
    </message>
</context>
<context>
    <name>IntegrityCheckDialog</name>
    <message>
        <location filename="../src/widgets/integritycheckdialog.cpp" line="+127"/>
        <source>Checking the database…</source>
        <translation>正在檢查資料庫…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checked at %1.</source>
        <translation>已於 %1 完成檢查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check was canceled before it finished; press Check Again to run it.</source>
        <translation>檢查在完成前已取消；請按「重新檢查」執行檢查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check failed: %1</source>
        <translation>檢查失敗：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved to %1</source>
        <translation>已儲存至 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save Mismatches as CSV</source>
        <translation>將不一致項目儲存為 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Check Data Integrity</source>
        <translation>資料一致性檢查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that no audit record was changed or deleted, that every charge and payment still has the values of its audit records, and that the stored balances and totals add up to their rows. The check only reads.</source>
        <translation>檢查是否有稽核紀錄遭到修改或刪除、每筆補費與收款是否仍與其稽核紀錄中的值相符，以及儲存的餘額與合計是否與明細相符。此檢查只會讀取資料，不會做任何變更。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;Again</source>
        <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the check again on the database as it is now.</source>
        <translation>依資料庫目前的狀態重新執行檢查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;CSV…</source>
        <translation>儲存 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the mismatches as a CSV file for a spreadsheet.</source>
        <translation>將不一致項目儲存為 CSV 檔案，以便在試算表中開啟。</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <location filename="../src/core/integritychecker.cpp" line="+77"/>
        <source>Could not count the rows of %1: %2</source>
        <translation>無法計算 %1 的列數：%2</translation>
    </message>
</context>
<context>
    <name>IntegrityMismatch</name>
    <message>
        <location filename="../src/core/integritymismatch.cpp" line="+11"/>
        <source>its posted payments add up to %1</source>
        <translation>其已入帳收款合計為 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its bill lines add up to %1</source>
        <translation>其帳單明細合計為 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its posted charges add up to %1</source>
        <translation>其已入帳補費合計為 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the posted payments on it add up to %1</source>
        <translation>該帳單的已入帳收款合計為 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its bill lines and posted charges less its posted payments come to %1</source>
        <translation>其帳單明細加上已入帳補費、再減去已入帳收款後為 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Audit record changed</source>
        <translation>稽核紀錄遭修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit chain broken</source>
        <translation>雜湊鏈中斷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit chain end changed</source>
        <translation>雜湊鏈末端遭修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit record missing</source>
        <translation>缺少稽核紀錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra audit record</source>
        <translation>多餘的稽核紀錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differs from audit record</source>
        <translation>與稽核紀錄不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row deleted</source>
        <translation>資料列已刪除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored total wrong</source>
        <translation>儲存的合計有誤</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer %1 (%2)</source>
        <translation>客戶 %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bill %1 (%2)</source>
        <translation>帳單 %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit record %1</source>
        <translation>稽核紀錄 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge %1</source>
        <translation>補費 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment %1</source>
        <translation>收款 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bill %1</source>
        <translation>帳單 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer %1</source>
        <translation>客戶 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment %1</source>
        <translation>分期款項 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit chain head</source>
        <translation>雜湊鏈頭</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was changed after it was written: its stored hash is %2, but its content hashes to %3.</source>
        <translation>%1 在寫入後遭到修改：其儲存的雜湊值為 %2，但依其內容計算出的雜湊值為 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is the first audit record but links to %2 instead of the genesis hash %3: records before it were deleted.</source>
        <translation>%1 是第一筆稽核紀錄，卻連結到 %2，而非起始雜湊值 %3：在它之前的紀錄已被刪除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 links to %2, but the record before it is audit record %3 with the hash %4: audit record %5 was deleted.</source>
        <translation>%1 連結到 %2，但它的前一筆是雜湊值為 %4 的稽核紀錄 %3：稽核紀錄 %5 已被刪除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 links to %2, but the record before it is audit record %3 with the hash %4: audit records %5 to %6 were deleted.</source>
        <translation>%1 連結到 %2，但它的前一筆是雜湊值為 %4 的稽核紀錄 %3：稽核紀錄 %5 至 %6 已被刪除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 links to %2, but the record before it, audit record %3, has the hash %4: a record between them was deleted, or audit record %3 was replaced.</source>
        <translation>%1 連結到 %2，但它的前一筆稽核紀錄 %3 的雜湊值為 %4：兩者之間有紀錄已被刪除，或稽核紀錄 %3 已被替換。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit chain head stores %1 %2, but the last audit record gives %3: records at the end of the log were deleted, or the head was changed.</source>
        <translation>雜湊鏈頭儲存的 %1 為 %2，但最後一筆稽核紀錄得出的是 %3：日誌末端的紀錄已被刪除，或鏈頭遭到修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no “%2” audit record: the row was written or changed outside ChargeDesk.</source>
        <translation>%1 沒有「%2」稽核紀錄：這筆資料是在補費台以外寫入或修改的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has more than one “%2” audit record; audit record %3 is extra.</source>
        <translation>%1 有一筆以上的「%2」稽核紀錄；稽核紀錄 %3 是多餘的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is “%3”, but audit record %4 has “%5”. The row was changed after it was written.</source>
        <translation>%1：%2 為「%3」，但稽核紀錄 %4 記載為「%5」。這筆資料在寫入後遭到修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit record %1 (“%2”) names %3, which does not exist: the row was deleted.</source>
        <translation>稽核紀錄 %1（「%2」）所指的%3不存在：這筆資料已被刪除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 stores %3, but %4.</source>
        <translation>%1：%2 儲存的是 %3，但%4。</translation>
    </message>
</context>
<context>
    <name>IntegrityMismatchModel</name>
    <message>
        <location filename="../src/widgets/integritymismatchmodel.cpp" line="+89"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored Value</source>
        <translation>儲存值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected Value</source>
        <translation>應有值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit Record</source>
        <translation>稽核紀錄</translation>
    </message>
</context>
<context>
    <name>IntegritySummary</name>
    <message>
        <location filename="../src/core/integritysummary.cpp" line="+8"/>
        <source>Checked %1 audit records, %2 charges, %3 payments, %4 bills, %5 customers and %6 installments.</source>
        <translation>已檢查 %1 筆稽核紀錄、%2 筆補費、%3 筆收款、%4 張帳單、%5 位客戶及 %6 筆分期款項。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No mismatches: the audit chain is unbroken, every charge and payment matches its audit records, and every stored total matches its rows.</source>
        <translation>未發現不一致：雜湊鏈完整，每筆補費與收款都與其稽核紀錄相符，每項儲存的合計也都與其明細相符。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n mismatch(es) found.</source>
        <translation>
            <numerusform>發現 %n 處不一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mismatch(es) found. The audit chain cannot be trusted from audit record %1 on.</source>
        <translation>
            <numerusform>發現 %n 處不一致。自稽核紀錄 %1 起，雜湊鏈已不可信。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit log is empty.</source>
        <translation>稽核日誌沒有任何紀錄。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last audit record: %1, with the hash</source>
        <translation>最後一筆稽核紀錄：%1，其雜湊值為</translation>
    </message>
</context>
<context>
    <name>LateFeeCalculator</name>
    <message numerus="yes">
        <location filename="../src/core/latefeecalculator.cpp" line="+26"/>
        <source>Days overdue: %n day(s), from the due date %1 to %2</source>
        <translation>
            <numerusform>逾期天數：%n 天，自付款期限 %1 至 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Days overdue: %n day(s)</source>
        <translation>
            <numerusform>逾期天數：%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The monthly rate applies pro rata by day: %n day(s) ÷ %1 days per month</source>
        <translation>
            <numerusform>月費率按日比例計算：%n 天 ÷ 每月 %1 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exact fee: %1</source>
        <translation>滯納金精確值：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fee %1 is above the maximum charge of %2. Check the base amount, the rate and the days.</source>
        <translation>滯納金 %1 超過補費金額的最高限額 %2。請檢查基準金額、費率與天數。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fee %1 rounds to %2, so there is nothing to charge. Check the base amount, the rate and the days.</source>
        <translation>滯納金 %1 四捨五入後為 %2，因此沒有可收取的費用。請檢查基準金額、費率與天數。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rounded half up to %1: %2</source>
        <translation>四捨五入至 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cap %1 of %2 rounds to %3. Enter a larger cap, or choose no cap.</source>
        <translation>上限為 %2 的 %1，四捨五入後為 %3。請輸入較高的上限，或選擇無上限。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cap: %1 of %2 = %3, rounded half up</source>
        <translation>上限：%2 的 %1 = %3（四捨五入）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cap: %1</source>
        <translation>上限：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fee is above the cap, so the cap is charged: %1.</source>
        <translation>滯納金超過上限，因此按上限收取：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fee is within the cap.</source>
        <translation>滯納金未超過上限。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, capped at %2</source>
        <extracomment>A late fee formula followed by the cap that limits its result.</extracomment>
        <translation>%1，以上限 %2 計</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The base amount is missing. Enter the overdue amount.</source>
        <translation>未填基準金額。請輸入逾期金額。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base amount %1 is not above zero. Enter the overdue amount.</source>
        <translation>基準金額 %1 未大於零。請輸入逾期金額。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base amount %1 is above the maximum of %2. Enter a lower amount.</source>
        <translation>基準金額 %1 超過最高限額 %2。請輸入較低的金額。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rate is missing. Enter a percentage such as %1.</source>
        <translation>未填費率。請輸入百分比，例如 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate %1 is not above zero. Enter a percentage such as %2.</source>
        <translation>費率 %1 未大於零。請輸入百分比，例如 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rate %1 is above %2. Enter at most %2.</source>
        <translation>費率 %1 超過 %2。請輸入不超過 %2 的值。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The days overdue are %1. Enter at least 1 day.</source>
        <translation>逾期天數為 %1。請輸入至少 1 天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The days overdue are %1; at most %2 are allowed. Enter fewer days.</source>
        <translation>逾期天數為 %1，最多只能 %2 天。請減少天數。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The as-of date is missing or invalid. Enter the day of payment or today.</source>
        <translation>截止日期未填或無效。請輸入付款日期或今天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The as-of date %1 is not after the due date %2, so nothing is overdue. Enter a later as-of date.</source>
        <translation>截止日期 %1 未晚於付款期限 %2，因此沒有逾期。請輸入較晚的截止日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The due date %1 is %2 days before the as-of date %3; at most %4 days overdue are allowed. Check the dates.</source>
        <translation>付款期限 %1 比截止日期 %3 早 %2 天；逾期天數最多只能 %4 天。請檢查日期。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The cap is missing. Enter the largest fee, or choose no cap.</source>
        <translation>未填上限。請輸入滯納金的最高額，或選擇無上限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cap is in %1 but the base amount is in %2. Enter the cap in %2.</source>
        <translation>上限的幣別為 %1，但基準金額的幣別為 %2。請以 %2 輸入上限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cap %1 is not above zero. Enter the largest fee, or choose no cap.</source>
        <translation>上限 %1 未大於零。請輸入滯納金的最高額，或選擇無上限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cap %1 is above the maximum of %2. Enter a lower cap.</source>
        <translation>上限 %1 超過最高限額 %2。請輸入較低的上限。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cap is missing. Enter a percentage of the base amount, or choose no cap.</source>
        <translation>未填上限。請輸入基準金額的百分比，或選擇無上限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cap %1 is not above zero. Enter a percentage of the base amount, or choose no cap.</source>
        <translation>上限 %1 未大於零。請輸入基準金額的百分比，或選擇無上限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cap %1 of the base amount is above %2. Enter at most %2.</source>
        <translation>上限（基準金額的 %1）超過 %2。請輸入不超過 %2 的值。</translation>
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
        <translation>沒有可記錄的催款通知。請至少選擇一位客戶。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not start recording the reminder letters: %1</source>
        <translation>無法開始記錄催款通知：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not record the reminder letters: %1</source>
        <translation>無法記錄催款通知：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A reminder letter names no customer, so it cannot be recorded. Read the letters again.</source>
        <translation>有一份催款通知未指定客戶，因此無法記錄。請重新讀取催款通知。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reminder letter to customer %1 has no date. Choose the day the letters are dated.</source>
        <translation>寄給客戶 %1 的催款通知沒有日期。請選擇催款通知的發文日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reminder letters are dated %1, after today. Only letters dated today or earlier can be recorded as sent; choose today&apos;s date.</source>
        <translation>催款通知的日期為 %1，晚於今天。只有日期為今天或更早的通知才能記為已寄出；請選擇今天的日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reminder letter to customer %1 lists no overdue item, so it cannot be recorded. Leave the customer out.</source>
        <translation>寄給客戶 %1 的催款通知未列出任何逾期項目，因此無法記錄。請移除該客戶。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not record the reminder letter to customer %1: %2</source>
        <translation>無法記錄寄給客戶 %1 的催款通知：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Could not record the items of the reminder letter to customer %1: %2</source>
        <translation>無法記錄寄給客戶 %1 的催款通知所列項目：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not write the audit record of the reminder letter to customer %1: %2</source>
        <translation>無法寫入寄給客戶 %1 的催款通知的稽核紀錄：%2</translation>
    </message>
</context>
<context>
    <name>ListChargesCommand</name>
    <message>
        <location filename="../src/cli/listchargescommand.cpp" line="+11"/>
        <source>List charges as a table or as CSV.</source>
        <translation>以表格或 CSV 格式列出費用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text format shows amounts with the currency symbol and labels in the chosen language. The CSV format is for programs and is the same in every language: UTF-8, RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or line breaks in double quotes), a header row, codes instead of labels, amounts in major units with &apos;.&apos; and no grouping (1234.50), a currency column, dates as YYYY-MM-DD and timestamps in UTC ISO 8601. It has no byte order mark and writes every text as stored, so that pipes and scripts get exactly the data. For Excel, use export-csv charges.</source>
        <translation>text 格式會以幣別符號顯示金額，並以所選語言顯示名稱。csv 格式供程式使用，在所有語言中皆相同：UTF-8、RFC 4180（以逗號分隔、行尾為 CRLF，含逗號、引號或換行的欄位以雙引號括住）、一列標題列、使用代碼而非名稱、金額以主單位表示、以「.」作為小數點且不含千分位符號（1234.50）、一欄幣別、日期為 YYYY-MM-DD、時間戳記為 UTC ISO 8601。此格式不含位元組順序標記，所有文字都依儲存內容原樣輸出，讓管線與指令碼取得完全相同的資料。若要在 Excel 中使用，請改用 export-csv charges。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List only this customer&apos;s charges, e.g. ALFKI.</source>
        <translation>只列出此客戶的費用，例如 ALFKI。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: text (the default) or csv.</source>
        <translation>輸出格式：text（預設）或 csv。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid --format “%1”: use text or csv.</source>
        <translation>--format「%1」無效：請使用 text 或 csv。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not read the charges from the database: %1</source>
        <translation>無法從資料庫讀取費用：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No charges.</source>
        <translation>目前沒有費用。</translation>
    </message>
</context>
<context>
    <name>LockPeriodCommand</name>
    <message>
        <location filename="../src/cli/lockperiodcommand.cpp" line="+11"/>
        <source>Move the period lock date, on or before which nothing can be entered or changed.</source>
        <translation>變更關帳日期；關帳日期當天及之前的資料都不能輸入或修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No charge is entered, approved or voided, and no payment is recorded or reversed, that is dated on or before the period lock date. A charge is dated by the day it was entered, a payment by its payment date. Only an administrator may move the date, which cannot be after today. Moving it back reopens closed days and needs --reason. Each move is kept with who made it, when and why; show-settings lists them.</source>
        <translation>日期在關帳日期當天或之前的補費不能輸入、核准或作廢，收款也不能登記或沖銷。補費以輸入當天為日期，收款以收款日期為準。只有管理員可以變更關帳日期，且不得晚於今天。將日期往前調會重新開放已關帳的日期，並需要 --reason。每次變更都會記下變更人、時間與原因；show-settings 會列出這些紀錄。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new period lock date: the last closed day. Required.</source>
        <translation>新的關帳日期：最後一個已關帳的日期。必填。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the date moves; required when it moves back, at most %1 characters.</source>
        <translation>變更日期的原因；日期往前調時必填，最多 %1 個字元。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid --date “%1”: use a date as YYYY-MM-DD, e.g. 2024-06-30.</source>
        <translation>--date「%1」無效：請以 YYYY-MM-DD 格式輸入日期，例如 2024-06-30。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The period lock date is now %1; it was %2.</source>
        <translation>關帳日期已變更為 %1（原為 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period lock date is now %1.</source>
        <translation>關帳日期已設為 %1。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="+169"/>
        <source>Empty Database</source>
        <translation>資料庫沒有資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is empty. Load the Northwind sample data?</source>
        <translation>資料庫目前沒有資料。要載入 Northwind 範例資料嗎？</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import Failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample data could not be loaded. Nothing was imported.</source>
        <translation>無法載入範例資料。未匯入任何資料。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customers added: %1
Bills added: %2
Bill lines added: %3
Customers already present: %4
Bills already present: %5</source>
        <translation>新增客戶：%1
新增帳單：%2
新增帳單明細：%3
已存在的客戶：%4
已存在的帳單：%5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sample Data Loaded</source>
        <translation>範例資料已載入</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>ChargeDesk</source>
        <translation>補費台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load Sample Data</source>
        <translation>載入範例資料(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the Northwind customers, bills and bill lines built into the program. Existing rows are kept.</source>
        <translation>匯入程式內建的 Northwind 客戶、帳單與帳單明細。既有資料維持不變。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow System</source>
        <translation>依照系統設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ChargeDesk</source>
        <translation>關於補費台(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>About ChargeDesk</source>
        <translation>關於補費台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ChargeDesk %1&lt;/h3&gt;&lt;p&gt;Enters supplementary charges on customer accounts and bills, with a confirmation step and a duplicate check, and keeps every charge on record.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;補費台 %1&lt;/h3&gt;&lt;p&gt;在客戶帳戶與帳單上輸入補費，設有確認步驟與重複檢查，並保留每一筆費用的紀錄。&lt;/p&gt;&lt;p&gt;使用 Qt %2 建置。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../src/core/moneyparser.cpp" line="+163"/>
        <source>Cannot read the amount “%1” because the currency code “%2” is unknown. Known codes: %3.</source>
        <translation>無法辨識金額「%1」，因為幣別代碼「%2」不明。可用代碼：%3。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount is empty. Enter an amount such as %1.</source>
        <translation>金額空白。請輸入金額，例如 %1。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The amount “%1” is in %2, but this amount must be in %3. Enter it without “%4”, e.g. %5.</source>
        <translation>金額「%1」的幣別是 %2，但此處金額必須以 %3 表示。請去掉「%4」後再輸入，例如 %5。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The amount “%1” has no digits. Enter an amount such as %2.</source>
        <translation>金額「%1」中沒有數字。請輸入金額，例如 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount “%1” has the group separator “%2” in the wrong place. Use it only between groups of digits before the decimal point, as in %3, or leave it out.</source>
        <translation>金額「%1」中的千分位符號「%2」位置不正確。千分位符號只能用在小數點前的各組數字之間，例如 %3，也可以不用。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The amount “%1” has more than one decimal point “%2”. Enter an amount such as %3.</source>
        <translation>金額「%1」中有多個小數點「%2」。請輸入金額，例如 %3。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The amount “%1” has a “%2” sign that is not accepted. Enter the amount without it, e.g. %3.</source>
        <translation>金額「%1」帶有不接受的「%2」符號。請去掉該符號後輸入，例如 %3。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The amount “%1” is outside the allowed range. Enter an amount from %2 to %3, e.g. %4.</source>
        <translation>金額「%1」超出允許範圍。請輸入 %2 至 %3 之間的金額，例如 %4。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The amount “%1” has a space inside the number. Remove it, e.g. %2.</source>
        <translation>金額「%1」的數字中間有空格。請刪除空格，例如 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount “%1” uses exponent notation, which is not accepted. Write out all digits, e.g. %2.</source>
        <translation>金額「%1」使用了指數表示法，這是不接受的。請寫出所有數字，例如 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount “%1” contains “%2”, which is not allowed in an amount. Enter an amount such as %3.</source>
        <translation>金額「%1」含有「%2」，金額中不允許此字元。請輸入金額，例如 %3。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The amount “%1” has decimals, but %2 amounts are whole numbers. Enter an amount such as %3.</source>
        <translation>金額「%1」含有小數，但 %2 金額只能是整數。請輸入金額，例如 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount “%1” needs digits before and after the decimal point. Enter an amount such as %2.</source>
        <translation>金額「%1」的小數點前後都必須有數字。請輸入金額，例如 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount “%1” has %2 decimals, but %3 allows at most %4. Enter an amount such as %5.</source>
        <translation>金額「%1」有 %2 位小數，但 %3 最多只允許 %4 位。請輸入金額，例如 %5。</translation>
    </message>
</context>
<context>
    <name>NorthwindImporter</name>
    <message>
        <location filename="../src/core/northwindfiles.cpp" line="+78"/>
        <source>The amount “%1” is negative.</source>
        <translation>金額「%1」為負數。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not open “%1”: %2. Choose a folder that contains the Northwind CSV files.</source>
        <translation>無法開啟「%1」：%2。請選擇包含 Northwind CSV 檔案的資料夾。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line 1: the header row is missing.</source>
        <translation>第 1 行：缺少標題列。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: the column “%2” appears twice in the header.</source>
        <translation>第 %1 行：標題列中的欄位「%2」出現了兩次。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1: the column “%2” is missing.</source>
        <translation>第 %1 行：缺少欄位「%2」。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1: the row has %2 fields but the header has %3. Quote fields that contain commas.</source>
        <translation>第 %1 行：此列有 %2 個欄位，但標題列有 %3 個。含逗號的欄位須以引號括住。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Line %1: orderID and customerID must not be empty.</source>
        <translation>第 %1 行：orderID 和 customerID 不得空白。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: order “%2” appears twice.</source>
        <translation>第 %1 行：訂單「%2」出現了兩次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: orderDate “%2” or requiredDate “%3” is not a date such as 1996-07-04.</source>
        <translation>第 %1 行：orderDate「%2」或 requiredDate「%3」不是 1996-07-04 這樣的日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: requiredDate is before orderDate.</source>
        <translation>第 %1 行：requiredDate 早於 orderDate。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: invalid freight. %2</source>
        <translation>第 %1 行：運費（freight）無效。%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Line %1: order “%2” is not in orders.csv.</source>
        <translation>第 %1 行：訂單「%2」不在 orders.csv 中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: product “%2” is not in products.csv.</source>
        <translation>第 %1 行：產品「%2」不在 products.csv 中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: quantity “%2” is not a positive whole number.</source>
        <translation>第 %1 行：數量「%2」不是正整數。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: discount “%2” is not a fraction from 0 to 1 with at most four decimals.</source>
        <translation>第 %1 行：折扣「%2」不是 0 到 1 之間、最多四位小數的數值。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1: the line amount is too large.</source>
        <translation>第 %1 行：明細金額過大。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: invalid unitPrice. %2</source>
        <translation>第 %1 行：單價（unitPrice）無效。%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not import “%1”. %2</source>
        <translation>無法匯入「%1」。%2</translation>
    </message>
    <message>
        <location filename="../src/core/northwindimporter.cpp" line="+32"/>
        <source>Could not prepare the import: %1</source>
        <translation>無法準備匯入：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the balance of customer %1: %2</source>
        <translation>無法讀取客戶 %1 的餘額：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The balance of customer %1 would be too large.</source>
        <translation>客戶 %1 的餘額將會過大。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not update the balance of customer %1: %2</source>
        <translation>無法更新客戶 %1 的餘額：%2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Line %1: customerID and companyName must not be empty.</source>
        <translation>第 %1 行：customerID 和 companyName 不得空白。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+89"/>
        <source>Line %1: could not look up customer “%2”: %3</source>
        <translation>第 %1 行：無法查詢客戶「%2」：%3</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Line %1: the database rejected customer “%2”: %3</source>
        <translation>第 %1 行：資料庫拒絕了客戶「%2」：%3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Line %1: could not look up bill “%2”: %3</source>
        <translation>第 %1 行：無法查詢帳單「%2」：%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Line %1: customer “%2” is neither in customers.csv nor in the database.</source>
        <translation>第 %1 行：客戶「%2」既不在 customers.csv 中，也不在資料庫中。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Line %1: the total of bill “%2” is too large.</source>
        <translation>第 %1 行：帳單「%2」的合計過大。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: the database rejected bill “%2”: %3</source>
        <translation>第 %1 行：資料庫拒絕了帳單「%2」：%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Line %1: the database rejected a line of bill “%2”: %3</source>
        <translation>第 %1 行：資料庫拒絕了帳單「%2」的一筆明細：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1: the balance of customer “%2” is too large.</source>
        <translation>第 %1 行：客戶「%2」的餘額過大。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not start the import: %1</source>
        <translation>無法開始匯入：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not commit the import: %1</source>
        <translation>無法提交匯入：%1</translation>
    </message>
</context>
<context>
    <name>NoticeBuilder</name>
    <message>
        <location filename="../src/reports/noticebuilder.cpp" line="+18"/>
        <source>Charge notice</source>
        <translation>補費通知單</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Charge notice No. %1</source>
        <translation>補費通知單（編號 %1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>We have added the following supplementary charge to your account %1.</source>
        <translation>本公司已於貴公司帳戶（客戶編號 %1）新增下列補費，敬請查照。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please pay %1 by %2.</source>
        <translation>敬請於 %2 前繳付 %1，謝謝。</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer code</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>From</source>
        <translation>發件單位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge No.</source>
        <translation>補費編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee type</source>
        <translation>費用類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>補費原因</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Bill</source>
        <translation>帳單</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1, issued %2</source>
        <translation>%1（開立日期 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None; the charge is on your account</source>
        <translation>無；本筆補費記入貴公司帳戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered</source>
        <translation>建檔日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1（建檔人：%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due date</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay to</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment reference</source>
        <translation>付款備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge %1</source>
        <comment>payment reference</comment>
        <translation>補費 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>phone %1</source>
        <translation>電話 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email %1</source>
        <translation>電子郵件 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions about this charge: please contact %1.</source>
        <translation>如對本筆補費有任何疑問，請洽 %1。</translation>
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
        <translation>未選擇任何補費。請選擇要列印通知單的補費。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+63"/>
        <source>The charges could not be read from the database: %1</source>
        <translation>無法從資料庫讀取補費：%1</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>Charges not found: %1. Check the charge numbers.</source>
        <translation>
            <numerusform>找不到補費：%1。請檢查補費編號。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No notice for void charges: %1. Leave them out of the list.</source>
        <translation>
            <numerusform>已作廢的補費不開立通知單：%1。請將其從清單中移除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeReport</name>
    <message>
        <location filename="../src/cli/noticereport.cpp" line="+28"/>
        <source>Customer %1 has no posted charges, so there is no notice to write.</source>
        <translation>客戶 %1 沒有已入帳的補費，因此沒有可寫出的通知單。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid --charge “%1”: use a charge ID, a whole number such as 12.</source>
        <translation>--charge「%1」無效：請使用補費編號，即 12 這樣的整數。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Charge %1 is void, and a void charge gets no notice. Leave it out.</source>
        <translation>補費 %1 已作廢，已作廢的補費不開立通知單。請將其移除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charge %1 waits for approval or was rejected, so it gets no notice. Leave it out.</source>
        <translation>補費 %1 待核准或已退回，因此不產生通知單。請將其排除。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning: the company details lack %1, so the notices are printed without them. Enter them in the ChargeDesk window under Settings › Company Details.</source>
        <translation>警告：公司資料缺少%1，通知單將不含這些資料。請在補費台視窗的「設定 › 公司資料」中填寫。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n notice(s) written to “%1”.</source>
        <translation>
            <numerusform>已將 %n 張通知單寫入「%1」。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenItemQuery</name>
    <message>
        <location filename="../src/core/openitemquery.cpp" line="+85"/>
        <source>The open amounts could not be read from the database: %1</source>
        <translation>無法從資料庫讀取未結金額：%1</translation>
    </message>
</context>
<context>
    <name>PaidAmounts</name>
    <message>
        <location filename="../src/core/paidamounts.cpp" line="+40"/>
        <source>row %1 of %2 was not found</source>
        <translation>找不到 %2 中編號為 %1 的資料列</translation>
    </message>
</context>
<context>
    <name>PaymentConfirmDialog</name>
    <message>
        <location filename="../src/widgets/paymentconfirmdialog.cpp" line="+63"/>
        <source>Go back to edit the payment.</source>
        <translation>請返回修改這筆收款。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm Payment</source>
        <translation>確認收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the payment below. Nothing has been saved yet: Confirm and Submit saves it, Back to Edit returns to the form.</source>
        <translation>請核對以下收款。目前尚未儲存：按「確認送出」會儲存這筆收款，按「返回修改」會回到填寫畫面。</translation>
    </message>
</context>
<context>
    <name>PaymentDuplicateFinder</name>
    <message>
        <location filename="../src/core/paymentduplicatefinder.cpp" line="+26"/>
        <source>The duplicate acknowledgement has %1 characters; at most %2 are allowed. Shorten it.</source>
        <translation>確認說明有 %1 個字元，最多 %2 個。請刪減。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The duplicate acknowledgement contains invisible control characters. Retype it.</source>
        <translation>確認說明含有看不見的控制字元。請重新輸入。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Payment %1, which looks identical, was recorded since the review. Look at it and confirm again.</source>
        <translation>在您核對期間，有人登記了看似相同的收款 %1。請查看後再確認一次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This payment looks identical to a payment already recorded. If it is a separate payment, write a note that says why.</source>
        <translation>這筆收款與一筆已登記的收款看似相同。若確實是另一筆收款，請填寫確認說明寫明原因。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Payment %1 has the same reference %2: %3 paid on %4, recorded by %5 on %6.</source>
        <translation>收款 %1 的單號同為 %2：%4 收款 %3，由 %5 於 %6 登記。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment %1 looks identical: %2 paid on %3 for the same item, without a reference, recorded by %4 on %5.</source>
        <translation>收款 %1 看似相同：%3 為同一項目收款 %2，無單號，由 %4 於 %5 登記。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment %1 looks identical: %2 paid on %3 for the same item, reference %4, recorded by %5 on %6.</source>
        <translation>收款 %1 看似相同：%3 為同一項目收款 %2，單號 %4，由 %5 於 %6 登記。</translation>
    </message>
</context>
<context>
    <name>PaymentDuplicatesBox</name>
    <message>
        <location filename="../src/widgets/paymentduplicatesbox.cpp" line="+103"/>
        <source>Payments That Look Identical</source>
        <translation>疑似重複的收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These payments of the customer were already recorded and look identical to the new one. If the new payment is real, explain why in a note; the note is kept with the payment and in the audit log.</source>
        <translation>此客戶已登記下列收款，與這筆新收款看似相同。若新收款確實存在，請在確認說明中寫明原因；說明會與收款一併保存，並記入稽核紀錄。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acknowledgement note (required):</source>
        <translation>確認說明(&amp;A)（必填）：</translation>
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
        <translation>收款日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid For</source>
        <translation>收款項目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>單號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversal Reason</source>
        <translation>沖銷原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered By</source>
        <translation>建檔人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered At</source>
        <translation>建檔時間</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Posted</source>
        <extracomment>Status of a payment: reversed is 已冲销.</extracomment>
        <translation>已入帳</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reversed</source>
        <translation>已沖銷</translation>
    </message>
</context>
<context>
    <name>PaymentListing</name>
    <message>
        <location filename="../src/cli/paymentlisting.cpp" line="+16"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>收款項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>單號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Charge %1, installment %2</source>
        <extracomment>What a payment paid: %1 is the charge ID, %2 the installment&apos;s number.</extracomment>
        <translation>補費 %1，第 %2 期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1</source>
        <translation>補費 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill %1</source>
        <translation>帳單 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reversed</source>
        <extracomment>Status of a payment that was undone (冲销).</extracomment>
        <translation>已沖銷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posted</source>
        <translation>已入帳</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <location filename="../src/core/paymentservice.cpp" line="+75"/>
        <location line="+11"/>
        <source>The payment could not be checked.</source>
        <translation>無法檢查這筆收款。</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>The payment could not be checked because the database reported an error: %1. Try again; if it persists, run the consistency check.</source>
        <translation>資料庫發生錯誤，無法檢查這筆收款：%1。請再試一次；若問題持續發生，請執行一致性檢查。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The request key %1 was already used for payment %2 with other values. Start a new payment.</source>
        <translation>請求編號 %1 已用於收款 %2，但內容不同。請重新登記一筆收款。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The payment differs from the one that was confirmed. Review it again and confirm.</source>
        <translation>這筆收款與已確認的內容不一致。請重新檢查並確認。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The open amount of %1 changed from %2 to %3 since the review, because another payment was recorded or reversed. Review the payment again and confirm.</source>
        <translation>由於期間有其他收款登記或沖銷，%1的未結金額在檢查後已從 %2 變為 %3。請重新檢查這筆收款並確認。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+28"/>
        <location line="+49"/>
        <source>The payment was not saved. Nothing was written.</source>
        <translation>收款未儲存。未寫入任何資料。</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The payment was not saved: the database could not start a transaction (%1). Nothing was written; try again.</source>
        <translation>收款未儲存：資料庫無法開始交易（%1）。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The payment was not saved: another user&apos;s change to customer %1 did not finish in time (%2). Nothing was written; try again.</source>
        <translation>收款未儲存：其他使用者對客戶 %1 所做的變更未能及時完成（%2）。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+49"/>
        <source>The payment was not saved: %1. Nothing was written; try again.</source>
        <translation>收款未儲存：%1。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter the reason for reversing payment %1.</source>
        <translation>請填寫沖銷收款 %1 的原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reversal reason has %1 characters; at most %2 are allowed.</source>
        <translation>沖銷原因有 %1 個字元，最多只能 %2 個。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+49"/>
        <source>Payment %1 was not reversed. Nothing was changed.</source>
        <translation>收款 %1 未沖銷。未做任何變更。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Payment %1 was not reversed: the database could not start a transaction (%2). Try again.</source>
        <translation>收款 %1 未沖銷：資料庫無法開始交易（%2）。請再試一次。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payment %1 does not exist. Check the payment number.</source>
        <translation>收款 %1 不存在。請檢查收款編號。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Payment %1 was not reversed: %2</source>
        <translation>收款 %1 未沖銷：%2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Payment %1 is already reversed: reversed by %2 on %3.</source>
        <translation>收款 %1 已沖銷：由 %2 於 %3 沖銷。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Payment %1 was not reversed: %2. Nothing was changed; try again.</source>
        <translation>收款 %1 未沖銷：%2。未做任何變更，請再試一次。</translation>
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
        <translation>將登記客戶 %2 的一筆收款 %1，用於%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was paid by %1 on %2.</source>
        <translation>客戶於 %2 以%1付款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reference is “%1”.</source>
        <translation>單號為「%1」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note reads: “%1”.</source>
        <translation>備註內容：「%1」。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The open amount goes from %1 to %2, so it is settled.</source>
        <translation>未結金額將從 %1 變為 %2，即已結清。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The open amount goes from %1 to %2.</source>
        <translation>未結金額將從 %1 變為 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s outstanding balance goes from %1 to %2.</source>
        <translation>該客戶的未結餘額將從 %1 變為 %2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payment %1 was already recorded with this request key. Confirming again writes nothing.</source>
        <translation>已使用此請求編號登記過收款 %1。再次確認不會寫入任何資料。</translation>
    </message>
</context>
<context>
    <name>PaymentValidator</name>
    <message>
        <location filename="../src/core/paymentvalidator.cpp" line="+50"/>
        <source>The request key “%1” is invalid: it must have 8 to 100 characters.</source>
        <translation>請求編號「%1」無效：長度必須為 8 到 100 個字元。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installment %1 was given without its charge. Choose the charge first, then its installment.</source>
        <translation>指定了分期 %1，但未指定其所屬的補費。請先選擇補費，再選擇其分期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to pay is selected. Choose a bill, a charge or an installment.</source>
        <translation>未選擇要收款的項目。請選擇帳單、補費或分期。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No customer is selected. Choose a customer first.</source>
        <translation>未選擇客戶。請先選擇客戶。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Customer %1 does not exist. Choose an existing customer.</source>
        <translation>客戶 %1 不存在。請選擇既有的客戶。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Charge %1 does not exist. Check the charge number.</source>
        <translation>補費 %1 不存在。請檢查補費編號。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1 belongs to another customer, not to %2. Choose one of %2&apos;s charges.</source>
        <translation>補費 %1 屬於其他客戶，不屬於 %2。請選擇 %2 的補費。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge %1 is not on bill %2. Leave the bill out to pay the charge.</source>
        <translation>補費 %1 不在帳單 %2 上。如要為此補費收款，請勿指定帳單。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge %1 is in %2 but the customer&apos;s balance is kept in %3, so its payments cannot be recorded here.</source>
        <translation>補費 %1 的幣別為 %2，但客戶餘額以 %3 記帳，因此無法在此登記其收款。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Installment %1 does not exist. Choose one of the installments of charge %2.</source>
        <translation>分期 %1 不存在。請選擇補費 %2 的其中一期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installment %1 belongs to charge %2, not to charge %3. Choose one of charge %3&apos;s installments.</source>
        <translation>分期 %1 屬於補費 %2，不屬於補費 %3。請選擇補費 %3 的其中一期。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Bill %1 does not exist. Choose one of the customer&apos;s bills.</source>
        <translation>帳單 %1 不存在。請選擇該客戶的帳單。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bill %1 belongs to another customer, not to %2. Choose one of %2&apos;s bills.</source>
        <translation>帳單 %1 屬於其他客戶，不屬於 %2。請選擇 %2 的帳單。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bill %1 is in %2 but the customer&apos;s balance is kept in %3, so its payments cannot be recorded here.</source>
        <translation>帳單 %1 的幣別為 %2，但客戶餘額以 %3 記帳，因此無法在此登記其收款。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Charge %1 is void, so it cannot be paid.</source>
        <translation>補費 %1 已作廢，因此無法收款。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1 waits for approval, so it cannot be paid until a finance user approves it.</source>
        <translation>補費 %1 正在等待核准，須待財務人員核准後才能收款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1 was rejected, so it cannot be paid.</source>
        <translation>補費 %1 已被退回，因此無法收款。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installment %1 belongs to installment plan %2 of charge %3, which was cancelled. Pay the charge or an installment of its current plan.</source>
        <translation>第 %1 期屬於補費 %3 的分期付款計畫 %2，但該計畫已取消。請為該補費本身或其現行計畫中的某一期登記收款。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The first open installment is number %1: %2 due %3.</source>
        <translation>第一筆未結的分期為第 %1 期：%2，付款期限 %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charge %1 is paid in installments, so record the payment against one installment.</source>
        <translation>補費 %1 採分期付款，因此請針對其中一期登記收款。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is left to pay on %1.</source>
        <translation>%1已無未付金額。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The amount %1 is more than the %2 still open on %3. Enter at most %2; an overpayment cannot be recorded.</source>
        <translation>金額 %1 超過%3的未結金額 %2。請輸入不超過 %2 的金額；無法登記超額付款。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No payment method is selected. Choose how the customer paid.</source>
        <translation>未選擇付款方式。請選擇客戶的付款方式。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The payment method “%1” is unknown or no longer in use. Choose one from the list.</source>
        <translation>付款方式「%1」不明或已停用。請從清單中選擇。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The reference has %1 characters; at most %2 are allowed. Shorten it.</source>
        <translation>單號有 %1 個字元，最多只能 %2 個。請刪減。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reference contains invisible control characters. Retype it.</source>
        <translation>單號含有看不見的控制字元。請重新輸入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note has %1 characters; at most %2 are allowed. Shorten it.</source>
        <translation>備註有 %1 個字元，最多只能 %2 個。請刪減。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note contains invisible control characters. Retype it.</source>
        <translation>備註含有看不見的控制字元。請重新輸入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payment date is missing or invalid. Enter the date the money arrived.</source>
        <translation>收款日期未填或無效。請輸入實際收到款項的日期。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The payment date %1 is after today, %2. Enter the date the money arrived.</source>
        <translation>收款日期 %1 晚於今天（%2）。請輸入實際收到款項的日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The payment date %1 is before the issue date %2 of bill %3. Check the date.</source>
        <translation>收款日期 %1 早於帳單 %3 的開立日期 %2。請檢查日期。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The payment date %1 is before %2, the day charge %3 was entered. Check the date.</source>
        <translation>收款日期 %1 早於補費 %3 的建檔日期 %2。請檢查日期。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the lines of bill %1 (due %2)</source>
        <extracomment>What a payment pays: the goods and freight lines of a bill.</extracomment>
        <translation>帳單 %1 的明細（付款期限 %2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>installment %1 of charge %2 (%3, due %4)</source>
        <extracomment>What a payment pays: %1 is the installment&apos;s number in its plan.</extracomment>
        <translation>補費 %2 的第 %1 期（%3，付款期限 %4）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>charge %1 (%2, due %3)</source>
        <extracomment>What a payment pays.</extracomment>
        <translation>補費 %1（%2，付款期限 %3）</translation>
    </message>
</context>
<context>
    <name>PaymentWriter</name>
    <message>
        <location filename="../src/core/paymentwriter.cpp" line="+85"/>
        <source>payment %1 is no longer posted</source>
        <translation>收款 %1 已不是已入帳狀態</translation>
    </message>
</context>
<context>
    <name>PercentageRate</name>
    <message>
        <location filename="../src/core/percentagerate.cpp" line="+91"/>
        <source>%1 is missing. Enter a percentage such as %2.</source>
        <translation>%1未填。請輸入百分比，例如 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 “%2” is negative. Enter a percentage above zero, such as %3.</source>
        <translation>%1「%2」為負數。請輸入大於零的百分比，例如 %3。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 “%2” is not a percentage. Enter digits with an optional decimal point, such as %3.</source>
        <translation>%1「%2」不是百分比。請輸入數字（可含小數點），例如 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 “%2” has more than %3 decimals. Enter at most %3 decimals, such as %4.</source>
        <translation>%1「%2」的小數超過 %3 位。請輸入最多 %3 位小數，例如 %4。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 “%2” is above %3. Enter at most %3.</source>
        <translation>%1「%2」超過 %3。請輸入不超過 %3 的值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 “%2” is zero. Enter a percentage above zero, such as %3.</source>
        <translation>%1「%2」為零。請輸入大於零的百分比，例如 %3。</translation>
    </message>
</context>
<context>
    <name>PeriodLock</name>
    <message>
        <location filename="../src/core/periodlock.cpp" line="+61"/>
        <source>A charge entered today, %1, is on or before the period lock date %2, so it cannot be saved. %3</source>
        <translation>今天（%1）在關帳日期 %2 當天或之前，因此今天輸入的補費無法儲存。%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge %1 was entered on %2, on or before the period lock date %3, so it cannot be voided. %4</source>
        <translation>補費 %1 於 %2 輸入，在關帳日期 %3 當天或之前，因此無法作廢。%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge %1 was entered on %2, on or before the period lock date %3, so it cannot be approved. Reject it, and its author can enter it again. %4</source>
        <translation>補費 %1 於 %2 輸入，在關帳日期 %3 當天或之前，因此無法核准。請將其退回，再由製單人重新輸入。%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment date %1 is on or before the period lock date %2. Enter a later payment date. %3</source>
        <translation>收款日期 %1 在關帳日期 %2 當天或之前。請輸入較晚的收款日期。%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment %1 is dated %2, on or before the period lock date %3, so it cannot be reversed. %4</source>
        <translation>收款 %1 的日期為 %2，在關帳日期 %3 當天或之前，因此無法沖銷。%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today, %1, is on or before the period lock date %2, so no installment plan can be made. %3</source>
        <translation>今天（%1）在關帳日期 %2 當天或之前，因此無法建立分期付款計畫。%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today, %1, is on or before the period lock date %2, so installment plan %3 cannot be cancelled. %4</source>
        <translation>今天（%1）在關帳日期 %2 當天或之前，因此無法取消分期付款計畫 %3。%4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>While no users are set up, every user can move the lock date under Settings › Period Lock.</source>
        <translation>尚未設定使用者時，每位使用者都可以在「設定 › 關帳日期」中變更關帳日期。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Only an administrator can move the lock date, under Settings › Period Lock. The administrator is %1.</source>
        <translation>
            <numerusform>只有管理員可以在「設定 › 關帳日期」中變更關帳日期。管理員：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodLockDialog</name>
    <message>
        <location filename="../src/widgets/periodlockdialog.cpp" line="+122"/>
        <source>Period Lock</source>
        <translation>關帳日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing dated on or before the period lock date can be entered, approved, voided, paid or reversed. A charge is dated by the day it was entered, a payment by its payment date.</source>
        <translation>日期在關帳日期當天或之前的資料，都不能輸入、核准、作廢、收款或沖銷。補費以輸入當天為日期，收款以收款日期為準。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No period is locked yet.</source>
        <translation>尚未設定關帳日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period lock date is %1, set by %2 on %3.</source>
        <translation>關帳日期為 %1，由 %2 於 %3 設定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;lock date:</source>
        <translation>新的關帳日期(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required when the date moves back</source>
        <translation>日期往前調時必填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves of the lock date, newest first:</source>
        <translation>關帳日期變更紀錄（由新到舊）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock date</source>
        <translation>關帳日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved by</source>
        <translation>變更人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved at</source>
        <translation>變更時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move Lock Date</source>
        <translation>變更關帳日期(&amp;M)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not read the period lock: %1</source>
        <translation>無法讀取關帳日期：%1</translation>
    </message>
</context>
<context>
    <name>PeriodLockService</name>
    <message>
        <location filename="../src/core/periodlockservice.cpp" line="+24"/>
        <source>The period lock date was not moved: the database could not start a transaction (%1). Try again.</source>
        <translation>關帳日期未變更：資料庫無法開始交易（%1）。請再試一次。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The period lock date was not moved: %1. Try again.</source>
        <translation>關帳日期未變更：%1。請再試一次。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The period lock date was not moved: %1. Nothing was changed; try again.</source>
        <translation>關帳日期未變更：%1。未做任何變更，請再試一次。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the new period lock date as YYYY-MM-DD.</source>
        <translation>請以 YYYY-MM-DD 格式輸入新的關帳日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period lock date %1 is after today, %2. Days that have not ended cannot be closed; choose today or an earlier date.</source>
        <translation>關帳日期 %1 晚於今天（%2）。尚未結束的日期不能關帳；請選擇今天或更早的日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period lock date is %1 already.</source>
        <translation>關帳日期已經是 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason has %1 characters; at most %2 are allowed.</source>
        <translation>原因有 %1 個字元；最多只能 %2 個。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moving the period lock date back from %1 to %2 reopens the days in between for changes. Enter the reason for reopening them.</source>
        <translation>將關帳日期從 %1 往前調到 %2，會重新開放其間的日期供修改。請輸入重新開放的原因。</translation>
    </message>
</context>
<context>
    <name>PlanInstallmentsCommand</name>
    <message>
        <location filename="../src/cli/planinstallmentscommand.cpp" line="+17"/>
        <source>Review an installment plan of a charge, and create it with --confirm.</source>
        <translation>檢查一筆補費的分期付款計畫，加上 --confirm 時才建立。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give either --count and --first-due for equal monthly installments, or --due once per installment. Equal installments are the charge&apos;s amount divided by the count and rounded down to the cent; the last one also takes the remainder, so 100.00 in 3 gives 33.33, 33.33 and 33.34. Monthly due dates fall on the first date&apos;s day of the month, or on the last day of a shorter month.</source>
        <translation>請指定 --count 與 --first-due 以建立每月等額分期，或為每一期各指定一次 --due。等額分期的每期金額為補費金額除以期數，並無條件捨去至分；最後一期另加上餘數，因此 100.00 分 3 期為 33.33、33.33 與 33.34。每月的付款期限落在第一期日期的同一日；遇到天數較少的月份時，則為該月最後一天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A plan has %1 to %2 installments that add up exactly to the charge&apos;s amount, due on rising dates. It can be made for a posted charge with nothing paid and no active plan. The charge is then paid one installment at a time with record-payment --installment.</source>
        <translation>分期付款計畫有 %1 到 %2 期，各期金額合計須恰好等於補費金額，且各期付款期限須依序遞增。只有已入帳、尚未收到任何款項且沒有有效分期付款計畫的補費，才能建立分期付款計畫。建立後，該筆補費須逐期收款，並以 record-payment --installment 登記。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without --confirm the command prints the plan and writes nothing. With --confirm it checks the plan again and writes it with an audit record, then prints “Installment plan ID committed.”.</source>
        <translation>未加 --confirm 時，指令只輸出分期付款計畫，不寫入任何資料。加上 --confirm 時，指令會再次檢查計畫，連同一筆稽核紀錄一併寫入，然後輸出「分期付款計畫 ID 已建立。」</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ID of the charge to pay in installments, as list-charges prints it.</source>
        <translation>要分期付款的補費編號，即 list-charges 輸出的編號。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of equal monthly installments, %1 to %2.</source>
        <translation>每月等額分期的期數，%1 到 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date of the first of the --count installments, as YYYY-MM-DD.</source>
        <translation>以 --count 指定的各期中第一期的付款期限，格式為 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One installment: its due date as YYYY-MM-DD and its amount with &apos;.&apos; as the decimal point, e.g. 2027-01-31:250.00. Give it once per installment, in order.</source>
        <translation>一期款項：其付款期限（格式為 YYYY-MM-DD）與金額（以「.」作為小數點），例如 2027-01-31:250.00。每一期各指定一次，並依期別順序排列。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key of this request, 8 to 100 characters. Running the command again with the same key returns the first plan instead of writing another. Default: a new random key.</source>
        <translation>本次請求的請求編號，8 到 100 個字元。以相同的請求編號再次執行指令時，會傳回第一次建立的計畫，不會再寫入一筆。預設：新產生的隨機編號。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the plan. Without it nothing is written.</source>
        <translation>建立計畫。未加此選項時不寫入任何資料。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give either --count with --first-due, or --due once per installment.</source>
        <translation>請指定 --count 並搭配 --first-due，或為每一期各指定一次 --due。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid --charge “%1”: use the number that list-charges shows in its ID column.</source>
        <translation>--charge「%1」無效：請使用 list-charges 在「編號」欄顯示的數字。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+15"/>
        <location line="+27"/>
        <source>Nothing was written.</source>
        <translation>未寫入任何資料。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Installment plan of charge %1 (%2):</source>
        <translation>補費 %1（%2）的分期付款計畫：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was written. To create this plan, run the same command again with --confirm.</source>
        <translation>未寫入任何資料。如要建立此計畫，請加上 --confirm 再執行一次相同的指令。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installment plan %1 committed.</source>
        <translation>分期付款計畫 %1 已建立。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installment plan %1 already exists for request key “%2”. Nothing more was written.</source>
        <translation>請求編號「%2」對應的分期付款計畫 %1 已存在。未再寫入任何資料。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invalid --due “%1”: use the due date as YYYY-MM-DD, a colon and the amount, e.g. 2027-01-31:250.00.</source>
        <translation>--due「%1」無效：請依序寫出付款期限（YYYY-MM-DD）、一個冒號及金額，例如 2027-01-31:250.00。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --due “%1”: %2</source>
        <translation>--due「%1」無效：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid --count “%1”: use a number of installments from %2 to %3.</source>
        <translation>--count「%1」無效：請使用 %2 到 %3 之間的期數。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid or missing --first-due “%1”: use a calendar date as YYYY-MM-DD, e.g. 2027-01-31.</source>
        <translation>--first-due「%1」無效或未指定：請使用 YYYY-MM-DD 格式的日期，例如 2027-01-31。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge %1 of %2 is too small for %3 installments: each must be at least %4.</source>
        <translation>補費 %1（金額 %2）過小，無法分為 %3 期：每期至少須為 %4。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No.</source>
        <translation>期別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>PostgresqlConnection</name>
    <message>
        <location filename="../src/core/postgresqlconnection.cpp" line="+30"/>
        <source>This ChargeDesk cannot open “%1”: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql, or use an SQLite file with --database.</source>
        <translation>此 ChargeDesk 無法開啟「%1」：未安裝 Qt 的 PostgreSQL 驅動程式（QPSQL）。請安裝套件 libqt6sql6-psql，或以 --database 改用 SQLite 檔案。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The PostgreSQL database “%1” does not exist on %2, port %3. Ask the database administrator to create it (for example: createdb %1), or correct the name in --database. (%4)</source>
        <translation>%2（連接埠 %3）上沒有名為「%1」的 PostgreSQL 資料庫。請資料庫管理員建立此資料庫（例如：createdb %1），或修正 --database 中的名稱。（%4）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PostgreSQL on %1, port %2 refused the login to the database “%3”. Check the user name in --database and the password in PGPASSWORD or ~/.pgpass, and that the server allows this user to connect from here. (%4)</source>
        <translation>%1（連接埠 %2）上的 PostgreSQL 拒絕登入資料庫「%3」。請檢查 --database 中的使用者名稱，以及 PGPASSWORD 或 ~/.pgpass 中的密碼，並確認伺服器允許此使用者從這台電腦連線。（%4）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ChargeDesk could not reach the PostgreSQL server on %1, port %2, for the database “%3”. Check that the server is running and accepts connections there, and that host and port in --database are right. (%4)</source>
        <translation>ChargeDesk 無法連上 %1（連接埠 %2）上的 PostgreSQL 伺服器，以存取資料庫「%3」。請確認該伺服器正在執行並接受連線，且 --database 中的主機與連接埠正確無誤。（%4）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ChargeDesk could not connect to the PostgreSQL database “%1” on %2, port %3: %4. Check the address in --database and that the server is running.</source>
        <translation>ChargeDesk 無法連線至 %2（連接埠 %3）上的 PostgreSQL 資料庫「%1」：%4。請檢查 --database 中的位址，並確認伺服器正在執行。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Could not read the server version of the PostgreSQL database “%1”: %2</source>
        <translation>無法讀取 PostgreSQL 資料庫「%1」的伺服器版本：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PostgreSQL server of “%1” has version %2; ChargeDesk needs version 11 or newer. Ask the database administrator to upgrade it, or use an SQLite file with --database.</source>
        <translation>「%1」的 PostgreSQL 伺服器版本為 %2；ChargeDesk 需要 11 版或更新版本。請資料庫管理員升級伺服器，或以 --database 改用 SQLite 檔案。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not configure the session on the PostgreSQL database “%1”: %2</source>
        <translation>無法設定 PostgreSQL 資料庫「%1」的工作階段：%2</translation>
    </message>
</context>
<context>
    <name>ProrationCalculator</name>
    <message>
        <location filename="../src/core/prorationcalculator.cpp" line="+31"/>
        <source>Monthly difference: %1 − %2 = %3</source>
        <translation>每月差額：%1 − %2 = %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2: %3 of %4 days in the month</source>
        <translation>%1 至 %2：當月 %4 天中的 %3 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exact difference: %1</source>
        <translation>精確差額：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The difference %1 is above the maximum charge of %2. Check the prices and dates.</source>
        <translation>差額 %1 超過補費上限 %2。請檢查價格與日期。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The difference %1 rounds to %2, so there is nothing to charge. Check the prices and dates.</source>
        <translation>差額 %1 四捨五入後為 %2，因此無須補費。請檢查價格與日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rounded half up to %1: %2</source>
        <translation>四捨五入至 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The old monthly price is missing. Enter the old plan&apos;s price, or 0 for a free plan.</source>
        <translation>未填寫原方案的月費。請輸入原方案的價格；免費方案請輸入 0。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The old monthly price %1 is negative. Enter the old plan&apos;s price, or 0 for a free plan.</source>
        <translation>原方案月費 %1 為負數。請輸入原方案的價格；免費方案請輸入 0。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old monthly price %1 is above the maximum of %2. Enter a lower price.</source>
        <translation>原方案月費 %1 超過上限 %2。請輸入較低的價格。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new monthly price is missing. Enter the new plan&apos;s price.</source>
        <translation>未填寫新方案的月費。請輸入新方案的價格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new monthly price is in %1 but the old one is in %2. Enter both prices in the same currency.</source>
        <translation>新方案月費的幣別為 %1，但原方案月費的幣別為 %2。請以相同幣別輸入兩者的價格。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new monthly price %1 is above the maximum of %2. Enter a lower price.</source>
        <translation>新方案月費 %1 超過上限 %2。請輸入較低的價格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new monthly price %1 is not higher than the old price %2. Enter a new price above %2.</source>
        <translation>新方案月費 %1 未高於原方案月費 %2。請輸入高於 %2 的新價格。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The upgrade date is missing or invalid. Enter the first day of the new plan.</source>
        <translation>升級日期未填或無效。請輸入新方案的第一天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period end is missing or invalid. Enter the last day of the billing period.</source>
        <translation>期間結束日未填或無效。請輸入計費期間的最後一天。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The period end %1 is before the upgrade date %2. Enter a period end on or after the upgrade date.</source>
        <translation>期間結束日 %1 早於升級日期 %2。請輸入不早於升級日期的期間結束日。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period from %1 to %2 has %3 days; at most %4 are allowed. Enter the end of the current billing period.</source>
        <translation>%1 至 %2 的期間共 %3 天，最多只能 %4 天。請輸入目前計費期間的結束日。</translation>
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
        <translation>項目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>未結</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>付款計畫</translation>
    </message>
</context>
<context>
    <name>ReceivableQuery</name>
    <message>
        <location filename="../src/models/receivablequery.cpp" line="+45"/>
        <source>Bill %1, own lines</source>
        <extracomment>What a payment settles: the lines of a bill, without its charges.</extracomment>
        <translation>帳單 %1（本身明細）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1, %2</source>
        <extracomment>What a payment settles: charge id and fee type of a charge on the account.</extracomment>
        <translation>補費 %1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1, %2, bill %3</source>
        <extracomment>What a payment settles: charge id, fee type and bill number.</extracomment>
        <translation>補費 %1，%2，帳單 %3</translation>
    </message>
</context>
<context>
    <name>RecordLookup</name>
    <message>
        <location filename="../src/cli/recordlookup.cpp" line="+13"/>
        <source>Could not read customer “%1” from the database: %2</source>
        <translation>無法從資料庫讀取客戶「%1」：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer “%1” not found. Check the customer code (e.g. ALFKI), or load the sample customers with import-northwind.</source>
        <translation>找不到客戶「%1」。請檢查客戶編號（例如 ALFKI），或用 import-northwind 載入範例客戶。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read bill “%1” from the database: %2</source>
        <translation>無法從資料庫讀取帳單「%1」：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bill “%1” not found. Run show-customer CODE to list a customer&apos;s bills.</source>
        <translation>找不到帳單「%1」。執行 show-customer CODE 可列出某位客戶的帳單。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read charge %1 from the database: %2</source>
        <translation>無法從資料庫讀取補費 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1 not found. Run list-charges to see the charge IDs.</source>
        <translation>找不到補費 %1。執行 list-charges 可查看補費編號。</translation>
    </message>
</context>
<context>
    <name>RecordPaymentCommand</name>
    <message>
        <location filename="../src/cli/recordpaymentcommand.cpp" line="+34"/>
        <source>Review a payment of a bill, a charge or an installment, and record it with --confirm.</source>
        <translation>檢查一筆帳單、補費或分期款項的收款，加上 --confirm 時才登記。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give exactly one of --bill (the bill&apos;s own lines) and --charge. A charge with an installment plan is paid one installment at a time: add --installment with the installment&apos;s number, as plan-installments prints it.</source>
        <translation>--bill（帳單本身的明細）與 --charge 須指定其中一個，且只能指定一個。有分期付款計畫的補費須逐期收款：請加上 --installment 並指定期別，即 plan-installments 輸出的期別。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without --confirm the command prints the confirmation summary (what is paid, the amount, the payment method and date, and the open amount and the customer&apos;s balance before and after) and writes nothing.</source>
        <translation>未加 --confirm 時，指令只輸出確認摘要（收款對象、金額、付款方式與收款日期，以及收款前後的未結金額與客戶餘額），不寫入任何資料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --confirm it runs the same checks again inside one transaction and writes the payment, the paid amounts of the charge, installment and bill, the customer&apos;s balance and an audit record together, then prints the new payment&apos;s ID and what is still open. A payment with the same --request-key as an earlier one is not written again: the command prints the earlier payment&apos;s ID and exits with 0.</source>
        <translation>加上 --confirm 時，指令會在同一筆交易中再次執行相同的檢查，一併寫入該筆收款、補費、分期款項與帳單的已付金額、客戶餘額以及一筆稽核紀錄，然後輸出新收款的 ID 及尚未結清的金額。與先前某筆收款使用相同 --request-key 的請求不會再次寫入：指令會輸出先前那筆收款的 ID，並以結束代碼 0 結束。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An amount larger than what is still open is rejected; the message names the open amount. To take back a payment, reverse it with reverse-payment.</source>
        <translation>金額大於尚未結清的金額時會被拒絕；錯誤訊息會列出未結金額。如需撤回一筆收款，請用 reverse-payment 將其沖銷。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment that looks identical to a posted payment of the same customer (same bill, charge or installment, amount and payment date, or the same --reference whatever its date) is rejected with exit status 2 and a list of those payments, unless --acknowledge-duplicate gives a note saying why the new payment is real. Reversed payments do not count.</source>
        <translation>與同一客戶已過帳收款看似相同的收款（帳單、補費或分期相同，金額和收款日期相同；或 --reference 相同，不論日期）會被拒絕，以狀態碼 2 結束並列出這些收款，除非以 --acknowledge-duplicate 提供說明，寫明新收款確實存在的原因。已沖銷的收款不計入。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number of the bill whose own lines are paid, e.g. 10643.</source>
        <translation>帳單號碼，收款用於該帳單本身的明細，例如 10643。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID of the charge paid, as list-charges prints it.</source>
        <translation>收款對象的補費編號，即 list-charges 輸出的編號。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of the installment paid in the charge&apos;s plan: 1 for the first. Requires --charge.</source>
        <translation>補費分期付款計畫中要收款的期別：第一期為 1。須搭配 --charge。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount received in major units of the currency of what is paid, with &apos;.&apos; as the decimal point, e.g. 250.00. More than 0 and at most the open amount.</source>
        <translation>收到的金額，以收款對象幣別的主單位表示，以「.」作為小數點，例如 250.00。須大於 0，且不超過未結金額。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date the money arrived as YYYY-MM-DD; not after today.</source>
        <translation>收到款項的日期，格式為 YYYY-MM-DD；不得晚於今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment method code, e.g. BANK_TRANSFER, CORPORATE_TRANSFER, CASH, WECHAT_PAY, ALIPAY, CHEQUE.</source>
        <translation>付款方式代碼，例如 BANK_TRANSFER、CORPORATE_TRANSFER、CASH、WECHAT_PAY、ALIPAY、CHEQUE。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank or receipt reference, at most %1 characters.</source>
        <translation>銀行或收據的參考號碼，最多 %1 個字元。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free-text note, at most %1 characters.</source>
        <translation>備註（自由輸入），最多 %1 個字元。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key of this request, 8 to 100 characters. Running the command again with the same key returns the first payment instead of writing another, so a retry is safe. Default: a new random key.</source>
        <translation>本次請求的請求編號，8 到 100 個字元。以相同的請求編號再次執行指令時，會傳回第一次的收款，不會再寫入一筆，因此可以放心重試。預設：新產生的隨機編號。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note saying why the payment is real although it looks identical to a payment already recorded; required when there is one, at most %1 characters, kept with the payment and in the audit log.</source>
        <translation>說明這筆收款雖與已登記的收款看似相同但確實存在的原因；有看似相同的收款時必填，最多 %1 個字元，與收款一併保存並記入稽核紀錄。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record the payment. Without it nothing is written.</source>
        <translation>登記收款。未加此選項時不寫入任何資料。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give either --bill or --charge to say what is paid.</source>
        <translation>請指定 --bill 或 --charge，說明收款對象。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--installment needs --charge: give the charge whose installment is paid.</source>
        <translation>--installment 須搭配 --charge：請指定要收取分期款項的補費。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid --paid-on “%1”: use a calendar date as YYYY-MM-DD, e.g. 2024-07-31. Nothing was written.</source>
        <translation>--paid-on「%1」無效：請使用 YYYY-MM-DD 格式的日期，例如 2024-07-31。未寫入任何資料。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nothing was written. To record this payment, run the same command again with --confirm.</source>
        <translation>未寫入任何資料。如要登記這筆收款，請加上 --confirm 再執行一次相同的指令。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Invalid --charge “%1”: use the number that list-charges shows in its ID column.</source>
        <translation>--charge「%1」無效：請使用 list-charges 在「編號」欄顯示的數字。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invalid --installment “%1”: use the installment&apos;s number in the plan, 1 for the first.</source>
        <translation>--installment「%1」無效：請使用計畫中的期別，第一期為 1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the installment plan of charge %1: %2</source>
        <translation>無法讀取補費 %1 的分期付款計畫：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charge %1 has no active installment plan. Leave out --installment to pay the charge itself.</source>
        <translation>補費 %1 沒有有效的分期付款計畫。如要直接對該補費收款，請移除 --installment。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Charge %1 has no installment %2: its plan has installments 1 to %3.</source>
        <translation>補費 %1 沒有第 %2 期：其計畫只有第 1 期到第 %3 期。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Invalid %1 “%2”: %3</source>
        <translation>%1「%2」無效：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written.</source>
        <translation>未寫入任何資料。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payments that look identical:</source>
        <translation>看似相同的收款：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rejected: the payment looks identical to payment %1, already recorded, and the note given with --acknowledge-duplicate is blank. Nothing was written. Run the command again with a note that says why this is a separate payment, e.g. --acknowledge-duplicate &quot;Second installment paid in cash&quot;.</source>
        <translation>已拒絕：這筆收款與已登記的收款 %1 看似相同，而 --acknowledge-duplicate 給出的說明為空白。未寫入任何資料。請重新執行命令，並在說明中寫明這是另一筆收款的原因，例如 --acknowledge-duplicate &quot;第二期以現金支付&quot;。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejected: the payment looks identical to payment %1, already recorded. Nothing was written. If this is a separate payment, run the command again with --acknowledge-duplicate NOTE saying why; the note is kept with the payment and in the audit log.</source>
        <translation>已拒絕：這筆收款與已登記的收款 %1 看似相同。未寫入任何資料。若確實是另一筆收款，請加上 --acknowledge-duplicate 說明 再執行一次，寫明原因；說明會與收款一併保存，並記入稽核紀錄。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No recorded payment looks identical, so the note given with --acknowledge-duplicate is not needed and is not kept. Use --note for a note kept with the payment.</source>
        <translation>沒有與之看似相同的已登記收款，因此不需要 --acknowledge-duplicate 給出的說明，該說明不會保存。如需隨收款保存備註，請使用 --note。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Payment %1 recorded; nothing is left to pay on %2.</source>
        <translation>收款 %1 已登記；%2 已結清。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment %1 recorded; %2 is still open on %3.</source>
        <translation>收款 %1 已登記；%3 尚有 %2 未結。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payment %1 already exists for request key “%2”. Nothing more was written.</source>
        <translation>請求編號「%2」對應的收款 %1 已存在。未再寫入任何資料。</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <location filename="../ui/recordpaymentdialog.ui" line="+14"/>
        <source>Record Payment</source>
        <translation>登記收款</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment</source>
        <translation>收款資料</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paid for:</source>
        <translation>收款對象：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Installment:</source>
        <translation>期別(&amp;I)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Amount:</source>
        <translation>收款金額(&amp;A)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The amount received, at most the open amount. It is pre-filled with the open amount; change it for a partial payment.</source>
        <translation>收到的金額，不得超過未結金額。預設會填入未結金額；如為部分收款，請修改金額。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paid &amp;on:</source>
        <translation>收款日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Payment method:</source>
        <translation>付款方式(&amp;P)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Re&amp;ference:</source>
        <translation>參考號碼(&amp;F)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bank transaction or receipt number, so the payment can be found later. Optional.</source>
        <translation>銀行交易序號或收據號碼，方便日後查詢這筆收款。選填。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
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
        <translation>捨棄收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this payment? The values you entered are not saved.</source>
        <translation>要捨棄這筆收款嗎？已輸入的內容不會儲存。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No. %1, due %2, open %3</source>
        <extracomment>An installment: its number, due date and the amount still open.</extracomment>
        <translation>第 %1 期，付款期限 %2，未結 %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No customer with id %1 was found.</source>
        <translation>找不到編號為 %1 的客戶。</translation>
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
        <translation>找不到可收款的項目。請關閉此對話方塊，並選擇此客戶的帳單或已入帳補費。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1
Open: %2 of %3</source>
        <extracomment>What is paid (%1), its open amount (%2) and its whole amount (%3).</extracomment>
        <translation>%1
未結：%2（共 %3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Could not load the customer: %1</source>
        <translation>無法載入客戶：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load what is paid: %1</source>
        <translation>無法載入收款對象：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the list of payment methods: %1</source>
        <translation>無法載入付款方式清單：%1</translation>
    </message>
</context>
<context>
    <name>RejectChargeDialog</name>
    <message>
        <location filename="../src/widgets/rejectchargedialog.cpp" line="+54"/>
        <source>Reject Charge</source>
        <translation>退回補費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejecting keeps the charge on record with the reason, and it never counts in any balance. To charge the customer after all, enter the charge again.</source>
        <translation>退回後，這筆補費會連同原因保留在紀錄中，且不計入任何餘額。如仍要向客戶收取此費用，請重新輸入補費。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason for rejecting (required):</source>
        <translation>退回原因（必填）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject Charge</source>
        <translation>退回補費(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No charge with id %1 was found.</source>
        <translation>找不到編號為 %1 的補費。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the charge: %1</source>
        <translation>無法載入這筆補費：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Charge:</source>
        <extracomment>Charge id, fee type and customer code.</extracomment>
        <translation>補費：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1, %2, customer %3</source>
        <translation>編號 %1，%2，客戶 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount:</source>
        <translation>金額：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered:</source>
        <extracomment>Who entered a charge (%1) and when (%2).</extracomment>
        <translation>建檔：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by %1 on %2</source>
        <translation>%1 於 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This charge no longer waits for approval; its status is %1.</source>
        <translation>這筆補費已不在待核准狀態；目前狀態為「%1」。</translation>
    </message>
</context>
<context>
    <name>ReminderAnnouncer</name>
    <message>
        <location filename="../src/core/reminderannouncer.cpp" line="+50"/>
        <source>The reminders could not be announced: %1. They are announced on the next refresh.</source>
        <translation>無法發出提醒：%1。將於下次重新整理時再發出。</translation>
    </message>
</context>
<context>
    <name>ReminderItem</name>
    <message numerus="yes">
        <location filename="../src/core/reminderitem.cpp" line="+38"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天後到期</numerusform>
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
        <translation>第 %1 期（共 %2 期），補費 %3，%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1, %2</source>
        <extracomment>Charge id and fee type.</extracomment>
        <translation>補費 %1，%2</translation>
    </message>
</context>
<context>
    <name>ReminderItemLookup</name>
    <message>
        <location filename="../src/core/reminderitemlookup.cpp" line="+15"/>
        <source>Reminders are kept for charges and installments, not for bill %1. Choose a charge or an installment.</source>
        <translation>提醒只適用於補費與分期款項，不適用於帳單 %1。請選擇補費或分期款項。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Installment %1 does not exist. Check the installment.</source>
        <translation>分期款項 %1 不存在。請檢查分期款項。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge %1 does not exist. Check the charge number.</source>
        <translation>補費 %1 不存在。請檢查補費編號。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Charge %1 is void, so there is nothing to remind the customer of.</source>
        <translation>補費 %1 已作廢，因此沒有需要提醒客戶的款項。</translation>
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
        <translation>帳單（開立日期 %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, on bill %2</source>
        <comment>fee type and bill number</comment>
        <translation>%1，帳單 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, installment %2 of %3</source>
        <comment>fee type, installment number and count</comment>
        <translation>%1，第 %2 期（共 %3 期）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No. %1</source>
        <comment>charge number</comment>
        <translation>編號 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dear %1,</source>
        <translation>%1 您好：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>According to our records, the amounts below on your account %1 were due before %2 and have not been paid yet. Perhaps this has escaped your attention. We kindly ask you to pay them as soon as possible.</source>
        <translation>根據本公司紀錄，貴公司帳戶（客戶編號 %1）的下列款項已於 %2 前到期，至今尚未付款，或許是一時疏忽。敬請儘速安排付款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We last wrote to you about open amounts on %1.</source>
        <translation>本公司前次就未結款項致函貴公司的日期為 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please pay %1, quoting your customer code %2.</source>
        <translation>敬請繳付 %1，並於付款時註明貴公司的客戶編號 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If you have paid in the meantime, please disregard this letter and accept our thanks.</source>
        <translation>若貴公司在此期間已完成付款，請忽略本函，並在此致上謝意。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind regards,</source>
        <translation>敬祝 商祺</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer code</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>From</source>
        <translation>發件單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference</source>
        <translation>單號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>未結金額</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total overdue %1</source>
        <translation>逾期合計 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pay to</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment reference</source>
        <translation>付款備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer %1</source>
        <comment>payment reference</comment>
        <translation>客戶 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>phone %1</source>
        <translation>電話 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email %1</source>
        <translation>電子郵件 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions about these amounts: please contact %1.</source>
        <translation>如對上述款項有任何疑問，請洽 %1。</translation>
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
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check N&amp;one</source>
        <translation>全不選(&amp;O)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pre&amp;view</source>
        <translation>預覽(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save P&amp;DF…</source>
        <translation>儲存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../src/widgets/reminderletterdialog.cpp" line="+137"/>
        <source>Finding the overdue amounts…</source>
        <translation>正在尋找逾期款項…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The overdue amounts could not be read.</source>
        <translation>無法讀取逾期款項。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Record Letters as Sent?</source>
        <translation>要登記為已寄出嗎？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Were the %n reminder letter(s) dated %1 sent? Recording them shows the date under Last letter, and the next letter to the customer mentions it.</source>
        <translation>
            <numerusform>日期為 %1 的 %n 份催款通知是否已寄出？登記後，「上次催款」欄會顯示此日期，下次寄給該客戶的催款通知也會提及此日期。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Record as Sent</source>
        <translation>登記為已寄出(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not Sent</source>
        <translation>未寄出(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letters Not Recorded</source>
        <translation>催款通知未登記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letters could not be recorded as sent: %1</source>
        <translation>無法將催款通知登記為已寄出：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n letter(s) recorded as sent on %1.</source>
        <translation>
            <numerusform>已將 %n 份催款通知登記為於 %1 寄出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customers below have amounts that were due before the letter date and are still open. Check the customers to write to. After the letters are printed or saved as PDF, you can record them as sent.</source>
        <translation>下列客戶有在通知日期之前到期且仍未結清的款項。請勾選要寄發催款通知的客戶。列印或儲存為 PDF 之後，即可將催款通知登記為已寄出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue items</source>
        <translation>逾期項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most days overdue</source>
        <translation>最長逾期天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue amount</source>
        <translation>逾期金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last letter</source>
        <translation>上次催款</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The company details lack: %1. Fill them in under Settings › Company Details before sending letters.</source>
        <translation>公司資料缺少：%1。寄發催款通知前，請先在「設定 › 公司資料」中填寫。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer has an amount overdue on %1.</source>
        <translation>沒有客戶在 %1 有逾期款項。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>None of the checked customers has an amount overdue on %1 any more. Check the list again.</source>
        <translation>勾選的客戶在 %1 都已沒有逾期款項。請重新檢查清單。</translation>
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
        <translation>催款通知需要日期。請選擇催款通知上的日期。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+29"/>
        <source>The reminder letters could not be read from the database: %1</source>
        <translation>無法從資料庫讀取催款通知：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer ID %1 not found. Choose a customer from the list.</source>
        <translation>找不到編號為 %1 的客戶。請從清單中選擇客戶。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The overdue amounts of customer %1 in %2 are too large to add up.</source>
        <translation>客戶 %1 以 %2 計價的逾期金額過大，無法加總。</translation>
    </message>
</context>
<context>
    <name>ReminderLetterReport</name>
    <message>
        <location filename="../src/cli/reminderletterreport.cpp" line="+17"/>
        <source>“report reminder-letters” writes one payment reminder per --customer (repeatable) that has amounts overdue on --as-of (default: today), the date printed on the letters: the open part of bills, posted charges without an installment plan, and installments, due before that day. It needs --pdf. A customer with nothing overdue gets no letter and is named on standard error. --record-sent records the letters as sent once the PDF is written, so that the window shows their date and the next letter mentions it. When none of the customers has anything overdue, no PDF is written and the command ends with status 2.</source>
        <translation>「report reminder-letters」為每個在 --as-of（預設：今天）有逾期款項的 --customer（可重複）各產生一份催款通知；--as-of 也是印在通知上的日期。逾期款項包括在該日之前到期的帳單未結部分、沒有分期付款計畫的已入帳補費，以及分期款項。需要 --pdf。沒有逾期款項的客戶不產生催款通知，並會在標準錯誤輸出中列出。--record-sent 會在 PDF 寫入後將催款通知登記為已寄出，讓視窗顯示其日期，下一次的催款通知也會提及此日期。所有客戶都沒有逾期款項時，不會寫入 PDF，指令以結束代碼 2 結束。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--%1 does not apply to report reminder-letters. Leave it out.</source>
        <translation>--%1 不適用於 report reminder-letters。請移除此選項。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report reminder-letters needs --customer CODE (repeatable) to choose the customers.</source>
        <translation>report reminder-letters 需要 --customer CODE（可重複）來選擇客戶。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report reminder-letters needs --pdf FILE.</source>
        <translation>report reminder-letters 需要 --pdf FILE。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid --as-of “%1”: use a calendar date as YYYY-MM-DD, e.g. 2026-06-30.</source>
        <translation>--as-of「%1」無效：請使用 YYYY-MM-DD 格式的日期，例如 2026-06-30。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing of %1 is overdue on %2, so there is no letter to write.</source>
        <translation>%1 在 %2 沒有逾期款項，因此沒有可寫出的催款通知。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Customer %1 has nothing overdue on %2 and gets no letter.</source>
        <translation>客戶 %1 在 %2 沒有逾期款項，不產生催款通知。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: the company details lack %1, so the letters are printed without them. Enter them in the ChargeDesk window under Settings › Company Details.</source>
        <translation>警告：公司資料缺少%1，催款通知將不含這些資料。請在補費台視窗的「設定 › 公司資料」中填寫。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n reminder letter(s) written to “%1”.</source>
        <translation>
            <numerusform>已將 %n 份催款通知寫入「%1」。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n letter(s) recorded as sent on %1.</source>
        <translation>
            <numerusform>已將 %n 份催款通知登記為於 %1 寄出。</numerusform>
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
        <translation>到期天數(&amp;W)：</translation>
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
        <translation>除今天到期與已逾期的項目外，也顯示從今天起此天數內到期的項目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Contacted…</source>
        <translation>標記為已聯絡(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a contact with the customer about this item; it leaves the list until its next step</source>
        <translation>登記與客戶就此項目的聯絡紀錄；此項目會從清單中移除，直到進入下一個階段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;nooze…</source>
        <translation>稍後提醒(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this item until a day you choose</source>
        <translation>隱藏此項目，直到您選擇的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Customer</source>
        <translation>開啟客戶(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Nothing is overdue, due today or due within %n day(s).</source>
        <translation>
            <numerusform>沒有逾期、今天到期或 %n 天內到期的項目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n most urgent item(s) to follow up; more are due</source>
        <translation>
            <numerusform>最緊急的 %n 個待追蹤項目；還有更多已到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) to follow up</source>
        <translation>
            <numerusform>%n 個待追蹤項目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderQuery</name>
    <message>
        <location filename="../src/core/reminderquery.cpp" line="+24"/>
        <source>The reminder window of %1 days is out of range. Enter 0 to %2 days.</source>
        <translation>提醒天數 %1 天超出範圍。請輸入 0 到 %2 天。</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>The reminders could not be read from the database.</source>
        <translation>無法從資料庫讀取提醒。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reminders could not be read from the database: %1</source>
        <translation>無法從資料庫讀取提醒：%1</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location filename="../src/core/remindersettings.cpp" line="+44"/>
        <source>The reminder window could not be saved in %1. Check that the file can be written.</source>
        <translation>無法將提醒天數儲存至 %1。請確認該檔案可以寫入。</translation>
    </message>
</context>
<context>
    <name>ReminderSnoozer</name>
    <message>
        <location filename="../src/core/remindersnoozer.cpp" line="+30"/>
        <source>The snooze was not saved: the database could not start a transaction (%1). Nothing was written; try again.</source>
        <translation>稍後提醒未儲存：資料庫無法開始交易（%1）。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>The snooze was not saved: %1. Nothing was written; try again.</source>
        <translation>稍後提醒未儲存：%1。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The snooze date is missing. Enter the day the reminder should show again.</source>
        <translation>未填寫稍後提醒日期。請輸入再次顯示提醒的日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snooze date %1 is not after today, %2. Enter a later day.</source>
        <translation>稍後提醒日期 %1 不晚於今天（%2）。請輸入較晚的日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snooze date %1 is more than a year away. Enter %2 or an earlier day.</source>
        <translation>稍後提醒日期 %1 距今超過一年。請輸入 %2 或更早的日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note has %1 characters; at most %2 are allowed. Shorten the note.</source>
        <translation>備註有 %1 個字元，最多只能 %2 個。請刪減備註。</translation>
    </message>
</context>
<context>
    <name>ReminderSummary</name>
    <message numerus="yes">
        <location filename="../src/core/remindersummary.cpp" line="+29"/>
        <source>%n item(s) due today</source>
        <translation>
            <numerusform>%n 個項目今天到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>%n 個項目逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 個逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) due soon</source>
        <translation>
            <numerusform>%n 個項目即將到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>%n 個即將到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n more</source>
        <extracomment>Ends a list of customer names, e.g. &quot;Alfreds, Around the Horn and 2 more&quot;.</extracomment>
        <translation>
            <numerusform>其他 %n 位</numerusform>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due Date</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Amount</source>
        <translation>未結金額</translation>
    </message>
</context>
<context>
    <name>RemindersCommand</name>
    <message>
        <location filename="../src/cli/reminderscommand.cpp" line="+23"/>
        <source>List the charges and installments that are overdue, due today or due soon.</source>
        <translation>列出逾期、今天到期或即將到期的補費與分期款項。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists what the Reminders panel of the ChargeDesk window shows: posted charges without an installment plan and the installments of active plans, with an open amount, that are overdue, due today or due within the window. Snoozed items and items contacted in their current step are left out, and an overdue item comes back 7 days after its latest contact. Overdue items come first, oldest first.</source>
        <translation>列出補費台視窗「提醒」面板所顯示的內容：沒有分期付款計畫的已入帳補費，以及有效分期付款計畫中的各期款項，條件是仍有未結金額，且已逾期、今天到期或在提醒天數內到期。設為稍後提醒的項目，以及在目前階段已聯絡過的項目不會列出；逾期項目在最近一次聯絡的 7 天後會再次出現。逾期項目排在最前面，並依到期日由早至晚排列。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today is the date on this computer&apos;s clock in its time zone (TZ), unless --as-of gives another. The default window is the one chosen in the window (%1 days unless changed).</source>
        <translation>「今天」是指這部電腦時鐘在其時區（TZ）中的日期，除非以 --as-of 指定其他日期。預設的提醒天數為視窗中所選的天數（未變更時為 %1 天）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV format is for programs: UTF-8 without a byte order mark, a header row, codes instead of labels, dates as YYYY-MM-DD, amounts in major units (1234.50) with a currency column, and step as due_soon, due_today or overdue. days_past_due is negative before the due date.</source>
        <translation>csv 格式供程式使用：不含位元組順序標記的 UTF-8、一列標題列、使用代碼而非名稱、日期為 YYYY-MM-DD、金額以主單位表示（1234.50）並另有一欄幣別，step 為 due_soon、due_today 或 overdue。在付款期限之前，days_past_due 為負數。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also list items due within N days after today, 0 to %1. Default: the window chosen in the ChargeDesk window.</source>
        <translation>一併列出今天之後 N 天內到期的項目，N 為 0 到 %1。預設：補費台視窗中所選的提醒天數。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output format: text (the default) or csv.</source>
        <translation>輸出格式：text（預設）或 csv。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List as on this day (YYYY-MM-DD) instead of today.</source>
        <translation>以此日期（YYYY-MM-DD）而非今天為準列出。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invalid --format “%1”: use text or csv.</source>
        <translation>--format「%1」無效：請使用 text 或 csv。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --days “%1”: use a whole number from 0 to %2.</source>
        <translation>--days「%1」無效：請使用 0 到 %2 之間的整數。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid --as-of “%1”: use a date as YYYY-MM-DD, e.g. 2024-07-31.</source>
        <translation>--as-of「%1」無效：請使用 YYYY-MM-DD 格式的日期，例如 2024-07-31。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Reminders on %1, window %n day(s):</source>
        <translation>
            <numerusform>%1 的提醒（提醒天數 %n 天）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is overdue, due today or due within the window.</source>
        <translation>沒有逾期、今天到期或在提醒天數內到期的項目。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open amount</source>
        <translation>未結金額</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../src/cli/reportcommand.cpp" line="+55"/>
        <source>“report statement” needs --customer, --from and --to: the opening balance before --from, every bill, charge, void, payment and payment reversal of the period with the running balance, and the closing balance.</source>
        <translation>「report statement」需要 --customer、--from 與 --to：內容包括 --from 之前的期初餘額、期間內每一筆帳單、補費、作廢、付款與付款沖銷及其累計餘額，以及期末餘額。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“report notice” writes one notice per charge, each on its own pages, for the charges given with --charge, or for every posted charge of the --customer. It needs --pdf. A void charge gets no notice. The notices print the company details set in the ChargeDesk window (Settings › Company Details); when some are missing, the command says so on standard error and prints the notices without them.</source>
        <translation>「report notice」為每筆補費產生一份通知單，各自獨立成頁，對象為 --charge 指定的補費，或 --customer 的所有已入帳補費。需要 --pdf。已作廢的補費不產生通知單。通知單會列印在補費台視窗中設定的公司資料（設定 › 公司資料）；資料不完整時，命令會在標準錯誤輸出中說明，並在缺少這些資料的情況下列印通知單。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Documents follow --language. Without --pdf or --csv, report charges and report statement print the counts and totals. Files are written to a temporary file that replaces FILE only when complete.</source>
        <translation>文件語言依 --language 而定。未指定 --pdf 或 --csv 時，report charges 與 report statement 會輸出筆數與合計。檔案會先寫入暫存檔，完成後才取代 FILE。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files are UTF-8 with a byte order mark and RFC 4180, with amounts in major units with &apos;.&apos; and no grouping (1234.50) beside a currency column, and dates as YYYY-MM-DD. The first column, row_type, tells the kinds of rows apart: detail, subtotal_customer, subtotal_fee_type and total in the charge report, and opening_balance, detail, total_debits, total_credits and closing_balance in the statement. Charge report columns: %1. Statement columns: %2.</source>
        <translation>CSV 檔案為含位元組順序標記的 UTF-8 編碼，並符合 RFC 4180；金額以主單位表示，以「.」作為小數點且不含千分位符號（1234.50），另有一欄幣別；日期為 YYYY-MM-DD。第一欄 row_type 用來區分資料列的種類：補費報表中為 detail、subtotal_customer、subtotal_fee_type 與 total，對帳單中為 opening_balance、detail、total_debits、total_credits 與 closing_balance。補費報表的欄位：%1。對帳單的欄位：%2。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>First day of the period as YYYY-MM-DD.</source>
        <translation>期間的第一天，格式為 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of the period as YYYY-MM-DD, included.</source>
        <translation>期間的最後一天（含當日），格式為 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which day of a charge --from and --to compare in report charges: entry (the default) or due.</source>
        <translation>在 report charges 中，--from 與 --to 要比對補費的哪一個日期：entry（預設）或 due。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer code, e.g. ALFKI. Repeatable in report charges.</source>
        <translation>客戶編號，例如 ALFKI。在 report charges 中可重複指定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only charges of this fee type, e.g. SERVICE. Repeatable.</source>
        <translation>只列出此費用類型的補費，例如 SERVICE。可重複指定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only charges with this reason, e.g. UNPAID. Repeatable.</source>
        <translation>只列出此補費原因的補費，例如 UNPAID。可重複指定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only posted or only void charges. Repeatable.</source>
        <translation>只列出已入帳或只列出已作廢的補費。可重複指定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only charges with this payment method, e.g. CASH. Repeatable.</source>
        <translation>只列出此付款方式的補費，例如 CASH。可重複指定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only charges entered by this user. Repeatable.</source>
        <translation>只列出此使用者建檔的補費。可重複指定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge to write a notice for. Repeatable.</source>
        <translation>要開立通知單的補費。可重複指定。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the document as PDF to FILE.</source>
        <translation>將文件以 PDF 格式寫入 FILE。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the report or the statement as CSV to FILE.</source>
        <translation>將報表或對帳單以 CSV 格式寫入 FILE。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>--%1 does not apply to report %2. Leave it out.</source>
        <translation>--%1 不適用於 report %2。請移除此選項。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>report statement needs --%1.</source>
        <translation>report statement 需要 --%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report statement takes one --customer; run it once per customer.</source>
        <translation>report statement 只接受一個 --customer；請對每位客戶分別執行一次。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>report notice needs --pdf FILE.</source>
        <translation>report notice 需要 --pdf FILE。</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Invalid option values end with status 1, an unknown customer or charge with 3, a void charge, a customer without posted charges for notices or an output file that cannot be written with 2. --pdf ends with status 3 when the font that reports print with, Noto Sans CJK from the Debian package fonts-noto-cjk, is not installed or cannot be loaded, and no PDF is written.</source>
        <translation>選項值無效時結束代碼為 1；客戶或補費不存在時為 3；補費已作廢、列印通知單的客戶沒有已入帳補費或輸出檔案無法寫入時為 2。報表所用字型（Debian 套件 fonts-noto-cjk 中的 Noto Sans CJK）未安裝或無法載入時，--pdf 以代碼 3 結束，且不寫入 PDF。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Write the charge report, a customer statement, charge notices or reminder letters as PDF or CSV.</source>
        <translation>以 PDF 或 CSV 格式寫出補費報表、客戶對帳單、補費通知單或催款通知。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>KIND is charges, statement, notice or reminder-letters. “report charges” lists the charges that match every filter given (all charges without filters), grouped by customer, with subtotals by customer and by fee type and totals per currency. Void charges are listed but not counted in any amount. --from and --to are inclusive days of --date-basis: entry (the day the charge was entered, in local time; the default) or due (the due date). Repeat --customer, --fee-type, --reason, --status, --payment-method or --entered-by to allow several values.</source>
        <translation>KIND 為 charges、statement、notice 或 reminder-letters。「report charges」列出符合所有指定篩選條件的補費（未指定篩選條件時列出所有補費），依客戶分組，並依客戶與費用類型小計，另列出各幣別的合計。已作廢的補費會列出，但不計入任何金額。--from 與 --to 為 --date-basis 所指日期的起訖日（含當日）：entry（補費的建檔日期，以當地時間計；預設）或 due（付款期限）。重複指定 --customer、--fee-type、--reason、--status、--payment-method 或 --entered-by 可允許多個值。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>What to write: charges, statement, notice or reminder-letters.</source>
        <translation>要寫出的內容：charges、statement、notice 或 reminder-letters。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Date of reminder letters, as YYYY-MM-DD: items due before it are overdue. Default: today.</source>
        <translation>催款通知的日期，格式為 YYYY-MM-DD：在此日期之前到期的項目即為逾期。預設：今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the reminder letters as sent once the PDF is written.</source>
        <translation>PDF 寫入後，將催款通知登記為已寄出。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invalid KIND “%1”: use charges, statement, notice or reminder-letters.</source>
        <translation>KIND「%1」無效：請使用 charges、statement、notice 或 reminder-letters。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>report notice needs --charge ID (repeatable) or --customer CODE to choose the charges.</source>
        <translation>report notice 需要 --charge ID（可重複）或 --customer CODE 來選擇補費。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report notice takes either --charge or --customer, not both. Leave one of them out.</source>
        <translation>report notice 只能使用 --charge 或 --customer 其中之一，不能同時使用。請去掉其中一個。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report notice takes one --customer; run it once per customer.</source>
        <translation>report notice 只接受一個 --customer；請對每位客戶分別執行一次。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invalid --%1 “%2”: give the path of a file, e.g. report.%1.</source>
        <translation>--%1「%2」無效：請提供檔案路徑，例如 report.%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder “%1” of --%2 not found. Create it or give another path.</source>
        <translation>找不到 --%2 的資料夾「%1」。請建立該資料夾，或提供其他路徑。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Charge report written to “%1”.</source>
        <translation>補費報表已寫入「%1」。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Charge report CSV written to “%1”.</source>
        <translation>補費報表 CSV 已寫入「%1」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charges listed: %1 (%2 counted, %3 void)</source>
        <translation>列出的補費：%1 筆（計入 %2 筆，作廢 %3 筆）</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Total %1: %2 from %n charge(s)</source>
        <translation>
            <numerusform>合計 %1：%2（共 %n 筆補費）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Voided %1: %2 from %n void charge(s)</source>
        <translation>
            <numerusform>作廢 %1：%2，共 %n 筆作廢補費</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Statement written to “%1”.</source>
        <translation>對帳單已寫入「%1」。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statement CSV written to “%1”.</source>
        <translation>對帳單 CSV 已寫入「%1」。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statement of %1 %2 from %3 to %4</source>
        <translation>%1 %2 的對帳單，%3 至 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening balance: %1</source>
        <translation>期初餘額：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movements: %1</source>
        <translation>往來明細：%1 筆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debits: %1</source>
        <translation>借方：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits: %1</source>
        <translation>貸方：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing balance: %1</source>
        <translation>期末餘額：%1</translation>
    </message>
</context>
<context>
    <name>ReportCsvFile</name>
    <message>
        <location filename="../src/core/reportcsvfile.cpp" line="+12"/>
        <source>Could not create “%1”: %2. Check that the folder exists and that you may write to it.</source>
        <translation>無法建立「%1」：%2。請確認資料夾存在，且您有寫入權限。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not write “%1”: %2. Check the free disk space and try again.</source>
        <translation>無法寫入「%1」：%2。請檢查磁碟可用空間後再試一次。</translation>
    </message>
</context>
<context>
    <name>ReportFilterOptions</name>
    <message>
        <location filename="../src/cli/reportfilteroptions.cpp" line="+25"/>
        <source>Invalid --%1 “%2”: use a calendar date as YYYY-MM-DD, e.g. %3.</source>
        <translation>--%1「%2」無效：請使用 YYYY-MM-DD 格式的日期，例如 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid period: --from %1 is after --to %2. Swap the dates.</source>
        <translation>期間無效：--from %1 晚於 --to %2。請對調兩個日期。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invalid --date-basis “%1”: use entry or due.</source>
        <translation>--date-basis「%1」無效：請使用 entry 或 due。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invalid %1: %2</source>
        <comment>option name and the problem</comment>
        <translation>%1 無效：%2</translation>
    </message>
</context>
<context>
    <name>ReportFontBuilder</name>
    <message>
        <location filename="../src/reports/reportfontbuilder.cpp" line="+57"/>
        <location line="+6"/>
        <source>Cannot read the font file %1: %2.</source>
        <translation>無法讀取字型檔 %1：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The font file %1 does not contain the font %2.</source>
        <translation>字型檔 %1 中不含字型 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The font %1 in %2 has no Unicode character map.</source>
        <translation>%2 中的字型 %1 沒有 Unicode 字元對應表。</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <location filename="../src/reports/reportfonts.cpp" line="+66"/>
        <source>The font Noto Sans CJK (%1) is not installed, so reports cannot print Chinese text. Install the Debian package fonts-noto-cjk.</source>
        <translation>未安裝 Noto Sans CJK 字型（%1），因此報表無法列印中文。請安裝 Debian 套件 fonts-noto-cjk。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The font %1 from %2 could not be loaded. Reinstall the Debian package fonts-noto-cjk.</source>
        <translation>無法載入 %2 中的字型 %1。請重新安裝 Debian 套件 fonts-noto-cjk。</translation>
    </message>
</context>
<context>
    <name>ReportJobRunner</name>
    <message>
        <location filename="../src/widgets/reportjobrunner.cpp" line="+48"/>
        <source>Could not open the database “%1” to read the report: %2. Check that the file still exists and try again.</source>
        <translation>無法開啟資料庫「%1」以讀取報表：%2。請確認該檔案仍然存在，然後再試一次。</translation>
    </message>
</context>
<context>
    <name>ReportMenus</name>
    <message>
        <location filename="../src/widgets/reportmenus.cpp" line="+113"/>
        <source>&amp;Reports</source>
        <translation>報表(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Charge Report…</source>
        <translation>補費報表(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the charges of a period by customer, with subtotals by fee type and customer.</source>
        <translation>依客戶列出某段期間的補費，並依費用類型與客戶小計。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer &amp;Statement…</source>
        <translation>客戶對帳單(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a customer&apos;s bills, charges and payments in a period, with the running balance.</source>
        <translation>顯示客戶在某段期間的帳單、補費與付款，以及累計餘額。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge &amp;Notices…</source>
        <translation>補費通知單(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a notice for each of a customer&apos;s posted charges, telling the customer what to pay and where.</source>
        <translation>為客戶的每一筆已入帳補費列印通知單，告知客戶應付金額及付款方式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;pending Analysis…</source>
        <translation>消費分析(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart the charges and payments of charges by month, fee type, reason and customer, with the share of billing errors.</source>
        <translation>依月份、費用類型、補費原因與客戶，以圖表呈現補費及補費收款，並顯示帳單遺漏或錯誤所占的比例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Aged Receivables…</source>
        <translation>帳齡分析(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what each customer owes by how many days it is past due: not yet due, 1–30, 31–60, 61–90 and over 90 days.</source>
        <translation>依逾期天數顯示每位客戶的欠款：未到期、1–30 天、31–60 天、61–90 天及超過 90 天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reminder Letters…</source>
        <translation>催款通知(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print payment reminders to customers with overdue amounts and record them as sent.</source>
        <translation>為有逾期款項的客戶列印催款通知，並登記為已寄出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;Data Integrity…</source>
        <translation>資料一致性檢查(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the audit log is unbroken, that charges and payments match their audit records, and that stored balances add up.</source>
        <translation>檢查稽核日誌是否完整、補費與收款是否與其稽核紀錄相符，以及儲存的餘額是否與明細相符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company Details…</source>
        <translation>公司資料(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the company name, address and payment details printed on reports and notices.</source>
        <translation>輸入報表與通知單上要印出的公司名稱、地址與付款資訊。</translation>
    </message>
</context>
<context>
    <name>ReportOutputController</name>
    <message>
        <location filename="../src/widgets/reportoutputcontroller.cpp" line="+108"/>
        <location line="+11"/>
        <source>Laying out the report…</source>
        <translation>正在排版報表…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Fonts Missing</source>
        <translation>缺少字型</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The report could not be laid out in pages.</source>
        <translation>無法將報表排版成頁面。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be built.</source>
        <translation>無法產生報表。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>共 %n 頁。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print Preview — %1</source>
        <translation>預覽列印 — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing canceled.</source>
        <translation>已取消列印。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing…</source>
        <translation>列印中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report could not be printed.</source>
        <translation>無法列印報表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the printer.</source>
        <translation>已送至印表機。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing “%1”…</source>
        <translation>正在寫入「%1」…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Canceled. No file was written.</source>
        <translation>已取消。未寫入任何檔案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was not saved.</source>
        <translation>檔案未儲存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could Not Save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save “%1”: %2

Check that the folder exists and that you may write there, or choose another file name, then save again.</source>
        <translation>無法儲存「%1」：%2

請確認資料夾存在且您有寫入權限，或選擇其他檔名，然後再儲存一次。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved “%1”.</source>
        <translation>已儲存「%1」。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save Report</source>
        <translation>儲存報表</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report Failed</source>
        <translation>報表產生失敗</translation>
    </message>
</context>
<context>
    <name>ReportPageFrame</name>
    <message>
        <location filename="../src/reports/reportpageframe.cpp" line="+54"/>
        <source>Printed %1</source>
        <translation>列印時間：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <location filename="../src/reports/reportpdfwriter.cpp" line="+24"/>
        <location line="+37"/>
        <source>Cannot write the PDF file %1: %2.</source>
        <translation>無法寫入 PDF 檔案 %1：%2。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Writing the PDF file %1 was canceled.</source>
        <translation>已取消寫入 PDF 檔案 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF file %1 was not written: %2</source>
        <translation>PDF 檔案 %1 未寫入：%2</translation>
    </message>
</context>
<context>
    <name>ReportPeriodFields</name>
    <message>
        <location filename="../src/widgets/reportperiodfields.cpp" line="+90"/>
        <source>The period starts on %1, after it ends on %2. Choose a From date on or before the To date.</source>
        <translation>期間的開始日期 %1 晚於結束日期 %2。請將起始日設為不晚於結束日的日期。</translation>
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
        <translation>停止產生報表。不會寫入任何檔案。</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../src/reports/reportrenderer.cpp" line="+145"/>
        <location line="+40"/>
        <source>Printing was canceled.</source>
        <translation>已取消列印。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot start printing: the printer or the PDF file cannot be opened.</source>
        <translation>無法開始列印：無法開啟印表機或 PDF 檔案。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot start page %1 of %2 on the printer or in the PDF file.</source>
        <translation>無法在印表機或 PDF 檔案中開始第 %1 頁（共 %2 頁）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Printing failed: the printer or the PDF file did not accept the pages.</source>
        <translation>列印失敗：印表機或 PDF 檔案未接受這些頁面。</translation>
    </message>
</context>
<context>
    <name>ReportTablePaginator</name>
    <message>
        <location filename="../src/reports/reporttablepaginator.cpp" line="+197"/>
        <source>%1 (continued)</source>
        <comment>group heading repeated on the next page</comment>
        <translation>%1（續）</translation>
    </message>
</context>
<context>
    <name>ReversePaymentCommand</name>
    <message>
        <location filename="../src/cli/reversepaymentcommand.cpp" line="+11"/>
        <source>Reverse a payment, keeping it on record with the reason.</source>
        <translation>沖銷一筆收款，保留紀錄並記下沖銷原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payment stays in show-customer with status reversed. Its amount is taken off the paid amounts of the charge, installment and bill and added back to the customer&apos;s balance. The operating system user is recorded as the one who reversed it.</source>
        <translation>沖銷後，該筆收款仍會出現在 show-customer 中，狀態為已沖銷。其金額會從補費、分期款項與帳單的已付金額中扣除，並加回客戶餘額。沖銷人記為目前的作業系統使用者。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The payment&apos;s ID, as record-payment and show-customer print it.</source>
        <translation>收款編號，即 record-payment 與 show-customer 輸出的編號。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the payment is reversed; required, at most %1 characters.</source>
        <translation>沖銷原因；必填，最多 %1 個字元。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid payment ID “%1”: use the number that show-customer shows in the ID column of its payments.</source>
        <translation>收款編號「%1」無效：請使用 show-customer 在收款清單「編號」欄顯示的數字。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read payment %1 from the database: %2</source>
        <translation>無法從資料庫讀取收款 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment %1 not found. Run show-customer CODE to see a customer&apos;s payments.</source>
        <translation>找不到收款 %1。執行 show-customer CODE 可查看某位客戶的收款。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Payment %1 is reversed.</source>
        <translation>收款 %1 已沖銷。</translation>
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
        <translation>沖銷收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversing keeps the payment on record but takes its amount off what it paid, so that amount is open again and the customer&apos;s balance rises. It cannot be undone.</source>
        <translation>沖銷後該筆收款仍保留在紀錄中，但其金額會從所付的項目中扣除，因此該金額會重新變為未結，客戶餘額也會隨之增加。此操作無法復原。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason for the reversal (required):</source>
        <translation>沖銷原因(&amp;R)（必填）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;verse Payment</source>
        <translation>沖銷收款(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No payment with id %1 was found.</source>
        <translation>找不到編號為 %1 的收款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the payment: %1</source>
        <translation>無法載入該筆收款：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment:</source>
        <extracomment>Payment id and the date it was paid.</extracomment>
        <translation>收款：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1, paid on %2</source>
        <translation>編號 %1，收款日期 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid for:</source>
        <translation>收款對象：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>金額：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference:</source>
        <translation>參考號碼：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This payment was reversed already, by %1 on %2.</source>
        <translation>此收款已沖銷：由 %1 於 %2 沖銷。</translation>
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
        <translation>移轉至資料庫結構版本 %1 失敗：%2</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+7"/>
        <location line="+11"/>
        <source>Could not start the schema migration: %1</source>
        <translation>無法開始資料庫結構移轉：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create the schema version table: %1</source>
        <translation>無法建立資料庫結構版本資料表：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The migration script for schema version %1 is missing.</source>
        <translation>缺少資料庫結構版本 %1 的移轉指令碼。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not record schema version %1: %2</source>
        <translation>無法記錄資料庫結構版本 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Migration to schema version %1 failed: a row of the table “%2” refers to a row that does not exist. Nothing was changed.</source>
        <translation>移轉至資料庫結構版本 %1 失敗：資料表「%2」中有一列參照了不存在的資料列。未做任何變更。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not commit the schema migration: %1</source>
        <translation>無法提交資料庫結構移轉：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not configure the database “%1”: %2.</source>
        <translation>無法設定資料庫「%1」：%2。</translation>
    </message>
</context>
<context>
    <name>ShowCustomerCommand</name>
    <message>
        <location filename="../src/cli/showcustomercommand.cpp" line="+16"/>
        <source>Show a customer&apos;s details, bills, charges, payments and outstanding balance.</source>
        <translation>顯示客戶的基本資料、帳單、補費、收款及未結餘額。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A bill&apos;s balance is its lines plus its posted charges minus payments. The outstanding balance is the customer&apos;s bills plus the posted charges minus payments; void charges are listed but not counted.</source>
        <translation>帳單餘額為其明細金額加上已入帳的補費，再減去已付款項。未結餘額為該客戶的帳單加上已入帳的補費，再減去已付款項；已作廢的補費會列出，但不計入餘額。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer code, e.g. ALFKI.</source>
        <translation>客戶編號，例如 ALFKI。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the bills of %1: %2</source>
        <translation>無法讀取 %1 的帳單：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the charges of %1: %2</source>
        <translation>無法讀取 %1 的費用：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the payments of %1: %2</source>
        <translation>無法讀取 %1 的收款：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bills: %1</source>
        <translation>帳單：共 %1 張</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charges: %1</source>
        <translation>補費：共 %1 筆</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payments: %1</source>
        <translation>收款：共 %1 筆</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outstanding balance: %1</source>
        <translation>未結餘額：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer: %1</source>
        <translation>客戶編號：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name: %1</source>
        <translation>公司名稱：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: %1</source>
        <translation>聯絡人：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency: %1</source>
        <translation>幣別：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bill</source>
        <translation>帳單號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>開立日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>明細合計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>補費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
</context>
<context>
    <name>ShowSettingsCommand</name>
    <message>
        <location filename="../src/cli/showsettingscommand.cpp" line="+14"/>
        <source>Show your role, the period lock date and the approval thresholds.</source>
        <translation>顯示您的角色、關帳日期及核准金額門檻。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists your login and its role, the period lock date with every move of it (newest first), and the amount per currency above which a charge waits for approval. Dates and times are local; amounts are in the currency&apos;s major unit.</source>
        <translation>列出您的登入名稱及其角色、關帳日期及其每次調整（最新的在前），以及各幣別中補費需要核准的金額門檻。日期和時間為本地時間；金額以該幣別的主單位表示。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the settings from the database: %1</source>
        <translation>無法從資料庫讀取設定：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account: %1, acting as %2 because no users are set up.</source>
        <translation>帳號：%1，因尚未設定使用者，視為%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account: %1 (%2), role: %3.</source>
        <translation>帳號：%1（%2），角色：%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval thresholds: none; no charge waits for approval.</source>
        <translation>核准金額門檻：無；補費均不需核准。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 above %2</source>
        <translation>%1 超過 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approval thresholds: charges in %1 wait for approval.</source>
        <translation>核准金額門檻：%1 的補費需待核准。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period lock date: none; every date is open.</source>
        <translation>關帳日期：無；所有日期皆開放。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period lock date: %1. Nothing dated on or before it can be entered or changed.</source>
        <translation>關帳日期：%1。日期在此日當天或之前的資料都不能輸入或修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock date</source>
        <translation>關帳日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved by</source>
        <translation>變更人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved at</source>
        <translation>變更時間</translation>
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
        <translation>稍後提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2, due %3, open %4</source>
        <extracomment>Customer name, then the item with its due date and open amount.</extracomment>
        <translation>%1
%2，付款期限 %3，未結 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;again on:</source>
        <translation>再次顯示日期(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. “Waiting for the signed contract”</source>
        <translation>選填，例如「等待已簽署的合約」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snooze</source>
        <translation>稍後提醒(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SpendingAnalysisDialog</name>
    <message>
        <location filename="../src/widgets/spendinganalysisdialog.cpp" line="+112"/>
        <source>Save Charts as PNG</source>
        <translation>將圖表儲存為 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖檔 (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to %1</source>
        <translation>已儲存至 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts Not Saved</source>
        <translation>圖表未儲存</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Spending Analysis</source>
        <translation>消費分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>幣別(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts of different currencies are never added up, so the analysis covers one currency at a time.</source>
        <translation>不同幣別的金額一律不會加總，因此每次分析只涵蓋一種幣別。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save P&amp;NG…</source>
        <translation>儲存 PNG(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>預覽(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save P&amp;DF…</source>
        <translation>儲存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>spending_%1_%2_%3</source>
        <extracomment>File name of the spending analysis PDF or PNG without extension; %1 is the currency code, %2 and %3 the first and last month as 2026-01. Use no characters that file names forbid (/  : * ? &quot; &lt; &gt; |).</extracomment>
        <translation>消費分析_%1_%2_%3</translation>
    </message>
</context>
<context>
    <name>SpendingBarChart</name>
    <message numerus="yes">
        <location filename="../src/widgets/spendingbarchart.cpp" line="+52"/>
        <source>%1, %2 of the charges (%n charges)</source>
        <translation>
            <numerusform>%1，占補費的 %2（%n 筆補費）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Charges</source>
        <translation>補費</translation>
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
        <translation>%1 期間沒有已入帳的補費。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charges by fee type (%1)</source>
        <translation>依費用類型統計補費（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charges by reason (%1)</source>
        <translation>依補費原因統計補費（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers with the most charges (%1)</source>
        <translation>補費最多的客戶（%1）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write the PNG file %1: %2. Choose another folder or file name.</source>
        <translation>無法寫入 PNG 檔案 %1：%2。請選擇其他資料夾或檔名。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>   ·   </source>
        <comment>between the totals above the charts</comment>
        <translation>   ·   </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Posted charges: %1 (%n charges)</source>
        <translation>
            <numerusform>已入帳補費：%1（%n 筆）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Payments of charges: %1 (%n payments)</source>
        <translation>
            <numerusform>補費收款：%1（%n 筆）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing-error share: %1 (%2 of %3)</source>
        <translation>帳單遺漏或錯誤比例：%1（%2／%3）</translation>
    </message>
</context>
<context>
    <name>SpendingChartView</name>
    <message>
        <location filename="../src/widgets/spendingchartview.cpp" line="+42"/>
        <source>Cannot write the PNG file %1: %2. Choose another folder or file name.</source>
        <translation>無法寫入 PNG 檔案 %1：%2。請選擇其他資料夾或檔名。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Chart as PNG</source>
        <translation>將圖表儲存為 PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖檔 (*.png)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chart Not Saved</source>
        <translation>圖表未儲存</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Save as &amp;PNG…</source>
        <translation>儲存為 PNG(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>SpendingFilter</name>
    <message>
        <location filename="../src/core/spendingfilter.cpp" line="+31"/>
        <source>Choose a currency: the analysis adds up amounts of one currency only.</source>
        <translation>請選擇幣別：分析只會加總同一種幣別的金額。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The currency &quot;%1&quot; is not an ISO 4217 code. Use three capital letters, such as CNY.</source>
        <translation>幣別「%1」不是 ISO 4217 代碼。請使用三個大寫英文字母，例如 CNY。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the first and the last month of the period.</source>
        <translation>請選擇期間的第一個月與最後一個月。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period starts in %1, after its last month %2. Choose a first month on or before the last one.</source>
        <translation>期間的開始月份 %1 晚於最後一個月 %2。請選擇不晚於最後一個月的開始月份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period from %1 to %2 has %3 months. Choose at most %4 months.</source>
        <translation>%1 至 %2 的期間共 %3 個月。請選擇最多 %4 個月。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ranking must list at least 1 customer, not %1.</source>
        <translation>排名至少須列出 1 位客戶，不能是 %1 位。</translation>
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
            <numerusform>補費：%1（%n 筆）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Payments of charges: %1 (%n payments)</source>
        <translation>
            <numerusform>補費收款：%1（%n 筆）</numerusform>
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
        <translation>每月補費與收款（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charges</source>
        <translation>補費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments of charges</source>
        <translation>補費收款</translation>
    </message>
</context>
<context>
    <name>SpendingPeriodFields</name>
    <message>
        <location filename="../src/widgets/spendingperiodfields.cpp" line="+86"/>
        <source>&amp;From:</source>
        <translation>起始月(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>結束月(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>SpendingPieChart</name>
    <message numerus="yes">
        <location filename="../src/widgets/spendingpiechart.cpp" line="+33"/>
        <source>%1, %2 of the charges (%n charges)</source>
        <translation>
            <numerusform>%1，占補費的 %2（%n 筆補費）</numerusform>
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
        <translation>無法從資料庫讀取消費分析：%1</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Customer ID %1 not found. Choose a customer from the list.</source>
        <translation>找不到編號為 %1 的客戶。請從清單中選擇客戶。</translation>
    </message>
</context>
<context>
    <name>SpendingReportBuilder</name>
    <message>
        <location filename="../src/reports/spendingreportbuilder.cpp" line="+17"/>
        <source>Spending analysis</source>
        <translation>消費分析</translation>
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
        <translation>所有客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1</source>
        <translation>期間：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency: %1</source>
        <translation>幣別：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No posted charges and no payments of charges in %1 in this period.</source>
        <translation>此期間沒有 %1 的已入帳補費，也沒有補費收款。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charges and payments by month</source>
        <translation>每月補費與收款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charges by fee type</source>
        <translation>依費用類型統計補費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee type</source>
        <translation>費用類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges by reason</source>
        <translation>依補費原因統計補費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>補費原因</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Top %n customers by charges</source>
        <translation>
            <numerusform>補費金額前 %n 名客戶</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Posted charges</source>
        <translation>已入帳補費</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n charges)</source>
        <translation>
            <numerusform>%1（%n 筆補費）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments of charges</source>
        <translation>補費收款</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n payments)</source>
        <translation>
            <numerusform>%1（%n 筆收款）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing-error share</source>
        <translation>帳單遺漏或錯誤比例</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%2 of %3; %n charges)</source>
        <translation>
            <numerusform>%1（%2／%3；%n 筆補費）</numerusform>
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
        <translation>補費筆數</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Charge amount</source>
        <translation>補費金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>收款筆數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment amount</source>
        <translation>收款金額</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+25"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>No posted charges in this period.</source>
        <translation>此期間沒有已入帳的補費。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客戶名稱</translation>
    </message>
</context>
<context>
    <name>SpendingTally</name>
    <message>
        <location filename="../src/core/spendingtally.cpp" line="+138"/>
        <source>The %1 amounts of this period add up to more than the program can store. Choose a shorter period.</source>
        <translation>此期間的 %1 金額合計超出程式可儲存的範圍。請選擇較短的期間。</translation>
    </message>
</context>
<context>
    <name>StatementBuilder</name>
    <message>
        <location filename="../src/reports/statementbuilder.cpp" line="+18"/>
        <source>Customer statement</source>
        <translation>客戶對帳單</translation>
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
        <translation>期間：%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency: %1</source>
        <translation>幣別：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Movements</source>
        <translation>往來明細</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No movements in this period.</source>
        <translation>本期間沒有往來明細。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer</source>
        <translation>客戶名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer code</source>
        <translation>客戶編號</translation>
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
        <translation>聯絡人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening balance on %1</source>
        <translation>期初餘額（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bills, charges and reversed payments</source>
        <translation>帳單、補費及付款沖銷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voids and payments</source>
        <translation>作廢及付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing balance on %1</source>
        <translation>期末餘額（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>單號</translation>
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
        <translation>貸方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening balance</source>
        <translation>期初餘額</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Closing balance</source>
        <translation>期末餘額</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bill</source>
        <translation>帳單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge</source>
        <translation>補費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void</source>
        <translation>作廢</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment reversed</source>
        <translation>付款沖銷</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No. %1</source>
        <comment>charge number</comment>
        <translation>編號 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No. %1</source>
        <comment>payment number</comment>
        <translation>編號 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bill %1 issued</source>
        <translation>開立帳單 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on bill %1</source>
        <translation>記入帳單 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge %1 (%2) voided</source>
        <translation>補費 %1（%2）已作廢</translation>
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
        <translation>用於補費 %2 的第 %1 期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for charge %1</source>
        <translation>用於補費 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for bill %1</source>
        <translation>用於帳單 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment %1 reversed</source>
        <translation>付款 %1 已沖銷</translation>
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
        <translation>客戶對帳單</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The statement lists the customer&apos;s bills, charges, voids and payments in the period, with the balance before, after each movement, and at the end.</source>
        <translation>對帳單會列出客戶在此期間的帳單、補費、作廢與付款，並顯示期初餘額、每筆往來後的餘額以及期末餘額。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;ustomer:</source>
        <translation>客戶(&amp;U)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;From:</source>
        <translation>起始日(&amp;F)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;To:</source>
        <translation>結束日(&amp;T)：</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Pre&amp;view</source>
        <translation>預覽(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save P&amp;DF…</source>
        <translation>儲存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save &amp;CSV…</source>
        <translation>儲存 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../src/widgets/statementdialog.cpp" line="+100"/>
        <source>Type part of the name or code</source>
        <translation>輸入名稱或客戶編號的一部分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a customer from the list.</source>
        <translation>請從清單中選擇客戶。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the list of customers: %1</source>
        <translation>無法載入客戶清單：%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>statement_%1_%2</source>
        <extracomment>File name of a customer statement without extension; %1 is the customer code, %2 the period, e.g. 2026-11. Use no characters that file names forbid (/  : * ? &quot; &lt; &gt; |).</extracomment>
        <translation>對帳單_%1_%2</translation>
    </message>
</context>
<context>
    <name>StatementQuery</name>
    <message>
        <location filename="../src/core/statementquery.cpp" line="+34"/>
        <source>A statement needs a period: choose the first and the last day.</source>
        <translation>對帳單需要指定期間：請選擇第一天與最後一天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period starts on %1, after its end on %2. Choose a start date on or before the end date.</source>
        <translation>期間的開始日期 %1 晚於結束日期 %2。請選擇早於或等於結束日期的開始日期。</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+91"/>
        <source>The statement could not be read from the database: %1</source>
        <translation>無法從資料庫讀取對帳單：%1</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Customer ID %1 not found. Choose a customer from the list.</source>
        <translation>找不到編號為 %1 的客戶。請從清單中選擇客戶。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Bill %1 is in %2, but customer %3 pays in %4, so no statement can add it up. Correct the bill&apos;s currency.</source>
        <translation>帳單 %1 的幣別為 %2，但客戶 %3 以 %4 付款，因此無法在對帳單中加總。請修正帳單的幣別。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge %1 is in %2, but customer %3 pays in %4, so no statement can add it up. Void the charge and enter it again.</source>
        <translation>補費 %1 的幣別為 %2，但客戶 %3 以 %4 付款，因此無法在對帳單中加總。請將該補費作廢後重新輸入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment %1 is in %2, but customer %3 pays in %4, so no statement can add it up. Reverse the payment and record it again.</source>
        <translation>付款 %1 的幣別為 %2，但客戶 %3 以 %4 付款，因此無法在對帳單中加總。請沖銷該筆付款後重新登錄。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The opening balance of customer %1 is too large to add up.</source>
        <translation>客戶 %1 的期初餘額過大，無法加總。</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The balance of customer %1 is too large to add up.</source>
        <translation>客戶 %1 的餘額過大，無法加總。</translation>
    </message>
</context>
<context>
    <name>StoredTotals</name>
    <message>
        <location filename="../src/core/storedtotals.cpp" line="+23"/>
        <source>bill %1 was not found</source>
        <translation>找不到帳單 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>customer %1 was not found</source>
        <translation>找不到客戶 %1</translation>
    </message>
</context>
<context>
    <name>StoredTotalsRecomputer</name>
    <message>
        <location filename="../src/core/storedtotalsrecomputer.cpp" line="+142"/>
        <source>Could not recompute the stored totals of %1: %2</source>
        <translation>無法重新計算 %1 儲存的合計：%2</translation>
    </message>
</context>
<context>
    <name>SummaryConfirmDialog</name>
    <message>
        <location filename="../ui/summaryconfirmdialog.ui" line="+53"/>
        <source>&amp;Confirm and Submit</source>
        <translation>確認送出(&amp;C)</translation>
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
        <translation>此檔案為 UTF-16 文字，不受支援。請另存為「CSV UTF-8」或 GB18030 編碼的 CSV，然後重新匯入。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This build of the program cannot decode %1. Save the file as “CSV UTF-8” and import it again.</source>
        <translation>此版本的程式無法解碼 %1。請將檔案另存為「CSV UTF-8」後重新匯入。</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Line %1: the text is not valid %2 at byte offset %3 (bytes %4). Save the file as “CSV UTF-8”, or choose the encoding it was saved in.</source>
        <translation>第 %1 行：位元組位移 %3 處的文字不是有效的 %2（位元組 %4）。請將檔案另存為「CSV UTF-8」，或選擇檔案儲存時所用的編碼。</translation>
    </message>
</context>
<context>
    <name>UpgradeBackup</name>
    <message>
        <location filename="../src/core/upgradebackup.cpp" line="+64"/>
        <source>The database “%1” was not upgraded to schema version %2, because its backup copy “%3” could not be written. %4 The database was not changed.</source>
        <translation>資料庫「%1」未升級至資料庫結構版本 %2，因為無法寫入其備份副本「%3」。%4 資料庫未做任何變更。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database “%1” was not upgraded to schema version %2, because its backup copy “%3” could not be saved intact: %4. The database was not changed. Check the disk, then try again.</source>
        <translation>資料庫「%1」未升級至資料庫結構版本 %2，因為其備份副本「%3」無法完整儲存：%4。資料庫未做任何變更。請檢查磁碟後再試一次。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Before upgrading the database to schema version %1, ChargeDesk saved a copy of it with schema version %2 as “%3”. Keep the copy until you have checked the upgraded data; the earlier ChargeDesk can open it.</source>
        <translation>將資料庫升級至資料庫結構版本 %1 之前，ChargeDesk 已將資料庫結構版本 %2 的副本儲存為「%3」。請保留此副本，直到您檢查過升級後的資料為止；舊版 ChargeDesk 可以開啟此副本。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The disk may be full or failing; the copy needs about %1. Free space on that disk, then open the database again.</source>
        <translation>磁碟可能已滿或發生故障；副本約需 %1。請釋出該磁碟的空間，然後重新開啟資料庫。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder “%1” does not accept new files. Allow writing to the folder, then open the database again.</source>
        <translation>資料夾「%1」無法寫入新檔案。請允許寫入該資料夾，然後重新開啟資料庫。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The error was: %1. Check that the folder may be written and has free space, then open the database again.</source>
        <translation>錯誤訊息：%1。請確認該資料夾可寫入且有足夠空間，然後重新開啟資料庫。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the copy has schema version %1 instead of %2</source>
        <translation>副本的資料庫結構版本為 %1，而不是 %2</translation>
    </message>
</context>
<context>
    <name>UserActionText</name>
    <message>
        <location filename="../src/core/useraction.cpp" line="+27"/>
        <source>Adding a charge</source>
        <translation>新增補費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voiding a charge</source>
        <translation>作廢補費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving a charge</source>
        <translation>核准補費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejecting a charge</source>
        <translation>退回補費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording a payment</source>
        <translation>登記收款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversing a payment</source>
        <translation>沖銷收款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making or cancelling an installment plan</source>
        <translation>建立或取消分期付款計畫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Managing users</source>
        <translation>管理使用者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving the period lock date</source>
        <translation>變更關帳日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting approval thresholds</source>
        <translation>設定核准金額門檻</translation>
    </message>
</context>
<context>
    <name>UserContext</name>
    <message>
        <location filename="../src/core/usercontext.cpp" line="+91"/>
        <source>%1 is not allowed, because the account “%2” is not a ChargeDesk user of this database. Ask an administrator to add it under Settings › Users and Roles. %3</source>
        <translation>不允許%1，因為帳號「%2」不是此資料庫的補費台使用者。請管理員在「設定 › 使用者與角色」中新增此帳號。%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not allowed, because the user %2 is deactivated. Ask an administrator to activate the user again under Settings › Users and Roles. %3</source>
        <translation>不允許%1，因為使用者 %2 已停用。請管理員在「設定 › 使用者與角色」中重新啟用此使用者。%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not allowed. %2</source>
        <translation>不允許%1。%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs the role %2, but the user %3 has the role %4. If you need to do this, ask an administrator to change your role under Settings › Users and Roles. %5</source>
        <translation>%1需要「%2」角色，但使用者 %3 的角色為「%4」。如需執行此操作，請管理員在「設定 › 使用者與角色」中變更您的角色。%5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account “%1” is not a ChargeDesk user of this database. Ask an administrator to add it under Settings › Users and Roles or with “chargedesk-cli users add”. %2</source>
        <translation>帳號「%1」不是此資料庫的補費台使用者。請管理員在「設定 › 使用者與角色」中，或以「chargedesk-cli users add」新增此帳號。%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user %1 is deactivated and cannot use this database. Ask an administrator to activate the user again under Settings › Users and Roles. %2</source>
        <translation>使用者 %1 已停用，無法使用此資料庫。請管理員在「設定 › 使用者與角色」中重新啟用此使用者。%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ChargeDesk user is set up in this database yet, and the database login “%1” does not own it, so the server refuses its changes. Ask the owner of the database, “%2”, to open ChargeDesk once and add the first administrator under Settings › Users and Roles; that administrator can then add “%1”.</source>
        <translation>此資料庫尚未設定任何補費台使用者，而資料庫登入名稱「%1」不是它的擁有者，因此伺服器拒絕其修改。請讓資料庫擁有者「%2」開啟一次補費台，並在「設定 › 使用者與角色」中新增第一位管理員；之後該管理員可以新增「%1」。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database login “%1” has no ChargeDesk role in this database, so the server refuses to show or change its data. Ask a ChargeDesk administrator to add “%1” as a user under Settings › Users and Roles, or, if it is a user already, to deactivate and activate it again, which grants its role. While no user is set up, only the owner of the database, “%2”, can add the first administrator.</source>
        <translation>資料庫登入名稱「%1」在此資料庫中沒有補費台角色，因此伺服器拒絕顯示或修改其資料。請讓補費台管理員在「設定 › 使用者與角色」中將「%1」新增為使用者；如果它已是使用者，請將其停用再啟用一次，以授予其角色。在尚未設定任何使用者時，只有資料庫擁有者「%2」可以新增第一位管理員。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The administrator is %1.</source>
        <translation>
            <numerusform>管理員：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the users of the database: %1. Try again; if it persists, check the database.</source>
        <translation>無法讀取資料庫的使用者：%1。請再試一次；若問題持續，請檢查資料庫。</translation>
    </message>
</context>
<context>
    <name>UserRoleText</name>
    <message>
        <location filename="../src/core/userrole.cpp" line="+32"/>
        <source>Sales</source>
        <extracomment>User role that adds charges (销售).</extracomment>
        <translation>業務</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finance</source>
        <extracomment>User role that also voids charges, records payments and approves (财务).</extracomment>
        <translation>財務</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator</source>
        <extracomment>User role that also manages users and settings (管理员).</extracomment>
        <translation>管理員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <extracomment>Role of an account that is not a user of the database.</extracomment>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <location filename="../src/core/userservice.cpp" line="+45"/>
        <source>The database server has no login “%1” yet, so ChargeDesk granted it no database role. Ask the database administrator to create the login; then deactivate and activate the user here, which grants its role.</source>
        <translation>資料庫伺服器上還沒有登入名稱「%1」，因此補費台沒有授予它資料庫角色。請讓資料庫管理員建立該登入名稱，然後在此將該使用者停用再啟用一次，以授予其角色。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The first user must be your own account “%1” with the role %2, so that someone can manage users once roles apply. Add yourself first.</source>
        <translation>第一位使用者必須是您自己的帳號「%1」，角色為「%2」，這樣啟用角色後才有人能管理使用者。請先新增您自己。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invalid login “%1”: enter the operating system account name, without spaces, at most %2 characters.</source>
        <translation>登入帳號「%1」無效：請輸入作業系統帳號名稱，不可含空格，最多 %2 個字元。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid login “%1”: enter the name of a PostgreSQL login that starts with a letter or _ and has only letters, digits, _, @ and -, at most 63 characters.</source>
        <translation>登入名稱「%1」無效：請輸入 PostgreSQL 登入名稱，以字母或 _ 開頭，只含字母、數字、_、@ 和 -，最多 63 個字元。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid login “%1”: PostgreSQL keeps a login created without quotes in lower case, as “%2”. Enter “%2”.</source>
        <translation>登入名稱「%1」無效：PostgreSQL 會把未加引號建立的登入名稱儲存為小寫，即「%2」。請輸入「%2」。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>姓名有 %1 個字元；最多只能 %2 個。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+85"/>
        <source>Choose a role for “%1”: %2, %3 or %4.</source>
        <translation>請為「%1」選擇角色：%2、%3 或 %4。</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>The user was not added: the database could not start a transaction (%1). Try again.</source>
        <translation>未新增使用者：資料庫無法開始交易（%1）。請再試一次。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The user was not added: %1. Try again.</source>
        <translation>未新增使用者：%1。請再試一次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is a user already, with the role %2. Change the role instead.</source>
        <translation>「%1」已是使用者，角色為「%2」。請改為變更其角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a user already, with the role %2, but deactivated. Activate the user instead.</source>
        <translation>「%1」已是使用者，角色為「%2」，但已停用。請改為重新啟用此使用者。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The user was not added.</source>
        <translation>未新增該使用者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user was not added: %1. Nothing was changed; try again.</source>
        <translation>未新增使用者：%1。未做任何變更，請再試一次。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter a name of 1 to %1 characters for “%2”.</source>
        <translation>請為「%2」輸入 1 到 %1 個字元的姓名。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The user “%1” was not changed: the database could not start a transaction (%2). Try again.</source>
        <translation>使用者「%1」未變更：資料庫無法開始交易（%2）。請再試一次。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user “%1” was not changed: %2. Try again.</source>
        <translation>使用者「%1」未變更：%2。請再試一次。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a user. Check the login, or add the user first.</source>
        <translation>「%1」不是使用者。請檢查登入帳號，或先新增此使用者。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to change: “%1” has that value already.</source>
        <translation>無須變更：「%1」已是該值。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is the last active administrator. Make another user an administrator first, so that someone can still manage users.</source>
        <translation>%1 是最後一位啟用中的管理員。請先將另一位使用者設為管理員，以確保仍有人能管理使用者。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The user “%1” was not changed.</source>
        <translation>使用者「%1」未變更。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user “%1” was not changed: %2. Nothing was changed; try again.</source>
        <translation>使用者「%1」未變更：%2。未做任何變更，請再試一次。</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <location filename="../src/cli/userscommand.cpp" line="+20"/>
        <source>List the users and their roles, add a user, change a role, or deactivate or activate a user.</source>
        <translation>列出使用者及其角色、新增使用者、變更角色，或停用、啟用使用者。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ACTION is list, add, set-role, deactivate or activate. A user is an operating system account with the role sales (adds charges), finance (also voids charges, records and reverses payments, makes installment plans and approves charges) or admin (also manages users, approval thresholds and the period lock). While no user is set up, every account acts as an admin; the first user must be your own account with the role admin, and adding it switches roles on. From then on, accounts that are not active users cannot use the database. Only an admin may change users, and the last active admin cannot be demoted or deactivated.</source>
        <translation>ACTION 為 list、add、set-role、deactivate 或 activate。使用者是一個作業系統帳號，角色為 sales（新增補費）、finance（另可作廢補費、登記及沖銷收款、建立分期付款計畫及核准補費）或 admin（另可管理使用者、核准金額門檻及關帳日期）。尚未設定任何使用者時，每個帳號都視為 admin；第一位使用者必須是您自己的帳號且角色為 admin，新增後即啟用角色。此後，非啟用中使用者的帳號都不能使用資料庫。只有 admin 可以變更使用者，且最後一位啟用中的 admin 不能降級或停用。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>list, add, set-role, deactivate or activate.</source>
        <translation>list、add、set-role、deactivate 或 activate。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sales, finance or admin; required for add and set-role.</source>
        <translation>sales、finance 或 admin；add 與 set-role 必填。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name that lists and messages show, for add; the login when left out.</source>
        <translation>清單與訊息中顯示的名稱，用於 add；省略時使用登入帳號。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown action “%1”: use list, add, set-role, deactivate or activate.</source>
        <translation>未知的動作「%1」：請使用 list、add、set-role、deactivate 或 activate。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The user&apos;s login: the operating system account on an SQLite file, the server login on PostgreSQL; required except for list.</source>
        <translation>使用者的登入名稱：使用 SQLite 檔案時為作業系統帳戶，使用 PostgreSQL 時為伺服器登入名稱；除 list 外必須提供。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>users %1 needs --login LOGIN, the user&apos;s login.</source>
        <translation>users %1 需要 --login LOGIN，即使用者的登入名稱。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>users %1 needs --role with sales, finance or admin; “%2” is none of them.</source>
        <translation>users %1 需要 --role，值為 sales、finance 或 admin；「%2」都不是。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added %1 with the role %2.</source>
        <translation>已新增 %1，角色為「%2」。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has the role %2 now.</source>
        <translation>%1 的角色已變更為「%2」。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is active again.</source>
        <translation>%1 已重新啟用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is deactivated.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not read the users from the database: %1</source>
        <translation>無法從資料庫讀取使用者：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No users are set up, so every account acts as an admin. Add your own account first: users add --login %1 --role admin</source>
        <translation>尚未設定任何使用者，因此每個帳號都視為 admin。請先新增您自己的帳號：users add --login %1 --role admin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login</source>
        <translation>登入帳號</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active</source>
        <translation>啟用中</translation>
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
        <translation>使用者與角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales users add charges. Finance users also void charges, record and reverse payments, make installment plans and approve charges. Administrators also manage users, approval thresholds and the period lock.</source>
        <translation>業務使用者輸入補費。財務使用者還可以作廢補費、登記和沖銷收款、建立分期付款計畫並核准補費。管理員還可以管理使用者、核准金額門檻和關帳日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each user is a login of the database server with a role, which the server enforces too. A database administrator creates the logins.</source>
        <translation>每位使用者是資料庫伺服器的一個登入名稱，並帶有一個角色，伺服器也會執行該角色的權限。登入名稱由資料庫管理員建立。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each user is an operating system account with a role.</source>
        <translation>每位使用者是一個帶有角色的作業系統帳戶。</translation>
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
        <translation>尚未設定任何使用者，因此每個帳號都視為管理員。請先將您自己的帳號「%1」新增為第一位管理員以啟用角色，再新增其他人。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are %1, with the role %2.</source>
        <translation>您是 %1，角色為「%2」。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login</source>
        <translation>登入帳號</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>最近變更</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active</source>
        <translation>啟用中</translation>
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
        <translation>%1，由 %2 變更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected User</source>
        <translation>所選使用者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set Role</source>
        <translation>設定角色(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a User</source>
        <translation>新增使用者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>登入帳號(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server login, e.g. wangf</source>
        <translation>伺服器登入名稱，例如 wangf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operating system account, e.g. wangf</source>
        <translation>作業系統帳號，例如 wangf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As messages and lists show it, e.g. Wang Fang</source>
        <translation>訊息與清單中顯示的姓名，例如 王芳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add User</source>
        <translation>新增使用者(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected user the chosen role.</source>
        <translation>將所選角色指派給所選使用者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the account as a user with the chosen role.</source>
        <translation>將此帳號新增為使用者，並指派所選角色。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the users: %1</source>
        <translation>無法讀取使用者：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A&amp;ctivate</source>
        <translation>啟用(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the selected user use this database again.</source>
        <translation>允許所選使用者重新使用此資料庫。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected user from using this database. The user stays named on what they entered.</source>
        <translation>禁止所選使用者使用此資料庫。其輸入過的資料仍會保留其姓名。</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../src/cli/verifycommand.cpp" line="+19"/>
        <source>Check the audit log&apos;s hash chain, compare charges and payments with their audit records, and recompute the stored totals.</source>
        <translation>檢查稽核日誌的雜湊鏈，將補費與收款和其稽核紀錄比對，並重新計算儲存的合計。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reads the whole database in one snapshot and writes nothing. It checks that every audit record&apos;s hash matches its content and links to the record before it; that every charge and payment has the values, author, status and reason its audit records hold; and that charges.paid_minor, installments.paid_minor, the bills&apos; stored lines, charges and paid totals and customers.balance_minor equal the sums of their rows.</source>
        <translation>在同一個快照中讀取整個資料庫，不寫入任何資料。檢查項目包括：每筆稽核紀錄的雜湊值是否與其內容相符，並連結到前一筆紀錄；每筆補費與收款的各項內容、製單人、狀態與原因是否與其稽核紀錄相符；以及 charges.paid_minor、installments.paid_minor、帳單儲存的明細合計、補費合計與已付合計，以及 customers.balance_minor 是否等於其明細的加總。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text format lists the rows checked, the last audit record with its hash, and one paragraph per mismatch naming the row, the column, the stored value and the expected one. Keep the last hash somewhere else: a later run that shows the same record with another hash proves that the log was rewritten.</source>
        <translation>text 格式會列出已檢查的資料列數、最後一筆稽核紀錄及其雜湊值，並為每處不一致列出一段說明，註明資料列、欄位、儲存值及應有值。請將最後的雜湊值另外保存：日後再次執行時，若同一筆紀錄顯示不同的雜湊值，即證明日誌已被改寫。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV format writes only the mismatches to standard output, UTF-8 without a byte order mark, with the columns %1; the counts go to standard error. Amount columns (*_minor) hold minor units.</source>
        <translation>CSV 格式只將不一致項目寫入標準輸出，編碼為不含位元組順序標記的 UTF-8，欄位為 %1；檢查的筆數則寫入標準錯誤輸出。金額欄位（*_minor）以最小貨幣單位表示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exits with status 0 when everything agrees and 5 when a mismatch was found.</source>
        <translation>全部相符時結束代碼為 0，發現不一致時為 5。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output format: text (the default) or csv.</source>
        <translation>輸出格式：text（預設）或 csv。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid --format “%1”: use text or csv.</source>
        <translation>--format「%1」無效：請使用 text 或 csv。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not start reading the database: %1. Try again.</source>
        <translation>無法開始讀取資料庫：%1。請再試一次。</translation>
    </message>
</context>
<context>
    <name>VoidChargeCommand</name>
    <message>
        <location filename="../src/cli/voidchargecommand.cpp" line="+11"/>
        <source>Void a charge, keeping it on record with the reason.</source>
        <translation>作廢一筆補費，保留紀錄並記下作廢原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The charge stays in list-charges with status void, and its amount is taken off the bill and the customer&apos;s balance. The operating system user is recorded as the one who voided it.</source>
        <translation>作廢後，該筆補費仍會出現在 list-charges 中，狀態為已作廢，其金額會從帳單與客戶餘額中扣除。作廢人記為目前的作業系統使用者。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The charge&apos;s ID, as add-charge and list-charges print it.</source>
        <translation>補費編號，即 add-charge 與 list-charges 輸出的編號。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the charge is void; required, at most %1 characters.</source>
        <translation>作廢原因；必填，最多 %1 個字元。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid charge ID “%1”: use the number that list-charges shows in its ID column.</source>
        <translation>補費編號「%1」無效：請使用 list-charges 在「編號」欄顯示的數字。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Charge %1 is void.</source>
        <translation>補費 %1 已作廢。</translation>
    </message>
</context>
<context>
    <name>VoidChargeDialog</name>
    <message>
        <location filename="../ui/voidchargedialog.ui" line="+14"/>
        <source>Void Charge</source>
        <translation>作廢費用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voiding keeps the charge on record but takes its amount off the bill and the customer&apos;s balance. It cannot be undone.</source>
        <translation>作廢後該筆費用仍保留在紀錄中，但其金額會從帳單與客戶餘額中扣除。此操作無法復原。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Charge:</source>
        <translation>費用：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Amount:</source>
        <translation>金額：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fee type:</source>
        <translation>費用類型：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due date:</source>
        <translation>付款期限：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reason for voiding (required):</source>
        <translation>作廢原因(&amp;R)（必填）：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Void Charge</source>
        <translation>作廢費用(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/widgets/voidchargedialog.cpp" line="+66"/>
        <source>No charge with id %1 was found.</source>
        <translation>找不到編號為 %1 的費用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load the charge: %1</source>
        <translation>無法載入該筆費用：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No. %1, customer %2, on the account</source>
        <translation>編號 %1，客戶 %2，記入客戶帳戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No. %1, customer %2, bill %3</source>
        <translation>編號 %1，客戶 %2，帳單 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This charge was voided already, by %1 on %2.</source>
        <translation>此費用已作廢：由 %1 於 %2 作廢。</translation>
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
        <translation>補費台</translation>
    </message>
</context>
</TS>
