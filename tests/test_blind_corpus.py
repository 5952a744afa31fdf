"""Issue 18: the blind corpus. Each file imitates a plan a council or partnership published,
and its reading (NAME.expected.yaml) was written by a person before the importer saw it
(tests/blind/FORMAT.md). Nothing may be read wrongly in silence; nine in ten must be read
right. `python -m tests.blind_reading train train2 heldout heldout2 ...` prints the table.

The held-out sets were each measured once, before anything was changed for them, and are
training files since: heldout and heldout2, 8 of 20 right, 8 read wrongly; heldout3, 12 of 24
right, 7 wrongly; heldout4, 13 of 20 right, 4 wrongly; heldout5, 11 of 24 right, 8 wrongly, 5
refused; heldout6 (made after heldout5's fixes), 6 of 12 right, 3 wrongly, 3 refused;
heldout7 (after heldout6's), 9 of 16 right, 2 wrongly, 5 refused; heldout8 (after
heldout7's), 9 of 16 right, 5 wrongly, 2 refused; heldout9 (after heldout8's), 7 of 22
right, 12 wrongly, 3 refused; heldout10 (after heldout9's), 9 of 22 right, 9 wrongly, 4
refused; heldout11 (after heldout10's), 11 of 18 right, 7 wrongly; heldout12 (after
heldout11's), 8 of 12 right, 2 wrongly, 2 refused; heldout13 (after heldout12's), 7 of
14 right, 1 wrongly, 5 refused, 1 refused at another line; heldout14 (after heldout13's),
5 of 14 right, 4 wrongly, 5 refused; heldout15 (after heldout14's), 5 of 12 right, 5
wrongly, 2 refused; heldout16 (after heldout15's), 5 of 14 right, 7 wrongly, 2 refused;
heldout17 (after heldout16's), 4 of 14 right, 5 wrongly, 4 refused, 1 refused at another
line; heldout18 (after heldout17's), 5 of 14 right, 6 wrongly, 3 refused; heldout19 (after
heldout18's; asked for ordinary plans, as most councils publish), 11 of 14 right, 1 wrongly,
2 refused; heldout20 (after heldout19's; ordinary plans again), 12 of 21 right, 7 wrongly, 2
refused; heldout21 (after heldout20's; ordinary plans), 14 of 21 right, 3 wrongly, 3 refused,
1 refused at another line; heldout22 (after heldout21's; ordinary plans), 14 of 21 right, 3
wrongly, 3 refused, 1 refused at another line; heldout23 (after heldout22's; ordinary plans),
12 of 14 right, 2 wrongly; heldout24 (after heldout23's; ordinary plans), 13 of 14 right, 1
wrongly; heldout25 (after heldout24's; ordinary plans), 11 of 14 right, 3 wrongly;
heldout26 (after heldout25's; ordinary plans), 8 of 14 right, 6 wrongly; heldout27 (after
heldout26's; ordinary plans), 7 of 14 right, 4 wrongly, 3 refused; heldout28 (after
heldout27's; ordinary plans), 11 of 14 right, 3 wrongly; heldout29 (after heldout28's;
ordinary plans), 9 of 14 right, 3 wrongly, 1 refused, 1 refused at another line; heldout30
(after heldout29's; ordinary plans), 9 of 14 right, 2 wrongly, 2 refused, 1 refused at another
line; heldout31 (after heldout30's; ordinary plans), 9 of 14 right, 4 wrongly, 1 refused at
another line; heldout32 (after heldout31's; ordinary plans), 8 of 14 right, 4 wrongly, 1
refused, 1 refused at another line; heldout33 (after heldout32's; ordinary plans), 12 of 14
right, 1 refused, 1 refused at another line; heldout34 (made alongside heldout33; its second
half measured after a fix for its first half's one misreading, a lead), 11 of 14 right, 2
wrongly, 1 refused at another line; heldout35 (after heldout33's and heldout34's;
ordinary plans), 9 of 14 right, 4 wrongly, 1 refused; heldout36 (made alongside heldout35),
8 of 14 right, 6 wrongly; heldout37 (after heldout35's and heldout36's; ordinary plans), 9
of 14 right, 4 wrongly, 1 refused; heldout38 (made alongside heldout37), 7 of 14 right, 6
wrongly, 1 refused; heldout39 (after heldout37's and heldout38's; ordinary plans), 10 of 14
right, 3 wrongly, 1 refused at another line; heldout40 (made alongside heldout39), 12 of 14
right, 2 wrongly; heldout41 (after heldout39's and heldout40's; ordinary plans), 12 of 14
right, 1 wrongly, 1 refused; heldout42 (made alongside heldout41), 8 of 14 right, 3 wrongly,
2 refused, 1 refused at another line; heldout43 (after heldout41's and heldout42's; ordinary
plans), 11 of 14 right, 3 wrongly; heldout44 (made alongside heldout43), 11 of 14 right, 2
wrongly, 1 refused; heldout45 (after heldout43's and heldout44's; ordinary plans), 13 of 14
right, 1 wrongly; heldout46 (made alongside heldout45), 8 of 14 right, 6 wrongly; heldout47
(after heldout45's and heldout46's; ordinary plans), 10 of 14 right, 4 wrongly; heldout48 (made
alongside heldout47), 12 of 14 right, 2 wrongly; heldout49 (after heldout47's and heldout48's;
its authors asked for date forms and layouts the corpus did not yet hold), 6 of 14 right, 3
wrongly, 5 refused; heldout50 (made alongside heldout49, asked the same), 4 of 14 right, 1
refused at another line, 2 wrongly, 7 refused; heldout51 (after heldout49's and heldout50's;
ordinary plans), 12 of 14 right, 2 wrongly; heldout52 (made alongside heldout51), 11 of 14
right, 1 refused at another line, 2 wrongly; heldout53 (after heldout51's and heldout52's;
ordinary plans), 12 of 14 right, 2 refused; heldout54 (made alongside heldout53), 10 of 14
right, 1 refused at another line, 3 wrongly; heldout55 (after heldout53's and heldout54's;
ordinary plans), 12 of 14 right, 2 wrongly; heldout56 (made alongside heldout55), 10 of 14
right, 1 refused at another line, 1 refused, 2 wrongly; heldout57 (after heldout55's and
heldout56's; ordinary plans), 10 of 14 right, 1 refused at another line, 1 refused, 2
wrongly; heldout58 (made alongside heldout57), 12 of 14 right, 1 refused, 1 wrongly;
heldout59 (after heldout57's and heldout58's; ordinary plans), 10 of 14 right, 3 wrongly, 1
refused; heldout60 (made alongside heldout59), 11 of 14 right, 3 wrongly; heldout61 (after
heldout59's and heldout60's; ordinary plans), 13 of 14 right, 1 refused; heldout62 (made
alongside heldout61), 9 of 14 right, 5 wrongly; heldout63 (after heldout61's and
heldout62's; ordinary plans), 12 of 14 right, 2 wrongly; heldout64 (made alongside
heldout63), 9 of 14 right, 1 refused at another line, 1 refused, 3 wrongly; heldout65
(after heldout63's and heldout64's; ordinary plans), 10 of 14 right, 4 wrongly (one a
mistyped month after its day read as words); heldout66 (made alongside heldout65), 13 of 14
right, 1 refused; heldout67 (after heldout65's and heldout66's; ordinary plans), 11 of 14
right, 1 refused, 2 wrongly; heldout68 (made alongside heldout67), 9 of 14 right, 1 refused,
4 wrongly; heldout69 (after heldout67's and heldout68's; ordinary plans), 11 of 14 right, 3
wrongly; heldout70 (made alongside heldout69), 11 of 14 right, 1 refused, 2 wrongly;
heldout71 (after heldout69's and heldout70's; ordinary plans), 12 of 14 right, 1 refused, 1
wrongly; heldout72 (made alongside heldout71), 12 of 14 right, 2 wrongly; heldout73 (after
heldout71's and heldout72's; ordinary plans), 12 of 14 right, 1 refused, 1 wrongly;
heldout74 (made alongside heldout73), 10 of 14 right, 1 refused at another line, 1 refused, 2
wrongly; heldout75 (after heldout73's and heldout74's; ordinary plans), 12 of 14 right, 2
wrongly; heldout76 (made alongside heldout75), 11 of 14 right, 3 wrongly (one a mistyped month
under a 'Timeframe' column nobody named); heldout77 (after heldout75's and heldout76's;
ordinary plans), 14 of 14 right; heldout78 (made alongside heldout77), 11 of 14 right, 1
refused, 2 wrongly; heldout79 (after heldout77's and heldout78's; ordinary plans), 12 of 14
right, 2 wrongly; heldout80 (made alongside heldout79), 12 of 14 right, 1 refused, 1 wrongly;
heldout81 (after heldout79's and heldout80's; ordinary plans), 9 of 14 right, 5 wrongly
(three of them one title's bracketed '(updated ...)'); heldout82 (made alongside heldout81),
11 of 14 right, 1 refused, 2 wrongly; heldout83 (after heldout81's and heldout82's; ordinary
plans), 12 of 14 right, 2 wrongly (two lead cells); heldout84 (made alongside heldout83), 14
of 14 right; heldout85 (after heldout83's and heldout84's; ordinary plans), 13 of 14 right,
1 wrongly (a lead); heldout86 (made alongside heldout85), 12 of 14 right, 1 refused, 1
wrongly (an agenda item over one action, where the authors disagree); heldout87 (after
heldout85's and heldout86's; ordinary plans), 13 of 14 right, 1 wrongly (a lead); heldout88
(made alongside heldout87), 10 of 14 right, 4 wrongly (two titles where the authors
disagree, a body's name with its initials taken as the title, a lead); heldout89 (after
heldout87's and heldout88's; ordinary plans), 13 of 14 right, 1 wrongly (a scrutiny
tracker's 'Task and Finish Group recommendation' not read); heldout90 (made alongside
heldout89), 14 of 14 right; heldout91 (after heldout89's and heldout90's; ordinary plans),
11 of 14 right, 3 wrongly (a 'Must do / Should do' column read as the theme, a bold 'Issue
1.2: ...' after a table not read as the next part, a heading of the kind of part where the
authors disagree); heldout92 (made alongside heldout91), 14 of 14 right; heldout93 (after
heldout91's and heldout92's; ordinary plans), 13 of 14 right, 1 wrongly (a label with its
rule in brackets, 'Area for improvement 1 (Ref: Standard 5.3.1(f), ...)', kept over its
words); heldout94 (made alongside heldout93), 12 of 14 right, 2 wrongly (a 'Station
Commander' not a post; an agenda item over one action, where the authors disagree);
heldout95 (after heldout93's and heldout94's; ordinary plans), 14 of 14 right; heldout96
(made alongside heldout95), 13 of 14 right, 1 wrongly (Ofsted's 'What does the ITE
partnership need to do to improve?' not read as the recommendation); heldout97 (after
heldout95's and heldout96's; ordinary plans), 13 of 14 right, 1 wrongly (a lead: a council's
service and a partnership by its letters); heldout98 (made alongside heldout97), 13 of 14
right, 1 wrongly ('Improvement 1: ...' paragraphs before their tables read as prose);
heldout99 (after heldout97's and heldout98's; ordinary plans), 12 of 14 right, 1 refused (a
school plan whose RAG is the shading of its action cells), 1 wrongly (a lead); heldout100
(made alongside heldout99), 11 of 14 right, 1 refused at another line ('Further Mitigating
Actions' not named), 1 refused (a due date in a sentence), 1 wrongly (one review named on
every row read as a theme); heldout101 (after heldout99's and heldout100's; ordinary plans),
13 of 14 right, 1 wrongly (a column of homes' names over their requirements not read as the
theme); heldout102 (made alongside heldout101), 9 of 14 right, 5 wrongly (one review named on
every row, a priority over a bare label in a text plan, a bold 'BVAR recommendation' label, a
'Behind schedule' the plan colours amber, a title); heldout103 (after heldout101's and
heldout102's; ordinary plans), 12 of 14 right, 1 refused (a 'Timescale' of words beside a
'Target Date'), 1 wrongly (each action's own ref '1a.' written in its text beside the
recommendation's number); heldout104 (made alongside heldout103), 12 of 14 right, 1 refused
(labelled lines with no table header), 1 wrongly (a key's 'complete or on track' read as
complete); heldout105 (after heldout103's and heldout104's; ordinary plans), 12 of 14
right, 2 wrongly (a 'Self-assessment finding' and a 'Required outcome' under the theme not
read as the recommendation); heldout106 (made alongside heldout105), 12 of 14 right, 2
wrongly (two titles: the body's heading over the plan's); heldout107 (after heldout105's
and heldout106's; ordinary plans), 11 of 14 right, 3 wrongly (shaded 'AFI 1' rows read as
actions with no words, a lead, a 'Requirements' band where the authors disagree); heldout108
(made alongside heldout107), 12 of 14 right, 2 wrongly (a lead, a 'Risk Title' column);
heldout109 (after heldout107's and heldout108's; ordinary plans), 11 of 14 right, 1 refused
(a progress note ending in its status), 2 wrongly (a home's name as the title, one person's
two posts); heldout110 (made alongside heldout109), 12 of 14 right, 2 wrongly (an agenda
item over each single action, two more authors reading no part there); heldout111 (after
heldout109's and heldout110's; ordinary plans), 12 of 14 right, 2 wrongly (a gap merged down
over one or two actions each, a review's name over 'Response and action plan to ...');
heldout112 (made alongside heldout111), 13 of 14 right, 1 wrongly ('Priority area for
improvement 1' over its words); heldout113 (after heldout111's and heldout112's; ordinary
plans), 12 of 14 right, 2 wrongly (two titles: a cover's, a setting's name); heldout114 (made
alongside heldout113), 10 of 14 right, 1 refused at another line (a 'Risk Description' beside
the 'Risk Title'), 1 refused ('By end of Term 2 (December 2024)'), 2 wrongly (a body's name
and its plan's joined, twice, and a lead); heldout115 (after heldout113's and heldout114's;
ordinary plans), 13 of 14 right, 1 wrongly (a lead); heldout116 (made alongside heldout115),
12 of 14 right, 1 refused ('Immediate – 31/05/2024'), 1 wrongly (an agenda item coming back
at a later meeting, where the authors disagree); heldout117 (after heldout115's and
heldout116's; ordinary plans), 11 of 14 right, 1 refused (a clause's number beside its
words, both named as the requirement), 2 wrongly (a 'Key judgement' merged down over the
areas for improvement, a 'Cause for Concern' beside an 'Area for Improvement'); heldout118
(made alongside heldout117), 13 of 14 right, 1 wrongly (an inspectorate's 'Area: ...' fact
line read as the part); heldout119 (after heldout117's and heldout118's; ordinary plans), 13
of 14 right, 1 wrongly (a school's name over its plan's line, where the authors disagree);
heldout120 (made alongside heldout119), 13 of 14 right, 1 wrongly (a lead: a university's
'PVC Education'); heldout121 (after heldout119's and heldout120's; ordinary plans), 12 of
14 right, 1 refused (a 'Compliant (Yes/No/Partial)' column read as the ref), 1 wrongly
(clauses cited under bands merged across); heldout122 (made alongside heldout121), 11 of 14
right, 1 refused (a status the actions use, under the key), 2 wrongly (a review's name over
'Action Plan and Progress Update – ...', a PSIRF 'Learning Response'); heldout123 (after
heldout121's and heldout122's; ordinary plans), 12 of 14 right, 2 wrongly (a trust's and its
unit's name over the plan's line, where the authors disagree; an acting rank's officer and a
post); heldout124 (made alongside heldout123), 13 of 14 right, 1 refused (a key's 'Grey |
Not yet started'); heldout125 (after heldout123's and heldout124's; ordinary plans), 13 of
14 right, 1 wrongly (a text plan's bare 'Area for improvement 2' over its words); heldout126
(made alongside heldout125, measured after heldout125's fix), 11 of 14 right, 3 wrongly (two
board logs' agenda items, where the authors now stand four against four; leads such as 'ICT
& Digital Services Business Manager'); heldout127 (after heldout125's and heldout126's;
ordinary plans), 10 of 14 right, 4 wrongly (one author taking the body's name as the title
wherever a plan's line follows it, twice, and a school's name over 'Post-inspection action
plan following ...' with a 'Recommendations' band; a revised target written in the
completion column); heldout128 (made alongside heldout127), 13 of 14 right, 1 wrongly (a
partnership's name under the title read as the theme); heldout129 (after heldout127's and
heldout128's; ordinary plans), 13 of 14 right, 1 refused (a text plan of 'Action 1.1: ...'
records under 'Key question N' headings); heldout130 (made alongside heldout129), 12 of 14
right, 2 wrongly (Education Scotland's 'Main point for action' label, a heading wrapped
between its rules); heldout131 (after heldout129's and heldout130's; ordinary plans), 12 of
14 right, 1 refused (a line under the key), 1 wrongly (a column of 'Rec 1' under the
recommendations' heading rows); heldout132 (made alongside heldout131), 12 of 14 right, 1
refused (a template's sign-off lines under the table), 1 wrongly (a lead); heldout133 (after
heldout131's and heldout132's; ordinary plans), 13 of 14 right, 1 refused ('Session
2023-24'); heldout134 (made alongside heldout133), 13 of 14 right, 1 wrongly (a bold
'Learning Point 1: ...' over each table); heldout135 (after heldout133's and heldout134's;
ordinary plans), 11 of 14 right, 3 wrongly (a label 'Area for priority action' beside its
words merged across, a committee and its council's name under the title, a Scottish
school's 'PT Literacy, PT Numeracy'); heldout136 (made alongside heldout135), 14 of 14
right; heldout137 (after heldout135's and heldout136's; ordinary plans), 12 of 14 right, 2
wrongly (an 'R1: ...' row merged over each table's header read as the title, leads such as
'DCI RB & DCI SK'); heldout138 (made alongside heldout137), 13 of 14 right, 1 refused (an
'Audit Ref' beside a 'Rec Ref'); heldout139 (after heldout137's and heldout138's; ordinary
plans), 13 of 14 right, 1 wrongly (a finding in bold between two tables); heldout140 (made
alongside heldout139), 12 of 14 right, 2 wrongly (HIW's 'Service: ...' line read as the
title; a 'Workstream progress' heading over the one table, read right since); heldout141
(after heldout139's and heldout140's; ordinary plans), 11 of 14 right, 1 refused at another
line (an 'Area for improvement' column empty under bands of areas), 2 wrongly (leads 'CCTV &
Control Room Manager', 'Chief Officer – Planning & Climate Change'); heldout142 (made
alongside heldout141), 12 of 14 right, 1 wrongly (a fire service's name over its risk
register's line), 1 refused (a 'Progress Update' beside an 'Internal Audit Comment');
heldout143 (after heldout141's and heldout142's; ordinary plans), 12 of 14 right, 2 wrongly
(a CQC export's 'Must/Should' column, an author disagreement; 'SENCo, AHT (Teaching and
Learning)'); heldout144 (made alongside heldout143), 13 of 14 right, 1 refused (a 'Response'
merged over each concern's 'Action Taken / Planned'); heldout145 (after heldout143's and
heldout144's; ordinary plans), 13 of 14 right, 1 wrongly (a 'Rec' column numbering the
recommendations, in order under each theme only); heldout146 (made alongside heldout145),
13 of 14 right, 1 wrongly (a PSIRF export's 'Priority 1: ...' column over its learning
responses); heldout147 (after heldout145's and heldout146's; ordinary plans), 14 of 14
right; heldout148 (made alongside heldout147), 11 of 14 right, 3 wrongly (an ETI plan's first
'Area for improvement 1' in bold over its words; a council's 'Benefits and Housing Needs';
'Chief Nurse and Patient Safety Officer', one post to its author); heldout149 (after
heldout147's and heldout148's; ordinary plans), 11 of 14 right, 2 wrongly (leads 'Service
Director - Legal, Governance and Commissioning', 'Cabinet Member for Parks, Highways &
Transport Services'), 1 refused ('R1' on each action of its recommendation); heldout150
(made alongside heldout149), 14 of 14 right; heldout151 (after heldout149's and
heldout150's; ordinary plans), 12 of 14 right, 2 wrongly (a review's name over 'Recommendations
action tracker – update ...'; 'GMP Rochdale District & RBH'); heldout152 (made alongside
heldout151), 12 of 14 right, 2 wrongly (a ruled 'Area for Improvement 1: ... to plan learning'
read as the title; 'SAR and QA Subgroup Chair'); heldout153 (after heldout151's and
heldout152's; ordinary plans), 13 of 14 right, 1 wrongly (HIW's 'Standard / Regulation'
column read as the theme, no part to its author as to heldout132's: both read right since);
heldout154 (made alongside heldout153), 11 of 14 right, 3 wrongly (a cover naming the body's
plan over the sheet's line, and 'Head of Apprenticeships, Deputy Dean (Education)'; a
council's 'Scottish Borders Council – Education and Lifelong Learning' read as a part;
Audit Wales's plan, an author disagreement); heldout155 (after heldout153's and
heldout154's; ordinary plans), 13 of 14 right, 1 refused (an EPRR plan's 'Action to achieve
full compliance' beside 'Core standard': no header found); heldout156 (made alongside
heldout155), 13 of 14 right, 1 refused ('Inset day Feb 2025'); heldout157 (after heldout155's
and heldout156's; ordinary plans), 13 of 14 right, 1 refused at another line (a 'Quality
statement' beside an 'Area for improvement', one each, under theme rows: refused as two
recommendation columns before its mistyped month, the shape heldout24's authors split on);
heldout158 (made alongside heldout157), 14 of 14 right; heldout159 (after heldout157's and
heldout158's; ordinary plans), 14 of 14 right; heldout160 (made alongside heldout159), 12 of
14 right, 2 wrongly (refs 'R1', 'R2' starting again under each audit report in a column
titled 'Rec'; a finding 'leaders have not identified ...' taken for narration, and 'Autumn
2024 – Summer 2025' kept as words); heldout161 (after heldout159's and heldout160's;
ordinary plans), 14 of 14 right; heldout162 (made alongside heldout161), 14 of 14 right;
heldout163 (after heldout161's and heldout162's; ordinary plans), 13 of 14 right, 1 wrongly
('Head of Finance and Section 151 Officer', one officer to its author: a statutory role after
'and' is read so since, heldout109's South Kesteven with it); heldout164 (made alongside
heldout163), 14 of 14 right; heldout165 (after heldout163's and heldout164's; ordinary
plans), 14 of 14 right; heldout166 (made alongside heldout165), 13 of 14 right, 1 refused (a
'Timescale' of 'Short term (1-3 months)' beside the 'Target date': read since, with
heldout103's refusal of the same shape); heldout167 (after heldout165's and heldout166's;
ordinary plans), 14 of 14 right; heldout168 (made alongside heldout167), 14 of 14 right;
heldout169 (after heldout167's and heldout168's; ordinary plans), 13 of 14 right, 1 wrongly (a
cover naming the plan over the sheet's 'Oldham SEND ... Plan – progress update June 2021');
heldout170 (made alongside heldout169), 14 of 14 right; heldout171 (after heldout169's and
heldout170's; ordinary plans), 14 of 14 right; heldout172 (made alongside heldout171), 14 of 14
right; heldout173 (after heldout171's and heldout172's, from a prompt written anew; ordinary
plans), 12 of 14 right, 2 refused (a workbook of a sheet a workstream, two naming one lead above
the header, refused as two plans; a highlight summary sheet of counts beside the tracker);
heldout174 (made alongside heldout173), 7 of 14 right, 5 wrongly ('Head and Bursar', 'Clinical
Pharmacist and Dr Hale', 'Clerk to the Corporation and Head of Apprenticeships' each kept one
officer; a SAR recommendation 'Partners should ensure that fire risk is identified ...' taken
for narration; a board log's agenda items read as themes over its meetings), 2 refused (a DHR
plan's 'Scope of recommendation' column read as the recommendation; a text highlight report's
'Risks and issues:' over bulleted lines); heldout175 (after heldout173's and heldout174's;
ordinary plans), 13 of 14 right, 1 refused (an audit report's refs R1, R2 starting again in each
table, one R1 written beside both actions of its merged recommendation); heldout176 (made
alongside heldout175), 12 of 14 right, 1 wrongly ('Principal & Chief Executive' split in two),
1 refused (a Word summary table of counts before the plan's tables). Two of heldout175's and
heldout176's authors read the first-sight measure of heldout173/174 left beside their folder
(moved away since) and made shapes like the ones it named; heldout177 (after heldout175's and
heldout176's; ordinary plans), 14 of 14 right; heldout178 (made alongside heldout177), 9 of 14
right, 4 wrongly (a key's 'A – under way and on track' read green; a register's cover title
passed over for its 'report' line; 'Constabulary & GO! Southampton' kept one lead; a board's
'Open Actions' and 'Closed Actions' sheets read as themes, its 'Minute Ref' not the ref), 1
refused ('Must Do' and 'Should Do' sheets naming one core service, refused as two plans);
heldout179 (after heldout177's and heldout178's; ordinary plans), 10 of 14 right, 3 wrongly (a
sheet's 'Plan 2025–26 – ILACS recommendations' taken over the cover's plan name; 'Parent Carer
Forum & Head of Early Help' kept one lead; 'Theme 2: Governance' on the sheet 'Governance'
cut to 'Theme 2'), 1 refused (a sign-off line 'Signed (Registered Manager): ...' after the
key); heldout180 (made alongside heldout179), 11 of 14 right, 2 wrongly (must-do paragraphs
over their own tables lost where another table's column names the should-dos; a text
highlight report's 'Workstream 1: ... | Workstream lead: ... | Workstream RAG: Amber' lines
read as actions), 1 refused (a dated 'Evidence / impact (Oct 2024)' beside 'Success
criteria'); heldout181 (after heldout179's and heldout180's; ordinary plans), 13 of 14 right,
1 wrongly ('Area for priority action:' | its words above a sheet's header lost); heldout182
(made alongside heldout181), 10 of 14 right, 4 wrongly ('Ofsted area for improvement' in bold
over its words not taken as a label; 'Must do actions' on the sheet 'Must do' read as the
theme over its core-service bands; 'University Secretary and Clerk to the Board' split; a GP
practice's 'Areas where the practice should make improvements' band kept, where its author
drops it: left wrong, a disagreement of the corpus); heldout183 (after heldout181's and
heldout182's; ordinary plans), 13 of 14 right, 1 wrongly (a fire service's 'AFI 1' | its
words rows among its actions read as actions); heldout184 (made alongside heldout183), 9 of 14
right, 3 wrongly (two covers naming the plan passed over for a sheet's 'PIAP – progress update
...' and '... recommendations – position at ...'; a GP practice's regulation rows inside each
table, read since: a heading over the last table only), 2 refused ('Must Do' bands beside a
'Should Do' sheet's 'Core service' column refused as two plans; 'Risk' beside 'Risk
description'); heldout185 (after heldout183's and heldout184's; ordinary plans), 14 of 14 right;
heldout186 (made alongside heldout185), 11 of 14 right, 1 right? (a board log's typo refused,
but as two plan-like sheets, not at its row), 2 wrongly ('GMP and Bolton at Home' kept one lead;
a summary sheet's '... Register – Quarter 3 2024/25 summary' taken for the title, and a risk on
each action's row read as a level where its author reads none: left wrong, a disagreement of the
corpus); heldout187 (after heldout185's and heldout186's; ordinary plans), 13 of 14 right, 1
wrongly ('Chief Officer Social Services and BCUHB Director of Operations' kept one lead: read
since, a post over the services it heads); heldout188 (made alongside heldout187), 12 of 14
right, 1 wrongly (a school's bold 'What the school needs to do to improve' over the inspectors'
words not taken as a label), 1 refused ('25 Nov – 10 Dec 2025' refused as words; read since, the
DHR's title under the partnership's name then a disagreement of the corpus); heldout189 to
heldout192 (four sets made at once, after heldout187's and heldout188's, each measured before
any change for them): heldout189, 9 of 14 right, 4 wrongly (a children's 'What you told us: ...'
line read as the recommendation; 'Areas for improvement' over one finding losing the finding;
'The Board should:' rows read as actions; 'Report run: 07/07/2025' taken for the title), 1
refused (a risk's 'Risk owner: ... | Inherent: 16' line taken for another table's header);
heldout190, 11 of 14 right, 1 right? (a maternity plan's typo refused, but first as two status
columns), 2 refused (a GP's should-improve table without numbers refused as a second plan; a
risk band with its scores beside read as an action); heldout191, 12 of 14 right, 2 wrongly
('Action 1.1.1' lines over labelled lines read as headings; 'Designated Nurse ..., NHS GM
(Salford)' split in two); heldout192, 8 of 14 right, 6 wrongly ('Treasury Minute target date'
kept aside; leads joined by '&' or 'and' split or kept wrongly three times; 'M1.1 Action:'
losing its ref; a sheet's 'Must Do actions – CQC inspection report published ...' line read as
the theme); heldout193 to heldout196 (four sets made at once, after heldout189 to heldout192
were mended, each measured before any change for them): heldout193, 11 of 14 right, 3 wrongly (a
comment's sentence running on an unquoted line read as a heading; a children's home's 'Part A –
Requirements' heading taken for the title under the bold line naming the plan; a first sheet of
PEEL grades, its line naming the report, taken as the cover); heldout194, 9 of 14 right, 1
right? (a typo refused, but first at a 'C' its key line 'RAG: C = complete, ...' defines), 4
wrongly ('Key judgement' and 'Weakness identified by Ofsted' kept aside; a caption over each
risk sheet's table read as a level; a workstream's 'Workstream lead: ... Status this period:
Green.' line read as a part; core-service bands beside a 'Key question' column: left wrong, see
below); heldout195, 10 of 14 right, 3 wrongly (facts set apart by semicolons taken for the
title; '1. Purpose of report' taken for a paper's title; 'Risk description (cause, event,
consequence)' outranking 'Risk'), 1 refused ('RSH finding 1:' under a standard in capitals
refused as two headings alike); heldout196, 8 of 14 right, 4 wrongly ('CQC Must Do Actions' on
the sheet 'Must do' read as the theme; the same 'Risk description (...)' shape; a board log's
agenda items read as recommendations under its meetings; one author's expected actions held
their leads by a slip of the author's script, mended in the expected file: read right), 2
refused (a DHR's single-agency table, its 'Agency' column unread, refused as a second plan; a
dashboard's workstreams in colour read as a key giving amber two meanings); heldout197 to
heldout200 (four sets made at once, after heldout193 to heldout196 were mended, each measured
before any change for them): heldout197, 11 of 14 right, 3 wrongly ('Cllr Anna Wright and
Participation Team' and a post with its body's letters 'and Croydon Parent Carer Forum' kept one
lead each; a risk register's 'Current Risk (L x I)' scores read as the theme); heldout198, 10 of
14 right, 1 wrongly ('Public Health Merton & Change Grow Live' kept one lead: left wrong, see
below), 3 refused ('Mar 2025 (rebaselined from Dec 2024)', '29/01/2025 (deferred from
27/11/2024)' and 'Phase 1 March 2025; Phase 2 March 2026' refused as months among words);
heldout199, 10 of 14 right, 1 right? (a typo refused, but first as two plan-like sheets: a
dashboard counting two things a workstream over a 'Total' row), 2 wrongly (an audit's
'Observation' and a standard's 'Required outcome' kept aside), 1 refused ('Action status: C =
complete; ...' not read as the key); heldout200, 11 of 14 right, 2 wrongly (a programme's
'Project' kept aside; a 'Q2 RAG' column in colour only passed over for 'Q1 RAG' letters, and a
sheet's '... – Q2 update' line over the cover's name), 1 refused (a key set out cell by cell in
a text export read as an action); heldout201 to heldout204 (four sets made at once, after
heldout197 to heldout200 were mended, each measured before any change for them): heldout201, 11
of 14 right, 2 wrongly ('Area for improvement 1' kept over a table whose first row gives the
area's words; 'Head of Policy and Strategic Planning' split in two), 1 refused (an audit
tracker's refs 'R1a', 'R1b', 'R2' starting again as 'R1', 'R2' under the next report, refused as
used twice); heldout202, 9 of 14 right, 4 wrongly ('JMc & TO' and 'MCA and DoLS Lead' misread; a
text report's 'Workstream lead: ...' ruled with its workstream read as a part; an action's next
line read as a new action), 1 refused (a summary block counting 'C | 2' read as an action);
heldout203, 13 of 14 right, 1 wrongly (an action's next line read as a new action); heldout204,
11 of 14 right, 1 right? (a board log's typo refused, but first at its status 'Proposed for
closure'), 2 wrongly (a summary sheet's '...: summary of risk scores' taken for the title; an
action's next line read as a new action); heldout205 to heldout208 (four sets made at once,
after heldout201 to heldout204 were mended, each measured before any change for them):
heldout205, 14 of 14 right; heldout206, 11 of 14 right, 3 wrongly ('Open recommendations' and
'Implemented' sheets read as parts; a cover's 'Maternity ... Plan 2023–2026' passed over for the
sheet's '... Plan – delivery tracker'; an 'Action log' sheet beside 'Closed actions' read with
its title as a part); heldout207, 11 of 14 right, 3 wrongly ('Rec 1' | its words read as an
action; 'Section A: Areas for priority action' over 'Priority 1: ...' and its words taking the
words' place; a children's home sheet's three levels: left wrong, see below); heldout208, 11 of
14 right, 3 wrongly (a key table 'Blue | Evidenced and assured | ...' not read, and 'Not yet
delivered' read as complete; 'Head of Housing Needs (LBB) & Clarion Housing Group' kept one
lead; a board log's agenda items read as a level: left wrong, see below); heldout209 to
heldout212 (four sets made at once, after heldout205 to heldout208 were mended, each measured
before any change for them): heldout209, 12 of 14 right, 2 wrongly (a cover's 'Priority Action
Plan – Area SEND Inspection' taken over the sheet's 'Herefordshire SEND Priority Action Plan
2025–2026'; a strategy's name passed over for the next line's '... progress update (reported to
...)'); heldout210, 11 of 14 right, 2 wrongly ('Pro-Vice-Chancellor (Education) and Head of ...'
kept one lead; a risk register's 'Quarter 2 review – reported to ...' taken for the title), 1
refused ('Must Do' and 'Should Do' sheets, the finding a row across on one and a column on the
other, refused as two plans); heldout211, 11 of 14 right, 2 wrongly (a tracker's '... (HMICFRS,
published August 2024)' line taken for the title; a key table's 'Amber | Behind schedule – ...'
not read, so 'Behind schedule' read red), 1 refused ('Actions by status | Complete 2 | Green 3
...' under the key refused as an action); heldout212, 10 of 14 right, 3 wrongly ('Recommended
next step' in bold over the step: the step dropped; 'Head of Quality and Safety, Family Care
Group' split at 'and'; 'Blue 2 | Green 5 | Amber 3 | Red 2' read as the last action's next
line), 1 refused ('PRIORITY 1: ...' rows over 'Outcome 1.1: ...' rows refused as rows that look
the same); heldout213 to heldout216 (four sets made at once, after heldout209 to heldout212 were
mended, each measured before any change for them): heldout213, 12 of 14 right, 1 right? (an
audit tracker's typo refused, but first at its 'Audit Ref' and 'Rec No' columns, the numbers
starting again under each audit), 1 refused (a risk register's 'Further actions to reduce the
risk' not read as the actions: no header found); heldout214, 14 of 14 right; heldout215, 11 of
14 right, 2 wrongly ('R1 | Recommendation 1: ...' rows read as actions; a line 'Multi-agency
action plan – version 4, ...' taken for the title), 1 refused (an HMICFRS recommendation on a
row of its own, the action's columns empty, refused as an action with no words); heldout216, 11
of 14 right, 2 wrongly ('... Community Safety Team and Southall Black Sisters' and 'Safer
Schools Officers and Redbridge Youth Justice Service' kept one lead), 1 refused (a summary sheet
of counts, a key under them, taken for a plan beside the core services' sheets); heldout217 to
heldout220 (four sets made at once, after heldout213 to heldout216 were mended, each measured
before any change for them): heldout217, 12 of 14 right, 2 wrongly (a sheet an area, 'Area for
improvement 1' over the inspectors' words: the label taken for the part, the words left in the
notes; 'Assistant Director, Integrated Commissioning' split at its comma); heldout218, 11 of 14
right, 2 wrongly ('Home Office response: Accepted' under each recommendation read as the part,
the recommendation set aside; 'Subject leaders and SLT' kept one lead), 1 refused (a board log's
'April 2025 development session' refused as a month mistyped); heldout219, 13 of 14 right, 1
wrongly (a key sheet's yellow 'On track' beside amber 'At risk' not read, so yellow read amber
and the key's green = complete unread); heldout220, 13 of 14 right, 1 wrongly ('Emergency
Planning & Business Continuity Manager' split in two); heldout221 to heldout224 (four sets made
at once, after heldout217 to heldout220 were mended, each measured before any change for them):
heldout221, 12 of 14 right, 2 wrongly (a custody plan's Part B table with an 'AFI' column of
'AFI 3', 'AFI 7' after tables with a 'Ref': its refs not read; a highlight report's 'Workstream
2: ... | SRO: ...' lines read as actions); heldout222, 12 of 14 right, 1 wrongly ('You said (GP
Patient Survey result)' not read as the finding), 1 refused ('Progress / observations' refused
as a second recommendation column); heldout223, 12 of 14 right, 1 wrongly ('...; Depute Chief
Executive – Place, Neighbourhood & Corporate Assets' split in three), 1 refused (an Audit Wales
tracker, a sheet a kind of report over bands naming each report, its refs starting again under
each band: refused as used twice, and still refused: three levels, see heldout194); heldout224,
10 of 14 right, 2 wrongly (a risk register's 'Q2 status' and 'Q3 status' unread and the risk
score's colour taken for the status; 'Trafford Carers Centre & Trafford Domestic Abuse Services'
kept one lead), 2 refused (a text export's row cut in two by a line break in its action; 'Closed
actions 2024-25' beside the log refused as a version of the plan); heldout225 to heldout228
(four sets made at once, after heldout221 to heldout224 were mended, each measured before any
change for them): heldout225, 14 of 14 right; heldout226, 13 of 14 right, 1 wrongly (an audit
tracker's sheet caption 'Open internal audit actions – position at ...' read as the part over
bands naming each audit; mended, but the same audit's band on the closed sheet is gathered under
the open sheet's: left wrong, see below); heldout227, 12 of 14 right, 2 wrongly ('Statutory
requirements' rows over each requirement kept as the outer heading: left wrong, see below; a
'Success criteria:' list's last bullet taken for the part); heldout228, 11 of 14 right, 2
wrongly (sheet captions 'GIAA internal audit recommendations – ...' and 'National Audit Office –
... recommendations' read as the parts over bands naming the audits; a highlight report's 'SRO /
Lead' column kept as another column and the sheet's '... – key milestones, Period 9' taken for
the title), 1 refused (a must-do row 'MD1 | its words | Reg 12(1)(2)(a)' over MD1.1 refused as
neither an action nor a heading); heldout229 to heldout232 (four sets made at once, after
heldout225 to heldout228 were mended, each measured before any change for them): heldout229, 12
of 14 right, 1 wrongly (a summary sheet's grade 'Requires improvement to be good' taken for the
title), 1 refused (an action right under 'Other areas for improvement', among sections over
numbered recommendations, refused as under none); heldout230, 14 of 14 right; heldout231, 13 of
14 right, 1 refused ('Requirement 1 | The registered person must ...' rows in the recommendation
column taken for an empty column's, the row refused as an action with no words); heldout232, 11
of 14 right, 2 wrongly (a table's recommendation row over 'NCA response | Accepted' and its
header kept as a note; a risk register's description and key controls merged down beside each
risk's heading read as what its actions answer), 1 refused ('Concern 1: ...' under 'Regulation
12: ...' refused as two headings alike); heldout233 to heldout236 (four sets made at once, after
heldout229 to heldout232 were mended, each measured before any change for them): heldout233, 12
of 14 right, 1 wrongly ('Registered Manager: Claire Dunmore' | 'Responsible Individual: ...'
above the header taken for the theme), 1 refused ('Key recommendation 1: ...' under 'Financial
sustainability' refused as two headings alike); heldout234, 11 of 14 right, 2 wrongly (a 'Must
Do Actions' line on the sheet 'Must do' taken for the theme and the 'Core service' column set
aside; a risk register's 'Risk ref and title' set aside for its description), 1 refused (a
highlight report's 'Key risks and issues' box under each sheet's milestones read as an action
and refused as a ref used twice); heldout235, 12 of 14 right, 1 wrongly ('Information, Advice
and Assistance Manager' split as a person by surname and forename and a post), 1 refused at
another line ('Revised date – in progress' refused as an unknown status before the mistyped
month); heldout236, 13 of 14 right, 1 wrongly ('Dudley Integrated Health and Care NHS Trust'
split at 'and'); heldout237 to heldout240 (four sets made at once, after heldout233 to
heldout236 were mended, each measured before any change for them): heldout237, 13 of 14 right, 1
wrongly (a sheet 'Well-being' over bands 'Area for improvement 1 – ...' taken for a caption, the
bands for the themes); heldout238, 10 of 14 right, 3 wrongly (a board log's agenda item over
each action kept as another column: left wrong, see below; 'Corporate Director, People and HR'
split at its comma; a 'Strategic risk' column kept as another column), 1 refused at another line
(an open and a closed sheet of an audit tracker refused as two plans); heldout239, 13 of 14
right, 1 wrongly (a sheet's 'Area for priority action 1: ...' under its workstream kept as a
note); heldout240, 11 of 14 right, 2 wrongly ('HT, Attendance Officer' kept one lead; a key
whose blue is 'Evidenced and assured' read green 'Delivered – awaiting evidence' as complete), 1
refused at another line ('Proposed for closure' refused as an unknown status); heldout241 to
heldout244 (four sets made at once, after heldout237 to heldout240 were mended, each measured
before any change for them): heldout241, 12 of 14 right, 2 wrongly (a risk system's text export
whose 'Mitigating actions' caption was joined to the first record: left wrong; a
'Recommendations' sheet whose first line, the plan's title, was taken for its part: left wrong,
see below); heldout242, 11 of 14 right, 2 wrongly ('Priority' read as the recommendation on a
closed sheet; 'Success criteria: ...' between a table's recommendation and its header taken for
the part), 1 refused (a summary sheet of risks refused as a second plan); heldout243, 11 of 14
right, 1 wrongly ('GM Sarah Holt, AM Lee Franklin' kept one lead), 2 refused (an audit report's
two tables of different columns refused as two plans; a key line 'Implemented = complete (blue);
Behind target = ...' misread, 'Behind target' refused as unknown); heldout244, 9 of 14 right, 3
wrongly ('Vice Principal Quality & Learner Experience' split at '&'; a board log's agenda item
over each action kept as another column: left wrong, see below, and its key of swatches above
the header unread; a summary sheet's '... Register Summary Q3' taken for the title), 2 refused
('The provider must ensure ...' under 'Regulation 12: ...' refused as two headings alike; a
highlight report's 'Key risks and issues' lines after its last table refused as two headings
alike); heldout245 to heldout248 (four sets made at once, after heldout241 to heldout244 were
mended, each measured before any change for them): heldout245, 14 of 14 right; heldout246, 13 of
14 right, 1 wrongly (an audit tracker's caption '... recommendations at 28 February 2025' taken
for the part over bands naming each audit: left wrong, see below); heldout247, 12 of 14 right, 1
wrongly ('Requirements' headings over a home's requirements kept as a level: left wrong, see
below), 1 refused (a risk register's risk rows, numbered, refused as actions with no words);
heldout248, 10 of 14 right, 4 wrongly (a 'Part 3. ...' heading taken for the title under a line
naming the plan, and 'Step to be taken' unread; a tracker's caption taken for the title over its
cover's; a risk's description line under its heading read as a level: left wrong; a plan sheet's
'... – July 2025 update' title over the cover's: left wrong); heldout249 to heldout252 (four
sets made at once, each measured before any change for them; a highlight report's savings
summary closed by a total, seen in heldout244, was mended before): heldout249, 13 of 14 right, 1
refused (an indented record's 'Target date: Original: ... Revised: ...' split at 'Revised:' and
refused as words); heldout250, 13 of 14 right, 1 wrongly (a must-do's words in the Regulation
cell merged across the action's kept as another column); heldout251, 14 of 14 right; heldout252,
12 of 14 right, 1 wrongly (a 'Priority 1: ...' row over the inspectors' point in each table
taken for a note), 1 refused before the planted month (a tracker's sheet of closed actions
beside the open ones refused as a second plan); heldout253 to heldout256 (four sets made at
once, each measured before any change for them): heldout253, 10 of 14 right, 3 wrongly ('MARS
Training Coordinator and Humberside Police Learning & Development' kept one lead; a sheet named
'APA 1', the letters of its 'Area for priority action 1' label, read as the theme; a paragraph
between a heading and its table read as the finding: left wrong, see below), 1 refused (an audit
plan's 'Issue / risk' beside 'Recommendation' refused as two recommendation columns);
heldout254, 13 of 14 right, 1 wrongly ('NWBC Leisure and Community Development' split at 'and');
heldout255, 12 of 14 right, 2 wrongly (a 'Board champion: ...' line under a sheet's priority
read as a level; a performance system's records, 'Action HIP-01' over 'Description: ...', read
with the number as the action and 'Revised due: n/a' as no end); heldout256, 11 of 14 right, 1
wrongly ('Designated Safeguarding Lead, Lead Coaches' kept one lead), 2 refused (a practice's
text plan with facts above its first record refused as having no header; a review plan's two
sheets, one with refs and one without, refused as two plans); heldout257 to heldout260 (four
sets made at once, each measured before any change for them): heldout257, 13 of 14 right, 1
wrongly ('What Estyn found: ...' under a heading 'R1 Strengthen ...' read as a second level);
heldout258, 11 of 14 right, 3 wrongly ('Assessment Lead, Phase Leaders' kept one lead; a closed
sheet's caption 'Recommendations closed since ...' read as its part over the audit bands; a
'Requirement notice' column kept as another column); heldout259, 13 of 14 right, 1 wrongly (a
sheet's 'Standard 1: ...' line over a 'Workstream' column dropped); heldout260, 11 of 14 right,
3 wrongly ('SCC Domestic and Sexual Abuse Team' split at 'and'; a risk register sheet's '... (as
at 31 December 2025)' over the cover's title; a 'Requirement notices' heading over tables headed
by their regulation: left wrong, see below, and its 'Status / update' column kept as another
column, every action unrated). The mends of that round also read heldout226 and heldout246,
wrong before, right; heldout261 to heldout264 (four sets made at once, each measured before any
change for them): heldout261, 11 of 14 right, 1 wrongly (the inspectors' words before 'What
success will look like:' lost to their label), 2 refused (a 'Signed: ... Date: ...' row after
the key refused as an action; 'Summary' over 'Actions open,7' refused as an action with no
recommendation); heldout262, 12 of 14 right, 2 wrongly (must-dos written in the action column
read as actions; a requirement's sentence under 'REQUIREMENT NOTICE 1 – ...' kept as a heading,
the capitals line and the sentence looking alike); heldout263, 12 of 14 right, 1 wrongly (an
issue's bold title inside its cell: left wrong, see below), 1 refused (a sheet named 'Structured
Assessment 2024' refused as a version of the plan beside 'Local reports'); heldout264, 12 of 14
right, 1 refused ('RAG review' over 'Autumn' and 'Spring' read as a theme, every action refused
as unrated), 1 refused before the planted month ('Baseline' and 'Forecast' not read as months);
heldout265 to heldout268 (four sets made at once, each measured before any change for them):
heldout265, 14 of 14 right; heldout266, 10 of 14 right, 3 wrongly (a 'Rec.' column on each of a
recommendation's actions: left wrong, see below; 'Delivered, not yet evidenced' read as complete
over the plan's green; a sheet's 'SAR Adult L – ...' over the cover's 'Safeguarding Adult Review
– Adult L: ...'), 1 refused (a practice's title and facts above its records read as a record,
the plan refused as two tables); heldout267, 12 of 14 right, 2 wrongly (a line of its own under
action 2.3 read as a ninth action; 'Procurement Lead and Monitoring Officer' kept one lead);
heldout268, 14 of 14 right; heldout269 to heldout272 (four sets made at once, each measured
before any change for them): heldout269, 12 of 14 right, 2 wrongly ('Director of Central
Services and Deputy Chief Executive' split in two; an action plan sheet's line and its closed
sheet's caption read as themes); heldout270, 13 of 14 right, 1 wrongly ('No further actions –
risk managed within appetite' read as an action); heldout271, 11 of 14 right, 2 wrongly
('Executive Director Adults, Health and Commissioning' split at the comma; sections over an
'Area' column lost), 1 refused (a fire service's two sheets whose actions sit in columns of
different names: still refused); heldout272, 14 of 14 right; heldout273 to heldout276 (each
measured before any change for them): heldout273, 11 of 14 right, 2 wrongly (left wrong, see
below), 1 refused (a risk register's scores coloured beside a progress shown by colour only,
asked about); heldout274, 13 of 14 right, 1 refused (a Welsh inspectorate's plan whose
improvement row reads as an action without words, asked about); heldout275, 13 of 14 right, 1
refused (a children's home plan whose action column is titled 'Requirement / recommendation': no
header found); heldout276, 11 of 14 right, 3 wrongly ('Ofsted said:' beside the inspectors'
words read as an action; a 'Milestone summary' line of counts read as an action; three posts
listed with commas, one with 'and' in its area, split four ways); heldout277 to heldout280 (each
measured before any change for them): heldout277, 9 of 14 right, 5 wrongly ('Associate Director
– Children and Young People's Commissioning (SEL ICB)' split at 'and'; a 'Service target date'
kept as another column; three left wrong, see below); heldout278, 9 of 14 right, 4 wrongly ('MIS
Manager, Head of English and Head of Maths' and 'Director of Economy & Skills and Head of Legal
Services' misread; two titles left wrong, see below), 1 refused before the planted month;
heldout279, 14 of 14 right; heldout280, 13 of 14 right, 1 wrongly ('Complete' on a closed sheet
read as green under a key whose green swatch says 'Complete – proposed for closure'); heldout281
to heldout284 (session 20; each measured before any change for them): heldout281, 13 of 14
right, 1 wrongly (a sheet's caption 'Areas for priority action' over parts that each name their
kind read as a level); heldout282, 12 of 14 right, 1 wrongly (a second sheet's column of 'What
the trust should do' kept aside), 1 refused (HMPPS's 'Response | Agreed' rows read as actions);
heldout283, 11 of 14 right, 1 refused before the planted month (at an 'Ofsted due date' beside
the 'Target date'), 1 wrongly (an inspectorate's deadline read as the end where the service's
was 'Quarterly'), 1 refused (a key's 'Amber = Some delay'); heldout284, 12 of 14 right, 2
wrongly (a PAC tracker's 'SRO' and 'Target implementation date' not read; a bracketed update
note left in a title: left wrong, see below); heldout285 to heldout288: heldout285, 11 of 14
right, 2 wrongly (a sheet's caption over 'APA1 – ...' parts read as a level; 'Part 1: ...' taken
for the document's title), 1 refused ('Next review: ...' under the table read as an action);
heldout286, 12 of 14 right, 2 wrongly ('Action taken / to be taken' read as progress; a post
over a unit named by two places split: left wrong); heldout287, 10 of 14 right, 4 wrongly (a
committee paper's 'REPORT ON:' line and the meeting line as titles; an issue cell's numbered
title; 'Financial Assessment & Benefits Manager' split); heldout288, 10 of 14 right, 4 wrongly
(a text plan's title underline making its notices the inner level; 'ESOL and Access Curriculum
Manager' split; a sheet's caption '...: further mitigating actions' as the title; a board log's
item coming again: left wrong); heldout289 to heldout292: heldout289, 14 of 14 right;
heldout290, 9 of 14 right, 2 wrongly ('End of Michaelmas term 2024' not read; a closed sheet
named 'Closed Sep-25' read as a part), 3 refused (bare 'Previous' and 'Current' RAG columns; a
paper's cover table read as a record; CQC's 'Areas where the practice should make improvements'
beside its lines); heldout291, 11 of 14 right, 2 wrongly (a 'Priority 1: ...' heading taken for
the title; a sheet's heading over the inspectors' words lost the words), 1 refused (one sheet's
finding column empty beside another sheet's filled one); heldout292, 13 of 14 right, 1 wrongly
(a sheet's caption '...: risk detail and further actions' as the title); heldout293 to
heldout296: heldout293, 12 of 14 right, 1 wrongly (each table's merged first row 'Area for
priority action 1: ...' taken for the title and the rest set aside), 1 refused (a summary line
'R 0' read as a status); heldout294, 12 of 14 right, 2 wrongly (a paper's cover 'Implementation
of internal audit recommendations' not read as the title; an ITE plan's 'Phase' column kept
aside); heldout295, 14 of 14 right; heldout296, 10 of 14 right, 3 wrongly (a ruled heading under
a title underlined with '='; a college's 'RAG Dec' read as later than 'RAG Mar', and the sheet's
line naming whose plan lost to the cover's; 'Executive / operational lead' not read), 1 refused
(a summary block's title row over its counts); heldout297 to heldout300: heldout297, 13 of 14
right, 1 wrongly (the inspectors' words under one heading a level deeper than the bold parts
under another); heldout298, 13 of 14 right, 1 wrongly (a requirement on the line under its
heading's closing rule read as a second heading); heldout299, 12 of 14 right, 2 wrongly ('Year
One Action Plan' taken for the title over its strategy; progress opening 'Complete – ...' with
no RAG column read as unrated); heldout300, 11 of 14 right, 2 wrongly (a risk row over its coded
actions read as an action; 'Change Grow Live (CGL) and Probation Service' kept one), 1 refused
before the planted month ('Propose close'); heldout301 to heldout304: heldout301, 11 of 14
right, 3 wrongly ('Chief Executive and Section 151 Officer' kept one; two left wrong, see
below); heldout302, 11 of 14 right, 3 wrongly (left wrong, see below); heldout303, 12 of 14
right, 2 wrongly (left wrong, see below); heldout304, 14 of 14 right; heldout305 to heldout308:
heldout305, 9 of 14 right, 5 wrongly (a body and its service taken for the title; a caption
'Areas for improvement' over refs 'AFI 1' and a 'Chapter' column unread; three left wrong);
heldout306, 11 of 14 right, 3 wrongly ('Ofsted made the following recommendations ...' read as
the finding under '2. Recommendations'; two left wrong); heldout307, 11 of 14 right, 3 wrongly
('Registered Manager and Responsible Individual' kept one; 'Financial Assessment & Income
Manager' split; a band naming kinds of parts: left wrong); heldout308, 12 of 14 right, 1 wrongly
('Careers Lead & Tutors' kept one), 1 refused ('February 2026 (Board development day)');
heldout309 to heldout312: heldout309, 11 of 14 right, 2 wrongly ('Inspection report: ...' taken
for the title; 'Service Manager – Homelessness & Housing Access' split), 1 refused (a column of
'Responsible officer:' and 'Agreed date:' lines); heldout310, 12 of 14 right, 2 wrongly (a
'Baseline (...): ...' line read as a part; a concordat's 'Obligation' column and its title);
heldout311, 12 of 14 right, 2 wrongly (sheets named 'APA1' and 'AFIs' read as parts;
'Improvement required:' alone read as the part); heldout312, 13 of 14 right, 1 wrongly (a 'Rec'
column of R1, R2 unread); heldout313 to heldout316: heldout313, 14 of 14 right; heldout314, 11
of 14 right, 2 wrongly ('RAG T1' read over 'RAG T2'; a risk's code then its title with no dash),
1 refused (a table counting the plan by status read as an action); heldout315, 13 of 14 right, 1
wrongly (left wrong, see below); heldout316, 11 of 14 right, 2 wrongly (left wrong), 1 refused
(a project sheet's header repeated: still refused); heldout317 to heldout320: heldout317, 12 of
14 right, 2 wrongly (left wrong, see below); heldout318, 11 of 14 right, 3 wrongly (left wrong);
heldout319, 12 of 14 right, 2 wrongly (left wrong); heldout320, 11 of 14 right, 2 wrongly (left
wrong), 1 refused ('Original: Sept 2025 / Revised: Jan 2026' in one cell); heldout321 to
heldout324: heldout321, 14 of 14 right; heldout322, 11 of 14 right, 3 wrongly (left wrong, see
below); heldout323, 13 of 14 right, 1 wrongly ('Chief Executive and Monitoring Officer', a
police commissioner's one officer, split); heldout324, 13 of 14 right, 1 wrongly (a funding
audit's 'Funding stream' column unread); heldout325 to heldout328 (session 21, measured with the
Audit Scotland issue-title and revised-date readings made before them): heldout325, 10 of 14
right, 3 wrongly (a children's home's 'Requirements' band kept as a level against the corpus's
majority; a JTAI summary beside its key; workstream rows under a 'Consumer standard' column), 1
refused (a long form title settled as the action and never found again); heldout326, 8 of 14
right, 4 wrongly (four 'X and Y' leads each two bodies or posts), 2 refused ('Observations /
progress' beside 'Recommendation'; a charter's 'Domain' over 'Theme'); heldout327, 9 of 14
right, 5 wrongly; heldout328, 10 of 14 right, 4 wrongly; heldout329 to heldout332: heldout329,
13 of 14 right; heldout330, 14 of 14 right; heldout331, 12 of 14 right, 2 wrongly ('HMICFRS
deadline' read as the end beside the service's own 'KFRS target date', its typo missed;
'Outcome' | 'Expectation' written where their runs start); heldout332, 13 of 14 right, 1 refused
(a progress column of colours beside coloured scores); heldout333 to heldout336: heldout333, 13
of 14 right, 1 wrongly (a 'Top risks' table under a highlight report); heldout334, 13 of 14
right, 1 refused (a register laid out a block per risk); heldout335, 13 of 14 right, 1 wrongly
(a strategy's year-one plan line taken for the title); heldout336, 11 of 14 right, 2 wrongly, 1
refused; heldout337 to heldout340: heldout337, 12 of 14 right, 1 wrongly, 1 refused at another
line (an unknown status word before the typo); heldout338, 13 of 14 right, 1 wrongly (a paper's
appendix caption for the title); heldout339, 12 of 14 right, 1 wrongly, 1 refused at another
line ('Target (LxI)' beside 'Due'); heldout340, 12 of 14 right, 2 wrongly; heldout341 to
heldout344: heldout341, 11 of 14 right, 1 wrongly, 2 refused; heldout342, 12 of 14 right, 1
wrongly, 1 refused at another line; heldout343, 12 of 14 right, 2 wrongly; heldout344, 10 of 14
right, 4 wrongly; heldout345 to heldout348: heldout345, 12 of 14 right, 2 wrongly ('Improvement
Recommendation 1' as the part; a risk's heading above its facts taken for the title);
heldout346, 12 of 14 right, 2 wrongly; heldout347, 12 of 14 right, 1 wrongly ('Forum & SENDIASS'
one lead), 1 refused (two headings alike over one table); heldout348, 13 of 14 right, 1 refused
(a risk's scores beside its name read as a status); heldout349 to heldout352: heldout349, 14 of
14 right; heldout350, 14 of 14 right; heldout351, 13 of 14 right, 1 wrongly (a custody plan's
'Causes of concern' band kept as a level); heldout352, 7 of 14 right, 7 wrongly (a key naming
one word's colour, staff codes 'JWi & KPa', an ICB named by two places, a guidance sheet's line
for the title, a learning review's 'Learning Point' column, a regulator's standards as headings,
a board log's subject column); heldout353 to heldout356 (measured last, with every change of the
session made): heldout353, 12 of 14 right, 2 wrongly ('Head of Payroll & HR Systems' and 'Deputy
Chief Executive and Chief Officer Resources' split); heldout354, 11 of 14 right, 3 wrongly
('Requirement notices' over its regulations kept as a level; a core service's line lost over the
must-dos; a project's RAG line read as a heading); heldout355, 14 of 14 right; heldout356, 13 of
14 right, 1 wrongly (a 'Must / Should' column's 'Should' read as a level); heldout357 to
heldout380 (session 22, six rounds of four, each measured before any change for it): heldout357,
13 of 14 right, 1 wrongly (an 'Issue:' line's label kept in the finding); heldout358, 13 of 14
right, 1 wrongly (a project sheet named by its tab, not its 'Project:' fact); heldout359, 13 of
14 right, 1 refused (two sheets of audits by year refused as two versions); heldout360, 13 of 14
right, 1 refused at another line (three quarterly update columns); heldout361, 12 of 14 right, 2
wrongly (a lettered recommendation row over its numbered actions read as an action; a risk's
band and its description both levels); heldout362, 13 of 14 right, 1 refused (an answers column
'Response (Agreed / Partly Agreed / Not Agreed)' beside the actions); heldout363, 12 of 14
right, 2 wrongly (a youth justice service's cover title; one officer's two posts); heldout364, 9
of 14 right, 5 wrongly (posts after a comma or with areas split or joined, 'Completion by' not
the end, a DHR's title, a label's level); heldout365, 11 of 14 right, 3 wrongly (a councillor
'and' a post, a long requirement under its label, an 'Agreed date' of months read as codes);
heldout366, 11 of 14 right, 2 wrongly, 1 refused (a school's 'SENDCo & Reading Lead', two trusts
joined by 'and', a log's meeting dates as a theme); heldout367, 12 of 14 right, 2 wrongly;
heldout368, 12 of 14 right, 2 wrongly (a numbered priority under a question heading; a cover
spelling out the quarter); heldout369, 13 of 14 right, 1 wrongly; heldout370, 11 of 14 right, 2
wrongly, 1 refused (a first line naming the plan over banded tables; a register laid out a block
per risk); heldout371, 12 of 14 right, 2 wrongly ('Rec. No.' unread); heldout372, 12 of 14
right, 2 wrongly (a section in capitals over the first part); heldout373, 11 of 14 right, 2
wrongly, 1 refused (a numbered 'Outcome' written where its run starts; audit ratings beside the
RAG); heldout374, 13 of 14 right, 1 wrongly ('Ward Sister, Third Floor' split); heldout375, 12
of 14 right, 1 wrongly, 1 refused at another line ('Outstanding' refused, fairly, as no known
status); heldout376, 11 of 14 right, 3 wrongly (should-improve sentences between records, 'What
difference do we expect to see?', a sheet's 'Recommendations from the NAO ...' line); heldout377
to heldout380: heldout377, 13 of 14 right; heldout378, 13 of 14 right; heldout379, 13 of 14
right; heldout380, 13 of 14 right, each with 1 wrongly ('Milestone 1.1' records, 'Should do 2 –'
lines, 'Project / key deliverable', sheets named by kinds of parts); heldout381, 13 of 14 right,
1 wrongly (a progress cell's second line unquoted in a tab export, read as a heading);
heldout382, 12 of 14 right, 2 wrongly (a labelled finding under a ruled heading read as a fact;
a board log's agenda items, read as no level, a level to its author); heldout383, 14 of 14
right; heldout384, 12 of 14 right, 1 wrongly ('Section 1: Requirement notices' kept as a level
over its regulations), 1 refused (a sign-off block under the table); heldout385, 13 of 14 right,
1 refused at another line (a 'Priority' of numbers read as the refs); heldout386, 12 of 14
right, 1 wrongly (sections alone in a risk column read as parts), 1 refused (a cover's key of
letters a row unread); heldout387, 13 of 14 right, 1 wrongly (a children's home 'Requirements'
table's lead-in line); heldout388, 14 of 14 right; heldout389 to heldout392 (measured last, with
every change but three made): heldout389, 14 of 14 right; heldout390, 12 of 14 right, 2 wrongly
(a highlight report's header block and risks read as parts and actions; 'Stevenage BID and SBC'
one lead); heldout391, 14 of 14 right; heldout392, 9 of 14 right, 3 wrongly ('UKAD target'
beside 'WADA deadline' unread, so a mistyped 'Jul-2O25' was read in silence; a 'SHOULD DO' band;
a note line under a section), 2 refused (two columns titled 'Impact'; a key issue line under a
highlight report's table); heldout393 to heldout400 (session 23, each round of four measured
before any change for it): heldout393, 11 of 14 right, 1 wrongly (two posts joined by 'and' read
as one lead), 2 refused (a requirement merged across with 'Due date: ...' beside it; a
recommendation band over actions whose Finding cells are empty); heldout394, 12 of 14 right, 2
wrongly (a regulation column merged down beside the recommendation, a level to its author; 'DHT
(Personal Development) and Chaplain' one lead); heldout395, 11 of 14 right, 2 wrongly (two posts
joined by 'and'; 'Amber – revised date June 2025' in the progress unread), 1 refused ('RAG
Autumn 2024' beside 'RAG Spring 2025'); heldout396, 13 of 14 right, 1 wrongly (a 'SHOULD DO
(areas for improvement)' band set aside, its should-dos under the last requirement notice);
heldout397, 13 of 14 right, 1 refused ('By 31 March 2025 (revised to 30 June 2025)');
heldout398, 12 of 14 right, 1 wrongly (a sheet's line naming the plan taken for its heading), 1
refused (a key of letters set apart by spaces in a text report); heldout399, 11 of 14 right, 3
wrongly (a children's home 'Requirements' heading kept as a level; a record per table of labels
and values read as fourteen actions; the tracker's generic line taken over the summary sheet's
title); heldout400, 12 of 14 right, 2 wrongly ('JM, Attendance Officer' one lead; a council's
service of two fields split at 'and'); heldout401 to heldout404, 46 of 56 right on first sight:
heldout401, 12 of 14 right, 2 wrongly (a cover naming the auditor's report taken over the sheet
naming the plan; a labelled finding over a table with bands of its own, a note to its author);
heldout402, 12 of 14 right, 2 wrongly (a caption merged over a risk register's header taken for
the one part; 'Director of Midwifery and Clinical Director for Women's Health' one lead);
heldout403, 11 of 14 right, 3 wrongly (an inspection's facts under a home's heading taken for
its part; a title joined to the report line under it; 'ALNCo & Family Engagement Officer' one
lead); heldout404, 11 of 14 right, 3 wrongly (an empty 'Revised due:' label cutting each record
in two; an orange 'Overdue' beside the key's amber read as amber; two bodies, the second with
'and' in its name, one lead); heldout405 to heldout408, 52 of 56 right on first sight:
heldout405, 13 of 14 right, 1 refused ('Phased – Sept 2025 to March 2026'); heldout406, 14 of 14
right; heldout407, 14 of 14 right; heldout408, 11 of 14 right, 3 wrongly (a school's '&'
splitting a dean's post; a sheet's generic line taken over the cover's title; a sentence
introducing the closed actions taken for their part); heldout409 to heldout412, 48 of 56 right
on first sight: heldout409, 13 of 14 right, 1 refused ('Action' beside a 'Milestone' of months);
heldout410, 10 of 14 right, 3 wrongly (a bold 'Area for improvement identified by Ofsted' taken
for the part; 'What CQC found' read as the action; a board log's agenda item over one action, a
level to its author), 1 refused (a highlight report's 'Q1' | 'Q2' RAG columns, its project boxes
not yet read: still refused); heldout411, 13 of 14 right, 1 wrongly (the finding under a label
shared by every sheet lost); heldout412, 12 of 14 right, 1 wrongly (a risk merged across beside
its facts read as an action, a summary sheet's 'risk profile' line taken for the title), 1
refused ('Autumn review RAG' | 'Spring review RAG'); heldout413 to heldout416, 48 of 56 right on
first sight: heldout413, 13 of 14 right, 1 wrongly ('Chief Executive and Monitoring Officer' one
lead, two officers in a council); heldout414, 12 of 14 right, 2 wrongly (a ruled finding that
says 'plan their next steps' taken for a title, the areas' levels shifted; a key's green
'evidence of impact awaited' read as complete); heldout415, 12 of 14 right, 2 wrongly (a
children's home 'Requirements' heading kept as a level; a text risk register written as a block
per risk); heldout416, 11 of 14 right, 2 wrongly (a board log's 'Resp.' of initials unread,
every lead lost; a 'Ward / Service' column kept as another column), 1 refused (a key question
'SAFE' alone over its regulations' lines); heldout417 to heldout420, 46 of 56 right on first
sight: heldout417, 12 of 14 right, 2 wrongly (a 'Progress as at ...' line over the header taken
for the theme; a custody plan's band over its causes of concern kept, their lines lost);
heldout418, 11 of 14 right, 2 wrongly (a numbered section over numbered sub-headings read as one
level; a text risk register's risk rows read as actions), 1 refused (a summary sheet beside the
plan's: which is the plan); heldout419, 12 of 14 right, 1 wrongly ('Requirement 1' on its own
line kept in the part's words), 1 refused (a text highlight report of milestone lines with no
header); heldout420, 11 of 14 right, 2 wrongly (a risk's 'Controls' row taken for a level; a
closed sheet's 'Closed at the meeting held on ...' bands read as counts), 1 refused ('Must Do'
and 'Should Do' sheets of different columns: which is the plan); heldout421 to heldout424, 50 of
56 right on first sight: heldout421, 14 of 14 right; heldout422, 12 of 14 right, 2 wrongly (an
'Audit dimension' column kept as another column, every action under the sheet's caption; a
requirement merged across above its table's header, Ofsted's 'Due date: ...' beside it, read as
a note); heldout423, 12 of 14 right, 2 refused (a grey swatch right of 'Not yet due to start' in
the key, unread; refs starting again under each audit inside a body's band); heldout424, 12 of
14 right, 2 wrongly (the setting's name over 'Action Plan following ETI Inspection': authors
read it both ways; RQIA's 'Area for improvement 1' over its 'Ref:' and 'Stated:' lines read as
an action); heldout425 to heldout428, 46 of 56 right on first sight: heldout425, 10 of 14 right,
4 wrongly (a meeting log's agenda items under its meetings: authors split; a sheet caption's
'(detailed)' kept over the summary sheet's name; 'Appendix B to the ... Report' on the cover
taken for the title; 'OFFICIAL' beside the title, the plan left untitled); heldout426, 12 of 14
right, 2 wrongly (a register's grouped header row taken for the theme, its inherent score for
the recommendation; a Consumer Duty 'Outcome' column read as each action's measure); heldout427,
11 of 14 right, 3 wrongly ('Q1' | 'Q2' coloured, the first read; a summary counting 'Sub
actions' taken for the plan; 'Head of Victim and Witness Care Unit' split); heldout428, 13 of 14
right, 1 wrongly (a board log's subject a different one on each action: authors split);
heldout429 to heldout432, 46 of 56 right on first sight: heldout429, 11 of 14 right, 2 wrongly
(a register's 'Key controls in place' merged beside its actions read as the recommendation, a
'Quarter 2 review (position at ...)' line taken for the title; a second table of risks under the
milestones read as actions), 1 refused ('A. Quality of education' over 'KIA 1 – ...': two
headings taken to look alike); heldout430, 13 of 14 right, 1 wrongly ('Risk ID & title' kept as
another column, the risk's description the theme); heldout431, 11 of 14 right, 2 wrongly (the
areas under a Word heading naming their kind read one under another; a board assurance
framework's name on its summary sheet unread), 1 refused ('New and developing controls',
Blackpool's name for the actions); heldout432, 11 of 14 right, 3 wrongly (a risk's 'Current
Rating' read over the 'Action RAG'; a 'Key milestones' caption taken for the theme; a town
council's 'Risk identified' under its category bands kept as another column); heldout433 to
heldout436, 47 of 56 right on first sight: heldout433, 12 of 14 right, 1 wrongly (a text
highlight report's 'Budget:' and 'Decisions required:' lines read as milestones), 1 refused (a
summary's titles after the key, over its totals, taken for an action); heldout434, 11 of 14
right, 2 wrongly ('Issue raised' and 'Recommended next step' kept as other columns), 1 refused
(a risk's 'Resp' beside the action's 'Action owner'); heldout435, 11 of 14 right, 2 wrongly
(annexes of audits over findings: three levels, the author keeping the outer two; a numbered
category over one risk taken to name the risk), 1 refused ('Our Foundations' over 'Foundation:
...' taken to look alike); heldout436, 13 of 14 right, 1 wrongly (HSE's 'Requirement of the
notice' label taken for the part); heldout437 to heldout440, 41 of 56 right on first sight:
heldout437, 11 of 14 right, 3 wrongly ('CIN/CP Team Managers' split at the slash; a 'Milestone
plan' caption taken for the title; a 'Requirement notices (must do)' heading kept over the
regulation's); heldout438, 9 of 14 right, 3 wrongly (a text log's 'Action 25/07  Minute 5.4'
record lines taken for headings; a requirement beside 'Ofsted due date: ...' read as an action;
'Action agreed by Council' unread, the auditor's recommendation taken for the action), 2 refused
('Business plan action' unread, then a ';' split's broken quote reported; HIS's 'Action taken'
the only action column); heldout439, 10 of 14 right, 3 wrongly (a custody plan's 'Causes of
concern and recommendations' heading kept over its causes; 'Escalations to Committee' taken for
the theme; 'Who will do it' unread, every lead lost), 1 refused (a due date struck through over
its revision, read as two lines); heldout440, 11 of 14 right (one of them refused at the wrong
line), 3 wrongly (a register's 'Ref & risk title' kept as another column; a body's name in two
languages taken for the title over the log's own; a programme's name taken for the title over
the tracker's); heldout441 to heldout444, 49 of 56 right on first sight: heldout441, 14 of 14
right; heldout442, 9 of 14 right, 5 wrongly (a police and commissioner's names taken for a text
tracker's title; 'Responsible Director' and 'Target Quarter' unread, every lead and end lost; a
'Corporate Risk' column under objective bands kept as another column; 'MCA/DoLS Lead' split);
heldout443, 13 of 14 right, 1 wrongly (a second standard lower on a sheet named by the first
read under it); heldout444, 13 of 14 right, 1 wrongly (a committee log's agenda items under its
meetings: authors split); heldout445 and heldout446, 25 of 28 right on first sight, measured at
the end of the session and added unmended: heldout445, 14 of 14 right; heldout446, 11 of 14
right, 2 wrongly (a text plan's closing 'Signed: Principal' line read as an action; 'Spring –
Summer term 2025', a period of terms, read as no month), 1 refused (HIW's 'Standard /
Regulation' column taken for the RAG); heldout447 to heldout474 (session 25), 314 of 392 right
on first sight (80%), each measured once before any change made for it: heldout447, 14 of 14
right; heldout448, 10 of 14 right, 4 wrongly (a risk's 'Risk description: ... | Executive lead:
...' line under its band read as the recommendation; HIW's 'Date of inspection:' line read as
the part, its domains lost; 'Chairman & RFO' kept as one officer; a risk register's description
merged down, a level to its author); heldout449, 13 of 14 right, 1 wrongly (a risk system's
report, each risk under its own titles over its actions' header, every risk set aside);
heldout450, 9 of 14 right, 3 wrongly (a text paper's numbered records read under the last
heading; a budget table under a highlight report read as actions; a paragraph over a table
banded by its requirements read as the part), 2 refused (RQIA's 'Ref' of regulations beside
'Action No.'; HIW's 'Name (print):' sign-off under the plan); heldout451, 11 of 14 right, 3
wrongly (a board log's agenda item, a level to its author; 'Key deliverable' beside 'Action
2025/26' read as the action; 'Regulation / breach' kept as another column); heldout452, 9 of 14
right, 5 wrongly ('Milestone' of months read as the action beside 'Activity'; 'Strategic
Outcome' and 'Lesson identified' kept as other columns; a text plan's second label read under
the first label's words; a committee log's agenda items under its meetings); heldout453, 13 of
14 right, 1 wrongly (an appendix caption taken for the title over the cover's); heldout454, 10
of 14 right, 4 wrongly (a register's caption taken for the title; a sheet caption over bands of
audit areas; a committee log's agenda items; an undertaking's words under its title);
heldout455, 12 of 14 right, 1 wrongly (agenda items), 1 refused (a text tracker declaring its
columns in a sentence); heldout456, 11 of 14 right, 2 wrongly ('Risk / finding / issue' read as
the theme under HIW's domains; a school's title lost, a change of this session measured
mid-way), 1 refused ('PAY.1' again beside an empty recommendation); heldout457, 11 of 14 right,
3 wrongly (a finance block read as actions; a key of coloured status words unread and 'T/ACC'
split; an untitled column of refs); heldout458, 9 of 14 right (one refused at another line), 4
wrongly (a text audit follow-up's refs and sections; HIS's domain band over each table's part; a
town council's risk read as a level; ISI's 'Recommended next step 1' read as the part), 1
refused ('Prepared by' under the milestones); heldout459, 13 of 14 right, 1 wrongly (CQC's form
of a regulation over how it was not met: the regulation lost); heldout460, 10 of 14 right, 4
wrongly ('Service:' over HIW's appendix sheets; 'Director of Nursing & AHPs' split; a bilingual
'Updated:' line read as the part; a finance block); heldout461, 11 of 14 right, 2 wrongly (a
review line and a sheet's 'BAF ...' caption taken for the titles), 1 refused ('Q1' | 'Q2' rated
by letter); heldout462, 12 of 14 right, 1 wrongly (a meeting's line taken for the title over the
caption naming the plan), 1 refused ('Completed 09/12/25'); heldout463, 14 of 14 right;
heldout464, 10 of 14 right, 3 wrongly (requirement labels in one column, their words in the
next; 'No immediate assurance issues were identified' read as a theme over the domains; a
caption paragraph read as the part), 1 refused (a monitoring table after the plan); heldout465,
14 of 14 right; heldout466, 11 of 14 right, 3 wrongly (a title; RQIA's label with its facts
above each table; a risk's scores spaced on a line read as the recommendation) ; heldout467, 10
of 14 right, 3 wrongly (a 'Ref / Risk' column of coded risks read as each action's ref; two
bodies joined by 'and' kept as one lead; a two-column table of risks under the milestones read
as actions), 1 refused ('Next PAF – 16 September 2025'); heldout468, 11 of 14 right, 1 wrongly
('Area for improvement identified by HM Inspectors' read as the part), 2 refused (an RQIA plan
whose tables the header search missed; a risk's own row read as an action without one);
heldout469, 13 of 14 right (one refused at another line), 1 wrongly ('DACT and Sheffield City
Council Communications' kept as one lead); heldout470, 11 of 14 right, 2 wrongly (a paper's
'Report by' line and a register's '... – detailed register (Q2)' caption taken for the titles),
1 refused ('Before next winter (Oct 2024)'); heldout471 to heldout474, 42 of 56 right, measured
at the end of the session and added unmended: heldout471, 12 of 14 right, 1 wrongly ('Head of
Payroll and HR Operations' split), 1 refused; heldout472, 7 of 14 right (one refused at another
line), 7 wrongly (a priority sheet's band lost under its sub-priorities; two posts and two names
joined by 'and' kept as one; three titles: a position line and a line naming the plan's scope
over the body's; a highlight report's forecast months read as the baseline's); heldout473, 13 of
14 right, 1 wrongly (a ward named in a PLACE plan's row read as a level); heldout474, 10 of 14
right, 3 wrongly (an RQIA plan's area merged down beside its actions; a text plan's key-question
heading lost; a town council's finding written on its first row only, lost), 1 refused (a CSV
tracker whose header the search missed); heldout475 to heldout518 (session 26), 537 of 616 right
on first sight (87%), each measured once before any change made for it: heldout475-478, 48 of 56
(refs starting again under each audit below directorate bands refused; HIS's 'Timescale to meet
requirement' read as a second requirement column; a children's home's requirements merged over
each table set aside; 'Decisions required from Programme Board' under the milestones refused as
an action; a cover's short title; 'Remediation action' unnamed, no header found);
heldout479-482, 48 of 56 (a priority of High and Medium read as the recommendations; a
performance system's 'Action: 1.1.1' blocks read with the codes as actions; a key line taken for
the title; a workstream's facts lost; an RQIA facts cell refused; 'Chief Science, Research and
Innovation Officer' split); heldout483-486, 48 of 56 (five titles, authors split between a cover
and a sheet's line; agenda items; a 'Target:' line read as a part); heldout487-490, 49 of 56 (a
key sheet's words unread; a 'Summary of progress' line read as the theme; councillors listed
with commas kept as one; 'Further action necessary to address the controls gaps' unnamed; 'Q1
2026' left as words); heldout491-494, 49 of 56 ('Area for improvement:' under later priorities
kept as a note; 'Corporate Lead Officer: Legal & Governance Services' split; 'Revised forecast',
'Lead Executive' and 'Revised Quarter' unnamed; 'With immediate effect (6 August 2025)' refused;
Pentana's 'Risk / Related Action' unread); heldout495-498, 46 of 56 ('Telford & Wrekin Council –
Adult Social Care' split; 'Target Completion' unnamed; a bracketed regulation read as a heading;
a direction-of-travel legend refused; 'Key deliverable' beside 'Milestone' refused; a 'Links:'
line and CJI's 'Strategic Recommendation 1' label read as parts; agenda items); heldout499-502,
51 of 56 ('Regulatory finding' unnamed; 'Review 1 (Dec 25)' ratings unread; 'Planned completion
as at end Q3' unnamed; a PCSP's 'Project / activity' unnamed); heldout503-506, 51 of 56 (two
titles; a priority's intro line read as a part; a NIF priority tag merged under each area read
as a part; 'Michaelmas 2025' left as words); heldout507-510, 53 of 56 (a key listed a colour a
bulleted paragraph unread; a 'What we found:' paragraph read as the finding; a risk system's
'Description' rows refused as refs used twice); heldout511 to heldout514, 49 of 56, measured
after the freeze and added unmended (a risk's ID read as its actions' refs; a DHR action wrapped
onto its own line read as two; 'Supt Stop and Search Lead' split; a line under a highlight
report's milestones read as one; three refused: two 'Board meeting' lines read as headings of
one kind, two yearly tracker sheets, an RQIA plan's tables); heldout515 to heldout518, 45 of 56,
measured after the freeze and added unmended (a risk register's description and owner rows read
as actions; a board log's leads unread; 'As baseline' unread; a priority read as a level; a PAC
recommendation lost; one sheet's end months unread; 'Requirements' kept as a level; HIW's
introductory sentence read as a part; an inspection line taken for the title; 'Not due to start'
refused); heldout519 to heldout538 (session 27), 246 of 280 right on first sight (88%), each
measured once before any change made for it: heldout519-522, 51 of 56 ('NHS England Screening
and Immunisation Team' split; Audit Scotland's 'Risk' sentences read as the theme beside its
'Issue'; an 'Areas for improvement' heading lost after the causes of concern; a risk on its
action's row read as a level; 'Q2 2024' left as words); heldout523-526, 45 of 56 (a sheet's
banner over bands; three titles, authors split between a cover and a sheet's line; a CQC table's
should-dos lost under 'CQC also recommended the following improvements.'; 'Recommendations' kept
over 'Recommendation 1'; an update's paragraph on its own line read as a heading; a risk note
row refused; an HSE tracker's 'Notice' and 'Contravention' unnamed; 'Practice Educator' kept in
one; 'Lead Executive:' read as the part); heldout527-530, 52 of 56 ('Senior Director, SMS
Investigations' split; 'Lead Service' unnamed; 'Regional NEST/NYTH Co-ordinator' split; an
export's 'Filter:' line taken for the title); heldout531-534, 51 of 56 ('Target date' beside
'Completion date' refused; a highlight report's 'Decisions required' line refused; a bulleted
list read as the part; a workbook's title read as its first sheet's part; agenda items);
heldout535-538, 47 of 56 (each risk's row, its owner beside it, read as an action too; a
workstream numbered '1.' above the first header; a title '(continued)' on the next sheet read as
a part; 'Director of Finance and Resources and OPCC Chief Finance Officer' kept in one; a key's
'Green – achieved' read as complete where its author reads green; two titles; a report's heading
over its recommendation's refused); heldout539 to heldout554 (session 28), 200 of 224 right on
first sight (89%), each measured once before any change made for it: heldout539-542, 50 of 56
(two titles, a cover's over a sheet's bracketed '(update September 2024)' or '(Q2 2025/26)';
HIW's 'Risk/finding/issue' on each row read as a theme; 'Wales & South West' taken for a person;
a register's risk on its one action's row read as a heading; agenda items); heldout543-546, 52
of 56 (a TSM merged over its actions read as their measure; 'Key milestones' under each
workstream read as a part; 'September 2025 PAB' refused; a risk's code and name merged over the
action cell read as an action); heldout547-550, 52 of 56 ('Completed 28/03/2024' in a timescale
with no RAG column unrated; 'Date to be met' unnamed; 'Ref: Regulation 13 (7)' between a label
and its words; 'What we learned' unnamed); heldout551-554, 46 of 56 (two workbooks of several
plan sheets refused; 'Revised to ... (originally ...)' refused twice; 'AA1' merged across its
table read as an action; 'Part of ... Trust' under the title read as a part; 'Accountable
executive' read as a DLT lead; 'Highlight Priority Action' unnamed; two titles; a lead split at
the other 'and'); heldout555 to heldout574 (session 29), 244 of 280 right on first sight (87%),
each measured once before any change made for it: heldout555-558, 47 of 56 (a key's 'In progress
– revised date' read as 'In progress' defined again; 'Legislation / standard: ...' under a
requirement's words taken for the part; 'The school has identified the following further action
...' read as a part; a committee's 'Summary of Action Agreed' unnamed; four titles; agenda
items); heldout559-562, 49 of 56 (a risk's description in the action column beside its coded
actions read as an action; 'Area to improve' read as a theme over its heading; 'Issue/risk',
'Recommendation' and 'Agreed management action' each alone over its words read as one action;
'Action taken / planned by the home' unnamed and the RQIA area tracked instead; a
Welsh-over-English header refused; agenda items); heldout563-566, 49 of 56 ('1. SAFE' over 'CQC
requirement: ...' lost; 'Michaelmas Term 2025 (revised: Lent Term 2026)' unread; underlined
objectives under underlined priorities read beside them; 'Town Clerk and IT contractor' and
'Administrator and Registered Manager' kept in one; an issue column of topics kept aside while
the sheets' names were read as themes; a care home's key questions set aside; agenda items);
heldout567-570, 54 of 56 ('Risk 1 – ...' merged over its action's cell read as an action; agenda
items); heldout571-574, 45 of 56 ('Lesson 2: ...' alone in the action column joined to the
action above, twice; 'What CQC found' beside its finding merged across read as an action; 'Lucy
Hartley (RM) and HR Advisor' kept in one; a mission sheet's banner 'Mission: Homes' split; a
risk card's score line read as a level; a cover's key making green complete unread; a combined
title split at its comma; a minute's two actions sharing its ref, and a delivery report's
header, refused; a title); heldout575 to heldout598 (session 30), 292 of 336 right on first
sight (87%), each measured once before any change made for it: heldout575-578, 47 of 56 (a Welsh
and English quarter's status unread and the first shaded column taken; RQIA's 'Response by
registered person ...' prompt read as every part; a note under a risk register refused; a
cover's title beside the sheet's quarterly one, twice; a title; 'Agreed action 3.1:' lines
refused; an audit's lettered control objectives dropped; agenda items); heldout579-582, 49 of 56
('Areas for improvement and actions' read as a theme; a 'Regulation' column over runs of actions
kept aside; 'Key question: Safe' cut to its label; 'Detective Superintendent, Head of Public
Protection' split; an open and a closed annex's actions gathered by meeting; two titles);
heldout583-586, 50 of 56 ('Issue identified at assessment' unnamed; a prior-year sheet's caption
read as a theme; a paper's '4. Action plan' taken for its title; 'Advice 1' merged across read
as an action; an expected lead the file does not have; a board log's settling refused);
heldout587-590, 50 of 56 (a note over the milestones taken for the title; 'Key messages this
quarter' read as a theme; a 'Should do' heading kept over its column of should-dos; 'Lead: ... |
Due: ...' lines refused; a title; agenda items); heldout591-594, 48 of 56 ('PCSP Officer ... &
Youth Justice Agency' kept in one; 'Improvement point 1' read as a theme; a sheet's caption
naming the report's recommendations for chief constables read as a theme; 'Q1 2026' unread; a
treatment plan sheet's title; a title; two headings stacked, and a finding beside a
recommendation column, refused); heldout595-598, 48 of 56 (a prior-year sheet's 'Appendix 2 –
Follow-up ...' caption read as a theme; 'In progress - behind schedule' read red against its
key; a title; a log's shared minute refs and agenda items; 'Requirement notice: Regulation 12
...' over the must-do dropped; a risk's 'Description:' line under its title, a finding left
blank, and a log's refs starting again, refused); heldout599 to heldout618 (session 31), 242 of
280 right on first sight (86%), each measured once before any change made for it:
heldout599-602, 50 of 56 (two posts each with its area and an '&' split at the '&'; a 'Should do
improvements' heading kept over its column of should-dos; a title; a prior-year sheet headed
'Recommendation and agreed action' set aside as having no header; 'Records Manager and
Information Asset Owners' kept in one; CQC's 'Areas where the practice should make improvements'
dropped by a rule made that round for the should-do heading, then narrowed); heldout603-606, 47
of 56 (a 'Commitment' column unnamed and its table refused; agenda items; sheets captioned 'NCPI
Action Plan – Recommendations' read as themes; 'Milestone / measure by 31 March 2026' refused as
a second action; a title; 'Chair and Clerk to the Board' kept in one; 'D/Supt Serious and
Organised Crime' split; a key's entries set apart by spaces turning G blue; an 'R' in a pale
orange cell read amber); heldout607-610, 46 of 56 (a project's facts table read as the plan
continued; 'Treasurer & Committee Services Manager' kept in one; two titles; 'Q2 RAG (current)'
refused; columns titled the wrong way round, refused; notice sheets' colours refused, one
sheet's lines taken for another's; 'Prev' | 'Current' refused; a 'Commitment' over its actions
set aside by that round's own word for it; 'Nurse in charge and Registered Manager' kept in one;
a lesson's 'What we learned' read as a level); heldout611-614, 50 of 56 (shaded 'Q2 progress' |
'Q3 progress' refused; a notice's compliance date set aside; a 'Priority' of ratings read as a
level and the sheets' areas dropped; a title; a risk written on each row kept aside; '31 0ctober
2025' kept as words with no end month, read wrongly in silence, now refused); heldout615-618, 49
of 56 (a risk's description read as a level; agenda items, twice, their authors split; a title;
a key performance indicator table's 'Target 2025-26' under the plan refused as a month;
'Healthwatch Telford & Wrekin Chief Officer' split; 'Chief Executive & Director (HR, ...)' kept
in one; a line of prose ending in a colon read as a level); heldout619 to heldout650 (session
32), 385 of 448 right on first sight (86%), each measured once before any change made for it:
heldout619-622, 50 of 56 (a lessons plan's 'L3' merged across read as an action; 'Action' beside
'Milestone' refused; a risk 'Category' kept aside; a requirement's title row lost under 'Part
A'; a risk written on each row kept aside, its authors split; 'What happened:' read as a level);
heldout623-626, 47 of 56 (three titles: a board's name over its log's line, an 'agreed by' line,
a 'Programme:' line; 'Development point 1' kept as a level; 'Clinical Lead, Dementia Champion'
kept in one; 'Additional action required' unnamed, no header found; HIW's finding merged beside
its improvement read as the theme; RQIA's 'Ref / Stated' read as the ref; an 'Action progress'
of colours refused beside a coloured score); heldout627-630, 46 of 56 (three titles, one no line
of the file holds; a key sheet's counts hiding its key; HIW's empty 'Appendix B' refused as a
second plan; a key of 'G on track; C complete' unread; 'Assurance: Limited' read as a level;
numbered recommendation and risk rows read as actions; a summary table's section 'A' read as
amber); heldout631-634, 45 of 56 ('Requirement notices (must do)' set aside; a 'Milestone
summary' read as a milestone; 'Principal and Vice-Principals' and 'DHT & PEF teacher' kept in
one; HSE's law line read as the part; a DHR's 'Recommendations made by agencies ...' read as a
part; an outcome merged over actions kept as the measure; a post its author split; 'Next step 2'
kept; a key question over its requirement refused; a title); heldout635-638, 50 of 56 (an
'Outcome' of a few words kept as the measure; 'Standard 15' over the themes dropped; open and
completed headings, authors split; a title; 'Link to School Development Plan' read as a level;
'Head of Planning and Head of Visitor Services' kept in one); heldout639-642, 50 of 56 (two ref
columns refused for a summary row under them; a risk's description read as a level; agenda
items; an outcome kept as the measure; a joint post split; a key's caption about colour taken
for the title); heldout643-646, 50 of 56 (key actions under priorities kept as 'Heading'; 'Lead
Nurse – Quality & Governance, ED' split; 'Appendix A – ...' read as a key's amber; agency tables
under another heading, as styled; a key row cell by cell unread; RQIA's 'To be completed by:'
refused); heldout647-650, 47 of 56 ('Local Offer Manager & Derbyshire Parent Carer Voice' kept
in one; a service split at its 'and'; a post and a team kept in one; two titles; RQIA's label
and facts in one cell read as the part; 'Lead directorate' beside 'Accountable officer' refused;
'Actual 12/09/2025' refused; an ICO plan's labelled refs unread); heldout651 to heldout678
(session 33), 332 of 392 right on first sight (85%), each measured once before any change made
for it: heldout651-654, 51 of 56 (a bilingual board's name taken for the title over the
inspection it answers; a committee's 'Programme' scored as a plan; 'Deputy Place Lead
(Children), NHS GM Trafford' and 'T/Head of People Services' split; a title, cover or sheet);
heldout655-658, 49 of 56 (an objective column over the theme column read as the inner level;
HIW's finding beside the improvement needed read as the theme; a meeting line and 'INTRODUCTION'
read as headings; 'Intended impact' refused as a second level; RQIA's 'Area for improvement 1 –
Regulation 13 (d)' kept as a level; a title, cover or sheet); heldout659-662, 51 of 56 (an
outcome numbered under its priority kept as the measure; a sign-off under the key refused; a
post with its area, '&', then another post; a board assurance framework's title taken from its
sheet; 'Director for Digital & IT Services' split); heldout663-666, 47 of 56 (sheets each
restating their name dropped as levels; RQIA's text QIP refused; a Planner label 'Green RAG'
unread; an HSE notice's 'Served ...' line taken for its requirement; a board's decisions read as
an action; a template's 'Annex A' line taken for the title; 'Recommendation a' read as an
action; an Asana export's project read as the action; a title); heldout667-670, 49 of 56 (a
risk's facts above its actions refused as two levels alike, twice; RQIA's text QIP refused;
'Objectives 1-3' read as a level; a council's name as the title over its tracker's line;
'Control objective' and the auditor's recommendation kept aside; a key's 'Amber = on track',
authors split); heldout671-674, 44 of 56 (three titles, cover or sheet or a body's name, authors
split; 'Responsible Head of Service' unread; a 'Completed' timescale as the status; a 'Must do'
column over its findings; a Smartsheet's top row read as an action; a continuation line with its
own owner refused); heldout675-678, 41 of 56, measured at the session's end with no change made
for them (two titles and a body's name as title, authors split; RQIA's text QIP refused; a
Monday.com export's priority read as the action; two posts in one cell kept whole, twice; a
number at the start of each action unread as its ref; 'What we said we would do:' read as a
level; a well-being objective over its priorities lost; a gap in control beside its actions kept
aside; a Planner description's 'Rec 1' read as the ref; labels kept by two authors);
heldout679 to heldout706 (session 34), 334 of 392 right on first sight (85%), each measured once
before any change made for it: heldout679-682, 47 of 56 (HIW's finding one for one in a two-row
table read as a level; an improvement action beside its milestones refused; 'Ref' and 'Action
ref' refused; a month with an earlier one in brackets refused; a Planner labels column unread;
a body's name over a signed-off sheet read as a level; a title); heldout683-686,
47 of 56 (RQIA's Word form refused; 'Q3 2025 to 2026' unread; a PSII code over its findings and
a regulation over CQC findings lost; a commitment over its activities; a sign line as an
action); heldout687-690, 48 of 56 (agenda items under committee headings refused after six
readings; 'DCI Stalking and Harassment Lead' split; quality indicators read as a level; two
titles); heldout691-694, 51 of 56 (a sign-off box read as actions; RQIA's lettered responses;
HMPPS's 'Agreed' row refused; 'Safety recommendation 1' kept); heldout695-698, 49 of 56 (a
numbered requirement's ref unread; an 'Area' topic read as a level; 'Jan 2025 and Jun 2025'
refused; Planner's Task ID, authors split); heldout699-702, 47 of 56 (a regulation without a
colon; a coded area beside its recommendation refused; 'Sub rec' unread; an outcome nearly one
an action); heldout703-706, 45 of 56, measured at the session's end with no change made for
them (a totals block's first row read as an action; an 'Aim:' and a 'Success criteria' line
read as levels; RQIA's Word form without a prompt row refused; a monday.com export refused; a
SharePoint log's agenda item read as a level; authors split on a title); heldout707 to
heldout726 (session 35), 233 of 280 right on first sight (83%), each measured once before any
change made for it, and all 40 planted typos refused at their line: heldout707-710, 47 of 56 (a
risk's code over its numbered actions read as their ref; a key line of 'Colour = meaning' cells
read as an action; 'SA1  Safety action:' unread; HIW's one-row table; four titles);
heldout711-714, 47 of 56 (a numbered scale's key printed on each sheet unread; a swatch key's
yellow; a standard cutting across HIW's sections; a goal under its priority lost; 'Improvement
point' sheets); heldout715-718, 47 of 56 (a domain tag across priority bands; RQIA's Word form
with section bands refused; 'Report / item'; a notice's extended date); heldout719-722, 48 of 56
(HMPPS's concerns lost under 'Agreed / Partly Agreed / Not Agreed'; a totals line refused; an
outcome merged down unread; 'Requirement 1' over words ending with the law); heldout723-726,
44 of 56 (audit 'Rec' rows read as six more actions; a second risk's actions under the first;
'PACS/RIS Manager' split; a scrutiny tracker's recommendation as the action, authors split);
heldout727 to heldout742 (session 36), 179 of 224 right on first sight (80%), each measured
once before any change made for it; 31 of 32 planted typos refused at their line (one file
refused earlier, at its second table): heldout727-730, 44 of 56 (a report's 'agreed on' line
and a committee's sheet line unread as such; an outcome lettered by its refs; a notice's ref
on its parent row refused; RQIA's 'Stated' read as the theme; authors split on a cover title,
a Planner Task ID and HIW's immediate heading); heldout731-734, 46 of 56 (a ref alone over a
text record; a key across cells; notes under 'Notes' refused; an open and an implemented
sheet refused; termly colours); heldout735-738, 42 of 56 (a 'Part A' caption over two levels;
'Progress at Spring 1 review'; a notice's facts line; 'R1' over 'R1.1'; RQIA's '[A1]' form;
a regulation beside each finding; HMPPS's 'Agreed – ...' row); heldout739-742, 47 of 56 (a
well-being plan's 'Step' and 'What we will do in 2025/26' unread; 'Date agreed' as the end;
letters on termly colours refused; Smartsheet's 'RYG'; a body list);
heldout743 to heldout758 (session 37), 187 of 224 right on first sight (83.5%), each set
measured once before any change made for it; 31 of 32 planted typos refused at their line (one
file refused earlier, at its two ref columns): heldout743-746, 50 of 56 (a notice's number and
contravention; a control objective beside the auditor's recommendation; findings under worded
headings read alike; a key's letter beside its meaning; a well-being plan's step);
heldout747-750, 45 of 56 (a section shaded as the first read as a report's box, three actions
lost; 'Partly Agreed' beside a concern; a standard's numbers as the recommendation; a cover's
plan name; a scrutiny body over its reviews); heldout751-754, 46 of 56 (dates read as the
actions beside the deliverables, a check added; 'on track/achieved' read as complete; a summary
of projects as a second plan; an HTA CAPA plan; a second breach kept as a note);
heldout755-758, 46 of 56 (a long numbered heading read as a paragraph; how a review was
answered read as a finding; 'Head of Strategy and Commissioning – ...' split; a cover's plan
name beside the sheet's progress line; authors split on a heading row's own ref);
heldout759 to heldout782 (session 38), 292 of 336 right on first sight (86.9%), each set
measured once before any change made for it; 47 of 48 planted typos refused at their line (one
file refused earlier, at two lead columns): heldout759-762, 48 of 56 (a ruled box's 'Measure:'
line; a 'Standard' column crossing Monday.com groups; a key's '(amber – ...)'; 'Lead service'
beside the officer; a label row's facts spaced out); heldout763-766, 50 of 56 (an RQIA 'AFI 1'
row's facts in the date columns; 'Area for improvement / Action' read as 'area for action';
prose under an HMPPS concern; 'Review rec' beside 'Ref'); heldout767-770, 46 of 56 ('Objective'
in the ref column; 'Requirement notices were issued ...' as a heading; 'Link to HGIOS4: ...';
'Extended to'; 'Behind schedule (A)'); heldout771-774, 51 of 56 (a committee column as the
unnamed action; a settled title read loosely by the one beside it; 'Why we chose this:';
lettered sub-actions under a recommendation's number; sheets of coded bands); heldout775-778,
48 of 56 ('Executive lead authority: ...' as a fact; a 'Programme' column over commitments; a
BAF's 'detail' page line); heldout779-782, 49 of 56 (measured on 5eb0a53b; 'Spring 2026 review'
of colours mended, the rest left for session 39);
heldout783 to heldout794 (session 39), 137 of 168 right on first sight (81.5%), measured on
3362e1ec before any change made for them; 22 of 24 planted typos refused at their line (two
refused earlier, at two recommendation columns and at a ref used again under a task group):
heldout783-786, 49 of 56 (a 'PMSC element' column; a 'Completed actions' sheet repeating the
bands; 'Directorate | Section'; 'Quality statement' beside 'What CQC found'; RQIA's columns
and HIS's text); heldout787-790, 43 of 56 ('Q2 update:' rows; a task group column; 'Deadline
agreed with the Commission'; 'Completed – July 2025'; HIS's tables; ISI's 'Next step 1:'; a
recommendation for the NPCC; Smartsheet parent rows); heldout791-794, 45 of 56 ('RAG P5';
'Q3 (December 2025)'; two posts, the second with its area; 'Recommendation' beside
'Recommendation detail');
heldout795 to heldout814 (session 40), 238 of 280 right on first sight (85.0%): heldout795-810
measured on c1fa8a19 and heldout811-814 on 13e0d21e, each before any change made for it; all
20 planted typos refused at their line:
heldout795-798, 42 of 56 (a SEND written statement's weakness labelled above the header; HIW's
'Immediate improvement plan' beside 'Improvement plan'; HMI Probation's numbered
recommendation rows; a SharePoint list's 'Title' codes; 'Extension agreed to'); heldout799-802,
50 of 56 (a struck-through date over its revision; a measure with a colon in it; RQIA's 'PART
1:'; 'No.' beside the report's paragraph; facts set side by side under a notice; a Smartsheet
outline's root row); heldout803-806, 50 of 56 ('Mid-May 2023'; a minute ref beside a list's
codes; a 161-character title; a 'Minute item' column); heldout807-810, 48 of 56 (an 'Evidence'
row under HMPPS's actions; a scrutiny commission over its reviews; 'Gap in assurance');
heldout811-814, 48 of 56 ('OSP/24/01  That ...'; 'A (previous: G)'; a signature line under
the table; 'Pharmacy Technician'; a sentence about the review's recommendation 3).
heldout815 to heldout834 (session 41), 243 of 280 right on first sight (86.8%), each set
measured before any change made for it: heldout815-818 on 063883fc, 47 of 56 (a number at
the margin of a text record; 'No actions required' between safety actions; HMPPS's reason
under 'Partly Agreed'; Monday.com's 'Updates'; CQC's 'Should' column; a sheet's 'position
as at' line; 'Q1 position' of status words); heldout819-822 on aa5a2af1, 48 of 56 ('Cause
of concern:' over its bands; 'Regional' and 'ROCU areas for improvement'; a workstream
tagging rows in no order; 'DSL, DDSL (Prep)'); heldout823-826 on aa5a2af1, 48 of 56 (QAA's
'Affirmation'; RQIA's label line with its facts; a meeting row in a Smartsheet log; 'End of
Quarter 4 2024/25'; NIAO's form tables); heldout827-830 on 5af95164, 50 of 56 ('Director,
Treasurer'; 'No gaps identified'; a code column beside the refs; a group's copy of the
header); heldout831-834 on e82be227, 50 of 56 (Planner labels with longer tags; a board
paper's cover lines; 'Min ref'; a sentence on submitting the plan); 39 of 40 planted typos
refused at their line, one refused earlier (two columns both read as the action).
Files still read wrongly are listed below, marked as expected to fail (strictly: one that
starts passing fails the run, so the list stays true); issue 18 stays open until the list is
empty and a held-out set reads nine in ten right on first sight."""

from __future__ import annotations

from pathlib import Path

import pytest

from .blind_reading import BLIND, cases, score

PARTS = [p.name for p in sorted(BLIND.iterdir()) if p.is_dir()]
CASES = [path for part in PARTS for path in cases(part)]
# Read wrongly today (issue 18, open): each names the general step that misreads it.
STILL_WRONG = {
    # The corpus disagrees with itself: heldout2/e-nullref-measures keeps the label of a
    # 'What Ofsted said: ...' paragraph in the recommendation, this file's author drops
    # 'Notice requirement: '. The importer keeps it (the text as written).
    "heldout10/w-dfe-notice.docx": "a labelled paragraph's label kept in the recommendation",
    # 'Priya Shah, Participation Officer': the author reads two people; the importer reads one
    # person and her post, as 'Sam Lee, Head of Service' is usually written. Either is arguable.
    "heldout10/y-monday-board.csv": "a name, then a post after a comma: one officer or two",
    # 'Chief Paramedic and Director of Quality': one combined post for this file's author;
    # three other files' authors read two posts joined by 'and' as two officers ('Chief
    # Social Work Officer and Head of Education'), as the importer does.
    "heldout13/b2-nhs-cqc-mustdo-board.docx": "two posts joined by 'and': one officer or two",
    # A 'CQC quality statement' column ('Assessing needs') under priority rows: for this
    # file's author a label kept beside the action; heldout11's and others' authors read
    # quality statements as what the actions answer, as the importer does.
    "heldout24/n2-bathnes-asc-cqc-plan.docx": "a quality statement column: the part or a label",
    # 'Dorset Combined Youth Justice Service' over 'HM Inspectorate of Probation Joint
    # Inspection: Post-Inspection Improvement Plan': the author joins the body's line and the
    # plan's ('... Service – HM Inspectorate ...'); the importer names the plan by the line
    # that names a plan, as other authors did where a body's line stood over a long heading.
    "heldout36/b2-dorset-combined-yjs-hmip-improvement-plan.xlsx": (
        "a body's line joined to the plan's title or not"
    ),
    # 'CYSCB & YorOK': two partnership bodies for the author; '&' joins a post's fields far
    # more often ('Head of HR & OD', 'AD Safeguarding & QA': 107 leads in the corpus), and
    # the importer keeps the cell whole (its report says so).
    "heldout37/c1-york-early-help-action-plan.txt": "two bodies joined by '&': one lead or two",
    # A plain line naming the body ('Falkirk Council') over the plan's heading: this author
    # joins them; eleven others drop such a line and name the plan by its heading, as the
    # importer does (a heading a rank below the body's own heading is joined to it).
    "heldout42/h2-falkirk-bvar-improvement-plan.docx": "a body's line joined to the title or not",
    # Three lines: the service, the inspection, 'Post-inspection improvement plan – progress
    # at 30 September 2024': the author names the plan by the service and the first half of
    # the third; the importer by the line that names a plan, whole.
    # Microsoft Planner's 'Task ID': this author reads it as each action's ref; the four
    # other authors of Planner exports in the corpus read no ref (the tool numbers them), as
    # the importer does: an id nobody types is not the council's ref.
    "heldout50/p2-huntingdonshire-cpc-action-plan-planner-export.xlsx": "Planner's Task ID",
    # 'Corporate Director and Chief Finance Officer': this author reads one post (a director
    # who is also the section 151 officer); two posts joined by 'and' are two officers to the
    # importer and to other authors ('Directorate General Manager and Head of Nursing').
    "heldout51/q2-fenland-corporate-peer-challenge-action-plan.docx": "one post or two",
    # A body's name as the first heading, the plan's name as the second (Heading 1 over
    # Heading 2, six plans of one shape): four authors (LPFT, Wigan, NHSCT, Havering) read
    # the second alone, as the importer does (the body's name kept in the notes); Chester's
    # reads the first alone, Hampshire's the two on as one name. A short second heading still
    # reads on ('Buckinghamshire Safeguarding Adults Board Business Plan 2018 - 2020').
    "heldout82/av1-university-of-chester-ofsted-ite-improvement-plan.docx": "a body's heading",
    "heldout42/h2-hampshire-scp-lcspr-child-l-action-plan.docx": "a body's heading",
    # A board's action log whose 'Agenda item' names a different item for every action: four
    # authors (SLaM, WWL, Imperial, Cheshire and Merseyside ICB) read no part over them, as the
    # importer does (the item kept with each action); these four read each item as the
    # heading its one action answers (the last two came in session 13's heldout126, making it
    # four against four: the importer keeps the reading it had, which leaves a plan's summary
    # by theme something other than one row an action).
    "heldout66/af2-mkuh-trust-board-action-log.txt": "an agenda item over one action",
    "heldout76/ap2-south-tees-hospitals-nhsft-board-action-log.xlsx": (
        "an agenda item over one action"
    ),
    "heldout126/cn2-surrey-heartlands-icb-quality-committee-action-log-export.csv": (
        "an agenda item over one action"
    ),
    "heldout126/cn2-uhl-nhs-trust-board-public-action-log.xlsx": "an agenda item over one action",
    # A setting's name over 'Action Plan to address the Areas for Improvement identified in
    # the ETI Inspection Report': this author reads the plan's line; Clare Lodge's and
    # Woodlands' authors read the setting's name, as the importer does; Elgin's author joins
    # the two ('Elgin Academy – Action Plan following HM Inspection (Education Scotland)').
    "heldout64/ad1-slievebawn-integrated-college-eti-action-plan.xlsx": "the plan's line",
    "heldout114/cb1-elgin-academy-education-scotland-inspection-action-plan.docx": (
        "the setting and the plan joined"
    ),
    # A body's name over its plan's name in a line of its own, joined by this author with a
    # dash: 'East Dunbartonshire Health and Social Care Partnership – Joint Inspection ... –
    # Improvement Plan' (a bold line under the Title; heldout14's author of that shape reads
    # the body's name alone, as the importer does); 'Plymouth Marjon University –
    # Apprenticeships Post Inspection Action Plan', the plan line's bracketed '(Ofsted
    # inspection, November 2023)' dropped (the importer reads the plan's line whole).
    "heldout114/cb1-east-dunbartonshire-hscp-care-inspectorate-adult-services-joint-inspection-"
    "improvement-plan.docx": "the body and the plan joined",
    "heldout114/cb1-marjon-university-ofsted-apprenticeships-post-inspection-action-plan.xlsx": (
        "the body and the plan joined"
    ),
    # A board's log whose agenda item 'Integrated Performance Report' comes back at a later
    # meeting among items named once: this author reads no part (where each action arose);
    # heldout68's and heldout90's authors of that shape gather the item's actions under it,
    # as the importer does.
    "heldout116/cd2-bridgewater-chft-trust-board-public-action-log.xlsx": "an item again",
    # A school's name over 'Care Inspectorate Improvement Plan – inspection ...': this author
    # reads the school's name; eighteen of the twenty-four earlier authors of a setting's or
    # an institution's name over a line naming its plan read the plan's line, as the
    # importer does.
    "heldout119/cg1-loretto-school-boarding-care-inspectorate-improvement-plan.txt": (
        "the school's name"
    ),
    # 'East London NHS Foundation Trust – Coborn Centre for Adolescent Mental Health' over
    # 'CQC inspection: Child and adolescent mental health wards – Must do / Should do action
    # plan': this author reads the trust's and unit's name, as Loretto's does; most authors
    # of that shape read the plan's line, as the importer does.
    "heldout123/ck1-east-london-nhsft-coborn-centre-cqc-camhs-must-should-do-action-plan.xlsx": (
        "the unit's name"
    ),
    # 'Blaenau Gwent County Borough Council' over "Children's Services – CIW Performance
    # Evaluation Inspection: Improvement Plan", and 'Shetland Child Protection Committee' over
    # 'Joint Inspection of Services for Children at Risk of Harm – Improvement Plan 2024–25':
    # this author takes the body's name wherever a line naming the plan follows it; a hundred
    # of the corpus's authors of that shape read the plan's line, as the importer does.
    "heldout127/co1-blaenau-gwent-ciw-childrens-services-performance-evaluation-improvement-"
    "plan.docx": "the body's name",
    "heldout127/co1-shetland-cpc-children-at-risk-joint-inspection-improvement-plan.xlsx": (
        "the body's name"
    ),
    # 'Chief Nurse and Patient Safety Officer': one person's two posts to this author (as
    # heldout51's, heldout109's and heldout13's); two posts to four other authors of 'post
    # and post' cells (heldout5, 10, 80, 122) and to the importer (a tie, measured: read as
    # one where the first post starts 'Chief', 'Deputy' or 'Corporate', four mended, four broke).
    "heldout148/dj2-rjah-orthopaedic-nhsft-internal-audit-recommendations-tracker.csv": (
        "one person's two posts"
    ),
    # Audit Wales's management response: its first heading 'Digital Health and Care Wales'
    # (the body) over 'Audit Wales Structured Assessment 2023 – Management Response and
    # Action Plan': this author reads the body's line, as nine of the corpus's authors of
    # that shape do; a hundred read the plan's line, as the importer does (its 'Director of
    # Corporate Governance and Board Secretary', one officer, is read so since).
    "heldout154/dp1-dhcw-audit-wales-structured-assessment-recommendations-action-plan.docx": (
        "the body's name"
    ),
    # A CQC export's 'Must/Should' column ('Must do' on three rows, 'Should do' on three)
    # beside each finding: this author reads it as the theme over the findings; four earlier
    # authors of a Must/Should column (heldout48, 63, 80, 109) read it as no part, as the
    # importer does (tried as the theme: those four read wrongly).
    "heldout143/de1-sheffield-childrens-nhsft-cqc-community-services-must-should-do-action-"
    "tracker.csv": "the Must/Should column as the theme",
    # A document-control sheet's 'Document: Robin House Improvement Plan – Care Inspectorate
    # inspection March 2024' before the plan's sheet headed 'Care Inspectorate Improvement
    # Plan': this author reads the sheet's line; four of the six earlier authors of a cover
    # naming the plan more fully read the cover's, as the importer does.
    "heldout113/ca1-chas-robin-house-care-inspectorate-improvement-plan.xlsx": "the cover's name",
    # 'Requirements' and 'Areas for improvement' headings over 'Requirement 1' and its words
    # (a Care Inspectorate plan): this author reads only the words; heldout14's reads the
    # 'Requirements' heading over its table as the part, as the importer does here.
    "heldout91/be1-quarriers-ci-requirement-headings-text-para-rag-words.docx": (
        "a heading of the kind of part"
    ),
    # The same, as band rows in one table ('Requirements' over its requirements): this author
    # drops the band, heldout100's Erskine keeps it as the part. Two authors against two.
    "heldout107/bu1-ballikinrain-school-care-inspectorate-improvement-plan.docx": (
        "a heading of the kind of part"
    ),
    # And a GP practice's 'Areas where the practice should make improvements' band beside its
    # 'Regulation 12: ...' bands: this author drops it, keeping the regulations.
    "heldout182/er1-oakwood-surgery-cqc-inspection-action-plan.csv": (
        "a heading of the kind of part"
    ),
    "heldout42/h2-enfield-yjs-hmip-improvement-plan.txt": (
        "a body's line joined to the title or not"
    ),
    # A risk register whose risk description stands on each action's row, one action a risk,
    # under category bands: this author reads the actions under the bands only; heldout184's
    # East Suffolk (two actions a risk, merged down) reads them under the risk as well.
    "heldout186/ev2-erewash-bc-corporate-risk-register-q3-2024-25.xlsx": (
        "a risk over one action a heading or not"
    ),
    # Three levels over the Should Do sheet's actions: bands of core services merged across,
    # a 'Key question' column (Safe, Effective) and the CQC's requirement. The importer reads
    # the key question as the theme and the bands as each action's 'Heading'; the author
    # reads the bands as the themes (as on the Must Do sheet beside it) and the key question
    # as nothing, as heldout73's author read three levels.
    "heldout194/fd1-east-cheshire-nhs-trust-cqc-must-should-do-action-plan.xlsx": (
        "which two of three levels"
    ),
    # 'Public Health Merton & Change Grow Live': a council's service and a charity whose name
    # reads as a person's. Kept one lead and said in the report (kept whole): two bodies of
    # capitalised words either side of '&' are also one body's name ('Adult Social Care &
    # Health Partnership'), so the importer does not split them.
    "heldout198/fh2-safer-merton-csp-community-safety-delivery-plan-2025-26.txt": (
        "two bodies' names either side of '&'"
    ),
    # A board log's 'Agenda item' column, one item repeated over two actions: the items group
    # the actions, as earlier authors of that shape read repeated items; this author reads them
    # as no level (each action's context), as four others did where no item repeats.
    "heldout208/fr2-nhs-south-east-london-icb-board-action-log.xlsx": "agenda items a level or not",
    # 'Statutory requirements' and 'Recommendations' rows across a fostering plan's table over
    # each requirement merged down: the importer keeps the kind as the outer heading, as
    # heldout217's author of a children's home plan read the same rows; this author reads the
    # kind as nothing (it names no part).
    "heldout227/gk1-lincolnshire-county-council-fostering-ofsted-action-plan.docx": (
        "a kind's rows a level or not"
    ),
    # A board log naming a different agenda item on every action: four authors of six (and
    # test_import_seventy_seventh_set) read the item as where each action arose, kept with
    # it; this author reads each item as the heading over its one action.
    "heldout238/gv2-doncaster-bassetlaw-teaching-hospitals-board-action-log.csv": (
        "an agenda item over one action"
    ),
    "heldout244/hb2-nhs-leicester-leicestershire-rutland-icb-board-action-log.xlsx": (
        "an agenda item over one action"
    ),
    # A 'Recommendations' sheet (its first line the plan's title, then a note and the owner)
    # beside an 'Areas for improvement (AFIs)' sheet with other columns: the title is taken
    # for the first sheet's part and the note for the plan's title.
    "heldout241/gy2-wiltshire-police-custody-inspection-action-plan.xlsx": (
        "two sheets of two kinds, the title line a part"
    ),
    # 'Requirements' and 'Recommendations' headings over a home's requirement cells: kept as
    # the outer level, as heldout217's author read them; this author, as heldout227's, reads
    # the kind as nothing.
    "heldout247/he1-plymouth-city-council-childrens-home-ofsted-action-plan.docx": (
        "a kind's rows a level or not"
    ),
    # 'Maternity and Neonatal Improvement Plan – July 2025 update' on the plan sheet and '...
    # 2024–2026' on the cover: the sheet's line, naming the plan and its update, is taken.
    "heldout248/hf2-south-warwickshire-university-nhsft-maternity-neonatal-improvement-plan.xlsx": (
        "the cover's title or the sheet's"
    ),
    # A numbered heading per area of non-compliance, then a paragraph ('Social landlords must
    # ensure ... At 31 March 2024, 1,132 Council homes did not have a valid EICR.') over the
    # area's table: the author reads the paragraph as context, the importer as the finding
    # its actions answer (as most authors of the corpus read one paragraph between a heading
    # and its table).
    "heldout253/hk2-highland-council-shr-annual-assurance-statement-improvement-plan.docx": (
        "a paragraph between a heading and its table: the finding or context"
    ),
    # A 'Requirement notices' heading over tables each headed by its regulation's shaded row
    # and the requirement's words: the author reads the heading as the kind of the parts and
    # the regulation as the part; the importer takes the heading for the part and the
    # regulation row for a note (as heldout247 Plymouth's 'Requirements').
    "heldout260/hr1-brook-lane-surgery-cqc-inspection-action-plan.docx": (
        "a heading naming the kind of the tables' parts a level or not"
    ),
    # An audit action plan whose issue title is a bold first line in the 'Issue/risk' cell
    # ('Medium-term financial plan'): the author reads it as the part over the
    # recommendation; the importer takes the appendix heading over the table for the part.
    "heldout263/hu2-edinburgh-ijb-annual-audit-report-action-plan.docx": (
        "an issue's bold title inside its cell, or the heading over the table"
    ),
    # 'Aberlour Child Care Trust - Fernbank Children's House' over 'Care Inspectorate
    # inspection ... - Improvement Plan': the author takes the first line for the title, the
    # importer the line naming the plan (as most authors of the corpus do). Refused before
    # heldout262's mend, for its 'AREAS FOR IMPROVEMENT' over 'Area for improvement 1 - ...'
    # (now told apart by their capitals).
    "heldout59/y1-aberlour-fernbank-childrens-house-care-inspectorate-improvement-plan.txt": (
        "the body's line or the line naming the plan as the title"
    ),
    # A 'Rec.' column beside 'Recommendation', 'R2' on both of R2's actions: the author takes
    # it for each action's ref; the importer keeps it as another column (a ref names one
    # action) and numbers the actions itself.
    # A custody inspection's summary sheet names the report ('Report on an unannounced
    # inspection visit ...'), its plan sheet the force's plan; and each cause of concern's
    # words sit in a row of their own under the sheet's caption: the author reads the
    # concern's label as the part, the importer the caption.
    "heldout273/ie2-essex-police-custody-inspection-action-plan.xlsx": (
        "the report's line or the plan's as the title; a caption over the concerns"
    ),
    # A committee appendix headed 'APPENDIX 1' over the plan's own title line, and prior-year
    # items 'b/f 1' listed after the last area with their own area in a column: the title is
    # the appendix label, and the b/f items fall under the last area.
    "heldout273/ie2-moray-council-annual-audit-report-action-plan.docx": (
        "an appendix label as the title; brought-forward items under the last area"
    ),
    # an Estyn plan: an italic finding line under each 'R2: ...' heading read as a second
    # level, where the author reads the heading alone (as heldout253 Highland).
    "heldout277/ii2-ysgol-bro-myrddin-estyn-post-inspection-action-plan.docx": (
        "a paragraph between a heading and its table: the finding or context"
    ),
    # the cover's 'Slough Safeguarding Partnership – SAR Adult K Action Plan' beside the sheet's
    # 'Safeguarding Adults Review: ...', and 'SAR & Learning Subgroup Chair' split at '&'.
    "heldout278/ij2-slough-safeguarding-partnership-sar-adult-k-action-plan.xlsx": (
        "the cover's title or the sheet's; a subgroup's letters and a field before its chair"
    ),
    # heldout281 to heldout292, measured at first sight and added to the corpus in session 20;
    # each left as it is:
    # '(update for LSAB SAR Sub-group, February 2026)' after the plan's name: this author
    # drops it; three earlier authors keep a bracketed '(updated November 2024)' in the name.
    "heldout284/ip2-liverpool-sab-sar-brian-action-plan.xlsx": (
        "a bracketed update note in the title: kept or dropped"
    ),
    # a board log's agenda item coming again at a later meeting: this author reads no part
    # (as heldout116's); heldout68's and heldout90's gather the item's actions under it.
    "heldout288/it2-county-durham-darlington-nhsft-board-of-directors-public-action-log.csv": (
        "an item again"
    ),
    # heldout301 to heldout320, measured at first sight and added to the corpus in session 20;
    # each left as it is:
    # a heading 'Areas for improvement identified in the letter of findings' over numbered areas:
    # this author reads the kind of the parts, no level
    "heldout301/jg1-cheshire-east-safeguarding-childrens-partnership-jtai-action-plan.docx": (
        "a heading naming the kind of the numbered parts under it"
    ),
    # a standard's section rows beside a column of its codes ('C1(b)'): the codes read as the
    # level
    "heldout302/jh1-university-of-bristol-hta-licence-inspection-capa-plan.xlsx": (
        "a section row or a code column as the level"
    ),
    # 'What needs to improve:' beside the inspectors' words merged across: the words not read as
    # a level
    "heldout303/ji1-london-borough-of-redbridge-ilacs-improvement-plan.xlsx": (
        "a label cell beside merged words"
    ),
    # as heldout303 Clackmannanshire: an issue's unnumbered title line
    "heldout305/jk2-aberdeen-city-council-annual-audit-report-2023-24-action-plan.docx": (
        "an issue's unnumbered title: a heading or not"
    ),
    # a 'Type' column merged down under a heading per theme: read as the theme over the headings
    "heldout305/jk2-monmouthshire-cc-severn-view-parc-care-home-ciw-inspection-improvement-"
    "plan.docx": ("a type column under headings"),
    # should-dos written in each record's first line under a heading in capitals: read under the
    # last notice
    "heldout306/jl1-birchwood-medical-practice-cqc-inspection-action-plan.txt": (
        "a record's own 'Should do:' line as its part"
    ),
    # 'Executive Director of Quality and Chief Paramedic': one person's two posts, split at 'and'
    "heldout306/jl2-yorkshire-ambulance-service-nhs-trust-board-public-action-log.txt": (
        "one officer's two posts joined by 'and'"
    ),
    # a band 'CAUSES OF CONCERN AND RECOMMENDATIONS' over labelled parts: this author reads no
    # level; heldout167's, heldout172's and heldout100's keep such a band
    "heldout307/jm2-gloucestershire-constabulary-police-custody-inspection-action-plan.xlsx": (
        "a band naming kinds of parts: a level or not"
    ),
    # a register laid out as a block per risk (heading bar, details row, its own action header)
    "heldout315/ju2-hart-dc-corporate-risk-register-q3-2025-26.xlsx": ("a block per risk"),
    # a 'Regulation' column grouping the recommendations: kept as another column
    "heldout316/jv1-university-hospitals-of-leicester-cqc-irmer-inspection-improvement-plan.xlsx": (
        "a regulation column as the level"
    ),
    # a register laid out as a block per risk; its sheet's caption taken for the title
    # 'Requirements' and 'Recommendations' rows naming the kind of part over each one: read as a
    # level
    "heldout317/jw1-lancashire-county-council-childrens-home-ofsted-action-plan.docx": (
        "rows naming the kind of the parts under them"
    ),
    # 'Issue 1A: ...' lines over labelled action blocks whose ref is 'Action 1A.1': the ref and
    # the issue not read
    "heldout317/jw2-charnwood-bc-rsh-consumer-standards-housing-improvement-plan.txt": (
        "a record's labelled ref and its issue line"
    ),
    # a line of facts set apart by '·' taken for the title
    "heldout318/jx1-oldfield-school-post-ofsted-action-plan.xlsx": ("a line of facts as the title"),
    # a commentary continuing on a line of its own read as a heading
    "heldout318/jx2-rochdale-borough-council-transformation-programme-highlight-report.csv": (
        "a continued commentary as a heading"
    ),
    # a body's Title over a short heading naming the review: joined by the importer, as other
    # authors of that shape do; this author reads the heading alone
    "heldout318/jx2-safer-oldham-partnership-dhr-grace-action-plan.docx": (
        "a body's title and a short heading joined or not"
    ),
    # 'Head of Direct Payments and Personal Assistants': one post, split at 'and'
    "heldout319/jy2-essex-county-council-asc-cqc-assessment-improvement-plan.docx": (
        "a post heading a field named in two parts"
    ),
    # a council's name in capitals over the appendix line naming the plan; prior-year refs 'PY1'
    # in labelled blocks
    "heldout319/jy2-north-lanarkshire-council-annual-audit-report-2023-24-action-plan.txt": (
        "a body's line or the appendix line as the title"
    ),
    # an audit finding written on each group's first row only: read as no level
    "heldout320/jz1-hadleigh-boxford-group-practice-ipc-annual-audit-action-plan.txt": (
        "a column written on each group's first row: a level or not"
    ),
    # a sheet's caption over objective rows read as a level
    "heldout320/jz1-sheffield-hallam-university-race-equality-charter-action-plan.xlsx": (
        "a sheet's caption as a level"
    ),
    # the sheet's line naming the college and what its areas are taken for the title over the
    # cover's 'Post-Inspection Action Plan 2024/25'
    "heldout322/kb1-bury-college-ofsted-post-inspection-action-plan.xlsx": (
        "the cover's title or the sheet's line"
    ),
    # 'Carers Lead, P&K HSCP and PKAVS Carers Hub Manager': a post with its body after a comma,
    # then a second post, split at the comma
    "heldout322/kb2-perth-kinross-apc-learning-review-mr-b-improvement-action-plan.xlsx": (
        "a post and its body, then 'and' a second post"
    ),
    # heldout325 to heldout352, measured at first sight and added to the corpus in session 21;
    # each left wrong where the corpus's authors read the shape both ways, or where no general
    # reading was found in the session.
    # a children's home's 'Requirements' and 'Recommendations' bands: a level for most authors
    "heldout325/ke1-swindon-borough-council-childrens-home-ofsted-action-plan.docx": (
        "a band naming kinds of parts: a level or not"
    ),
    # a board log's agenda item on each action: no level for most authors (29 files to 7)
    "heldout326/kf2-northern-lincolnshire-goole-nhsft-trust-board-public-action-log.txt": (
        "an agenda item over one action"
    ),
    "heldout327/kg1-kent-county-council-short-breaks-childrens-home-ofsted-action-plan.docx": (
        "a band naming kinds of parts: a level or not"
    ),
    # 'Areas for improvement and actions' over the numbered areas kept as a level
    "heldout329/ki1-newcastle-safeguarding-children-partnership-jtai-action-plan.docx": (
        "a heading naming the kind of the numbered parts under it"
    ),
    # 'Regulation 12: Safe care and treatment' under the must-do's sentence read as the part
    "heldout336/kp1-priory-hospital-ticehurst-house-cqc-must-should-do-action-plan.txt": (
        "a regulation line under the requirement: a part or its citation"
    ),
    # the sheet's 'Buckinghamshire Council – Adult Social Care Improvement Plan' taken over the
    # cover's 'Adult Social Care – CQC Local Authority Assessment Improvement Plan 2025-26'
    "heldout339/ks2-buckinghamshire-council-asc-cqc-assessment-improvement-plan.xlsx": (
        "the cover's title or the sheet's"
    ),
    # 'Appendix C – Improvement plan' kept over the HIW section headings
    "heldout340/kt1-betsi-cadwaladr-uhb-hiw-ablett-unit-mental-health-improvement-plan.docx": (
        "an appendix heading over the inspectorate's sections"
    ),
    "heldout344/kx2-cambridge-university-hospitals-nhsft-board-of-directors-public-action-"
    "log.csv": ("an agenda item over one action"),
    # the cover's plan name taken over the sheet's '... – Q2 position (30 September 2025)'
    "heldout346/kz2-bedfordshire-hospitals-nhsft-maternity-neonatal-improvement-plan.xlsx": (
        "the cover's title or the sheet's"
    ),
    # 'Nottinghamshire County Council Domestic Abuse Team and Equation': a charity's one-word
    # name after a team's
    "heldout346/kz2-gedling-csp-dhr-lorna-action-plan.docx": (
        "a team, then 'and' a body by one word"
    ),
    "heldout352/lf2-milton-keynes-university-hospital-nhsft-board-of-directors-public-action-"
    "log.xlsx": ("an agenda item over one action"),
    # heldout353 to heldout356, measured last in session 21 and left as they read
    # 'Head of Payroll & HR Systems': the head of both fields, split
    "heldout353/lg2-london-borough-of-bexley-internal-audit-recommendations-tracker.xlsx": (
        "one post of two fields joined by '&'"
    ),
    "heldout353/lg2-monmouthshire-county-council-panel-performance-assessment-action-plan.docx": (
        "one officer's two posts joined by 'and'"
    ),
    "heldout354/lh1-lostwithiel-medical-practice-cqc-inspection-action-plan.docx": (
        "a band naming kinds of parts: a level or not"
    ),
    "heldout354/lh1-priory-hospital-chelmsford-cqc-mental-health-must-should-do-action-plan.txt": (
        "a core service over its must-dos, written once"
    ),
    "heldout356/lj1-thornton-medical-centre-cqc-inspection-action-plan.csv": (
        "a Must / Should column as a level"
    ),
    # heldout357 to heldout380 (session 22): each measured before any change for it; these
    # are shapes whose authors read them both ways in the corpus, left as they read
    # 'Director of Corporate Governance and Chief of Staff': one post to its author, two to
    # the authors of 'Medical Director and Chief Nurse'
    "heldout363/lq2-velindre-university-nhs-trust-audit-wales-structured-assessment-2024-"
    "management-response.docx": ("one officer's two posts joined by 'and'"),
    # 'Risk' beside 'Risk description': the description a level to this author, kept as
    # another column by the authors of heldout232 and heldout361
    "heldout367/lu2-bridgend-cbc-corporate-risk-register-q3-2025-26.xlsx": (
        "a risk's description a level or not"
    ),
    "heldout370/lx2-cambridge-university-hospitals-nhsft-maternity-neonatal-improvement-plan."
    "xlsx": ("the cover's title or the sheet's"),
    "heldout371/ly1-brighton-hove-city-council-childrens-home-ofsted-action-plan.docx": (
        "a band naming kinds of parts: a level or not"
    ),
    "heldout372/lz1-cygnet-hospital-stevenage-cqc-mental-health-must-should-do-action-plan.docx": (
        "a band naming kinds of parts: a level or not"
    ),
    # sheets named 'Requirements' and 'Areas for improvement': the kinds of parts as a level
    "heldout378/mf2-rutland-county-council-transformation-programme-highlight-report.xlsx": (
        "the cover's title or the sheet's"
    ),
    # a progress cell's second line, unquoted in a tab export, alone on a line of its own
    "heldout381/mi2-river-clyde-homes-shr-annual-assurance-statement-improvement-plan.txt": (
        "a cell's second line unquoted in a tab export"
    ),
    "heldout382/mj2-dorset-county-hospital-nhsft-board-of-directors-public-action-log.xlsx": (
        "an agenda item over one action"
    ),
    # a highlight report's header block ('Overall Amber. ...') and its risks under the
    # milestones read as parts and actions
    "heldout390/mr2-maidstone-bc-transformation-programme-highlight-report.xlsx": (
        "a highlight report's boxes around its milestones"
    ),
    "heldout392/mt1-castlegate-surgery-cqc-inspection-action-plan.txt": (
        "a band naming kinds of parts: a level or not"
    ),
    # 'Single agency actions are monitored by each agency ...' under Section B read as the
    # part, the agency's name under it lost
    "heldout392/mt2-coventry-police-and-crime-board-dhr-ella-action-plan.docx": (
        "a note under a section taken for its part"
    ),
    # heldout393 to heldout400 (session 23): measured before any change for them; left as they
    # read where the corpus's authors read the shape both ways, or no general reading was found
    # an 'IR(ME)R regulation' column merged down beside the CQC recommendation: a level to its
    # author, another column to the authors of most CQC plans with a regulation column
    "heldout394/mv1-royal-cornwall-hospitals-nhs-trust-cqc-irmer-inspection-improvement-plan."
    "xlsx": ("a regulation column beside the recommendation: a level or another column"),
    "heldout399/na1-wokingham-borough-council-childrens-home-ofsted-action-plan.docx": (
        "a band naming kinds of parts: a level or not"
    ),
    # "Regulator's finding: ..." between the standard's heading and a table with its own bands
    # ('Fire safety'): the finding a level to the importer, a note to its author
    "heldout401/nc2-warwick-dc-rsh-consumer-standards-housing-improvement-plan.docx": (
        "a labelled finding over a table with bands of its own"
    ),
    "heldout410/nl2-pennine-care-nhsft-board-of-directors-public-action-log.xlsx": (
        "an agenda item over one action"
    ),
    # 'Chief Executive and Monitoring Officer': two officers in a council (the head of paid
    # service may not be its monitoring officer), one in a police commissioner's office
    "heldout413/no2-hyndburn-bc-auditors-annual-report-2023-24-vfm-recommendations-action-"
    "plan.xlsx": ("one officer's two posts joined by 'and'"),
    "heldout415/nq1-st-helens-council-childrens-home-ofsted-action-plan.docx": (
        "a band naming kinds of parts: a level or not"
    ),
    # '3. Project highlight updates' over '3.1 Digital Customer Services' and its table
    "heldout418/nt2-gosport-bc-transformation-programme-highlight-report-q3-2025-26.docx": (
        "a numbered section over its numbered sub-headings: one level or two"
    ),
    # each risk's row ('CRR.01 Failure to ...' with its owner and scores) over its lettered
    # actions, in a text export
    "heldout418/nt2-herefordshire-council-corporate-risk-register-q3-2025-26.txt": (
        "a block per risk"
    ),
    # the setting's name ('Carrickfergus Model Primary School') over 'Action Plan following
    # ETI Inspection (May 2025)': five authors of the shape took the setting's name, two the
    # plan's line; read as the five
    "heldout424/od1-carrickfergus-model-primary-school-eti-inspection-action-plan.csv": (
        "the setting's name over the plan's kind: authors read it both ways"
    ),
    # a meeting's table under its heading, an 'Item' column naming each action's agenda item:
    # earlier authors read the meetings as the parts and the items as no level, this one as
    # the level under the meeting
    "heldout425/oe1-merton-health-and-wellbeing-board-action-log.docx": (
        "agenda items under their meetings: authors split"
    ),
    # a board log's 'Subject' a different one on each action (one comes again on the closed
    # sheet): authors split four to five on reading each as its action's heading
    "heldout428/oh1-scottish-ambulance-service-board-action-log.xlsx": (
        "a subject for each action: authors split"
    ),
    # two annexes of audits ('Direct Payments – Adults and Health (2024/25, Limited
    # Assurance)' bands) over a finding on each action: three levels; the author keeps the
    # annex and the audit, this reads the annex and the finding
    "heldout435/oo1-west-sussex-county-council-internal-audit-overdue-actions-tracker.xlsx": (
        "three levels: the annex, the audit and the finding"
    ),
    # a text log of ruled records, each opening 'Action 25/07      Minute 5.4' over its
    # 'Action:' / 'Owner:' lines: the record's ref taken for a heading
    "heldout438/or1-invest-ni-audit-and-risk-assurance-committee-action-log.txt": (
        "a record's ref line read as its heading"
    ),
    # 'Financial Crime Remediation Programme' over 'FCA Final Notice (...) – Remediation Action
    # Tracker' on the cover: the programme's name scores over the tracker's
    "heldout440/ot2-metro-bank-fca-financial-crime-remediation-action-tracker.xlsx": (
        "a programme's name over its tracker's"
    ),
    # 'Dyfed-Powys Police and Police and Crime Commissioner for Dyfed-Powys' over 'Internal
    # Audit Recommendations Tracker (TIAA)' in a text export: the bodies' line taken
    "heldout442/ov1-dyfed-powys-police-jac-internal-audit-recommendations-tracker.txt": (
        "two bodies' names over the tracker's"
    ),
    # the Neighbourhood sheet holds a second standard ('Tenancy Standard') lower down: read
    # under the sheet's own standard, not beside it
    "heldout443/ow2-mosscare-st-vincents-rsh-consumer-standards-improvement-plan.xlsx": (
        "a second part lower on a sheet named by the first"
    ),
    # a committee log's agenda items ('7. Internal Audit Progress Report') under its meetings:
    # authors split on reading them as a level
    "heldout444/ox2-east-midlands-cca-audit-and-governance-committee-action-log.csv": (
        "agenda items under their meetings: authors split"
    ),
    # session 25, heldout447 to heldout474 and files their changes left wrong; each left as it is:
    "heldout274/if1-swansea-bay-uhb-hiw-cefn-coed-hospital-mental-health-improvement-plan.xlsx": (
        "a sheet's name over one table beside a sheet banded by domains: authors split"
    ),
    "heldout451/pi-bolton-health-and-wellbeing-board-action-log.csv": (
        "an agenda item column, a level to its author"
    ),
    "heldout454/po-north-wales-fire-and-rescue-authority-audit-committee-action-log.csv": (
        "agenda items under meetings: authors split"
    ),
    "heldout454/pp-northumbrian-water-ofwat-wastewater-enforcement-undertakings-tracker.xlsx": (
        "an undertaking's words under its title lost"
    ),
    "heldout455/pq-bexley-health-and-wellbeing-board-action-log.docx": (
        "agenda items under meetings: authors split"
    ),
    "heldout458/pw-south-lanarkshire-council-internal-audit-recommendations-follow-up.txt": (
        "a follow-up's 'Rec' refs and a sentence run on"
    ),
    "heldout458/px-west-of-england-mca-green-recovery-fund-programme-highlight-report.xlsx": (
        "a name and a post joined by 'and' kept as one"
    ),
    "heldout460/qb-bannau-brycheiniog-npa-rolling-action-log.xlsx": (
        "one meeting's actions on two sheets gathered under one theme, out of order"
    ),
    "heldout466/qm-capability-scotland-upper-springland-care-inspectorate-improvement-plan.xlsx": (
        "the sheet's line taken for the title over the cover's"
    ),
    "heldout467/qo-safer-greenwich-partnership-dhr-lena-action-plan.txt": (
        "two bodies joined by 'and' kept as one lead"
    ),
    "heldout469/qs-safer-sheffield-partnership-dhr-rosa-action-plan.docx": (
        "a body's letters and a team joined by 'and' kept as one lead"
    ),
    "heldout470/qv-broads-authority-summary-of-actions-and-outstanding-issues-schedule.xlsx": (
        "the body's name taken for the title over the paper's"
    ),
    # session 26, heldout475 to heldout510: read wrongly and left as they are (authors split):
    "heldout478/rl-bannau-brycheiniog-npa-corporate-risk-register-2025-26.xlsx": (
        "title: the cover's short name over the sheet's with the body's; authors split"
    ),
    "heldout482/rs-cardiff-and-vale-uhb-quality-safety-experience-committee-action-log.csv": (
        "a board log's subject column, a level to its author; authors split"
    ),
    "heldout484/rw-nihe-corporate-risk-register-2025-26.xlsx": (
        "title: a summary sheet's line with its quarter over the actions sheet's; authors split"
    ),
    "heldout484/rw-southern-hsct-trust-board-action-log.csv": (
        "an agenda item column, a level to its author; authors split"
    ),
    "heldout485/rz-the-elms-residential-home-cqc-inspection-action-plan.docx": (
        "title: a home's name as heading over its plan's kind in bold, the kind alone to this "
        "author (others join them)"
    ),
    "heldout486/sa-swansea-bay-uhb-health-board-action-log.xlsx": (
        "title: two sheets' lines, the first's '– Open Actions' kept by its author"
    ),
    "heldout490/sj-vanquis-bank-fca-complaints-handling-remediation-tracker.xlsx": (
        "'Q1 2026' a calendar quarter to its author; kept as words (a council's Q1 2026 is April "
        "to June)"
    ),
    "heldout497/sx-nhs-derby-and-derbyshire-icb-audit-governance-committee-internal-audit-"
    "tracker.xlsx": (
        "title: the body's name joined to the tracker's by the sheet, the tracker's alone to its "
        "author"
    ),
    "heldout498/sy-nhs-24-board-rolling-action-log.txt": (
        "an agenda item column, a level to its author; authors split"
    ),
    "heldout503/ti-cornwall-council-public-protection-service-delivery-plan-2025-26.docx": (
        "a priority heading's intro sentence over its table, no part to its author (others read "
        "such a line as the part)"
    ),
    "heldout503/tj-lavender-lodge-care-home-cqc-inspection-action-plan.txt": (
        "title: a home's name over the plan's kind and rating line; authors split"
    ),
    "heldout505/tn-stockwell-lodge-medical-centre-cqc-inspection-action-plan.docx": (
        "title: a practice's name in Title style over 'CQC Inspection Action Plan', the kind "
        "alone to its author (others join them)"
    ),
    # heldout511 to heldout514, measured after the freeze and added unmended:
    "heldout511/tz-harris-federation-trust-strategic-risk-register-2025-26.xlsx": (
        "a risk's ID column read as its actions' refs"
    ),
    # heldout515 to heldout518, measured after the freeze and added unmended:
    "heldout515/ug-norfolk-safeguarding-children-partnership-cspr-child-s-action-plan.txt": (
        "a progress note on its own line read as a part"
    ),
    "heldout518/um-merchiston-castle-school-care-inspectorate-boarding-improvement-plan.docx": (
        "'Requirements' naming only the kind kept as a level"
    ),
    "heldout518/um-ross-hall-hospital-his-inspection-improvement-action-plan.xlsx": (
        "the inspection's line taken for the title over the plan's"
    ),
    # session 27, heldout519 to heldout534: read wrongly and left as they are:
    "heldout522/uv-direct-line-group-fca-total-loss-claims-remediation-tracker.xlsx": (
        "'Q2 2024' kept as words, no end month (a calendar or a financial quarter; said in the "
        "report)"
    ),
    "heldout523/ux-norfolk-constabulary-ncpi-child-protection-action-plan.docx": (
        "'Recommendations' band over 'Recommendation 1: ...' kept as a level (eight authors keep "
        "the like of it)"
    ),
    "heldout523/ux-security-industry-authority-board-action-log.txt": (
        "an update's second paragraph on a line of its own between actions read as a heading (a "
        "sentence there may as well be a finding: not joined)"
    ),
    "heldout525/vb-east-sussex-fire-rescue-service-internal-audit-recommendations-tracker.xlsx": (
        "title: the tracker sheet's line, not the cover's (authors split on titles)"
    ),
    "heldout532/vo-nhs-western-isles-board-rolling-action-log.csv": (
        "a board log's agenda item, one an action, kept as a column, not a heading (authors tied)"
    ),
    # session 27, heldout535 to heldout538: read wrongly and left as they are:
    "heldout537/vz-nhs-herefordshire-and-worcestershire-icb-internal-audit-recommendations-"
    "tracker.xlsx": ("title: the tracker sheet's line, not the cover's (authors split on titles)"),
    "heldout538/wa-ballyholme-primary-school-eti-inspection-action-plan.docx": (
        "the key's 'Green – achieved' read as complete (blue), as other authors read such a key; "
        "this author reads green"
    ),
    "heldout538/wa-scottish-fire-and-rescue-service-board-rolling-action-log.txt": (
        "'Assistant Chief Officer, Director of Service Delivery': two posts to the tool, one "
        "officer's two titles to its author"
    ),
    # session 28, heldout539 to heldout554: read wrongly and left as they are:
    "heldout541/wg-trafford-health-and-wellbeing-board-action-log.csv": (
        "a board log's 'Agenda item' column read as no heading, as three earlier authors read it; "
        "this author reads each item as the heading"
    ),
    "heldout543/wl-incommunities-group-tenant-satisfaction-measures-improvement-plan.xlsx": (
        "a tenant satisfaction measure merged over its actions read as each action's measure of "
        "success; its author reads it as the heading they answer"
    ),
    "heldout552/xc-hospice-of-the-valleys-hiw-inspection-improvement-plan.docx": (
        "'Head of Clinical Services and Quality and Governance Manager' split at the first 'and' "
        "after the post, its author at the second"
    ),
    "heldout552/xc-scottish-autism-central-scotland-supported-living-care-inspectorate-"
    "improvement-plan.csv": (
        "title: the inspection's line naming the improvement plan, not the service's name above it"
        " (authors split on titles)"
    ),
    "heldout552/xd-anglian-water-ofwat-wastewater-investigation-undertakings-tracker.xlsx": (
        "title: the tracker sheet's line, not the cover's line naming the investigation (authors "
        "split on titles)"
    ),
    "heldout554/xh-ackworth-school-isi-inspection-action-plan.docx": (
        "'AA1' | the area for action merged over the rest of its Word table read as an action, and"
        " the paragraph above the table as the part (a rule for it withdrawn: it refused a must-do"
        " merged the same way under a band)"
    ),
    # session 29, heldout555 to heldout574: read wrongly and left as they are:
    "heldout557/xm-north-yorkshire-council-veritau-internal-audit-recommendations-tracker.xlsx": (
        "title: the plan sheet's annex line, not the summary sheet's first line (authors split on "
        "titles)"
    ),
    "heldout557/xn-cambridgeshire-opcc-constabulary-joint-audit-committee-action-log.csv": (
        "a committee log's numbered 'Agenda item' column read as no heading; its author reads each"
        " item as the heading (authors split: four read it as none)"
    ),
    "heldout558/xo-scottish-ambulance-service-annual-audit-report-2024-25-action-plan.xlsx": (
        "title: the action plan sheet's own line, not the cover's (authors split on titles)"
    ),
    "heldout559/xr-leeds-and-york-partnership-nhsft-board-of-directors-action-log.txt": (
        "a board log's 'Agenda item' column read as no heading; its author reads each item as the "
        "heading (authors split)"
    ),
    "heldout561/xu-cheshire-east-health-and-wellbeing-board-action-log.csv": (
        "a board log's 'Agenda item' column, one item on two meetings' actions, read as the theme "
        "and the two gathered (said in the report); its author reads the items as no heading "
        "(authors split)"
    ),
    "heldout565/yd-tees-esk-and-wear-valleys-nhsft-board-of-directors-public-action-log.xlsx": (
        "a board log's 'Agenda item' column read as no heading; its author reads each item as the "
        "heading (authors split)"
    ),
    "heldout567/yh-merseyside-pcc-scrutiny-meeting-action-log.txt": (
        "a scrutiny log's 'Agenda item' column read as no heading under each meeting's line; its "
        "author reads each item as the heading under the meeting (authors split)"
    ),
    "heldout571/yo-westmorland-and-furness-council-council-plan-delivery-plan-2025-26-q2.xlsx": (
        "a mission sheet's banner 'Mission: Homes' read as the sheet's part 'Homes' with the label"
        " 'Mission' under it"
    ),
    "heldout572/yq-ayrshire-hospice-his-inspection-improvement-action-plan.txt": (
        "title: the plan's line, not the hospice's name above it (authors split on titles)"
    ),
    "heldout573/ys-leeds-city-council-corporate-risk-register-2025-26.xlsx": (
        "a risk card's 'Current / target score' line read as a level under the risk's banner"
    ),
    "heldout573/yt-avon-wiltshire-mental-health-partnership-cqc-quality-improvement-plan.xlsx": (
        "a cover sheet's key making green complete and blue complete and assured: the green fills "
        "read as green"
    ),
    "heldout573/yt-ukhsa-advisory-board-action-log.txt": (
        "'Director General, Science and Research and Chief Scientific Officer' split at the comma "
        "(one combined title)"
    ),
    # session 30, heldout575 to heldout598: read wrongly and left as they are:
    "heldout486/sb-north-east-ca-strategic-risk-register-2025-26.xlsx": (
        "title: the cover's 'Strategic Risk Register 2025/26' over the sheet's line with the "
        "body's letters and the quarter; its author reads the sheet's line (authors split: five "
        "read the cover's)"
    ),
    "heldout576/yz-dpp-law-ico-cyber-incident-remediation-action-plan.xlsx": (
        "title: the plan sheet's own line, not the cover's (authors split on titles)"
    ),
    "heldout577/zb-social-work-england-board-action-log.csv": (
        "a board log's numbered 'Agenda item' column read as the heading; its author reads none "
        "(authors split)"
    ),
    "heldout581/zi-southampton-city-council-corporate-risk-register-q3-2025-26.xlsx": (
        "title: the cover's line naming the body and the register, not the sheet's quarterly line "
        "(authors split on titles)"
    ),
    "heldout581/zj-hfea-authority-meeting-action-log.xlsx": (
        "an open annex and a closed annex each grouped by meeting: its author gathers one "
        "meeting's open and closed actions together, the reading keeps each sheet's order"
    ),
    "heldout582/zl-132-harley-street-cqc-inspection-action-plan.xlsx": (
        "title: the line with its bracketed '(report published March 2024)' kept whole (authors "
        "split on titles)"
    ),
    "heldout587/zv-hightown-housing-association-board-action-log.csv": (
        "a board log's 'Agenda item' column read as no heading; its author reads each item as the "
        "heading (authors split)"
    ),
    "heldout591/zzd-northumbria-police-hmicfrs-vetting-misconduct-misogyny-recommendations-"
    "tracker.xlsx": (
        "the AFIs sheet's 'AFI' column of 'AFI 1', 'AFI 2' kept aside, not read as the ref (a "
        "word for it withdrawn: beside RQIA's 'Ref' it took the wrong column)"
    ),
    "heldout593/zzh-university-of-chichester-internal-audit-recommendations-tracker.csv": (
        "title: the university's name, not the agenda item's line under the committee's (authors "
        "split on titles)"
    ),
    "heldout594/zzj-yorkshire-building-society-fca-consumer-duty-board-action-tracker.xlsx": (
        "'Q1 2026' kept as words with no end month (a quarter with one year: a calendar or a "
        "financial year's, not told)"
    ),
    "heldout596/zzm-nhs-greater-glasgow-and-clyde-annual-audit-report-2024-25-action-plan-"
    "tracker.xlsx": (
        "the prior-year sheet's caption 'Appendix 2 – Follow-up of prior year (2023/24) "
        "recommendations' read as a theme over its b/f recommendations (beside a sheet whose audit"
        " dimensions are bands)"
    ),
    "heldout597/zzo-warrington-borough-council-internal-audit-recommendations-tracker.xlsx": (
        "title: the tracker sheet's dated line, not the summary sheet's 'Internal Audit Follow-up:"
        " Agreed Management Actions' (authors split on titles)"
    ),
    "heldout597/zzp-devon-somerset-fire-authority-audit-governance-committee-action-log.txt": (
        "a committee log's minute refs (one minute's two actions sharing its ref) kept aside and "
        "its agenda items read as no heading; its author reads both (authors split on agenda "
        "items)"
    ),
    # session 31, heldout599 to heldout618: read wrongly and left as they are:
    "heldout600/zzu-coed-glas-primary-school-estyn-post-inspection-action-plan.docx": (
        "title: 'Post-Inspection Action Plan (PIAP)', not joined to the school's name line above "
        "it as its author joins them (authors split on titles)"
    ),
    "heldout600/zzu-sportscotland-annual-audit-report-2024-25-action-plan-tracker.xlsx": (
        "the prior-year sheet's caption 'Appendix 2 – Follow-up of prior year recommendations ...'"
        " read as no part; its author reads it as the theme (GGC's author did not: authors split)"
    ),
    "heldout603/zya-city-of-wolverhampton-health-and-wellbeing-together-action-log.csv": (
        "a log's 'Item' column of minute items read as no heading; its author reads each item as "
        "the heading (authors split on agenda items)"
    ),
    "heldout604/zyc-taff-riverside-practice-hiw-gp-inspection-improvement-plan.docx": (
        "title: 'Appendix B – Immediate improvement plan', not the paragraph 'Improvement plan' "
        "over the whole document"
    ),
    "heldout607/zyi-winchester-city-council-tier-1-projects-highlight-report-q2-2025-26.docx": (
        "title: the council's name joined to the report's short heading 'Tier 1 Projects – "
        "Highlight Report' (authors split on a body's name over a short heading)"
    ),
    "heldout608/zyk-crossroads-caring-scotland-east-lothian-care-inspectorate-improvement-"
    "plan.txt": (
        "title: the inspection line naming the plan, not the service's name line (authors split on"
        " titles)"
    ),
    "heldout613/zyu-south-tyneside-council-strategic-risk-register-2025-26.xlsx": (
        "title: the sheet's 'Strategic Risk Register 2025/26', not the cover's 'South Tyneside "
        "Council – ...' (authors split on titles)"
    ),
    "heldout614/zyw-abergavenny-town-council-corporate-risk-register-2025-26.xlsx": (
        "'Risk identified' written on each action's row under bands kept as another column; its "
        "author reads it as the level under the band"
    ),
    "heldout615/zyy-city-of-york-council-key-corporate-risk-register-monitor-3-2025-26.xlsx": (
        "a risk's description merged down beside its actions read as the level under the risk; its"
        " author (and the MCA's) reads the risk alone (authors split: an earlier author read the "
        "description so)"
    ),
    "heldout615/zyy-doncaster-health-and-wellbeing-board-action-log.csv": (
        "title: the log's dated line, not the board's name line; its agenda items read as "
        "headings, which its author does not (authors split on agenda items)"
    ),
    "heldout615/zyz-bradford-district-care-nhsft-board-of-directors-action-log.xlsx": (
        "a board log's agenda items read as no heading under each meeting; its author reads them "
        "as the second level (authors split on agenda items)"
    ),
    # session 32, heldout619 to heldout650: read wrongly and left as they are:
    "heldout620/zxj-donkey-sanctuary-strategic-risk-register-2025-26.txt": (
        "a register's 'Category' column (one to each risk) kept as another column; its author "
        "reads it as the theme over the risk (Cabot's register, its categories under banded "
        "headings, reads right only so)"
    ),
    "heldout622/zxn-midhurst-town-council-risk-register-2025-26.csv": (
        "a town council register's 'Risk' written on each action's row under its category kept as "
        "another column; its author reads it as the level under the category (three earlier "
        "authors read it so, two now as the level: authors split)"
    ),
    "heldout627/zxw-brent-council-internal-audit-recommendations-tracker.xlsx": (
        "title: the tracker sheet's own line, not the cover's 'Internal Audit – Follow-up of ...' "
        "(authors split on cover and sheet titles)"
    ),
    "heldout628/zxz-crisis-at-christmas-2024-lessons-learned-action-plan.xlsx": (
        "title: the summary sheet's 'Action plan for Christmas 2025 – position at ...', not the "
        "plan sheet's own 'Crisis at Christmas 2024 – Lessons Learned Action Plan'"
    ),
    "heldout628/zxz-princess-alice-hospice-cqc-inspection-action-plan.docx": (
        "title: the hospice's name line; its author writes 'Princess Alice Hospice – CQC "
        "Inspection Action Plan', which no line of the file holds"
    ),
    "heldout633/zwi-birmingham-city-council-corporate-plan-delivery-plan-2025-26-q2.xlsx": (
        "an 'Outcome' column, merged over two actions once and one to each action otherwise, read "
        "as each action's measure; its author reads it as the level under the priority's sheet"
    ),
    "heldout633/zwi-islington-health-and-wellbeing-board-action-log.docx": (
        "'Director of Strategic Commissioning and Investment' read as one post; its author splits "
        "off 'Investment' as a lead of its own"
    ),
    "heldout634/zwl-greater-lincolnshire-cca-strategic-risk-register-2025-26.xlsx": (
        "title: '... 2025/26 – position at 30 September 2025 (Q2)' kept whole; its author drops "
        "the position (86 earlier authors keep it in the title)"
    ),
    "heldout635/zwm-sutton-council-corporate-risk-register-2025-26.xlsx": (
        "title: the sheet's '... 2025/26: Risk Mitigation Action Plans', not the cover's '... "
        "2025/26' (authors split on cover and sheet titles)"
    ),
    "heldout635/zwn-general-pharmaceutical-council-psa-performance-review-action-plan.txt": (
        "'Standard 15: ...' above the header read as a note, the themes under it alone; its author"
        " reads the one standard as the level over the themes"
    ),
    "heldout637/zwq-sheffield-health-and-wellbeing-board-action-log.docx": (
        "'Open actions' and 'Actions completed since the last meeting' read as headings; its "
        "author reads none (Rutland's author read them as headings: authors split)"
    ),
    "heldout639/zwu-liverpool-city-council-corporate-risk-register-2025-26.xlsx": (
        "a risk's description merged down beside its actions read as the level under the risk; its"
        " author reads the risk alone (authors split: York's and the MCA's read so, an earlier "
        "author did not)"
    ),
    "heldout641/zwy-liverpool-health-and-wellbeing-board-action-log-2025-26.docx": (
        "a log's agenda items read as headings; its author reads none (authors split on agenda "
        "items)"
    ),
    "heldout641/zwy-sandwell-mbc-council-plan-delivery-plan-2025-26-q2-export.csv": (
        "an 'Outcome' column, one to each action but two, read as each action's measure; its "
        "author reads it as the level under the priority"
    ),
    "heldout641/zwz-gloucestershire-hospitals-nhsft-freedom-to-speak-up-improvement-plan.xlsx": (
        "'Director of Quality and Chief Nurse' split in two; its author reads one officer holding "
        "both posts"
    ),
    "heldout643/zvc-knowsley-council-plan-annual-delivery-plan-2025-26-q2-progress.txt": (
        "underlined key actions ('Key Action 1.1: ...') over the actions numbered under them kept "
        "with each as 'Heading', not read as the level under the priority"
    ),
    "heldout645/zvg-melton-csp-dhr-annie-action-plan.docx": (
        "the single-agency tables' headings, styled a level below 'Overview Report "
        "Recommendations', read under it; its author reads them as its siblings"
    ),
    "heldout647/zvk-norfolk-safeguarding-adults-board-risk-register-2025-26.xlsx": (
        "'NCC Business Intelligence and Performance Service' split at its 'and'; one service"
    ),
    "heldout647/zvk-safer-leeds-serious-violence-duty-delivery-plan-2025-26.xlsx": (
        "title: the strategy's name line, not the plan's 'Serious Violence Duty – Delivery Plan "
        "2025/26' (authors split on titles)"
    ),
    "heldout647/zvk-west-sussex-safeguarding-adults-board-strategic-plan-delivery-plan-2025-"
    "26.docx": (
        "'Chair, Quality Assurance Subgroup & WSCC Performance and Intelligence Team' kept in one;"
        " a post with its area, then a team"
    ),
    # session 33, heldout651 to heldout674: read wrongly and left as they are:
    "heldout654/zvz-livewest-strategic-risk-register-2025-26.xlsx": (
        "title: the register sheet's 'LiveWest – Strategic Risk Register 2025/26 – Quarter 2', "
        "not the cover's line without the body's name (authors split on cover and sheet titles)"
    ),
    "heldout656/zuc-harrogate-ladies-college-isi-inspection-action-plan.xlsx": (
        "title: the plan sheet's 'ISI Inspection March 2025 – Recommended next steps: action "
        "plan', not the cover's 'ISI Inspection – Post-Inspection Action Plan' (authors split on "
        "cover and sheet titles)"
    ),
    "heldout659/zuj-nhs-ayrshire-and-arran-his-irmer-university-hospital-ayr-radiology-"
    "improvement-action-plan.xlsx": (
        "'RIS/PACS Manager' split at its slash; one manager of two systems (a rule for three-"
        "letter pairs split 'CPO/FTSU Guardian', two posts, and was withdrawn)"
    ),
    "heldout664/zut-bude-stratton-town-council-governance-action-plan-planner-export.csv": (
        "Planner's 'Task ID' (a system's 27-letter id) kept aside; its author reads it as the ref"
        " (another Planner author left it out)"
    ),
    "heldout665/zuu-staffordshire-local-area-send-accelerated-progress-plan.txt": (
        "title: the DfE template's 'Annex A: Accelerated Progress Plan (APP) for a Local Area "
        "...' line, not the area's own 'Staffordshire Local Area SEND Accelerated Progress Plan "
        "(APP)' above it"
    ),
    "heldout670/zte-ysgol-caer-elen-estyn-post-inspection-action-plan.docx": (
        "a key of 'Green = Completed / achieved', 'Amber = In progress and on track': green read "
        "as complete, amber kept amber; its author reads amber as green (a scale moved down one, "
        "which the reader applies only where amber's words are 'on track' alone)"
    ),
    "heldout671/zth-criccieth-group-practice-hiw-gp-inspection-improvement-plan.docx": (
        "a timescale of 'Completed' read as no month, the action unrated (no status column); its "
        "author reads it complete; 'Practice Manager and Partners' kept in one"
    ),
    "heldout671/zth-nhs-somerset-icb-board-assurance-framework-2025-26.xlsx": (
        "title: the detail sheet's 'Board Assurance Framework 2025/26 – actions to close gaps "
        "...', not the summary's line naming the ICB (authors split on cover and sheet titles)"
    ),
    "heldout671/zth-scottish-ambulance-service-saer-improvement-action-plan.xlsx": (
        "title: the service's plan line, not the review's own 'SAER 2024/113 – Improvement Action"
        " Plan (...)' (authors split on titles)"
    ),
    "heldout671/zth-st-clare-hospice-harlow-cqc-must-should-do-action-plan.csv": (
        "a 'Must/Should' column of 'Must do' and 'Should do' over the findings kept aside; its "
        "author reads it as the level over them (the CQC's kind beside the requirement)"
    ),
    "heldout673/ztl-nhs-orkney-his-balfour-hospital-safe-delivery-of-care-improvement-action-"
    "plan.xlsx": (
        "title: the inspection's line on the cover, not the plan sheet's 'Improvement Action Plan"
        " – The Balfour (...)' (authors split on cover and sheet titles)"
    ),
    "heldout673/ztl-southern-hsct-rqia-craigavon-area-hospital-unannounced-inspection-qip.txt": (
        "title: the plan's line 'Quality Improvement Plan – Trust response ...', not the trust's "
        "name on the first line (its author takes the first line)"
    ),
    "heldout674/ztn-affinity-water-dwi-enforcement-notice-action-tracker.csv": (
        "a Smartsheet export's top row, the sheet's own name in the task column over its "
        "workstreams, read as an action (a rule by plan words also took actions naming a plan)"
    ),
    "heldout669/ztc-shropshire-council-scrutiny-task-and-finish-group-recommendations-"
    "tracker.docx": (
        "title: 'Shropshire Council', set as the document's title, not the plain line under it "
        "naming the tracker (authors split: Wyndham's, Bexley's and Sutton Coldfield's take the "
        "body's name)"
    ),
    # session 33, heldout675 to heldout678 (measured at the end, no change made for them):
    "heldout675/ztp-nhs-lanarkshire-his-university-hospital-hairmyres-ipc-inspection-"
    "improvement-action-plan.xlsx": (
        "title: the inspection's line, not the plan's own line (authors split on titles)"
    ),
    "heldout675/ztp-st-giles-hospice-lichfield-quality-account-priorities-tracker-2024-25.docx": (
        "'What we said we would do: ...' between a priority's heading and its table read as the "
        "level under it; its author reads it as said of the priority"
    ),
    "heldout676/ztr-nifrs-hseni-improvement-notices-action-plan.docx": (
        "title: the service's name kept before the plan's (authors split on a body's name in the "
        "title)"
    ),
    "heldout678/ztu-northern-ireland-courts-and-tribunals-service-cjini-inspection-action-"
    "plan.txt": (
        "title: the plan's line, not the body's name above it (authors split on a body's name as "
        "title)"
    ),
    "heldout678/ztu-st-swithuns-school-isi-inspection-action-plan.docx": (
        "'Next step: Leaders should ...' read without its label; its author keeps the label "
        "(authors split on labelled paragraphs)"
    ),
    "heldout678/ztv-scope-internal-audit-recommendations-planner-export.csv": (
        "'Rec 1' in a Planner task's description read as its ref; its author reads it as a note"
    ),
    "heldout677/zts-bury-council-send-accelerated-progress-plan.docx": (
        "'Area for improvement: Leaders should ...' read without its label; its author keeps the "
        "label (authors split on labelled paragraphs)"
    ),
    "heldout677/zts-merthyr-tydfil-cbc-corporate-plan-delivery-tracker-2025-26.txt": (
        "a well-being objective's line over its priorities, each priority repeating the header, "
        "lost as the outer level; its author reads objective then priority"
    ),
    # session 34, heldout679 to heldout702: read wrongly and left as they are:
    "heldout681/zsa-adoption-partnership-south-east-raa-service-improvement-plan-2025-26.xlsx": (
        "title: the cover's 'Service Improvement Plan 2025–26', not the sheet's line with the "
        "body's letters and the quarter (an earlier author's cover rule; authors split on cover "
        "and sheet)"
    ),
    "heldout683/zse-wirral-council-plan-delivery-theme-3-q2-2025-26-report.xlsx": (
        "title: the sheet's delivery plan line, not the cover's quarterly report line (authors "
        "split on cover and sheet titles)"
    ),
    "heldout688/zsp-northern-ireland-screen-arac-internal-audit-recommendations-tracker.xlsx": (
        "title: the tracker sheet's line, not the summary's 'Northern Ireland Screen – ...' (the "
        "body's name unknown as a body)"
    ),
    "heldout690/zst-digital-health-and-care-ni-encompass-programme-highlight-report.xlsx": (
        "title: the programme's name line alone; its author joins it to the report's line under "
        "it (authors split on joining a body's or programme's line)"
    ),
    "heldout695/zrc-blaenau-gwent-cbc-corporate-plan-annual-delivery-plan-2025-26-mid-year-"
    "update.docx": (
        "'Outcome:' rows merged across each priority's table, and a 'Milestone' of 'TBC' in a "
        "one-row table read as a ref"
    ),
    "heldout698/zri-oxfordshire-fire-rescue-service-hmicfrs-misconduct-handling-"
    "recommendations-tracker.xlsx": (
        "title: the inspection's name line, not the service's tracker line (authors split on "
        "titles)"
    ),
    "heldout698/zrj-chalfont-st-peter-parish-council-internal-audit-action-plan-planner-"
    "export.csv": (
        "Planner's 'Task ID' kept aside; its author reads it as the ref (three authors in seven "
        "do, four read no ref)"
    ),
    "heldout699/zrk-sunderland-youth-justice-service-national-standards-improvement-plan.txt": (
        "'Finding: ...' under 'Development area A1: ...' read as the level; its author reads the "
        "development area as the level and the finding as said of it"
    ),
    "heldout700/zrn-warminster-town-council-internal-audit-action-plan-2024-25-planner-"
    "export.csv": (
        "Planner's 'Task ID' kept aside; its author reads it as the ref (authors split)"
    ),
    "heldout701/zro-adopt-london-north-raa-service-improvement-plan-2025-26.xlsx": (
        "'What we want to achieve' between the priority and the actions kept aside (a rule "
        "reading such a column as the level made risk registers' controls levels: withdrawn)"
    ),
    "heldout701/zro-nottingham-city-council-ofsted-monitoring-visit-action-plan.xlsx": (
        "title: the programme's name, not the monitoring visit plan's own line (authors split)"
    ),
    "heldout701/zro-portsmouth-city-council-council-plan-delivery-tracker-2025-26.csv": (
        "an 'Outcome' on nearly every action read as each action's measure; its author reads it "
        "as the level under the priority"
    ),
    # session 34, heldout703 to heldout706 (measured at the end; three mended after, the rest left):
    "heldout705/zrw-neath-port-talbot-cbc-scrutiny-recommendations-tracker-2025-26.csv": (
        "the committee column read as the theme over the review's task and finish group, which "
        "its author reads as the level"
    ),
    "heldout706/zry-loughborough-university-hr-excellence-in-research-action-plan.docx": (
        "'Institution' and 'Managers of researchers' rows merged across a principle's table, "
        "unread; the principle's outcome line read as the level instead"
    ),
    "heldout706/zrz-nipec-council-action-log-sharepoint-export.csv": (
        "a SharePoint log's agenda item ('Item 6 – Corporate Plan ...', once an action) read as a"
        " level; its author reads no level"
    ),
    "heldout706/zrz-sp-energy-networks-ofgem-storm-arwen-review-action-tracker.txt": (
        "Ofgem's category repeated on every row beside the action it answers not read as the "
        "theme over it"
    ),
    # session 35, heldout707 to heldout726: read wrongly and left as they are:
    "heldout707/zqa-bradford-local-area-send-partnership-priority-action-plan.xlsx": (
        "title: the sheet's 'Bradford Local Area Partnership – Priority Action Plan', not the "
        "cover's second line (authors split on cover and sheet titles)"
    ),
    "heldout707/zqb-nottinghamshire-healthcare-nhsft-board-assurance-framework-2025-26.xlsx": (
        "title: the summary's line with its quarter and meeting, not the risk sheets' own 'Board "
        "Assurance Framework 2025/26' (authors split)"
    ),
    "heldout708/zqd-great-shelford-parish-council-action-list-2025-26.txt": (
        "title: '(updated by the Clerk 3 November 2025)' kept in it, as other authors keep "
        "'(updated ...)'; its author drops it"
    ),
    "heldout710/zqg-heart-of-yorkshire-education-group-quality-improvement-plan-2025-26.xlsx": (
        "title: the plan sheet's line with '(from SAR 2024–25)'; its author reads neither line "
        "whole (authors split)"
    ),
    "heldout711/zqi-vale-of-glamorgan-council-scrutiny-recommendations-tracking.txt": (
        "'Action / Progress Update' read as the action under each recommendation; its author "
        "reads the recommendation as the action and the column as progress (reading it so made "
        "the report's 'Title' the action)"
    ),
    "heldout711/zqi-west-berkshire-council-strategy-delivery-plan-tracker-q2-2025-26.csv": (
        "title: the second line naming the delivery plan and quarter, not the first line naming "
        "the council's strategy (authors split)"
    ),
    "heldout712/zqk-coast-and-vale-learning-trust-trust-improvement-plan-2025-26.xlsx": (
        "'Governance Professional & Chair of Trustees' kept whole ('professional' as a post's "
        "word split 'Allied Health Professionals': withdrawn)"
    ),
    "heldout713/zqn-northumbria-healthcare-nhsft-quality-account-priorities-tracker-2025-26.xlsx": (
        "title: the key sheet's line, not the tracker sheet's with its quarter (authors split)"
    ),
    "heldout717/zqu-city-of-london-corporation-corporate-plan-2024-29-delivery-tracker.xlsx": (
        "'Town Clerk and Chief Executive' read as two posts; the City's one post of both names"
    ),
    "heldout717/zqu-derby-and-derbyshire-scp-lcspr-ellis-action-plan.csv": (
        "title: the plan's progress line, not the review's name above it (authors split)"
    ),
    "heldout720/zpb-university-of-aberdeen-hse-improvement-notices-action-plan.docx": (
        "a notice's facts paragraph ('Notice served ... Compliance date: ...') read as the level "
        "under its heading; its author reads the heading alone"
    ),
    "heldout722/zpf-help-for-heroes-board-of-trustees-rolling-action-log.docx": (
        "the minute ('BT25/38') read as the ref over the list's own 'No.' (an earlier author's "
        "rule; authors split)"
    ),
    "heldout723/zpg-merthyr-tydfil-cbc-scrutiny-recommendations-tracker-2025-26.csv": (
        "'Response / progress' read as the action under each recommendation; its author reads the"
        " recommendation as the action (as the Vale of Glamorgan's) and no agenda item level"
    ),
    "heldout723/zph-humber-teaching-nhsft-board-assurance-framework-2025-26.xlsx": (
        "'Principal risk' | '1.1 There is a risk ...' read as a fact of the goal, not the level "
        "under it"
    ),
    "heldout723/zph-london-ambulance-service-nhs-trust-quality-account-priorities-tracker-"
    "2025-26.xlsx": (
        "'Chief Paramedic and Quality Officer' read as two posts; the trust's one post"
    ),
    "heldout725/zpl-nhs-fife-his-irmer-victoria-hospital-radiology-improvement-action-plan.xlsx": (
        "'PACS/RIS Manager' split at its slash (joining two letters' fields over one post split "
        "'CPO/FTSU Guardian', two officers: withdrawn)"
    ),
    "heldout726/zpn-otley-town-council-governance-action-plan-planner-export.csv": (
        "Planner's 'Task ID' kept aside (authors split), and a task labelled 'RAG Red' beside "
        "progress unread"
    ),
    "heldout726/zpn-standards-commission-for-scotland-rolling-action-log.txt": (
        "'Convener and Executive Director' kept whole; its author reads two posts"
    ),
    # session 36, heldout727 to heldout742: read wrongly and left as they are:
    "heldout728/zpr-ashbourne-town-council-governance-action-plan-planner-export.csv": (
        "Planner's 'Task ID' kept aside (authors split: five read it as the ref, five not)"
    ),
    "heldout728/zpr-hseni-corporate-risk-register-2025-26.xlsx": (
        "title: the register sheet's line, not the cover sheet's (authors split on cover and "
        "sheet titles)"
    ),
    "heldout734/zod-tower-hamlets-council-ico-foi-practice-recommendation-action-plan.docx": (
        "a record table's 'ICO target' (the regulator's words) not read as the level under the "
        "issue's heading"
    ),
    "heldout738/zok-probation-service-stockton-and-hartlepool-pdu-hmip-inspection-action-"
    "plan.txt": (
        "'Rec no.' on the recommendation's first action only read as that action's ref (six "
        "authors read it so; reading it as the recommendation's number was withdrawn)"
    ),
    "heldout738/zol-edenbridge-town-council-governance-action-plan-asana-export.csv": (
        "Asana's 'Task ID' kept aside (authors split, as on Planner's)"
    ),
    "heldout740/zoo-eastbourne-college-isi-inspection-action-plan.txt": (
        "'Summer 2025' kept as words (four authors read a bare season so; this school's author "
        "reads the summer term)"
    ),
    # session 37, heldout743 to heldout754: read wrongly and left as they are:
    "heldout516/ui-gwent-police-strategic-risk-register-2025-26.xlsx": (
        "title: the cover's 'Strategic Risk Register 2025/26', not the sheet's line that adds the"
        " body's name and '– Further Actions' (authors split: BOB ICB's and Lancashire's read the"
        " cover's)"
    ),
    "heldout745/zoz-cwm-taf-morgannwg-uhb-hiw-royal-glamorgan-hospital-emergency-department-"
    "improvement-plan.docx": (
        "the 'Appendix B – Immediate improvement plan' heading not read as a level over the "
        "immediate table (authors split, as on Betsi's)"
    ),
    "heldout750/zai-elmhurst-school-aylesbury-ofsted-report-card-post-inspection-improvement-"
    "plan.docx": (
        "title: the school's name and the heading under it read on as one (authors split: most "
        "read a short plan name under a body's name so)"
    ),
    "heldout751/zak-doncaster-childrens-services-trust-fostering-agency-ofsted-inspection-"
    "action-plan.xlsx": (
        "a sheet's caption 'Statutory requirements' (what kind of rows it holds) not read as the "
        "theme"
    ),
    "heldout753/zap-home-instead-worthing-and-adur-cqc-home-care-inspection-action-plan.txt": (
        "'Area for improvement:' taken off the finding's words under its section"
    ),
    "heldout754/zar-leominster-town-council-lcas-quality-gold-action-plan-planner-export.txt": (
        "Planner's 'Task ID' kept aside (authors split, as on Ashbourne's)"
    ),
    # session 37, heldout755 to heldout758: read wrongly and left as they are:
    "heldout756/zau-lancaster-university-physics-athena-swan-silver-action-plan.xlsx": (
        "the issue/rationale beside each action read as a level under its priority"
    ),
    "heldout757/zaw-lancashire-county-council-council-plan-delivery-tracker-2025-26.xlsx": (
        "a commitment row's ref in its own column ('A1.1') not kept in the heading (authors "
        "split: Gartree's and Frankland's keep it out)"
    ),
    "heldout757/zax-gloucestershire-hospitals-nhsft-board-assurance-framework-2025-26.xlsx": (
        "the actions sheet's 'BAF actions to close gaps ... – October 2025' for the cover's "
        "title, and the gap written on the first of its actions not read as the level"
    ),
    # session 38, heldout759 to heldout774: read wrongly and left as they are:
    "heldout762/zbh-manningham-housing-association-governance-effectiveness-review-action-"
    "plan.xlsx": (
        "title: the sheet's line naming the body and the cover's plan read, not the cover's plan "
        "under the body's name (authors split: North Tyneside's, Bolton's, Isle of Wight's and "
        "Torbay's read the sheet's)"
    ),
    "heldout763/zbj-lampeter-medical-practice-hiw-gp-inspection-improvement-plan.docx": (
        "the 'Appendix B – Immediate improvement plan' heading read as a level over the immediate"
        " table (authors split, as on Cwm Taf's and Betsi's)"
    ),
    "heldout769/zbv-oxleas-nhsft-quality-account-priorities-tracker-2025-26.xlsx": (
        "title: the key sheet's '... – progress tracker' over the sheet's '... – Quarter 2 "
        "progress (July to September 2025)' (authors split on a cover's plan over the sheet's "
        "moment)"
    ),
    # session 38, heldout775 to heldout778: read wrongly and left as they are:
    "heldout775/zcg-barnsley-council-plan-2024-27-delivery-actions-q2-2025-26.txt": (
        "an 'Outcome' column, one a row beside 'Priority', kept as each action's measure, not "
        "read as a level under the priority"
    ),
    "heldout775/zcg-manchester-city-council-cyp-scrutiny-recommendations-monitor.csv": (
        "'Item' one a row kept aside and 'Response' read as the action beside each recommendation"
        " (authors split on such items, as item_for_each_action says)"
    ),
    "heldout775/zch-llanedeyrn-health-centre-hiw-gp-inspection-improvement-plan.docx": (
        "the 'Appendix B – Immediate improvement plan' heading not read as a level over the "
        "immediate table (authors split, as on Lampeter's, Cwm Taf's and Betsi's)"
    ),
    "heldout776/zcj-blue-cross-charity-commission-regulatory-compliance-action-plan.docx": (
        "'Company Secretary and Head of Governance' read as two posts, its author one (authors "
        "split on posts joined by 'and')"
    ),
    # session 39, heldout783 to heldout794: read wrongly and left as they are:
    "heldout785/zda-swansea-council-ciw-childrens-services-improvement-check-action-plan.xlsx": (
        "title: the plan sheet's line ('CIW Improvement Check (October 2024) – ...') over the "
        "cover's plan in other words (authors split on a cover's plan over the sheet's moment)"
    ),
    "heldout789/zdj-south-east-coast-ambulance-service-nhsft-quality-account-priorities-"
    "tracker-2025-26.xlsx": (
        "title: the tracker sheet's line over the summary sheet's (a counts sheet, no cover)"
    ),
    "heldout791/zdm-wandsworth-council-overview-and-scrutiny-recommendations-tracker.csv": (
        "'Committee' over 'Item' in a tracker of recommendations: the committee kept aside, the "
        "item read as the theme"
    ),
    "heldout791/zdm-west-sussex-county-council-scrutiny-recommendations-tracker.xlsx": (
        "a scrutiny item merged down beside its recommendations read as no part, the Cabinet "
        "Member's response read as the action"
    ),
    "heldout791/zdn-northampton-general-hospital-nhs-trust-board-assurance-framework-"
    "2025-26.xlsx": ("title: the BAF actions sheet's line over the cover's plan name"),
    "heldout793/zdr-east-london-nhsft-psii-spa-urgent-referral-triage-delay-safety-action-"
    "plan.csv": ("title: the 'Report:' label's value over the header not read as the title"),
    "heldout793/zdr-sperrin-homecare-cookstown-rqia-domiciliary-care-agency-qip-action-"
    "tracker.docx": (
        "a bold 'Area for improvement 1 – Ref: ... – Stated: ...' line read as the part, its "
        "italic words under it not"
    ),
    "heldout794/zdt-congleton-town-council-governance-action-plan-2025-26-planner-export.csv": (
        "Planner's 'Task ID' not read as the ref (authors split: most read a Planner export with "
        "no ref)"
    ),
    # session 40, heldout795 to heldout814: read wrongly and left as they are:
    "heldout796/zdx-national-galleries-of-scotland-arc-internal-audit-recommendations-"
    "tracker.xlsx": (
        "title: the body's name over 'Item 7: Internal Audit Recommendations Tracker – ...' (an "
        "agenda item's line, its label dropped by this author and kept whole by two others)"
    ),
    "heldout803/zek-hertfordshire-county-council-scrutiny-recommendations-tracker-2024-25.xlsx": (
        "the 'Area' column of directorates read as the theme over a flat tracker (its author "
        "reads no heading; authors split on a column grouping runs of rows)"
    ),
    "heldout806/zeq-caterham-school-isi-inspection-action-plan.docx": (
        "'Recommended next step (ISI):' taken off the step's words over its table (its author "
        "keeps the label; authors split)"
    ),
    "heldout808/zev-ilf-scotland-strategic-risk-register-2025-26.xlsx": (
        "the risk's 'SR1' merged beside its actions read as their numbered refs (its author reads"
        " no ref)"
    ),
    "heldout809/zex-kings-college-hospital-nhsft-quality-account-priorities-tracker-2025-26.csv": (
        "'Chief Nurse and Executive Director of Midwifery' read as two posts (its author reads "
        "one officer holding both)"
    ),
    "heldout810/zey-surrey-fire-rescue-service-grenfell-tower-inquiry-recommendations-"
    "tracker.xlsx": (
        "the Phase 1 sheet's line ('Phase 1 recommendations – remaining open actions') read as a "
        "caption, no part (its author reads it as the sheet's heading)"
    ),
    "heldout811/zfb-ardview-nursing-home-comber-rqia-care-inspection-quality-improvement-"
    "plan.docx": (
        "one shaded status read red where its author reads amber from the home's own key"
    ),
    "heldout814/zfg-stonar-school-isi-independent-school-standards-action-plan.txt": (
        "title: the line naming the inspection and the DfE notice over 'Stonar School – Action "
        "Plan to meet the Independent School Standards' below it"
    ),
    # session 41, heldout815 to heldout834: read wrongly and left as they are:
    "heldout822/zfw-university-of-dundee-internal-audit-recommendations-tracker.csv": (
        "title: 'Internal Audit Recommendations Tracker – position at 31 October 2025', the line"
        " naming the tracker, over the body and committee line its author takes"
    ),
    "heldout824/zga-hmp-morton-hall-hmip-inspection-action-plan.docx": (
        "'Priority concerns', the one heading over every concern, read as the kind of the parts"
        " (beside 'Key concerns' it parts the plan; its author keeps it alone too)"
    ),
    "heldout829/zgl-tonypandy-health-centre-hiw-gp-inspection-improvement-plan.docx": (
        "HIW's 'Appendix B – Immediate improvement plan' set aside as a part of the report (its"
        " author reads it as its action's part; five HIW files' authors read no part, four do)"
    ),
    "heldout831/zgp-orchard-lea-nursing-home-ipswich-cqc-inspection-action-plan.txt": (
        "'Medicines: topical creams were not recorded ...', a finding opening with its topic's"
        " label, read as a part of its own, not under the regulation's numbered heading"
    ),
    "heldout834/zgu-woodhouse-college-ofsted-post-inspection-action-plan.txt": (
        "'Quality of education' alone in the action column over 'AFI 1' rows read as an action"
        " and as more words of the one above (its author reads Ofsted's area, a heading)"
    ),
}


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(
            p,
            id=_id(p),
            marks=pytest.mark.xfail(strict=True, reason=STILL_WRONG[_id(p)])
            if _id(p) in STILL_WRONG
            else (),
        )
        for p in CASES
    ],
)
def test_no_file_is_read_wrongly(path: Path) -> None:
    outcome, why = score(path)
    assert outcome != "wrong", why


def test_the_corpus_is_wide_and_the_reading_rate_is_known() -> None:
    outcomes = [score(path)[0] for path in CASES]
    assert len(CASES) >= 25
    assert {p.suffix for p in CASES} >= {".docx", ".xlsx", ".csv", ".txt"}
    right = sum(1 for o in outcomes if o.startswith("right"))
    # The figure today; the target, nine in ten, is issue 18's and not yet met.
    assert right >= 11423, f"{right} of {len(CASES)} read right"


def test_nine_in_ten_are_read_right() -> None:
    """Over the whole corpus, held-out sets included now they are training: the held-out
    figures measured before (module docstring) are the design's measure."""
    outcomes = [score(path)[0] for path in CASES]
    right = sum(1 for o in outcomes if o.startswith("right"))
    assert right >= 0.9 * len(CASES), f"{right} of {len(CASES)} read right"
