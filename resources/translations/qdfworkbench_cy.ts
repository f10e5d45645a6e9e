<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy_GB">
<context>
    <name>ActionPlanView</name>
    <message>
        <source>Add ac&amp;tion…</source>
        <translation>&amp;Ychwanegu cam gweithredu…</translation>
    </message>
    <message>
        <source>&amp;Open action sheet…</source>
        <translation>Agor y &amp;daflen gweithredu…</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Tynnu'r cam gweithredu</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Improves</source>
        <translation>Yn gwella</translation>
    </message>
    <message>
        <source>We need
to achieve...</source>
        <translation>Mae angen
i ni gyflawni...</translation>
    </message>
    <message>
        <source>So that
we can...</source>
        <translation>Er mwyn
i ni allu...</translation>
    </message>
    <message>
        <source>By doing...</source>
        <translation>Drwy wneud...</translation>
    </message>
    <message>
        <source>By when...</source>
        <translation>Erbyn pryd...</translation>
    </message>
    <message>
        <source>Involving...</source>
        <translation>Yn cynnwys...</translation>
    </message>
    <message>
        <source>How critical,
how well</source>
        <translation>Pa mor hanfodol,
pa mor dda</translation>
    </message>
    <message>
        <source>Resources
needed...</source>
        <translation>Adnoddau sydd
eu hangen...</translation>
    </message>
    <message>
        <source>Carry each driver's Prioritised Improvement Target through to an action here. Enter opens an action's detailed sheet: lead person, support roles, what will really make the difference, and the delivery plan's review points.</source>
        <translation>Trosglwyddwch y Targed Gwella wedi'i Flaenoriaethu ar gyfer pob sbardun i gam gweithredu yma. Mae Enter yn agor taflen fanwl y cam gweithredu: y person arweiniol, rolau cymorth, yr hyn a fydd yn gwneud gwahaniaeth go iawn, a phwyntiau adolygu'r cynllun cyflawni.</translation>
    </message>
</context>
<context>
    <name>ActionSheetDialog</name>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>The action plan and its detailed sheet</source>
        <translation>Y cynllun gweithredu a'i daflen fanwl</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>Cynllunio gweithredu</translation>
    </message>
    <message>
        <source>Driver or element this action improves</source>
        <translation>Y sbardun neu'r elfen y mae'r cam gweithredu hwn yn ei wella</translation>
    </message>
    <message>
        <source>We need to achieve</source>
        <translation>Mae angen i ni gyflawni</translation>
    </message>
    <message>
        <source>So that we can</source>
        <translation>Er mwyn i ni allu</translation>
    </message>
    <message>
        <source>&amp;Improves:</source>
        <translation>&amp;Yn gwella:</translation>
    </message>
    <message>
        <source>&amp;We need to achieve...</source>
        <translation>Mae angen i ni &amp;gyflawni...</translation>
    </message>
    <message>
        <source>&amp;So that we can...</source>
        <translation>Er mwyn i ni a&amp;llu...</translation>
    </message>
    <message>
        <source>By doing, step %1</source>
        <translation>Drwy wneud, cam %1</translation>
    </message>
    <message>
        <source>By &amp;doing...  1.</source>
        <translation>Drwy &amp;wneud...  1.</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Involving</source>
        <translation>Yn cynnwys</translation>
    </message>
    <message>
        <source>How critical, how well</source>
        <translation>Pa mor hanfodol, pa mor dda</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation>Adnoddau sydd eu hangen</translation>
    </message>
    <message>
        <source>By &amp;when...</source>
        <translation>Erbyn &amp;pryd...</translation>
    </message>
    <message>
        <source>In&amp;volving...</source>
        <translation>Yn &amp;cynnwys...</translation>
    </message>
    <message>
        <source>How &amp;critical, how well</source>
        <translation>Pa mor &amp;hanfodol, pa mor dda</translation>
    </message>
    <message>
        <source>&amp;Resources needed...</source>
        <translation>&amp;Adnoddau sydd eu hangen...</translation>
    </message>
    <message>
        <source>Detailed action planning</source>
        <translation>Cynllunio gweithredu manwl</translation>
    </message>
    <message>
        <source>What we are trying to achieve</source>
        <translation>Yr hyn rydym yn ceisio ei gyflawni</translation>
    </message>
    <message>
        <source>Clarifying the purpose and outcome of the focus of our activity</source>
        <translation>Egluro diben a chanlyniad ffocws ein gweithgarwch</translation>
    </message>
    <message>
        <source>Lead person for delivery</source>
        <translation>Person arweiniol ar gyfer cyflawni</translation>
    </message>
    <message>
        <source>Who will be the central owner/coordinator of the outcomes?</source>
        <translation>Pwy fydd prif berchennog/cydlynydd y canlyniadau?</translation>
    </message>
    <message>
        <source>Support roles and what is required</source>
        <translation>Rolau cymorth a'r hyn sydd ei angen</translation>
    </message>
    <message>
        <source>Who and how do they need to support?</source>
        <translation>Pwy, a sut mae angen iddynt gefnogi?</translation>
    </message>
    <message>
        <source>What will really make the difference?</source>
        <translation>Beth fydd yn gwneud gwahaniaeth go iawn?</translation>
    </message>
    <message>
        <source>What is really important here? What are the critical dimensions that will ensure successful delivery?</source>
        <translation>Beth sy'n wirioneddol bwysig yma? Beth yw'r dimensiynau hanfodol a fydd yn sicrhau cyflawni llwyddiannus?</translation>
    </message>
    <message>
        <source>What we are &amp;trying to achieve:</source>
        <translation>Yr hyn rydym yn ce&amp;isio ei gyflawni:</translation>
    </message>
    <message>
        <source>&amp;Lead person for delivery:</source>
        <translation>Person a&amp;rweiniol ar gyfer cyflawni:</translation>
    </message>
    <message>
        <source>S&amp;upport roles and what is required:</source>
        <translation>Rolau cy&amp;morth a'r hyn sydd ei angen:</translation>
    </message>
    <message>
        <source>What will really &amp;make the difference?</source>
        <translation>Beth &amp;fydd yn gwneud gwahaniaeth go iawn?</translation>
    </message>
    <message>
        <source>Delivery plan: review points</source>
        <translation>Cynllun cyflawni: pwyntiau adolygu</translation>
    </message>
    <message>
        <source>Review point</source>
        <translation>Pwynt adolygu</translation>
    </message>
    <message>
        <source>What we expect to have achieved</source>
        <translation>Yr hyn rydym yn disgwyl ei gyflawni erbyn hynny</translation>
    </message>
    <message>
        <source>What we have achieved</source>
        <translation>Yr hyn rydym wedi'i gyflawni</translation>
    </message>
    <message>
        <source>Learning points and plan to progress</source>
        <translation>Pwyntiau dysgu a chynllun i symud ymlaen</translation>
    </message>
    <message>
        <source>Add review &amp;point</source>
        <translation>Ychwanegu pwynt ad&amp;olygu</translation>
    </message>
    <message>
        <source>Remove review point</source>
        <translation>Tynnu pwynt adolygu</translation>
    </message>
    <message>
        <source>Delivery plan</source>
        <translation>Cynllun cyflawni</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>Cadw &amp;nawr</translation>
    </message>
    <message>
        <source>The sheet is saved as you type.</source>
        <translation>Caiff y daflen ei chadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>This workbook is open read-only.</source>
        <translation>Mae'r llyfr gwaith hwn ar agor i'w ddarllen yn unig.</translation>
    </message>
    <message>
        <source>Saved as you type, once it says what we need to achieve.</source>
        <translation>Caiff ei chadw wrth i chi deipio, unwaith y bydd yn nodi'r hyn sydd angen i ni ei gyflawni.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Pob newid wedi'i gadw</translation>
    </message>
    <message>
        <source>an action needs to say what we need to achieve</source>
        <translation>mae angen i gam gweithredu nodi'r hyn sydd angen i ni ei gyflawni</translation>
    </message>
    <message>
        <source>the new action</source>
        <translation>y cam gweithredu newydd</translation>
    </message>
    <message>
        <source>the action “%1”</source>
        <translation>y cam gweithredu “%1”</translation>
    </message>
</context>
<context>
    <name>ActionStore</name>
    <message>
        <source>an action needs to say what we need to achieve</source>
        <translation>mae angen i gam gweithredu nodi'r hyn sydd angen i ni ei gyflawni</translation>
    </message>
    <message>
        <source>an action belongs to a round or a review</source>
        <translation>mae cam gweithredu'n perthyn i rownd neu adolygiad</translation>
    </message>
    <message>
        <source>no action "%1"</source>
        <translation>nid oes cam gweithredu "%1"</translation>
    </message>
</context>
<context>
    <name>AgreedLevelDelegate</name>
    <message>
        <source>not agreed</source>
        <translation>heb ei chytuno</translation>
    </message>
    <message>
        <source>Agreed level: %1</source>
        <translation>Lefel y cytunwyd arni: %1</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Answer: %1</source>
        <translation>Ateb: %1</translation>
    </message>
    <message>
        <source>Write your answer here (Markdown: **bold**, - lists, ## headings)</source>
        <translation>Ysgrifennwch eich ateb yma (Markdown: **trwm**, - rhestrau, ## penawdau)</translation>
    </message>
    <message>
        <source>Answer as it will read: %1</source>
        <translation>Yr ateb fel y bydd yn ymddangos: %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Hanes…</translation>
    </message>
    <message>
        <source>History of the answer to: %1</source>
        <translation>Hanes yr ateb i: %1</translation>
    </message>
    <message>
        <source>Read-only workbook: this answer cannot be changed here</source>
        <translation>Llyfr gwaith darllen yn unig: ni ellir newid yr ateb hwn yma</translation>
    </message>
    <message>
        <source>Not saved yet. Your text is kept here and will be saved when possible.</source>
        <translation>Heb ei gadw eto. Mae eich testun yn aros yma a chaiff ei gadw pan fydd hynny'n bosibl.</translation>
    </message>
    <message>
        <source>This answer cannot be read: %1</source>
        <translation>Ni ellir darllen yr ateb hwn: %1</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Heb ei ateb eto</translation>
    </message>
    <message>
        <source>Version %1, saved by %2, %3</source>
        <translation>Fersiwn %1, wedi'i gadw gan %2, %3</translation>
    </message>
    <message>
        <source>the answer to: %1</source>
        <translation>yr ateb i: %1</translation>
    </message>
    <message>
        <source>Write your answer in Welsh here (Markdown: **bold**, - lists, ## headings)</source>
        <translation>Ysgrifennwch eich ateb yn Gymraeg yma (Markdown: **trwm**, - rhestrau, ## penawdau)</translation>
    </message>
    <message>
        <source>Answer in Welsh: %1</source>
        <translation>Ateb yn Gymraeg: %1</translation>
    </message>
    <message>
        <source>Answer in English: %1</source>
        <translation>Ateb yn Saesneg: %1</translation>
    </message>
    <message>
        <source>Ask the room…</source>
        <translation>Gofyn i'r ystafell…</translation>
    </message>
</context>
<context>
    <name>AnswerHistoryDialog</name>
    <message>
        <source>History of an answer</source>
        <translation>Hanes ateb</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Fersiynau a gadwyd</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation>Y fersiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>The history of this answer</source>
        <translation>Hanes yr ateb hwn</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3</source>
        <translation>Fersiwn %1 — %2, %3</translation>
    </message>
    <message>
        <source> (restored from version %1)</source>
        <translation> (wedi'i adfer o fersiwn %1)</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Adfer y fersiwn hwn</translation>
    </message>
</context>
<context>
    <name>AnswerStore</name>
    <message>
        <source>the answer has no version %1</source>
        <translation>nid oes gan yr ateb fersiwn %1</translation>
    </message>
</context>
<context>
    <name>CatalystCharts</name>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (anghyflawn)</translation>
    </message>
    <message>
        <source>%1 (%2 of 5 rated)</source>
        <translation>%1 (%2 o 5 wedi'u sgorio)</translation>
    </message>
    <message>
        <source>Compare the agreed scores with</source>
        <translation>Cymharu'r sgoriau y cytunwyd arnynt â</translation>
    </message>
    <message>
        <source>&amp;Beside the agreed scores:</source>
        <translation>Wrth &amp;ymyl y sgoriau y cytunwyd arnynt:</translation>
    </message>
    <message>
        <source>Radar of the six driver totals</source>
        <translation>Radar o gyfansymiau'r chwe sbardun</translation>
    </message>
    <message>
        <source>Driver totals across rounds</source>
        <translation>Cyfansymiau'r sbardunau ar draws rowndiau</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>dim byd</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Rownd: %1</translation>
    </message>
    <message>
        <source>Driver totals, %1</source>
        <translation>Cyfansymiau'r sbardunau, %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Y cytunwyd arni</translation>
    </message>
    <message>
        <source>%1 (agreed)</source>
        <translation>%1 (y cytunwyd arnynt)</translation>
    </message>
    <message>
        <source>Agreed totals across rounds</source>
        <translation>Cyfansymiau y cytunwyd arnynt ar draws rowndiau</translation>
    </message>
</context>
<context>
    <name>CatalystPage</name>
    <message>
        <source>A Catalyst for Change: self-assessment</source>
        <translation>Catalydd Newid: hunanasesiad</translation>
    </message>
    <message>
        <source>Score each element on your own first (about a minute each: press 1-4), then compare as a group, discuss the biggest differences and agree the scores.</source>
        <translation>Sgoriwch bob elfen ar eich pen eich hun yn gyntaf (tua munud yr un: pwyswch 1-4), yna cymharwch fel grŵp, trafodwch y gwahaniaethau mwyaf a chytunwch ar y sgoriau.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rownd</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Rownd newydd…</translation>
    </message>
    <message>
        <source>Whose scores</source>
        <translation>Sgoriau pwy</translation>
    </message>
    <message>
        <source>&amp;Projector view</source>
        <translation type="vanished">Golwg &amp;taflunydd</translation>
    </message>
    <message>
        <source>Larger text, and participants shown as Person A, B, … instead of by name</source>
        <translation type="vanished">Testun mwy, a chyfranogwyr yn cael eu dangos fel Person A, B, … yn lle wrth eu henw</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Rownd:</translation>
    </message>
    <message>
        <source>Scores of:</source>
        <translation>Sgoriau gan:</translation>
    </message>
    <message>
        <source>Workshop timer, five minutes a driver:</source>
        <translation type="vanished">Amserydd y gweithdy, pum munud i bob sbardun:</translation>
    </message>
    <message>
        <source>Views of the round</source>
        <translation>Golygon y rownd</translation>
    </message>
    <message>
        <source>&amp;Individual scoring</source>
        <translation>Sgorio &amp;unigol</translation>
    </message>
    <message>
        <source>Add pa&amp;rticipant…</source>
        <translation>Ychwanegu cyfra&amp;nogwr…</translation>
    </message>
    <message>
        <source>Scores collected in the room: type 1-4 in a participant's column, Delete clears.</source>
        <translation>Sgoriau a gasglwyd yn yr ystafell: teipiwch 1-4 yng ngholofn cyfranogwr, mae Delete yn clirio.</translation>
    </message>
    <message>
        <source>E&amp;nter scores</source>
        <translation>C&amp;ofnodi sgoriau</translation>
    </message>
    <message>
        <source>&amp;Group view</source>
        <translation>Golwg g&amp;rŵp</translation>
    </message>
    <message>
        <source>Fina&amp;l scores</source>
        <translation>Sgoriau terfyno&amp;l</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Siartiau</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>Cynllun g&amp;weithredu</translation>
    </message>
    <message>
        <source>&amp;Detailed assessment</source>
        <translation>Asesiad &amp;manwl</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Rownd newydd</translation>
    </message>
    <message>
        <source>Name of the round:</source>
        <translation>Enw'r rownd:</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Gweithdy %1</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ychwanegu cyfranogwr</translation>
    </message>
    <message>
        <source>Participant's name:</source>
        <translation>Enw'r cyfranogwr:</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Tynnu'r cam gweithredu</translation>
    </message>
    <message>
        <source>Remove the action "%1"? (Edit › Undo brings it back.)</source>
        <translation>Tynnu'r cam gweithredu "%1"? (Mae Golygu › Dadwneud yn dod ag ef yn ôl.)</translation>
    </message>
    <message>
        <source>The rounds of the self-assessment</source>
        <translation>Rowndiau'r hunanasesiad</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The round “%1”</source>
        <translation>Y rownd “%1”</translation>
    </message>
    <message>
        <source>No agreed scores yet: agree them in the group view.</source>
        <translation>Dim sgoriau y cytunwyd arnynt eto: cytunwch arnynt yn y golwg grŵp.</translation>
    </message>
    <message>
        <source>Whole system. %1</source>
        <translation>Y system gyfan. %1</translation>
    </message>
    <message>
        <source>Catalyst report (PDF, Word, ODT, HTML)…</source>
        <translation>Adroddiad Catalydd (PDF, Word, ODT, HTML)…</translation>
    </message>
    <message>
        <source>Final scores (XLSX, CSV)…</source>
        <translation>Sgoriau terfynol (XLSX, CSV)…</translation>
    </message>
    <message>
        <source>Group view (XLSX, CSV)…</source>
        <translation>Golwg grŵp (XLSX, CSV)…</translation>
    </message>
    <message>
        <source>Action plan (XLSX, CSV)…</source>
        <translation>Cynllun gweithredu (XLSX, CSV)…</translation>
    </message>
    <message>
        <source>The round</source>
        <translation>Y rownd</translation>
    </message>
    <message>
        <source>Catalyst %1</source>
        <translation>Catalydd %1</translation>
    </message>
    <message>
        <source>Catalyst %1 %2</source>
        <translation>Catalydd %1 %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Start live session…</source>
        <translation>Dechrau sesiwn fyw…</translation>
    </message>
    <message>
        <source>Participants score this round from their own phones, blind until you reveal</source>
        <translation>Mae cyfranogwyr yn sgorio'r rownd hon o'u ffonau eu hunain, heb weld sgoriau ei gilydd nes i chi eu datgelu</translation>
    </message>
</context>
<context>
    <name>CatalystStore</name>
    <message>
        <source>no Catalyst element "%1" (see 'qdf catalyst elements')</source>
        <translation>nid oes elfen Catalydd "%1" (gweler 'qdf catalyst elements')</translation>
    </message>
    <message>
        <source>level %1 is outside 1-4</source>
        <translation>mae lefel %1 y tu allan i 1-4</translation>
    </message>
    <message>
        <source>a round needs a name</source>
        <translation>mae angen enw ar rownd</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation>nid yw "%1" yn ddyddiad (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>there is already a round "%1"</source>
        <translation>mae rownd "%1" yn bodoli eisoes</translation>
    </message>
    <message>
        <source>no Catalyst round "%1"</source>
        <translation>nid oes rownd Catalydd "%1"</translation>
    </message>
    <message>
        <source>a rating needs the participant's name</source>
        <translation>mae angen enw'r cyfranogwr ar sgôr</translation>
    </message>
    <message>
        <source>no Catalyst driver "%1"</source>
        <translation>nid oes sbardun Catalydd "%1"</translation>
    </message>
    <message>
        <source>no Catalyst driver or element "%1" (see 'qdf catalyst elements')</source>
        <translation>nid oes sbardun nac elfen Catalydd "%1" (gweler 'qdf catalyst elements')</translation>
    </message>
</context>
<context>
    <name>ChartWithTable</name>
    <message>
        <source>Show as table</source>
        <translation>Dangos fel tabl</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Dangos %1 fel tabl</translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation>%1, fel tabl</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1: dim i'w ddangos eto</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ChecklistTable</name>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Nodwedd</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>In place?</source>
        <translation>Ar waith?</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>the session has too many connections open: try again</source>
        <translation>mae gan y sesiwn ormod o gysylltiadau ar agor: rhowch gynnig arall arni</translation>
    </message>
    <message>
        <source>a request to this session is at most %1 KiB</source>
        <translation>mae cais i'r sesiwn hon yn %1 KiB ar y mwyaf</translation>
    </message>
    <message>
        <source>the request took too long to arrive</source>
        <translation>cymerodd y cais ormod o amser i gyrraedd</translation>
    </message>
</context>
<context>
    <name>DetailedAssessment</name>
    <message>
        <source>Elements</source>
        <translation>Elfennau</translation>
    </message>
    <message>
        <source>The element's levels in detail</source>
        <translation>Lefelau'r elfen yn fanwl</translation>
    </message>
    <message>
        <source>agreed level %1, %2</source>
        <translation>lefel y cytunwyd arni %1, %2</translation>
    </message>
    <message>
        <source>no level agreed yet</source>
        <translation>dim lefel wedi'i chytuno eto</translation>
    </message>
    <message>
        <source>To move on to “%1”:</source>
        <translation>I symud ymlaen i “%1”:</translation>
    </message>
    <message>
        <source> — current level</source>
        <translation> — y lefel bresennol</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Dangosyddion</translation>
    </message>
    <message>
        <source>Approaches to change</source>
        <translation>Dulliau o newid</translation>
    </message>
</context>
<context>
    <name>DiffPanes</name>
    <message>
        <source>The same as the base</source>
        <translation>Yr un fath â'r sail</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) taken out by one side or both, struck through; F7 goes to the next</source>
        <translation>
            <numerusform>%n darn wedi'u tynnu allan gan un ochr neu'r ddwy, wedi'u croesi allan; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn wedi'i dynnu allan gan un ochr neu'r ddwy, wedi'i groesi allan; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn wedi'u tynnu allan gan un ochr neu'r ddwy, wedi'u croesi allan; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn wedi'u tynnu allan gan un ochr neu'r ddwy, wedi'u croesi allan; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn wedi'u tynnu allan gan un ochr neu'r ddwy, wedi'u croesi allan; mae F7 yn mynd i'r nesaf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) differ from the base, underlined; F7 goes to the next</source>
        <translation>
            <numerusform>%n darn yn wahanol i'r sail, wedi'u tanlinellu; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn yn wahanol i'r sail, wedi'i danlinellu; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn yn wahanol i'r sail, wedi'u tanlinellu; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn yn wahanol i'r sail, wedi'u tanlinellu; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn yn wahanol i'r sail, wedi'u tanlinellu; mae F7 yn mynd i'r nesaf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>Scores by participant: type 1-4 in a cell</source>
        <translation>Sgoriau fesul cyfranogwr: teipiwch 1-4 mewn cell</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 o 5</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>anghyflawn</translation>
    </message>
    <message>
        <source>Type 1-4</source>
        <translation>Teipiwch 1-4</translation>
    </message>
</context>
<context>
    <name>ErasureStore</name>
    <message>
        <source>%1 is a participant's workbook: a person is erased in the master, by the production team, and the master's next update erases them here too</source>
        <translation>Llyfr gwaith cyfranogwr yw %1: yn y meistr y mae'r tîm cynhyrchu yn dileu person, ac mae diweddariad nesaf y meistr yn eu dileu yma hefyd</translation>
    </message>
    <message>
        <source>%1 is this workbook's owner: a workbook's owner is not erased from it</source>
        <translation>%1 yw perchennog y llyfr gwaith hwn: nid yw perchennog llyfr gwaith yn cael ei ddileu ohono</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>More</source>
        <translation>Mwy</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>Dangos y neges gyfan</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Diystyru'r neges</translation>
    </message>
    <message>
        <source>Dismiss the message (Escape)</source>
        <translation>Diystyru'r neges (Escape)</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Llai</translation>
    </message>
    <message>
        <source>Show only the start of the message</source>
        <translation>Dangos dechrau'r neges yn unig</translation>
    </message>
</context>
<context>
    <name>ExamplesPanel</name>
    <message>
        <source>Working Examples</source>
        <translation>Enghreifftiau Gwaith</translation>
    </message>
    <message>
        <source>The selected working example</source>
        <translation>Yr enghraifft waith a ddewiswyd</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ychwanegu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>The working examples</source>
        <translation>Yr enghreifftiau gwaith</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No working examples yet: add one from practice, here or elsewhere.</source>
        <translation>Dim enghreifftiau gwaith eto: ychwanegwch un o'r ymarfer, yma neu yn rhywle arall.</translation>
    </message>
    <message>
        <source>Edit working example</source>
        <translation>Golygu enghraifft waith</translation>
    </message>
    <message>
        <source>Add working example</source>
        <translation>Ychwanegu enghraifft waith</translation>
    </message>
    <message>
        <source>the working example “%1”</source>
        <translation>yr enghraifft waith “%1”</translation>
    </message>
</context>
<context>
    <name>FinalScoresTable</name>
    <message>
        <source>The final scores</source>
        <translation>Y sgoriau terfynol</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Sbardun</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Prioritised Improvement Target
(carry through to the action plan)</source>
        <translation>Targed Gwella wedi'i Flaenoriaethu
(i'w drosglwyddo i'r cynllun gweithredu)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>anghyflawn</translation>
    </message>
    <message>
        <source>Type the Prioritised Improvement Target for %1</source>
        <translation>Teipiwch y Targed Gwella wedi'i Flaenoriaethu ar gyfer %1</translation>
    </message>
    <message>
        <source>Prioritised Improvement Target</source>
        <translation>Targed Gwella wedi'i Flaenoriaethu</translation>
    </message>
</context>
<context>
    <name>FrameworkEdits</name>
    <message>
        <source>"%1" is not a question key: use lower-case letters, digits and hyphens</source>
        <translation>nid yw "%1" yn allwedd cwestiwn: defnyddiwch lythrennau bach, digidau a chysylltnodau</translation>
    </message>
    <message>
        <source>a question needs its text</source>
        <translation>mae angen testun ar gwestiwn</translation>
    </message>
    <message>
        <source>the section "%1" already has a question "%2"</source>
        <translation>mae cwestiwn "%2" yn yr adran "%1" eisoes</translation>
    </message>
    <message>
        <source>the section "%1" cannot be renamed "%2"</source>
        <translation>nid oes modd ailenwi'r adran "%1" yn "%2"</translation>
    </message>
    <message>
        <source>a question of the section "%1", which this workbook does not have</source>
        <translation>cwestiwn o'r adran "%1", nad yw yn y llyfr gwaith hwn</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <source>Group view: everyone's levels, most divergent first</source>
        <translation>Golwg grŵp: lefelau pawb, y rhai mwyaf gwahanol yn gyntaf</translation>
    </message>
    <message>
        <source>Press 1 to 4 to agree the level of the element in the current row; F2, Return or Space open the list of levels.</source>
        <translation>Pwyswch 1 i 4 i gytuno ar lefel yr elfen yn y rhes gyfredol; mae F2, Return neu Bylchwr yn agor y rhestr o lefelau.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Ystod</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Canolrif</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Y cytunwyd arni</translation>
    </message>
    <message>
        <source>Note of the discussion</source>
        <translation>Nodyn o'r drafodaeth</translation>
    </message>
    <message>
        <source>Press 1-4 to agree a level, F2 or Return to choose from the list</source>
        <translation>Pwyswch 1-4 i gytuno ar lefel, F2 neu Return i ddewis o'r rhestr</translation>
    </message>
    <message>
        <source>Agree a level first, then note the discussion.</source>
        <translation>Cytunwch ar lefel yn gyntaf, yna nodwch y drafodaeth.</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>QDF Workbench User Guide</source>
        <translation>Canllaw Defnyddiwr QDF Workbench</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Canllaw defnyddiwr</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Sgôr:</translation>
    </message>
    <message>
        <source>Evidence &amp;notes:</source>
        <translation>&amp;Nodiadau tystiolaeth:</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Nodiadau tystiolaeth</translation>
    </message>
    <message>
        <source>Our own sub-questions</source>
        <translation>Ein his-gwestiynau ein hunain</translation>
    </message>
    <message>
        <source>Sub-questions</source>
        <translation>Is-gwestiynau</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ychwanegu…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Awgrymiadau</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Golygu…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Add sub-question</source>
        <translation>Ychwanegu is-gwestiwn</translation>
    </message>
    <message>
        <source>Sub-question:</source>
        <translation>Is-gwestiwn:</translation>
    </message>
    <message>
        <source>Edit sub-question</source>
        <translation>Golygu is-gwestiwn</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Ffeiliau tystiolaeth</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Atodi…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Actions for this item</source>
        <translation>Camau gweithredu ar gyfer yr eitem hon</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Ychwanegu cam gweithredu…</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>Dewiswch eitem ar y chwith.</translation>
    </message>
    <message>
        <source>Comments (Tool 20): %1</source>
        <translation>Sylwadau (Offeryn 20): %1</translation>
    </message>
    <message>
        <source>For model %1: %2</source>
        <translation>Ar gyfer model %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>erbyn %1</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Dim camau gweithredu eto.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Atodi tystiolaeth</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>the workbook's new signing key was not kept</source>
        <translation>ni chadwyd allwedd lofnodi newydd y llyfr gwaith</translation>
    </message>
    <message>
        <source>%1: this workbook's signing key (%2) is not on this computer's account, so nothing can be signed as its owner: if this is your workbook, copy its key file %3 from the computer it was made on, or make a new key with 'qdf keys new' (the production team or the participants then accept it)</source>
        <translation>%1: nid yw allwedd lofnodi'r llyfr gwaith hwn (%2) ar gyfrif y cyfrifiadur hwn, felly ni ellir llofnodi dim fel ei berchennog: os mai eich llyfr gwaith chi yw hwn, copïwch ei ffeil allwedd %3 o'r cyfrifiadur y cafodd ei greu arno, neu crëwch allwedd newydd gyda 'qdf keys new' (yna bydd y tîm cynhyrchu neu'r cyfranogwyr yn ei derbyn)</translation>
    </message>
    <message>
        <source>%1: no key with the fingerprint %2 (see 'qdf keys list')</source>
        <translation>%1: dim allwedd â'r ôl bys %2 (gweler 'qdf keys list')</translation>
    </message>
    <message>
        <source>%1: %2 names more than one key: give more of the fingerprint</source>
        <translation>%1: mae %2 yn cyfateb i fwy nag un allwedd: rhowch fwy o'r ôl bys</translation>
    </message>
    <message>
        <source>%1: %2 is this workbook's own key</source>
        <translation>%1: %2 yw allwedd y llyfr gwaith hwn ei hun</translation>
    </message>
    <message>
        <source>%1: %2 is this workbook's own key: make a new one with 'qdf keys new'</source>
        <translation>%1: %2 yw allwedd y llyfr gwaith hwn ei hun: crëwch un newydd gyda 'qdf keys new'</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>yr allwedd %1</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language of %1</source>
        <translation>Iaith %1</translation>
    </message>
    <message>
        <source>Write %1 in Welsh</source>
        <translation>Ysgrifennu %1 yn Gymraeg</translation>
    </message>
    <message>
        <source>Write %1 in English</source>
        <translation>Ysgrifennu %1 yn Saesneg</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>Y ddwy, ochr yn ochr</translation>
    </message>
    <message>
        <source>Write %1 in Welsh and English side by side</source>
        <translation>Ysgrifennu %1 yn Gymraeg ac yn Saesneg ochr yn ochr</translation>
    </message>
    <message>
        <source>Mark as translated</source>
        <translation>Nodi fel wedi'i gyfieithu</translation>
    </message>
    <message>
        <source>Mark %1 as translated: the Welsh and the English say the same</source>
        <translation>Nodi %1 fel wedi'i gyfieithu: mae'r Gymraeg a'r Saesneg yn dweud yr un peth</translation>
    </message>
    <message>
        <source>The Welsh and the English say the same as they are now: neither shows as out of date until one of them changes.</source>
        <translation>Mae'r Gymraeg a'r Saesneg yn dweud yr un peth fel y maen nhw nawr: ni fydd y naill na'r llall yn ymddangos fel wedi dyddio nes i un ohonyn nhw newid.</translation>
    </message>
</context>
<context>
    <name>LiveAnswerStore</name>
    <message>
        <source>write an answer first</source>
        <translation>ysgrifennwch ateb yn gyntaf</translation>
    </message>
    <message>
        <source>an answer of up to %1 characters, please</source>
        <translation>ateb o hyd at %1 nod, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>an answer cannot hold control characters</source>
        <translation>ni all ateb gynnwys nodau rheoli</translation>
    </message>
    <message>
        <source>no live answer %1</source>
        <translation>dim ateb byw %1</translation>
    </message>
    <message>
        <source>answers from a live workshop are kept in the master copy</source>
        <translation>caiff atebion o weithdy byw eu cadw yn y prif gopi</translation>
    </message>
</context>
<context>
    <name>LiveAnswers</name>
    <message>
        <source>Show answers anonymously</source>
        <translation>Dangos atebion yn ddienw</translation>
    </message>
    <message>
        <source>On the screen, each answer says "Anonymous" instead of who sent it; a kept answer still records its author</source>
        <translation>Ar y sgrin, mae pob ateb yn dweud "Dienw" yn lle pwy a'i hanfonodd; mae ateb a gadwyd yn dal i gofnodi ei awdur</translation>
    </message>
    <message>
        <source>Answers are kept as contributions only in the master copy: this workbook is a participant's, so the answers are shown and stored here, not kept.</source>
        <translation>Dim ond yn y prif gopi y caiff atebion eu cadw fel cyfraniadau: llyfr gwaith cyfranogwr yw hwn, felly caiff yr atebion eu dangos a'u storio yma, nid eu cadw.</translation>
    </message>
    <message>
        <source>Answers from the phones, as they arrive</source>
        <translation>Atebion o'r ffonau, wrth iddynt gyrraedd</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Keep this answer as a contribution to the master's answer, to compose from later</source>
        <translation>Cadw'r ateb hwn fel cyfraniad at ateb y prif gopi, i gyfansoddi ohono wedyn</translation>
    </message>
    <message>
        <source>Kept as a contribution to the master's answer: compose from it in Sync › Review conflicts and contributions.</source>
        <translation>Wedi'i gadw fel cyfraniad at ateb y prif gopi: cyfansoddwch ohono yn Cysoni › Adolygu achosion o wrthdaro a chyfraniadau.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Dienw</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (wedi'i gadw)</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Wedi'i gadw</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Wedi'i gadw: %1</translation>
    </message>
    <message>
        <source>Keep as a contribution: %1</source>
        <translation>Cadw fel cyfraniad: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to “%1”</source>
        <translation>
            <numerusform>Dim atebion i “%1”</numerusform>
            <numerusform>%n ateb i “%1”</numerusform>
            <numerusform>%n ateb i “%1”</numerusform>
            <numerusform>%n ateb i “%1”</numerusform>
            <numerusform>%n ateb i “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>Dangos i'r ystafell</translation>
    </message>
    <message>
        <source>The answers full screen in large type, for the projector: Escape closes it</source>
        <translation>Yr atebion ar y sgrin gyfan mewn print bras, ar gyfer y taflunydd: mae Escape yn ei gau</translation>
    </message>
</context>
<context>
    <name>LiveAnswersWall</name>
    <message>
        <source>Answers from the room</source>
        <translation>Atebion o'r ystafell</translation>
    </message>
    <message>
        <source>Answers from the room, for the projector</source>
        <translation>Atebion o'r ystafell, ar gyfer y taflunydd</translation>
    </message>
    <message>
        <source>No answers yet: they appear here as they arrive.</source>
        <translation>Dim atebion eto: maen nhw'n ymddangos yma wrth iddyn nhw gyrraedd.</translation>
    </message>
    <message>
        <source>Escape closes this screen.</source>
        <translation>Mae Escape yn cau'r sgrin hon.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Dienw</translation>
    </message>
    <message>
        <source>%1
— %2</source>
        <translation>%1
— %2</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Open on a phone, or scan:</source>
        <translation>Agorwch ar ffôn, neu sganiwch:</translation>
    </message>
    <message>
        <source>Session code:</source>
        <translation>Cod y sesiwn:</translation>
    </message>
    <message>
        <source>Who has joined, and how many of the open driver's elements each has scored</source>
        <translation>Pwy sydd wedi ymuno, a faint o elfennau'r sbardun agored y mae pob un wedi'u sgorio</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Cadarnhau</translation>
    </message>
    <message>
        <source>Let the chosen person, who typed their name or joined again, score</source>
        <translation>Gadael i'r person a ddewiswyd, a deipiodd ei enw neu a ymunodd eto, sgorio</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Gwrthod</translation>
    </message>
    <message>
        <source>Remove the chosen join from the session: its device can no longer score</source>
        <translation>Tynnu'r ymuno a ddewiswyd o'r sesiwn: ni all ei ddyfais sgorio mwyach</translation>
    </message>
    <message>
        <source>Next driver</source>
        <translation>Sbardun nesaf</translation>
    </message>
    <message>
        <source>Close the open driver and open the next one</source>
        <translation>Cau'r sbardun agored ac agor yr un nesaf</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Datgelu</translation>
    </message>
    <message>
        <source>Close the open driver and show the group's scores of every closed driver</source>
        <translation>Cau'r sbardun agored a dangos sgoriau'r grŵp ar gyfer pob sbardun sydd wedi'i gau</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Atal y sesiwn</translation>
    </message>
    <message>
        <source>Stop serving the phones; every score received is already saved</source>
        <translation>Peidio â gwasanaethu'r ffonau; mae pob sgôr a ddaeth i law wedi'i chadw eisoes</translation>
    </message>
    <message>
        <source>Revealed: the group view shows everyone's scores of the closed drivers.</source>
        <translation>Wedi'i ddatgelu: mae golwg y grŵp yn dangos sgoriau pawb ar gyfer y sbardunau sydd wedi'u cau.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Heb ei wneud: %1</translation>
    </message>
    <message>
        <source>No live session</source>
        <translation>Dim sesiwn fyw</translation>
    </message>
    <message>
        <source>Live session: round “%1”</source>
        <translation type="vanished">Sesiwn fyw: rownd “%1”</translation>
    </message>
    <message>
        <source>Address to open: %1</source>
        <translation>Cyfeiriad i'w agor: %1</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>Cod QR y cyfeiriad %1</translation>
    </message>
    <message>
        <source>Session code: %1</source>
        <translation>Cod y sesiwn: %1</translation>
    </message>
    <message>
        <source>Open for scoring: %1</source>
        <translation>Ar agor i'w sgorio: %1</translation>
    </message>
    <message>
        <source>No driver is open: Reveal shows the group's scores, or Stop ends the session.</source>
        <translation type="vanished">Nid oes sbardun ar agor: mae Datgelu yn dangos sgoriau'r grŵp, neu mae Atal yn dod â'r sesiwn i ben.</translation>
    </message>
    <message>
        <source>%1 (typed the name: waiting to be confirmed)</source>
        <translation>%1 (teipiwyd yr enw: yn aros i gael ei gadarnhau)</translation>
    </message>
    <message>
        <source>%1 (joined again from another device: waiting to be confirmed)</source>
        <translation>%1 (wedi ymuno eto o ddyfais arall: yn aros i gael ei gadarnhau)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 scored</source>
        <translation type="vanished">%1: %2 o %3 wedi'u sgorio</translation>
    </message>
    <message>
        <source>Scored the whole driver: %1 of %2.</source>
        <translation>Wedi sgorio'r sbardun cyfan: %1 o %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n joined.</source>
        <translation>
            <numerusform>Neb wedi ymuno.</numerusform>
            <numerusform>%n wedi ymuno.</numerusform>
            <numerusform>%n wedi ymuno.</numerusform>
            <numerusform>%n wedi ymuno.</numerusform>
            <numerusform>%n wedi ymuno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round “%1”</source>
        <translation>Rownd “%1”</translation>
    </message>
    <message>
        <source>No driver is open.</source>
        <translation>Does dim sbardun ar agor.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 o %3</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Question open for answers from the phones</source>
        <translation>Cwestiwn ar agor i atebion o'r ffonau</translation>
    </message>
    <message>
        <source>Open a question: participants answer it from their phones, and the answers appear here</source>
        <translation>Agor cwestiwn: mae cyfranogwyr yn ei ateb o'u ffonau, ac mae'r atebion yn ymddangos yma</translation>
    </message>
    <message>
        <source>Show answers anonymously</source>
        <translation type="vanished">Dangos atebion yn ddienw</translation>
    </message>
    <message>
        <source>On the screen, each answer says "Anonymous" instead of who sent it; a kept answer still records its author</source>
        <translation type="vanished">Ar y sgrin, mae pob ateb yn dweud "Dienw" yn lle pwy a'i hanfonodd; mae ateb a gadwyd yn dal i gofnodi ei awdur</translation>
    </message>
    <message>
        <source>Answers from the phones, as they arrive</source>
        <translation type="vanished">Atebion o'r ffonau, wrth iddynt gyrraedd</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Wedi ymuno</translation>
    </message>
    <message>
        <source>No question open</source>
        <translation>Dim cwestiwn ar agor</translation>
    </message>
    <message>
        <source>The question is closed: the phones no longer take answers.</source>
        <translation>Mae'r cwestiwn ar gau: nid yw'r ffonau'n derbyn atebion mwyach.</translation>
    </message>
    <message>
        <source>Open for answers from the phones: %1</source>
        <translation>Ar agor i atebion o'r ffonau: %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="vanished">Cadw</translation>
    </message>
    <message>
        <source>Keep this answer as a contribution to the master's answer, to compose from later</source>
        <translation type="vanished">Cadw'r ateb hwn fel cyfraniad at ateb y prif gopi, i gyfansoddi ohono wedyn</translation>
    </message>
    <message>
        <source>Kept as a contribution to the master's answer: compose from it in Sync › Review conflicts and contributions.</source>
        <translation type="vanished">Wedi'i gadw fel cyfraniad at ateb y prif gopi: cyfansoddwch ohono yn Cysoni › Adolygu achosion o wrthdaro a chyfraniadau.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="vanished">Dienw</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation type="vanished">%1 (wedi'i gadw)</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="vanished">Wedi'i gadw</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation type="vanished">Wedi'i gadw: %1</translation>
    </message>
    <message>
        <source>Keep as a contribution: %1</source>
        <translation type="vanished">Cadw fel cyfraniad: %1</translation>
    </message>
    <message>
        <source>Answers (%1)</source>
        <translation>Atebion (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to “%1”</source>
        <translation type="vanished">
            <numerusform>Dim atebion i “%1”</numerusform>
            <numerusform>%n ateb i “%1”</numerusform>
            <numerusform>%n ateb i “%1”</numerusform>
            <numerusform>%n ateb i “%1”</numerusform>
            <numerusform>%n ateb i “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Cwestiynau agored</translation>
    </message>
    <message>
        <source>Answers are kept as contributions only in the master copy: this workbook is a participant's, so the answers are shown and stored here, not kept.</source>
        <translation type="vanished">Dim ond yn y prif gopi y caiff atebion eu cadw fel cyfraniadau: llyfr gwaith cyfranogwr yw hwn, felly caiff yr atebion eu dangos a'u storio yma, nid eu cadw.</translation>
    </message>
    <message>
        <source>Who has joined</source>
        <translation>Pwy sydd wedi ymuno</translation>
    </message>
    <message>
        <source>Open questions only: nothing is scored in this session.</source>
        <translation>Cwestiynau agored yn unig: does dim yn cael ei sgorio yn y sesiwn hon.</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>there is no source of randomness for the session's code and tokens</source>
        <translation>nid oes ffynhonnell hap ar gyfer cod a thocynnau'r sesiwn</translation>
    </message>
    <message>
        <source>that is not this session's code: check the code on the screen</source>
        <translation>nid dyna god y sesiwn hon: gwiriwch y cod ar y sgrin</translation>
    </message>
    <message>
        <source>give your name</source>
        <translation>rhowch eich enw</translation>
    </message>
    <message>
        <source>a name of up to %1 characters, please</source>
        <translation>enw o hyd at %1 nod, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>a name cannot hold control characters</source>
        <translation>ni all enw gynnwys nodau rheoli</translation>
    </message>
    <message>
        <source>this session has taken as many joins as it can (%1)</source>
        <translation>mae'r sesiwn hon wedi derbyn cymaint o ymuniadau ag y gall (%1)</translation>
    </message>
    <message>
        <source>the facilitator's token does not score: join as a participant</source>
        <translation>nid yw tocyn yr hwylusydd yn sgorio: ymunwch fel cyfranogwr</translation>
    </message>
    <message>
        <source>this device has not joined the session (or was removed from it): join again</source>
        <translation>nid yw'r ddyfais hon wedi ymuno â'r sesiwn (neu cafodd ei thynnu ohoni): ymunwch eto</translation>
    </message>
    <message>
        <source>the facilitator has not confirmed your name yet</source>
        <translation>nid yw'r hwylusydd wedi cadarnhau eich enw eto</translation>
    </message>
    <message>
        <source>there is no element "%1"</source>
        <translation>nid oes elfen "%1"</translation>
    </message>
    <message>
        <source>a level is 1, 2, 3 or 4, or "not sure"</source>
        <translation>mae lefel yn 1, 2, 3 neu 4, neu "not sure" (ansicr)</translation>
    </message>
    <message>
        <source>"%1" is not open for scoring yet</source>
        <translation>nid yw "%1" ar agor i'w sgorio eto</translation>
    </message>
    <message>
        <source>the facilitator has closed "%1": its scores can no longer change</source>
        <translation>mae'r hwylusydd wedi cau "%1": ni all ei sgoriau newid mwyach</translation>
    </message>
    <message>
        <source>no driver is open</source>
        <translation>nid oes sbardun ar agor</translation>
    </message>
    <message>
        <source>there is no driver "%1"</source>
        <translation>nid oes sbardun "%1"</translation>
    </message>
    <message>
        <source>"%1" has been scored in this session: its scores stay closed</source>
        <translation>mae "%1" wedi'i sgorio yn y sesiwn hon: mae ei sgoriau'n aros ar gau</translation>
    </message>
    <message>
        <source>every driver has been scored</source>
        <translation>mae pob sbardun wedi'i sgorio</translation>
    </message>
    <message>
        <source>no driver has been scored since the last reveal</source>
        <translation>nid oes sbardun wedi'i sgorio ers y datgelu diwethaf</translation>
    </message>
    <message>
        <source>no one has joined as number %1</source>
        <translation>nid oes neb wedi ymuno fel rhif %1</translation>
    </message>
    <message>
        <source>the facilitator has not revealed the scores yet</source>
        <translation>nid yw'r hwylusydd wedi datgelu'r sgoriau eto</translation>
    </message>
    <message>
        <source>this session has no round to score: it is for open questions</source>
        <translation>nid oes gan y sesiwn hon rownd i'w sgorio: mae ar gyfer cwestiynau agored</translation>
    </message>
    <message>
        <source>this session has no round: it is for open questions</source>
        <translation>nid oes gan y sesiwn hon rownd: mae ar gyfer cwestiynau agored</translation>
    </message>
    <message>
        <source>no question is open</source>
        <translation>nid oes cwestiwn ar agor</translation>
    </message>
    <message>
        <source>the facilitator's token does not answer: join as a participant</source>
        <translation>nid yw tocyn yr hwylusydd yn ateb: ymunwch fel cyfranogwr</translation>
    </message>
    <message>
        <source>no question is open for answers now</source>
        <translation>nid oes cwestiwn ar agor i atebion nawr</translation>
    </message>
    <message>
        <source>no answer %1 was posted in this session</source>
        <translation>ni anfonwyd ateb %1 yn y sesiwn hon</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Schedule as it will read</source>
        <translation>Yr Atodlen fel y bydd yn ymddangos</translation>
    </message>
    <message>
        <source>Showing parts %1 to %2 of %3: the part being edited and its neighbours. The whole Schedule reads as it will be printed in the Framework.</source>
        <translation>Yn dangos rhannau %1 i %2 o %3: y rhan sy'n cael ei golygu a'r rhannau cyfagos. Mae'r Atodlen gyfan yn ymddangos fel y caiff ei hargraffu yn y Fframwaith.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>QDF Workbench</source>
        <translation>QDF Workbench</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>banner</translation>
    </message>
    <message>
        <source>Workbook contents</source>
        <translation>Cynnwys y llyfr gwaith</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>Selected page</source>
        <translation>Y dudalen a ddewiswyd</translation>
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
        <translation>G&amp;olwg</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Close Workbook</source>
        <translation>&amp;Cau'r Llyfr Gwaith</translation>
    </message>
    <message>
        <source>&amp;Print Workbook…</source>
        <translation>A&amp;rgraffu'r Llyfr Gwaith…</translation>
    </message>
    <message>
        <source>&amp;Export Workbook…</source>
        <translation>A&amp;llforio'r Llyfr Gwaith…</translation>
    </message>
    <message>
        <source>P&amp;ublish the Framework…</source>
        <translation>C&amp;yhoeddi'r Fframwaith…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Search the Workbook…</source>
        <translation>&amp;Chwilio'r Llyfr Gwaith…</translation>
    </message>
    <message>
        <source>&amp;Progress at a Glance</source>
        <translation>&amp;Cipolwg ar y Cynnydd</translation>
    </message>
    <message>
        <source>Your last changes to %1 could not be saved, so it stays open.</source>
        <translation>Ni fu modd cadw eich newidiadau diwethaf i %1, felly mae'n aros ar agor.</translation>
    </message>
    <message>
        <source>Updated with changes saved by %1</source>
        <translation>Wedi'i ddiweddaru gyda newidiadau a gadwyd gan %1</translation>
    </message>
    <message>
        <source>All changes saved to the shared folder: %1</source>
        <translation>Pob newid wedi'i gadw yn y ffolder a rennir: %1</translation>
    </message>
    <message>
        <source>%1 is open read-only: you can read it, and changes saved elsewhere appear as they are made, but your changes cannot be saved.</source>
        <translation>Mae %1 ar agor i'w ddarllen yn unig: gallwch ei ddarllen, ac mae newidiadau a gadwyd mewn man arall yn ymddangos wrth iddynt gael eu gwneud, ond ni ellir cadw eich newidiadau chi.</translation>
    </message>
    <message>
        <source>Opened %1 from the shared folder (worked on here, saved back as you go)</source>
        <translation>Agorwyd %1 o'r ffolder a rennir (yn cael ei weithio arno yma, a'i gadw'n ôl wrth i chi fynd)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Agorwyd %1</translation>
    </message>
    <message>
        <source>No workbook open</source>
        <translation>Dim llyfr gwaith ar agor</translation>
    </message>
    <message>
        <source>The last workbook, %1, is no longer there.</source>
        <translation>Nid yw'r llyfr gwaith diwethaf, %1, yno mwyach.</translation>
    </message>
    <message>
        <source>The demo programme could not be made in %1: %2</source>
        <translation>Ni fu modd creu'r rhaglen arddangos yn %1: %2</translation>
    </message>
    <message>
        <source>The demo programme is in %1: this master copy and three participants' workbooks (File › Open). What you change there stays there.</source>
        <translation>Mae'r rhaglen arddangos yn %1: y prif gopi hwn a llyfrau gwaith tri chyfranogwr (Ffeil › Agor). Mae'r hyn rydych yn ei newid yno yn aros yno.</translation>
    </message>
    <message>
        <source>The sections of %1 cannot be read: %2</source>
        <translation>Ni ellir darllen adrannau %1: %2</translation>
    </message>
    <message>
        <source>Catalyst for Change</source>
        <translation>Catalydd Newid</translation>
    </message>
    <message>
        <source>Commissioning review</source>
        <translation>Adolygiad comisiynu</translation>
    </message>
    <message>
        <source>Progress at a glance</source>
        <translation>Cynnydd ar yr olwg gyntaf</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>master copy</source>
        <translation>prif gopi</translation>
    </message>
    <message>
        <source>participant workbook</source>
        <translation>llyfr gwaith cyfranogwr</translation>
    </message>
    <message>
        <source>%1[*] — %2, %3 (%4) — QDF Workbench</source>
        <translation>%1[*] — %2, %3 (%4) — QDF Workbench</translation>
    </message>
    <message>
        <source>All changes saved at %1 (revision %2)</source>
        <translation>Pob newid wedi'i gadw am %1 (diwygiad %2)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>New master workbook</source>
        <translation>Llyfr gwaith meistr newydd</translation>
    </message>
    <message>
        <source>QDF workbooks (*.qdf)</source>
        <translation>Llyfrau gwaith QDF (*.qdf)</translation>
    </message>
    <message>
        <source>Programme name:</source>
        <translation>Enw'r rhaglen:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Eich enw:</translation>
    </message>
    <message>
        <source>Open workbook</source>
        <translation>Agor llyfr gwaith</translation>
    </message>
    <message>
        <source>QDF workbooks (*.qdf);;All files (*)</source>
        <translation>Llyfrau gwaith QDF (*.qdf);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Ysgrifennwyd i %1</translation>
    </message>
    <message>
        <source>Some changes could not be saved. They are still on screen: copy them somewhere safe, or fix the problem and close again.</source>
        <translation>Ni fu modd cadw rhai newidiadau. Maen nhw'n dal ar y sgrin: copïwch nhw i rywle diogel, neu datryswch y broblem a chaewch eto.</translation>
    </message>
    <message>
        <source>Language of the sections and questions:</source>
        <translation>Iaith yr adrannau a'r cwestiynau:</translation>
    </message>
    <message>
        <source>Presen&amp;tation Mode</source>
        <translation>&amp;Modd Cyflwyno</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Sesiwn fyw</translation>
    </message>
    <message>
        <source>The live session could not start: %1</source>
        <translation>Ni allai'r sesiwn fyw ddechrau: %1</translation>
    </message>
    <message>
        <source>Live session started: participants open %1 and give the code %2</source>
        <translation>Dechreuodd y sesiwn fyw: mae cyfranogwyr yn agor %1 ac yn rhoi'r cod %2</translation>
    </message>
    <message>
        <source>The question could not be opened for answers: %1</source>
        <translation>Nid oedd modd agor y cwestiwn i atebion: %1</translation>
    </message>
    <message>
        <source>Open for answers from the phones (code %1): %2</source>
        <translation>Ar agor i atebion o'r ffonau (cod %1): %2</translation>
    </message>
</context>
<context>
    <name>MaterialStore</name>
    <message>
        <source>a Working Example needs a title</source>
        <translation>mae angen teitl ar Enghraifft Waith</translation>
    </message>
    <message>
        <source>no item "%1"</source>
        <translation>nid oes eitem "%1"</translation>
    </message>
    <message>
        <source>a working example</source>
        <translation>enghraifft waith</translation>
    </message>
    <message>
        <source>a Reference Material needs a file name</source>
        <translation>mae angen enw ffeil ar Ddeunydd Cyfeirio</translation>
    </message>
    <message>
        <source>a reference material</source>
        <translation>deunydd cyfeirio</translation>
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
        <translation>Wedi'i chymeradwyo</translation>
    </message>
    <message>
        <source>Adopted into the Framework</source>
        <translation>Wedi'i fabwysiadu i'r Fframwaith</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>Review conflicts and contributions</source>
        <translation>Adolygu achosion o wrthdaro a chyfraniadau</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>What each file brings. Nothing has changed yet: Import takes them in, one after another, after a backup of this workbook; each import can be undone later as a whole.</source>
        <translation>Yr hyn a ddaw gyda phob ffeil. Nid oes dim wedi newid eto: mae Mewnforio yn dod â nhw i mewn, y naill ar ôl y llall, ar ôl gwneud copi wrth gefn o'r llyfr gwaith hwn; gellir dadwneud pob mewnforiad yn ei gyfanrwydd yn nes ymlaen.</translation>
    </message>
    <message>
        <source>What each file brings</source>
        <translation>Beth mae pob ffeil yn ei gynnig</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Oddi wrth</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Fast-forward</source>
        <translation>Yn syth ymlaen</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Wedi'u cyfuno</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>Yn gwrthdaro</translation>
    </message>
    <message>
        <source>Already had</source>
        <translation>Yma eisoes</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cyfraniadau</translation>
    </message>
    <message>
        <source>Held back by a rule</source>
        <translation>Wedi'u dal yn ôl gan reol</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>What waits: conflicts and contributions</source>
        <translation>Beth sy'n aros: achosion o wrthdaro a chyfraniadau</translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision</source>
        <translation>Achosion o wrthdaro sy'n aros am benderfyniad</translation>
    </message>
    <message>
        <source>Base: the version both started from</source>
        <translation>Sail: y fersiwn y dechreuodd y ddwy ochr ohono</translation>
    </message>
    <message>
        <source>This workbook — %1</source>
        <translation>Y llyfr gwaith hwn — %1</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Eu fersiwn nhw</translation>
    </message>
    <message>
        <source>Merged result</source>
        <translation>Canlyniad y cyfuno</translation>
    </message>
    <message>
        <source>Base (both started from this)</source>
        <translation>Sail (man cychwyn y ddwy ochr)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Eu fersiwn nhw</translation>
    </message>
    <message>
        <source>&amp;Result (edit it, then Ctrl+Return)</source>
        <translation>&amp;Canlyniad (golygwch ef, yna Ctrl+Return)</translation>
    </message>
    <message>
        <source>Keep &amp;ours</source>
        <translation>Cadw ein fersiwn &amp;ni</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Cymryd &amp;eu fersiwn nhw</translation>
    </message>
    <message>
        <source>Take &amp;base</source>
        <translation>Cymryd y &amp;sail</translation>
    </message>
    <message>
        <source>&amp;Use the result</source>
        <translation>&amp;Defnyddio'r canlyniad</translation>
    </message>
    <message>
        <source>In the list: O keeps ours, T takes theirs, B takes the base; Ctrl+Return uses the result. F7 and Shift+F7: the next and previous difference.</source>
        <translation>Yn y rhestr: mae O yn cadw ein fersiwn ni, T yn cymryd eu fersiwn nhw, B yn cymryd y sail; mae Ctrl+Return yn defnyddio'r canlyniad. F7 a Shift+F7: y gwahaniaeth nesaf a'r un blaenorol.</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Gwrthdaro</translation>
    </message>
    <message>
        <source>Questions with contributions</source>
        <translation>Cwestiynau â chyfraniadau</translation>
    </message>
    <message>
        <source>Contributions to this question, with who sent them</source>
        <translation>Cyfraniadau i'r cwestiwn hwn, gyda phwy a'u hanfonodd</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Yr ateb</translation>
    </message>
    <message>
        <source>Take this &amp;one</source>
        <translation>Cymryd &amp;hwn</translation>
    </message>
    <message>
        <source>A&amp;dd it to the answer</source>
        <translation>&amp;Ychwanegu at yr ateb</translation>
    </message>
    <message>
        <source>&amp;Save the answer</source>
        <translation>&amp;Cadw'r ateb</translation>
    </message>
    <message>
        <source>What people sent</source>
        <translation>Yr hyn a anfonodd pobl</translation>
    </message>
    <message>
        <source>The answer (compose it from theirs)</source>
        <translation>Yr ateb (lluniwch ef o'u hatebion nhw)</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Atebion</translation>
    </message>
    <message>
        <source>Close (what is left waits for later)</source>
        <translation>Cau (bydd yr hyn sydd ar ôl yn aros tan nes ymlaen)</translation>
    </message>
    <message>
        <source>%1 — already imported: nothing to do</source>
        <translation>%1 — wedi'i fewnforio eisoes: dim i'w wneud</translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <translation>Ni ellir darllen yr achosion o wrthdaro: %1</translation>
    </message>
    <message>
        <source>%1
(%2, from %3)</source>
        <translation>%1
(%2, gan %3)</translation>
    </message>
    <message>
        <source>held back by a rule</source>
        <translation>wedi'i ddal yn ôl gan reol</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Gwrthdaro (%1)</translation>
    </message>
    <message>
        <source>No conflict waits for a decision.</source>
        <translation>Nid oes unrhyw wrthdaro yn aros am benderfyniad.</translation>
    </message>
    <message>
        <source>deleted on one side, kept or edited on the other</source>
        <translation>wedi'i ddileu ar un ochr, wedi'i gadw neu ei olygu ar y llall</translation>
    </message>
    <message>
        <source>both sides set a different value</source>
        <translation>gosododd y ddwy ochr werth gwahanol</translation>
    </message>
    <message>
        <source>held back: %1</source>
        <translation>wedi'i ddal yn ôl: %1</translation>
    </message>
    <message>
        <source>both sides changed the same words; both versions of that stretch are marked ⟦ ⟧ in the result, everything else is merged</source>
        <translation>newidiodd y ddwy ochr yr un geiriau; mae dau fersiwn y darn hwnnw wedi'u marcio ⟦ ⟧ yn y canlyniad, ac mae popeth arall wedi'i gyfuno</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Contribution — %1</source>
        <translation>Cyfraniad — %1</translation>
    </message>
    <message>
        <source>Master copy — %1</source>
        <translation>Prif gopi — %1</translation>
    </message>
    <message>
        <source>The contributions cannot be read: %1</source>
        <translation>Ni ellir darllen y cyfraniadau: %1</translation>
    </message>
    <message>
        <source>&amp;Answers (%1)</source>
        <translation>&amp;Atebion (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (live, phone)</source>
        <translation>%1 (byw, ffôn)</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>New commissioning review</source>
        <translation>Adolygiad comisiynu newydd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>What is reviewed</source>
        <translation>Beth sy'n cael ei adolygu</translation>
    </message>
    <message>
        <source>e.g. Home care framework contract</source>
        <translation>e.e. Contract fframwaith gofal cartref</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>Math o adolygiad</translation>
    </message>
    <message>
        <source>A procurement exercise</source>
        <translation>Ymarfer caffael</translation>
    </message>
    <message>
        <source>A contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>A whole commissioning system</source>
        <translation>System gomisiynu gyfan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Adolygwyr</translation>
    </message>
    <message>
        <source>Outcome-based model in use</source>
        <translation>Model seiliedig ar ganlyniadau a ddefnyddir</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Rhestrau gwirio</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>What is &amp;reviewed:</source>
        <translation>Beth sy'n cael ei &amp;adolygu:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Re&amp;viewers:</source>
        <translation>Adol&amp;ygwyr:</translation>
    </message>
    <message>
        <source>&amp;Model in use:</source>
        <translation>M&amp;odel a ddefnyddir:</translation>
    </message>
    <message>
        <source>&amp;Checklists:</source>
        <translation>&amp;Rhestrau gwirio:</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Dechrau'r adolygiad</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Export everything about a per&amp;son…</source>
        <translation>Allforio popeth am &amp;berson…</translation>
    </message>
    <message>
        <source>Export everything about a person</source>
        <translation>Allforio popeth am berson</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Export everything about %1</source>
        <translation>Allforio popeth am %1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase a pers&amp;on…</source>
        <translation>Dileu &amp;person…</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Dileu person</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <source>Everything about %1 written to %2</source>
        <translation>Ysgrifennwyd popeth am %1 i %2</translation>
    </message>
    <message>
        <source>Erase %1 from this master? They asked to be, or their data must go.</source>
        <translation>Dileu %1 o'r meistr hwn? Gofynnon nhw am hynny, neu rhaid i'w data fynd.</translation>
    </message>
    <message>
        <source>%1 erased: "%2" stands in their place</source>
        <translation>Dilëwyd %1: mae "%2" yn eu lle</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>In the records</source>
        <translation>Yn y cofnodion</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Catalyst rating(s)</source>
        <translation>
            <numerusform>%n sgôr Catalydd</numerusform>
            <numerusform>%n sgôr Catalydd</numerusform>
            <numerusform>%n sgôr Catalydd</numerusform>
            <numerusform>%n sgôr Catalydd</numerusform>
            <numerusform>%n sgôr Catalydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s)</source>
        <translation>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n gymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
        </translation>
    </message>
    <message>
        <source>this workbook's owner</source>
        <translation>perchennog y llyfr gwaith hwn</translation>
    </message>
    <message>
        <source>&amp;People named in this master's records:</source>
        <translation>&amp;Pobl a enwir yng nghofnodion y meistr hwn:</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
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
        <source>Plan on a Page: the stages and their milestones</source>
        <translation>Cynllun ar Dudalen: y camau a'u cerrig milltir</translation>
    </message>
    <message>
        <source>CAREMORE Plan on a Page</source>
        <translation>Cynllun ar Dudalen CAREMORE</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>The three production stages, their milestones and outline timescales.</source>
        <translation>Y tri cham cynhyrchu, eu cerrig milltir a'u hamserlenni bras.</translation>
    </message>
    <message>
        <source>The Plan on a Page</source>
        <translation>Y Cynllun ar Dudalen</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Cam %1: %2</translation>
    </message>
    <message>
        <source>Outline timescale: %1</source>
        <translation>Amserlen fras: %1</translation>
    </message>
    <message>
        <source>The milestones of stage %1</source>
        <translation>Cerrig milltir cam %1</translation>
    </message>
    <message>
        <source>Status of milestone: %1</source>
        <translation>Statws y garreg filltir: %1</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>no milestone "%1"</source>
        <translation>nid oes carreg filltir "%1"</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Full screen, larger text, and participants shown as Person A, B, … instead of by name</source>
        <translation>Sgrin lawn, testun mwy, a chyfranogwyr yn cael eu dangos fel Person A, B, … yn lle wrth eu henw</translation>
    </message>
    <message>
        <source>Presenting: F5 or Escape leaves</source>
        <translation>Yn cyflwyno: mae F5 neu Escape yn gadael</translation>
    </message>
    <message>
        <source>Presentation mode: participants shown as Person A, B, …; F5 or Escape leaves</source>
        <translation>Modd cyflwyno: cyfranogwyr yn cael eu dangos fel Person A, B, …; mae F5 neu Escape yn gadael</translation>
    </message>
    <message>
        <source>Presentation mode ended: names and totals shown again.</source>
        <translation>Daeth y modd cyflwyno i ben: enwau a chyfansymiau yn cael eu dangos eto.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress at a glance</source>
        <translation>Cynnydd ar yr olwg gyntaf</translation>
    </message>
    <message>
        <source>For each CAREMORE section: the open questions answered, and its Schedules by maturity.</source>
        <translation>Ar gyfer pob adran CAREMORE: y cwestiynau agored a atebwyd, a'i Hatodlenni yn ôl aeddfedrwydd.</translation>
    </message>
    <message>
        <source>Production matrix</source>
        <translation>Matrics cynhyrchu</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Wedi'u hateb</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Enghreifftiau</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Deunydd cyfeirio</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Yn barod</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Wedi'i chymeradwyo</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Wedi'u mabwysiadu</translation>
    </message>
    <message>
        <source>Open questions answered</source>
        <translation>Cwestiynau agored a atebwyd</translation>
    </message>
    <message>
        <source>Working Examples</source>
        <translation>Enghreifftiau Gwaith</translation>
    </message>
    <message>
        <source>Reference Materials</source>
        <translation>Deunydd Cyfeirio</translation>
    </message>
    <message>
        <source>The progress of the sections</source>
        <translation>Cynnydd yr adrannau</translation>
    </message>
    <message>
        <source>The Schedules</source>
        <translation>Yr Atodlenni</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Defnydd: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsiynau:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Ymresymiadau:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Yn dangos cymorth ar opsiynau'r llinell orchymyn.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Yn dangos gwybodaeth am y fersiwn.</translation>
    </message>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>Opsiwn anhysbys '%1'.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opsiynau anhysbys: %1.</translation>
    </message>
    <message>
        <source>Missing value after '%1'.</source>
        <translation>Does dim gwerth ar ôl '%1'.</translation>
    </message>
    <message>
        <source>Unexpected value after '%1'.</source>
        <translation>Gwerth annisgwyl ar ôl '%1'.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Edrych yn:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw'r ffeil:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Ffeiliau o'r math:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Dewis</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ffolder Rhiant</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu Ffolder Newydd</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg Rhestr</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg Manylion</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob Ffeil (*)</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Ffolder:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Fy Nghyfrifiadur</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ffolder Newydd</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli eisoes.
Ydych chi am gymryd ei le?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad Newid</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw'r Cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i'r &amp;Cyfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i'r C&amp;yfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Rhoi'r gorau iddi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Peidio â Chadw</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rhoi ar waith</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Argraffu</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Rhagolwg Argraffu</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ffitio'r lled</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ffitio'r dudalen</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portread</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Tirlun</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Tudalen gyntaf</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Tudalen olaf</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Gosod y dudalen</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Allforio i PDF</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo Lleoliad y &amp;Ddolen</translation>
    </message>
</context>
<context>
    <name>QdfIndexPage</name>
    <message>
        <source>QDF Index</source>
        <translation>Mynegai'r QDF</translation>
    </message>
    <message>
        <source>Every Schedule of the Framework, numbered, with its section and maturity. Double-click a Schedule (or press Enter) to open it.</source>
        <translation>Pob Atodlen yn y Fframwaith, wedi'u rhifo, gyda'u hadran a'u haeddfedrwydd. Cliciwch ddwywaith ar Atodlen (neu pwyswch Enter) i'w hagor.</translation>
    </message>
    <message>
        <source>Filter Schedules…</source>
        <translation>Hidlo Atodlenni…</translation>
    </message>
    <message>
        <source>Filter Schedules</source>
        <translation>Hidlo Atodlenni</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Aeddfedrwydd</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>The sections</source>
        <translation>Yr adrannau</translation>
    </message>
    <message>
        <source>The Schedules</source>
        <translation>Yr Atodlenni</translation>
    </message>
</context>
<context>
    <name>ReferencesPanel</name>
    <message>
        <source>Reference Materials</source>
        <translation>Deunydd Cyfeirio</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Atodi…</translation>
    </message>
    <message>
        <source>Attach reference materials</source>
        <translation>Atodi deunydd cyfeirio</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Allforio…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Allforio %1</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nodyn…</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Nodyn ar %1</translation>
    </message>
    <message>
        <source>the note on %1</source>
        <translation>y nodyn ar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>The reference materials</source>
        <translation>Y deunydd cyfeirio</translation>
    </message>
    <message>
        <source>%1
Attached by %2</source>
        <translation>%1
Wedi'i atodi gan %2</translation>
    </message>
    <message>
        <source>No files yet. Attach one, or drop files here.</source>
        <translation>Dim ffeiliau eto. Atodwch un, neu gollyngwch ffeiliau yma.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Nid oedd modd darllen %1: %2</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Commissioning review</source>
        <translation>Adolygiad comisiynu</translation>
    </message>
    <message>
        <source>Review a procurement, a contract or a whole commissioning system against the domains, read through the outcome-based model in use; the gaps become actions in the one action plan.</source>
        <translation>Adolygwch broses gaffael, contract neu system gomisiynu gyfan yn erbyn y parthau, drwy lens y model seiliedig ar ganlyniadau a ddefnyddir; daw'r bylchau yn gamau gweithredu yn yr un cynllun gweithredu.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>New review…</source>
        <translation>Adolygiad newydd…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Adolygiad:</translation>
    </message>
    <message>
        <source>Views of the review</source>
        <translation>Golygon ar yr adolygiad</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Rhestr wirio:</translation>
    </message>
    <message>
        <source>Checklist items and their ratings</source>
        <translation>Eitemau'r rhestr wirio a'u sgoriau</translation>
    </message>
    <message>
        <source>The item chosen: its rating, notes, sub-questions, evidence and actions</source>
        <translation>Yr eitem a ddewiswyd: ei sgôr, nodiadau, is-gwestiynau, tystiolaeth a chamau gweithredu</translation>
    </message>
    <message>
        <source>&amp;Checklists</source>
        <translation>&amp;Rhestrau gwirio</translation>
    </message>
    <message>
        <source>The commissioning cycle, step by step, from time and task to the model in use (highlighted). Status: %1. Double-click a note to edit it.</source>
        <translation>Y cylch comisiynu, gam wrth gam, o amser a thasg i'r model a ddefnyddir (wedi'i amlygu). Statws: %1. Cliciwch ddwywaith ar nodyn i'w olygu.</translation>
    </message>
    <message>
        <source>Step-change commissioning: steps, guidance for each model and status</source>
        <translation>Comisiynu newid sylweddol: camau, arweiniad ar gyfer pob model, a statws</translation>
    </message>
    <message>
        <source>Step chan&amp;ge</source>
        <translation>&amp;Newid sylweddol</translation>
    </message>
    <message>
        <source>Is Payment by Results suitable? The features the National Audit Office looks for: %1.</source>
        <translation>A yw Talu yn ôl Canlyniadau yn addas? Y nodweddion y mae'r Swyddfa Archwilio Genedlaethol yn chwilio amdanynt: %1.</translation>
    </message>
    <message>
        <source>Payment by Results suitability</source>
        <translation>Addasrwydd Talu yn ôl Canlyniadau</translation>
    </message>
    <message>
        <source>&amp;Payment by Results</source>
        <translation>&amp;Talu yn ôl Canlyniadau</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Crynodeb</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>Cynllun g&amp;weithredu</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Tynnu'r cam gweithredu</translation>
    </message>
    <message>
        <source>Remove the action "%1"? (Edit › Undo brings it back.)</source>
        <translation>Tynnu'r cam gweithredu "%1"? (Mae Golygu › Dadwneud yn dod ag ef yn ôl.)</translation>
    </message>
    <message>
        <source>The reviews</source>
        <translation>Yr adolygiadau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No review yet: start one with New review…</source>
        <translation>Dim adolygiad eto: dechreuwch un gydag Adolygiad newydd…</translation>
    </message>
    <message>
        <source>The review “%1”</source>
        <translation>Yr adolygiad “%1”</translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation>Bysellau: %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Model %1 (in use)</source>
        <translation>Model %1 (yn cael ei ddefnyddio)</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Model %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pam mae'n bwysig</translation>
    </message>
    <message>
        <source>Reviewing: %1</source>
        <translation>Dan adolygiad: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Dyddiad: %1</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Adolygwyr: %1</translation>
    </message>
    <message>
        <source>Model %1: %2</source>
        <translation>Model %1: %2</translation>
    </message>
    <message>
        <source>The ratings of “%1”</source>
        <translation>Sgoriau “%1”</translation>
    </message>
    <message>
        <source>The verdict</source>
        <translation>Y dyfarniad</translation>
    </message>
    <message>
        <source>The actions of “%1”</source>
        <translation>Camau gweithredu “%1”</translation>
    </message>
    <message>
        <source>The sub-questions</source>
        <translation>Yr is-gwestiynau</translation>
    </message>
    <message>
        <source>The evidence files</source>
        <translation>Y ffeiliau tystiolaeth</translation>
    </message>
    <message>
        <source>The actions</source>
        <translation>Y camau gweithredu</translation>
    </message>
    <message>
        <source>Review report (PDF, Word, ODT, HTML)…</source>
        <translation>Adroddiad yr adolygiad (PDF, Word, ODT, HTML)…</translation>
    </message>
    <message>
        <source>Review table (XLSX, CSV)…</source>
        <translation>Tabl yr adolygiad (XLSX, CSV)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>a review needs a title</source>
        <translation>mae angen teitl ar adolygiad</translation>
    </message>
    <message>
        <source>model %1 is not 1, 2 or 3</source>
        <translation>nid yw model %1 yn 1, 2 na 3</translation>
    </message>
    <message>
        <source>a review needs at least one checklist (see 'qdf review checklists')</source>
        <translation>mae angen o leiaf un rhestr wirio ar adolygiad (gweler 'qdf review checklists')</translation>
    </message>
    <message>
        <source>no checklist "%1" (see 'qdf review checklists')</source>
        <translation>nid oes rhestr wirio "%1" (gweler 'qdf review checklists')</translation>
    </message>
    <message>
        <source>what is reviewed is a procurement, a contract or a system, not "%1"</source>
        <translation>rhaid i'r hyn a adolygir fod yn gaffael, yn gontract neu'n system, nid "%1"</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation>nid yw "%1" yn ddyddiad (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>no review "%1"</source>
        <translation>nid oes adolygiad "%1"</translation>
    </message>
    <message>
        <source>no item "%1" in this review's checklists (see 'qdf review checklists')</source>
        <translation>nid oes eitem "%1" yn rhestrau gwirio'r adolygiad hwn (gweler 'qdf review checklists')</translation>
    </message>
    <message>
        <source>"%1" is in more than one of this review's checklists: write CHECKLIST/%1</source>
        <translation>mae "%1" mewn mwy nag un o restrau gwirio'r adolygiad hwn: ysgrifennwch CHECKLIST/%1</translation>
    </message>
    <message>
        <source>this review does not use the checklist "%1"</source>
        <translation>nid yw'r adolygiad hwn yn defnyddio'r rhestr wirio "%1"</translation>
    </message>
    <message>
        <source>no item "%1" in the checklist "%2"</source>
        <translation>nid oes eitem "%1" yn y rhestr wirio "%2"</translation>
    </message>
    <message>
        <source>"%1" is not a rating for %2: use %3</source>
        <translation>nid yw "%1" yn sgôr ar gyfer %2: defnyddiwch %3</translation>
    </message>
    <message>
        <source>a sub-question needs its text</source>
        <translation>mae angen testun ar is-gwestiwn</translation>
    </message>
    <message>
        <source>no sub-question %1</source>
        <translation>nid oes is-gwestiwn %1</translation>
    </message>
    <message>
        <source>evidence needs a file name</source>
        <translation>mae angen enw ffeil ar dystiolaeth</translation>
    </message>
    <message>
        <source>no evidence file %1</source>
        <translation>nid oes ffeil dystiolaeth %1</translation>
    </message>
</context>
<context>
    <name>ReviewSummaryView</name>
    <message>
        <source>Counts per rating per checklist</source>
        <translation>Cyfrifon fesul sgôr fesul rhestr wirio</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <source>Chart of the ratings per checklist</source>
        <translation>Siart o'r sgoriau fesul rhestr wirio</translation>
    </message>
    <message>
        <source>Gaps and their actions</source>
        <translation>Bylchau a'u camau gweithredu</translation>
    </message>
    <message>
        <source>Gaps: items rated Not met or Partly met, with their actions</source>
        <translation>Bylchau: eitemau â'r sgôr Heb ei fodloni neu Wedi'i fodloni'n rhannol, gyda'u camau gweithredu</translation>
    </message>
    <message>
        <source>Item or action</source>
        <translation>Eitem neu gam gweithredu</translation>
    </message>
    <message>
        <source>Rating, who, by when</source>
        <translation>Sgôr, pwy, erbyn pryd</translation>
    </message>
    <message>
        <source>Since an earlier review</source>
        <translation>Ers adolygiad cynharach</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Cymharu â:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Cymharu â</translation>
    </message>
    <message>
        <source>Ratings changed since the earlier review</source>
        <translation>Sgoriau a newidiodd ers yr adolygiad cynharach</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Bryd hynny</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>The summary of “%1”</source>
        <translation>Crynodeb “%1”</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>Dim cam gweithredu eto</translation>
    </message>
    <message>
        <source>No item is rated Not met or Partly met.</source>
        <translation>Nid oes unrhyw eitem â'r sgôr Heb ei fodloni neu Wedi'i fodloni'n rhannol.</translation>
    </message>
    <message>
        <source>The earlier reviews</source>
        <translation>Yr adolygiadau cynharach</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Earlier reviews cannot be read</source>
        <translation>Ni ellir darllen adolygiadau cynharach</translation>
    </message>
    <message>
        <source>No earlier review of this subject</source>
        <translation>Dim adolygiad cynharach o'r pwnc hwn</translation>
    </message>
    <message>
        <source>The earlier review</source>
        <translation>Yr adolygiad cynharach</translation>
    </message>
    <message>
        <source>What changed since the earlier review</source>
        <translation>Beth sydd wedi newid ers yr adolygiad cynharach</translation>
    </message>
    <message>
        <source>Ratings per checklist</source>
        <translation>Sgoriau fesul rhestr wirio</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Wedi'i fodloni</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Yn rhannol</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Heb ei fodloni</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Amh.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1. %2. The table of counts above holds the same figures.</source>
        <translation>%1. %2. Mae'r tabl cyfrifon uchod yn dal yr un ffigurau.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>SaveAsYouType</name>
    <message>
        <source>All changes saved</source>
        <translation>Pob newid wedi'i gadw</translation>
    </message>
    <message>
        <source>the window says why</source>
        <translation>mae'r ffenestr yn dweud pam</translation>
    </message>
    <message>
        <source>Unsaved changes: saved when you pause</source>
        <translation>Newidiadau heb eu cadw: cânt eu cadw pan fyddwch yn oedi</translation>
    </message>
    <message>
        <source>Not saved yet (%1). Your changes are kept here and saved when possible.</source>
        <translation>Heb ei gadw eto (%1). Mae eich newidiadau'n cael eu dal yma a'u cadw pan fydd modd.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Your changes to %1 could not be saved (%2). Keep editing to try again or to copy your text somewhere safe, or discard them.</source>
        <translation>Nid oedd modd cadw eich newidiadau i %1 (%2). Daliwch ati i olygu i roi cynnig arall arni neu i gopïo eich testun i rywle diogel, neu gwaredwch nhw.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Send back to draft</source>
        <translation>Anfon yn ôl i'r drafft</translation>
    </message>
    <message>
        <source>Put forward for sign-off</source>
        <translation>Cyflwyno i'w chymeradwyo</translation>
    </message>
    <message>
        <source>Mark as signed off</source>
        <translation>Marcio ei bod wedi'i chymeradwyo</translation>
    </message>
    <message>
        <source>Adopt into the Framework</source>
        <translation>Mabwysiadu i'r Fframwaith</translation>
    </message>
    <message>
        <source>The Schedule: text, maturity and sign-off, history</source>
        <translation>Yr Atodlen: testun, aeddfedrwydd a chymeradwyaeth, hanes</translation>
    </message>
    <message>
        <source>Schedule title</source>
        <translation>Teitl yr Atodlen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Schedule text (Markdown)</source>
        <translation>Testun yr Atodlen (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>Cadw &amp;nawr</translation>
    </message>
    <message>
        <source>Your typing is saved as you go; one sitting in the editor makes one version.</source>
        <translation>Caiff yr hyn a deipiwch ei gadw wrth i chi fynd; mae un sesiwn yn y golygydd yn creu un fersiwn.</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Testun</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Wedi'i chymeradwyo gan:</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Cymeradwyaethau</translation>
    </message>
    <message>
        <source>&amp;Maturity and sign-off</source>
        <translation>&amp;Aeddfedrwydd a chymeradwyaeth</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Fersiwn hŷn</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Fersiwn mwy newydd</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Cymharu</translation>
    </message>
    <message>
        <source>with</source>
        <translation>â</translation>
    </message>
    <message>
        <source>Older version, removed words struck through</source>
        <translation>Fersiwn hŷn, â llinell drwy'r geiriau a dynnwyd</translation>
    </message>
    <message>
        <source>Newer version, added words underlined</source>
        <translation>Fersiwn mwy newydd, â llinell o dan y geiriau a ychwanegwyd</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <source>Unsaved changes: saved when you pause</source>
        <translation>Newidiadau heb eu cadw: cânt eu cadw pan fyddwch yn oedi</translation>
    </message>
    <message>
        <source>This Schedule cannot be read: %1</source>
        <translation>Ni ellir darllen yr Atodlen hon: %1</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>Atodlen %1</translation>
    </message>
    <message>
        <source>Schedule %1 · %2 · version %3</source>
        <translation>Atodlen %1 · %2 · fersiwn %3</translation>
    </message>
    <message>
        <source>This version is the work of %1.</source>
        <translation>Gwaith %1 yw'r fersiwn hwn.</translation>
    </message>
    <message>
        <source>All changes saved (version %1, %2)</source>
        <translation>Pob newid wedi'i gadw (fersiwn %1, %2)</translation>
    </message>
    <message>
        <source>This workbook is open read-only.</source>
        <translation>Mae'r llyfr gwaith hwn ar agor i'w ddarllen yn unig.</translation>
    </message>
    <message>
        <source>This Schedule is “%1”. Only the production team can change it, in the master copy; a change there starts a new draft version.</source>
        <translation>Statws yr Atodlen hon yw “%1”. Dim ond y tîm cynhyrchu all ei newid, yn y prif gopi; mae newid yno yn dechrau fersiwn drafft newydd.</translation>
    </message>
    <message>
        <source>This Schedule is “%1”. Saving a change starts a new draft version; the signed version stays in the history.</source>
        <translation>Statws yr Atodlen hon yw “%1”. Mae cadw newid yn dechrau fersiwn drafft newydd; mae'r fersiwn a gymeradwywyd yn aros yn yr hanes.</translation>
    </message>
    <message>
        <source>%1, %2 — version %3, %4</source>
        <translation>%1, %2 — fersiwn %3, %4</translation>
    </message>
    <message>
        <source>Nobody has signed this Schedule yet.</source>
        <translation>Nid oes neb wedi cymeradwyo'r Atodlen hon eto.</translation>
    </message>
    <message>
        <source>Sign off version %1 as %2</source>
        <translation>Cymeradwyo fersiwn %1 fel %2</translation>
    </message>
    <message>
        <source>Version %1 (%2, %3)</source>
        <translation>Fersiwn %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nawr: %1</translation>
    </message>
    <message>
        <source>Needs at least one sign-off of version %1 first.</source>
        <translation>Mae angen o leiaf un gymeradwyaeth i fersiwn %1 yn gyntaf.</translation>
    </message>
    <message>
        <source>Not saved yet. Your text is kept here and will be saved when possible.</source>
        <translation>Heb ei gadw eto. Mae eich testun yn aros yma a chaiff ei gadw pan fydd hynny'n bosibl.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Your changes to Schedule %1 could not be saved (the window says why). Keep editing to try again or to copy your text somewhere safe, or discard them.</source>
        <translation>Nid oedd modd cadw eich newidiadau i Atodlen %1 (mae'r ffenestr yn dweud pam). Daliwch ati i olygu i roi cynnig arall arni neu i gopïo eich testun i rywle diogel, neu gwaredwch nhw.</translation>
    </message>
    <message>
        <source>Schedule title in Welsh</source>
        <translation>Teitl yr Atodlen yn Gymraeg</translation>
    </message>
    <message>
        <source>Title in &amp;Welsh:</source>
        <translation>Teitl yn &amp;Gymraeg:</translation>
    </message>
    <message>
        <source>Schedule text in Welsh (Markdown)</source>
        <translation>Testun yr Atodlen yn Gymraeg (Markdown)</translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message>
        <source>no Schedule "%1"</source>
        <translation>nid oes Atodlen "%1"</translation>
    </message>
    <message>
        <source>a Schedule needs a title</source>
        <translation>mae angen teitl ar Atodlen</translation>
    </message>
    <message>
        <source>no such section</source>
        <translation>nid oes adran o'r fath</translation>
    </message>
    <message>
        <source>Schedules belong to a CAREMORE section</source>
        <translation>mae Atodlenni'n perthyn i adran CAREMORE</translation>
    </message>
    <message>
        <source>version %1 of Schedule %2 cannot be read</source>
        <translation>nid oes modd darllen fersiwn %1 o Atodlen %2</translation>
    </message>
    <message>
        <source>a sign-off of a Schedule this workbook does not have</source>
        <translation>cymeradwyaeth ar gyfer Atodlen nad yw yn y llyfr gwaith hwn</translation>
    </message>
    <message>
        <source>a Schedule of the section "%1", which this workbook does not have</source>
        <translation>Atodlen o'r adran "%1", nad yw yn y llyfr gwaith hwn</translation>
    </message>
    <message>
        <source>version %1 of a Schedule cannot be read</source>
        <translation>nid oes modd darllen fersiwn %1 o Atodlen</translation>
    </message>
</context>
<context>
    <name>SchedulesPanel</name>
    <message>
        <source>Draft Schedules</source>
        <translation>Atodlenni drafft</translation>
    </message>
    <message>
        <source>New Schedule…</source>
        <translation>Atodlen newydd…</translation>
    </message>
    <message>
        <source>New Schedule</source>
        <translation>Atodlen newydd</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Agor…</translation>
    </message>
    <message>
        <source>The draft Schedules</source>
        <translation>Yr Atodlenni drafft</translation>
    </message>
    <message>
        <source>%1  %2 — %3, version %4</source>
        <translation>%1  %2 — %3, fersiwn %4</translation>
    </message>
    <message>
        <source>No Schedules drafted in this section yet.</source>
        <translation>Nid oes Atodlenni wedi'u drafftio yn yr adran hon eto.</translation>
    </message>
</context>
<context>
    <name>ScoringGrid</name>
    <message>
        <source>Self-assessment: choose a level for each element</source>
        <translation>Hunanasesiad: dewiswch lefel ar gyfer pob elfen</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>Press %1 to choose this level</source>
        <translation>Pwyswch %1 i ddewis y lefel hon</translation>
    </message>
    <message>
        <source>The round</source>
        <translation>Y rownd</translation>
    </message>
    <message>
        <source>The round's scores</source>
        <translation>Sgoriau'r rownd</translation>
    </message>
    <message>
        <source>%1 — %2 of 20 · %3</source>
        <translation>%1 — %2 o 20 · %3</translation>
    </message>
    <message>
        <source>%1 — incomplete (%2 of 5 rated)</source>
        <translation>%1 — anghyflawn (%2 o 5 wedi'u sgorio)</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>the window could not be rendered</source>
        <translation>nid oedd modd llunio'r ffenestr</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>nid oedd modd ysgrifennu %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Working example</source>
        <translation>Enghraifft waith</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Atodlen</translation>
    </message>
    <message>
        <source>Reference material</source>
        <translation>Deunydd cyfeirio</translation>
    </message>
    <message>
        <source>Search the Workbook</source>
        <translation>Chwilio'r llyfr gwaith</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Chwilio am</translation>
    </message>
    <message>
        <source>Words to find in answers, examples, Schedules and reference notes</source>
        <translation>Geiriau i'w canfod mewn atebion, enghreifftiau, Atodlenni a nodiadau cyfeirio</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <source>The search</source>
        <translation>Y chwiliad</translation>
    </message>
    <message>
        <source>The sections</source>
        <translation>Yr adrannau</translation>
    </message>
    <message>
        <source>Nothing found for "%1".</source>
        <translation>Dim byd wedi'i ganfod ar gyfer "%1".</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>The open questions of %1</source>
        <translation>Cwestiynau agored %1</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Cwestiynau agored</translation>
    </message>
    <message>
        <source>Open to the room</source>
        <translation>Ar agor i'r ystafell</translation>
    </message>
    <message>
        <source>Ask the room</source>
        <translation>Gofyn i'r ystafell</translation>
    </message>
    <message>
        <source>Ask the room…</source>
        <translation>Gofyn i'r ystafell…</translation>
    </message>
    <message>
        <source>Open to the room for answers: %1</source>
        <translation>Ar agor i atebion gan yr ystafell: %1</translation>
    </message>
    <message>
        <source>Ask the room: %1</source>
        <translation>Gofyn i'r ystafell: %1</translation>
    </message>
    <message>
        <source>Read-only workbook: a live session cannot store the room's answers in it</source>
        <translation>Llyfr gwaith darllen yn unig: ni all sesiwn fyw storio atebion yr ystafell ynddo</translation>
    </message>
    <message>
        <source>The phones are answering this question: the live panel's Question menu closes it</source>
        <translation>Mae'r ffonau'n ateb y cwestiwn hwn: mae dewislen Cwestiwn y panel byw yn ei gau</translation>
    </message>
    <message>
        <source>Open this question for answers from the phones in the live session running</source>
        <translation>Agor y cwestiwn hwn i atebion o'r ffonau yn y sesiwn fyw sy'n rhedeg</translation>
    </message>
    <message>
        <source>Start a live session with this question open: participants answer it from their phones</source>
        <translation>Dechrau sesiwn fyw gyda'r cwestiwn hwn ar agor: mae cyfranogwyr yn ei ateb o'u ffonau</translation>
    </message>
</context>
<context>
    <name>SectionStore</name>
    <message>
        <source>no section "%1"</source>
        <translation>nid oes adran "%1"</translation>
    </message>
    <message>
        <source>no question "%1" in section "%2"</source>
        <translation>nid oes cwestiwn "%1" yn yr adran "%2"</translation>
    </message>
    <message>
        <source>no question %1 in this workbook</source>
        <translation>nid oes cwestiwn %1 yn y llyfr gwaith hwn</translation>
    </message>
</context>
<context>
    <name>SignerKeys</name>
    <message>
        <source>&amp;Confirm these keys</source>
        <translation>&amp;Cadarnhau'r allweddi hyn</translation>
    </message>
    <message>
        <source>Confirm the keys met for the first time</source>
        <translation>Cadarnhau'r allweddi a welwyd am y tro cyntaf</translation>
    </message>
    <message>
        <source>Confirm keys</source>
        <translation>Cadarnhau allweddi</translation>
    </message>
    <message>
        <source>%1 is signed by a new key %2, not the key %3 that %4 signed with before. If %4 has a new computer or a new key, compare this fingerprint with them (by telephone) and accept it; otherwise someone else signed it: leave it.</source>
        <translation>Mae %1 wedi'i lofnodi ag allwedd newydd %2, nid yr allwedd %3 y llofnododd %4 â hi o'r blaen. Os oes gan %4 gyfrifiadur newydd neu allwedd newydd, cymharwch yr ôl bys hwn â nhw (dros y ffôn) a'i derbyn; fel arall, rhywun arall a'i llofnododd: peidiwch â'i derbyn.</translation>
    </message>
    <message>
        <source>%1 is signed by %2's key %3, seen for the first time: compare this fingerprint with them (by telephone, not by reply to the e-mail) before you confirm it.</source>
        <translation>Mae %1 wedi'i lofnodi ag allwedd %2, %3, a welwyd am y tro cyntaf: cymharwch yr ôl bys hwn â nhw (dros y ffôn, nid drwy ateb yr e-bost) cyn i chi ei chadarnhau.</translation>
    </message>
    <message>
        <source>The keys are confirmed.</source>
        <translation>Mae'r allweddi wedi'u cadarnhau.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>the file is damaged (a record it must hold is missing)</source>
        <translation>mae'r ffeil wedi'i difrodi (mae cofnod y mae'n rhaid iddi ei gynnwys ar goll)</translation>
    </message>
    <message>
        <source>the copy %1 could not be made: %2</source>
        <translation>nid oedd modd gwneud y copi %1: %2</translation>
    </message>
</context>
<context>
    <name>StartLiveDialog</name>
    <message>
        <source>Start live session</source>
        <translation>Dechrau sesiwn fyw</translation>
    </message>
    <message>
        <source>Participants score the round “%1” from their own phones and laptops, blind until you reveal. The phones must reach this laptop: choose the address it has on the room's network, or on the laptop's own hotspot where the venue's Wi-Fi keeps devices apart.</source>
        <translation>Mae cyfranogwyr yn sgorio'r rownd “%1” o'u ffonau a'u gliniaduron eu hunain, heb weld sgoriau ei gilydd nes i chi eu datgelu. Rhaid i'r ffonau allu cyrraedd y gliniadur hwn: dewiswch y cyfeiriad sydd ganddo ar rwydwaith yr ystafell, neu ar fan cyswllt y gliniadur ei hun lle mae Wi-Fi'r lleoliad yn cadw dyfeisiau ar wahân.</translation>
    </message>
    <message>
        <source>%1 (this computer only)</source>
        <translation>%1 (y cyfrifiadur hwn yn unig)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Gwrando ar:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Dechrau</translation>
    </message>
    <message>
        <source>Participants answer “%1” from their own phones and laptops; their answers appear here as they arrive. No round is scored. The phones must reach this laptop: choose the address it has on the room's network, or on the laptop's own hotspot where the venue's Wi-Fi keeps devices apart.</source>
        <translation>Mae cyfranogwyr yn ateb “%1” o'u ffonau a'u gliniaduron eu hunain; mae eu hatebion yn ymddangos yma wrth iddynt gyrraedd. Does dim rownd yn cael ei sgorio. Rhaid i'r ffonau allu cyrraedd y gliniadur hwn: dewiswch y cyfeiriad sydd ganddo ar rwydwaith yr ystafell, neu ar fan cyswllt y gliniadur ei hun lle mae Wi-Fi'r lleoliad yn cadw dyfeisiau ar wahân.</translation>
    </message>
</context>
<context>
    <name>StepGuidance</name>
    <message>
        <source>Model %1: %2</source>
        <translation>Model %1: %2</translation>
    </message>
    <message>
        <source>Guidance for model %1</source>
        <translation>Arweiniad ar gyfer model %1</translation>
    </message>
    <message>
        <source>%1: guidance for each model</source>
        <translation>%1: arweiniad ar gyfer pob model</translation>
    </message>
    <message>
        <source>Choose a step above.</source>
        <translation>Dewiswch gam uchod.</translation>
    </message>
    <message>
        <source>Model %1: %2 (in use)</source>
        <translation>Model %1: %2 (yn cael ei ddefnyddio)</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Cysoni</translation>
    </message>
    <message>
        <source>&amp;Join a programme…</source>
        <translation>&amp;Ymuno â rhaglen…</translation>
    </message>
    <message>
        <source>&amp;Export contribution…</source>
        <translation>&amp;Allforio cyfraniad…</translation>
    </message>
    <message>
        <source>Export contribution</source>
        <translation>Allforio cyfraniad</translation>
    </message>
    <message>
        <source>QDF contribution (*.qdfsync)</source>
        <translation>Cyfraniad QDF (*.qdfsync)</translation>
    </message>
    <message>
        <source>&amp;Import contributions…</source>
        <translation>&amp;Mewnforio cyfraniadau…</translation>
    </message>
    <message>
        <source>Import contributions</source>
        <translation>Mewnforio cyfraniadau</translation>
    </message>
    <message>
        <source>QDF contributions (*.qdfsync);;All files (*)</source>
        <translation>Cyfraniadau QDF (*.qdfsync);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>&amp;Review conflicts and contributions…</source>
        <translation>Ado&amp;lygu achosion o wrthdaro a chyfraniadau…</translation>
    </message>
    <message>
        <source>&amp;Publish update…</source>
        <translation>&amp;Cyhoeddi diweddariad…</translation>
    </message>
    <message>
        <source>Publish update</source>
        <translation>Cyhoeddi diweddariad</translation>
    </message>
    <message>
        <source>QDF update (*.qdfupdate)</source>
        <translation>Diweddariad QDF (*.qdfupdate)</translation>
    </message>
    <message>
        <source>&amp;Apply update…</source>
        <translation>&amp;Rhoi diweddariad ar waith…</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>Rhoi diweddariad ar waith</translation>
    </message>
    <message>
        <source>QDF update (*.qdfupdate);;All files (*)</source>
        <translation>Diweddariad QDF (*.qdfupdate);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>&amp;Undo last import</source>
        <translation>&amp;Dadwneud y mewnforio diwethaf</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>Dadwneud y mewnforio diwethaf</translation>
    </message>
    <message>
        <source>Put this workbook back as it was before the last import? Changes made since to the same items are kept.</source>
        <translation>Rhoi'r llyfr gwaith hwn yn ôl fel yr oedd cyn y mewnforio diwethaf? Caiff newidiadau a wnaed i'r un eitemau ers hynny eu cadw.</translation>
    </message>
    <message>
        <source>The programme's master copy, or an update it published</source>
        <translation>Prif gopi'r rhaglen, neu ddiweddariad a gyhoeddodd</translation>
    </message>
    <message>
        <source>Master copy or update (*.qdf *.qdfupdate);;All files (*)</source>
        <translation>Prif gopi neu ddiweddariad (*.qdf *.qdfupdate);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Join the programme</source>
        <translation>Ymuno â'r rhaglen</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Eich enw:</translation>
    </message>
    <message>
        <source>Save your workbook as</source>
        <translation>Cadw eich llyfr gwaith fel</translation>
    </message>
    <message>
        <source>QDF Workbench files (*.qdf)</source>
        <translation>Ffeiliau QDF Workbench (*.qdf)</translation>
    </message>
    <message>
        <source>Master revision %1</source>
        <translation>Diwygiad meistr %1</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n mewnforiad</numerusform>
            <numerusform>%n mewnforiad</numerusform>
            <numerusform>%n mewnforiad</numerusform>
            <numerusform>%n mewnforiad</numerusform>
            <numerusform>%n mewnforiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer contribution(s) to review</source>
        <translation>
            <numerusform>%n cyfraniad ateb i'w adolygu</numerusform>
            <numerusform>%n cyfraniad ateb i'w adolygu</numerusform>
            <numerusform>%n cyfraniad ateb i'w adolygu</numerusform>
            <numerusform>%n cyfraniad ateb i'w adolygu</numerusform>
            <numerusform>%n cyfraniad ateb i'w adolygu</numerusform>
        </translation>
    </message>
    <message>
        <source>Based on master revision %1</source>
        <translation>Yn seiliedig ar ddiwygiad meistr %1</translation>
    </message>
    <message>
        <source>Not based on a master</source>
        <translation>Heb fod yn seiliedig ar feistr</translation>
    </message>
    <message>
        <source>last contribution %1</source>
        <translation>cyfraniad diwethaf %1</translation>
    </message>
    <message>
        <source>no contribution sent yet</source>
        <translation>dim cyfraniad wedi'i anfon eto</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting</source>
        <translation>
            <numerusform>%n achos o wrthdaro yn aros</numerusform>
            <numerusform>%n achos o wrthdaro yn aros</numerusform>
            <numerusform>%n achos o wrthdaro yn aros</numerusform>
            <numerusform>%n achos o wrthdaro yn aros</numerusform>
            <numerusform>%n achos o wrthdaro yn aros</numerusform>
        </translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>dim gwrthdaro</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>allwedd %1</translation>
    </message>
    <message>
        <source>Could not join the programme: %1</source>
        <translation>Nid oedd modd ymuno â'r rhaglen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Contribution written to %1, signed and sealed: only the production team can read it: %n change(s)</source>
        <translation>
            <numerusform>Cyfraniad wedi'i ysgrifennu i %1, wedi'i lofnodi a'i selio: dim ond y tîm cynhyrchu all ei ddarllen: %n newid</numerusform>
            <numerusform>Cyfraniad wedi'i ysgrifennu i %1, wedi'i lofnodi a'i selio: dim ond y tîm cynhyrchu all ei ddarllen: %n newid</numerusform>
            <numerusform>Cyfraniad wedi'i ysgrifennu i %1, wedi'i lofnodi a'i selio: dim ond y tîm cynhyrchu all ei ddarllen: %n newid</numerusform>
            <numerusform>Cyfraniad wedi'i ysgrifennu i %1, wedi'i lofnodi a'i selio: dim ond y tîm cynhyrchu all ei ddarllen: %n newid</numerusform>
            <numerusform>Cyfraniad wedi'i ysgrifennu i %1, wedi'i lofnodi a'i selio: dim ond y tîm cynhyrchu all ei ddarllen: %n newid</numerusform>
        </translation>
    </message>
    <message>
        <source>Update of master revision %1 written to %2</source>
        <translation>Diweddariad o ddiwygiad meistr %1 wedi'i ysgrifennu i %2</translation>
    </message>
    <message>
        <source>Undid the import of %1</source>
        <translation>Dadwnaed mewnforio %1</translation>
    </message>
    <message>
        <source>Export contribution a&amp;nonymously…</source>
        <translation>Allforio cyfraniad yn dd&amp;ienw…</translation>
    </message>
    <message>
        <source>Export contribution anonymously</source>
        <translation>Allforio cyfraniad yn ddienw</translation>
    </message>
    <message numerus="yes">
        <source>Contribution written to %1 as from "%2", without your name; signed and sealed: %n change(s)</source>
        <translation>
            <numerusform>Ysgrifennwyd y cyfraniad i %1 fel un gan "%2", heb eich enw; wedi'i lofnodi a'i selio: %n newid</numerusform>
            <numerusform>Ysgrifennwyd y cyfraniad i %1 fel un gan "%2", heb eich enw; wedi'i lofnodi a'i selio: %n newid</numerusform>
            <numerusform>Ysgrifennwyd y cyfraniad i %1 fel un gan "%2", heb eich enw; wedi'i lofnodi a'i selio: %n newid</numerusform>
            <numerusform>Ysgrifennwyd y cyfraniad i %1 fel un gan "%2", heb eich enw; wedi'i lofnodi a'i selio: %n newid</numerusform>
            <numerusform>Ysgrifennwyd y cyfraniad i %1 fel un gan "%2", heb eich enw; wedi'i lofnodi a'i selio: %n newid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>no conflict %1 (see 'qdf conflicts')</source>
        <translation>nid oes gwrthdaro %1 (gweler 'qdf conflicts')</translation>
    </message>
    <message>
        <source>the conflict %1 was %2 already</source>
        <translation>roedd statws y gwrthdaro %1 eisoes yn %2</translation>
    </message>
    <message>
        <source>the text still holds both versions of a stretch (marked ⟦ ⟧): keep one, or write what it should say, before it is saved</source>
        <translation>mae'r testun yn dal i gynnwys dau fersiwn o ddarn (wedi'u marcio ⟦ ⟧): cadwch un, neu ysgrifennwch yr hyn y dylai ei ddweud, cyn ei gadw</translation>
    </message>
    <message>
        <source>no contribution %1</source>
        <translation>nid oes cyfraniad %1</translation>
    </message>
    <message>
        <source>nothing has been imported into this workbook</source>
        <translation>nid oes dim wedi'i fewnforio i'r llyfr gwaith hwn</translation>
    </message>
    <message>
        <source>no import of bundle %1 to undo</source>
        <translation>nid oes mewnforiad o'r bwndel %1 i'w ddadwneud</translation>
    </message>
    <message>
        <source>the sync records cannot be read</source>
        <translation>nid oes modd darllen y cofnodion cysoni</translation>
    </message>
    <message>
        <source>a master gathers contributions; it does not send them (publish an update instead)</source>
        <translation>mae meistr yn casglu cyfraniadau; nid yw'n eu hanfon (cyhoeddwch ddiweddariad yn lle hynny)</translation>
    </message>
    <message>
        <source>only the master publishes updates</source>
        <translation>dim ond y meistr sy'n cyhoeddi diweddariadau</translation>
    </message>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation>%1: nid oes modd creu'r ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <source>%1 belongs to the programme "%2", not to "%3"</source>
        <translation>mae %1 yn perthyn i'r rhaglen "%2", nid i "%3"</translation>
    </message>
    <message>
        <source>%1 is an update: it is applied to participant workbooks, not to the master</source>
        <translation>diweddariad yw %1: caiff ei roi ar waith mewn llyfrau gwaith cyfranogwyr, nid yn y meistr</translation>
    </message>
    <message>
        <source>%1 is a contribution: it is gathered into the master</source>
        <translation>cyfraniad yw %1: caiff ei gasglu i'r meistr</translation>
    </message>
    <message>
        <source>%1 was made from this very workbook</source>
        <translation>cafodd %1 ei wneud o'r union lyfr gwaith hwn</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>mae %1 yn ddarllen yn unig</translation>
    </message>
    <message>
        <source>%1 claims master revision %2, %3 revisions past this workbook's %4 (at most %5 between two updates): it is not a genuine update; nothing was taken in</source>
        <translation>mae %1 yn honni diwygiad meistr %2, %3 diwygiad y tu hwnt i ddiwygiad %4 y llyfr gwaith hwn (%5 ar y mwyaf rhwng dau ddiweddariad): nid yw'n ddiweddariad dilys; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>%1 is an older update (master revision %2) than this workbook already has (%3)</source>
        <translation>mae %1 yn ddiweddariad hŷn (diwygiad meistr %2) na'r hyn sydd gan y llyfr gwaith hwn eisoes (%3)</translation>
    </message>
    <message>
        <source>the import of bundle %1 came from a participant since erased from this workbook: the erasure removed what undoing it would put back</source>
        <translation>daeth mewnforio'r bwndel %1 gan gyfranogwr a ddilëwyd o'r llyfr gwaith hwn ers hynny: tynnodd y dilead yr hyn y byddai ei ddadwneud yn ei roi yn ôl</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Testun (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>T&amp;estun:</translation>
    </message>
    <message>
        <source>it needs a title</source>
        <translation>mae angen teitl arno</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Gwaredu'r hyn a deipiwyd gennych?</translation>
    </message>
    <message>
        <source>Nothing is saved until you press OK. Discard what you typed, or keep editing?</source>
        <translation>Ni chaiff dim ei gadw nes i chi bwyso Iawn. Gwaredu'r hyn a deipiwyd gennych, neu ddal ati i olygu?</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>score of %1</source>
        <translation>sgôr %1</translation>
    </message>
    <message>
        <source>agreed level of %1</source>
        <translation>lefel y cytunwyd arni ar gyfer %1</translation>
    </message>
    <message>
        <source>improvement target for %1</source>
        <translation>targed gwella ar gyfer %1</translation>
    </message>
    <message>
        <source>new action</source>
        <translation>cam gweithredu newydd</translation>
    </message>
    <message>
        <source>new action %1</source>
        <translation>cam gweithredu newydd %1</translation>
    </message>
    <message>
        <source>action sheet</source>
        <translation>taflen camau gweithredu</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>cam gweithredu %1</translation>
    </message>
    <message>
        <source>removal of an action</source>
        <translation>dileu cam gweithredu</translation>
    </message>
    <message>
        <source>removal of action %1</source>
        <translation>dileu cam gweithredu %1</translation>
    </message>
    <message>
        <source>answer to %1</source>
        <translation>ateb i %1</translation>
    </message>
    <message>
        <source>version %1 of an answer brought back</source>
        <translation>adfer fersiwn %1 o ateb</translation>
    </message>
    <message>
        <source>new working example %1</source>
        <translation>enghraifft waith newydd %1</translation>
    </message>
    <message>
        <source>working example %1</source>
        <translation>enghraifft waith %1</translation>
    </message>
    <message>
        <source>order of the working examples</source>
        <translation>trefn yr enghreifftiau gwaith</translation>
    </message>
    <message>
        <source>removal of working example %1</source>
        <translation>dileu enghraifft waith %1</translation>
    </message>
    <message>
        <source>attaching %1</source>
        <translation>atodi %1</translation>
    </message>
    <message>
        <source>note on %1</source>
        <translation>nodyn ar %1</translation>
    </message>
    <message>
        <source>removal of %1</source>
        <translation>dileu %1</translation>
    </message>
    <message>
        <source>text of Schedule %1</source>
        <translation>testun Atodlen %1</translation>
    </message>
    <message>
        <source>status of milestone %1</source>
        <translation>statws carreg filltir %1</translation>
    </message>
    <message>
        <source>rating of %1</source>
        <translation>sgôr %1</translation>
    </message>
    <message>
        <source>new sub-question %1</source>
        <translation>is-gwestiwn newydd %1</translation>
    </message>
    <message>
        <source>sub-question %1</source>
        <translation>is-gwestiwn %1</translation>
    </message>
    <message>
        <source>order of the sub-questions</source>
        <translation>trefn yr is-gwestiynau</translation>
    </message>
    <message>
        <source>removal of sub-question %1</source>
        <translation>dileu is-gwestiwn %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Dadwneud: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Ailwneud: %1</translation>
    </message>
    <message>
        <source>%1 marked as translated</source>
        <translation>%1 wedi'i nodi fel wedi'i gyfieithu</translation>
    </message>
</context>
<context>
    <name>UnreadableNotice</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Ni ellir darllen %1: %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>Ways to begin</source>
        <translation>Ffyrdd o ddechrau</translation>
    </message>
    <message>
        <source>Welcome to QDF Workbench</source>
        <translation>Croeso i QDF Workbench</translation>
    </message>
    <message>
        <source>Workbooks for commissioning together with the CAREMORE method. Choose how to begin; Help › User Guide (F1) explains each step.</source>
        <translation>Llyfrau gwaith ar gyfer comisiynu ar y cyd gyda dull CAREMORE. Dewiswch sut i ddechrau; mae Cymorth › Canllaw defnyddiwr (F1) yn egluro pob cam.</translation>
    </message>
    <message>
        <source>Open the &amp;demo programme</source>
        <translation>Agor y &amp;rhaglen arddangos</translation>
    </message>
    <message>
        <source>A fictional community nursing programme, with a master copy and three participants' workbooks, made in your own folder to try everything on.</source>
        <translation>Rhaglen nyrsio cymunedol ddychmygol, gyda phrif gopi a llyfrau gwaith tri chyfranogwr, wedi'i chreu yn eich ffolder eich hun i roi cynnig ar bopeth.</translation>
    </message>
    <message>
        <source>&amp;Join a programme…</source>
        <translation>&amp;Ymuno â rhaglen…</translation>
    </message>
    <message>
        <source>You take part in a programme: make your own workbook from the master copy or the update file the production team sent you.</source>
        <translation>Rydych yn cymryd rhan mewn rhaglen: crëwch eich llyfr gwaith eich hun o'r prif gopi neu o'r ffeil diweddariad a anfonodd y tîm cynhyrchu atoch.</translation>
    </message>
    <message>
        <source>Start a &amp;new programme…</source>
        <translation>Dechrau rhaglen &amp;newydd…</translation>
    </message>
    <message>
        <source>For the production team: a new master copy, which participants then join.</source>
        <translation>Ar gyfer y tîm cynhyrchu: prif gopi newydd, y bydd cyfranogwyr yn ymuno ag ef wedyn.</translation>
    </message>
    <message>
        <source>&amp;Open a workbook…</source>
        <translation>&amp;Agor llyfr gwaith…</translation>
    </message>
    <message>
        <source>A workbook file (.qdf) you have already.</source>
        <translation>Ffeil llyfr gwaith (.qdf) sydd gennych eisoes.</translation>
    </message>
    <message>
        <source>Recent &amp;workbooks</source>
        <translation>&amp;Llyfrau gwaith diweddar</translation>
    </message>
    <message>
        <source>Recent workbooks</source>
        <translation>Llyfrau gwaith diweddar</translation>
    </message>
    <message>
        <source>&amp;Reopen the last workbook when the program starts</source>
        <translation>A&amp;ilagor y llyfr gwaith diwethaf wrth gychwyn QDF Workbench</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <translation>%1 — yn %2</translation>
    </message>
    <message>
        <source>None yet: the workbooks you open appear here.</source>
        <translation>Dim un eto: bydd y llyfrau gwaith a agorwch yn ymddangos yma.</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>is read-only and from an older version; make it writable so it can be upgraded</source>
        <translation>mae'n ddarllen yn unig ac o fersiwn hŷn; caniatewch ysgrifennu iddo fel y gellir ei uwchraddio</translation>
    </message>
    <message>
        <source>the workbook record is missing</source>
        <translation>mae cofnod y llyfr gwaith ar goll</translation>
    </message>
    <message>
        <source>is open read-only; the change was not saved</source>
        <translation>mae ar agor i'w ddarllen yn unig; ni chadwyd y newid</translation>
    </message>
    <message>
        <source>was moved or deleted while open; the change was not saved</source>
        <translation>cafodd ei symud neu ei ddileu tra oedd ar agor; ni chadwyd y newid</translation>
    </message>
</context>
<context>
    <name>WorkbookDrop</name>
    <message>
        <source>One workbook at a time, please: drop a single .qdf file to open it.</source>
        <translation>Un llyfr gwaith ar y tro, os gwelwch yn dda: gollyngwch un ffeil .qdf i'w hagor.</translation>
    </message>
    <message>
        <source>%1 is not a workbook: the window opens workbook files (.qdf). A contribution (.qdfsync) or an update (.qdfupdate) comes in with the Sync menu.</source>
        <translation>Nid llyfr gwaith yw %1: mae'r ffenestr yn agor ffeiliau llyfr gwaith (.qdf). Daw cyfraniad (.qdfsync) neu ddiweddariad (.qdfupdate) i mewn drwy'r ddewislen Cysoni.</translation>
    </message>
</context>
<context>
    <name>WorkbookLock</name>
    <message>
        <source>open in another program</source>
        <translation>ar agor mewn rhaglen arall</translation>
    </message>
    <message>
        <source>is %1; it can be changed once that is closed</source>
        <translation>mae %1; gellir ei newid pan fydd honno wedi'i chau</translation>
    </message>
    <message>
        <source>cannot create the lock file (is the folder writable?)</source>
        <translation>nid oes modd creu'r ffeil glo (a oes modd ysgrifennu i'r ffolder?)</translation>
    </message>
</context>
<context>
    <name>WorkbookSession</name>
    <message>
        <source>Agree a level first, then note the discussion.</source>
        <translation>Cytunwch ar lefel yn gyntaf, yna nodwch y drafodaeth.</translation>
    </message>
    <message>
        <source>A sub-question needs its text.</source>
        <translation>Mae angen testun ar is-gwestiwn.</translation>
    </message>
    <message>
        <source>Evidence needs a file name.</source>
        <translation>Mae angen enw ffeil ar dystiolaeth.</translation>
    </message>
    <message>
        <source>“%1” cannot be %2: %3 changed it since, and that change is kept.</source>
        <translation>Ni ellir %2 “%1”: mae %3 wedi'i newid ers hynny, a chaiff y newid hwnnw ei gadw.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>dadwneud</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>ailwneud</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>Atodlen %1</translation>
    </message>
</context>
<context>
    <name>WorkshopBar</name>
    <message>
        <source>Workshop timer</source>
        <translation>Amserydd y gweithdy</translation>
    </message>
</context>
<context>
    <name>WorkshopServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>nid oes modd gwrando ar %1 porth %2: %3</translation>
    </message>
    <message>
        <source>there is no such page in this session</source>
        <translation>nid oes tudalen o'r fath yn y sesiwn hon</translation>
    </message>
    <message>
        <source>open the session by the address shown on the screen, not by a name</source>
        <translation>agorwch y sesiwn drwy'r cyfeiriad a ddangosir ar y sgrin, nid drwy enw</translation>
    </message>
    <message>
        <source>%1 takes %2 only</source>
        <translation>mae %1 yn derbyn %2 yn unig</translation>
    </message>
    <message>
        <source>a request to this session is at most %1 bytes</source>
        <translation>mae cais i'r sesiwn hon yn %1 beit ar y mwyaf</translation>
    </message>
    <message>
        <source>send the request as application/json</source>
        <translation>anfonwch y cais fel application/json</translation>
    </message>
    <message>
        <source>the facilitator's token does not score: join as a participant</source>
        <translation>nid yw tocyn yr hwylusydd yn sgorio: ymunwch fel cyfranogwr</translation>
    </message>
    <message>
        <source>this device has not joined the session (or was removed from it): join again</source>
        <translation>nid yw'r ddyfais hon wedi ymuno â'r sesiwn (neu cafodd ei thynnu ohoni): ymunwch eto</translation>
    </message>
    <message>
        <source>only the facilitator moves the session on</source>
        <translation>dim ond yr hwylusydd sy'n symud y sesiwn ymlaen</translation>
    </message>
    <message>
        <source>this needs the facilitator's token</source>
        <translation>mae angen tocyn yr hwylusydd ar gyfer hyn</translation>
    </message>
    <message>
        <source>too many requests from this device: wait a moment</source>
        <translation>gormod o geisiadau o'r ddyfais hon: arhoswch eiliad</translation>
    </message>
    <message>
        <source>too many wrong codes from this device: wait, then check the code on the screen</source>
        <translation>gormod o godau anghywir o'r ddyfais hon: arhoswch, yna gwiriwch y cod ar y sgrin</translation>
    </message>
    <message>
        <source>that is not this session's code: check the code on the screen</source>
        <translation>nid dyna god y sesiwn hon: gwiriwch y cod ar y sgrin</translation>
    </message>
</context>
<context>
    <name>WorkshopTimer</name>
    <message>
        <source>Time left for this driver</source>
        <translation>Amser ar ôl ar gyfer y sbardun hwn</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Dechrau neu oedi'r amserydd</translation>
    </message>
    <message>
        <source>Next driver</source>
        <translation>Sbardun nesaf</translation>
    </message>
    <message>
        <source>Five more minutes, for the next driver</source>
        <translation>Pum munud arall, ar gyfer y sbardun nesaf</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 o %2: %3</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Oedi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Workshop timer, five minutes a driver:</source>
        <translation>Amserydd y gweithdy, pum munud i bob sbardun:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <source>Print JSON; --json=2 puts every list inside an object (see docs/cli.md).</source>
        <translation>Argraffu JSON; mae --json=2 yn rhoi pob rhestr y tu mewn i wrthrych (gweler docs/cli.md).</translation>
    </message>
    <message>
        <source>--json=%1: the JSON versions are 1 and 2</source>
        <translation>--json=%1: fersiynau JSON yw 1 a 2</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>disgwyliwyd %n ymresymiad</numerusform>
            <numerusform>disgwyliwyd %n ymresymiad</numerusform>
            <numerusform>disgwyliwyd %n ymresymiad</numerusform>
            <numerusform>disgwyliwyd %n ymresymiad</numerusform>
            <numerusform>disgwyliwyd %n ymresymiad</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>allbwn safonol</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>mewnbwn safonol</translation>
    </message>
    <message>
        <source>can be read only once</source>
        <translation>dim ond unwaith y gellir ei ddarllen</translation>
    </message>
    <message>
        <source>The text (Markdown).</source>
        <translation>Y testun (Markdown).</translation>
    </message>
    <message>
        <source>Read the text from file F (Markdown or text in UTF-8, .docx or .odt; - for standard input).</source>
        <translation>Darllen y testun o ffeil F (Markdown neu destun yn UTF-8, .docx neu .odt; - ar gyfer mewnbwn safonol).</translation>
    </message>
    <message>
        <source>give either --text or --file</source>
        <translation>rhowch naill ai --text neu --file</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>nid yw'n destun UTF-8</translation>
    </message>
    <message>
        <source>The file to write (replaced whole, never half-written; - for standard output).</source>
        <translation>Y ffeil i'w hysgrifennu (caiff ei disodli'n gyfan, byth ei hanner ysgrifennu; - ar gyfer allbwn safonol).</translation>
    </message>
    <message>
        <source>-o FILE is required (- for standard output)</source>
        <translation>mae angen -o FILE (- ar gyfer allbwn safonol)</translation>
    </message>
    <message>
        <source>cannot start it (%1); it lays out documents and is installed with qdf</source>
        <translation type="vanished">nid oes modd ei gychwyn (%1); mae'n cysodi dogfennau ac fe'i gosodir gyda qdf</translation>
    </message>
    <message>
        <source>csv (the default) or xlsx (a spreadsheet with numbers as numbers).</source>
        <translation>csv (y rhagosodiad) neu xlsx (taenlen â rhifau fel rhifau).</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx</source>
        <translation>rhaid i --format fod yn csv neu xlsx</translation>
    </message>
    <message>
        <source>create a master or a participant workbook</source>
        <translation>creu llyfr gwaith meistr neu lyfr gwaith cyfranogwr</translation>
    </message>
    <message>
        <source>show what a workbook is and holds</source>
        <translation>dangos beth yw llyfr gwaith a'r hyn sydd ynddo</translation>
    </message>
    <message>
        <source>write the whole workbook as JSON</source>
        <translation>ysgrifennu'r llyfr gwaith cyfan fel JSON</translation>
    </message>
    <message>
        <source>check a workbook's integrity and schema</source>
        <translation>gwirio cyfanrwydd a sgema llyfr gwaith</translation>
    </message>
    <message>
        <source>full-text search over a workbook</source>
        <translation>chwilio testun llawn drwy lyfr gwaith</translation>
    </message>
    <message>
        <source>set the answer to a question</source>
        <translation>gosod yr ateb i gwestiwn</translation>
    </message>
    <message>
        <source>list the saved versions of an answer</source>
        <translation>rhestru fersiynau ateb a gadwyd</translation>
    </message>
    <message>
        <source>working examples of a section</source>
        <translation>enghreifftiau gwaith adran</translation>
    </message>
    <message>
        <source>add a working example to a section</source>
        <translation>ychwanegu enghraifft waith at adran</translation>
    </message>
    <message>
        <source>reference materials of a section</source>
        <translation>deunydd cyfeirio adran</translation>
    </message>
    <message>
        <source>attach a reference file to a section</source>
        <translation>atodi ffeil gyfeirio at adran</translation>
    </message>
    <message>
        <source>add, edit, move, sign and list Schedules</source>
        <translation>ychwanegu, golygu, symud, cymeradwyo a rhestru Atodlenni</translation>
    </message>
    <message>
        <source>add a draft Schedule to a section</source>
        <translation>ychwanegu Atodlen ddrafft at adran</translation>
    </message>
    <message>
        <source>save a new version of a Schedule</source>
        <translation>cadw fersiwn newydd o Atodlen</translation>
    </message>
    <message>
        <source>move a Schedule to another maturity</source>
        <translation>symud Atodlen i aeddfedrwydd arall</translation>
    </message>
    <message>
        <source>sign off a Schedule that is ready, as the workbook's owner</source>
        <translation>cymeradwyo Atodlen sy'n barod, fel perchennog y llyfr gwaith</translation>
    </message>
    <message>
        <source>list the Schedules in QDF Index order</source>
        <translation>rhestru'r Atodlenni yn nhrefn y Mynegai QDF</translation>
    </message>
    <message>
        <source>set the status of a Plan on a Page milestone</source>
        <translation>gosod statws carreg filltir yn y Cynllun ar Dudalen</translation>
    </message>
    <message>
        <source>the master's questions and explanations: add, edit, explain</source>
        <translation>cwestiynau ac esboniadau'r meistr: ychwanegu, golygu, esbonio</translation>
    </message>
    <message>
        <source>add an open question to a section of the master</source>
        <translation>ychwanegu cwestiwn agored at adran yn y meistr</translation>
    </message>
    <message>
        <source>revise a question's wording or guidance in the master</source>
        <translation>diwygio geiriad neu ganllawiau cwestiwn yn y meistr</translation>
    </message>
    <message>
        <source>set a section's standard explanation in the master</source>
        <translation>gosod esboniad safonol adran yn y meistr</translation>
    </message>
    <message>
        <source>publish the Framework from the master (pdf, docx, odt, html)</source>
        <translation>cyhoeddi'r Fframwaith o'r meistr (pdf, docx, odt, html)</translation>
    </message>
    <message>
        <source>print a workbook (pdf, docx, odt, html)</source>
        <translation>argraffu llyfr gwaith (pdf, docx, odt, html)</translation>
    </message>
    <message>
        <source>the Catalyst for Change self-assessment: rounds, ratings, scores</source>
        <translation>hunanasesiad y Catalydd Newid: rowndiau, sgorio, sgoriau</translation>
    </message>
    <message>
        <source>rounds of the self-assessment</source>
        <translation>rowndiau'r hunanasesiad</translation>
    </message>
    <message>
        <source>start a dated round of the self-assessment</source>
        <translation>dechrau rownd ddyddiedig o'r hunanasesiad</translation>
    </message>
    <message>
        <source>record a participant's rating of an element</source>
        <translation>cofnodi sgôr cyfranogwr ar gyfer elfen</translation>
    </message>
    <message>
        <source>record the level the group agreed for an element</source>
        <translation>cofnodi'r lefel y cytunodd y grŵp arni ar gyfer elfen</translation>
    </message>
    <message>
        <source>driver totals and bands of a round</source>
        <translation>cyfansymiau a bandiau'r sbardunau mewn rownd</translation>
    </message>
    <message>
        <source>the drivers and elements, with their keys</source>
        <translation>y sbardunau a'r elfennau, gyda'u hallweddi</translation>
    </message>
    <message>
        <source>actions of a round's action plan</source>
        <translation>camau gweithredu cynllun gweithredu rownd</translation>
    </message>
    <message>
        <source>add an action to a round's action plan</source>
        <translation>ychwanegu cam gweithredu at gynllun gweithredu rownd</translation>
    </message>
    <message>
        <source>a round's action plan</source>
        <translation>cynllun gweithredu rownd</translation>
    </message>
    <message>
        <source>a round's final scores, group view or action plan as CSV</source>
        <translation>sgoriau terfynol, golwg grŵp neu gynllun gweithredu rownd fel CSV</translation>
    </message>
    <message>
        <source>a round as a report (pdf, docx, odt, html)</source>
        <translation>rownd fel adroddiad (pdf, docx, odt, html)</translation>
    </message>
    <message>
        <source>commissioning reviews: checklists, ratings, summary</source>
        <translation>adolygiadau comisiynu: rhestrau gwirio, sgoriau, crynodeb</translation>
    </message>
    <message>
        <source>start a commissioning review</source>
        <translation>dechrau adolygiad comisiynu</translation>
    </message>
    <message>
        <source>the reviews, oldest first</source>
        <translation>yr adolygiadau, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>rate an item of a review's checklists</source>
        <translation>sgorio eitem yn rhestrau gwirio adolygiad</translation>
    </message>
    <message>
        <source>counts per rating, the gaps and the actions</source>
        <translation>niferoedd fesul sgôr, y bylchau a'r camau gweithredu</translation>
    </message>
    <message>
        <source>the review checklists and their items, with their keys</source>
        <translation>y rhestrau gwirio adolygu a'u heitemau, gyda'u hallweddi</translation>
    </message>
    <message>
        <source>actions for a review's items</source>
        <translation>camau gweithredu ar gyfer eitemau adolygiad</translation>
    </message>
    <message>
        <source>add an action for an item to the action plan</source>
        <translation>ychwanegu cam gweithredu ar gyfer eitem at y cynllun gweithredu</translation>
    </message>
    <message>
        <source>a review as CSV</source>
        <translation>adolygiad fel CSV</translation>
    </message>
    <message>
        <source>a review as a report (pdf, docx, odt, html)</source>
        <translation>adolygiad fel adroddiad (pdf, docx, odt, html)</translation>
    </message>
    <message>
        <source>a participant's contribution bundle</source>
        <translation>bwndel cyfraniad cyfranogwr</translation>
    </message>
    <message>
        <source>write what changed since the last contribution</source>
        <translation>ysgrifennu'r hyn sydd wedi newid ers y cyfraniad diwethaf</translation>
    </message>
    <message>
        <source>gather contribution bundles into the master</source>
        <translation>casglu bwndeli cyfraniad i'r meistr</translation>
    </message>
    <message>
        <source>list the conflicts that wait for a person</source>
        <translation>rhestru'r achosion o wrthdaro sy'n aros am berson</translation>
    </message>
    <message>
        <source>resolve a conflict</source>
        <translation>datrys achos o wrthdaro</translation>
    </message>
    <message>
        <source>publish the master's update, or apply one</source>
        <translation>cyhoeddi diweddariad y meistr, neu roi un ar waith</translation>
    </message>
    <message>
        <source>publish an update of the master for its participants</source>
        <translation>cyhoeddi diweddariad o'r meistr ar gyfer ei gyfranogwyr</translation>
    </message>
    <message>
        <source>apply a master's update to a participant workbook</source>
        <translation>rhoi diweddariad meistr ar waith mewn llyfr gwaith cyfranogwr</translation>
    </message>
    <message>
        <source>undo an import of a bundle or update</source>
        <translation>dadwneud mewnforiad bwndel neu ddiweddariad</translation>
    </message>
    <message>
        <source>the signing keys a workbook knows: list, accept, forget, new</source>
        <translation>yr allweddi llofnodi y mae llyfr gwaith yn eu hadnabod: rhestru, derbyn, anghofio, newydd</translation>
    </message>
    <message>
        <source>the workbook's own key and the keys it knows, with fingerprints</source>
        <translation>allwedd y llyfr gwaith ei hun a'r allweddi y mae'n eu hadnabod, gyda'u holion bysedd</translation>
    </message>
    <message>
        <source>confirm a key, or accept the new key that signed a file</source>
        <translation>cadarnhau allwedd, neu dderbyn yr allwedd newydd a lofnododd ffeil</translation>
    </message>
    <message>
        <source>forget a key the workbook knows</source>
        <translation>anghofio allwedd y mae'r llyfr gwaith yn ei hadnabod</translation>
    </message>
    <message>
        <source>make a new signing key for the workbook</source>
        <translation>creu allwedd lofnodi newydd ar gyfer y llyfr gwaith</translation>
    </message>
    <message>
        <source>build the demo programme into a folder</source>
        <translation>adeiladu'r rhaglen arddangos mewn ffolder</translation>
    </message>
    <message>
        <source>--lang takes cy (Cymraeg) or en (English)</source>
        <translation>mae --lang yn cymryd cy (Cymraeg) neu en (Saesneg)</translation>
    </message>
    <message>
        <source>This content has no %1 translation yet: it is shown in English.</source>
        <translation>Nid oes gan y cynnwys hwn gyfieithiad (%1) eto: fe'i dangosir yn Saesneg.</translation>
    </message>
    <message>
        <source>cannot start it (%1); %2</source>
        <translation>nid oes modd ei gychwyn (%1); %2</translation>
    </message>
    <message>
        <source>it lays out documents and is installed with qdf</source>
        <translation>mae'n cysodi dogfennau ac fe'i gosodir gyda qdf</translation>
    </message>
    <message>
        <source>a live workshop: participants score from their own phones</source>
        <translation>gweithdy byw: cyfranogwyr yn sgorio o'u ffonau eu hunain</translation>
    </message>
    <message>
        <source>serve a live Catalyst session to phones on the room's network</source>
        <translation>gweini sesiwn fyw o'r Catalydd i ffonau ar rwydwaith yr ystafell</translation>
    </message>
    <message>
        <source>the people a master's records name: list, export, erase</source>
        <translation>y bobl a enwir yng nghofnodion meistr: rhestru, allforio, dileu</translation>
    </message>
    <message>
        <source>the people the master's records name, with what each sent and signed</source>
        <translation>y bobl a enwir yng nghofnodion y meistr, gyda'r hyn a anfonodd ac a gymeradwyodd pob un</translation>
    </message>
    <message>
        <source>everything the master holds about a person, as JSON or a report</source>
        <translation>popeth sydd gan y meistr am berson, fel JSON neu adroddiad</translation>
    </message>
    <message>
        <source>erase a person from the master: their data removed or anonymised</source>
        <translation>dileu person o'r meistr: eu data wedi'i dynnu neu'i wneud yn ddienw</translation>
    </message>
    <message>
        <source>it serves live workshops and is installed with qdf</source>
        <translation>mae'n gweini gweithdai byw ac fe'i gosodir gyda qdf</translation>
    </message>
    <message>
        <source>the translation state of every text in Welsh, English or both</source>
        <translation>cyflwr cyfieithu pob testun yn Gymraeg, yn Saesneg neu yn y ddwy</translation>
    </message>
    <message>
        <source>mark a text's Welsh and English as saying the same</source>
        <translation>nodi bod Cymraeg a Saesneg testun yn dweud yr un peth</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbook to open.</source>
        <translation>Llyfr gwaith i'w agor.</translation>
    </message>
    <message>
        <source>Render the window to FILE.png and exit.</source>
        <translation>Llunio'r ffenestr yn FILE.png a gadael.</translation>
    </message>
    <message>
        <source>The workbook to open.</source>
        <translation>Y llyfr gwaith i'w agor.</translation>
    </message>
    <message>
        <source>qdf-workbench: there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set).
Start it from a desktop session, or:
  xvfb-run qdf-workbench WORKBOOK                 runs it on a virtual display
  qdf-workbench --screenshot shot.png WORKBOOK    takes a picture of the window
  qdf --help                                      the command line needs no display</source>
        <translation>qdf-workbench: nid oes sgrin i ddangos y ffenestr arni (nid yw DISPLAY a WAYLAND_DISPLAY wedi'u gosod).
Dechreuwch y rhaglen o sesiwn bwrdd gwaith, neu:
  xvfb-run qdf-workbench WORKBOOK                 yn ei rhedeg ar sgrin rithwir
  qdf-workbench --screenshot shot.png WORKBOOK    yn tynnu llun o'r ffenestr
  qdf --help                                      nid oes angen sgrin ar y llinell orchymyn</translation>
    </message>
    <message>
        <source>--lang takes cy (Cymraeg) or en (English)</source>
        <translation>mae --lang yn cymryd cy (Cymraeg) neu en (Saesneg)</translation>
    </message>
    <message>
        <source>The desktop program of QDF Workbench: CAREMORE workbooks, their Schedules and the Quality and Delivery Framework.</source>
        <translation>Rhaglen bwrdd gwaith QDF Workbench: llyfrau gwaith CAREMORE, eu Hatodlenni a'r Fframwaith Ansawdd a Darparu.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Dangos y fersiwn.</translation>
    </message>
    <message>
        <source>The page to show: a section key, qdf-index, plan-on-a-page, progress, search, help[:PAGE] for the user guide, or schedule:NUMBER[:sign-off|:history] for the Schedule editor.</source>
        <translation>Y dudalen i'w dangos: allwedd adran, qdf-index, plan-on-a-page, progress, search, help[:PAGE] ar gyfer y canllaw defnyddiwr, neu schedule:NUMBER[:sign-off|:history] ar gyfer golygydd yr Atodlen.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Maint y ffenestr ar gyfer --screenshot (rhagosodiad 1280x800).</translation>
    </message>
    <message>
        <source>Show the search page with these words.</source>
        <translation>Dangos y dudalen chwilio gyda'r geiriau hyn.</translation>
    </message>
    <message>
        <source>Colours to show the window in: light, dark or high-contrast (default: the desktop's).</source>
        <translation>Y lliwiau i ddangos y ffenestr ynddynt: light, dark neu high-contrast (rhagosodiad: lliwiau'r bwrdd gwaith).</translation>
    </message>
    <message>
        <source>The language to speak: cy (Cymraeg) or en (English); default: View › Language, else the desktop's.</source>
        <translation>Yr iaith i'w siarad: cy (Cymraeg) neu en (Saesneg); rhagosodiad: Golwg › Iaith, fel arall iaith y bwrdd gwaith.</translation>
    </message>
</context>
<context>
    <name>qdf</name>
    <message>
        <source>already exists; choose another name</source>
        <translation>mae'n bodoli eisoes; dewiswch enw arall</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>nid yw ei ffolder yn bodoli</translation>
    </message>
    <message>
        <source>a workbook needs an owner</source>
        <translation>mae angen perchennog ar lyfr gwaith</translation>
    </message>
    <message>
        <source>could not be written</source>
        <translation>nid oedd modd ei ysgrifennu</translation>
    </message>
    <message>
        <source>a master workbook needs a programme name</source>
        <translation>mae angen enw rhaglen ar lyfr gwaith meistr</translation>
    </message>
    <message>
        <source>is a participant workbook, not a master</source>
        <translation>llyfr gwaith cyfranogwr yw hwn, nid meistr</translation>
    </message>
    <message>
        <source>no item "%1"</source>
        <translation>nid oes eitem "%1"</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>a workbook keeps texts of up to %1 million characters</source>
        <translation>mae llyfr gwaith yn cadw testunau o hyd at %1 miliwn nod</translation>
    </message>
    <message>
        <source>the text is too long: %1</source>
        <translation>mae'r testun yn rhy hir: %1</translation>
    </message>
    <message>
        <source>the text is %1 million characters long; %2</source>
        <translation>mae'r testun yn %1 miliwn nod o hyd; %2</translation>
    </message>
    <message>
        <source>the disk is full or the folder cannot be written: free some space or choose another folder, and try again</source>
        <translation>mae'r ddisg yn llawn neu nid oes modd ysgrifennu i'r ffolder: rhyddhewch ychydig o le neu dewiswch ffolder arall, a rhowch gynnig arall arni</translation>
    </message>
    <message>
        <source>%1 could not be written: %2; nothing was changed</source>
        <translation>nid oedd modd ysgrifennu %1: %2; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>is a workbook file, not an update: join from it as the master</source>
        <translation>ffeil llyfr gwaith yw hon, nid diweddariad: ymunwch ohoni fel y meistr</translation>
    </message>
    <message>
        <source>is a participant's contribution; join from the master or from an update it published</source>
        <translation>cyfraniad cyfranogwr yw hwn; ymunwch o'r meistr neu o ddiweddariad a gyhoeddodd</translation>
    </message>
    <message>
        <source>does not carry the Workbook's questions (it was published by an older version); ask for a new update or the master file</source>
        <translation>nid yw'n cynnwys cwestiynau'r Llyfr gwaith (cafodd ei gyhoeddi gan fersiwn hŷn); gofynnwch am ddiweddariad newydd neu ffeil y meistr</translation>
    </message>
    <message>
        <source>open in %1 on %2 (process %3)</source>
        <translation>ar agor yn %1 ar %2 (proses %3)</translation>
    </message>
    <message>
        <source>open in %1 by %2 on %3 since %4</source>
        <translation>ar agor yn %1 gan %2 ar %3 ers %4</translation>
    </message>
    <message>
        <source>%1 of the section "%2", which this workbook does not have</source>
        <translation>%1 o'r adran "%2", nad yw yn y llyfr gwaith hwn</translation>
    </message>
    <message>
        <source>a Working Example needs a title</source>
        <translation>mae angen teitl ar Enghraifft Waith</translation>
    </message>
    <message>
        <source>a Schedule needs a title</source>
        <translation>mae angen teitl ar Atodlen</translation>
    </message>
    <message>
        <source>Answer: %1 (%2)</source>
        <translation>Ateb: %1 (%2)</translation>
    </message>
    <message>
        <source>Working example: %1</source>
        <translation>Enghraifft waith: %1</translation>
    </message>
    <message>
        <source>Schedule %1: %2</source>
        <translation>Atodlen %1: %2</translation>
    </message>
</context>
<context>
    <name>qdf::ActionStore</name>
    <message>
        <source>an action needs to say what we need to achieve</source>
        <translation type="vanished">mae angen i gam gweithredu nodi'r hyn sydd angen i ni ei gyflawni</translation>
    </message>
    <message>
        <source>an action belongs to a round or a review</source>
        <translation type="vanished">mae cam gweithredu'n perthyn i rownd neu adolygiad</translation>
    </message>
    <message>
        <source>no action "%1"</source>
        <translation type="vanished">nid oes cam gweithredu "%1"</translation>
    </message>
</context>
<context>
    <name>qdf::Changes</name>
    <message>
        <source>another program</source>
        <translation>rhaglen arall</translation>
    </message>
</context>
<context>
    <name>qdf::FrameworkEdits</name>
    <message>
        <source>"%1" is not a question key: use lower-case letters, digits and hyphens</source>
        <translation type="vanished">nid yw "%1" yn allwedd cwestiwn: defnyddiwch lythrennau bach, digidau a chysylltnodau</translation>
    </message>
    <message>
        <source>a question needs its text</source>
        <translation type="vanished">mae angen testun ar gwestiwn</translation>
    </message>
    <message>
        <source>the section "%1" already has a question "%2"</source>
        <translation type="vanished">mae cwestiwn "%2" yn yr adran "%1" eisoes</translation>
    </message>
    <message>
        <source>the section "%1" cannot be renamed "%2"</source>
        <translation type="vanished">nid oes modd ailenwi'r adran "%1" yn "%2"</translation>
    </message>
    <message>
        <source>a question of the section "%1", which this workbook does not have</source>
        <translation type="vanished">cwestiwn o'r adran "%1", nad yw yn y llyfr gwaith hwn</translation>
    </message>
</context>
<context>
    <name>qdf::MaterialStore</name>
    <message>
        <source>no item "%1"</source>
        <translation type="vanished">nid oes eitem "%1"</translation>
    </message>
    <message>
        <source>a Working Example needs a title</source>
        <translation type="vanished">mae angen teitl ar Enghraifft Waith</translation>
    </message>
    <message>
        <source>a working example</source>
        <translation type="vanished">enghraifft waith</translation>
    </message>
    <message>
        <source>a Reference Material needs a file name</source>
        <translation type="vanished">mae angen enw ffeil ar Ddeunydd Cyfeirio</translation>
    </message>
    <message>
        <source>a reference material</source>
        <translation type="vanished">deunydd cyfeirio</translation>
    </message>
</context>
<context>
    <name>qdf::ScheduleStore</name>
    <message>
        <source>no Schedule "%1"</source>
        <translation type="vanished">nid oes Atodlen "%1"</translation>
    </message>
    <message>
        <source>version %1 of Schedule %2 cannot be read</source>
        <translation type="vanished">nid oes modd darllen fersiwn %1 o Atodlen %2</translation>
    </message>
    <message>
        <source>a Schedule needs a title</source>
        <translation type="vanished">mae angen teitl ar Atodlen</translation>
    </message>
    <message>
        <source>no such section</source>
        <translation type="vanished">nid oes adran o'r fath</translation>
    </message>
    <message>
        <source>Schedules belong to a CAREMORE section</source>
        <translation type="vanished">mae Atodlenni'n perthyn i adran CAREMORE</translation>
    </message>
    <message>
        <source>a sign-off of a Schedule this workbook does not have</source>
        <translation type="vanished">cymeradwyaeth ar gyfer Atodlen nad yw yn y llyfr gwaith hwn</translation>
    </message>
    <message>
        <source>a Schedule of the section "%1", which this workbook does not have</source>
        <translation type="vanished">Atodlen o'r adran "%1", nad yw yn y llyfr gwaith hwn</translation>
    </message>
    <message>
        <source>version %1 of a Schedule cannot be read</source>
        <translation type="vanished">nid oes modd darllen fersiwn %1 o Atodlen</translation>
    </message>
</context>
<context>
    <name>qdf::Workbook</name>
    <message>
        <source>is read-only and from an older version; make it writable so it can be upgraded</source>
        <translation type="vanished">mae'n ddarllen yn unig ac o fersiwn hŷn; caniatewch ysgrifennu iddo fel y gellir ei uwchraddio</translation>
    </message>
    <message>
        <source>the workbook record is missing</source>
        <translation type="vanished">mae cofnod y llyfr gwaith ar goll</translation>
    </message>
    <message>
        <source>is open read-only; the change was not saved</source>
        <translation type="vanished">mae ar agor i'w ddarllen yn unig; ni chadwyd y newid</translation>
    </message>
    <message>
        <source>was moved or deleted while open; the change was not saved</source>
        <translation type="vanished">cafodd ei symud neu ei ddileu tra oedd ar agor; ni chadwyd y newid</translation>
    </message>
</context>
<context>
    <name>qdf::WorkbookLock</name>
    <message>
        <source>open in another program</source>
        <translation type="vanished">ar agor mewn rhaglen arall</translation>
    </message>
    <message>
        <source>is %1; it can be changed once that is closed</source>
        <translation type="vanished">mae %1; gellir ei newid pan fydd honno wedi'i chau</translation>
    </message>
    <message>
        <source>cannot create the lock file (is the folder writable?)</source>
        <translation type="vanished">nid oes modd creu'r ffeil glo (a oes modd ysgrifennu i'r ffolder?)</translation>
    </message>
</context>
<context>
    <name>qdf::catalyst</name>
    <message>
        <source>Average element score %1 of 4.</source>
        <translation>Sgôr gyfartalog yr elfennau: %1 o 4.</translation>
    </message>
    <message>
        <source>It is over the elements rated so far (%1 of %2); %3 of the %4 drivers are not complete yet.</source>
        <translation>Mae'n seiliedig ar yr elfennau a sgoriwyd hyd yma (%1 o %2); nid yw %3 o'r %4 sbardun wedi'u cwblhau eto.</translation>
    </message>
    <message>
        <source>Weakest: %1.</source>
        <translation>Gwannaf: %1.</translation>
    </message>
</context>
<context>
    <name>qdf::catalyst::CatalystStore</name>
    <message>
        <source>no Catalyst element "%1" (see 'qdf catalyst elements')</source>
        <translation type="vanished">nid oes elfen Catalydd "%1" (gweler 'qdf catalyst elements')</translation>
    </message>
    <message>
        <source>level %1 is outside 1-4</source>
        <translation type="vanished">mae lefel %1 y tu allan i 1-4</translation>
    </message>
    <message>
        <source>a round needs a name</source>
        <translation type="vanished">mae angen enw ar rownd</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation type="vanished">nid yw "%1" yn ddyddiad (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>there is already a round "%1"</source>
        <translation type="vanished">mae rownd "%1" yn bodoli eisoes</translation>
    </message>
    <message>
        <source>no Catalyst round "%1"</source>
        <translation type="vanished">nid oes rownd Catalydd "%1"</translation>
    </message>
    <message>
        <source>a rating needs the participant's name</source>
        <translation type="vanished">mae angen enw'r cyfranogwr ar sgôr</translation>
    </message>
    <message>
        <source>no Catalyst driver "%1"</source>
        <translation type="vanished">nid oes sbardun Catalydd "%1"</translation>
    </message>
    <message>
        <source>no Catalyst driver or element "%1" (see 'qdf catalyst elements')</source>
        <translation type="vanished">nid oes sbardun nac elfen Catalydd "%1" (gweler 'qdf catalyst elements')</translation>
    </message>
</context>
<context>
    <name>qdf::cli</name>
    <message>
        <source>record the level the group agreed for an element after discussion.</source>
        <translation>cofnodi'r lefel y cytunodd y grŵp arni ar gyfer elfen ar ôl trafod.</translation>
    </message>
    <message>
        <source>record a participant's rating of an element.</source>
        <translation>cofnodi sgôr cyfranogwr ar gyfer elfen.</translation>
    </message>
    <message>
        <source>The workbook.</source>
        <translation>Y llyfr gwaith.</translation>
    </message>
    <message>
        <source>Who rated.</source>
        <translation>Pwy a sgoriodd.</translation>
    </message>
    <message>
        <source>--level %1 is not a level: give 1, 2, 3 or 4</source>
        <translation>nid yw --level %1 yn lefel: rhowch 1, 2, 3 neu 4</translation>
    </message>
    <message>
        <source>start a dated round of the self-assessment; prints its id.</source>
        <translation>dechrau rownd ddyddiedig o'r hunanasesiad; yn argraffu ei dynodydd.</translation>
    </message>
    <message>
        <source>The round's name, e.g. "Spring 2027".</source>
        <translation>Enw'r rownd, e.e. "Gwanwyn 2027".</translation>
    </message>
    <message>
        <source>Date completed, YYYY-MM-DD.</source>
        <translation>Dyddiad ei chwblhau, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>driver totals and bands of a round: agreed, and per participant.</source>
        <translation>cyfansymiau a bandiau'r sbardunau mewn rownd: y rhai y cytunwyd arnynt, a fesul cyfranogwr.</translation>
    </message>
    <message>
        <source>incomplete (%1 of 5 rated)</source>
        <translation>anghyflawn (%1 o 5 wedi'u sgorio)</translation>
    </message>
    <message>
        <source>the drivers and elements of the self-assessment, with their keys.</source>
        <translation>sbardunau ac elfennau'r hunanasesiad, gyda'u hallweddi.</translation>
    </message>
    <message>
        <source>add an action to a round's action plan; prints its id.</source>
        <translation>ychwanegu cam gweithredu at gynllun gweithredu rownd; yn argraffu ei ddynodydd.</translation>
    </message>
    <message>
        <source>The driver or element it improves (a key).</source>
        <translation>Y sbardun neu'r elfen y mae'n ei wella (allwedd).</translation>
    </message>
    <message>
        <source>We need to achieve...</source>
        <translation>Mae angen i ni gyflawni...</translation>
    </message>
    <message>
        <source>So that we can...</source>
        <translation>Er mwyn i ni allu...</translation>
    </message>
    <message>
        <source>By doing... (up to three, in order).</source>
        <translation>Drwy wneud... (hyd at dri, mewn trefn).</translation>
    </message>
    <message>
        <source>By when...</source>
        <translation>Erbyn pryd...</translation>
    </message>
    <message>
        <source>Involving...</source>
        <translation>Yn cynnwys...</translation>
    </message>
    <message>
        <source>How critical, how well.</source>
        <translation>Pa mor hanfodol, pa mor dda.</translation>
    </message>
    <message>
        <source>Resources needed...</source>
        <translation>Adnoddau sydd eu hangen...</translation>
    </message>
    <message>
        <source>Lead person for delivery.</source>
        <translation>Person arweiniol ar gyfer cyflawni.</translation>
    </message>
    <message>
        <source>at most three --step</source>
        <translation>dim mwy na thri --step</translation>
    </message>
    <message>
        <source>a round's action plan.</source>
        <translation>cynllun gweithredu rownd.</translation>
    </message>
    <message>
        <source>a round's final scores, group view or action plan as CSV (UTF-8) or XLSX.</source>
        <translation>sgoriau terfynol, golwg grŵp neu gynllun gweithredu rownd fel CSV (UTF-8) neu XLSX.</translation>
    </message>
    <message>
        <source>final-scores, group or action-plan.</source>
        <translation>final-scores, group neu action-plan.</translation>
    </message>
    <message>
        <source>Name participants Person A, B, ... in the group view.</source>
        <translation>Enwi'r cyfranogwyr yn Person A, B, ... yn y golwg grŵp.</translation>
    </message>
    <message>
        <source>--table must be final-scores, group or action-plan</source>
        <translation>rhaid i --table fod yn final-scores, group neu action-plan</translation>
    </message>
    <message>
        <source>The section's key, e.g. care-standards.</source>
        <translation>Allwedd yr adran, e.e. care-standards.</translation>
    </message>
    <message>
        <source>The question's key, e.g. intended-product.</source>
        <translation>Allwedd y cwestiwn, e.e. intended-product.</translation>
    </message>
    <message>
        <source>set the answer to a question; the earlier text stays in its history.</source>
        <translation>gosod yr ateb i gwestiwn; mae'r testun cynharach yn aros yn ei hanes.</translation>
    </message>
    <message>
        <source>list the saved versions of an answer, newest first.</source>
        <translation>rhestru fersiynau ateb a gadwyd, y diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <source>version %1, %2, %3</source>
        <translation>fersiwn %1, %2, %3</translation>
    </message>
    <message>
        <source>add a working example to a section; prints its id.</source>
        <translation>ychwanegu enghraifft waith at adran; yn argraffu ei dynodydd.</translation>
    </message>
    <message>
        <source>The example's title.</source>
        <translation>Teitl yr enghraifft.</translation>
    </message>
    <message>
        <source>attach a file to a section's Reference Materials (stored inside the workbook); prints its id.</source>
        <translation>atodi ffeil at Ddeunydd Cyfeirio adran (wedi'i storio yn y llyfr gwaith); yn argraffu ei dynodydd.</translation>
    </message>
    <message>
        <source>The file to attach (- for standard input, with --name).</source>
        <translation>Y ffeil i'w hatodi (- ar gyfer mewnbwn safonol, gyda --name).</translation>
    </message>
    <message>
        <source>The name it is kept under (default: the file's own).</source>
        <translation>Yr enw y caiff ei chadw dano (rhagosodiad: enw'r ffeil ei hun).</translation>
    </message>
    <message>
        <source>Why it matters.</source>
        <translation>Pam mae'n bwysig.</translation>
    </message>
    <message>
        <source>--file is required</source>
        <translation>mae angen --file</translation>
    </message>
    <message>
        <source>--file - needs --name NAME, the name the file is kept under</source>
        <translation>mae angen --name NAME ar --file -, yr enw y caiff y ffeil ei chadw dano</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>rhaid i --name beidio â bod yn wag</translation>
    </message>
    <message>
        <source>set the status of a Plan on a Page milestone.</source>
        <translation>gosod statws carreg filltir yn y Cynllun ar Dudalen.</translation>
    </message>
    <message>
        <source>The stage number (1-3).</source>
        <translation>Rhif y cam (1-3).</translation>
    </message>
    <message>
        <source>The milestone's position in its stage (1, 2, ...).</source>
        <translation>Safle'r garreg filltir yn ei cham (1, 2, ...).</translation>
    </message>
    <message>
        <source>not-started, in-progress, done or at-risk.</source>
        <translation>not-started, in-progress, done neu at-risk.</translation>
    </message>
    <message>
        <source>When it is due, as text (e.g. 2027-03).</source>
        <translation>Y dyddiad targed, fel testun (e.e. 2027-03).</translation>
    </message>
    <message>
        <source>--status must be not-started, in-progress, done or at-risk</source>
        <translation>rhaid i --status fod yn not-started, in-progress, done neu at-risk</translation>
    </message>
    <message>
        <source>no milestone %1 in stage %2</source>
        <translation>nid oes carreg filltir %1 yng ngham %2</translation>
    </message>
    <message>
        <source>set a section's standard explanation in the master; updates carry it to the participants.</source>
        <translation>gosod esboniad safonol adran yn y meistr; mae diweddariadau'n ei gludo i'r cyfranogwyr.</translation>
    </message>
    <message>
        <source>The master workbook.</source>
        <translation>Y llyfr gwaith meistr.</translation>
    </message>
    <message>
        <source>add an open question to a section of the master; updates carry it to the participants.</source>
        <translation>ychwanegu cwestiwn agored at adran yn y meistr; mae diweddariadau'n ei gludo i'r cyfranogwyr.</translation>
    </message>
    <message>
        <source>revise a question's wording or guidance in the master; participants' answers stay as they are.</source>
        <translation>diwygio geiriad neu ganllawiau cwestiwn yn y meistr; mae atebion y cyfranogwyr yn aros fel y maent.</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>Y cwestiwn.</translation>
    </message>
    <message>
        <source>Guidance shown under the question.</source>
        <translation>Canllawiau a ddangosir o dan y cwestiwn.</translation>
    </message>
    <message>
        <source>--text is required</source>
        <translation>mae angen --text</translation>
    </message>
    <message>
        <source>give --text, --guidance or both</source>
        <translation>rhowch --text, --guidance neu'r ddau</translation>
    </message>
    <message>
        <source>first use: not yet confirmed</source>
        <translation>defnydd cyntaf: heb ei chadarnhau eto</translation>
    </message>
    <message>
        <source>accepted by %1</source>
        <translation>derbyniwyd gan %1</translation>
    </message>
    <message>
        <source>this workbook's own</source>
        <translation>allwedd y llyfr gwaith hwn ei hun</translation>
    </message>
    <message>
        <source>the signing keys a workbook knows: its own, the master's (in a participant), each participant's (in the master), with their fingerprints and whether a person has confirmed them.</source>
        <translation>yr allweddi llofnodi y mae llyfr gwaith yn eu hadnabod: ei allwedd ei hun, allwedd y meistr (mewn llyfr gwaith cyfranogwr), allwedd pob cyfranogwr (yn y meistr), gyda'u holion bysedd ac a yw person wedi'u cadarnhau.</translation>
    </message>
    <message>
        <source>confirm a key after comparing its fingerprint with its owner: a key kept on first use, by its fingerprint, or the new key that signed a file that was refused for it (the key held before is replaced).</source>
        <translation>cadarnhau allwedd ar ôl cymharu ei hôl bys â'i pherchennog: allwedd a gadwyd ar ei defnydd cyntaf, drwy ei hôl bys, neu'r allwedd newydd a lofnododd ffeil a wrthodwyd o'i herwydd (caiff yr allwedd a oedd yno o'r blaen ei disodli).</translation>
    </message>
    <message>
        <source>A fingerprint (or its first characters), or a bundle or update file.</source>
        <translation>Ôl bys (neu ei nodau cyntaf), neu ffeil bwndel neu ddiweddariad.</translation>
    </message>
    <message>
        <source>accepted %1 as %2's key (%3)</source>
        <translation>derbyniwyd %1 fel allwedd %2 (%3)</translation>
    </message>
    <message>
        <source>forget a key the workbook knows: the next file signed for its workbook is taken as on first use.</source>
        <translation>anghofio allwedd y mae'r llyfr gwaith yn ei hadnabod: caiff y ffeil nesaf a lofnodir ar gyfer ei llyfr gwaith ei thrin fel defnydd cyntaf.</translation>
    </message>
    <message>
        <source>The key's fingerprint (or its first characters).</source>
        <translation>Ôl bys yr allwedd (neu ei nodau cyntaf).</translation>
    </message>
    <message>
        <source>forgot %1 (%2)</source>
        <translation>anghofiwyd %1 (%2)</translation>
    </message>
    <message>
        <source>make a new signing key for the workbook (its key file was lost, or a copy of the workbook went with it): the other side refuses what it signs until a person accepts the new key there.</source>
        <translation>creu allwedd lofnodi newydd ar gyfer y llyfr gwaith (collwyd ffeil ei allwedd, neu aeth copi o'r llyfr gwaith â hi): mae'r ochr arall yn gwrthod yr hyn y mae'n ei lofnodi nes bod person yn derbyn yr allwedd newydd yno.</translation>
    </message>
    <message>
        <source>the workbook's new key is %1 (kept in %2)</source>
        <translation>allwedd newydd y llyfr gwaith yw %1 (wedi'i chadw yn %2)</translation>
    </message>
    <message>
        <source>--format must be pdf, docx, odt or html</source>
        <translation>rhaid i --format fod yn pdf, docx, odt neu html</translation>
    </message>
    <message>
        <source>pdf, docx, odt or html.</source>
        <translation>pdf, docx, odt neu html.</translation>
    </message>
    <message>
        <source>publish the Quality and Delivery Framework from the master copy: title page, contents, QDF Index and the adopted Schedules.</source>
        <translation>cyhoeddi'r Fframwaith Ansawdd a Darparu o'r prif gopi: tudalen deitl, cynnwys, Mynegai QDF a'r Atodlenni a fabwysiadwyd.</translation>
    </message>
    <message>
        <source>Also include Schedules not yet adopted, each marked DRAFT.</source>
        <translation>Cynnwys hefyd Atodlenni nad ydynt wedi'u mabwysiadu eto, gyda phob un wedi'i nodi'n DRAFFT.</translation>
    </message>
    <message>
        <source>print a workbook as its CAREMORE folder: questions and answers, working examples, reference materials and draft Schedules.</source>
        <translation>argraffu llyfr gwaith fel ei ffolder CAREMORE: cwestiynau ac atebion, enghreifftiau gwaith, deunydd cyfeirio ac Atodlenni drafft.</translation>
    </message>
    <message>
        <source>Print only this section (repeat for more).</source>
        <translation>Argraffu'r adran hon yn unig (ailadroddwch am ragor).</translation>
    </message>
    <message>
        <source>a Catalyst round as a report: the final scores, the group view and the action plan with its detailed sheets.</source>
        <translation>rownd Catalydd fel adroddiad: y sgoriau terfynol, y golwg grŵp a'r cynllun gweithredu gyda'i daflenni manwl.</translation>
    </message>
    <message>
        <source>The round's name or id.</source>
        <translation>Enw neu ddynodydd y rownd.</translation>
    </message>
    <message>
        <source>a commissioning review as a report: details, summary and gaps, the comparison with the review before, each checklist and the action plan.</source>
        <translation>adolygiad comisiynu fel adroddiad: manylion, crynodeb a bylchau, y gymhariaeth â'r adolygiad blaenorol, pob rhestr wirio a'r cynllun gweithredu.</translation>
    </message>
    <message>
        <source>The review's id or title.</source>
        <translation>Dynodydd neu deitl yr adolygiad.</translation>
    </message>
    <message>
        <source>the review checklists and their items, with their keys.</source>
        <translation>y rhestrau gwirio adolygu a'u heitemau, gyda'u hallweddi.</translation>
    </message>
    <message>
        <source>start a commissioning review; prints its id.</source>
        <translation>dechrau adolygiad comisiynu; yn argraffu ei ddynodydd.</translation>
    </message>
    <message>
        <source>The review's title.</source>
        <translation>Teitl yr adolygiad.</translation>
    </message>
    <message>
        <source>The outcome-based model in use: 1, 2 or 3.</source>
        <translation>Y model canlyniadau a ddefnyddir: 1, 2 neu 3.</translation>
    </message>
    <message>
        <source>A checklist to use (repeat; see 'qdf review checklists').</source>
        <translation>Rhestr wirio i'w defnyddio (ailadroddwch; gweler 'qdf review checklists').</translation>
    </message>
    <message>
        <source>What is reviewed.</source>
        <translation>Yr hyn a adolygir.</translation>
    </message>
    <message>
        <source>procurement, contract or system (default).</source>
        <translation>procurement, contract neu system (rhagosodiad).</translation>
    </message>
    <message>
        <source>Date of the review, YYYY-MM-DD.</source>
        <translation>Dyddiad yr adolygiad, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Who reviews.</source>
        <translation>Pwy sy'n adolygu.</translation>
    </message>
    <message>
        <source>rate an item of a review's checklists.</source>
        <translation>sgorio eitem yn rhestrau gwirio adolygiad.</translation>
    </message>
    <message>
        <source>The item's key, or CHECKLIST/ITEM where two checklists share it.</source>
        <translation>Allwedd yr eitem, neu CHECKLIST/ITEM lle mae dwy restr wirio yn ei rhannu.</translation>
    </message>
    <message>
        <source>met, partly-met, not-met, not-applicable or not-reviewed (step-change: not-started, in-progress, done, not-applicable; pbr-suitability: yes, no, unsure).</source>
        <translation>met, partly-met, not-met, not-applicable neu not-reviewed (step-change: not-started, in-progress, done, not-applicable; pbr-suitability: yes, no, unsure).</translation>
    </message>
    <message>
        <source>Evidence notes.</source>
        <translation>Nodiadau tystiolaeth.</translation>
    </message>
    <message>
        <source>counts per rating per checklist, the gaps and the actions.</source>
        <translation>niferoedd fesul sgôr ym mhob rhestr wirio, y bylchau a'r camau gweithredu.</translation>
    </message>
    <message>
        <source>the workbook's reviews, oldest first.</source>
        <translation>adolygiadau'r llyfr gwaith, yr hynaf yn gyntaf.</translation>
    </message>
    <message>
        <source>add an action for an item of a review to the action plan; prints its id.</source>
        <translation>ychwanegu cam gweithredu ar gyfer eitem mewn adolygiad at y cynllun gweithredu; yn argraffu ei ddynodydd.</translation>
    </message>
    <message>
        <source>The item's key, or CHECKLIST/ITEM.</source>
        <translation>Allwedd yr eitem, neu CHECKLIST/ITEM.</translation>
    </message>
    <message>
        <source>What we need to achieve.</source>
        <translation>Yr hyn sydd angen i ni ei gyflawni.</translation>
    </message>
    <message>
        <source>By when.</source>
        <translation>Erbyn pryd.</translation>
    </message>
    <message>
        <source>--what is required</source>
        <translation>mae angen --what</translation>
    </message>
    <message>
        <source>a review as CSV (UTF-8) or XLSX: every item with rating, notes, sub-questions, evidence files and actions.</source>
        <translation>adolygiad fel CSV (UTF-8) neu XLSX: pob eitem gyda'i sgôr, nodiadau, is-gwestiynau, ffeiliau tystiolaeth a chamau gweithredu.</translation>
    </message>
    <message>
        <source>The Schedule's id or number.</source>
        <translation>Dynodydd neu rif yr Atodlen.</translation>
    </message>
    <message>
        <source>add a draft Schedule to a section; prints its id.</source>
        <translation>ychwanegu Atodlen ddrafft at adran; yn argraffu ei dynodydd.</translation>
    </message>
    <message>
        <source>The section's key.</source>
        <translation>Allwedd yr adran.</translation>
    </message>
    <message>
        <source>The Schedule's title.</source>
        <translation>Teitl yr Atodlen.</translation>
    </message>
    <message>
        <source>save a new version of a Schedule's body (and title).</source>
        <translation>cadw fersiwn newydd o gorff Atodlen (a'i theitl).</translation>
    </message>
    <message>
        <source>A new title.</source>
        <translation>Teitl newydd.</translation>
    </message>
    <message>
        <source>move a Schedule to another maturity (only the allowed moves).</source>
        <translation>symud Atodlen i aeddfedrwydd arall (dim ond y symudiadau a ganiateir).</translation>
    </message>
    <message>
        <source>draft, ready, signed-off or adopted.</source>
        <translation>draft, ready, signed-off neu adopted.</translation>
    </message>
    <message>
        <source>--to must be draft, ready, signed-off or adopted</source>
        <translation>rhaid i --to fod yn draft, ready, signed-off neu adopted</translation>
    </message>
    <message>
        <source>sign off the current version of a Schedule that is ready for sign-off, as the workbook's owner.</source>
        <translation>cymeradwyo'r fersiwn cyfredol o Atodlen sy'n barod i'w chymeradwyo, fel perchennog y llyfr gwaith.</translation>
    </message>
    <message>
        <source>list the Schedules in QDF Index order.</source>
        <translation>rhestru'r Atodlenni yn nhrefn y Mynegai QDF.</translation>
    </message>
    <message>
        <source>%1: unsigned: nothing proves who made it</source>
        <translation>%1: heb ei llofnodi: nid oes dim yn profi pwy a'i gwnaeth</translation>
    </message>
    <message>
        <source>%1: signed by %2's key %3, seen for the first time: confirm the fingerprint with them, then 'qdf keys accept %4 %3'</source>
        <translation>%1: wedi'i llofnodi ag allwedd %3 sy'n perthyn i %2, a welwyd am y tro cyntaf: cadarnhewch yr ôl bys gyda nhw, yna 'qdf keys accept %4 %3'</translation>
    </message>
    <message>
        <source>%1: already imported, nothing changed</source>
        <translation>%1: wedi'i mewnforio eisoes, dim wedi newid</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 fast-forward, %5 merged, %6 conflicting, %7 already had, %8 contribution(s)</source>
        <translation>%1 (%2): %3 newydd, %4 yn syth ymlaen, %5 wedi'u cyfuno, %6 yn gwrthdaro, %7 yno eisoes, %8 cyfraniad</translation>
    </message>
    <message numerus="yes">
        <source>, %n held for a person (a rule forbids applying them here)</source>
        <translation>
            <numerusform>, %n wedi'u dal i berson (mae rheol yn gwahardd eu rhoi ar waith yma)</numerusform>
            <numerusform>, %n wedi'i ddal i berson (mae rheol yn gwahardd ei roi ar waith yma)</numerusform>
            <numerusform>, %n wedi'u dal i berson (mae rheol yn gwahardd eu rhoi ar waith yma)</numerusform>
            <numerusform>, %n wedi'u dal i berson (mae rheol yn gwahardd eu rhoi ar waith yma)</numerusform>
            <numerusform>, %n wedi'u dal i berson (mae rheol yn gwahardd eu rhoi ar waith yma)</numerusform>
        </translation>
    </message>
    <message>
        <source>not attempted: %1</source>
        <translation>heb geisio: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) or proposal(s) wait for a person: see 'qdf conflicts'</source>
        <translation>
            <numerusform>%n achos o wrthdaro neu gynnig yn aros am berson: gweler 'qdf conflicts'</numerusform>
            <numerusform>%n achos o wrthdaro neu gynnig yn aros am berson: gweler 'qdf conflicts'</numerusform>
            <numerusform>%n achos o wrthdaro neu gynnig yn aros am berson: gweler 'qdf conflicts'</numerusform>
            <numerusform>%n achos o wrthdaro neu gynnig yn aros am berson: gweler 'qdf conflicts'</numerusform>
            <numerusform>%n achos o wrthdaro neu gynnig yn aros am berson: gweler 'qdf conflicts'</numerusform>
        </translation>
    </message>
    <message>
        <source>standard input (-) can be named only once</source>
        <translation>dim ond unwaith y gellir enwi'r mewnbwn safonol (-)</translation>
    </message>
    <message>
        <source>the file is kept at %1</source>
        <translation>mae'r ffeil wedi'i chadw yn %1</translation>
    </message>
    <message>
        <source>write a contribution bundle: everything changed in this participant workbook since its last contribution.</source>
        <translation>ysgrifennu bwndel cyfraniad: popeth sydd wedi newid yn y llyfr gwaith cyfranogwr hwn ers ei gyfraniad diwethaf.</translation>
    </message>
    <message>
        <source>The participant workbook.</source>
        <translation>Y llyfr gwaith cyfranogwr.</translation>
    </message>
    <message>
        <source>Do not seal it to the master's key (by default only the production team can read it).</source>
        <translation>Peidio â'i selio ag allwedd y meistr (yn ddiofyn, dim ond y tîm cynhyrchu all ei ddarllen).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s), contribution %2</source>
        <translation>
            <numerusform>%1: %n newid, cyfraniad %2</numerusform>
            <numerusform>%1: %n newid, cyfraniad %2</numerusform>
            <numerusform>%1: %n newid, cyfraniad %2</numerusform>
            <numerusform>%1: %n newid, cyfraniad %2</numerusform>
            <numerusform>%1: %n newid, cyfraniad %2</numerusform>
        </translation>
    </message>
    <message>
        <source>publish an update of the master for its participants.</source>
        <translation>cyhoeddi diweddariad o'r meistr ar gyfer ei gyfranogwyr.</translation>
    </message>
    <message>
        <source>Seal it to the keys of the participants the master has heard from: only they can read it (by default it is signed and open, so a new participant can join from it).</source>
        <translation>Ei selio ag allweddi'r cyfranogwyr y mae'r meistr wedi clywed ganddynt: dim ond nhw all ei ddarllen (yn ddiofyn mae wedi'i lofnodi ac yn agored, fel y gall cyfranogwr newydd ymuno drwyddo).</translation>
    </message>
    <message numerus="yes">
        <source>%1: master revision %2, %n item(s)</source>
        <translation>
            <numerusform>%1: diwygiad y meistr %2, %n eitem</numerusform>
            <numerusform>%1: diwygiad y meistr %2, %n eitem</numerusform>
            <numerusform>%1: diwygiad y meistr %2, %n eitem</numerusform>
            <numerusform>%1: diwygiad y meistr %2, %n eitem</numerusform>
            <numerusform>%1: diwygiad y meistr %2, %n eitem</numerusform>
        </translation>
    </message>
    <message>
        <source>apply a master's update: its work comes in, yours stays; where both changed an item the merge runs here. Exit status 3 when conflicts wait for you.</source>
        <translation>rhoi diweddariad meistr ar waith: daw ei waith i mewn, ac mae eich gwaith chi yn aros; lle mae'r ddau wedi newid eitem, mae'r cyfuno'n digwydd yma. Statws gadael 3 pan fydd achosion o wrthdaro yn aros amdanoch.</translation>
    </message>
    <message>
        <source>The update file (- for standard input).</source>
        <translation>Ffeil y diweddariad (- ar gyfer mewnbwn safonol).</translation>
    </message>
    <message>
        <source>Also take in unsigned files (made before signatures): nothing proves who made them.</source>
        <translation>Derbyn ffeiliau heb eu llofnodi hefyd (a wnaed cyn llofnodion): nid oes dim yn profi pwy a'u gwnaeth.</translation>
    </message>
    <message>
        <source>gather contribution bundles into the master: applies what merges cleanly, keeps answers as contributions and conflicts for a person. Exit status 3 when conflicts wait; a file that cannot be taken in stops the merge (those before it stay merged).</source>
        <translation>casglu bwndeli cyfraniad i'r meistr: mae'n rhoi ar waith yr hyn sy'n cyfuno'n lân, ac yn cadw atebion fel cyfraniadau ac achosion o wrthdaro ar gyfer person. Statws gadael 3 pan fydd achosion o wrthdaro yn aros; mae ffeil na ellir ei derbyn yn atal y cyfuno (mae'r rhai o'i blaen yn aros wedi'u cyfuno).</translation>
    </message>
    <message>
        <source>Contribution bundles (one or more; - for standard input).</source>
        <translation>Bwndeli cyfraniad (un neu ragor; - ar gyfer mewnbwn safonol).</translation>
    </message>
    <message>
        <source>Work on a local copy and write the master back whole (automatic on a network share).</source>
        <translation>Gweithio ar gopi lleol ac ysgrifennu'r meistr cyfan yn ôl (yn awtomatig ar ffolder a rennir ar rwydwaith).</translation>
    </message>
    <message>
        <source>the conflicts that wait for a person, with the base and both sides.</source>
        <translation>yr achosion o wrthdaro sy'n aros am berson, gyda'r sail a'r ddwy ochr.</translation>
    </message>
    <message>
        <source>Also the resolved ones (the conflict log).</source>
        <translation>Y rhai a ddatryswyd hefyd (y cofnod gwrthdaro).</translation>
    </message>
    <message>
        <source>resolve a conflict: take the base, ours or theirs, or the text of a file.</source>
        <translation>datrys achos o wrthdaro: cymryd y sail, ein fersiwn ni neu eu fersiwn nhw, neu destun ffeil.</translation>
    </message>
    <message>
        <source>The conflict's id (see 'qdf conflicts').</source>
        <translation>Dynodydd yr achos o wrthdaro (gweler 'qdf conflicts').</translation>
    </message>
    <message>
        <source>base, ours or theirs.</source>
        <translation>base, ours neu theirs.</translation>
    </message>
    <message>
        <source>Resolve with this file's text (UTF-8; - for standard input).</source>
        <translation>Datrys gyda thestun y ffeil hon (UTF-8; - ar gyfer mewnbwn safonol).</translation>
    </message>
    <message>
        <source>give either --take base|ours|theirs or --file F</source>
        <translation>rhowch naill ai --take base|ours|theirs neu --file F</translation>
    </message>
    <message>
        <source>--take must be base, ours or theirs</source>
        <translation>rhaid i --take fod yn base, ours neu theirs</translation>
    </message>
    <message>
        <source>undo the last import (or --bundle ID) as a whole.</source>
        <translation>dadwneud y mewnforiad diwethaf (neu --bundle ID) yn ei gyfanrwydd.</translation>
    </message>
    <message>
        <source>The bundle's id, to undo an earlier import.</source>
        <translation>Dynodydd y bwndel, i ddadwneud mewnforiad cynharach.</translation>
    </message>
    <message>
        <source>undid the import of %1</source>
        <translation>dadwnaed mewnforiad %1</translation>
    </message>
    <message>
        <source>Usage: qdf VERB [options] [ARGUMENTS]
  or:  qdf help VERB
  or:  qdf --version

The command line of QDF Workbench: create, inspect, edit, check, merge and publish the
workbooks (.qdf files) of a CAREMORE programme.

Verbs:
</source>
        <translation>Defnydd: qdf VERB [opsiynau] [ARGUMENTS]
   neu:  qdf help VERB
   neu:  qdf --version

Llinell orchymyn QDF Workbench: creu, archwilio, golygu, gwirio, cyfuno a chyhoeddi
llyfrau gwaith (ffeiliau .qdf) rhaglen CAREMORE.

Berfau:
</translation>
    </message>
    <message>
        <source>
'qdf help VERB' (or 'qdf VERB --help') describes a verb, 'qdf help --all' every verb.
A file named - is standard input or standard output (--file -, -o -, qdf merge MASTER -).
--json prints JSON; --json=2 puts every list inside an object (docs/cli.md).

Exit status:
  0  success
  1  usage error: unknown verb or option, missing argument, unknown key
  2  input not acceptable: a missing, damaged or foreign file, or a rule forbids the change
  3  conflicts wait for a person (qdf merge, qdf update apply)
</source>
        <translation>
Mae 'qdf help VERB' (neu 'qdf VERB --help') yn disgrifio berf, a 'qdf help --all' bob berf.
Mae ffeil o'r enw - yn fewnbwn neu'n allbwn safonol (--file -, -o -, qdf merge MASTER -).
Mae --json yn argraffu JSON; mae --json=2 yn rhoi pob rhestr y tu mewn i wrthrych (docs/cli.md).

Statws gadael:
  0  llwyddiant
  1  gwall defnydd: berf neu opsiwn anhysbys, ymresymiad ar goll, allwedd anhysbys
  2  mewnbwn annerbyniol: ffeil sydd ar goll, wedi'i difrodi neu'n estron, neu mae rheol yn gwahardd y newid
  3  achosion o wrthdaro yn aros am berson (qdf merge, qdf update apply)
</translation>
    </message>
    <message>
        <source>
--lang cy|en speaks Welsh or English (default: the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG
that names one, else English).
</source>
        <translation>
--lang cy|en: siarad Cymraeg neu Saesneg (rhagosodiad: y cyntaf o LANGUAGE, LC_ALL, LC_MESSAGES, LANG
sy'n enwi un, fel arall Saesneg).
</translation>
    </message>
    <message>
        <source>Usage: %1 SUBVERB [options] [ARGUMENTS]

%2.

Sub-verbs:
</source>
        <translation>Defnydd: %1 SUBVERB [opsiynau] [ARGUMENTS]

%2.

Is-ferfau:
</translation>
    </message>
    <message>
        <source>
'qdf help %1 SUBVERB' describes one.
</source>
        <translation>
Mae 'qdf help %1 SUBVERB' yn disgrifio un.
</translation>
    </message>
    <message>
        <source>unknown sub-verb "%1"</source>
        <translation>is-ferf anhysbys "%1"</translation>
    </message>
    <message>
        <source>no verb "%1" (see 'qdf help')</source>
        <translation>nid oes berf "%1" (gweler 'qdf help')</translation>
    </message>
    <message>
        <source>unknown verb "%1" (see 'qdf help')</source>
        <translation>berf anhysbys "%1" (gweler 'qdf help')</translation>
    </message>
    <message>
        <source>create a workbook: the master of a new programme (--master --programme NAME) or a participant workbook of an existing master (--from-master MASTER, or --from-update FILE).</source>
        <translation>creu llyfr gwaith: meistr rhaglen newydd (--master --programme NAME) neu lyfr gwaith cyfranogwr o feistr sy'n bodoli (--from-master MASTER, neu --from-update FILE).</translation>
    </message>
    <message>
        <source>The workbook file to create (.qdf); it must not exist.</source>
        <translation>Y ffeil llyfr gwaith i'w chreu (.qdf); rhaid nad yw'n bodoli eisoes.</translation>
    </message>
    <message>
        <source>The owner's name.</source>
        <translation>Enw'r perchennog.</translation>
    </message>
    <message>
        <source>The owner's organisation.</source>
        <translation>Sefydliad y perchennog.</translation>
    </message>
    <message>
        <source>The owner's role.</source>
        <translation>Rôl y perchennog.</translation>
    </message>
    <message>
        <source>Create the master workbook of a new programme.</source>
        <translation>Creu llyfr gwaith meistr rhaglen newydd.</translation>
    </message>
    <message>
        <source>The new programme's name (with --master).</source>
        <translation>Enw'r rhaglen newydd (gyda --master).</translation>
    </message>
    <message>
        <source>Create a participant workbook of this master.</source>
        <translation>Creu llyfr gwaith cyfranogwr o'r meistr hwn.</translation>
    </message>
    <message>
        <source>Create a participant workbook from an update the master published (when the master file cannot travel; - for standard input).</source>
        <translation>Creu llyfr gwaith cyfranogwr o ddiweddariad a gyhoeddodd y meistr (pan na all ffeil y meistr deithio; - ar gyfer mewnbwn safonol).</translation>
    </message>
    <message>
        <source>With --from-update: join from an unsigned update (made before signatures), whose origin nothing proves.</source>
        <translation>Gyda --from-update: ymuno o ddiweddariad heb ei lofnodi (a wnaed cyn llofnodion), nad oes dim yn profi ei darddiad.</translation>
    </message>
    <message>
        <source>--owner is required</source>
        <translation>mae angen --owner</translation>
    </message>
    <message>
        <source>give one of --master, --from-master or --from-update</source>
        <translation>rhowch un o --master, --from-master neu --from-update</translation>
    </message>
    <message>
        <source>--master needs --programme NAME</source>
        <translation>mae angen --programme NAME ar --master</translation>
    </message>
    <message>
        <source>show a workbook's kind, programme, owner, revision and sections.</source>
        <translation>dangos math, rhaglen, perchennog, diwygiad ac adrannau llyfr gwaith.</translation>
    </message>
    <message>
        <source>%1 workbook of "%2"</source>
        <translation>Llyfr gwaith %1 y rhaglen "%2"</translation>
    </message>
    <message>
        <source>Owner: %1, %2, %3</source>
        <translation>Perchennog: %1, %2, %3</translation>
    </message>
    <message>
        <source>Revision %1%2, schema %3%4</source>
        <translation>Diwygiad %1%2, sgema %3%4</translation>
    </message>
    <message>
        <source> (master revision %1)</source>
        <translation> (diwygiad y meistr %1)</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, darllen yn unig</translation>
    </message>
    <message>
        <source>section</source>
        <translation>adran</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>atebion</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>enghr.</translation>
    </message>
    <message>
        <source>refs</source>
        <translation>cyf.</translation>
    </message>
    <message>
        <source>schedules</source>
        <translation>atodlenni</translation>
    </message>
    <message>
        <source>title</source>
        <translation>teitl</translation>
    </message>
    <message>
        <source>write the whole workbook as one JSON document.</source>
        <translation>ysgrifennu'r llyfr gwaith cyfan fel un ddogfen JSON.</translation>
    </message>
    <message>
        <source>choose a format: --json</source>
        <translation>dewiswch fformat: --json</translation>
    </message>
    <message>
        <source>check a workbook's integrity and schema; prints "ok" or the problems.</source>
        <translation>gwirio cyfanrwydd a sgema llyfr gwaith; yn argraffu "ok" neu'r problemau.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>full-text search over answers, working examples, Schedules and reference notes.</source>
        <translation>chwilio testun llawn drwy atebion, enghreifftiau gwaith, Atodlenni a nodiadau cyfeirio.</translation>
    </message>
    <message>
        <source>What to find (every word must occur; words match as prefixes).</source>
        <translation>Beth i'w ganfod (rhaid i bob gair ymddangos; mae geiriau'n cyfateb fel rhagddodiaid).</translation>
    </message>
    <message>
        <source>build the demo programme (a master and three participant workbooks, fictional) into FOLDER; prints their paths.</source>
        <translation>adeiladu'r rhaglen arddangos (meistr a thri llyfr gwaith cyfranogwr, ffuglennol) yn FOLDER; yn argraffu eu llwybrau.</translation>
    </message>
    <message>
        <source>Where to put the workbooks; existing ones are kept.</source>
        <translation>Ble i roi'r llyfrau gwaith; cedwir y rhai sy'n bodoli eisoes.</translation>
    </message>
    <message>
        <source>With --master: the language of the Workbook's sections and questions, cy or en (default: the language spoken, --lang).</source>
        <translation>Gyda --master: iaith adrannau a chwestiynau'r Llyfr gwaith, cy neu en (rhagosodiad: yr iaith a siaredir, --lang).</translation>
    </message>
    <message>
        <source>--content-lang %1: the languages are cy and en</source>
        <translation>--content-lang %1: yr ieithoedd yw cy ac en</translation>
    </message>
    <message>
        <source>--content-lang goes with --master: a participant's workbook is in its master's language</source>
        <translation>mae --content-lang yn mynd gyda --master: mae llyfr gwaith cyfranogwr yn iaith ei feistr</translation>
    </message>
    <message>
        <source>this workbook's owner</source>
        <translation>perchennog y llyfr gwaith hwn</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Catalyst rating(s)</source>
        <translation>
            <numerusform>%n sgôr Catalydd</numerusform>
            <numerusform>%n sgôr Catalydd</numerusform>
            <numerusform>%n sgôr Catalydd</numerusform>
            <numerusform>%n sgôr Catalydd</numerusform>
            <numerusform>%n sgôr Catalydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s)</source>
        <translation>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n gymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>named in %n row(s)</source>
        <translation>
            <numerusform>wedi'i enwi mewn %n rhes</numerusform>
            <numerusform>wedi'i enwi mewn %n rhes</numerusform>
            <numerusform>wedi'i enwi mewn %n rhes</numerusform>
            <numerusform>wedi'i enwi mewn %n rhes</numerusform>
            <numerusform>wedi'i enwi mewn %n rhes</numerusform>
        </translation>
    </message>
    <message>
        <source>workbook %1</source>
        <translation>llyfr gwaith %1</translation>
    </message>
    <message>
        <source>workbook %1, key %2</source>
        <translation>llyfr gwaith %1, allwedd %2</translation>
    </message>
    <message>
        <source>erasing %1 from %2 would do this:</source>
        <translation>byddai dileu %1 o %2 yn gwneud hyn:</translation>
    </message>
    <message>
        <source>erased %1 from %2:</source>
        <translation>dilëwyd %1 o %2:</translation>
    </message>
    <message>
        <source>Erase %1? It cannot be undone.</source>
        <translation>Dileu %1? Ni ellir ei ddadwneud.</translation>
    </message>
    <message>
        <source>nothing was erased: give --yes to erase without being asked</source>
        <translation>ni ddilëwyd dim: rhowch --yes i ddileu heb i chi gael eich holi</translation>
    </message>
    <message>
        <source>the people a workbook's records name (who sent, rated, signed or changed something), with their organisation, what they sent and signed, and the workbooks and keys they sent from.</source>
        <translation>y bobl a enwir yng nghofnodion llyfr gwaith (pwy a anfonodd, a sgoriodd, a gymeradwyodd neu a newidiodd rywbeth), gyda'u sefydliad, yr hyn a anfonon nhw ac a gymeradwyon nhw, a'r llyfrau gwaith a'r allweddi yr anfonon nhw ohonynt.</translation>
    </message>
    <message>
        <source>The workbook (the master, usually).</source>
        <translation>Y llyfr gwaith (y meistr, fel arfer).</translation>
    </message>
    <message>
        <source>erase a person from the master at their request: what they alone made is removed, what the programme's record rests on stays under a role ("a participant, ORGANISATION"), their name is replaced wherever it is written, their workbook is refused from now on, and the master's next update erases them from the participants' copies. It cannot be undone; the backups made before it are deleted. Without --yes it says what it would do and asks.</source>
        <translation>dileu person o'r meistr ar eu cais: tynnir yr hyn a wnaethon nhw yn unig, mae'r hyn y mae cofnod y rhaglen yn dibynnu arno yn aros dan rôl ("a participant, ORGANISATION"), rhoddir rhywbeth arall yn lle eu henw lle bynnag y mae wedi'i ysgrifennu, gwrthodir eu llyfr gwaith o hyn ymlaen, ac mae diweddariad nesaf y meistr yn eu dileu o gopïau'r cyfranogwyr. Ni ellir ei ddadwneud; dilëir y copïau wrth gefn a wnaed cyn hynny. Heb --yes mae'n dweud beth fyddai'n ei wneud ac yn gofyn.</translation>
    </message>
    <message>
        <source>Their name as 'qdf person list' shows it, or their participant workbook's id.</source>
        <translation>Eu henw fel y mae 'qdf person list' yn ei ddangos, neu ddynodydd llyfr gwaith eu cyfranogwr.</translation>
    </message>
    <message>
        <source>Erase without asking.</source>
        <translation>Dileu heb ofyn.</translation>
    </message>
    <message>
        <source>Only say what erasing would remove and anonymise; change nothing.</source>
        <translation>Dim ond dweud beth fyddai dileu yn ei dynnu ac yn ei wneud yn ddienw; peidio â newid dim.</translation>
    </message>
    <message>
        <source>--format must be json, pdf, docx, odt or html</source>
        <translation>rhaid i --format fod yn json, pdf, docx, odt neu html</translation>
    </message>
    <message>
        <source>json (the default), pdf, docx, odt or html.</source>
        <translation>json (y rhagosodiad), pdf, docx, odt neu html.</translation>
    </message>
    <message>
        <source>everything the master holds about a person (their contributions, ratings, answers, Schedule versions, sign-offs, keys, the records that name them), as JSON or as a report: what they are given when they ask for it.</source>
        <translation>popeth sydd gan y meistr am berson (eu cyfraniadau, eu sgoriau, eu hatebion, fersiynau eu Hatodlenni, eu cymeradwyaethau, eu hallweddi, y cofnodion sy'n eu henwi), fel JSON neu fel adroddiad: yr hyn a roddir iddynt pan fyddant yn gofyn amdano.</translation>
    </message>
    <message>
        <source>Their name as 'qdf person list' shows it, or their participant workbook's id (its first 8 characters or more).</source>
        <translation>Eu henw fel y mae 'qdf person list' yn ei ddangos, neu ddynodydd llyfr gwaith eu cyfranogwr (ei 8 nod cyntaf neu ragor).</translation>
    </message>
    <message>
        <source>, sent anonymously</source>
        <translation>, wedi'i anfon yn ddienw</translation>
    </message>
    <message numerus="yes">
        <source>, %n person(s) erased from this workbook as the master erased them</source>
        <translation>
            <numerusform>, dilëwyd %n person o'r llyfr gwaith hwn fel y dilëodd y meistr nhw</numerusform>
            <numerusform>, dilëwyd %n person o'r llyfr gwaith hwn fel y dilëodd y meistr nhw</numerusform>
            <numerusform>, dilëwyd %n person o'r llyfr gwaith hwn fel y dilëodd y meistr nhw</numerusform>
            <numerusform>, dilëwyd %n person o'r llyfr gwaith hwn fel y dilëodd y meistr nhw</numerusform>
            <numerusform>, dilëwyd %n person o'r llyfr gwaith hwn fel y dilëodd y meistr nhw</numerusform>
        </translation>
    </message>
    <message>
        <source>Put your role and organisation in place of your name in everything it carries (still signed with this workbook's key, so the master can tell it comes from the same workbook).</source>
        <translation>Rhoi eich rôl a'ch sefydliad yn lle eich enw ym mhopeth y mae'n ei gario (wedi'i lofnodi â'r allwedd llyfr gwaith hwn o hyd, fel y gall y meistr weld ei fod yn dod o'r un llyfr gwaith).</translation>
    </message>
    <message numerus="yes">
        <source>  %1  %2%3: %n answered</source>
        <translation>
            <numerusform>  %1  %2%3: wedi ateb %n</numerusform>
            <numerusform>  %1  %2%3: wedi ateb %n</numerusform>
            <numerusform>  %1  %2%3: wedi ateb %n</numerusform>
            <numerusform>  %1  %2%3: wedi ateb %n</numerusform>
            <numerusform>  %1  %2%3: wedi ateb %n</numerusform>
        </translation>
    </message>
    <message>
        <source> (waiting to be confirmed)</source>
        <translation> (yn aros i gael ei gadarnhau)</translation>
    </message>
    <message>
        <source>Type next, close, open DRIVER, reveal, confirm N, refuse N, who or quit.</source>
        <translation type="vanished">Teipiwch next, close, open DRIVER, reveal, confirm N, refuse N, who neu quit.</translation>
    </message>
    <message>
        <source>%1 joined.</source>
        <translation>Mae %1 wedi ymuno.</translation>
    </message>
    <message>
        <source>type "confirm %1" or "refuse %1"</source>
        <translation>teipiwch "confirm %1" neu "refuse %1"</translation>
    </message>
    <message>
        <source>POST /api/facilitator/confirm or /refuse with {"seat": "%1"}</source>
        <translation>POST /api/facilitator/confirm neu /refuse gyda {"seat": "%1"}</translation>
    </message>
    <message>
        <source>%1 typed their name and waits to be confirmed: %2.</source>
        <translation>Teipiodd %1 eu henw ac maent yn aros i gael eu cadarnhau: %2.</translation>
    </message>
    <message>
        <source>%1 joined again from another device and waits to be confirmed: %2.</source>
        <translation>Ymunodd %1 eto o ddyfais arall ac maent yn aros i gael eu cadarnhau: %2.</translation>
    </message>
    <message>
        <source>%1 is confirmed.</source>
        <translation>Mae %1 wedi'i gadarnhau.</translation>
    </message>
    <message>
        <source>%1 (number %2) was removed from the session.</source>
        <translation>Tynnwyd %1 (rhif %2) o'r sesiwn.</translation>
    </message>
    <message>
        <source>Open for scoring: %1.</source>
        <translation>Ar agor i'w sgorio: %1.</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>Ar gau: %1.</translation>
    </message>
    <message>
        <source>Revealed: %1.</source>
        <translation>Wedi'i ddatgelu: %1.</translation>
    </message>
    <message>
        <source>--bind %1 is not an address of this machine: give one such as 192.168.1.20, or "any"</source>
        <translation>nid yw --bind %1 yn gyfeiriad i'r peiriant hwn: rhowch un fel 192.168.1.20, neu "any"</translation>
    </message>
    <message>
        <source>cannot catch SIGINT and SIGTERM to end the session cleanly</source>
        <translation>nid oes modd dal SIGINT a SIGTERM i orffen y sesiwn yn lân</translation>
    </message>
    <message>
        <source>Participants open %1 (or scan the code above) and give the session code %2.</source>
        <translation>Mae cyfranogwyr yn agor %1 (neu'n sganio'r cod uchod) ac yn rhoi cod y sesiwn %2.</translation>
    </message>
    <message>
        <source>Serving round "%1"; "%2" is open for scoring. SIGINT (Ctrl+C) or SIGTERM ends the session.</source>
        <translation>Yn gweini rownd "%1"; mae "%2" ar agor i'w sgorio. Mae SIGINT (Ctrl+C) neu SIGTERM yn gorffen y sesiwn.</translation>
    </message>
    <message>
        <source>The session has ended; every score received is saved in round "%1".</source>
        <translation>Mae'r sesiwn wedi dod i ben; mae pob sgôr a dderbyniwyd wedi'i chadw yn rownd "%1".</translation>
    </message>
    <message>
        <source>serve a live Catalyst session to the participants' phones and laptops on the room's network: they join with the session code, score each driver the facilitator opens, blind, and see the group's spread once it is revealed. Each score is saved at once in the round, as that participant's own rating. Prints "URL CODE" on the first line of standard output and the facilitator's token on the second (POST /api/facilitator/next and /api/facilitator/reveal with it move the session on; docs/workshop.md), then serves until interrupted: SIGINT or SIGTERM ends it cleanly, everything received saved.</source>
        <translation>gweini sesiwn fyw o'r Catalydd i ffonau a gliniaduron y cyfranogwyr ar rwydwaith yr ystafell: maent yn ymuno gyda chod y sesiwn, yn sgorio pob sbardun y mae'r hwylusydd yn ei agor, heb weld sgoriau neb arall, ac yn gweld ystod y grŵp unwaith y caiff ei datgelu. Caiff pob sgôr ei chadw yn y rownd ar unwaith, fel sgôr y cyfranogwr hwnnw ei hun. Mae'n argraffu "URL CODE" ar linell gyntaf yr allbwn safonol a thocyn yr hwylusydd ar yr ail (mae POST /api/facilitator/next a /api/facilitator/reveal gydag ef yn symud y sesiwn ymlaen; docs/workshop.md), yna'n gweini nes iddo gael ei dorri ar draws: mae SIGINT neu SIGTERM yn ei orffen yn lân, gyda phopeth a dderbyniwyd wedi'i gadw.</translation>
    </message>
    <message>
        <source>The workbook the round is in (the master).</source>
        <translation>Y llyfr gwaith y mae'r rownd ynddo (y meistr).</translation>
    </message>
    <message>
        <source>The address to listen on: this machine's address on the room's network, or "any" for all of them (default 127.0.0.1: this machine only).</source>
        <translation>Y cyfeiriad i wrando arno: cyfeiriad y peiriant hwn ar rwydwaith yr ystafell, neu "any" ar gyfer pob un ohonynt (rhagosodiad 127.0.0.1: y peiriant hwn yn unig).</translation>
    </message>
    <message>
        <source>The port to listen on (default 0: any free port).</source>
        <translation>Y porth i wrando arno (rhagosodiad 0: unrhyw borth rhydd).</translation>
    </message>
    <message>
        <source>A participant expected besides the programme's people, who joins without being confirmed (repeat for more).</source>
        <translation>Cyfranogwr a ddisgwylir yn ogystal â phobl y rhaglen, sy'n ymuno heb gael ei gadarnhau (ailadroddwch am ragor).</translation>
    </message>
    <message>
        <source>--round R names the round to score</source>
        <translation type="vanished">mae --round R yn enwi'r rownd i'w sgorio</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535</source>
        <translation>mae --port yn cymryd rhif o 0 i 65535</translation>
    </message>
    <message>
        <source>--lang must be cy, en or both</source>
        <translation>rhaid i --lang fod yn cy, en neu both</translation>
    </message>
    <message>
        <source>The document's language: cy (a Welsh edition), en (an English one) or both (one bilingual edition, Welsh then English, part by part). A text not written in it is marked as not translated. Without it: the language spoken, each text as written.</source>
        <translation>Iaith y ddogfen: cy (argraffiad Cymraeg), en (un Saesneg) neu both (un argraffiad dwyieithog, Cymraeg ac yna Saesneg, rhan wrth ran). Caiff testun nad yw wedi'i ysgrifennu ynddi ei nodi fel heb ei gyfieithu. Hebddo: yr iaith a siaredir, pob testun fel y'i hysgrifennwyd.</translation>
    </message>
    <message>
        <source>%1 is no text: give schedule:NUMBER, answer:SECTION/QUESTION or an id 'qdf translations' lists</source>
        <translation>Nid yw %1 yn destun: rhowch schedule:NUMBER, answer:SECTION/QUESTION neu ddynodydd y mae 'qdf translations' yn ei restru</translation>
    </message>
    <message>
        <source>--in must be cy or en</source>
        <translation>rhaid i --in fod yn cy neu en</translation>
    </message>
    <message>
        <source>The language the text is written in: cy or en (default: the language it was first written in; for a new one, the workbook's). The other language keeps its words, and its translation state follows ('qdf translations').</source>
        <translation>Yr iaith y mae'r testun wedi'i ysgrifennu ynddi: cy neu en (rhagosodiad: yr iaith y'i hysgrifennwyd ynddi gyntaf; i un newydd, iaith y llyfr gwaith). Mae'r iaith arall yn cadw ei geiriau, ac mae ei chyflwr cyfieithu yn dilyn ('qdf translations').</translation>
    </message>
    <message>
        <source>the answers, working examples and Schedules written in Welsh, English or both, with each language's state: out of date (the other changed since it was translated), not yet marked as translated, up to date, or missing.</source>
        <translation>yr atebion, yr enghreifftiau gwaith a'r Atodlenni a ysgrifennwyd yn Gymraeg, yn Saesneg neu yn y ddwy, gyda chyflwr pob iaith: wedi dyddio (newidiodd y llall ers ei gyfieithu), heb ei nodi eto fel wedi'i gyfieithu, cyfredol, neu ar goll.</translation>
    </message>
    <message>
        <source>Only the texts whose translation is out of date or not yet marked.</source>
        <translation>Dim ond y testunau y mae eu cyfieithiad wedi dyddio neu heb ei nodi eto.</translation>
    </message>
    <message>
        <source>mark a text's two languages as saying the same, as they are now: neither is out of date until one of them changes.</source>
        <translation>nodi bod dwy iaith testun yn dweud yr un peth, fel y maen nhw nawr: nid yw'r naill na'r llall wedi dyddio nes i un ohonyn nhw newid.</translation>
    </message>
    <message>
        <source>The text: schedule:NUMBER, answer:SECTION/QUESTION, or an id 'qdf translations' lists.</source>
        <translation>Y testun: schedule:NUMBER, answer:SECTION/QUESTION, neu ddynodydd y mae 'qdf translations' yn ei restru.</translation>
    </message>
    <message>
        <source>the question has no answer yet</source>
        <translation>does dim ateb i'r cwestiwn eto</translation>
    </message>
    <message>
        <source>no answer number %1: type "answers" to see them</source>
        <translation>dim ateb rhif %1: teipiwch "answers" i'w gweld</translation>
    </message>
    <message>
        <source>Kept answer %1 as a contribution to the master's answer.</source>
        <translation>Cadwyd ateb %1 fel cyfraniad at ateb y prif gopi.</translation>
    </message>
    <message>
        <source>  %1  %2%3: %4</source>
        <translation>  %1  %2%3: %4</translation>
    </message>
    <message>
        <source> (kept)</source>
        <translation> (wedi'i gadw)</translation>
    </message>
    <message>
        <source>Type next, close, open DRIVER, reveal, confirm N, refuse N, who, answers, keep N or quit.</source>
        <translation>Teipiwch next, close, open DRIVER, reveal, confirm N, refuse N, who, answers, keep N neu quit.</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>Atebodd %1: %2</translation>
    </message>
    <message>
        <source>Open for answers: %1</source>
        <translation>Ar agor i atebion: %1</translation>
    </message>
    <message>
        <source>The session has ended; every answer received is saved.</source>
        <translation>Mae'r sesiwn wedi dod i ben; mae pob ateb a dderbyniwyd wedi'i gadw.</translation>
    </message>
    <message>
        <source>A question open for short answers from the phones, besides the round or instead of it: the section's key and the question's, e.g. care-standards/intended-product.</source>
        <translation>Cwestiwn ar agor i atebion byr o'r ffonau, yn ogystal â'r rownd neu yn ei lle: allwedd yr adran a'r cwestiwn, e.e. care-standards/intended-product.</translation>
    </message>
    <message>
        <source>--question takes SECTION/QUESTION, e.g. care-standards/intended-product</source>
        <translation>mae --question yn cymryd SECTION/QUESTION, e.e. care-standards/intended-product</translation>
    </message>
    <message>
        <source>--round R names the round to score (or --question SECTION/QUESTION the question to answer)</source>
        <translation>mae --round R yn enwi'r rownd i'w sgorio (neu --question SECTION/QUESTION y cwestiwn i'w ateb)</translation>
    </message>
</context>
<context>
    <name>qdf::gui</name>
    <message>
        <source>Zoom:</source>
        <translation>Chwyddo:</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Rhif y dudalen</translation>
    </message>
    <message>
        <source>The pages as they will print</source>
        <translation>Y tudalennau fel y byddant yn argraffu</translation>
    </message>
    <message>
        <source>Workbook in use</source>
        <translation>Llyfr gwaith yn cael ei ddefnyddio</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read everything and follow their changes as they are saved; you can change it once they close it.</source>
        <translation>%1

Ei agor i'w ddarllen yn unig? Gallwch ddarllen popeth a dilyn eu newidiadau wrth iddynt gael eu cadw; gallwch ei newid unwaith y byddant yn ei gau.</translation>
    </message>
    <message>
        <source>“%1” is %2 (%3).</source>
        <translation>Mae “%1” yn %2 (%3).</translation>
    </message>
    <message>
        <source>%1: a folder for the copy could not be made</source>
        <translation>%1: nid oedd modd gwneud ffolder ar gyfer y copi</translation>
    </message>
    <message>
        <source>%1: could not be made not executable</source>
        <translation>%1: nid oedd modd ei wneud yn amhosibl ei redeg</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Agor %1</translation>
    </message>
    <message>
        <source>Programs and scripts can harm your computer, so QDF Workbench never runs one: Open shows it as plain text.</source>
        <translation>Gall rhaglenni a sgriptiau niweidio eich cyfrifiadur, felly nid yw QDF Workbench byth yn rhedeg un: mae Agor yn ei ddangos fel testun plaen.</translation>
    </message>
    <message>
        <source>It is not a document. Programs can harm your computer, so QDF Workbench does not open it. Save keeps a copy where you choose, to check it first.</source>
        <translation>Nid dogfen yw hon. Gall rhaglenni niweidio eich cyfrifiadur, felly nid yw QDF Workbench yn ei hagor. Mae Cadw yn cadw copi lle rydych yn dewis, i'w wirio yn gyntaf.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Cadw copi o %1</translation>
    </message>
    <message>
        <source>%1: could not be made private</source>
        <translation>%1: nid oedd modd ei wneud yn breifat</translation>
    </message>
    <message>
        <source>%1: no program on this computer opens %2</source>
        <translation>%1: nid oes rhaglen ar y cyfrifiadur hwn sy'n agor %2</translation>
    </message>
</context>
<context>
    <name>qdf::gui::About</name>
    <message>
        <source>Library</source>
        <translation>Llyfrgell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Trwydded</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QDF Workbench %1&lt;/h3&gt;&lt;p&gt;For teams in health and social care who commission services together with NHS Wales' CAREMORE method: workbooks, Schedules, the Quality and Delivery Framework, the Catalyst for Change self-assessment and commissioning reviews.&lt;/p&gt;&lt;p&gt;The command line &lt;tt&gt;qdf&lt;/tt&gt; works on the same files (&lt;tt&gt;man qdf&lt;/tt&gt;).&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built on these libraries, with thanks:&lt;/p&gt;%2</source>
        <translation>&lt;h3&gt;QDF Workbench %1&lt;/h3&gt;&lt;p&gt;Ar gyfer timau iechyd a gofal cymdeithasol sy'n comisiynu gwasanaethau gyda'i gilydd gyda dull CAREMORE GIG Cymru: llyfrau gwaith, Atodlenni, y Fframwaith Ansawdd a Darparu, hunanasesiad y Catalydd Newid ac adolygiadau comisiynu.&lt;/p&gt;&lt;p&gt;Mae'r llinell orchymyn &lt;tt&gt;qdf&lt;/tt&gt; yn gweithio ar yr un ffeiliau (&lt;tt&gt;man qdf&lt;/tt&gt;).&lt;/p&gt;&lt;p&gt;Meddalwedd rydd dan drwydded MIT.&lt;/p&gt;&lt;p&gt;Wedi'i adeiladu ar y llyfrgelloedd hyn, gyda diolch:&lt;/p&gt;%2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Canllaw Defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;About QDF Workbench</source>
        <translation>&amp;Ynghylch QDF Workbench</translation>
    </message>
    <message>
        <source>About QDF Workbench</source>
        <translation>Ynghylch QDF Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
</context>
<context>
    <name>qdf::gui::ActionPlanView</name>
    <message>
        <source>Add ac&amp;tion…</source>
        <translation type="vanished">&amp;Ychwanegu cam gweithredu…</translation>
    </message>
    <message>
        <source>&amp;Open action sheet…</source>
        <translation type="vanished">Agor y &amp;daflen gweithredu…</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="vanished">Tynnu'r cam gweithredu</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="vanished">Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Improves</source>
        <translation type="vanished">Yn gwella</translation>
    </message>
    <message>
        <source>We need
to achieve...</source>
        <translation type="vanished">Mae angen
i ni gyflawni...</translation>
    </message>
    <message>
        <source>So that
we can...</source>
        <translation type="vanished">Er mwyn
i ni allu...</translation>
    </message>
    <message>
        <source>By doing...</source>
        <translation type="vanished">Drwy wneud...</translation>
    </message>
    <message>
        <source>By when...</source>
        <translation type="vanished">Erbyn pryd...</translation>
    </message>
    <message>
        <source>Involving...</source>
        <translation type="vanished">Yn cynnwys...</translation>
    </message>
    <message>
        <source>How critical,
how well</source>
        <translation type="vanished">Pa mor hanfodol,
pa mor dda</translation>
    </message>
    <message>
        <source>Resources
needed...</source>
        <translation type="vanished">Adnoddau sydd
eu hangen...</translation>
    </message>
    <message>
        <source>Carry each driver's Prioritised Improvement Target through to an action here. Enter opens an action's detailed sheet: lead person, support roles, what will really make the difference, and the delivery plan's review points.</source>
        <translation type="vanished">Trosglwyddwch y Targed Gwella wedi'i Flaenoriaethu ar gyfer pob sbardun i gam gweithredu yma. Mae Enter yn agor taflen fanwl y cam gweithredu: y person arweiniol, rolau cymorth, yr hyn a fydd yn gwneud gwahaniaeth go iawn, a phwyntiau adolygu'r cynllun cyflawni.</translation>
    </message>
</context>
<context>
    <name>qdf::gui::ActionSheetDialog</name>
    <message>
        <source>Action</source>
        <translation type="vanished">Cam gweithredu</translation>
    </message>
    <message>
        <source>The action plan and its detailed sheet</source>
        <translation type="vanished">Y cynllun gweithredu a'i daflen fanwl</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation type="vanished">Cynllunio gweithredu</translation>
    </message>
    <message>
        <source>Driver or element this action improves</source>
        <translation type="vanished">Y sbardun neu'r elfen y mae'r cam gweithredu hwn yn ei wella</translation>
    </message>
    <message>
        <source>We need to achieve</source>
        <translation type="vanished">Mae angen i ni gyflawni</translation>
    </message>
    <message>
        <source>So that we can</source>
        <translation type="vanished">Er mwyn i ni allu</translation>
    </message>
    <message>
        <source>&amp;Improves:</source>
        <translation type="vanished">&amp;Yn gwella:</translation>
    </message>
    <message>
        <source>&amp;We need to achieve...</source>
        <translation type="vanished">Mae angen i ni &amp;gyflawni...</translation>
    </message>
    <message>
        <source>&amp;So that we can...</source>
        <translation type="vanished">Er mwyn i ni a&amp;llu...</translation>
    </message>
    <message>
        <source>By doing, step %1</source>
        <translation type="vanished">Drwy wneud, cam %1</translation>
    </message>
    <message>
        <source>By &amp;doing...  1.</source>
        <translation type="vanished">Drwy &amp;wneud...  1.</translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="vanished">Erbyn pryd</translation>
    </message>
    <message>
        <source>Involving</source>
        <translation type="vanished">Yn cynnwys</translation>
    </message>
    <message>
        <source>How critical, how well</source>
        <translation type="vanished">Pa mor hanfodol, pa mor dda</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation type="vanished">Adnoddau sydd eu hangen</translation>
    </message>
    <message>
        <source>By &amp;when...</source>
        <translation type="vanished">Erbyn &amp;pryd...</translation>
    </message>
    <message>
        <source>In&amp;volving...</source>
        <translation type="vanished">Yn &amp;cynnwys...</translation>
    </message>
    <message>
        <source>How &amp;critical, how well</source>
        <translation type="vanished">Pa mor &amp;hanfodol, pa mor dda</translation>
    </message>
    <message>
        <source>&amp;Resources needed...</source>
        <translation type="vanished">&amp;Adnoddau sydd eu hangen...</translation>
    </message>
    <message>
        <source>Detailed action planning</source>
        <translation type="vanished">Cynllunio gweithredu manwl</translation>
    </message>
    <message>
        <source>What we are trying to achieve</source>
        <translation type="vanished">Yr hyn rydym yn ceisio ei gyflawni</translation>
    </message>
    <message>
        <source>Clarifying the purpose and outcome of the focus of our activity</source>
        <translation type="vanished">Egluro diben a chanlyniad ffocws ein gweithgarwch</translation>
    </message>
    <message>
        <source>Lead person for delivery</source>
        <translation type="vanished">Person arweiniol ar gyfer cyflawni</translation>
    </message>
    <message>
        <source>Who will be the central owner/coordinator of the outcomes?</source>
        <translation type="vanished">Pwy fydd prif berchennog/cydlynydd y canlyniadau?</translation>
    </message>
    <message>
        <source>Support roles and what is required</source>
        <translation type="vanished">Rolau cymorth a'r hyn sydd ei angen</translation>
    </message>
    <message>
        <source>Who and how do they need to support?</source>
        <translation type="vanished">Pwy, a sut mae angen iddynt gefnogi?</translation>
    </message>
    <message>
        <source>What will really make the difference?</source>
        <translation type="vanished">Beth fydd yn gwneud gwahaniaeth go iawn?</translation>
    </message>
    <message>
        <source>What is really important here? What are the critical dimensions that will ensure successful delivery?</source>
        <translation type="vanished">Beth sy'n wirioneddol bwysig yma? Beth yw'r dimensiynau hanfodol a fydd yn sicrhau cyflawni llwyddiannus?</translation>
    </message>
    <message>
        <source>What we are &amp;trying to achieve:</source>
        <translation type="vanished">Yr hyn rydym yn ce&amp;isio ei gyflawni:</translation>
    </message>
    <message>
        <source>&amp;Lead person for delivery:</source>
        <translation type="vanished">Person a&amp;rweiniol ar gyfer cyflawni:</translation>
    </message>
    <message>
        <source>S&amp;upport roles and what is required:</source>
        <translation type="vanished">Rolau cy&amp;morth a'r hyn sydd ei angen:</translation>
    </message>
    <message>
        <source>What will really &amp;make the difference?</source>
        <translation type="vanished">Beth &amp;fydd yn gwneud gwahaniaeth go iawn?</translation>
    </message>
    <message>
        <source>Delivery plan: review points</source>
        <translation type="vanished">Cynllun cyflawni: pwyntiau adolygu</translation>
    </message>
    <message>
        <source>Review point</source>
        <translation type="vanished">Pwynt adolygu</translation>
    </message>
    <message>
        <source>What we expect to have achieved</source>
        <translation type="vanished">Yr hyn rydym yn disgwyl ei gyflawni erbyn hynny</translation>
    </message>
    <message>
        <source>What we have achieved</source>
        <translation type="vanished">Yr hyn rydym wedi'i gyflawni</translation>
    </message>
    <message>
        <source>Learning points and plan to progress</source>
        <translation type="vanished">Pwyntiau dysgu a chynllun i symud ymlaen</translation>
    </message>
    <message>
        <source>Add review &amp;point</source>
        <translation type="vanished">Ychwanegu pwynt ad&amp;olygu</translation>
    </message>
    <message>
        <source>Remove review point</source>
        <translation type="vanished">Tynnu pwynt adolygu</translation>
    </message>
    <message>
        <source>Delivery plan</source>
        <translation type="vanished">Cynllun cyflawni</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation type="vanished">Cadw &amp;nawr</translation>
    </message>
    <message>
        <source>The sheet is saved as you type.</source>
        <translation type="vanished">Caiff y daflen ei chadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>This workbook is open read-only.</source>
        <translation type="vanished">Mae'r llyfr gwaith hwn ar agor i'w ddarllen yn unig.</translation>
    </message>
    <message>
        <source>Saved as you type, once it says what we need to achieve.</source>
        <translation type="vanished">Caiff ei chadw wrth i chi deipio, unwaith y bydd yn nodi'r hyn sydd angen i ni ei gyflawni.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="vanished">Pob newid wedi'i gadw</translation>
    </message>
    <message>
        <source>an action needs to say what we need to achieve</source>
        <translation type="vanished">mae angen i gam gweithredu nodi'r hyn sydd angen i ni ei gyflawni</translation>
    </message>
    <message>
        <source>the new action</source>
        <translation type="vanished">y cam gweithredu newydd</translation>
    </message>
    <message>
        <source>the action “%1”</source>
        <translation type="vanished">y cam gweithredu “%1”</translation>
    </message>
</context>
<context>
    <name>qdf::gui::AgreedLevelDelegate</name>
    <message>
        <source>not agreed</source>
        <translation type="vanished">heb ei chytuno</translation>
    </message>
    <message>
        <source>Agreed level: %1</source>
        <translation type="vanished">Lefel y cytunwyd arni: %1</translation>
    </message>
</context>
<context>
    <name>qdf::gui::AnswerEditor</name>
    <message>
        <source>Not answered yet</source>
        <translation type="vanished">Heb ei ateb eto</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="vanished">Ateb: %1</translation>
    </message>
    <message>
        <source>Write your answer here (Markdown: **bold**, - lists, ## headings)</source>
        <translation type="vanished">Ysgrifennwch eich ateb yma (Markdown: **trwm**, - rhestrau, ## penawdau)</translation>
    </message>
    <message>
        <source>Answer as it will read: %1</source>
        <translation type="vanished">Yr ateb fel y bydd yn ymddangos: %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="vanished">Hanes…</translation>
    </message>
    <message>
        <source>History of the answer to: %1</source>
        <translation type="vanished">Hanes yr ateb i: %1</translation>
    </message>
    <message>
        <source>Read-only workbook: this answer cannot be changed here</source>
        <translation type="vanished">Llyfr gwaith darllen yn unig: ni ellir newid yr ateb hwn yma</translation>
    </message>
    <message>
        <source>Not saved yet. Your text is kept here and will be saved when possible.</source>
        <translation type="vanished">Heb ei gadw eto. Mae eich testun yn aros yma a chaiff ei gadw pan fydd hynny'n bosibl.</translation>
    </message>
    <message>
        <source>This answer cannot be read: %1</source>
        <translation type="vanished">Ni ellir darllen yr ateb hwn: %1</translation>
    </message>
    <message>
        <source>Version %1, saved by %2, %3</source>
        <translation type="vanished">Fersiwn %1, wedi'i gadw gan %2, %3</translation>
    </message>
</context>
<context>
    <name>qdf::gui::AnswerHistoryDialog</name>
    <message>
        <source>History of an answer</source>
        <translation type="vanished">Hanes ateb</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation type="vanished">Fersiynau a gadwyd</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation type="vanished">Y fersiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>The history of this answer</source>
        <translation type="vanished">Hanes yr ateb hwn</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3</source>
        <translation type="vanished">Fersiwn %1 — %2, %3</translation>
    </message>
    <message>
        <source> (restored from version %1)</source>
        <translation type="vanished"> (wedi'i adfer o fersiwn %1)</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="vanished">&amp;Adfer y fersiwn hwn</translation>
    </message>
</context>
<context>
    <name>qdf::gui::CatalystCharts</name>
    <message>
        <source>%1 (incomplete)</source>
        <translation type="vanished">%1 (anghyflawn)</translation>
    </message>
    <message>
        <source>%1 (%2 of 5 rated)</source>
        <translation type="vanished">%1 (%2 o 5 wedi'u sgorio)</translation>
    </message>
    <message>
        <source>Compare the agreed scores with</source>
        <translation type="vanished">Cymharu'r sgoriau y cytunwyd arnynt â</translation>
    </message>
    <message>
        <source>&amp;Beside the agreed scores:</source>
        <translation type="vanished">Wrth &amp;ymyl y sgoriau y cytunwyd arnynt:</translation>
    </message>
    <message>
        <source>Radar of the six driver totals</source>
        <translation type="vanished">Radar o gyfansymiau'r chwe sbardun</translation>
    </message>
    <message>
        <source>Driver totals across rounds</source>
        <translation type="vanished">Cyfansymiau'r sbardunau ar draws rowndiau</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="vanished">dim byd</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation type="vanished">Rownd: %1</translation>
    </message>
    <message>
        <source>Driver totals, %1</source>
        <translation type="vanished">Cyfansymiau'r sbardunau, %1</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="vanished">Y cytunwyd arni</translation>
    </message>
    <message>
        <source>%1 (agreed)</source>
        <translation type="vanished">%1 (y cytunwyd arnynt)</translation>
    </message>
    <message>
        <source>Agreed totals across rounds</source>
        <translation type="vanished">Cyfansymiau y cytunwyd arnynt ar draws rowndiau</translation>
    </message>
</context>
<context>
    <name>qdf::gui::CatalystPage</name>
    <message>
        <source>A Catalyst for Change: self-assessment</source>
        <translation type="vanished">Catalydd Newid: hunanasesiad</translation>
    </message>
    <message>
        <source>Score each element on your own first (about a minute each: press 1-4), then compare as a group, discuss the biggest differences and agree the scores.</source>
        <translation type="vanished">Sgoriwch bob elfen ar eich pen eich hun yn gyntaf (tua munud yr un: pwyswch 1-4), yna cymharwch fel grŵp, trafodwch y gwahaniaethau mwyaf a chytunwch ar y sgoriau.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="vanished">Rownd</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation type="vanished">Rownd newydd…</translation>
    </message>
    <message>
        <source>Whose scores</source>
        <translation type="vanished">Sgoriau pwy</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="vanished">&amp;Allforio</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="vanished">Rownd:</translation>
    </message>
    <message>
        <source>Scores of:</source>
        <translation type="vanished">Sgoriau gan:</translation>
    </message>
    <message>
        <source>Views of the round</source>
        <translation type="vanished">Golygon y rownd</translation>
    </message>
    <message>
        <source>&amp;Individual scoring</source>
        <translation type="vanished">Sgorio &amp;unigol</translation>
    </message>
    <message>
        <source>Add pa&amp;rticipant…</source>
        <translation type="vanished">Ychwanegu cyfra&amp;nogwr…</translation>
    </message>
    <message>
        <source>Scores collected in the room: type 1-4 in a participant's column, Delete clears.</source>
        <translation type="vanished">Sgoriau a gasglwyd yn yr ystafell: teipiwch 1-4 yng ngholofn cyfranogwr, mae Delete yn clirio.</translation>
    </message>
    <message>
        <source>E&amp;nter scores</source>
        <translation type="vanished">C&amp;ofnodi sgoriau</translation>
    </message>
    <message>
        <source>&amp;Group view</source>
        <translation type="vanished">Golwg g&amp;rŵp</translation>
    </message>
    <message>
        <source>Fina&amp;l scores</source>
        <translation type="vanished">Sgoriau terfyno&amp;l</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="vanished">&amp;Siartiau</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation type="vanished">Cynllun g&amp;weithredu</translation>
    </message>
    <message>
        <source>&amp;Detailed assessment</source>
        <translation type="vanished">Asesiad &amp;manwl</translation>
    </message>
    <message>
        <source>New round</source>
        <translation type="vanished">Rownd newydd</translation>
    </message>
    <message>
        <source>Name of the round:</source>
        <translation type="vanished">Enw'r rownd:</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation type="vanished">Gweithdy %1</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="vanished">Ychwanegu cyfranogwr</translation>
    </message>
    <message>
        <source>Participant's name:</source>
        <translation type="vanished">Enw'r cyfranogwr:</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="vanished">Tynnu'r cam gweithredu</translation>
    </message>
    <message>
        <source>Remove the action "%1"? (Edit › Undo brings it back.)</source>
        <translation type="vanished">Tynnu'r cam gweithredu "%1"? (Mae Golygu › Dadwneud yn dod ag ef yn ôl.)</translation>
    </message>
    <message>
        <source>The rounds of the self-assessment</source>
        <translation type="vanished">Rowndiau'r hunanasesiad</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>The round “%1”</source>
        <translation type="vanished">Y rownd “%1”</translation>
    </message>
    <message>
        <source>No agreed scores yet: agree them in the group view.</source>
        <translation type="vanished">Dim sgoriau y cytunwyd arnynt eto: cytunwch arnynt yn y golwg grŵp.</translation>
    </message>
    <message>
        <source>Whole system. %1</source>
        <translation type="vanished">Y system gyfan. %1</translation>
    </message>
    <message>
        <source>Catalyst report (PDF, Word, ODT, HTML)…</source>
        <translation type="vanished">Adroddiad Catalydd (PDF, Word, ODT, HTML)…</translation>
    </message>
    <message>
        <source>Final scores (XLSX, CSV)…</source>
        <translation type="vanished">Sgoriau terfynol (XLSX, CSV)…</translation>
    </message>
    <message>
        <source>Group view (XLSX, CSV)…</source>
        <translation type="vanished">Golwg grŵp (XLSX, CSV)…</translation>
    </message>
    <message>
        <source>Action plan (XLSX, CSV)…</source>
        <translation type="vanished">Cynllun gweithredu (XLSX, CSV)…</translation>
    </message>
    <message>
        <source>The round</source>
        <translation type="vanished">Y rownd</translation>
    </message>
    <message>
        <source>Catalyst %1</source>
        <translation type="vanished">Catalydd %1</translation>
    </message>
    <message>
        <source>Catalyst %1 %2</source>
        <translation type="vanished">Catalydd %1 %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Allforio</translation>
    </message>
    <message>
        <source>Start live session…</source>
        <translation type="vanished">Dechrau sesiwn fyw…</translation>
    </message>
    <message>
        <source>Participants score this round from their own phones, blind until you reveal</source>
        <translation type="vanished">Mae cyfranogwyr yn sgorio'r rownd hon o'u ffonau eu hunain, heb weld sgoriau ei gilydd nes i chi eu datgelu</translation>
    </message>
</context>
<context>
    <name>qdf::gui::ChartWithTable</name>
    <message>
        <source>Show as table</source>
        <translation type="vanished">Dangos fel tabl</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation type="vanished">Dangos %1 fel tabl</translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation type="vanished">%1, fel tabl</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation type="vanished">, </translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation type="vanished">%1: dim i'w ddangos eto</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation type="vanished">%1. %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="vanished">; </translation>
    </message>
</context>
<context>
    <name>qdf::gui::ChecklistTable</name>
    <message>
        <source>Step</source>
        <translation type="vanished">Cam</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="vanished">Nodwedd</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="vanished">Eitem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Statws</translation>
    </message>
    <message>
        <source>In place?</source>
        <translation type="vanished">Ar waith?</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="vanished">Sgôr</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Nodiadau</translation>
    </message>
</context>
<context>
    <name>qdf::gui::DetailedAssessment</name>
    <message>
        <source>Elements</source>
        <translation type="vanished">Elfennau</translation>
    </message>
    <message>
        <source>The element's levels in detail</source>
        <translation type="vanished">Lefelau'r elfen yn fanwl</translation>
    </message>
    <message>
        <source>agreed level %1, %2</source>
        <translation type="vanished">lefel y cytunwyd arni %1, %2</translation>
    </message>
    <message>
        <source>no level agreed yet</source>
        <translation type="vanished">dim lefel wedi'i chytuno eto</translation>
    </message>
    <message>
        <source>To move on to “%1”:</source>
        <translation type="vanished">I symud ymlaen i “%1”:</translation>
    </message>
    <message>
        <source> — current level</source>
        <translation type="vanished"> — y lefel bresennol</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="vanished">Dangosyddion</translation>
    </message>
    <message>
        <source>Approaches to change</source>
        <translation type="vanished">Dulliau o newid</translation>
    </message>
</context>
<context>
    <name>qdf::gui::DiffPanes</name>
    <message>
        <source>The same as the base</source>
        <translation type="vanished">Yr un fath â'r sail</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) taken out by one side or both, struck through; F7 goes to the next</source>
        <translation type="vanished">
            <numerusform>%n darn wedi'u tynnu allan gan un ochr neu'r ddwy, wedi'u croesi allan; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn wedi'i dynnu allan gan un ochr neu'r ddwy, wedi'i groesi allan; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn wedi'u tynnu allan gan un ochr neu'r ddwy, wedi'u croesi allan; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn wedi'u tynnu allan gan un ochr neu'r ddwy, wedi'u croesi allan; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn wedi'u tynnu allan gan un ochr neu'r ddwy, wedi'u croesi allan; mae F7 yn mynd i'r nesaf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) differ from the base, underlined; F7 goes to the next</source>
        <translation type="vanished">
            <numerusform>%n darn yn wahanol i'r sail, wedi'u tanlinellu; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn yn wahanol i'r sail, wedi'i danlinellu; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn yn wahanol i'r sail, wedi'u tanlinellu; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn yn wahanol i'r sail, wedi'u tanlinellu; mae F7 yn mynd i'r nesaf</numerusform>
            <numerusform>%n darn yn wahanol i'r sail, wedi'u tanlinellu; mae F7 yn mynd i'r nesaf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qdf::gui::EntryGrid</name>
    <message>
        <source>Scores by participant: type 1-4 in a cell</source>
        <translation type="vanished">Sgoriau fesul cyfranogwr: teipiwch 1-4 mewn cell</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="vanished">Elfen</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="vanished">%1 o 5</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="vanished">anghyflawn</translation>
    </message>
    <message>
        <source>Type 1-4</source>
        <translation type="vanished">Teipiwch 1-4</translation>
    </message>
</context>
<context>
    <name>qdf::gui::ErrorBanner</name>
    <message>
        <source>More</source>
        <translation type="vanished">Mwy</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation type="vanished">Dangos y neges gyfan</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="vanished">Diystyru'r neges</translation>
    </message>
    <message>
        <source>Dismiss the message (Escape)</source>
        <translation type="vanished">Diystyru'r neges (Escape)</translation>
    </message>
    <message>
        <source>Less</source>
        <translation type="vanished">Llai</translation>
    </message>
    <message>
        <source>Show only the start of the message</source>
        <translation type="vanished">Dangos dechrau'r neges yn unig</translation>
    </message>
</context>
<context>
    <name>qdf::gui::ExamplesPanel</name>
    <message>
        <source>Working Examples</source>
        <translation type="vanished">Enghreifftiau Gwaith</translation>
    </message>
    <message>
        <source>The selected working example</source>
        <translation type="vanished">Yr enghraifft waith a ddewiswyd</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="vanished">Ychwanegu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="vanished">Golygu…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="vanished">Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="vanished">Symud i lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">Tynnu</translation>
    </message>
    <message>
        <source>The working examples</source>
        <translation type="vanished">Yr enghreifftiau gwaith</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="vanished">%1, %2</translation>
    </message>
    <message>
        <source>No working examples yet: add one from practice, here or elsewhere.</source>
        <translation type="vanished">Dim enghreifftiau gwaith eto: ychwanegwch un o'r ymarfer, yma neu yn rhywle arall.</translation>
    </message>
    <message>
        <source>Edit working example</source>
        <translation type="vanished">Golygu enghraifft waith</translation>
    </message>
    <message>
        <source>Add working example</source>
        <translation type="vanished">Ychwanegu enghraifft waith</translation>
    </message>
    <message>
        <source>the working example “%1”</source>
        <translation type="vanished">yr enghraifft waith “%1”</translation>
    </message>
</context>
<context>
    <name>qdf::gui::FinalScoresTable</name>
    <message>
        <source>The final scores</source>
        <translation type="vanished">Y sgoriau terfynol</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="vanished">Sbardun</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="vanished">Sgôr</translation>
    </message>
    <message>
        <source>Prioritised Improvement Target</source>
        <translation type="vanished">Targed Gwella wedi'i Flaenoriaethu</translation>
    </message>
    <message>
        <source>Prioritised Improvement Target
(carry through to the action plan)</source>
        <translation type="vanished">Targed Gwella wedi'i Flaenoriaethu
(i'w drosglwyddo i'r cynllun gweithredu)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="vanished">anghyflawn</translation>
    </message>
    <message>
        <source>Type the Prioritised Improvement Target for %1</source>
        <translation type="vanished">Teipiwch y Targed Gwella wedi'i Flaenoriaethu ar gyfer %1</translation>
    </message>
</context>
<context>
    <name>qdf::gui::GroupView</name>
    <message>
        <source>Group view: everyone's levels, most divergent first</source>
        <translation type="vanished">Golwg grŵp: lefelau pawb, y rhai mwyaf gwahanol yn gyntaf</translation>
    </message>
    <message>
        <source>Press 1 to 4 to agree the level of the element in the current row; F2, Return or Space open the list of levels.</source>
        <translation type="vanished">Pwyswch 1 i 4 i gytuno ar lefel yr elfen yn y rhes gyfredol; mae F2, Return neu Bylchwr yn agor y rhestr o lefelau.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="vanished">Elfen</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="vanished">Ystod</translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="vanished">Canolrif</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="vanished">Y cytunwyd arni</translation>
    </message>
    <message>
        <source>Note of the discussion</source>
        <translation type="vanished">Nodyn o'r drafodaeth</translation>
    </message>
    <message>
        <source>Press 1-4 to agree a level, F2 or Return to choose from the list</source>
        <translation type="vanished">Pwyswch 1-4 i gytuno ar lefel, F2 neu Return i ddewis o'r rhestr</translation>
    </message>
    <message>
        <source>Agree a level first, then note the discussion.</source>
        <translation type="vanished">Cytunwch ar lefel yn gyntaf, yna nodwch y drafodaeth.</translation>
    </message>
</context>
<context>
    <name>qdf::gui::HelpBrowser</name>
    <message>
        <source>QDF Workbench User Guide</source>
        <translation type="vanished">Canllaw Defnyddiwr QDF Workbench</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="vanished">Canllaw defnyddiwr</translation>
    </message>
</context>
<context>
    <name>qdf::gui::ItemPanel</name>
    <message>
        <source>Rating</source>
        <translation type="vanished">Sgôr</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="vanished">&amp;Sgôr:</translation>
    </message>
    <message>
        <source>Evidence &amp;notes:</source>
        <translation type="vanished">&amp;Nodiadau tystiolaeth:</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation type="vanished">Nodiadau tystiolaeth</translation>
    </message>
    <message>
        <source>Our own sub-questions</source>
        <translation type="vanished">Ein his-gwestiynau ein hunain</translation>
    </message>
    <message>
        <source>Sub-questions</source>
        <translation type="vanished">Is-gwestiynau</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="vanished">Ychwanegu…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="vanished">Awgrymiadau</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="vanished">Golygu…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="vanished">I fyny</translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="vanished">I lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">Tynnu</translation>
    </message>
    <message>
        <source>Add sub-question</source>
        <translation type="vanished">Ychwanegu is-gwestiwn</translation>
    </message>
    <message>
        <source>Sub-question:</source>
        <translation type="vanished">Is-gwestiwn:</translation>
    </message>
    <message>
        <source>Edit sub-question</source>
        <translation type="vanished">Golygu is-gwestiwn</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="vanished">Ffeiliau tystiolaeth</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="vanished">Atodi…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Agor</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="vanished">Camau gweithredu</translation>
    </message>
    <message>
        <source>Actions for this item</source>
        <translation type="vanished">Camau gweithredu ar gyfer yr eitem hon</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation type="vanished">Ychwanegu cam gweithredu…</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation type="vanished">Dewiswch eitem ar y chwith.</translation>
    </message>
    <message>
        <source>Comments (Tool 20): %1</source>
        <translation type="vanished">Sylwadau (Offeryn 20): %1</translation>
    </message>
    <message>
        <source>For model %1: %2</source>
        <translation type="vanished">Ar gyfer model %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="vanished">%1 (%2 KB)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="vanished">erbyn %1</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="vanished">Dim camau gweithredu eto.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="vanished">Atodi tystiolaeth</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
</context>
<context>
    <name>qdf::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Ia&amp;ith</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>QDF Workbench will speak %1 when it next starts.</source>
        <translation>Bydd QDF Workbench yn siarad %1 pan fydd yn cychwyn nesaf.</translation>
    </message>
</context>
<context>
    <name>qdf::gui::LivePanel</name>
    <message>
        <source>Open on a phone, or scan:</source>
        <translation type="vanished">Agorwch ar ffôn, neu sganiwch:</translation>
    </message>
    <message>
        <source>Session code:</source>
        <translation type="vanished">Cod y sesiwn:</translation>
    </message>
    <message>
        <source>Who has joined, and how many of the open driver's elements each has scored</source>
        <translation type="vanished">Pwy sydd wedi ymuno, a faint o elfennau'r sbardun agored y mae pob un wedi'u sgorio</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="vanished">Cadarnhau</translation>
    </message>
    <message>
        <source>Let the chosen person, who typed their name or joined again, score</source>
        <translation type="vanished">Gadael i'r person a ddewiswyd, a deipiodd ei enw neu a ymunodd eto, sgorio</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="vanished">Gwrthod</translation>
    </message>
    <message>
        <source>Remove the chosen join from the session: its device can no longer score</source>
        <translation type="vanished">Tynnu'r ymuno a ddewiswyd o'r sesiwn: ni all ei ddyfais sgorio mwyach</translation>
    </message>
    <message>
        <source>Next driver</source>
        <translation type="vanished">Sbardun nesaf</translation>
    </message>
    <message>
        <source>Close the open driver and open the next one</source>
        <translation type="vanished">Cau'r sbardun agored ac agor yr un nesaf</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="vanished">Datgelu</translation>
    </message>
    <message>
        <source>Close the open driver and show the group's scores of every closed driver</source>
        <translation type="vanished">Cau'r sbardun agored a dangos sgoriau'r grŵp ar gyfer pob sbardun sydd wedi'i gau</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation type="vanished">Atal y sesiwn</translation>
    </message>
    <message>
        <source>Stop serving the phones; every score received is already saved</source>
        <translation type="vanished">Peidio â gwasanaethu'r ffonau; mae pob sgôr a ddaeth i law wedi'i chadw eisoes</translation>
    </message>
    <message>
        <source>Revealed: the group view shows everyone's scores of the closed drivers.</source>
        <translation type="vanished">Wedi'i ddatgelu: mae golwg y grŵp yn dangos sgoriau pawb ar gyfer y sbardunau sydd wedi'u cau.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="vanished">Heb ei wneud: %1</translation>
    </message>
    <message>
        <source>No live session</source>
        <translation type="vanished">Dim sesiwn fyw</translation>
    </message>
    <message>
        <source>Live session: round “%1”</source>
        <translation type="vanished">Sesiwn fyw: rownd “%1”</translation>
    </message>
    <message>
        <source>Address to open: %1</source>
        <translation type="vanished">Cyfeiriad i'w agor: %1</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation type="vanished">Cod QR y cyfeiriad %1</translation>
    </message>
    <message>
        <source>Session code: %1</source>
        <translation type="vanished">Cod y sesiwn: %1</translation>
    </message>
    <message>
        <source>Open for scoring: %1</source>
        <translation type="vanished">Ar agor i'w sgorio: %1</translation>
    </message>
    <message>
        <source>No driver is open: Reveal shows the group's scores, or Stop ends the session.</source>
        <translation type="vanished">Nid oes sbardun ar agor: mae Datgelu yn dangos sgoriau'r grŵp, neu mae Atal yn dod â'r sesiwn i ben.</translation>
    </message>
    <message>
        <source>%1 (typed the name: waiting to be confirmed)</source>
        <translation type="vanished">%1 (teipiwyd yr enw: yn aros i gael ei gadarnhau)</translation>
    </message>
    <message>
        <source>%1 (joined again from another device: waiting to be confirmed)</source>
        <translation type="vanished">%1 (wedi ymuno eto o ddyfais arall: yn aros i gael ei gadarnhau)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 scored</source>
        <translation type="vanished">%1: %2 o %3 wedi'u sgorio</translation>
    </message>
    <message>
        <source>Scored the whole driver: %1 of %2.</source>
        <translation type="vanished">Wedi sgorio'r sbardun cyfan: %1 o %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n joined.</source>
        <translation type="vanished">
            <numerusform>Neb wedi ymuno.</numerusform>
            <numerusform>%n wedi ymuno.</numerusform>
            <numerusform>%n wedi ymuno.</numerusform>
            <numerusform>%n wedi ymuno.</numerusform>
            <numerusform>%n wedi ymuno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qdf::gui::LiveView</name>
    <message>
        <source>Schedule as it will read</source>
        <translation type="vanished">Yr Atodlen fel y bydd yn ymddangos</translation>
    </message>
    <message>
        <source>Showing parts %1 to %2 of %3: the part being edited and its neighbours. The whole Schedule reads as it will be printed in the Framework.</source>
        <translation type="vanished">Yn dangos rhannau %1 i %2 o %3: y rhan sy'n cael ei golygu a'r rhannau cyfagos. Mae'r Atodlen gyfan yn ymddangos fel y caiff ei hargraffu yn y Fframwaith.</translation>
    </message>
</context>
<context>
    <name>qdf::gui::MainWindow</name>
    <message>
        <source>Your last changes to %1 could not be saved, so it stays open.</source>
        <translation type="vanished">Ni fu modd cadw eich newidiadau diwethaf i %1, felly mae'n aros ar agor.</translation>
    </message>
    <message>
        <source>Updated with changes saved by %1</source>
        <translation type="vanished">Wedi'i ddiweddaru gyda newidiadau a gadwyd gan %1</translation>
    </message>
    <message>
        <source>All changes saved to the shared folder: %1</source>
        <translation type="vanished">Pob newid wedi'i gadw yn y ffolder a rennir: %1</translation>
    </message>
    <message>
        <source>%1 is open read-only: you can read it, and changes saved elsewhere appear as they are made, but your changes cannot be saved.</source>
        <translation type="vanished">Mae %1 ar agor i'w ddarllen yn unig: gallwch ei ddarllen, ac mae newidiadau a gadwyd mewn man arall yn ymddangos wrth iddynt gael eu gwneud, ond ni ellir cadw eich newidiadau chi.</translation>
    </message>
    <message>
        <source>Opened %1 from the shared folder (worked on here, saved back as you go)</source>
        <translation type="vanished">Agorwyd %1 o'r ffolder a rennir (yn cael ei weithio arno yma, a'i gadw'n ôl wrth i chi fynd)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="vanished">Agorwyd %1</translation>
    </message>
    <message>
        <source>No workbook open</source>
        <translation type="vanished">Dim llyfr gwaith ar agor</translation>
    </message>
    <message>
        <source>The last workbook, %1, is no longer there.</source>
        <translation type="vanished">Nid yw'r llyfr gwaith diwethaf, %1, yno mwyach.</translation>
    </message>
    <message>
        <source>The demo programme could not be made in %1: %2</source>
        <translation type="vanished">Ni fu modd creu'r rhaglen arddangos yn %1: %2</translation>
    </message>
    <message>
        <source>The demo programme is in %1: this master copy and three participants' workbooks (File › Open). What you change there stays there.</source>
        <translation type="vanished">Mae'r rhaglen arddangos yn %1: y prif gopi hwn a llyfrau gwaith tri chyfranogwr (Ffeil › Agor). Mae'r hyn rydych yn ei newid yno yn aros yno.</translation>
    </message>
    <message>
        <source>The sections of %1 cannot be read: %2</source>
        <translation type="vanished">Ni ellir darllen adrannau %1: %2</translation>
    </message>
    <message>
        <source>Catalyst for Change</source>
        <translation type="vanished">Catalydd Newid</translation>
    </message>
    <message>
        <source>Commissioning review</source>
        <translation type="vanished">Adolygiad comisiynu</translation>
    </message>
    <message>
        <source>Progress at a glance</source>
        <translation type="vanished">Cynnydd ar yr olwg gyntaf</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="vanished">Chwilio</translation>
    </message>
    <message>
        <source>QDF Workbench</source>
        <translation type="vanished">QDF Workbench</translation>
    </message>
    <message>
        <source>master copy</source>
        <translation type="vanished">prif gopi</translation>
    </message>
    <message>
        <source>participant workbook</source>
        <translation type="vanished">llyfr gwaith cyfranogwr</translation>
    </message>
    <message>
        <source>%1[*] — %2, %3 (%4) — QDF Workbench</source>
        <translation type="vanished">%1[*] — %2, %3 (%4) — QDF Workbench</translation>
    </message>
    <message>
        <source>All changes saved at %1 (revision %2)</source>
        <translation type="vanished">Pob newid wedi'i gadw am %1 (diwygiad %2)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="vanished">Heb ei gadw</translation>
    </message>
    <message>
        <source>New master workbook</source>
        <translation type="vanished">Llyfr gwaith meistr newydd</translation>
    </message>
    <message>
        <source>QDF workbooks (*.qdf)</source>
        <translation type="vanished">Llyfrau gwaith QDF (*.qdf)</translation>
    </message>
    <message>
        <source>Programme name:</source>
        <translation type="vanished">Enw'r rhaglen:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="vanished">Eich enw:</translation>
    </message>
    <message>
        <source>Language of the sections and questions:</source>
        <translation type="vanished">Iaith yr adrannau a'r cwestiynau:</translation>
    </message>
    <message>
        <source>Open workbook</source>
        <translation type="vanished">Agor llyfr gwaith</translation>
    </message>
    <message>
        <source>QDF workbooks (*.qdf);;All files (*)</source>
        <translation type="vanished">Llyfrau gwaith QDF (*.qdf);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation type="vanished">Ysgrifennwyd i %1</translation>
    </message>
    <message>
        <source>Some changes could not be saved. They are still on screen: copy them somewhere safe, or fix the problem and close again.</source>
        <translation type="vanished">Ni fu modd cadw rhai newidiadau. Maen nhw'n dal ar y sgrin: copïwch nhw i rywle diogel, neu datryswch y broblem a chaewch eto.</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation type="vanished">Sesiwn fyw</translation>
    </message>
    <message>
        <source>The live session could not start: %1</source>
        <translation type="vanished">Ni allai'r sesiwn fyw ddechrau: %1</translation>
    </message>
    <message>
        <source>Live session started: participants open %1 and give the code %2</source>
        <translation type="vanished">Dechreuodd y sesiwn fyw: mae cyfranogwyr yn agor %1 ac yn rhoi'r cod %2</translation>
    </message>
</context>
<context>
    <name>qdf::gui::MergeReviewDialog</name>
    <message>
        <source>Review conflicts and contributions</source>
        <translation type="vanished">Adolygu achosion o wrthdaro a chyfraniadau</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="vanished">Mewnforio</translation>
    </message>
    <message>
        <source>What each file brings. Nothing has changed yet: Import takes them in, one after another, after a backup of this workbook; each import can be undone later as a whole.</source>
        <translation type="vanished">Yr hyn a ddaw gyda phob ffeil. Nid oes dim wedi newid eto: mae Mewnforio yn dod â nhw i mewn, y naill ar ôl y llall, ar ôl gwneud copi wrth gefn o'r llyfr gwaith hwn; gellir dadwneud pob mewnforiad yn ei gyfanrwydd yn nes ymlaen.</translation>
    </message>
    <message>
        <source>What each file brings</source>
        <translation type="vanished">Beth mae pob ffeil yn ei gynnig</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="vanished">Ffeil</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="vanished">Oddi wrth</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="vanished">Newydd</translation>
    </message>
    <message>
        <source>Fast-forward</source>
        <translation type="vanished">Yn syth ymlaen</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="vanished">Wedi'u cyfuno</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation type="vanished">Yn gwrthdaro</translation>
    </message>
    <message>
        <source>Already had</source>
        <translation type="vanished">Yma eisoes</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="vanished">Cyfraniadau</translation>
    </message>
    <message>
        <source>Held back by a rule</source>
        <translation type="vanished">Wedi'u dal yn ôl gan reol</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="vanished">Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="vanished">&amp;Mewnforio</translation>
    </message>
    <message>
        <source>What waits: conflicts and contributions</source>
        <translation type="vanished">Beth sy'n aros: achosion o wrthdaro a chyfraniadau</translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision</source>
        <translation type="vanished">Achosion o wrthdaro sy'n aros am benderfyniad</translation>
    </message>
    <message>
        <source>Base: the version both started from</source>
        <translation type="vanished">Sail: y fersiwn y dechreuodd y ddwy ochr ohono</translation>
    </message>
    <message>
        <source>This workbook — %1</source>
        <translation type="vanished">Y llyfr gwaith hwn — %1</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation type="vanished">Eu fersiwn nhw</translation>
    </message>
    <message>
        <source>Merged result</source>
        <translation type="vanished">Canlyniad y cyfuno</translation>
    </message>
    <message>
        <source>Base (both started from this)</source>
        <translation type="vanished">Sail (man cychwyn y ddwy ochr)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="vanished">Eu fersiwn nhw</translation>
    </message>
    <message>
        <source>&amp;Result (edit it, then Ctrl+Return)</source>
        <translation type="vanished">&amp;Canlyniad (golygwch ef, yna Ctrl+Return)</translation>
    </message>
    <message>
        <source>Keep &amp;ours</source>
        <translation type="vanished">Cadw ein fersiwn &amp;ni</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation type="vanished">Cymryd &amp;eu fersiwn nhw</translation>
    </message>
    <message>
        <source>Take &amp;base</source>
        <translation type="vanished">Cymryd y &amp;sail</translation>
    </message>
    <message>
        <source>&amp;Use the result</source>
        <translation type="vanished">&amp;Defnyddio'r canlyniad</translation>
    </message>
    <message>
        <source>In the list: O keeps ours, T takes theirs, B takes the base; Ctrl+Return uses the result. F7 and Shift+F7: the next and previous difference.</source>
        <translation type="vanished">Yn y rhestr: mae O yn cadw ein fersiwn ni, T yn cymryd eu fersiwn nhw, B yn cymryd y sail; mae Ctrl+Return yn defnyddio'r canlyniad. F7 a Shift+F7: y gwahaniaeth nesaf a'r un blaenorol.</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="vanished">&amp;Gwrthdaro</translation>
    </message>
    <message>
        <source>Questions with contributions</source>
        <translation type="vanished">Cwestiynau â chyfraniadau</translation>
    </message>
    <message>
        <source>Contributions to this question, with who sent them</source>
        <translation type="vanished">Cyfraniadau i'r cwestiwn hwn, gyda phwy a'u hanfonodd</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation type="vanished">Yr ateb</translation>
    </message>
    <message>
        <source>Take this &amp;one</source>
        <translation type="vanished">Cymryd &amp;hwn</translation>
    </message>
    <message>
        <source>A&amp;dd it to the answer</source>
        <translation type="vanished">&amp;Ychwanegu at yr ateb</translation>
    </message>
    <message>
        <source>&amp;Save the answer</source>
        <translation type="vanished">&amp;Cadw'r ateb</translation>
    </message>
    <message>
        <source>What people sent</source>
        <translation type="vanished">Yr hyn a anfonodd pobl</translation>
    </message>
    <message>
        <source>The answer (compose it from theirs)</source>
        <translation type="vanished">Yr ateb (lluniwch ef o'u hatebion nhw)</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation type="vanished">&amp;Atebion</translation>
    </message>
    <message>
        <source>Close (what is left waits for later)</source>
        <translation type="vanished">Cau (bydd yr hyn sydd ar ôl yn aros tan nes ymlaen)</translation>
    </message>
    <message>
        <source>%1 — already imported: nothing to do</source>
        <translation type="vanished">%1 — wedi'i fewnforio eisoes: dim i'w wneud</translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <translation type="vanished">Ni ellir darllen yr achosion o wrthdaro: %1</translation>
    </message>
    <message>
        <source>%1
(%2, from %3)</source>
        <translation type="vanished">%1
(%2, gan %3)</translation>
    </message>
    <message>
        <source>held back by a rule</source>
        <translation type="vanished">wedi'i ddal yn ôl gan reol</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation type="vanished">&amp;Gwrthdaro (%1)</translation>
    </message>
    <message>
        <source>No conflict waits for a decision.</source>
        <translation type="vanished">Nid oes unrhyw wrthdaro yn aros am benderfyniad.</translation>
    </message>
    <message>
        <source>deleted on one side, kept or edited on the other</source>
        <translation type="vanished">wedi'i ddileu ar un ochr, wedi'i gadw neu ei olygu ar y llall</translation>
    </message>
    <message>
        <source>both sides set a different value</source>
        <translation type="vanished">gosododd y ddwy ochr werth gwahanol</translation>
    </message>
    <message>
        <source>held back: %1</source>
        <translation type="vanished">wedi'i ddal yn ôl: %1</translation>
    </message>
    <message>
        <source>both sides changed the same words; both versions of that stretch are marked ⟦ ⟧ in the result, everything else is merged</source>
        <translation type="vanished">newidiodd y ddwy ochr yr un geiriau; mae dau fersiwn y darn hwnnw wedi'u marcio ⟦ ⟧ yn y canlyniad, ac mae popeth arall wedi'i gyfuno</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="vanished">%1 — %2</translation>
    </message>
    <message>
        <source>Contribution — %1</source>
        <translation type="vanished">Cyfraniad — %1</translation>
    </message>
    <message>
        <source>Master copy — %1</source>
        <translation type="vanished">Prif gopi — %1</translation>
    </message>
    <message>
        <source>The contributions cannot be read: %1</source>
        <translation type="vanished">Ni ellir darllen y cyfraniadau: %1</translation>
    </message>
    <message>
        <source>&amp;Answers (%1)</source>
        <translation type="vanished">&amp;Atebion (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="vanished">%1, %2</translation>
    </message>
</context>
<context>
    <name>qdf::gui::NewReviewDialog</name>
    <message>
        <source>New commissioning review</source>
        <translation type="vanished">Adolygiad comisiynu newydd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Teitl</translation>
    </message>
    <message>
        <source>What is reviewed</source>
        <translation type="vanished">Beth sy'n cael ei adolygu</translation>
    </message>
    <message>
        <source>e.g. Home care framework contract</source>
        <translation type="vanished">e.e. Contract fframwaith gofal cartref</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation type="vanished">Math o adolygiad</translation>
    </message>
    <message>
        <source>A procurement exercise</source>
        <translation type="vanished">Ymarfer caffael</translation>
    </message>
    <message>
        <source>A contract</source>
        <translation type="vanished">Contract</translation>
    </message>
    <message>
        <source>A whole commissioning system</source>
        <translation type="vanished">System gomisiynu gyfan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Dyddiad</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="vanished">Adolygwyr</translation>
    </message>
    <message>
        <source>Outcome-based model in use</source>
        <translation type="vanished">Model seiliedig ar ganlyniadau a ddefnyddir</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="vanished">%1. %2</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="vanished">Rhestrau gwirio</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="vanished">&amp;Teitl:</translation>
    </message>
    <message>
        <source>What is &amp;reviewed:</source>
        <translation type="vanished">Beth sy'n cael ei &amp;adolygu:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="vanished">&amp;Math:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="vanished">&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Re&amp;viewers:</source>
        <translation type="vanished">Adol&amp;ygwyr:</translation>
    </message>
    <message>
        <source>&amp;Model in use:</source>
        <translation type="vanished">M&amp;odel a ddefnyddir:</translation>
    </message>
    <message>
        <source>&amp;Checklists:</source>
        <translation type="vanished">&amp;Rhestrau gwirio:</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="vanished">Dechrau'r adolygiad</translation>
    </message>
</context>
<context>
    <name>qdf::gui::PersonActions</name>
    <message>
        <source>Export everything about a per&amp;son…</source>
        <translation type="vanished">Allforio popeth am &amp;berson…</translation>
    </message>
    <message>
        <source>Export everything about a person</source>
        <translation type="vanished">Allforio popeth am berson</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="vanished">&amp;Allforio…</translation>
    </message>
    <message>
        <source>Export everything about %1</source>
        <translation type="vanished">Allforio popeth am %1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="vanished">JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase a pers&amp;on…</source>
        <translation type="vanished">Dileu &amp;person…</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation type="vanished">Dileu person</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation type="vanished">&amp;Dileu…</translation>
    </message>
    <message>
        <source>Everything about %1 written to %2</source>
        <translation type="vanished">Ysgrifennwyd popeth am %1 i %2</translation>
    </message>
    <message>
        <source>Erase %1 from this master? They asked to be, or their data must go.</source>
        <translation type="vanished">Dileu %1 o'r meistr hwn? Gofynnon nhw am hynny, neu rhaid i'w data fynd.</translation>
    </message>
    <message>
        <source>%1 erased: "%2" stands in their place</source>
        <translation type="vanished">Dilëwyd %1: mae "%2" yn eu lle</translation>
    </message>
</context>
<context>
    <name>qdf::gui::PersonPicker</name>
    <message>
        <source>Name</source>
        <translation type="vanished">Enw</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="vanished">Sefydliad</translation>
    </message>
    <message>
        <source>In the records</source>
        <translation type="vanished">Yn y cofnodion</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="vanished">Pobl</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation type="vanished">
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Catalyst rating(s)</source>
        <translation type="vanished">
            <numerusform>%n sgôr Catalydd</numerusform>
            <numerusform>%n sgôr Catalydd</numerusform>
            <numerusform>%n sgôr Catalydd</numerusform>
            <numerusform>%n sgôr Catalydd</numerusform>
            <numerusform>%n sgôr Catalydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s)</source>
        <translation type="vanished">
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n gymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
        </translation>
    </message>
    <message>
        <source>this workbook's owner</source>
        <translation type="vanished">perchennog y llyfr gwaith hwn</translation>
    </message>
    <message>
        <source>&amp;People named in this master's records:</source>
        <translation type="vanished">&amp;Pobl a enwir yng nghofnodion y meistr hwn:</translation>
    </message>
</context>
<context>
    <name>qdf::gui::PlanPage</name>
    <message>
        <source>Not started</source>
        <translation type="vanished">Heb ddechrau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="vanished">Ar y gweill</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="vanished">Wedi'i wneud</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="vanished">Mewn perygl</translation>
    </message>
    <message>
        <source>Plan on a Page: the stages and their milestones</source>
        <translation type="vanished">Cynllun ar Dudalen: y camau a'u cerrig milltir</translation>
    </message>
    <message>
        <source>CAREMORE Plan on a Page</source>
        <translation type="vanished">Cynllun ar Dudalen CAREMORE</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="vanished">&amp;Argraffu…</translation>
    </message>
    <message>
        <source>The three production stages, their milestones and outline timescales.</source>
        <translation type="vanished">Y tri cham cynhyrchu, eu cerrig milltir a'u hamserlenni bras.</translation>
    </message>
    <message>
        <source>The Plan on a Page</source>
        <translation type="vanished">Y Cynllun ar Dudalen</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation type="vanished">Cam %1: %2</translation>
    </message>
    <message>
        <source>Outline timescale: %1</source>
        <translation type="vanished">Amserlen fras: %1</translation>
    </message>
    <message>
        <source>The milestones of stage %1</source>
        <translation type="vanished">Cerrig milltir cam %1</translation>
    </message>
    <message>
        <source>Status of milestone: %1</source>
        <translation type="vanished">Statws y garreg filltir: %1</translation>
    </message>
</context>
<context>
    <name>qdf::gui::Presentation</name>
    <message>
        <source>Full screen, larger text, and participants shown as Person A, B, … instead of by name</source>
        <translation type="vanished">Sgrin lawn, testun mwy, a chyfranogwyr yn cael eu dangos fel Person A, B, … yn lle wrth eu henw</translation>
    </message>
    <message>
        <source>Presenting: F5 or Escape leaves</source>
        <translation type="vanished">Yn cyflwyno: mae F5 neu Escape yn gadael</translation>
    </message>
    <message>
        <source>Presentation mode: participants shown as Person A, B, …; F5 or Escape leaves</source>
        <translation type="vanished">Modd cyflwyno: cyfranogwyr yn cael eu dangos fel Person A, B, …; mae F5 neu Escape yn gadael</translation>
    </message>
    <message>
        <source>Presentation mode ended: names and totals shown again.</source>
        <translation type="vanished">Daeth y modd cyflwyno i ben: enwau a chyfansymiau yn cael eu dangos eto.</translation>
    </message>
</context>
<context>
    <name>qdf::gui::ProgressPage</name>
    <message>
        <source>Progress at a glance</source>
        <translation type="vanished">Cynnydd ar yr olwg gyntaf</translation>
    </message>
    <message>
        <source>For each CAREMORE section: the open questions answered, and its Schedules by maturity.</source>
        <translation type="vanished">Ar gyfer pob adran CAREMORE: y cwestiynau agored a atebwyd, a'i Hatodlenni yn ôl aeddfedrwydd.</translation>
    </message>
    <message>
        <source>Production matrix</source>
        <translation type="vanished">Matrics cynhyrchu</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="vanished">Wedi'u hateb</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="vanished">Enghreifftiau</translation>
    </message>
    <message>
        <source>References</source>
        <translation type="vanished">Deunydd cyfeirio</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="vanished">Drafft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="vanished">Yn barod</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="vanished">Wedi'i chymeradwyo</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="vanished">Wedi'u mabwysiadu</translation>
    </message>
    <message>
        <source>Open questions answered</source>
        <translation type="vanished">Cwestiynau agored a atebwyd</translation>
    </message>
    <message>
        <source>Working Examples</source>
        <translation type="vanished">Enghreifftiau Gwaith</translation>
    </message>
    <message>
        <source>Reference Materials</source>
        <translation type="vanished">Deunydd Cyfeirio</translation>
    </message>
    <message>
        <source>The progress of the sections</source>
        <translation type="vanished">Cynnydd yr adrannau</translation>
    </message>
    <message>
        <source>The Schedules</source>
        <translation type="vanished">Yr Atodlenni</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="vanished">%1 o %2</translation>
    </message>
</context>
<context>
    <name>qdf::gui::QdfIndexPage</name>
    <message>
        <source>QDF Index</source>
        <translation type="vanished">Mynegai QDF</translation>
    </message>
    <message>
        <source>Every Schedule of the Framework, numbered, with its section and maturity. Double-click a Schedule (or press Enter) to open it.</source>
        <translation type="vanished">Pob Atodlen yn y Fframwaith, wedi'u rhifo, gyda'u hadran a'u haeddfedrwydd. Cliciwch ddwywaith ar Atodlen (neu pwyswch Enter) i'w hagor.</translation>
    </message>
    <message>
        <source>Filter Schedules…</source>
        <translation type="vanished">Hidlo Atodlenni…</translation>
    </message>
    <message>
        <source>Filter Schedules</source>
        <translation type="vanished">Hidlo Atodlenni</translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="vanished">Rhif</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Teitl</translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="vanished">Adran</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation type="vanished">Aeddfedrwydd</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="vanished">Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="vanished">Gan</translation>
    </message>
    <message>
        <source>The sections</source>
        <translation type="vanished">Yr adrannau</translation>
    </message>
    <message>
        <source>The Schedules</source>
        <translation type="vanished">Yr Atodlenni</translation>
    </message>
</context>
<context>
    <name>qdf::gui::RatingTone</name>
    <message>
        <source>Met / Done / Yes</source>
        <translation>Wedi'i fodloni / Wedi'i wneud / Ie</translation>
    </message>
    <message>
        <source>Partly met / In progress / Unsure</source>
        <translation>Wedi'i fodloni'n rhannol / Ar y gweill / Ansicr</translation>
    </message>
    <message>
        <source>Not met / No</source>
        <translation>Heb ei fodloni / Na</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Amherthnasol</translation>
    </message>
    <message>
        <source>Not yet reviewed / Not started</source>
        <translation>Heb ei adolygu eto / Heb ddechrau</translation>
    </message>
    <message>
        <source>0 or Delete %1</source>
        <translation>0 neu Delete %1</translation>
    </message>
</context>
<context>
    <name>qdf::gui::ReferencesPanel</name>
    <message>
        <source>Reference Materials</source>
        <translation type="vanished">Deunydd Cyfeirio</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="vanished">Atodi…</translation>
    </message>
    <message>
        <source>Attach reference materials</source>
        <translation type="vanished">Atodi deunydd cyfeirio</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Agor</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="vanished">Allforio…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="vanished">Allforio %1</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="vanished">Nodyn…</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="vanished">Nodyn ar %1</translation>
    </message>
    <message>
        <source>the note on %1</source>
        <translation type="vanished">y nodyn ar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">Tynnu</translation>
    </message>
    <message>
        <source>The reference materials</source>
        <translation type="vanished">Y deunydd cyfeirio</translation>
    </message>
    <message>
        <source>%1
Attached by %2</source>
        <translation type="vanished">%1
Wedi'i atodi gan %2</translation>
    </message>
    <message>
        <source>No files yet. Attach one, or drop files here.</source>
        <translation type="vanished">Dim ffeiliau eto. Atodwch un, neu gollyngwch ffeiliau yma.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="vanished">Nid oedd modd darllen %1: %2</translation>
    </message>
</context>
<context>
    <name>qdf::gui::ReviewPage</name>
    <message>
        <source>Commissioning review</source>
        <translation type="vanished">Adolygiad comisiynu</translation>
    </message>
    <message>
        <source>Review a procurement, a contract or a whole commissioning system against the domains, read through the outcome-based model in use; the gaps become actions in the one action plan.</source>
        <translation type="vanished">Adolygwch broses gaffael, contract neu system gomisiynu gyfan yn erbyn y parthau, drwy lens y model seiliedig ar ganlyniadau a ddefnyddir; daw'r bylchau yn gamau gweithredu yn yr un cynllun gweithredu.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="vanished">Adolygiad</translation>
    </message>
    <message>
        <source>New review…</source>
        <translation type="vanished">Adolygiad newydd…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="vanished">&amp;Allforio</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation type="vanished">Adolygiad:</translation>
    </message>
    <message>
        <source>Views of the review</source>
        <translation type="vanished">Golygon ar yr adolygiad</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="vanished">Rhestr wirio</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation type="vanished">Rhestr wirio:</translation>
    </message>
    <message>
        <source>Checklist items and their ratings</source>
        <translation type="vanished">Eitemau'r rhestr wirio a'u sgoriau</translation>
    </message>
    <message>
        <source>The item chosen: its rating, notes, sub-questions, evidence and actions</source>
        <translation type="vanished">Yr eitem a ddewiswyd: ei sgôr, nodiadau, is-gwestiynau, tystiolaeth a chamau gweithredu</translation>
    </message>
    <message>
        <source>&amp;Checklists</source>
        <translation type="vanished">&amp;Rhestrau gwirio</translation>
    </message>
    <message>
        <source>The commissioning cycle, step by step, from time and task to the model in use (highlighted). Status: %1. Double-click a note to edit it.</source>
        <translation type="vanished">Y cylch comisiynu, gam wrth gam, o amser a thasg i'r model a ddefnyddir (wedi'i amlygu). Statws: %1. Cliciwch ddwywaith ar nodyn i'w olygu.</translation>
    </message>
    <message>
        <source>Step-change commissioning: steps, guidance for each model and status</source>
        <translation type="vanished">Comisiynu newid sylweddol: camau, arweiniad ar gyfer pob model, a statws</translation>
    </message>
    <message>
        <source>Step chan&amp;ge</source>
        <translation type="vanished">&amp;Newid sylweddol</translation>
    </message>
    <message>
        <source>Is Payment by Results suitable? The features the National Audit Office looks for: %1.</source>
        <translation type="vanished">A yw Talu yn ôl Canlyniadau yn addas? Y nodweddion y mae'r Swyddfa Archwilio Genedlaethol yn chwilio amdanynt: %1.</translation>
    </message>
    <message>
        <source>Payment by Results suitability</source>
        <translation type="vanished">Addasrwydd Talu yn ôl Canlyniadau</translation>
    </message>
    <message>
        <source>&amp;Payment by Results</source>
        <translation type="vanished">&amp;Talu yn ôl Canlyniadau</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="vanished">&amp;Crynodeb</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation type="vanished">Cynllun g&amp;weithredu</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="vanished">Tynnu'r cam gweithredu</translation>
    </message>
    <message>
        <source>Remove the action "%1"? (Edit › Undo brings it back.)</source>
        <translation type="vanished">Tynnu'r cam gweithredu "%1"? (Mae Golygu › Dadwneud yn dod ag ef yn ôl.)</translation>
    </message>
    <message>
        <source>The reviews</source>
        <translation type="vanished">Yr adolygiadau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>No review yet: start one with New review…</source>
        <translation type="vanished">Dim adolygiad eto: dechreuwch un gydag Adolygiad newydd…</translation>
    </message>
    <message>
        <source>The review “%1”</source>
        <translation type="vanished">Yr adolygiad “%1”</translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation type="vanished">Bysellau: %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="vanished">Cam</translation>
    </message>
    <message>
        <source>Model %1 (in use)</source>
        <translation type="vanished">Model %1 (yn cael ei ddefnyddio)</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation type="vanished">Model %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="vanished">Pam mae'n bwysig</translation>
    </message>
    <message>
        <source>Reviewing: %1</source>
        <translation type="vanished">Dan adolygiad: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="vanished">Dyddiad: %1</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation type="vanished">Adolygwyr: %1</translation>
    </message>
    <message>
        <source>Model %1: %2</source>
        <translation type="vanished">Model %1: %2</translation>
    </message>
    <message>
        <source>The ratings of “%1”</source>
        <translation type="vanished">Sgoriau “%1”</translation>
    </message>
    <message>
        <source>The verdict</source>
        <translation type="vanished">Y dyfarniad</translation>
    </message>
    <message>
        <source>The actions of “%1”</source>
        <translation type="vanished">Camau gweithredu “%1”</translation>
    </message>
    <message>
        <source>The sub-questions</source>
        <translation type="vanished">Yr is-gwestiynau</translation>
    </message>
    <message>
        <source>The evidence files</source>
        <translation type="vanished">Y ffeiliau tystiolaeth</translation>
    </message>
    <message>
        <source>The actions</source>
        <translation type="vanished">Y camau gweithredu</translation>
    </message>
    <message>
        <source>Review report (PDF, Word, ODT, HTML)…</source>
        <translation type="vanished">Adroddiad yr adolygiad (PDF, Word, ODT, HTML)…</translation>
    </message>
    <message>
        <source>Review table (XLSX, CSV)…</source>
        <translation type="vanished">Tabl yr adolygiad (XLSX, CSV)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Allforio</translation>
    </message>
</context>
<context>
    <name>qdf::gui::ReviewSummaryView</name>
    <message>
        <source>Counts per rating per checklist</source>
        <translation type="vanished">Cyfrifon fesul sgôr fesul rhestr wirio</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="vanished">Rhestr wirio</translation>
    </message>
    <message>
        <source>Chart of the ratings per checklist</source>
        <translation type="vanished">Siart o'r sgoriau fesul rhestr wirio</translation>
    </message>
    <message>
        <source>Gaps and their actions</source>
        <translation type="vanished">Bylchau a'u camau gweithredu</translation>
    </message>
    <message>
        <source>Gaps: items rated Not met or Partly met, with their actions</source>
        <translation type="vanished">Bylchau: eitemau â'r sgôr Heb ei fodloni neu Wedi'i fodloni'n rhannol, gyda'u camau gweithredu</translation>
    </message>
    <message>
        <source>Item or action</source>
        <translation type="vanished">Eitem neu gam gweithredu</translation>
    </message>
    <message>
        <source>Rating, who, by when</source>
        <translation type="vanished">Sgôr, pwy, erbyn pryd</translation>
    </message>
    <message>
        <source>Since an earlier review</source>
        <translation type="vanished">Ers adolygiad cynharach</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="vanished">Cymharu â:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="vanished">Cymharu â</translation>
    </message>
    <message>
        <source>Ratings changed since the earlier review</source>
        <translation type="vanished">Sgoriau a newidiodd ers yr adolygiad cynharach</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="vanished">Eitem</translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="vanished">Bryd hynny</translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="vanished">Nawr</translation>
    </message>
    <message>
        <source>The summary of “%1”</source>
        <translation type="vanished">Crynodeb “%1”</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation type="vanished">Dim cam gweithredu eto</translation>
    </message>
    <message>
        <source>No item is rated Not met or Partly met.</source>
        <translation type="vanished">Nid oes unrhyw eitem â'r sgôr Heb ei fodloni neu Wedi'i fodloni'n rhannol.</translation>
    </message>
    <message>
        <source>The earlier reviews</source>
        <translation type="vanished">Yr adolygiadau cynharach</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>Earlier reviews cannot be read</source>
        <translation type="vanished">Ni ellir darllen adolygiadau cynharach</translation>
    </message>
    <message>
        <source>No earlier review of this subject</source>
        <translation type="vanished">Dim adolygiad cynharach o'r pwnc hwn</translation>
    </message>
    <message>
        <source>The earlier review</source>
        <translation type="vanished">Yr adolygiad cynharach</translation>
    </message>
    <message>
        <source>What changed since the earlier review</source>
        <translation type="vanished">Beth sydd wedi newid ers yr adolygiad cynharach</translation>
    </message>
    <message>
        <source>Ratings per checklist</source>
        <translation type="vanished">Sgoriau fesul rhestr wirio</translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="vanished">Wedi'i fodloni</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="vanished">Yn rhannol</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="vanished">Heb ei fodloni</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="vanished">Amh.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="vanished">Ddim eto</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation type="vanished">, </translation>
    </message>
    <message>
        <source>%1. %2. The table of counts above holds the same figures.</source>
        <translation type="vanished">%1. %2. Mae'r tabl cyfrifon uchod yn dal yr un ffigurau.</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="vanished">; </translation>
    </message>
</context>
<context>
    <name>qdf::gui::SaveAsYouType</name>
    <message>
        <source>All changes saved</source>
        <translation type="vanished">Pob newid wedi'i gadw</translation>
    </message>
    <message>
        <source>the window says why</source>
        <translation type="vanished">mae'r ffenestr yn dweud pam</translation>
    </message>
    <message>
        <source>Unsaved changes: saved when you pause</source>
        <translation type="vanished">Newidiadau heb eu cadw: cânt eu cadw pan fyddwch yn oedi</translation>
    </message>
    <message>
        <source>Not saved yet (%1). Your changes are kept here and saved when possible.</source>
        <translation type="vanished">Heb ei gadw eto (%1). Mae eich newidiadau'n cael eu dal yma a'u cadw pan fydd modd.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="vanished">Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Your changes to %1 could not be saved (%2). Keep editing to try again or to copy your text somewhere safe, or discard them.</source>
        <translation type="vanished">Nid oedd modd cadw eich newidiadau i %1 (%2). Daliwch ati i olygu i roi cynnig arall arni neu i gopïo eich testun i rywle diogel, neu gwaredwch nhw.</translation>
    </message>
</context>
<context>
    <name>qdf::gui::ScheduleDialog</name>
    <message>
        <source>Send back to draft</source>
        <translation type="vanished">Anfon yn ôl i'r drafft</translation>
    </message>
    <message>
        <source>Put forward for sign-off</source>
        <translation type="vanished">Cyflwyno i'w chymeradwyo</translation>
    </message>
    <message>
        <source>Mark as signed off</source>
        <translation type="vanished">Marcio ei bod wedi'i chymeradwyo</translation>
    </message>
    <message>
        <source>Adopt into the Framework</source>
        <translation type="vanished">Mabwysiadu i'r Fframwaith</translation>
    </message>
    <message>
        <source>The Schedule: text, maturity and sign-off, history</source>
        <translation type="vanished">Yr Atodlen: testun, aeddfedrwydd a chymeradwyaeth, hanes</translation>
    </message>
    <message>
        <source>Schedule title</source>
        <translation type="vanished">Teitl yr Atodlen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="vanished">&amp;Teitl:</translation>
    </message>
    <message>
        <source>Schedule text (Markdown)</source>
        <translation type="vanished">Testun yr Atodlen (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation type="vanished">Cadw &amp;nawr</translation>
    </message>
    <message>
        <source>Your typing is saved as you go; one sitting in the editor makes one version.</source>
        <translation type="vanished">Caiff yr hyn a deipiwch ei gadw wrth i chi fynd; mae un sesiwn yn y golygydd yn creu un fersiwn.</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="vanished">&amp;Testun</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="vanished">Wedi'i chymeradwyo gan:</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="vanished">Cymeradwyaethau</translation>
    </message>
    <message>
        <source>&amp;Maturity and sign-off</source>
        <translation type="vanished">&amp;Aeddfedrwydd a chymeradwyaeth</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation type="vanished">Fersiwn hŷn</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation type="vanished">Fersiwn mwy newydd</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="vanished">Cymharu</translation>
    </message>
    <message>
        <source>with</source>
        <translation type="vanished">â</translation>
    </message>
    <message>
        <source>Older version, removed words struck through</source>
        <translation type="vanished">Fersiwn hŷn, â llinell drwy'r geiriau a dynnwyd</translation>
    </message>
    <message>
        <source>Newer version, added words underlined</source>
        <translation type="vanished">Fersiwn mwy newydd, â llinell o dan y geiriau a ychwanegwyd</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="vanished">&amp;Hanes</translation>
    </message>
    <message>
        <source>Unsaved changes: saved when you pause</source>
        <translation type="vanished">Newidiadau heb eu cadw: cânt eu cadw pan fyddwch yn oedi</translation>
    </message>
    <message>
        <source>This Schedule cannot be read: %1</source>
        <translation type="vanished">Ni ellir darllen yr Atodlen hon: %1</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation type="vanished">Atodlen %1</translation>
    </message>
    <message>
        <source>Schedule %1 · %2 · version %3</source>
        <translation type="vanished">Atodlen %1 · %2 · fersiwn %3</translation>
    </message>
    <message>
        <source>This version is the work of %1.</source>
        <translation type="vanished">Gwaith %1 yw'r fersiwn hwn.</translation>
    </message>
    <message>
        <source>All changes saved (version %1, %2)</source>
        <translation type="vanished">Pob newid wedi'i gadw (fersiwn %1, %2)</translation>
    </message>
    <message>
        <source>This workbook is open read-only.</source>
        <translation type="vanished">Mae'r llyfr gwaith hwn ar agor i'w ddarllen yn unig.</translation>
    </message>
    <message>
        <source>This Schedule is “%1”. Only the production team can change it, in the master copy; a change there starts a new draft version.</source>
        <translation type="vanished">Statws yr Atodlen hon yw “%1”. Dim ond y tîm cynhyrchu all ei newid, yn y prif gopi; mae newid yno yn dechrau fersiwn drafft newydd.</translation>
    </message>
    <message>
        <source>This Schedule is “%1”. Saving a change starts a new draft version; the signed version stays in the history.</source>
        <translation type="vanished">Statws yr Atodlen hon yw “%1”. Mae cadw newid yn dechrau fersiwn drafft newydd; mae'r fersiwn a gymeradwywyd yn aros yn yr hanes.</translation>
    </message>
    <message>
        <source>%1, %2 — version %3, %4</source>
        <translation type="vanished">%1, %2 — fersiwn %3, %4</translation>
    </message>
    <message>
        <source>Nobody has signed this Schedule yet.</source>
        <translation type="vanished">Nid oes neb wedi cymeradwyo'r Atodlen hon eto.</translation>
    </message>
    <message>
        <source>Sign off version %1 as %2</source>
        <translation type="vanished">Cymeradwyo fersiwn %1 fel %2</translation>
    </message>
    <message>
        <source>Version %1 (%2, %3)</source>
        <translation type="vanished">Fersiwn %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="vanished">Nawr: %1</translation>
    </message>
    <message>
        <source>Needs at least one sign-off of version %1 first.</source>
        <translation type="vanished">Mae angen o leiaf un gymeradwyaeth i fersiwn %1 yn gyntaf.</translation>
    </message>
    <message>
        <source>Not saved yet. Your text is kept here and will be saved when possible.</source>
        <translation type="vanished">Heb ei gadw eto. Mae eich testun yn aros yma a chaiff ei gadw pan fydd hynny'n bosibl.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="vanished">Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Your changes to Schedule %1 could not be saved (the window says why). Keep editing to try again or to copy your text somewhere safe, or discard them.</source>
        <translation type="vanished">Nid oedd modd cadw eich newidiadau i Atodlen %1 (mae'r ffenestr yn dweud pam). Daliwch ati i olygu i roi cynnig arall arni neu i gopïo eich testun i rywle diogel, neu gwaredwch nhw.</translation>
    </message>
</context>
<context>
    <name>qdf::gui::SchedulesPanel</name>
    <message>
        <source>Draft Schedules</source>
        <translation type="vanished">Atodlenni drafft</translation>
    </message>
    <message>
        <source>New Schedule…</source>
        <translation type="vanished">Atodlen newydd…</translation>
    </message>
    <message>
        <source>New Schedule</source>
        <translation type="vanished">Atodlen newydd</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="vanished">Agor…</translation>
    </message>
    <message>
        <source>The draft Schedules</source>
        <translation type="vanished">Yr Atodlenni drafft</translation>
    </message>
    <message>
        <source>%1  %2 — %3, version %4</source>
        <translation type="vanished">%1  %2 — %3, fersiwn %4</translation>
    </message>
    <message>
        <source>No Schedules drafted in this section yet.</source>
        <translation type="vanished">Nid oes Atodlenni wedi'u drafftio yn yr adran hon eto.</translation>
    </message>
</context>
<context>
    <name>qdf::gui::ScoringGrid</name>
    <message>
        <source>Self-assessment: choose a level for each element</source>
        <translation type="vanished">Hunanasesiad: dewiswch lefel ar gyfer pob elfen</translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="vanished">Elfen</translation>
    </message>
    <message>
        <source>Press %1 to choose this level</source>
        <translation type="vanished">Pwyswch %1 i ddewis y lefel hon</translation>
    </message>
    <message>
        <source>The round</source>
        <translation type="vanished">Y rownd</translation>
    </message>
    <message>
        <source>The round's scores</source>
        <translation type="vanished">Sgoriau'r rownd</translation>
    </message>
    <message>
        <source>%1 — %2 of 20 · %3</source>
        <translation type="vanished">%1 — %2 o 20 · %3</translation>
    </message>
    <message>
        <source>%1 — incomplete (%2 of 5 rated)</source>
        <translation type="vanished">%1 — anghyflawn (%2 o 5 wedi'u sgorio)</translation>
    </message>
</context>
<context>
    <name>qdf::gui::SearchPage</name>
    <message>
        <source>Answer</source>
        <translation type="vanished">Ateb</translation>
    </message>
    <message>
        <source>Working example</source>
        <translation type="vanished">Enghraifft waith</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="vanished">Atodlen</translation>
    </message>
    <message>
        <source>Reference material</source>
        <translation type="vanished">Deunydd cyfeirio</translation>
    </message>
    <message>
        <source>Search the Workbook</source>
        <translation type="vanished">Chwilio'r llyfr gwaith</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation type="vanished">Chwilio am</translation>
    </message>
    <message>
        <source>Words to find in answers, examples, Schedules and reference notes</source>
        <translation type="vanished">Geiriau i'w canfod mewn atebion, enghreifftiau, Atodlenni a nodiadau cyfeirio</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="vanished">Canlyniadau chwilio</translation>
    </message>
    <message>
        <source>The search</source>
        <translation type="vanished">Y chwiliad</translation>
    </message>
    <message>
        <source>The sections</source>
        <translation type="vanished">Yr adrannau</translation>
    </message>
    <message>
        <source>Nothing found for "%1".</source>
        <translation type="vanished">Dim byd wedi'i ganfod ar gyfer "%1".</translation>
    </message>
</context>
<context>
    <name>qdf::gui::SectionPage</name>
    <message>
        <source>Open questions</source>
        <translation type="vanished">Cwestiynau agored</translation>
    </message>
    <message>
        <source>The open questions of %1</source>
        <translation type="vanished">Cwestiynau agored %1</translation>
    </message>
</context>
<context>
    <name>qdf::gui::SignerKeys</name>
    <message>
        <source>&amp;Confirm these keys</source>
        <translation type="vanished">&amp;Cadarnhau'r allweddi hyn</translation>
    </message>
    <message>
        <source>Confirm the keys met for the first time</source>
        <translation type="vanished">Cadarnhau'r allweddi a welwyd am y tro cyntaf</translation>
    </message>
    <message>
        <source>Confirm keys</source>
        <translation type="vanished">Cadarnhau allweddi</translation>
    </message>
    <message>
        <source>%1 is signed by a new key %2, not the key %3 that %4 signed with before. If %4 has a new computer or a new key, compare this fingerprint with them (by telephone) and accept it; otherwise someone else signed it: leave it.</source>
        <translation type="vanished">Mae %1 wedi'i lofnodi ag allwedd newydd %2, nid yr allwedd %3 y llofnododd %4 â hi o'r blaen. Os oes gan %4 gyfrifiadur newydd neu allwedd newydd, cymharwch yr ôl bys hwn â nhw (dros y ffôn) a'i derbyn; fel arall, rhywun arall a'i llofnododd: peidiwch â'i derbyn.</translation>
    </message>
    <message>
        <source>%1 is signed by %2's key %3, seen for the first time: compare this fingerprint with them (by telephone, not by reply to the e-mail) before you confirm it.</source>
        <translation type="vanished">Mae %1 wedi'i lofnodi ag allwedd %2, %3, a welwyd am y tro cyntaf: cymharwch yr ôl bys hwn â nhw (dros y ffôn, nid drwy ateb yr e-bost) cyn i chi ei chadarnhau.</translation>
    </message>
    <message>
        <source>The keys are confirmed.</source>
        <translation type="vanished">Mae'r allweddi wedi'u cadarnhau.</translation>
    </message>
</context>
<context>
    <name>qdf::gui::StartLiveDialog</name>
    <message>
        <source>Start live session</source>
        <translation type="vanished">Dechrau sesiwn fyw</translation>
    </message>
    <message>
        <source>Participants score the round “%1” from their own phones and laptops, blind until you reveal. The phones must reach this laptop: choose the address it has on the room's network, or on the laptop's own hotspot where the venue's Wi-Fi keeps devices apart.</source>
        <translation type="vanished">Mae cyfranogwyr yn sgorio'r rownd “%1” o'u ffonau a'u gliniaduron eu hunain, heb weld sgoriau ei gilydd nes i chi eu datgelu. Rhaid i'r ffonau allu cyrraedd y gliniadur hwn: dewiswch y cyfeiriad sydd ganddo ar rwydwaith yr ystafell, neu ar fan cyswllt y gliniadur ei hun lle mae Wi-Fi'r lleoliad yn cadw dyfeisiau ar wahân.</translation>
    </message>
    <message>
        <source>%1 (this computer only)</source>
        <translation type="vanished">%1 (y cyfrifiadur hwn yn unig)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="vanished">&amp;Gwrando ar:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="vanished">&amp;Dechrau</translation>
    </message>
</context>
<context>
    <name>qdf::gui::StepGuidance</name>
    <message>
        <source>Model %1: %2</source>
        <translation type="vanished">Model %1: %2</translation>
    </message>
    <message>
        <source>Guidance for model %1</source>
        <translation type="vanished">Arweiniad ar gyfer model %1</translation>
    </message>
    <message>
        <source>%1: guidance for each model</source>
        <translation type="vanished">%1: arweiniad ar gyfer pob model</translation>
    </message>
    <message>
        <source>Choose a step above.</source>
        <translation type="vanished">Dewiswch gam uchod.</translation>
    </message>
    <message>
        <source>Model %1: %2 (in use)</source>
        <translation type="vanished">Model %1: %2 (yn cael ei ddefnyddio)</translation>
    </message>
</context>
<context>
    <name>qdf::gui::SyncMenu</name>
    <message>
        <source>&amp;Sync</source>
        <translation type="vanished">&amp;Cysoni</translation>
    </message>
    <message>
        <source>&amp;Join a programme…</source>
        <translation type="vanished">&amp;Ymuno â rhaglen…</translation>
    </message>
    <message>
        <source>&amp;Export contribution…</source>
        <translation type="vanished">&amp;Allforio cyfraniad…</translation>
    </message>
    <message>
        <source>Export contribution</source>
        <translation type="vanished">Allforio cyfraniad</translation>
    </message>
    <message>
        <source>QDF contribution (*.qdfsync)</source>
        <translation type="vanished">Cyfraniad QDF (*.qdfsync)</translation>
    </message>
    <message>
        <source>Export contribution a&amp;nonymously…</source>
        <translation type="vanished">Allforio cyfraniad yn dd&amp;ienw…</translation>
    </message>
    <message>
        <source>Export contribution anonymously</source>
        <translation type="vanished">Allforio cyfraniad yn ddienw</translation>
    </message>
    <message>
        <source>&amp;Import contributions…</source>
        <translation type="vanished">&amp;Mewnforio cyfraniadau…</translation>
    </message>
    <message>
        <source>Import contributions</source>
        <translation type="vanished">Mewnforio cyfraniadau</translation>
    </message>
    <message>
        <source>QDF contributions (*.qdfsync);;All files (*)</source>
        <translation type="vanished">Cyfraniadau QDF (*.qdfsync);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>&amp;Review conflicts and contributions…</source>
        <translation type="vanished">Ado&amp;lygu achosion o wrthdaro a chyfraniadau…</translation>
    </message>
    <message>
        <source>&amp;Publish update…</source>
        <translation type="vanished">&amp;Cyhoeddi diweddariad…</translation>
    </message>
    <message>
        <source>Publish update</source>
        <translation type="vanished">Cyhoeddi diweddariad</translation>
    </message>
    <message>
        <source>QDF update (*.qdfupdate)</source>
        <translation type="vanished">Diweddariad QDF (*.qdfupdate)</translation>
    </message>
    <message>
        <source>&amp;Apply update…</source>
        <translation type="vanished">&amp;Rhoi diweddariad ar waith…</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation type="vanished">Rhoi diweddariad ar waith</translation>
    </message>
    <message>
        <source>QDF update (*.qdfupdate);;All files (*)</source>
        <translation type="vanished">Diweddariad QDF (*.qdfupdate);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>&amp;Undo last import</source>
        <translation type="vanished">&amp;Dadwneud y mewnforio diwethaf</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation type="vanished">Dadwneud y mewnforio diwethaf</translation>
    </message>
    <message>
        <source>Put this workbook back as it was before the last import? Changes made since to the same items are kept.</source>
        <translation type="vanished">Rhoi'r llyfr gwaith hwn yn ôl fel yr oedd cyn y mewnforio diwethaf? Caiff newidiadau a wnaed i'r un eitemau ers hynny eu cadw.</translation>
    </message>
    <message>
        <source>The programme's master copy, or an update it published</source>
        <translation type="vanished">Prif gopi'r rhaglen, neu ddiweddariad a gyhoeddodd</translation>
    </message>
    <message>
        <source>Master copy or update (*.qdf *.qdfupdate);;All files (*)</source>
        <translation type="vanished">Prif gopi neu ddiweddariad (*.qdf *.qdfupdate);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Join the programme</source>
        <translation type="vanished">Ymuno â'r rhaglen</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="vanished">Eich enw:</translation>
    </message>
    <message>
        <source>Save your workbook as</source>
        <translation type="vanished">Cadw eich llyfr gwaith fel</translation>
    </message>
    <message>
        <source>QDF Workbench files (*.qdf)</source>
        <translation type="vanished">Ffeiliau QDF Workbench (*.qdf)</translation>
    </message>
    <message>
        <source>Master revision %1</source>
        <translation type="vanished">Diwygiad meistr %1</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation type="vanished">
            <numerusform>%n mewnforiad</numerusform>
            <numerusform>%n mewnforiad</numerusform>
            <numerusform>%n mewnforiad</numerusform>
            <numerusform>%n mewnforiad</numerusform>
            <numerusform>%n mewnforiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer contribution(s) to review</source>
        <translation type="vanished">
            <numerusform>%n cyfraniad ateb i'w adolygu</numerusform>
            <numerusform>%n cyfraniad ateb i'w adolygu</numerusform>
            <numerusform>%n cyfraniad ateb i'w adolygu</numerusform>
            <numerusform>%n cyfraniad ateb i'w adolygu</numerusform>
            <numerusform>%n cyfraniad ateb i'w adolygu</numerusform>
        </translation>
    </message>
    <message>
        <source>Based on master revision %1</source>
        <translation type="vanished">Yn seiliedig ar ddiwygiad meistr %1</translation>
    </message>
    <message>
        <source>Not based on a master</source>
        <translation type="vanished">Heb fod yn seiliedig ar feistr</translation>
    </message>
    <message>
        <source>last contribution %1</source>
        <translation type="vanished">cyfraniad diwethaf %1</translation>
    </message>
    <message>
        <source>no contribution sent yet</source>
        <translation type="vanished">dim cyfraniad wedi'i anfon eto</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting</source>
        <translation type="vanished">
            <numerusform>%n achos o wrthdaro yn aros</numerusform>
            <numerusform>%n achos o wrthdaro yn aros</numerusform>
            <numerusform>%n achos o wrthdaro yn aros</numerusform>
            <numerusform>%n achos o wrthdaro yn aros</numerusform>
            <numerusform>%n achos o wrthdaro yn aros</numerusform>
        </translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation type="vanished">dim gwrthdaro</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="vanished">allwedd %1</translation>
    </message>
    <message>
        <source>Could not join the programme: %1</source>
        <translation type="vanished">Nid oedd modd ymuno â'r rhaglen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Contribution written to %1 as from "%2", without your name; signed and sealed: %n change(s)</source>
        <translation type="vanished">
            <numerusform>Ysgrifennwyd y cyfraniad i %1 fel un gan "%2", heb eich enw; wedi'i lofnodi a'i selio: %n newid</numerusform>
            <numerusform>Ysgrifennwyd y cyfraniad i %1 fel un gan "%2", heb eich enw; wedi'i lofnodi a'i selio: %n newid</numerusform>
            <numerusform>Ysgrifennwyd y cyfraniad i %1 fel un gan "%2", heb eich enw; wedi'i lofnodi a'i selio: %n newid</numerusform>
            <numerusform>Ysgrifennwyd y cyfraniad i %1 fel un gan "%2", heb eich enw; wedi'i lofnodi a'i selio: %n newid</numerusform>
            <numerusform>Ysgrifennwyd y cyfraniad i %1 fel un gan "%2", heb eich enw; wedi'i lofnodi a'i selio: %n newid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contribution written to %1, signed and sealed: only the production team can read it: %n change(s)</source>
        <translation type="vanished">
            <numerusform>Cyfraniad wedi'i ysgrifennu i %1, wedi'i lofnodi a'i selio: dim ond y tîm cynhyrchu all ei ddarllen: %n newid</numerusform>
            <numerusform>Cyfraniad wedi'i ysgrifennu i %1, wedi'i lofnodi a'i selio: dim ond y tîm cynhyrchu all ei ddarllen: %n newid</numerusform>
            <numerusform>Cyfraniad wedi'i ysgrifennu i %1, wedi'i lofnodi a'i selio: dim ond y tîm cynhyrchu all ei ddarllen: %n newid</numerusform>
            <numerusform>Cyfraniad wedi'i ysgrifennu i %1, wedi'i lofnodi a'i selio: dim ond y tîm cynhyrchu all ei ddarllen: %n newid</numerusform>
            <numerusform>Cyfraniad wedi'i ysgrifennu i %1, wedi'i lofnodi a'i selio: dim ond y tîm cynhyrchu all ei ddarllen: %n newid</numerusform>
        </translation>
    </message>
    <message>
        <source>Update of master revision %1 written to %2</source>
        <translation type="vanished">Diweddariad o ddiwygiad meistr %1 wedi'i ysgrifennu i %2</translation>
    </message>
    <message>
        <source>Undid the import of %1</source>
        <translation type="vanished">Dadwnaed mewnforio %1</translation>
    </message>
</context>
<context>
    <name>qdf::gui::TextDialog</name>
    <message>
        <source>Title</source>
        <translation type="vanished">Teitl</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation type="vanished">Testun (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="vanished">&amp;Teitl:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="vanished">T&amp;estun:</translation>
    </message>
    <message>
        <source>it needs a title</source>
        <translation type="vanished">mae angen teitl arno</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation type="vanished">Gwaredu'r hyn a deipiwyd gennych?</translation>
    </message>
    <message>
        <source>Nothing is saved until you press OK. Discard what you typed, or keep editing?</source>
        <translation type="vanished">Ni chaiff dim ei gadw nes i chi bwyso Iawn. Gwaredu'r hyn a deipiwyd gennych, neu ddal ati i olygu?</translation>
    </message>
</context>
<context>
    <name>qdf::gui::UndoText</name>
    <message>
        <source>score of %1</source>
        <translation type="vanished">sgôr %1</translation>
    </message>
    <message>
        <source>agreed level of %1</source>
        <translation type="vanished">lefel y cytunwyd arni ar gyfer %1</translation>
    </message>
    <message>
        <source>improvement target for %1</source>
        <translation type="vanished">targed gwella ar gyfer %1</translation>
    </message>
    <message>
        <source>new action</source>
        <translation type="vanished">cam gweithredu newydd</translation>
    </message>
    <message>
        <source>new action %1</source>
        <translation type="vanished">cam gweithredu newydd %1</translation>
    </message>
    <message>
        <source>action sheet</source>
        <translation type="vanished">taflen camau gweithredu</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation type="vanished">cam gweithredu %1</translation>
    </message>
    <message>
        <source>removal of an action</source>
        <translation type="vanished">dileu cam gweithredu</translation>
    </message>
    <message>
        <source>removal of action %1</source>
        <translation type="vanished">dileu cam gweithredu %1</translation>
    </message>
    <message>
        <source>answer to %1</source>
        <translation type="vanished">ateb i %1</translation>
    </message>
    <message>
        <source>version %1 of an answer brought back</source>
        <translation type="vanished">adfer fersiwn %1 o ateb</translation>
    </message>
    <message>
        <source>new working example %1</source>
        <translation type="vanished">enghraifft waith newydd %1</translation>
    </message>
    <message>
        <source>working example %1</source>
        <translation type="vanished">enghraifft waith %1</translation>
    </message>
    <message>
        <source>order of the working examples</source>
        <translation type="vanished">trefn yr enghreifftiau gwaith</translation>
    </message>
    <message>
        <source>removal of working example %1</source>
        <translation type="vanished">dileu enghraifft waith %1</translation>
    </message>
    <message>
        <source>attaching %1</source>
        <translation type="vanished">atodi %1</translation>
    </message>
    <message>
        <source>note on %1</source>
        <translation type="vanished">nodyn ar %1</translation>
    </message>
    <message>
        <source>removal of %1</source>
        <translation type="vanished">dileu %1</translation>
    </message>
    <message>
        <source>text of Schedule %1</source>
        <translation type="vanished">testun Atodlen %1</translation>
    </message>
    <message>
        <source>status of milestone %1</source>
        <translation type="vanished">statws carreg filltir %1</translation>
    </message>
    <message>
        <source>rating of %1</source>
        <translation type="vanished">sgôr %1</translation>
    </message>
    <message>
        <source>new sub-question %1</source>
        <translation type="vanished">is-gwestiwn newydd %1</translation>
    </message>
    <message>
        <source>sub-question %1</source>
        <translation type="vanished">is-gwestiwn %1</translation>
    </message>
    <message>
        <source>order of the sub-questions</source>
        <translation type="vanished">trefn yr is-gwestiynau</translation>
    </message>
    <message>
        <source>removal of sub-question %1</source>
        <translation type="vanished">dileu is-gwestiwn %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="vanished">&amp;Dadwneud: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="vanished">&amp;Ailwneud: %1</translation>
    </message>
</context>
<context>
    <name>qdf::gui::UnreadableNotice</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="vanished">Ni ellir darllen %1: %2</translation>
    </message>
</context>
<context>
    <name>qdf::gui::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="vanished">Croeso</translation>
    </message>
    <message>
        <source>Ways to begin</source>
        <translation type="vanished">Ffyrdd o ddechrau</translation>
    </message>
    <message>
        <source>Welcome to QDF Workbench</source>
        <translation type="vanished">Croeso i QDF Workbench</translation>
    </message>
    <message>
        <source>Workbooks for commissioning together with the CAREMORE method. Choose how to begin; Help › User Guide (F1) explains each step.</source>
        <translation type="vanished">Llyfrau gwaith ar gyfer comisiynu ar y cyd gyda dull CAREMORE. Dewiswch sut i ddechrau; mae Cymorth › Canllaw defnyddiwr (F1) yn egluro pob cam.</translation>
    </message>
    <message>
        <source>Open the &amp;demo programme</source>
        <translation type="vanished">Agor y &amp;rhaglen arddangos</translation>
    </message>
    <message>
        <source>A fictional community nursing programme, with a master copy and three participants' workbooks, made in your own folder to try everything on.</source>
        <translation type="vanished">Rhaglen nyrsio cymunedol ddychmygol, gyda phrif gopi a llyfrau gwaith tri chyfranogwr, wedi'i chreu yn eich ffolder eich hun i roi cynnig ar bopeth.</translation>
    </message>
    <message>
        <source>&amp;Join a programme…</source>
        <translation type="vanished">&amp;Ymuno â rhaglen…</translation>
    </message>
    <message>
        <source>You take part in a programme: make your own workbook from the master copy or the update file the production team sent you.</source>
        <translation type="vanished">Rydych yn cymryd rhan mewn rhaglen: crëwch eich llyfr gwaith eich hun o'r prif gopi neu o'r ffeil diweddariad a anfonodd y tîm cynhyrchu atoch.</translation>
    </message>
    <message>
        <source>Start a &amp;new programme…</source>
        <translation type="vanished">Dechrau rhaglen &amp;newydd…</translation>
    </message>
    <message>
        <source>For the production team: a new master copy, which participants then join.</source>
        <translation type="vanished">Ar gyfer y tîm cynhyrchu: prif gopi newydd, y bydd cyfranogwyr yn ymuno ag ef wedyn.</translation>
    </message>
    <message>
        <source>&amp;Open a workbook…</source>
        <translation type="vanished">&amp;Agor llyfr gwaith…</translation>
    </message>
    <message>
        <source>A workbook file (.qdf) you have already.</source>
        <translation type="vanished">Ffeil llyfr gwaith (.qdf) sydd gennych eisoes.</translation>
    </message>
    <message>
        <source>Recent &amp;workbooks</source>
        <translation type="vanished">&amp;Llyfrau gwaith diweddar</translation>
    </message>
    <message>
        <source>Recent workbooks</source>
        <translation type="vanished">Llyfrau gwaith diweddar</translation>
    </message>
    <message>
        <source>&amp;Reopen the last workbook when the program starts</source>
        <translation type="vanished">A&amp;ilagor y llyfr gwaith diwethaf wrth gychwyn QDF Workbench</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <translation type="vanished">%1 — yn %2</translation>
    </message>
    <message>
        <source>None yet: the workbooks you open appear here.</source>
        <translation type="vanished">Dim un eto: bydd y llyfrau gwaith a agorwch yn ymddangos yma.</translation>
    </message>
</context>
<context>
    <name>qdf::gui::WorkbookDrop</name>
    <message>
        <source>One workbook at a time, please: drop a single .qdf file to open it.</source>
        <translation type="vanished">Un llyfr gwaith ar y tro, os gwelwch yn dda: gollyngwch un ffeil .qdf i'w hagor.</translation>
    </message>
    <message>
        <source>%1 is not a workbook: the window opens workbook files (.qdf). A contribution (.qdfsync) or an update (.qdfupdate) comes in with the Sync menu.</source>
        <translation type="vanished">Nid llyfr gwaith yw %1: mae'r ffenestr yn agor ffeiliau llyfr gwaith (.qdf). Daw cyfraniad (.qdfsync) neu ddiweddariad (.qdfupdate) i mewn drwy'r ddewislen Cysoni.</translation>
    </message>
</context>
<context>
    <name>qdf::gui::WorkbookSession</name>
    <message>
        <source>Agree a level first, then note the discussion.</source>
        <translation type="vanished">Cytunwch ar lefel yn gyntaf, yna nodwch y drafodaeth.</translation>
    </message>
    <message>
        <source>A sub-question needs its text.</source>
        <translation type="vanished">Mae angen testun ar is-gwestiwn.</translation>
    </message>
    <message>
        <source>Evidence needs a file name.</source>
        <translation type="vanished">Mae angen enw ffeil ar dystiolaeth.</translation>
    </message>
    <message>
        <source>“%1” cannot be %2: %3 changed it since, and that change is kept.</source>
        <translation type="vanished">Ni ellir %2 “%1”: mae %3 wedi'i newid ers hynny, a chaiff y newid hwnnw ei gadw.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="vanished">dadwneud</translation>
    </message>
    <message>
        <source>redone</source>
        <translation type="vanished">ailwneud</translation>
    </message>
</context>
<context>
    <name>qdf::gui::WorkshopBar</name>
    <message>
        <source>Workshop timer</source>
        <translation type="vanished">Amserydd y gweithdy</translation>
    </message>
</context>
<context>
    <name>qdf::gui::WorkshopTimer</name>
    <message>
        <source>Workshop timer, five minutes a driver:</source>
        <translation type="vanished">Amserydd y gweithdy, pum munud i bob sbardun:</translation>
    </message>
    <message>
        <source>Time left for this driver</source>
        <translation type="vanished">Amser ar ôl ar gyfer y sbardun hwn</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation type="vanished">Dechrau neu oedi'r amserydd</translation>
    </message>
    <message>
        <source>Next driver</source>
        <translation type="vanished">Sbardun nesaf</translation>
    </message>
    <message>
        <source>Five more minutes, for the next driver</source>
        <translation type="vanished">Pum munud arall, ar gyfer y sbardun nesaf</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="vanished">Ailosod</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="vanished">%1 o %2: %3</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="vanished">Oedi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="vanished">Dechrau</translation>
    </message>
</context>
<context>
    <name>qdf::gui::reports</name>
    <message>
        <source>Publish the Framework</source>
        <translation>Cyhoeddi'r Fframwaith</translation>
    </message>
    <message>
        <source>Export the Workbook</source>
        <translation>Allforio'r llyfr gwaith</translation>
    </message>
    <message>
        <source>Quality and Delivery Framework.pdf</source>
        <translation>Fframwaith Ansawdd a Darparu.pdf</translation>
    </message>
    <message>
        <source>Workbook.pdf</source>
        <translation>Llyfr gwaith.pdf</translation>
    </message>
    <message>
        <source>Include the Schedules not yet adopted into the Framework? Each is marked DRAFT on every page it appears.</source>
        <translation>Cynnwys yr Atodlenni nad ydynt wedi'u mabwysiadu i'r Fframwaith eto? Caiff pob un ei marcio'n DRAFFT ar bob tudalen y mae'n ymddangos arni.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;Web page (*.html)</source>
        <translation>Dogfen PDF (*.pdf);;Dogfen Word (*.docx);;Testun OpenDocument (*.odt);;Tudalen we (*.html)</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .pdf, .docx, .odt or .html</source>
        <translation>%1: dewiswch enw sy'n gorffen â .pdf, .docx, .odt neu .html</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Llyfr gwaith Excel (*.xlsx);;Tabl CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .xlsx or .csv</source>
        <translation>%1: dewiswch enw sy'n gorffen â .xlsx neu .csv</translation>
    </message>
</context>
<context>
    <name>qdf::import</name>
    <message>
        <source>is larger than %1 MB</source>
        <translation>mae'n fwy na %1 MB</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>nid yw'n destun UTF-8</translation>
    </message>
    <message>
        <source>reading this kind of file needs %1, which is not installed (Debian package %2)</source>
        <translation>mae angen %1 i ddarllen y math hwn o ffeil, ac nid yw wedi'i osod (pecyn Debian %2)</translation>
    </message>
    <message>
        <source>took longer than a minute to read, and was given up</source>
        <translation>cymerodd fwy na munud i'w darllen, a rhoddwyd y gorau iddi</translation>
    </message>
    <message>
        <source>could not be read as a document (%1)</source>
        <translation>nid oedd modd ei darllen fel dogfen (%1)</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>rheswm anhysbys</translation>
    </message>
    <message>
        <source>is not a Word or OpenDocument file (it is not a zip package)</source>
        <translation>nid yw'n ffeil Word nac OpenDocument (nid yw'n becyn zip)</translation>
    </message>
</context>
<context>
    <name>qdf::keys</name>
    <message>
        <source>%1: the workbook's signing key cannot be read (%2)</source>
        <translation>%1: ni ellir darllen allwedd lofnodi'r llyfr gwaith (%2)</translation>
    </message>
    <message>
        <source>%1: the workbook's signing key is damaged</source>
        <translation>%1: mae allwedd lofnodi'r llyfr gwaith wedi'i difrodi</translation>
    </message>
    <message>
        <source>%1: the folder for signing keys cannot be made</source>
        <translation>%1: ni ellir creu'r ffolder ar gyfer allweddi llofnodi</translation>
    </message>
    <message>
        <source>%1: the signing key could not be written (%2)</source>
        <translation>%1: nid oedd modd ysgrifennu'r allwedd lofnodi (%2)</translation>
    </message>
    <message>
        <source>no signing key can be made on this computer (libsodium found no source of randomness)</source>
        <translation>ni ellir creu allwedd lofnodi ar y cyfrifiadur hwn (ni chanfu libsodium unrhyw ffynhonnell hap)</translation>
    </message>
</context>
<context>
    <name>qdf::keys::Keys</name>
    <message>
        <source>the workbook's new signing key was not kept</source>
        <translation type="vanished">ni chadwyd allwedd lofnodi newydd y llyfr gwaith</translation>
    </message>
    <message>
        <source>%1: this workbook's signing key (%2) is not on this computer's account, so nothing can be signed as its owner: if this is your workbook, copy its key file %3 from the computer it was made on, or make a new key with 'qdf keys new' (the production team or the participants then accept it)</source>
        <translation type="vanished">%1: nid yw allwedd lofnodi'r llyfr gwaith hwn (%2) ar gyfrif y cyfrifiadur hwn, felly ni ellir llofnodi dim fel ei berchennog: os mai eich llyfr gwaith chi yw hwn, copïwch ei ffeil allwedd %3 o'r cyfrifiadur y cafodd ei greu arno, neu crëwch allwedd newydd gyda 'qdf keys new' (yna bydd y tîm cynhyrchu neu'r cyfranogwyr yn ei derbyn)</translation>
    </message>
    <message>
        <source>%1: no key with the fingerprint %2 (see 'qdf keys list')</source>
        <translation type="vanished">%1: dim allwedd â'r ôl bys %2 (gweler 'qdf keys list')</translation>
    </message>
    <message>
        <source>%1: %2 names more than one key: give more of the fingerprint</source>
        <translation type="vanished">%1: mae %2 yn cyfateb i fwy nag un allwedd: rhowch fwy o'r ôl bys</translation>
    </message>
    <message>
        <source>%1: %2 is this workbook's own key</source>
        <translation type="vanished">%1: %2 yw allwedd y llyfr gwaith hwn ei hun</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation type="vanished">yr allwedd %1</translation>
    </message>
    <message>
        <source>%1: %2 is this workbook's own key: make a new one with 'qdf keys new'</source>
        <translation type="vanished">%1: %2 yw allwedd y llyfr gwaith hwn ei hun: crëwch un newydd gyda 'qdf keys new'</translation>
    </message>
</context>
<context>
    <name>qdf::packs</name>
    <message>
        <source>[English] %1</source>
        <extracomment>A text of a content pack shown in English because it has no translation yet; %1 is the English.</extracomment>
        <translation>[Saesneg] %1</translation>
    </message>
</context>
<context>
    <name>qdf::privacy</name>
    <message>
        <source>a participant</source>
        <translation>cyfranogwr</translation>
    </message>
    <message>
        <source>a participant, %1</source>
        <translation>cyfranogwr, %1</translation>
    </message>
    <message>
        <source>Removed: %1, %2, %3.</source>
        <translation>Wedi'u tynnu: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer contribution(s) nobody used</source>
        <translation>
            <numerusform>%n cyfraniad ateb na ddefnyddiodd neb</numerusform>
            <numerusform>%n cyfraniad ateb na ddefnyddiodd neb</numerusform>
            <numerusform>%n cyfraniad ateb na ddefnyddiodd neb</numerusform>
            <numerusform>%n cyfraniad ateb na ddefnyddiodd neb</numerusform>
            <numerusform>%n cyfraniad ateb na ddefnyddiodd neb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Catalyst rating(s) in rounds with no agreed level</source>
        <translation>
            <numerusform>%n sgôr Catalydd mewn rowndiau heb lefel y cytunwyd arni</numerusform>
            <numerusform>%n sgôr Catalydd mewn rowndiau heb lefel y cytunwyd arni</numerusform>
            <numerusform>%n sgôr Catalydd mewn rowndiau heb lefel y cytunwyd arni</numerusform>
            <numerusform>%n sgôr Catalydd mewn rowndiau heb lefel y cytunwyd arni</numerusform>
            <numerusform>%n sgôr Catalydd mewn rowndiau heb lefel y cytunwyd arni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) or proposal(s) their bundles raised</source>
        <translation>
            <numerusform>%n achos o wrthdaro neu gynnig a gododd eu bwndeli</numerusform>
            <numerusform>%n achos o wrthdaro neu gynnig a gododd eu bwndeli</numerusform>
            <numerusform>%n achos o wrthdaro neu gynnig a gododd eu bwndeli</numerusform>
            <numerusform>%n achos o wrthdaro neu gynnig a gododd eu bwndeli</numerusform>
            <numerusform>%n achos o wrthdaro neu gynnig a gododd eu bwndeli</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept under "%1": %2, %3, %4.</source>
        <translation>Wedi'u cadw dan "%1": %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer contribution(s) an answer was composed from</source>
        <translation>
            <numerusform>%n cyfraniad ateb y lluniwyd ateb ohonynt</numerusform>
            <numerusform>%n cyfraniad ateb y lluniwyd ateb ohono</numerusform>
            <numerusform>%n cyfraniad ateb y lluniwyd ateb ohonynt</numerusform>
            <numerusform>%n cyfraniad ateb y lluniwyd ateb ohonynt</numerusform>
            <numerusform>%n cyfraniad ateb y lluniwyd ateb ohonynt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Catalyst rating(s) in rounds with agreed levels, without their notes</source>
        <translation>
            <numerusform>%n sgôr Catalydd mewn rowndiau â lefelau y cytunwyd arnynt, heb eu nodiadau</numerusform>
            <numerusform>%n sgôr Catalydd mewn rowndiau â lefelau y cytunwyd arnynt, heb eu nodiadau</numerusform>
            <numerusform>%n sgôr Catalydd mewn rowndiau â lefelau y cytunwyd arnynt, heb eu nodiadau</numerusform>
            <numerusform>%n sgôr Catalydd mewn rowndiau â lefelau y cytunwyd arnynt, heb eu nodiadau</numerusform>
            <numerusform>%n sgôr Catalydd mewn rowndiau â lefelau y cytunwyd arnynt, heb eu nodiadau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s)</source>
        <translation>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n gymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
        </translation>
    </message>
    <message>
        <source>Their name replaced in %1 and %2; %3 (their workbook is refused from now on); %4.</source>
        <translation>Rhoddwyd rhywbeth arall yn lle eu henw mewn %1 a %2; %3 (gwrthodir eu llyfr gwaith o hyn ymlaen); %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept state(s)</source>
        <translation>
            <numerusform>%n cyflwr a gadwyd</numerusform>
            <numerusform>%n cyflwr a gadwyd</numerusform>
            <numerusform>%n cyflwr a gadwyd</numerusform>
            <numerusform>%n cyflwr a gadwyd</numerusform>
            <numerusform>%n cyflwr a gadwyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) forgotten</source>
        <translation>
            <numerusform>%n allwedd wedi'u hanghofio</numerusform>
            <numerusform>%n allwedd wedi'i hanghofio</numerusform>
            <numerusform>%n allwedd wedi'u hanghofio</numerusform>
            <numerusform>%n allwedd wedi'u hanghofio</numerusform>
            <numerusform>%n allwedd wedi'u hanghofio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) no longer undoable</source>
        <translation>
            <numerusform>%n mewnforiad na ellir eu dadwneud mwyach</numerusform>
            <numerusform>%n mewnforiad na ellir ei ddadwneud mwyach</numerusform>
            <numerusform>%n mewnforiad na ellir eu dadwneud mwyach</numerusform>
            <numerusform>%n mewnforiad na ellir eu dadwneud mwyach</numerusform>
            <numerusform>%n mewnforiad na ellir eu dadwneud mwyach</numerusform>
        </translation>
    </message>
    <message>
        <source>The backups made before it are deleted, and the master's next update erases them from the participants' copies. It cannot be undone.</source>
        <translation>Dilëir y copïau wrth gefn a wnaed cyn hynny, ac mae diweddariad nesaf y meistr yn eu dileu o gopïau'r cyfranogwyr. Ni ellir ei ddadwneud.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before it deleted.</source>
        <translation>
            <numerusform>Dilëwyd %n copi wrth gefn a wnaed cyn hynny.</numerusform>
            <numerusform>Dilëwyd %n copi wrth gefn a wnaed cyn hynny.</numerusform>
            <numerusform>Dilëwyd %n copi wrth gefn a wnaed cyn hynny.</numerusform>
            <numerusform>Dilëwyd %n copi wrth gefn a wnaed cyn hynny.</numerusform>
            <numerusform>Dilëwyd %n copi wrth gefn a wnaed cyn hynny.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was rebuilt without free pages.</source>
        <translation>Ailadeiladwyd y ffeil heb dudalennau rhydd.</translation>
    </message>
    <message>
        <source>The file could not be rebuilt (%1): what was erased is overwritten with zeros, but the file keeps its size until it is.</source>
        <translation>Ni ellid ailadeiladu'r ffeil (%1): ysgrifennwyd seroau dros yr hyn a ddilëwyd, ond mae'r ffeil yn cadw ei maint nes iddi gael ei hailadeiladu.</translation>
    </message>
    <message>
        <source>%1 comes from the workbook of a participant erased from this master on %2 (now "%3" in its records): it is refused, so that what was erased does not come back; nothing was taken in. If they are to take part again, they join afresh with a new workbook: its first contribution is a new participant's, with a new key to confirm</source>
        <translation>Daw %1 o lyfr gwaith cyfranogwr a ddilëwyd o'r meistr hwn ar %2 ("%3" yn ei gofnodion bellach): fe'i gwrthodir, fel na ddaw'r hyn a ddilëwyd yn ôl; ni fewnforiwyd dim. Os ydyn nhw i gymryd rhan eto, maen nhw'n ymuno o'r newydd â llyfr gwaith newydd: cyfraniad cyfranogwr newydd yw ei gyfraniad cyntaf, gydag allwedd newydd i'w chadarnhau</translation>
    </message>
    <message>
        <source>"%1" could be any of %2: name one exactly</source>
        <translation>Gallai "%1" fod yn unrhyw un o %2: enwch un yn union</translation>
    </message>
    <message>
        <source>nobody called "%1" is named in %2 (the people it names: 'qdf person list')</source>
        <translation>nid oes neb o'r enw "%1" wedi'i enwi yn %2 (y bobl y mae'n eu henwi: 'qdf person list')</translation>
    </message>
    <message>
        <source>working example</source>
        <translation>enghraifft waith</translation>
    </message>
    <message>
        <source>reference file</source>
        <translation>ffeil gyfeirio</translation>
    </message>
</context>
<context>
    <name>qdf::privacy::ErasureStore</name>
    <message>
        <source>%1 is a participant's workbook: a person is erased in the master, by the production team, and the master's next update erases them here too</source>
        <translation type="vanished">Llyfr gwaith cyfranogwr yw %1: yn y meistr y mae'r tîm cynhyrchu yn dileu person, ac mae diweddariad nesaf y meistr yn eu dileu yma hefyd</translation>
    </message>
    <message>
        <source>%1 is this workbook's owner: a workbook's owner is not erased from it</source>
        <translation type="vanished">%1 yw perchennog y llyfr gwaith hwn: nid yw perchennog llyfr gwaith yn cael ei ddileu ohono</translation>
    </message>
</context>
<context>
    <name>qdf::report</name>
    <message>
        <source>We need to achieve...</source>
        <translation>Mae angen i ni gyflawni...</translation>
    </message>
    <message>
        <source>So that we can...</source>
        <translation>Er mwyn i ni allu...</translation>
    </message>
    <message>
        <source>By doing...</source>
        <translation>Drwy wneud...</translation>
    </message>
    <message>
        <source>By when...</source>
        <translation>Erbyn pryd...</translation>
    </message>
    <message>
        <source>Involving...</source>
        <translation>Yn cynnwys...</translation>
    </message>
    <message>
        <source>How critical, how well</source>
        <translation>Pa mor hanfodol, pa mor dda</translation>
    </message>
    <message>
        <source>Resources needed...</source>
        <translation>Adnoddau sydd eu hangen...</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Dim camau gweithredu eto.</translation>
    </message>
    <message>
        <source>Improves</source>
        <translation>Yn gwella</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation>Cam gweithredu %1: %2</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>Cynllunio gweithredu</translation>
    </message>
    <message>
        <source>What we are trying to achieve</source>
        <translation>Yr hyn rydym yn ceisio ei gyflawni</translation>
    </message>
    <message>
        <source>Lead person for delivery</source>
        <translation>Person arweiniol ar gyfer cyflawni</translation>
    </message>
    <message>
        <source>Support roles and what is required</source>
        <translation>Rolau cymorth a'r hyn sydd ei angen</translation>
    </message>
    <message>
        <source>What will really make the difference?</source>
        <translation>Beth fydd yn gwneud gwahaniaeth go iawn?</translation>
    </message>
    <message>
        <source>Detailed action planning</source>
        <translation>Cynllunio gweithredu manwl</translation>
    </message>
    <message>
        <source>Review points</source>
        <translation>Pwyntiau adolygu</translation>
    </message>
    <message>
        <source>What we expect to have achieved</source>
        <translation>Yr hyn rydym yn disgwyl ei gyflawni erbyn hynny</translation>
    </message>
    <message>
        <source>What we have achieved</source>
        <translation>Yr hyn rydym wedi'i gyflawni</translation>
    </message>
    <message>
        <source>Learning points and plan to progress</source>
        <translation>Pwyntiau dysgu a chynllun i symud ymlaen</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Sbardun</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Prioritised Improvement Target</source>
        <translation>Targed Gwella wedi'i Flaenoriaethu</translation>
    </message>
    <message>
        <source>incomplete (%1 of 5)</source>
        <translation>anghyflawn (%1 o 5)</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>Levels given</source>
        <translation>Lefelau a roddwyd</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Ystod</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Canolrif</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Y cytunwyd arni</translation>
    </message>
    <message>
        <source>Note of the discussion</source>
        <translation>Nodyn o'r drafodaeth</translation>
    </message>
    <message>
        <source>Driver or element</source>
        <translation>Sbardun neu elfen</translation>
    </message>
    <message>
        <source>Scores at a glance</source>
        <translation>Sgoriau yn gryno</translation>
    </message>
    <message>
        <source>Agreed total, of 20</source>
        <translation>Cyfanswm y cytunwyd arno, o 20</translation>
    </message>
    <message>
        <source>Score and band</source>
        <translation>Sgôr a band</translation>
    </message>
    <message>
        <source>Detailed assessment</source>
        <translation>Asesiad manwl</translation>
    </message>
    <message>
        <source>Each element at the level the group agreed, with the approaches to change the workbook gives at that level.</source>
        <translation>Pob elfen ar y lefel y cytunodd y grŵp arni, gyda'r dulliau o newid y mae'r llyfr gwaith yn eu rhoi ar y lefel honno.</translation>
    </message>
    <message>
        <source>not agreed yet</source>
        <translation>heb gytuno arni eto</translation>
    </message>
    <message>
        <source>Agreed level</source>
        <translation>Lefel y cytunwyd arni</translation>
    </message>
    <message>
        <source>What it looks like</source>
        <translation>Sut mae'n edrych</translation>
    </message>
    <message>
        <source>Approaches to change</source>
        <translation>Dulliau o newid</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>A Catalyst for Change: self-assessment</source>
        <translation>Catalydd Newid: hunanasesiad</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Rownd: %1</translation>
    </message>
    <message>
        <source>Round: %1 · Date completed: %2</source>
        <translation>Rownd: %1 · Dyddiad cwblhau: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) scored individually; the group agreed the scores below.</source>
        <translation>
            <numerusform>Sgoriodd %n cyfranogwr yn unigol; cytunodd y grŵp ar y sgoriau isod.</numerusform>
            <numerusform>Sgoriodd %n cyfranogwr yn unigol; cytunodd y grŵp ar y sgoriau isod.</numerusform>
            <numerusform>Sgoriodd %n cyfranogwr yn unigol; cytunodd y grŵp ar y sgoriau isod.</numerusform>
            <numerusform>Sgoriodd %n cyfranogwr yn unigol; cytunodd y grŵp ar y sgoriau isod.</numerusform>
            <numerusform>Sgoriodd %n cyfranogwr yn unigol; cytunodd y grŵp ar y sgoriau isod.</numerusform>
        </translation>
    </message>
    <message>
        <source>The final scores</source>
        <translation>Y sgoriau terfynol</translation>
    </message>
    <message>
        <source>The group view</source>
        <translation>Y golwg grŵp</translation>
    </message>
    <message>
        <source>Elements where people differed most come first.</source>
        <translation>Daw'r elfennau lle'r oedd pobl yn anghytuno fwyaf yn gyntaf.</translation>
    </message>
    <message>
        <source>Levels given, in order: %1.</source>
        <translation>Lefelau a roddwyd, yn eu trefn: %1.</translation>
    </message>
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
        <source>Framework Agreement</source>
        <translation>Cytundeb Fframwaith</translation>
    </message>
    <message>
        <source>Shadow framework</source>
        <translation>Fframwaith cysgodol</translation>
    </message>
    <message>
        <source>About this Framework</source>
        <translation>Am y Fframwaith hwn</translation>
    </message>
    <message>
        <source>A Quality and Delivery Framework describes a comprehensive specification for delivering high quality services within a structure that enables rigorous evaluation. It is produced with the CAREMORE method of collaborative commissioning: information is gathered in each of its seven sections until the products are mature enough to be signed off by the participants and adopted into the Framework as Schedules.</source>
        <translation>Mae Fframwaith Ansawdd a Darparu yn disgrifio manyleb gynhwysfawr ar gyfer darparu gwasanaethau o ansawdd uchel o fewn strwythur sy'n galluogi gwerthuso trylwyr. Caiff ei lunio gyda dull CAREMORE o gomisiynu cydweithredol: caiff gwybodaeth ei chasglu ym mhob un o'i saith adran nes bod y cynhyrchion yn ddigon aeddfed i'r cyfranogwyr eu cymeradwyo a'u mabwysiadu i'r Fframwaith fel Atodlenni.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>Its product</source>
        <translation>Ei chynnyrch</translation>
    </message>
    <message>
        <source>Production follows three stages: a baseline evaluation of readiness that informs a shadow framework; full production of the Schedules, ending in a signed Framework Agreement; and handover, where the Framework is embedded locally as the ongoing management arrangement.</source>
        <translation>Mae'r gwaith cynhyrchu'n dilyn tri cham: gwerthusiad sylfaenol o barodrwydd sy'n llywio fframwaith cysgodol; cynhyrchu'r Atodlenni'n llawn, gan orffen gyda Chytundeb Fframwaith wedi'i lofnodi; a throsglwyddo, lle caiff y Fframwaith ei ymgorffori'n lleol fel y trefniant rheoli parhaus.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Ffynhonnell: %1.</translation>
    </message>
    <message>
        <source>Document control</source>
        <translation>Rheoli dogfennau</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Argraffiad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>Cedwir gan</translation>
    </message>
    <message>
        <source>Revision %1 of the master copy</source>
        <translation>Diwygiad %1 o'r prif gopi</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>heb ei chymeradwyo eto</translation>
    </message>
    <message>
        <source>Schedules and their sign-off</source>
        <translation>Atodlenni a'u cymeradwyaeth</translation>
    </message>
    <message>
        <source>No Schedule is included in this edition yet.</source>
        <translation>Nid oes Atodlen wedi'i chynnwys yn yr argraffiad hwn eto.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Atodlen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Aeddfedrwydd</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Cymeradwywyd gan</translation>
    </message>
    <message>
        <source>Stage status</source>
        <translation>Statws y camau</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Cam %1: %2</translation>
    </message>
    <message>
        <source>No milestones yet.</source>
        <translation>Dim cerrig milltir eto.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Carreg filltir</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Stage 1: Baseline evaluation →</source>
        <translation>Cam 1: Gwerthusiad sylfaenol →</translation>
    </message>
    <message>
        <source>Stage 2: Full production →</source>
        <translation>Cam 2: Cynhyrchu llawn →</translation>
    </message>
    <message>
        <source>Stage 3: Handover</source>
        <translation>Cam 3: Trosglwyddo</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 o %2 cwestiwn wedi'u hateb</translation>
    </message>
    <message>
        <source>no Schedule in production</source>
        <translation>dim Atodlen yn cael ei chynhyrchu</translation>
    </message>
    <message>
        <source>%1 adopted into the Framework</source>
        <translation>%1 wedi'u mabwysiadu i'r Fframwaith</translation>
    </message>
    <message>
        <source>nothing adopted yet</source>
        <translation>dim wedi'i fabwysiadu eto</translation>
    </message>
    <message>
        <source>Production Matrix</source>
        <translation>Matrics Cynhyrchu</translation>
    </message>
    <message>
        <source>The seven sections across the three production stages; each product flows from left to right.</source>
        <translation>Y saith adran ar draws y tri cham cynhyrchu; mae pob cynnyrch yn llifo o'r chwith i'r dde.</translation>
    </message>
    <message>
        <source>only the master copy is published as the Framework; this is %1's workbook</source>
        <translation>dim ond y prif gopi sy'n cael ei gyhoeddi fel y Fframwaith; llyfr gwaith %1 yw hwn</translation>
    </message>
    <message>
        <source>Quality and Delivery Framework</source>
        <translation>Fframwaith Ansawdd a Darparu</translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · diwygiad %2</translation>
    </message>
    <message>
        <source>Draft — not for approval</source>
        <translation>Drafft — nid i'w gymeradwyo</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <source>Revision %1 of the master copy, published %2</source>
        <translation>Diwygiad %1 o'r prif gopi, cyhoeddwyd %2</translation>
    </message>
    <message>
        <source>Kept by %1, %2</source>
        <translation>Cedwir gan %1, %2</translation>
    </message>
    <message>
        <source>This edition includes Schedules not yet adopted into the Framework. Each is marked DRAFT.</source>
        <translation>Mae'r argraffiad hwn yn cynnwys Atodlenni nad ydynt wedi'u mabwysiadu i'r Fframwaith eto. Mae pob un wedi'i nodi'n DRAFFT.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>QDF Index</source>
        <translation>Mynegai'r QDF</translation>
    </message>
    <message>
        <source>No Schedule has been adopted into the Framework yet.</source>
        <translation>Nid oes Atodlen wedi'i mabwysiadu i'r Fframwaith eto.</translation>
    </message>
    <message>
        <source>No Schedule drafted for this section yet.</source>
        <translation>Nid oes Atodlen wedi'i drafftio ar gyfer yr adran hon eto.</translation>
    </message>
    <message>
        <source>No Schedule adopted for this section yet.</source>
        <translation>Nid oes Atodlen wedi'i mabwysiadu ar gyfer yr adran hon eto.</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Heb ei adolygu eto</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (erbyn %2)</translation>
    </message>
    <message>
        <source>a procurement exercise</source>
        <translation>ymarfer caffael</translation>
    </message>
    <message>
        <source>a contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <source>a commissioning system</source>
        <translation>system gomisiynu</translation>
    </message>
    <message>
        <source>not yet reviewed %1</source>
        <translation>heb ei adolygu eto %1</translation>
    </message>
    <message>
        <source>Steps from time and task towards model %1, with the guidance for that model.</source>
        <translation>Camau o amser a thasg tuag at fodel %1, gyda'r canllawiau ar gyfer y model hwnnw.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Guidance for model %1</source>
        <translation>Arweiniad ar gyfer model %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Nodwedd</translation>
    </message>
    <message>
        <source>In place?</source>
        <translation>Ar waith?</translation>
    </message>
    <message>
        <source>Also asked:
%1</source>
        <translation>Gofynnwyd hefyd:
%1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Tystiolaeth: %1</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Parth</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Tystiolaeth a nodiadau</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Nodiadau tystiolaeth</translation>
    </message>
    <message>
        <source>Sub-questions</source>
        <translation>Is-gwestiynau</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Ffeiliau tystiolaeth</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Commissioning review</source>
        <translation>Adolygiad comisiynu</translation>
    </message>
    <message>
        <source>Commissioning review · %1</source>
        <translation>Adolygiad comisiynu · %1</translation>
    </message>
    <message>
        <source>What is reviewed</source>
        <translation>Beth sy'n cael ei adolygu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Adolygwyr</translation>
    </message>
    <message>
        <source>Outcome-based model</source>
        <translation>Model sy'n seiliedig ar ganlyniadau</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Eitemau</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Sgoriau</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Bylchau</translation>
    </message>
    <message>
        <source>No item is rated Not met or Partly met.</source>
        <translation>Nid oes unrhyw eitem â'r sgôr Heb ei fodloni neu Wedi'i fodloni'n rhannol.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Ers %1</translation>
    </message>
    <message>
        <source>No rating has changed.</source>
        <translation>Nid oes unrhyw sgôr wedi newid.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cynt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Rhestrau gwirio</translation>
    </message>
    <message>
        <source>Schedule %1  %2</source>
        <translation>Atodlen %1  %2</translation>
    </message>
    <message>
        <source> — DRAFT</source>
        <translation> — DRAFFT</translation>
    </message>
    <message>
        <source>Version %1 · %2 · last changed by %3, %4</source>
        <translation>Fersiwn %1 · %2 · newidiwyd ddiwethaf gan %3, %4</translation>
    </message>
    <message>
        <source>Signed off by: %1</source>
        <translation>Cymeradwywyd gan: %1</translation>
    </message>
    <message>
        <source>DRAFT: not yet adopted into the Framework.</source>
        <translation>DRAFFT: heb ei mabwysiadu i'r Fframwaith eto.</translation>
    </message>
    <message>
        <source>no temporary folder for the spreadsheet: %1</source>
        <translation>dim ffolder dros dro ar gyfer y daenlen: %1</translation>
    </message>
    <message>
        <source>the spreadsheet could not be started</source>
        <translation>nid oedd modd dechrau'r daenlen</translation>
    </message>
    <message>
        <source>the spreadsheet could not be written: %1</source>
        <translation>nid oedd modd ysgrifennu'r daenlen: %1</translation>
    </message>
    <message>
        <source>No Schedule yet.</source>
        <translation>Dim Atodlen eto.</translation>
    </message>
    <message>
        <source>CAREMORE Workbook</source>
        <translation>Llyfr gwaith CAREMORE</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Printed %1 · revision %2 · its contents are always draft</source>
        <translation>Argraffwyd %1 · diwygiad %2 · mae ei gynnwys bob amser yn ddrafft</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Fersiwn %1, %2</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Heb ei ateb eto.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Dim eto.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>the PDF's bookmarks could not be added: %1</source>
        <translation>nid oedd modd ychwanegu nodau tudalen y PDF: %1</translation>
    </message>
    <message>
        <source>the pages could not be started</source>
        <translation>nid oedd modd dechrau'r tudalennau</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAFFT</translation>
    </message>
    <message>
        <source>the pages could not be finished</source>
        <translation>nid oedd modd gorffen y tudalennau</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>fformat anhysbys</translation>
    </message>
    <message>
        <source>the document could not be packed</source>
        <translation>nid oedd modd pecynnu'r ddogfen</translation>
    </message>
    <message>
        <source>[Picture left out: %1 — %2]</source>
        <translation>[Llun wedi'i adael allan: %1 — %2]</translation>
    </message>
    <message>
        <source>pictures are never fetched from the internet</source>
        <translation>ni chaiff lluniau byth eu nôl o'r rhyngrwyd</translation>
    </message>
    <message>
        <source>not a file stored in the workbook</source>
        <translation>nid yw'n ffeil a gedwir yn y llyfr gwaith</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or GIF picture</source>
        <translation>nid yw %1 yn llun PNG, JPEG na GIF</translation>
    </message>
    <message>
        <source>%1 has too many pixels (%2 × %3) to print</source>
        <translation>mae gan %1 ormod o bicseli (%2 × %3) i'w argraffu</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <source>Everything about %1</source>
        <translation>Popeth am %1</translation>
    </message>
    <message>
        <source>What %1 holds about this person, exported on %2 by %3.</source>
        <translation>Yr hyn sydd gan %1 am y person hwn, wedi'i allforio ar %2 gan %3.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Workbooks and keys</source>
        <translation>Llyfrau gwaith ac allweddi</translation>
    </message>
    <message>
        <source>no key held</source>
        <translation>dim allwedd wedi'i chadw</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Llyfr gwaith</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Ôl bys yr allwedd</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Ymddiried</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Gwelwyd gyntaf</translation>
    </message>
    <message>
        <source>What they sent and rated</source>
        <translation>Yr hyn a anfonon nhw ac a sgorion nhw</translation>
    </message>
    <message>
        <source>Answer contributions</source>
        <translation>Cyfraniadau ateb</translation>
    </message>
    <message>
        <source>Sent %1 · %2</source>
        <translation>Anfonwyd %1 · %2</translation>
    </message>
    <message>
        <source>Catalyst ratings</source>
        <translation>Sgoriau Catalydd</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rownd</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <source>Review ratings</source>
        <translation>Graddau adolygu</translation>
    </message>
    <message>
        <source>What they wrote and signed</source>
        <translation>Yr hyn a ysgrifennon nhw ac a gymeradwyon nhw</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Fersiwn %1 · %2</translation>
    </message>
    <message>
        <source>Schedule versions</source>
        <translation>Fersiynau Atodlenni</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, fersiwn %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Cymeradwyaethau</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <source>Working examples and reference files</source>
        <translation>Enghreifftiau gwaith a ffeiliau cyfeirio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <source>The records that name them</source>
        <translation>Y cofnodion sy'n eu henwi</translation>
    </message>
    <message>
        <source>Imports of their contributions</source>
        <translation>Mewnforion eu cyfraniadau</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Cyfraniad</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Mewnforiwyd</translation>
    </message>
    <message>
        <source>Conflicts and proposals</source>
        <translation>Achosion o wrthdaro a chynigion</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Rows that name them, by table</source>
        <translation>Rhesi sy'n eu henwi, fesul tabl</translation>
    </message>
    <message>
        <source>Table and column</source>
        <translation>Tabl a cholofn</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <source>Other texts that write their name</source>
        <translation>Testunau eraill sy'n ysgrifennu eu henw</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Words around it</source>
        <translation>Y geiriau o'i gwmpas</translation>
    </message>
    <message>
        <source>[Not translated]</source>
        <extracomment>Printed in a document where a text has not been written in the document's language.</extracomment>
        <translation>[Heb ei gyfieithu]</translation>
    </message>
</context>
<context>
    <name>qdf::report::flow</name>
    <message>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
</context>
<context>
    <name>qdf::review</name>
    <message>
        <source>Payment by Results looks appropriate: every feature is in place.</source>
        <translation>Mae Talu yn ôl Canlyniadau yn edrych yn briodol: mae pob nodwedd ar waith.</translation>
    </message>
    <message>
        <source>Payment by Results does not look appropriate: at least one feature is missing.</source>
        <translation>Nid yw Talu yn ôl Canlyniadau yn edrych yn briodol: mae o leiaf un nodwedd ar goll.</translation>
    </message>
    <message>
        <source>Whether Payment by Results is appropriate is not yet clear: some features are unsure.</source>
        <translation>Nid yw'n glir eto a yw Talu yn ôl Canlyniadau yn briodol: mae rhai nodweddion yn ansicr.</translation>
    </message>
    <message numerus="yes">
        <source>No verdict on Payment by Results yet: %n feature(s) not yet answered.</source>
        <translation>
            <numerusform>Dim dyfarniad ar Dalu yn ôl Canlyniadau eto: %n nodwedd heb eu hateb eto.</numerusform>
            <numerusform>Dim dyfarniad ar Dalu yn ôl Canlyniadau eto: %n nodwedd heb ei hateb eto.</numerusform>
            <numerusform>Dim dyfarniad ar Dalu yn ôl Canlyniadau eto: %n nodwedd heb eu hateb eto.</numerusform>
            <numerusform>Dim dyfarniad ar Dalu yn ôl Canlyniadau eto: %n nodwedd heb eu hateb eto.</numerusform>
            <numerusform>Dim dyfarniad ar Dalu yn ôl Canlyniadau eto: %n nodwedd heb eu hateb eto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qdf::review::ReviewStore</name>
    <message>
        <source>a review needs a title</source>
        <translation type="vanished">mae angen teitl ar adolygiad</translation>
    </message>
    <message>
        <source>model %1 is not 1, 2 or 3</source>
        <translation type="vanished">nid yw model %1 yn 1, 2 na 3</translation>
    </message>
    <message>
        <source>a review needs at least one checklist (see 'qdf review checklists')</source>
        <translation type="vanished">mae angen o leiaf un rhestr wirio ar adolygiad (gweler 'qdf review checklists')</translation>
    </message>
    <message>
        <source>no checklist "%1" (see 'qdf review checklists')</source>
        <translation type="vanished">nid oes rhestr wirio "%1" (gweler 'qdf review checklists')</translation>
    </message>
    <message>
        <source>what is reviewed is a procurement, a contract or a system, not "%1"</source>
        <translation type="vanished">rhaid i'r hyn a adolygir fod yn gaffael, yn gontract neu'n system, nid "%1"</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation type="vanished">nid yw "%1" yn ddyddiad (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>no review "%1"</source>
        <translation type="vanished">nid oes adolygiad "%1"</translation>
    </message>
    <message>
        <source>no item "%1" in this review's checklists (see 'qdf review checklists')</source>
        <translation type="vanished">nid oes eitem "%1" yn rhestrau gwirio'r adolygiad hwn (gweler 'qdf review checklists')</translation>
    </message>
    <message>
        <source>"%1" is in more than one of this review's checklists: write CHECKLIST/%1</source>
        <translation type="vanished">mae "%1" mewn mwy nag un o restrau gwirio'r adolygiad hwn: ysgrifennwch CHECKLIST/%1</translation>
    </message>
    <message>
        <source>this review does not use the checklist "%1"</source>
        <translation type="vanished">nid yw'r adolygiad hwn yn defnyddio'r rhestr wirio "%1"</translation>
    </message>
    <message>
        <source>no item "%1" in the checklist "%2"</source>
        <translation type="vanished">nid oes eitem "%1" yn y rhestr wirio "%2"</translation>
    </message>
    <message>
        <source>"%1" is not a rating for %2: use %3</source>
        <translation type="vanished">nid yw "%1" yn sgôr ar gyfer %2: defnyddiwch %3</translation>
    </message>
    <message>
        <source>a sub-question needs its text</source>
        <translation type="vanished">mae angen testun ar is-gwestiwn</translation>
    </message>
    <message>
        <source>no sub-question %1</source>
        <translation type="vanished">nid oes is-gwestiwn %1</translation>
    </message>
    <message>
        <source>evidence needs a file name</source>
        <translation type="vanished">mae angen enw ffeil ar dystiolaeth</translation>
    </message>
    <message>
        <source>no evidence file %1</source>
        <translation type="vanished">nid oes ffeil dystiolaeth %1</translation>
    </message>
</context>
<context>
    <name>qdf::rules</name>
    <message>
        <source>a new Schedule starts as a draft; this one arrived as "%1"</source>
        <translation>mae Atodlen newydd yn dechrau fel drafft; cyrhaeddodd hon fel "%1"</translation>
    </message>
    <message>
        <source>Schedule %1 is %2 in the master: a participant's change to it waits for the production team</source>
        <translation>aeddfedrwydd Atodlen %1 yn y meistr yw %2: mae newid gan gyfranogwr iddi yn aros am y tîm cynhyrchu</translation>
    </message>
    <message>
        <source>Schedule %1 is %2: only the production team can change it, in the master copy</source>
        <translation>aeddfedrwydd Atodlen %1 yw %2: dim ond y tîm cynhyrchu all ei newid, yn y prif gopi</translation>
    </message>
    <message>
        <source>%1 moved Schedule %2 to "%3" in their workbook; in the master the production team decides its maturity (it is %4)</source>
        <translation>symudodd %1 Atodlen %2 i "%3" yn llyfr gwaith y cyfranogwr; yn y meistr, y tîm cynhyrchu sy'n penderfynu ar ei haeddfedrwydd (%4 yw hi ar hyn o bryd)</translation>
    </message>
    <message>
        <source>Schedule %1 cannot move from %2 to %3</source>
        <translation>ni all Atodlen %1 symud o %2 i %3</translation>
    </message>
    <message>
        <source>only the production team adopts Schedules into the Framework, in the master copy</source>
        <translation>dim ond y tîm cynhyrchu sy'n mabwysiadu Atodlenni i'r Fframwaith, yn y prif gopi</translation>
    </message>
    <message>
        <source>Schedule %1 has no sign-off of its current version yet</source>
        <translation>nid yw fersiwn cyfredol Atodlen %1 wedi'i gymeradwyo eto</translation>
    </message>
    <message>
        <source>Schedule %1 is %2; only a Schedule ready for sign-off can be signed</source>
        <translation>aeddfedrwydd Atodlen %1 yw %2; dim ond Atodlen sy'n barod i'w chymeradwyo y gellir ei chymeradwyo</translation>
    </message>
    <message>
        <source>%1 has already signed version %2 of Schedule %3</source>
        <translation>mae %1 eisoes wedi cymeradwyo fersiwn %2 o Atodlen %3</translation>
    </message>
    <message>
        <source>the sections and questions are the production team's: a contribution cannot change them</source>
        <translation>y tîm cynhyrchu biau'r adrannau a'r cwestiynau: ni all cyfraniad eu newid</translation>
    </message>
    <message>
        <source>the questions and explanations are the production team's: they are changed in the master and arrive here with its updates</source>
        <translation>y tîm cynhyrchu biau'r cwestiynau a'r esboniadau: cânt eu newid yn y meistr a chyrraedd yma gyda'i ddiweddariadau</translation>
    </message>
    <message>
        <source>%1's ratings came from their own workbook: they change them there and send them again</source>
        <translation>daeth sgoriau %1 o lyfr gwaith y cyfranogwr: rhaid eu newid yno a'u hanfon eto</translation>
    </message>
    <message>
        <source>a person is erased in the master, by the production team: the master's next update erases them from this workbook too</source>
        <translation>yn y meistr y mae'r tîm cynhyrchu yn dileu person: mae diweddariad nesaf y meistr yn eu dileu o'r llyfr gwaith hwn hefyd</translation>
    </message>
    <message>
        <source>only the production team erases a person, in the master itself</source>
        <translation>dim ond y tîm cynhyrchu sy'n dileu person, yn y meistr ei hun</translation>
    </message>
</context>
<context>
    <name>qdf::sql</name>
    <message>
        <source>the disk is full: free some space and try again; nothing was changed</source>
        <translation>mae'r ddisg yn llawn: rhyddhewch ychydig o le a rhowch gynnig arall arni; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>the disk could not be read or written: check the drive (and that it has space) and try again; nothing was changed</source>
        <translation>nid oedd modd darllen o'r ddisg nac ysgrifennu iddi: gwiriwch y gyriant (a bod lle arno) a rhowch gynnig arall arni; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>the file cannot be written: it or its folder is read-only; nothing was changed</source>
        <translation>nid oes modd ysgrifennu i'r ffeil: mae hi neu ei ffolder yn ddarllen yn unig; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>mae'r ffeil wedi'i difrodi (%1)</translation>
    </message>
    <message>
        <source>another program is using the workbook: try again in a moment; nothing was changed</source>
        <translation>mae rhaglen arall yn defnyddio'r llyfr gwaith: rhowch gynnig arall arni mewn munud; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>the file cannot be opened: check that it exists and that you may read it and its folder</source>
        <translation>nid oes modd agor y ffeil: gwiriwch ei bod yn bodoli a bod gennych hawl i'w darllen hi a'i ffolder</translation>
    </message>
    <message>
        <source>there is not enough memory: close other programs and try again; nothing was changed</source>
        <translation>nid oes digon o gof: caewch raglenni eraill a rhowch gynnig arall arni; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>permission denied: check that you may read and write the file and its folder; nothing was changed</source>
        <translation>gwrthodwyd caniatâd: gwiriwch fod gennych hawl i ddarllen ac ysgrifennu'r ffeil a'i ffolder; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>a text or file is too large to keep; nothing was changed</source>
        <translation>mae testun neu ffeil yn rhy fawr i'w gadw; ni newidiwyd dim</translation>
    </message>
    <message>
        <source>QDF Workbench could not do this (%1); nothing was changed</source>
        <translation>nid oedd QDF Workbench yn gallu gwneud hyn (%1); ni newidiwyd dim</translation>
    </message>
</context>
<context>
    <name>qdf::sync</name>
    <message>
        <source>the file is %1; a bundle or update may be up to %2 (QDF_MAX_BUNDLE_MB): nothing was taken in</source>
        <translation>maint y ffeil yw %1; caiff bwndel neu ddiweddariad fod hyd at %2 (QDF_MAX_BUNDLE_MB): ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>is not signed (made by QDF Workbench before signatures): nothing proves who made it or that it is unchanged; take it in only if you know where it came from, with --allow-unsigned</source>
        <translation>nid yw wedi'i lofnodi (fe'i gwnaed gan QDF Workbench cyn cyflwyno llofnodion): does dim yn profi pwy a'i gwnaeth na'i fod heb ei newid; mewnforiwch ef dim ond os ydych yn gwybod o ble y daeth, gyda --allow-unsigned</translation>
    </message>
    <message>
        <source>belongs to the programme "%1", not to "%2"</source>
        <translation>mae'n perthyn i'r rhaglen "%1", nid i "%2"</translation>
    </message>
    <message>
        <source>sealed to another key: this workbook holds no key that opens it (for a contribution, only the programme's master can read it)</source>
        <translation>wedi'i selio i allwedd arall: nid oes gan y llyfr gwaith hwn allwedd sy'n ei agor (ar gyfer cyfraniad, dim ond meistr y rhaglen all ei ddarllen)</translation>
    </message>
    <message>
        <source>its outside does not match its signed content: it was changed after it was signed</source>
        <translation>nid yw ei du allan yn cyfateb i'w gynnwys wedi'i lofnodi: cafodd ei newid ar ôl iddo gael ei lofnodi</translation>
    </message>
    <message>
        <source>the bundle has no list of changes</source>
        <translation>nid oes rhestr newidiadau yn y bwndel</translation>
    </message>
    <message>
        <source>holds %1 changes; a bundle holds at most %2</source>
        <translation>mae'n cynnwys %1 newid; gall bwndel gynnwys %2 ar y mwyaf</translation>
    </message>
    <message>
        <source>a change without its state</source>
        <translation>newid heb ei gyflwr</translation>
    </message>
    <message>
        <source>a change of no known item</source>
        <translation>newid i eitem anhysbys</translation>
    </message>
    <message>
        <source>%1: its base is not an item</source>
        <translation>%1: nid eitem yw ei sail</translation>
    </message>
    <message>
        <source>not a whole QDF bundle (truncated, or not a bundle at all)</source>
        <translation>nid yw'n fwndel QDF cyfan (mae wedi'i gwtogi, neu nid yw'n fwndel o gwbl)</translation>
    </message>
    <message>
        <source>"%1" is no section</source>
        <translation>nid yw "%1" yn adran</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>nid yw %1 yn rhif cyfan o %2 i %3</translation>
    </message>
    <message>
        <source>"%1" is not one of %2</source>
        <translation>nid yw "%1" yn un o %2</translation>
    </message>
    <message>
        <source>"%1" is not a date</source>
        <translation>nid yw "%1" yn ddyddiad</translation>
    </message>
    <message>
        <source>"%1" is not a time</source>
        <translation>nid yw "%1" yn amser</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>mae'n wag</translation>
    </message>
    <message>
        <source>"%1" is not a maturity</source>
        <translation>nid yw "%1" yn aeddfedrwydd</translation>
    </message>
    <message>
        <source>"%1" is not a key</source>
        <translation>nid yw "%1" yn allwedd</translation>
    </message>
    <message>
        <source>a review has from 1 to %1 checklists</source>
        <translation>mae gan adolygiad rhwng 1 a %1 rhestr wirio</translation>
    </message>
    <message>
        <source>%1 is no checklist</source>
        <translation>nid yw %1 yn rhestr wirio</translation>
    </message>
    <message>
        <source>it is not a SHA-256 hash</source>
        <translation>nid yw'n stwnsh SHA-256</translation>
    </message>
    <message>
        <source>a file needs a name</source>
        <translation>mae angen enw ar ffeil</translation>
    </message>
    <message>
        <source>a file name of %1 bytes is too long</source>
        <translation>mae enw ffeil o %1 beit yn rhy hir</translation>
    </message>
    <message>
        <source>its key is not one QDF Workbench makes</source>
        <translation>nid yw'r allwedd yn un y mae QDF Workbench yn ei chreu</translation>
    </message>
    <message>
        <source>its key is not round/participant/element</source>
        <translation>nid yw'r allwedd ar ffurf round/participant/element</translation>
    </message>
    <message>
        <source>"%1" is no element of the Catalyst for Change</source>
        <translation>nid yw "%1" yn elfen o'r Catalydd Newid</translation>
    </message>
    <message>
        <source>its key is not review/checklist/item</source>
        <translation>nid yw'r allwedd ar ffurf review/checklist/item</translation>
    </message>
    <message>
        <source>"%1" is no checklist</source>
        <translation>nid yw "%1" yn rhestr wirio</translation>
    </message>
    <message>
        <source>"%1" is no item of the checklist "%2"</source>
        <translation>nid yw "%1" yn eitem yn y rhestr wirio "%2"</translation>
    </message>
    <message>
        <source>"%1" is not a rating of the checklist "%2" (%3)</source>
        <translation>nid yw "%1" yn sgôr yn y rhestr wirio "%2" (%3)</translation>
    </message>
    <message>
        <source>it is of no kind QDF Workbench knows</source>
        <translation>nid yw o unrhyw fath y mae QDF Workbench yn ei adnabod</translation>
    </message>
    <message>
        <source>a %1 does not travel as a deletion</source>
        <translation>ni chaiff eitem %1 ei hanfon fel dileiad</translation>
    </message>
    <message>
        <source>it has a field "%1" that no %2 has</source>
        <translation>mae ganddi faes "%1" nad oes gan unrhyw eitem %2</translation>
    </message>
    <message>
        <source>its field "%1" is missing</source>
        <translation>mae'r maes "%1" ar goll</translation>
    </message>
    <message>
        <source>its field "%1" is not %2</source>
        <translation>nid yw'r maes "%1" yn %2</translation>
    </message>
    <message>
        <source>its field "%1": %2</source>
        <translation>y maes "%1": %2</translation>
    </message>
    <message>
        <source>the file is %1; an attachment may be up to %2 (QDF_MAX_ATTACHMENT_MB)</source>
        <translation>maint y ffeil yw %1; caiff atodiad fod hyd at %2 (QDF_MAX_ATTACHMENT_MB)</translation>
    </message>
    <message>
        <source>its file is not base64</source>
        <translation>nid yw'r ffeil yn base64</translation>
    </message>
    <message>
        <source>its file does not match its SHA-256 hash</source>
        <translation>nid yw'r ffeil yn cyfateb i'w stwnsh SHA-256</translation>
    </message>
    <message>
        <source>Schedule %1 "%2" (%3)</source>
        <translation>Atodlen %1 "%2" (%3)</translation>
    </message>
    <message>
        <source>the sections and questions are the production team's: a contribution never carries them</source>
        <translation>y tîm cynhyrchu biau'r adrannau a'r cwestiynau: nid yw cyfraniad byth yn eu cynnwys</translation>
    </message>
    <message>
        <source>a sign-off, once made, is not changed or withdrawn by a contribution</source>
        <translation>unwaith y'i rhoddwyd, nid yw cymeradwyaeth yn cael ei newid na'i thynnu'n ôl gan gyfraniad</translation>
    </message>
    <message>
        <source>it is a sign-off by %1 in a contribution from %2: a participant signs only for themselves</source>
        <translation>cymeradwyaeth gan %1 ydyw, mewn cyfraniad gan %2: dim ond ar ei ran ei hun y mae cyfranogwr yn cymeradwyo</translation>
    </message>
    <message>
        <source>a participant never adopts a Schedule: only the production team does, in the master</source>
        <translation>nid yw cyfranogwr byth yn mabwysiadu Atodlen: dim ond y tîm cynhyrchu sy'n gwneud hynny, yn y meistr</translation>
    </message>
    <message>
        <source>it arrives signed off without its author's own sign-off</source>
        <translation>mae'n cyrraedd wedi'i chymeradwyo heb gymeradwyaeth ei hawdur ei hun</translation>
    </message>
    <message>
        <source>%1: %2: %3; nothing was taken in</source>
        <translation>%1: %2: %3; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>%1: holds %2 changes; a bundle holds at most %3</source>
        <translation>%1: mae'n cynnwys %2 newid; gall bwndel gynnwys %3 ar y mwyaf</translation>
    </message>
    <message>
        <source>it is in the bundle twice</source>
        <translation>mae'n ymddangos yn y bwndel ddwywaith</translation>
    </message>
    <message>
        <source>its base is another item</source>
        <translation>eitem arall yw ei sail</translation>
    </message>
    <message>
        <source>its base: %1</source>
        <translation>ei sail: %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was taken in</source>
        <translation>%1: %2; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>the bundle's author or programme is not a name</source>
        <translation>nid yw awdur neu raglen y bwndel yn enw</translation>
    </message>
    <message>
        <source>the bundle names no author</source>
        <translation>nid yw'r bwndel yn enwi awdur</translation>
    </message>
    <message>
        <source>its revision numbers are out of range</source>
        <translation>mae ei rifau diwygiad y tu hwnt i'r terfynau</translation>
    </message>
    <message>
        <source>the update's revision %1 is older than the one it follows (%2)</source>
        <translation>mae diwygiad %1 y diweddariad yn hŷn na'r un y mae'n ei ddilyn (%2)</translation>
    </message>
    <message>
        <source>nested too deeply to be a QDF bundle</source>
        <translation>wedi'i nythu'n rhy ddwfn i fod yn fwndel QDF</translation>
    </message>
    <message>
        <source>holds more values than any bundle (over %1): nothing was taken in</source>
        <translation>mae'n cynnwys mwy o werthoedd nag unrhyw fwndel (dros %1): ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>holds text that is not UTF-8: it was damaged on the way</source>
        <translation>mae'n cynnwys testun nad yw'n UTF-8: cafodd ei ddifrodi ar y ffordd</translation>
    </message>
    <message>
        <source>there is no signing key to sign the file with</source>
        <translation>nid oes allwedd lofnodi i lofnodi'r ffeil â hi</translation>
    </message>
    <message>
        <source>the file could not be signed (no source of randomness)</source>
        <translation>nid oedd modd llofnodi'r ffeil (dim ffynhonnell rifau ar hap)</translation>
    </message>
    <message>
        <source>the file could not be sealed to its recipients' keys</source>
        <translation>nid oedd modd selio'r ffeil i allweddi ei derbynwyr</translation>
    </message>
    <message>
        <source>the sealed file names no recipients</source>
        <translation>nid yw'r ffeil wedi'i selio yn enwi unrhyw dderbynwyr</translation>
    </message>
    <message>
        <source>the sealed file is sealed to more recipients than a programme has</source>
        <translation>mae'r ffeil wedi'i selio i fwy o dderbynwyr nag sydd gan raglen</translation>
    </message>
    <message>
        <source>the sealed file is incomplete</source>
        <translation>mae'r ffeil wedi'i selio yn anghyflawn</translation>
    </message>
    <message>
        <source>the file carries no signature</source>
        <translation>nid oes llofnod ar y ffeil</translation>
    </message>
    <message>
        <source>the bundle's manifest or body is missing</source>
        <translation>mae maniffest neu gorff y bwndel ar goll</translation>
    </message>
    <message>
        <source>not a QDF contribution bundle or update</source>
        <translation>nid yw'n fwndel cyfraniad QDF nac yn ddiweddariad</translation>
    </message>
    <message>
        <source>its sealed content was changed or damaged on the way: it does not open; nothing was taken in</source>
        <translation>cafodd ei gynnwys wedi'i selio ei newid neu ei ddifrodi ar y ffordd: nid yw'n agor; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>sealed to another key: only the workbook it was sealed to can read it (for a contribution, the programme's master; check that it was sent to this programme's production team)</source>
        <translation>wedi'i selio i allwedd arall: dim ond y llyfr gwaith y cafodd ei selio iddo all ei ddarllen (ar gyfer cyfraniad, meistr y rhaglen; gwiriwch iddo gael ei anfon at dîm cynhyrchu'r rhaglen hon)</translation>
    </message>
    <message>
        <source>still sealed: it cannot be checked before it is opened</source>
        <translation>mae wedi'i selio o hyd: nid oes modd ei wirio cyn iddo gael ei agor</translation>
    </message>
    <message>
        <source>its signature does not match its content: it was changed after it was signed (or damaged on the way); nothing was taken in</source>
        <translation>nid yw ei lofnod yn cyfateb i'w gynnwys: cafodd ei newid ar ôl iddo gael ei lofnodi (neu ei ddifrodi ar y ffordd); ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(ddim yno)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(wedi'i ddileu)</translation>
    </message>
    <message>
        <source>items of kind "%1" cannot be written here</source>
        <translation>nid oes modd ysgrifennu eitemau o'r math "%1" yma</translation>
    </message>
    <message>
        <source>items of kind "%1" cannot be removed here</source>
        <translation>nid oes modd tynnu eitemau o'r math "%1" yma</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Eu fersiwn nhw</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Yma</translation>
    </message>
    <message>
        <source>this workbook's own</source>
        <translation>allwedd y llyfr gwaith hwn ei hun</translation>
    </message>
    <message>
        <source>workbook %1's</source>
        <translation>llyfr gwaith %1</translation>
    </message>
    <message>
        <source>%1's</source>
        <translation>llyfr gwaith %1</translation>
    </message>
    <message>
        <source>%1: the master's key is not known yet, so the contribution cannot be sealed to the production team: apply an update from the master first, or send it unsealed with --open</source>
        <translation>%1: nid yw allwedd y meistr yn hysbys eto, felly nid oes modd selio'r cyfraniad i'r tîm cynhyrchu: rhowch ddiweddariad o'r meistr ar waith yn gyntaf, neu anfonwch ef heb ei selio gyda --open</translation>
    </message>
    <message>
        <source>%1: no participant's key is known yet (they arrive with their first contributions), so the update cannot be sealed to them: publish it open</source>
        <translation>%1: nid oes allwedd unrhyw gyfranogwr yn hysbys eto (maent yn cyrraedd gyda'u cyfraniadau cyntaf), felly nid oes modd selio'r diweddariad iddynt: cyhoeddwch ef heb ei selio</translation>
    </message>
    <message>
        <source>if the key really changed (a new computer, a new key), check its fingerprint with them and accept it with 'qdf keys accept %1 %2'; nothing was taken in</source>
        <translation>os yw'r allwedd wedi newid mewn gwirionedd (cyfrifiadur newydd, allwedd newydd), gwiriwch ei hôl bys gyda nhw a'i derbyn gyda 'qdf keys accept %1 %2'; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>%1 is not signed by this programme's master: it is signed with the key %2, and the master's key is %3. It may have been made from a copy of another workbook flagged as a master. %4</source>
        <translation>nid yw %1 wedi'i lofnodi gan feistr y rhaglen hon: mae wedi'i lofnodi â'r allwedd %2, ac allwedd y meistr yw %3. Efallai iddo gael ei wneud o gopi o lyfr gwaith arall a nodwyd fel meistr. %4</translation>
    </message>
    <message>
        <source>%1 is signed with the key %2, not with the key %3 that %4 workbook signed with before: it was re-signed by someone else, or the participant has a new key. %5</source>
        <translation>mae %1 wedi'i lofnodi â'r allwedd %2, nid â'r allwedd %3 a ddefnyddiodd %4 i lofnodi o'r blaen: cafodd ei ail-lofnodi gan rywun arall, neu mae gan y cyfranogwr allwedd newydd. %5</translation>
    </message>
    <message>
        <source>%1 says it comes from %2 (workbook %3) but is signed with %4 key %5: it was re-signed by another workbook; nothing was taken in</source>
        <translation>mae %1 yn dweud ei fod yn dod gan %2 (llyfr gwaith %3) ond mae wedi'i lofnodi ag allwedd %4, %5: cafodd ei ail-lofnodi gan lyfr gwaith arall; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>%1 belongs to another programme</source>
        <translation>mae %1 yn perthyn i raglen arall</translation>
    </message>
    <message>
        <source>%1 is an update: its key is accepted by the participants</source>
        <translation>diweddariad yw %1: y cyfranogwyr sy'n derbyn ei allwedd</translation>
    </message>
    <message>
        <source>%1 is a contribution: its key is accepted by the master</source>
        <translation>cyfraniad yw %1: y meistr sy'n derbyn ei allwedd</translation>
    </message>
    <message>
        <source>%1: there is no room for the scratch copy a preview is worked out on</source>
        <translation>%1: nid oes lle i'r copi dros dro y caiff rhagolwg ei gyfrifo arno</translation>
    </message>
    <message>
        <source>a rating in a round this workbook does not have</source>
        <translation>sgôr mewn rownd nad yw yn y llyfr gwaith hwn</translation>
    </message>
    <message>
        <source>A Catalyst rating</source>
        <translation>Sgôr Catalydd</translation>
    </message>
    <message>
        <source>Catalyst rating: %1 · %2</source>
        <translation>Sgôr Catalydd: %1 · %2</translation>
    </message>
    <message>
        <source>a rating in a review this workbook does not have</source>
        <translation>sgôr mewn adolygiad nad yw yn y llyfr gwaith hwn</translation>
    </message>
    <message>
        <source>A review rating</source>
        <translation>Sgôr adolygiad</translation>
    </message>
    <message>
        <source>Review rating: %1</source>
        <translation>Sgôr adolygiad: %1</translation>
    </message>
    <message>
        <source>Catalyst round: %1</source>
        <translation>Rownd Catalydd: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Adolygiad: %1</translation>
    </message>
    <message>
        <source>Schedule %1: %2</source>
        <translation>Atodlen %1: %2</translation>
    </message>
    <message>
        <source>Sign-off by %1</source>
        <translation>Cymeradwyaeth gan %1</translation>
    </message>
    <message>
        <source>an answer to a question this workbook does not have</source>
        <translation>ateb i gwestiwn nad yw yn y llyfr gwaith hwn</translation>
    </message>
    <message>
        <source>An answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Answer: %1 (%2)</source>
        <translation>Ateb: %1 (%2)</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Ateb: %1</translation>
    </message>
    <message>
        <source>the file %1 does not match its checksum</source>
        <translation>nid yw'r ffeil %1 yn cyfateb i'w swm gwirio</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Adran: %1</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Cwestiwn: %1</translation>
    </message>
    <message>
        <source>Working example: %1</source>
        <translation>Enghraifft waith: %1</translation>
    </message>
    <message>
        <source>Reference material: %1</source>
        <translation>Deunydd cyfeirio: %1</translation>
    </message>
    <message>
        <source>the update's list of erasures is not one</source>
        <translation>nid rhestr yw rhestr ddileadau'r diweddariad</translation>
    </message>
    <message>
        <source>an erasure the update carries is not one</source>
        <translation>nid dilead yw dilead y mae'r diweddariad yn ei gario</translation>
    </message>
    <message>
        <source>a contribution carries an erasure: only the master erases a person</source>
        <translation>mae cyfraniad yn cario dilead: dim ond y meistr sy'n dileu person</translation>
    </message>
    <message>
        <source>an erasure it carries has no id of its own</source>
        <translation>nid oes gan ddilead y mae'n ei gario ddynodydd ei hun</translation>
    </message>
    <message>
        <source>an erasure it carries has no time</source>
        <translation>nid oes amser gan ddilead y mae'n ei gario</translation>
    </message>
    <message>
        <source>an erasure it carries puts no role in the person's place</source>
        <translation>nid yw dilead y mae'n ei gario yn rhoi rôl yn lle'r person</translation>
    </message>
    <message>
        <source>an erasure it carries has no name check</source>
        <translation>nid oes gwiriad enw gan ddilead y mae'n ei gario</translation>
    </message>
    <message>
        <source>an erasure it carries names too many rounds</source>
        <translation>mae dilead y mae'n ei gario yn enwi gormod o rowndiau</translation>
    </message>
    <message>
        <source>an erasure it carries names a round by no id</source>
        <translation>mae dilead y mae'n ei gario yn enwi rownd heb ddynodydd</translation>
    </message>
</context>
<context>
    <name>qdf::sync::SyncStore</name>
    <message>
        <source>no conflict %1 (see 'qdf conflicts')</source>
        <translation type="vanished">nid oes gwrthdaro %1 (gweler 'qdf conflicts')</translation>
    </message>
    <message>
        <source>the conflict %1 was %2 already</source>
        <translation type="vanished">roedd statws y gwrthdaro %1 eisoes yn %2</translation>
    </message>
    <message>
        <source>the text still holds both versions of a stretch (marked ⟦ ⟧): keep one, or write what it should say, before it is saved</source>
        <translation type="vanished">mae'r testun yn dal i gynnwys dau fersiwn o ddarn (wedi'u marcio ⟦ ⟧): cadwch un, neu ysgrifennwch yr hyn y dylai ei ddweud, cyn ei gadw</translation>
    </message>
    <message>
        <source>no contribution %1</source>
        <translation type="vanished">nid oes cyfraniad %1</translation>
    </message>
    <message>
        <source>the import of bundle %1 came from a participant since erased from this workbook: the erasure removed what undoing it would put back</source>
        <translation type="vanished">daeth mewnforio'r bwndel %1 gan gyfranogwr a ddilëwyd o'r llyfr gwaith hwn ers hynny: tynnodd y dilead yr hyn y byddai ei ddadwneud yn ei roi yn ôl</translation>
    </message>
    <message>
        <source>nothing has been imported into this workbook</source>
        <translation type="vanished">nid oes dim wedi'i fewnforio i'r llyfr gwaith hwn</translation>
    </message>
    <message>
        <source>no import of bundle %1 to undo</source>
        <translation type="vanished">nid oes mewnforiad o'r bwndel %1 i'w ddadwneud</translation>
    </message>
    <message>
        <source>the sync records cannot be read</source>
        <translation type="vanished">nid oes modd darllen y cofnodion cysoni</translation>
    </message>
    <message>
        <source>a master gathers contributions; it does not send them (publish an update instead)</source>
        <translation type="vanished">mae meistr yn casglu cyfraniadau; nid yw'n eu hanfon (cyhoeddwch ddiweddariad yn lle hynny)</translation>
    </message>
    <message>
        <source>only the master publishes updates</source>
        <translation type="vanished">dim ond y meistr sy'n cyhoeddi diweddariadau</translation>
    </message>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation type="vanished">%1: nid oes modd creu'r ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <source>%1 belongs to the programme "%2", not to "%3"</source>
        <translation type="vanished">mae %1 yn perthyn i'r rhaglen "%2", nid i "%3"</translation>
    </message>
    <message>
        <source>%1 is an update: it is applied to participant workbooks, not to the master</source>
        <translation type="vanished">diweddariad yw %1: caiff ei roi ar waith mewn llyfrau gwaith cyfranogwyr, nid yn y meistr</translation>
    </message>
    <message>
        <source>%1 is a contribution: it is gathered into the master</source>
        <translation type="vanished">cyfraniad yw %1: caiff ei gasglu i'r meistr</translation>
    </message>
    <message>
        <source>%1 was made from this very workbook</source>
        <translation type="vanished">cafodd %1 ei wneud o'r union lyfr gwaith hwn</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation type="vanished">mae %1 yn ddarllen yn unig</translation>
    </message>
    <message>
        <source>%1 claims master revision %2, %3 revisions past this workbook's %4 (at most %5 between two updates): it is not a genuine update; nothing was taken in</source>
        <translation type="vanished">mae %1 yn honni diwygiad meistr %2, %3 diwygiad y tu hwnt i ddiwygiad %4 y llyfr gwaith hwn (%5 ar y mwyaf rhwng dau ddiweddariad): nid yw'n ddiweddariad dilys; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>%1 is an older update (master revision %2) than this workbook already has (%3)</source>
        <translation type="vanished">mae %1 yn ddiweddariad hŷn (diwygiad meistr %2) na'r hyn sydd gan y llyfr gwaith hwn eisoes (%3)</translation>
    </message>
</context>
<context>
    <name>qdf::sync::detail</name>
    <message>
        <source>"%1:%2" is not an item of its kind</source>
        <translation>nid yw "%1:%2" yn eitem o'i math</translation>
    </message>
</context>
<context>
    <name>qdf::translation</name>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Nothing written in Welsh or English yet</source>
        <translation>Dim wedi'i ysgrifennu yn Gymraeg nac yn Saesneg eto</translation>
    </message>
    <message>
        <source>Nothing written in English or Welsh yet</source>
        <translation>Dim wedi'i ysgrifennu yn Saesneg nac yn Gymraeg eto</translation>
    </message>
    <message>
        <source>Not yet in Welsh</source>
        <translation>Dim yn Gymraeg eto</translation>
    </message>
    <message>
        <source>Not yet in English</source>
        <translation>Dim yn Saesneg eto</translation>
    </message>
    <message>
        <source>In Welsh only</source>
        <translation>Yn Gymraeg yn unig</translation>
    </message>
    <message>
        <source>In English only</source>
        <translation>Yn Saesneg yn unig</translation>
    </message>
    <message>
        <source>Welsh up to date with the English</source>
        <translation>Y Gymraeg yn gyfredol â'r Saesneg</translation>
    </message>
    <message>
        <source>English up to date with the Welsh</source>
        <translation>Y Saesneg yn gyfredol â'r Gymraeg</translation>
    </message>
    <message>
        <source>Welsh not yet marked as translated</source>
        <translation>Y Gymraeg heb ei nodi wedi'i chyfieithu eto</translation>
    </message>
    <message>
        <source>English not yet marked as translated</source>
        <translation>Y Saesneg heb ei nodi wedi'i chyfieithu eto</translation>
    </message>
    <message>
        <source>Welsh out of date: the English changed on %1</source>
        <translation>Y Gymraeg wedi dyddio: newidiodd y Saesneg ar %1</translation>
    </message>
    <message>
        <source>English out of date: the Welsh changed on %1</source>
        <translation>Y Saesneg wedi dyddio: newidiodd y Gymraeg ar %1</translation>
    </message>
    <message>
        <source>Welsh and English up to date with each other</source>
        <translation>Y Gymraeg a'r Saesneg yn gyfredol â'i gilydd</translation>
    </message>
</context>
<context>
    <name>qdf::workbookfile</name>
    <message>
        <source>no such file</source>
        <translation>nid oes ffeil o'r fath</translation>
    </message>
    <message>
        <source>is a folder, not a workbook file</source>
        <translation>ffolder ydyw, nid ffeil llyfr gwaith</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nid oes modd ei darllen: %1</translation>
    </message>
    <message>
        <source>the file is empty, not a workbook</source>
        <translation>mae'r ffeil yn wag, nid yw'n llyfr gwaith</translation>
    </message>
    <message>
        <source>not a workbook (not an SQLite database)</source>
        <translation>nid yw'n llyfr gwaith (nid yw'n gronfa ddata SQLite)</translation>
    </message>
    <message>
        <source>another program's SQLite database, not a QDF workbook</source>
        <translation>cronfa ddata SQLite rhaglen arall, nid llyfr gwaith QDF</translation>
    </message>
    <message>
        <source>written by a newer version of QDF Workbench (schema %1; this version reads up to %2)</source>
        <translation>wedi'i ysgrifennu gan fersiwn mwy newydd o QDF Workbench (sgema %1; mae'r fersiwn hwn yn darllen hyd at %2)</translation>
    </message>
    <message>
        <source>an unfinished workbook (its creation never completed)</source>
        <translation>llyfr gwaith anorffenedig (ni chwblhawyd ei greu erioed)</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes of %2)</source>
        <translation>mae'r ffeil wedi'i chwtogi (%1 beit o %2)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>mae'r ffeil wedi'i difrodi (%1)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabl</translation>
    </message>
    <message>
        <source>index</source>
        <translation>mynegai</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>sbardunydd</translation>
    </message>
    <message>
        <source>view</source>
        <translation>golwg</translation>
    </message>
    <message>
        <source>%1: it was changed by another program or by hand, so QDF Workbench does not open it (nothing in the file was run)</source>
        <translation>%1: cafodd ei newid gan raglen arall neu â llaw, felly nid yw QDF Workbench yn ei agor (ni redwyd dim yn y ffeil)</translation>
    </message>
    <message>
        <source>SQLite refused its defensive settings</source>
        <translation>gwrthododd SQLite ei osodiadau amddiffynnol</translation>
    </message>
    <message>
        <source>SQLite refused its settings</source>
        <translation>gwrthododd SQLite ei osodiadau</translation>
    </message>
    <message>
        <source>its schema version %1 is not one QDF Workbench made</source>
        <translation>nid yw ei fersiwn sgema %1 yn un a wnaed gan QDF Workbench</translation>
    </message>
    <message>
        <source>its %1 "%2" points at the wrong part of the file</source>
        <translation>mae'r %1 "%2" yn pwyntio at y rhan anghywir o'r ffeil</translation>
    </message>
    <message>
        <source>it says it is schema %1, but its tables are those of schema %2</source>
        <translation>mae'n dweud mai sgema %1 ydyw, ond tablau sgema %2 sydd ganddo</translation>
    </message>
    <message>
        <source>it holds a %1 "%2" that QDF Workbench never makes</source>
        <translation>mae'n cynnwys %1 "%2" nad yw QDF Workbench byth yn ei greu</translation>
    </message>
    <message>
        <source>its %1 "%2" is not as QDF Workbench made it</source>
        <translation>nid yw'r %1 "%2" fel y'i gwnaed gan QDF Workbench</translation>
    </message>
    <message>
        <source>its %1 "%2" is missing</source>
        <translation>mae'r %1 "%2" ar goll</translation>
    </message>
    <message>
        <source>its name is too long for its WAL files beside it, and it could not be changed to do without them (%1): give it a shorter name</source>
        <translation>mae ei enw yn rhy hir i'w ffeiliau WAL fod wrth ei ochr, ac nid oedd modd ei newid i wneud hebddynt (%1): rhowch enw byrrach iddo</translation>
    </message>
</context>
<context>
    <name>qdf::workshop::ConnectionGuard</name>
    <message>
        <source>the session has too many connections open: try again</source>
        <translation type="vanished">mae gan y sesiwn ormod o gysylltiadau ar agor: rhowch gynnig arall arni</translation>
    </message>
    <message>
        <source>a request to this session is at most %1 KiB</source>
        <translation type="vanished">mae cais i'r sesiwn hon yn %1 KiB ar y mwyaf</translation>
    </message>
    <message>
        <source>the request took too long to arrive</source>
        <translation type="vanished">cymerodd y cais ormod o amser i gyrraedd</translation>
    </message>
</context>
<context>
    <name>qdf::workshop::LiveSession</name>
    <message>
        <source>there is no source of randomness for the session's code and tokens</source>
        <translation type="vanished">nid oes ffynhonnell hap ar gyfer cod a thocynnau'r sesiwn</translation>
    </message>
    <message>
        <source>that is not this session's code: check the code on the screen</source>
        <translation type="vanished">nid dyna god y sesiwn hon: gwiriwch y cod ar y sgrin</translation>
    </message>
    <message>
        <source>give your name</source>
        <translation type="vanished">rhowch eich enw</translation>
    </message>
    <message>
        <source>a name of up to %1 characters, please</source>
        <translation type="vanished">enw o hyd at %1 nod, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>a name cannot hold control characters</source>
        <translation type="vanished">ni all enw gynnwys nodau rheoli</translation>
    </message>
    <message>
        <source>this session has taken as many joins as it can (%1)</source>
        <translation type="vanished">mae'r sesiwn hon wedi derbyn cymaint o ymuniadau ag y gall (%1)</translation>
    </message>
    <message>
        <source>the facilitator's token does not score: join as a participant</source>
        <translation type="vanished">nid yw tocyn yr hwylusydd yn sgorio: ymunwch fel cyfranogwr</translation>
    </message>
    <message>
        <source>this device has not joined the session (or was removed from it): join again</source>
        <translation type="vanished">nid yw'r ddyfais hon wedi ymuno â'r sesiwn (neu cafodd ei thynnu ohoni): ymunwch eto</translation>
    </message>
    <message>
        <source>the facilitator has not confirmed your name yet</source>
        <translation type="vanished">nid yw'r hwylusydd wedi cadarnhau eich enw eto</translation>
    </message>
    <message>
        <source>there is no element "%1"</source>
        <translation type="vanished">nid oes elfen "%1"</translation>
    </message>
    <message>
        <source>a level is 1, 2, 3 or 4, or "not sure"</source>
        <translation type="vanished">mae lefel yn 1, 2, 3 neu 4, neu "not sure" (ansicr)</translation>
    </message>
    <message>
        <source>"%1" is not open for scoring yet</source>
        <translation type="vanished">nid yw "%1" ar agor i'w sgorio eto</translation>
    </message>
    <message>
        <source>the facilitator has closed "%1": its scores can no longer change</source>
        <translation type="vanished">mae'r hwylusydd wedi cau "%1": ni all ei sgoriau newid mwyach</translation>
    </message>
    <message>
        <source>no driver is open</source>
        <translation type="vanished">nid oes sbardun ar agor</translation>
    </message>
    <message>
        <source>there is no driver "%1"</source>
        <translation type="vanished">nid oes sbardun "%1"</translation>
    </message>
    <message>
        <source>"%1" has been scored in this session: its scores stay closed</source>
        <translation type="vanished">mae "%1" wedi'i sgorio yn y sesiwn hon: mae ei sgoriau'n aros ar gau</translation>
    </message>
    <message>
        <source>every driver has been scored</source>
        <translation type="vanished">mae pob sbardun wedi'i sgorio</translation>
    </message>
    <message>
        <source>no driver has been scored since the last reveal</source>
        <translation type="vanished">nid oes sbardun wedi'i sgorio ers y datgelu diwethaf</translation>
    </message>
    <message>
        <source>no one has joined as number %1</source>
        <translation type="vanished">nid oes neb wedi ymuno fel rhif %1</translation>
    </message>
    <message>
        <source>the facilitator has not revealed the scores yet</source>
        <translation type="vanished">nid yw'r hwylusydd wedi datgelu'r sgoriau eto</translation>
    </message>
</context>
<context>
    <name>qdf::workshop::WorkshopServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation type="vanished">nid oes modd gwrando ar %1 porth %2: %3</translation>
    </message>
    <message>
        <source>there is no such page in this session</source>
        <translation type="vanished">nid oes tudalen o'r fath yn y sesiwn hon</translation>
    </message>
    <message>
        <source>open the session by the address shown on the screen, not by a name</source>
        <translation type="vanished">agorwch y sesiwn drwy'r cyfeiriad a ddangosir ar y sgrin, nid drwy enw</translation>
    </message>
    <message>
        <source>%1 takes %2 only</source>
        <translation type="vanished">mae %1 yn derbyn %2 yn unig</translation>
    </message>
    <message>
        <source>a request to this session is at most %1 bytes</source>
        <translation type="vanished">mae cais i'r sesiwn hon yn %1 beit ar y mwyaf</translation>
    </message>
    <message>
        <source>send the request as application/json</source>
        <translation type="vanished">anfonwch y cais fel application/json</translation>
    </message>
    <message>
        <source>the facilitator's token does not score: join as a participant</source>
        <translation type="vanished">nid yw tocyn yr hwylusydd yn sgorio: ymunwch fel cyfranogwr</translation>
    </message>
    <message>
        <source>this device has not joined the session (or was removed from it): join again</source>
        <translation type="vanished">nid yw'r ddyfais hon wedi ymuno â'r sesiwn (neu cafodd ei thynnu ohoni): ymunwch eto</translation>
    </message>
    <message>
        <source>only the facilitator moves the session on</source>
        <translation type="vanished">dim ond yr hwylusydd sy'n symud y sesiwn ymlaen</translation>
    </message>
    <message>
        <source>this needs the facilitator's token</source>
        <translation type="vanished">mae angen tocyn yr hwylusydd ar gyfer hyn</translation>
    </message>
    <message>
        <source>too many requests from this device: wait a moment</source>
        <translation type="vanished">gormod o geisiadau o'r ddyfais hon: arhoswch eiliad</translation>
    </message>
    <message>
        <source>too many wrong codes from this device: wait, then check the code on the screen</source>
        <translation type="vanished">gormod o godau anghywir o'r ddyfais hon: arhoswch, yna gwiriwch y cod ar y sgrin</translation>
    </message>
    <message>
        <source>that is not this session's code: check the code on the screen</source>
        <translation type="vanished">nid dyna god y sesiwn hon: gwiriwch y cod ar y sgrin</translation>
    </message>
</context>
<context>
    <name>qdf::workshop::json</name>
    <message>
        <source>the request's body is not JSON (in UTF-8)</source>
        <translation>nid JSON (yn UTF-8) yw corff y cais</translation>
    </message>
    <message>
        <source>the request's body is not a JSON object</source>
        <translation>nid gwrthrych JSON yw corff y cais</translation>
    </message>
    <message>
        <source>the request needs "%1" as text</source>
        <translation>mae angen "%1" fel testun ar y cais</translation>
    </message>
    <message>
        <source>the request needs "level": 1, 2, 3, 4 or "not sure"</source>
        <translation>mae angen "level" ar y cais: 1, 2, 3, 4 neu "not sure"</translation>
    </message>
</context>
</TS>