<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy_GB">
<context>
    <name>AnswerStore</name>
    <message>
        <source>the answer has no version %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>QDF Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>banner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workbook contents</source>
        <translation>Cynnwys y llyfr gwaith</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a workbook (Ctrl+O) or create one (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Agor &amp;Diweddar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Golwg</translation>
    </message>
    <message>
        <source>&amp;New Master Workbook…</source>
        <translation>Llyfr Gwaith Meistr &amp;Newydd…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Chwyddo &amp;i Mewn</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Chwyddo &amp;Allan</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Maint &amp;Arferol</translation>
    </message>
</context>
<context>
    <name>Maturity</name>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Ready for sign-off</source>
        <translation>Yn barod i'w gymeradwyo</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Wedi'i gymeradwyo</translation>
    </message>
    <message>
        <source>Adopted into the Framework</source>
        <translation>Wedi'i fabwysiadu i'r Fframwaith</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>no milestone "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>the window could not be rendered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SectionStore</name>
    <message>
        <source>no section "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no question "%1" in section "%2"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>%1: the disk is full</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>QDF Workbench: CAREMORE workbooks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A workbook to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render the window to FILE.png and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page to show: a section key, qdf-index or plan-on-a-page.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qdf</name>
    <message>
        <source>already exists; choose another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a workbook needs an owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a master workbook needs a programme name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a participant workbook, not a master</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no item "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qdf::MaterialStore</name>
    <message>
        <source>a Working Example needs a title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no item "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a Reference Material needs a file name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qdf::ScheduleStore</name>
    <message>
        <source>no Schedule "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a Schedule needs a title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedules belong to a CAREMORE section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule %1 is %2: only the production team can change it, in the master copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule %1 cannot move from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the production team adopts Schedules into the Framework, in the master copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule %1 has no sign-off of its current version yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule %1 is %2; only a Schedule ready for sign-off can be signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has already signed version %2 of Schedule %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qdf::Workbook</name>
    <message>
        <source>is read-only and from an older version; make it writable so it can be upgraded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workbook record is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is open read-only; the change was not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qdf::gui</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No working examples yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reference materials attached yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Schedules drafted in this section yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qdf::gui::AnswerEditor</name>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write your answer here (Markdown: **bold**, - lists, ## headings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer as it will read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Heb ei ateb eto</translation>
    </message>
    <message>
        <source>Read-only workbook: this answer cannot be changed here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1. Your text is kept here and will be saved when possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1, saved by %2, %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qdf::gui::MainWindow</name>
    <message>
        <source>No workbook open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your last changes to %1 could not be saved, so it stays open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is read-only: you can read it, but changes cannot be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QDF Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>master copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>participant workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 (%3) — QDF Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All changes saved at %1 (revision %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New master workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QDF workbooks (*.qdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QDF workbooks (*.qdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some changes could not be saved. They are still on screen: copy them somewhere safe, or fix the problem and close again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qdf::gui::PlanPage</name>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi'i wneud</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Mewn perygl</translation>
    </message>
    <message>
        <source>CAREMORE Plan on a Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The three production stages, their milestones and outline timescales.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outline timescale: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status of milestone: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qdf::gui::QdfIndexPage</name>
    <message>
        <source>QDF Index</source>
        <translation>Mynegai'r QDF</translation>
    </message>
    <message>
        <source>Every Schedule of the Framework, numbered, with its section and maturity. Double-click a Schedule to open its section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter Schedules…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter Schedules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maturity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qdf::gui::SectionPage</name>
    <message>
        <source>Open questions</source>
        <translation>Cwestiynau agored</translation>
    </message>
</context>
<context>
    <name>qdf::workbookfile</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a folder, not a workbook file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty, not a workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a workbook (not an SQLite database)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another program's SQLite database, not a QDF workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written by a newer version of QDF Workbench (schema %1; this version reads up to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unfinished workbook (its creation never completed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is truncated (%1 bytes of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>