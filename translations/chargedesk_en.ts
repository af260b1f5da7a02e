<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BillCsvImporter</name>
    <message numerus="yes">
        <location filename="../src/core/billcsvimporter.cpp" line="+323"/>
        <location line="+1"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>Bill %1 of %2: %n line(s), total %3.</source>
        <translation>
            <numerusform>Bill %1 of %2: %n line, total %3.</numerusform>
            <numerusform>Bill %1 of %2: %n lines, total %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargeNoticeDialog</name>
    <message numerus="yes">
        <location filename="../src/widgets/chargenoticedialog.cpp" line="+241"/>
        <source>Left out because they are void, so they are not owed: charge no. %1.</source>
        <translation>
            <numerusform>Left out because it is void, so it is not owed: charge no. %1.</numerusform>
            <numerusform>Left out because they are void, so they are not owed: charges no. %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargeReportBuilder</name>
    <message numerus="yes">
        <location filename="../src/reports/chargereportbuilder.cpp" line="+78"/>
        <source>%1 from %n charge(s)</source>
        <translation>
            <numerusform>%1 from %n charge</numerusform>
            <numerusform>%1 from %n charges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 from %n void charge(s)</source>
        <translation>
            <numerusform>%1 from %n void charge</numerusform>
            <numerusform>%1 from %n void charges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%n charge(s) counted</source>
        <translation>
            <numerusform>%n charge counted</numerusform>
            <numerusform>%n charges counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n void of %1 not counted</source>
        <translation>
            <numerusform>%n void of %1 not counted</numerusform>
            <numerusform>%n void of %1 not counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargeReportDialog</name>
    <message numerus="yes">
        <location filename="../src/widgets/chargereportdialog.cpp" line="+322"/>
        <source>Charge no. %1 is void, so it is not owed and gets no notice. Include posted charges in the filters.</source>
        <translation>
            <numerusform>Charge no. %1 is void, so it is not owed and gets no notice. Include posted charges in the filters.</numerusform>
            <numerusform>Charges no. %1 are void, so they are not owed and get no notice. Include posted charges in the filters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargeReportFilter</name>
    <message numerus="yes">
        <location filename="../src/core/chargereportfilter.cpp" line="+192"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message numerus="yes">
        <location filename="../src/core/connectioncheck.cpp" line="+133"/>
        <source>The server did not answer within %n seconds.</source>
        <translation>
            <numerusform>The server did not answer within %n seconds.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message numerus="yes">
        <location filename="../src/widgets/connectiondialog.cpp" line="+232"/>
        <source>Connecting to %1 … The test gives up when the server does not answer within %n seconds.</source>
        <translation>
            <numerusform>Connecting to %1 … The test gives up when the server does not answer within %n seconds.</numerusform>
            <numerusform>Connecting to %1 … The test gives up when the server does not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvFileActions</name>
    <message numerus="yes">
        <location filename="../src/widgets/csvfileactions.cpp" line="+95"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportCheckPage</name>
    <message numerus="yes">
        <location filename="../src/widgets/csvimportcheckpage.cpp" line="+219"/>
        <source>%n line(s) have problems, listed above. Nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%n line has problems, listed above. Nothing can be imported until it is fixed.</numerusform>
            <numerusform>%n lines have problems, listed above. Nothing can be imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line(s) may duplicate charges entered before, as listed below. If they are right, write a note saying why. The note is stored with each of these charges.</source>
        <translation>
            <numerusform>%n line may duplicate charges entered before, as listed below. If it is right, write a note saying why. The note is stored with the charge.</numerusform>
            <numerusform>%n lines may duplicate charges entered before, as listed below. If they are right, write a note saying why. The note is stored with each of these charges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportResultPage</name>
    <message numerus="yes">
        <location filename="../src/widgets/csvimportresultpage.cpp" line="+181"/>
        <source>The bills have %n line(s).</source>
        <translation>
            <numerusform>The bills have %n line.</numerusform>
            <numerusform>The bills have %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n line(s) have problems, listed below. Fix the file and import it again.</source>
        <translation>
            <numerusform>%n line has problems, listed below. Fix the file and import it again.</numerusform>
            <numerusform>%n lines have problems, listed below. Fix the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportTexts</name>
    <message numerus="yes">
        <location filename="../src/widgets/csvimporttexts.cpp" line="+12"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n bill</numerusform>
            <numerusform>%n bills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n charge</numerusform>
            <numerusform>%n charges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerChargesPanel</name>
    <message numerus="yes">
        <location filename="../src/widgets/customerchargespanel.cpp" line="+239"/>
        <source>Charge no. %1 is void, so it is not owed and gets no notice. Select a posted charge.</source>
        <translation>
            <numerusform>Charge no. %1 is void, so it is not owed and gets no notice. Select a posted charge.</numerusform>
            <numerusform>Charges no. %1 are void, so they are not owed and get no notice. Select posted charges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerFilter</name>
    <message numerus="yes">
        <location filename="../src/widgets/customerfilter.cpp" line="+240"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message numerus="yes">
        <location filename="../src/widgets/customerlistpage.cpp" line="+138"/>
        <source>At least %Ln customer(s)</source>
        <translation>
            <numerusform>At least %Ln customer</numerusform>
            <numerusform>At least %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/exportcsvcommand.cpp" line="+143"/>
        <source>%n row(s) written to “%1”.</source>
        <translation>
            <numerusform>%n row written to “%1”.</numerusform>
            <numerusform>%n rows written to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstallmentPlanDialog</name>
    <message numerus="yes">
        <location filename="../src/widgets/installmentplandialog.cpp" line="+201"/>
        <source>The amount %1 cannot be split into %n installment(s) of at least one minor unit each. Choose fewer installments.</source>
        <translation>
            <numerusform>The amount %1 cannot be split into %n installment of at least one minor unit each. Choose fewer installments.</numerusform>
            <numerusform>The amount %1 cannot be split into %n installments of at least one minor unit each. Choose fewer installments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegritySummary</name>
    <message numerus="yes">
        <location filename="../src/core/integritysummary.cpp" line="+24"/>
        <source>%n mismatch(es) found.</source>
        <translation>
            <numerusform>%n mismatch found.</numerusform>
            <numerusform>%n mismatches found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mismatch(es) found. The audit chain cannot be trusted from audit record %1 on.</source>
        <translation>
            <numerusform>%n mismatch found. The audit chain cannot be trusted from audit record %1 on.</numerusform>
            <numerusform>%n mismatches found. The audit chain cannot be trusted from audit record %1 on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LateFeeCalculator</name>
    <message numerus="yes">
        <location filename="../src/core/latefeecalculator.cpp" line="+26"/>
        <source>Days overdue: %n day(s), from the due date %1 to %2</source>
        <translation>
            <numerusform>Days overdue: %n day, from the due date %1 to %2</numerusform>
            <numerusform>Days overdue: %n days, from the due date %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Days overdue: %n day(s)</source>
        <translation>
            <numerusform>Days overdue: %n day</numerusform>
            <numerusform>Days overdue: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The monthly rate applies pro rata by day: %n day(s) ÷ %1 days per month</source>
        <translation>
            <numerusform>The monthly rate applies pro rata by day: %n day ÷ %1 days per month</numerusform>
            <numerusform>The monthly rate applies pro rata by day: %n days ÷ %1 days per month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+214"/>
        <source>%1 × %2 per month × %n day(s) ÷ %3 = %4</source>
        <extracomment>Late fee: base × monthly rate × days overdue ÷ days per month = fee.</extracomment>
        <translation>
            <numerusform>%1 × %2 per month × %n day ÷ %3 = %4</numerusform>
            <numerusform>%1 × %2 per month × %n days ÷ %3 = %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 × %2 per day × %n day(s) = %3</source>
        <extracomment>Late fee: base × daily rate × days overdue = fee.</extracomment>
        <translation>
            <numerusform>%1 × %2 per day × %n day = %3</numerusform>
            <numerusform>%1 × %2 per day × %n days = %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeQuery</name>
    <message numerus="yes">
        <location filename="../src/core/noticequery.cpp" line="+93"/>
        <source>Charges not found: %1. Check the charge numbers.</source>
        <translation>
            <numerusform>Charge not found: %1. Check the charge number.</numerusform>
            <numerusform>Charges not found: %1. Check the charge numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No notice for void charges: %1. Leave them out of the list.</source>
        <translation>
            <numerusform>No notice for a void charge: %1. Leave it out of the list.</numerusform>
            <numerusform>No notice for void charges: %1. Leave them out of the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeReport</name>
    <message numerus="yes">
        <location filename="../src/cli/noticereport.cpp" line="+81"/>
        <source>%n notice(s) written to “%1”.</source>
        <translation>
            <numerusform>%n notice written to “%1”.</numerusform>
            <numerusform>%n notices written to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodLock</name>
    <message numerus="yes">
        <location filename="../src/core/periodlock.cpp" line="+104"/>
        <source>Only an administrator can move the lock date, under Settings › Period Lock. The administrator is %1.</source>
        <translation>
            <numerusform>Only an administrator can move the lock date, under Settings › Period Lock. The administrator is %1.</numerusform>
            <numerusform>Only an administrator can move the lock date, under Settings › Period Lock. The administrators are %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderItem</name>
    <message numerus="yes">
        <location filename="../src/core/reminderitem.cpp" line="+38"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Overdue %n day</numerusform>
            <numerusform>Overdue %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderLetterDialog</name>
    <message numerus="yes">
        <location filename="../src/widgets/reminderletterdialog.cpp" line="+210"/>
        <source>Were the %n reminder letter(s) dated %1 sent? Recording them shows the date under Last letter, and the next letter to the customer mentions it.</source>
        <translation>
            <numerusform>Were the %n reminder letter dated %1 sent? Recording them shows the date under Last letter, and the next letter to the customer mentions it.</numerusform>
            <numerusform>Were the %n reminder letters dated %1 sent? Recording them shows the date under Last letter, and the next letter to the customer mentions it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n letter(s) recorded as sent on %1.</source>
        <translation>
            <numerusform>%n letter recorded as sent on %1.</numerusform>
            <numerusform>%n letters recorded as sent on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderLetterReport</name>
    <message numerus="yes">
        <location filename="../src/cli/reminderletterreport.cpp" line="+119"/>
        <source>%n reminder letter(s) written to “%1”.</source>
        <translation>
            <numerusform>%n reminder letter written to “%1”.</numerusform>
            <numerusform>%n reminder letters written to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n letter(s) recorded as sent on %1.</source>
        <translation>
            <numerusform>%n letter recorded as sent on %1.</numerusform>
            <numerusform>%n letters recorded as sent on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message numerus="yes">
        <location filename="../src/widgets/reminderpanel.cpp" line="+220"/>
        <source>Nothing is overdue, due today or due within %n day(s).</source>
        <translation>
            <numerusform>Nothing is overdue, due today or due within %n day.</numerusform>
            <numerusform>Nothing is overdue, due today or due within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n most urgent item(s) to follow up; more are due</source>
        <translation>
            <numerusform>The most urgent item to follow up; more are due</numerusform>
            <numerusform>The %n most urgent items to follow up; more are due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) to follow up</source>
        <translation>
            <numerusform>%n item to follow up</numerusform>
            <numerusform>%n items to follow up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderSummary</name>
    <message numerus="yes">
        <location filename="../src/core/remindersummary.cpp" line="+29"/>
        <source>%n item(s) due today</source>
        <translation>
            <numerusform>%n item due today</numerusform>
            <numerusform>%n items due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>%n item overdue</numerusform>
            <numerusform>%n items overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) due soon</source>
        <translation>
            <numerusform>%n item due soon</numerusform>
            <numerusform>%n items due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n more</source>
        <extracomment>Ends a list of customer names, e.g. &quot;Alfreds, Around the Horn and 2 more&quot;.</extracomment>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/reminderscommand.cpp" line="+107"/>
        <source>Reminders on %1, window %n day(s):</source>
        <translation>
            <numerusform>Reminders on %1, window %n day:</numerusform>
            <numerusform>Reminders on %1, window %n days:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/reportcommand.cpp" line="+302"/>
        <source>Total %1: %2 from %n charge(s)</source>
        <translation>
            <numerusform>Total %1: %2 from %n charge</numerusform>
            <numerusform>Total %1: %2 from %n charges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Voided %1: %2 from %n void charge(s)</source>
        <translation>
            <numerusform>Voided %1: %2 from %n void charge</numerusform>
            <numerusform>Voided %1: %2 from %n void charges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportOutputController</name>
    <message numerus="yes">
        <location filename="../src/widgets/reportoutputcontroller.cpp" line="+239"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendingBarChart</name>
    <message numerus="yes">
        <location filename="../src/widgets/spendingbarchart.cpp" line="+52"/>
        <source>%1, %2 of the charges (%n charges)</source>
        <translation>
            <numerusform>%1, %2 of the charges (%n charge)</numerusform>
            <numerusform>%1, %2 of the charges (%n charges)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendingChartPanel</name>
    <message numerus="yes">
        <location filename="../src/widgets/spendingchartpanel.cpp" line="+135"/>
        <source>Posted charges: %1 (%n charges)</source>
        <translation>
            <numerusform>Posted charges: %1 (%n charge)</numerusform>
            <numerusform>Posted charges: %1 (%n charges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Payments of charges: %1 (%n payments)</source>
        <translation>
            <numerusform>Payments of charges: %1 (%n payment)</numerusform>
            <numerusform>Payments of charges: %1 (%n payments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendingMonthlyChart</name>
    <message numerus="yes">
        <location filename="../src/widgets/spendingmonthlychart.cpp" line="+47"/>
        <source>Charges: %1 (%n charges)</source>
        <translation>
            <numerusform>Charges: %1 (%n charge)</numerusform>
            <numerusform>Charges: %1 (%n charges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Payments of charges: %1 (%n payments)</source>
        <translation>
            <numerusform>Payments of charges: %1 (%n payment)</numerusform>
            <numerusform>Payments of charges: %1 (%n payments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendingPieChart</name>
    <message numerus="yes">
        <location filename="../src/widgets/spendingpiechart.cpp" line="+33"/>
        <source>%1, %2 of the charges (%n charges)</source>
        <translation>
            <numerusform>%1, %2 of the charges (%n charge)</numerusform>
            <numerusform>%1, %2 of the charges (%n charges)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendingReportBuilder</name>
    <message numerus="yes">
        <location filename="../src/reports/spendingreportbuilder.cpp" line="+51"/>
        <source>Top %n customers by charges</source>
        <translation>
            <numerusform>Top %n customer by charges</numerusform>
            <numerusform>Top %n customers by charges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 (%n charges)</source>
        <translation>
            <numerusform>%1 (%n charge)</numerusform>
            <numerusform>%1 (%n charges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n payments)</source>
        <translation>
            <numerusform>%1 (%n payment)</numerusform>
            <numerusform>%1 (%n payments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%2 of %3; %n charges)</source>
        <translation>
            <numerusform>%1 (%2 of %3; %n charge)</numerusform>
            <numerusform>%1 (%2 of %3; %n charges)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserContext</name>
    <message numerus="yes">
        <location filename="../src/core/usercontext.cpp" line="+150"/>
        <source>The administrator is %1.</source>
        <translation>
            <numerusform>The administrator is %1.</numerusform>
            <numerusform>The administrators are %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
