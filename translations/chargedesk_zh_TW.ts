<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
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
        <location line="+18"/>
        <source>Charge %1 committed.</source>
        <translation>補費 %1 已入帳。</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../src/widgets/addchargedialog.cpp" line="+56"/>
        <source>Discard Charge</source>
        <translation>捨棄費用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this charge? The values you entered are not saved.</source>
        <translation>要捨棄這筆費用嗎？已輸入的內容不會儲存。</translation>
    </message>
    <message>
        <location line="+288"/>
        <source>Could not load the customer: %1</source>
        <translation>無法載入客戶：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the customer&apos;s bills: %1</source>
        <translation>無法載入該客戶的帳單：%1</translation>
    </message>
    <message>
        <location line="-231"/>
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
        <location line="+71"/>
        <source>Change the charge, or cancel if it was entered already.</source>
        <translation>請修改這筆費用；若已經輸入過，請取消。</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <location filename="../src/cli/argumentparser.cpp" line="+41"/>
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
        <location line="+12"/>
        <source>Option %1 needs a value (%2).</source>
        <translation>選項 %1 需要一個值（%2）。</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../src/core/records.cpp" line="+21"/>
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
    <name>ChargeListModel</name>
    <message>
        <location filename="../src/models/chargelistmodel.cpp" line="+99"/>
        <source>Duplicate acknowledgement: %1</source>
        <translation>疑似重複的確認說明：%1</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
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
        <location line="+2"/>
        <source>Void Reason</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posted</source>
        <translation>已入帳</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Void</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <message>
        <location line="+70"/>
        <source>Void</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posted</source>
        <translation>已入帳</translation>
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
        <location filename="../src/core/chargeservice.cpp" line="+82"/>
        <source>The charge could not be checked because the database reported an error: %1. Try again; if it persists, run the consistency check.</source>
        <translation>資料庫發生錯誤，無法檢查這筆費用：%1。請再試一次；若問題持續發生，請執行一致性檢查。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The amount %1 would make the balance too large to store. Check the amount.</source>
        <translation>金額 %1 會使餘額超出可儲存的範圍。請檢查金額。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The charge was not saved: the database could not start a transaction (%1). Nothing was written; try again.</source>
        <translation>費用未儲存：資料庫無法開始交易（%1）。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+57"/>
        <source>The charge was not saved: %1. Nothing was written; try again.</source>
        <translation>費用未儲存：%1。未寫入任何資料，請再試一次。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The request key %1 was already used for charge %2 with other values. Start a new charge.</source>
        <translation>請求編號 %1 已用於補費 %2，但內容不同。請重新建立一筆費用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The charge differs from the one that was confirmed. Review it again and confirm.</source>
        <translation>這筆費用與已確認的內容不一致。請重新檢查並確認。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New possible duplicates were entered since the review. Look at them and confirm again.</source>
        <translation>檢查之後又有新的疑似重複費用建檔。請查看後再確認一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This charge resembles existing charges. Enter a note that explains why it is not a duplicate, then confirm.</source>
        <translation>這筆費用與既有費用相似。請填寫確認說明，解釋為何不是重複費用，然後再確認。</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Enter the reason for voiding charge %1.</source>
        <translation>請填寫作廢補費 %1 的原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The void reason has %1 characters; at most %2 are allowed.</source>
        <translation>作廢原因有 %1 個字元，最多只能 %2 個。</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <source>Charge %1 was not voided: %2</source>
        <translation>補費 %1 未作廢：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge %1 is already void: voided by %2 on %3.</source>
        <translation>補費 %1 已作廢：由 %2 於 %3 作廢。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Charge %1 was not voided: %2. Nothing was changed; try again.</source>
        <translation>補費 %1 未作廢：%2。未做任何變更，請再試一次。</translation>
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
        <location filename="../src/core/chargevalidator.cpp" line="+41"/>
        <source>The request key “%1” is invalid: it must have 8 to 100 characters.</source>
        <translation>請求編號「%1」無效：長度必須為 8 到 100 個字元。</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+21"/>
        <source>The amount “%1” is zero. Enter an amount greater than zero.</source>
        <translation>金額「%1」為零。請輸入大於零的金額。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount “%1” is negative. A supplementary charge is always positive; to take back a charge, void it.</source>
        <translation>金額「%1」為負數。補費金額一律為正數；如需沖回一筆補費，請將其作廢。</translation>
    </message>
    <message>
        <location line="+21"/>
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
    <name>CommandDispatcher</name>
    <message>
        <location filename="../src/cli/commanddispatcher.cpp" line="+77"/>
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
        <location line="+6"/>
        <source>Invalid --database “”: give the path of a database file.</source>
        <translation>--database「」無效：請提供資料庫檔案的路徑。</translation>
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
        <translation>--database 等全域選項須放在指令名稱之前。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Show the options of this command.</source>
        <translation>顯示此指令的選項。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite database file, created and brought up to date when needed. Default: %1</source>
        <translation>SQLite 資料庫檔案，需要時會自動建立並更新至最新結構。預設：%1</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>CsvReader</name>
    <message>
        <location filename="../src/core/csvreader.cpp" line="+52"/>
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
        <location line="+38"/>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>第 %1 行：文字不是有效的 UTF-8。</translation>
    </message>
</context>
<context>
    <name>CustomerChargesPanel</name>
    <message>
        <location filename="../src/widgets/customerchargespanel.cpp" line="+172"/>
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
        <location filename="../src/widgets/customerdetailpage.cpp" line="+115"/>
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
        <location line="+40"/>
        <source>Save the changes to the customer (%1)</source>
        <translation>儲存客戶的變更（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop the changes and show the stored values again</source>
        <translation>捨棄變更，重新顯示已儲存的內容</translation>
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
    <name>CustomerListPage</name>
    <message>
        <location filename="../src/widgets/customerlistpage.cpp" line="+120"/>
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
        <location line="+9"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客戶</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../src/models/customertablemodel.cpp" line="+175"/>
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
    <name>Database</name>
    <message>
        <location filename="../src/core/database.cpp" line="+70"/>
        <source>Could not create the folder “%1” for the database. Check that you may write there, or choose another file with --database.</source>
        <translation>無法為資料庫建立資料夾「%1」。請確認您有該位置的寫入權限，或用 --database 選擇其他檔案。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not open the database “%1”: %2</source>
        <translation>無法開啟資料庫「%1」：%2</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+16"/>
        <source>Could not configure the database “%1”: %2. Check that you may write to the file and to its folder.</source>
        <translation>無法設定資料庫「%1」：%2。請確認您對該檔案及其所在資料夾有寫入權限。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read the database “%1”: %2. Check that it is a ChargeDesk database and that you may read and write the file and its folder, or choose another file with --database.</source>
        <translation>無法讀取資料庫「%1」：%2。請確認這是 ChargeDesk 資料庫，且您對該檔案及其所在資料夾有讀寫權限；或用 --database 選擇其他檔案。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file “%1” is not a ChargeDesk database, or its schema version cannot be read. Choose another file with --database.</source>
        <translation>檔案「%1」不是 ChargeDesk 資料庫，或無法讀取其資料庫結構版本。請用 --database 選擇其他檔案。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database “%1” was written by a newer ChargeDesk (schema version %2; this program reads up to version %3). It has not been changed. Update ChargeDesk to open it.</source>
        <translation>資料庫「%1」是由較新版本的 ChargeDesk 寫入（資料庫結構版本 %2；本程式最高只能讀取版本 %3）。此資料庫未做任何變更。請更新 ChargeDesk 後再開啟。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not start the schema migration: %1</source>
        <translation>無法開始資料庫結構移轉：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not create the schema version table: %1</source>
        <translation>無法建立資料庫結構版本資料表：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The migration script for schema version %1 is missing.</source>
        <translation>缺少資料庫結構版本 %1 的移轉指令碼。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>移轉至資料庫結構版本 %1 失敗：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not record schema version %1: %2</source>
        <translation>無法記錄資料庫結構版本 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not commit the schema migration: %1</source>
        <translation>無法提交資料庫結構移轉：%1</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../src/core/duplicatefinder.cpp" line="+130"/>
        <source>on the account, without a bill</source>
        <translation>記入客戶帳戶，未指定帳單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on bill %1</source>
        <translation>記入帳單 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge %1: %2 %3 %4, due %5, entered by %6.</source>
        <translation>補費 %1：%2 %3，%4，付款期限 %5，建檔人 %6。</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>HelpText</name>
    <message>
        <location filename="../src/cli/helptext.cpp" line="+21"/>
        <source>Usage: %1 [global options] &lt;command&gt; [options]</source>
        <translation>用法：%1 [全域選項] &lt;指令&gt; [選項]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enters supplementary charges (补费) and shows customers, bills and charges in the ChargeDesk database, with the same checks as the ChargeDesk window.</source>
        <translation>輸入補費，並查看 ChargeDesk 資料庫中的客戶、帳單與費用，檢查規則與 ChargeDesk 視窗程式相同。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>rejected: invalid value, exact duplicate, possible duplicate without --acknowledge-duplicate, bill of another customer, charge void already, sample data that cannot be imported</source>
        <translation>已拒絕：值無效、完全重複的費用、疑似重複但未加 --acknowledge-duplicate、帳單屬於其他客戶、費用已作廢、範例資料無法匯入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not found: unknown customer, bill, charge or folder</source>
        <translation>找不到：客戶、帳單、費用或資料夾不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database error: the file cannot be opened, its schema is newer than this program, or a read or write failed</source>
        <translation>資料庫錯誤：檔案無法開啟、其資料庫結構版本比本程式新，或讀寫失敗</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit status:</source>
        <translation>結束代碼：</translation>
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
    <name>ListChargesCommand</name>
    <message>
        <location filename="../src/cli/listchargescommand.cpp" line="+11"/>
        <source>List charges as a table or as CSV.</source>
        <translation>以表格或 CSV 格式列出費用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text format shows amounts with the currency symbol and labels in the chosen language. The CSV format is for programs and is the same in every language: UTF-8, RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or line breaks in double quotes), a header row, codes instead of labels, amounts in major units with &apos;.&apos; and no grouping (1234.50), a currency column, dates as YYYY-MM-DD and timestamps in UTC ISO 8601.</source>
        <translation>文字格式以所選語言顯示標籤，金額附幣別符號。CSV 格式供程式使用，在任何語言下都相同：UTF-8、RFC 4180（逗號分隔、CRLF 換行，含逗號、引號或換行的欄位以雙引號括住）、含標題列、以代碼取代標籤、金額以主單位表示並以「.」作為小數點且不加千分位（1234.50）、另有幣別欄、日期為 YYYY-MM-DD，時間戳記為 UTC 的 ISO 8601 格式。</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="+96"/>
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
        <location line="+14"/>
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
        <location line="+134"/>
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
        <location line="+17"/>
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
        <location filename="../src/core/moneyparser.cpp" line="+142"/>
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
        <source>The amount “%1” has a sign in the wrong place. Only a minus sign before the amount is accepted, e.g. -%2.</source>
        <translation>金額「%1」中的正負號位置不正確。只接受寫在金額前面的負號，例如 -%2。</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <message>
        <location line="+10"/>
        <source>The amount “%1” is outside the allowed range from %2 to %3.</source>
        <translation>金額「%1」超出允許範圍（%2 至 %3）。</translation>
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
    <name>ShowCustomerCommand</name>
    <message>
        <location filename="../src/cli/showcustomercommand.cpp" line="+14"/>
        <source>Show a customer&apos;s details, bills, charges and outstanding balance.</source>
        <translation>顯示客戶的詳細資料、帳單、費用與未結餘額。</translation>
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
    <name>StoredTotals</name>
    <message>
        <location filename="../src/core/storedtotals.cpp" line="+19"/>
        <source>bill %1 was not found</source>
        <translation>找不到帳單 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>customer %1 was not found</source>
        <translation>找不到客戶 %1</translation>
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
        <location filename="../src/app/main.cpp" line="+79"/>
        <source>ChargeDesk</source>
        <translation>補費台</translation>
    </message>
</context>
</TS>
