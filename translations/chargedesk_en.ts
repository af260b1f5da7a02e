<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BillCsvImporter</name>
    <message numerus="yes">
        <location filename="../src/core/billcsvimporter.cpp" line="+313"/>
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
        <location filename="../src/widgets/chargenoticedialog.cpp" line="+251"/>
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
        <location filename="../src/widgets/chargereportdialog.cpp" line="+321"/>
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
        <location filename="../src/widgets/customerchargespanel.cpp" line="+180"/>
        <source>Charge no. %1 is void, so it is not owed and gets no notice. Select a posted charge.</source>
        <translation>
            <numerusform>Charge no. %1 is void, so it is not owed and gets no notice. Select a posted charge.</numerusform>
            <numerusform>Charges no. %1 are void, so they are not owed and get no notice. Select posted charges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message numerus="yes">
        <location filename="../src/widgets/customerlistpage.cpp" line="+131"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
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
    <name>ReportCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/reportcommand.cpp" line="+281"/>
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
    <message numerus="yes">
        <location line="+122"/>
        <source>%n notice(s) written to “%1”.</source>
        <translation>
            <numerusform>%n notice written to “%1”.</numerusform>
            <numerusform>%n notices written to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportOutputController</name>
    <message numerus="yes">
        <location filename="../src/widgets/reportoutputcontroller.cpp" line="+238"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
</context>
</TS>
