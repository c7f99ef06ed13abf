<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a behaviour signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject, e.g. Called about the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing page visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry or contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackwardDialog</name>
    <message>
        <source>Move back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does “%1” go back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do these %1 deals go back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short reason, kept in the deal&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the %1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop cards here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signals or fit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 day in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogWindow</name>
    <message>
        <source>Product catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by SKU or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message>
        <source>Company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes &amp;valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organization “%1” will be created when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact “%1” will be created when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the deal a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want, e.g. POS system – Hoa Sen bakery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.250.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interested in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ub-stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to stage default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>No such signals in the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the last %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No industry, size or region recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two-way contact recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversation(s), the last on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interest recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected close date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel workbook, everything (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, deals (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, contacts (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, organizations (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, activities (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Import a spreadsheet or another CRM&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM Desk reads CSV files (any usual encoding; comma, semicolon or tab) and Excel .xlsx workbooks. Exports of HubSpot, Pipedrive, Salesforce, Zoho CRM, Google Contacts and Outlook are recognized by their columns; for any other file you say which column is what. Nothing is written until the last step, and you see what will happen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>Lead → Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect → Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateCriteria</name>
    <message>
        <source>Criteria of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be true, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Required to pass the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (untick to retire: answers already given stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder. Changes apply to the next gate crossing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <source>Qualify before moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why move anyway? (recorded in the deal&apos;s history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving “%1” crosses %2. Tick what is true, with evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 deals crosses %2. The answers apply to each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All required criteria are met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move will be recorded as an override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 required criterion is not met: tick it, or give an override reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 required criteria are not met: tick them, or give an override reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet. They are recorded, with the time, when the deal is moved across a gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers given at the gates, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 email or phone number that is not valid is left out of its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 emails or phone numbers that are not valid are left out of their rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why were these %1 deals lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reason needs a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — CRM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;won…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport latest quote as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint latest quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification criteria…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CRM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search deals, people, companies, email, phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 deal from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 deals from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an opportunity yet. Make a quote anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal has no quote yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1 deal. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1 deals. Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between cards and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the card one stage (same gates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CRM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CRM Desk %1&lt;/b&gt;&lt;p&gt;Your leads, prospects and opportunities in one local file, for small businesses.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column is what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognized as a %1 (about %2 rows). Check the choice above each column; change any that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM Desk does not know this file&apos;s format (about %1 rows). Choose above each column what it holds; columns left out are not imported. Each row becomes a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one column; keep it for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column holds the deal title, the organization or the contact&apos;s name: each row needs one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Dates, stages and duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year first (2026/12/31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in the file are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages CRM Desk does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that match an existing contact or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge: link the row to the existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the row (it is listed in the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row matches by email, by phone, or by the same name in the same organization. Nothing is written until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM Desk stage for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s dates read only one way; this is the order they use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates do not settle it: “%1” could be %2 (day first) or %3 (month first). Choose the order the file uses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineSettings</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win probability by sub-stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale after, without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered (untick to retire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationSettings</name>
    <message>
        <source>Qualification criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card passes a gate when every required criterion is ticked (or with an override reason). Every change here can be undone from the Edit menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT is 0, 5, 8 or 10 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Product to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;free line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark s&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1 % on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as revision %1; revision %2, as sent, is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes first: they make a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: the deal is now Won (Ctrl+Z undoes both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this quote?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotePrinting</name>
    <message>
        <source>Export quote as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotesTab</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quote yet for this deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an opportunity yet. Make a quote anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import: nothing from this file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every row; nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing; Stop leaves your data as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of about %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: nothing from this file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3; %4 matched records you already have; %5 left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report below says which and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import %1 Press Import to write them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreTab</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Score %1&lt;/b&gt; · %2 — the rules that count, after decay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour signals lose half their points every %1 days; fit attributes (industry, size, the contact&apos;s role) do not decay. A lead with no two-way contact yet is never hotter than warm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringSettings</name>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: points each signal or fact adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ideal customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Retail, Restaurants, Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;industries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Free-mail domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay and temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals count half after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm from score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hot from score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead with no two-way contact yet is never hot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm must start below hot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>process %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already open in another CRM Desk window (%2).

Work in that window, or close it first. Opening the file twice is safe for your data, but each window keeps its own undo history and shows the other&apos;s changes only after a refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to CRM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the leads you keep in a spreadsheet or another CRM&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pipeline is empty. Add the first lead you are talking to, bring in the ones you keep in a spreadsheet, or open the sample data to see a living pipeline (it is a separate file: sample deals never mix with yours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pipeline is empty. Add the first lead you are talking to, or bring in the ones you keep in a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
