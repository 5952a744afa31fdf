"""Build the seven iv2- blind test files (set heldout290).

Run with /work/main/.venv/bin/python iv2_make.py ; writes the data files next to this script.
The DATA structures below also carry the reading a person makes of each action
(lead list, end month, status) so that the expected readings are written from the
same text the files contain.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "navy": "1F3864", "lightblue": "DEEAF6", "pale": "F2F2F2",
    "pink": "F4B6B6", "lamber": "FFE699", "lgreen": "C6EFCE",
}


def A(ref, action, lead_cell, lead, end_cell, end, status_cell, status, progress="", end_text=None, **extra):
    d = dict(ref=ref, action=action, lead_cell=lead_cell, lead=lead, end_cell=end_cell,
             end=end, status_cell=status_cell, status=status, progress=progress, end_text=end_text)
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# 1. Blackburn with Darwen LSAB - SAR Adult K action plan (docx)
# ---------------------------------------------------------------------------
SAR_FILE = "iv2-blackburn-with-darwen-lsab-sar-adult-k-action-plan.docx"
SAR_TITLE = "Safeguarding Adults Review – Adult K: Multi-Agency Action Plan"
SAR = [
    ("Theme 1: Self-neglect and hoarding", [
        ("Recommendation 1: LSAB partners should review and relaunch the Self-Neglect and Hoarding Multi-Agency Guidance, ensuring it sets out clear escalation routes where an adult repeatedly declines support.", [
            A("1.1", "Review the Self-Neglect and Hoarding Multi-Agency Guidance with partner agencies and publish the revised version on the LSAB website.",
              "SAB Business Manager", ["SAB Business Manager"], "March 2025", "2025-03", "Blue", "blue",
              "Complete. Revised guidance agreed by the Policy and Procedures Sub-Group and published 14 March 2025."),
            A("1.2", "Deliver multi-agency briefing sessions on the revised guidance to front-line practitioners, including registered housing providers and the voluntary sector.",
              "Chair of Learning and Development Sub-Group / Workforce Development Officer",
              ["Chair of Learning and Development Sub-Group", "Workforce Development Officer"],
              "June 2025 – December 2025", "2025-12", "Green", "green",
              "Four of six sessions delivered (112 attendees). Remaining sessions booked for November and December 2025."),
        ]),
        ("Recommendation 2: Blackburn with Darwen Council and Lancashire Fire and Rescue Service should ensure that fire risk is routinely considered and shared where an adult who self-neglects is known to smoke, misuse alcohol or have limited mobility.", [
            A("2.1", "Embed a fire risk prompt in the adult social care assessment and review templates on the case recording system.",
              "Head of Service, Adult Social Care Operations", ["Head of Service, Adult Social Care Operations"],
              "30/09/2025\nRevised: 30/11/2025", "2025-11", "Amber", "amber",
              "Template change specified and tested. System release moved to November 2025 because of the supplier upgrade schedule."),
            A("2.2", "Agree a referral pathway for Home Fire Safety Visits from adult social care, housing and community health services.",
              "LFRS Prevention Support Manager", ["LFRS Prevention Support Manager"], "Dec-24", "2024-12", "Complete", "blue",
              "Pathway agreed December 2024; 38 referrals received April to August 2025."),
        ]),
    ]),
    ("Theme 2: Mental capacity and professional curiosity", [
        ("Recommendation 3: Partners should provide assurance that mental capacity assessments are undertaken and recorded where an adult’s decisions place them at risk of serious harm, including consideration of executive capacity.", [
            A("3.1", "Undertake a multi-agency audit of mental capacity assessments for adults open to services where self-neglect is a feature.",
              "Chair of Quality Assurance and Performance Sub-Group", ["Chair of Quality Assurance and Performance Sub-Group"],
              "Q4 2025/26", "2026-03", "Green", "green",
              "Audit tool agreed at QAP Sub-Group in August 2025. Case sample to be drawn in January 2026."),
            A("3.2", "Include executive capacity in the MCA Level 2 training offered by BwD Council and NHS partners.",
              "MCA Lead, ELHT / Principal Social Worker", ["MCA Lead, ELHT", "Principal Social Worker"],
              "April 2025", "2025-04", "Blue", "blue",
              "Training content updated and delivered from April 2025."),
        ]),
        ("Recommendation 4: NHS Lancashire and South Cumbria ICB should seek assurance that GP practices have a process for following up adults at risk who repeatedly do not attend appointments.", [
            A("4.1", "Share the ‘Was Not Brought / Did Not Attend’ learning brief with all Blackburn with Darwen GP practices through the primary care safeguarding forum.",
              "Named GP for Safeguarding Adults", ["Named GP for Safeguarding Adults"], "Jan-25", "2025-01", "Blue", "blue",
              "Shared at the forum on 22 January 2025 and circulated to practice safeguarding leads."),
            A("4.2", "Audit a sample of practice records to test whether repeated non-attendance by adults with care and support needs is followed up.",
              "Designated Nurse Safeguarding Adults (LSC ICB)", ["Designated Nurse Safeguarding Adults (LSC ICB)"],
              "March 2026", "2026-03", "Red", "red",
              "Audit tool agreed but audit not started because of capacity in the ICB safeguarding team. Escalated to the LSAB Executive."),
        ]),
    ]),
    ("Theme 3: Board assurance", [
        ("Recommendation 5: The LSAB should receive a report within twelve months of publication on the impact of the actions in this plan.", [
            A("5.1", "Present an impact report to the LSAB drawing on audit findings and practitioner feedback.",
              "Independent Chair / SAB Business Manager", ["Independent Chair", "SAB Business Manager"],
              "Nov-25", "2025-11", "Green", "green",
              "Report scheduled for the LSAB meeting on 20 November 2025."),
            A("5.2", "Add the Adult K learning to the LSAB Learning and Improvement Framework and monitor it through the SAR Sub-Group.",
              "SAR Sub-Group Chair", ["SAR Sub-Group Chair"], "Ongoing", None, "Green", "green",
              "Standing item on the SAR Sub-Group agenda.", end_text="Ongoing"),
        ]),
    ]),
]


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


RAGWORD = {"Blue": "blue", "Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def make_sar():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Blackburn with Darwen Local Safeguarding Adults Board")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph(SAR_TITLE, style="Title")
    doc.add_paragraph("Progress update – September 2025 (for the LSAB meeting on 2 October 2025)")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        set_cell(c, h, bold=True)
        shade(c, FILL["grey"])
    for row in [("1.0", "12/11/2024", "SAB Business Manager", "Agreed by LSAB on publication of SAR"),
                ("1.3", "04/04/2025", "SAB Business Manager", "Progress update to SAR Sub-Group"),
                ("1.5", "18/09/2025", "SAB Business Manager", "Progress update to LSAB")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Blue", "Action complete and evidence of impact received"),
                          ("Green", "On track to be completed by the target date"),
                          ("Amber", "Some slippage – revised date agreed"),
                          ("Red", "Not on track / not started – escalation required")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], FILL[RAGWORD[word]])
        set_cell(cells[1], meaning)

    doc.add_paragraph(
        "Adult K was a 74-year-old man who lived alone and died in March 2024 following a fire at his home. "
        "The SAR was published in November 2024 and made five recommendations. The actions below were agreed "
        "by partner agencies and are monitored by the SAR Sub-Group.")

    for theme, recs in SAR:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, actions in recs:
            rp = doc.add_paragraph()
            rr = rp.add_run(rec)
            rr.bold = True
            tab = doc.add_table(rows=1, cols=6)
            tab.style = "Table Grid"
            for c, h in zip(tab.rows[0].cells, ["No.", "Action", "Lead", "Target date",
                                                "Progress update (September 2025)", "RAG"]):
                set_cell(c, h, bold=True)
                shade(c, FILL["lightblue"])
            for a in actions:
                cells = tab.add_row().cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[1], a["action"])
                set_cell(cells[2], a["lead_cell"])
                set_cell(cells[3], a["end_cell"])
                set_cell(cells[4], a["progress"])
                set_cell(cells[5], a["status_cell"], bold=True)
                shade(cells[5], FILL[RAGWORD[a["status_cell"]]])
            doc.add_paragraph()
    doc.add_paragraph("Sign-off: plan to be closed by the LSAB once all actions are rated Blue and the impact report has been received.")
    doc.save(os.path.join(HERE, SAR_FILE))


# ---------------------------------------------------------------------------
# 2. BCP CSP - DHR 'Mary' action plan (csv) - typo month, refuse
# ---------------------------------------------------------------------------
DHR_FILE = "iv2-bcp-csp-dhr-mary-action-plan-typo-month-refuse.csv"
DHR_TITLE = "BCP Community Safety Partnership – Domestic Homicide Review ‘Mary’: Action Plan"
DHR_HEADER = ["Rec", "Recommendation", "Scope", "Action", "Lead agency", "Lead officer", "Target date",
              "Date completed", "Progress update", "RAG"]
DHR_ROWS = [
    ["1", "BCP Council Housing Options should ensure that domestic abuse is routinely asked about when a household presents as homeless and that the answer is recorded.",
     "Local", "1a. Add a mandatory routine enquiry question on domestic abuse to the housing options assessment template.",
     "BCP Council – Housing", "Housing Options Manager", "31/03/2025", "12/03/2025", "Question live on the housing system from 12 March 2025.", "Complete"],
    ["", "", "", "1b. Audit 30 homelessness assessments to test compliance with routine enquiry.",
     "BCP Council – Housing", "Housing Options Manager", "Sep-25", "", "Audit of 30 cases underway; findings to CSP DHR Sub-Group in November.", "Amber"],
    ["2", "Dorset HealthCare and University Hospitals Dorset should ensure that practitioners consider coercive and controlling behaviour where an older person is cared for by a family member.",
     "Local", "2a. Deliver a briefing on coercive control in older people to community nursing teams.",
     "Dorset HealthCare", "Named Nurse Safeguarding Adults", "30/06/2025", "27/06/2025", "Five briefings delivered to community nursing localities.", "Complete"],
    ["", "", "", "2b. Add coercive control prompts to the Emergency Department safeguarding adults screening tool.",
     "University Hospitals Dorset", "Head of Safeguarding", "Febuary 2026", "", "Draft prompts agreed with ED matrons; awaiting digital change request.", "Green"],
    ["3", "The MARAC Steering Group should review how referrals are made where the victim is over 65 and does not wish to engage.",
     "Local", "3a. Review MARAC referral data for victims aged 65+ for 2023/24 and 2024/25.",
     "Dorset Police / BCP Council", "MARAC Coordinator", "Oct-25", "", "Data extracted; analysis in progress.", "Green"],
    ["", "", "", "3b. Update the MARAC operating protocol to include guidance on older victims and carers.",
     "Dorset Police / BCP Council", "Chair of MARAC Steering Group", "Q4 2025/26", "", "To follow 3a.", "Green"],
    ["4", "BCP Community Safety Partnership should raise awareness of domestic abuse in later life with the public and professionals.",
     "Local", "4a. Run a later life domestic abuse campaign during the 16 Days of Action.",
     "BCP Council – Community Safety", "Domestic Abuse Partnership Manager", "10/12/2025", "", "Campaign materials designed with Age UK BCP.", "Green"],
    ["5", "The Home Office should consider including domestic abuse in later life in the revised DHR statutory guidance.",
     "National", "5a. Chair of the CSP to write to the Home Office DHR team setting out this recommendation.",
     "BCP Community Safety Partnership", "CSP Chair", "Mar-25", "20/03/2025", "Letter sent 20 March 2025; acknowledgement received.", "Complete"],
]


def make_dhr():
    path = os.path.join(HERE, DHR_FILE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([DHR_TITLE] + [""] * (len(DHR_HEADER) - 1))
        w.writerow(["Version 3 – updated 16/10/2025 – monitored by the DHR Sub-Group"] + [""] * (len(DHR_HEADER) - 1))
        w.writerow([""] * len(DHR_HEADER))
        w.writerow(DHR_HEADER)
        for r in DHR_ROWS:
            w.writerow(r)
        w.writerow([""] * len(DHR_HEADER))
        w.writerow(["RAG: Complete = action completed and evidenced; Green = on track; Amber = some slippage; Red = off track"] + [""] * (len(DHR_HEADER) - 1))


# ---------------------------------------------------------------------------
# 3. Canterbury CSP action plan 2025-26 (tab-separated text)
# ---------------------------------------------------------------------------
CSP_FILE = "iv2-canterbury-csp-community-safety-action-plan-2025-26.txt"
CSP_TITLE = "Canterbury Community Safety Partnership Action Plan 2025-26"
CSP = [
    ("Priority 1: Disrupt serious and organised crime, including county lines and exploitation", [
        A("1.1", "Run multi-agency days of action in Canterbury city centre, Herne Bay and Whitstable targeting drug supply and county lines activity.",
          "Kent Police / CCC Community Safety Unit", ["Kent Police", "CCC Community Safety Unit"], "Mar-26", "2026-03", "Green", "green",
          "Two days of action held (June and September); 9 arrests and 3 cuckooed addresses closed."),
        A("1.2", "Deliver exploitation awareness training to licensed premises, taxi drivers and hotel staff (Operation Makesafe).",
          "CCC Licensing Team and Kent Police", ["CCC Licensing Team", "Kent Police"], "Oct 2025 – Mar 2026", "2026-03", "Amber", "amber",
          "Training package agreed; start delayed to November while trainer is recruited."),
        A("1.3", "Maintain the weekly Community Safety Unit tasking meeting to share intelligence on cuckooed addresses and vulnerable tenants.",
          "CSU Manager", ["CSU Manager"], "Ongoing", None, "Green", "green",
          "Meeting held weekly; housing providers now attend.", end_text="Ongoing"),
    ]),
    ("Priority 2: Safeguarding, vulnerability and domestic abuse", [
        A("2.1", "Promote the domestic abuse One Stop Shop and the DA Champions network to GP surgeries, pharmacies and faith groups,\nincluding translated materials for communities where English is not a first language.",
          "Domestic Abuse Coordinator (Rising Sun) / CCC Community Safety Manager",
          ["Domestic Abuse Coordinator (Rising Sun)", "CCC Community Safety Manager"], "31/03/2026", "2026-03", "Green", "green",
          "14 new DA Champions trained; leaflets translated into Turkish, Romanian and Arabic."),
        A("2.2", "Deliver White Ribbon accreditation activity and the 16 Days of Action campaign (25 November – 10 December 2025).",
          "CCC Community Safety Unit", ["CCC Community Safety Unit"], "Dec-25", "2025-12", "Green", "green",
          "Campaign plan agreed at July CSP meeting."),
        A("2.3", "Share learning from local and Kent-wide DHRs with CSP members and frontline staff through a practitioner event.",
          "CSP Chair", ["CSP Chair"], "Q4 2025/26", "2026-03", "Amber", "amber",
          "Event date not yet confirmed; Kent DHR learning briefs received."),
    ]),
    ("Priority 3: Supporting young people", [
        A("3.1", "Commission diversionary youth activities in Herne Bay and Northgate during the summer school holidays.",
          "KCC Youth Service / CCC Communities Team", ["KCC Youth Service", "CCC Communities Team"], "Aug-25", "2025-08", "Blue", "blue",
          "Complete – 46 sessions delivered, 310 young people attended."),
        A("3.2", "Deliver knife crime and consequences sessions in all secondary schools in the district.",
          "Kent Police Schools Officers", ["Kent Police Schools Officers"], "Summer term 2026", "2026-07", "Green", "green",
          "Sessions delivered in 4 of 9 schools."),
    ]),
    ("Priority 4: Anti-social behaviour and a safe night-time economy", [
        A("4.1", "Retain Purple Flag accreditation for Canterbury city centre.",
          "CCC Community Safety Manager and Canterbury BID", ["CCC Community Safety Manager", "Canterbury BID"], "Nov-25", "2025-11", "Green", "green",
          "Assessment visit booked for 6 November 2025."),
        A("4.2", "Consult on and renew the Public Spaces Protection Order for Canterbury city centre.",
          "CCC Community Safety Unit", ["CCC Community Safety Unit"], "30/09/2025", "2025-09", "Blue", "blue",
          "PSPO renewed by Cabinet on 8 September 2025 for three years."),
    ]),
]


def make_csp():
    lines = [
        CSP_TITLE,
        "Quarter 2 update (July – September 2025) – prepared for the CSP meeting on 15 October 2025",
        "RAG key: Blue = complete; Green = on track; Amber = some slippage, remedial action in place; Red = off track",
        "",
        "\t".join(["Ref", "Action", "Lead partner(s)", "Timescale", "Q2 progress", "RAG"]),
    ]
    for prio, acts in CSP:
        lines.append(prio)
        for a in acts:
            parts = a["action"].split("\n")
            lines.append("\t".join([a["ref"], parts[0], a["lead_cell"], a["end_cell"], a["progress"], a["status_cell"]]))
            for cont in parts[1:]:
                lines.append("\t".join(["", cont, "", "", "", ""]))
    lines += [
        "",
        "Notes: CCC = Canterbury City Council; CSU = Community Safety Unit; BID = Business Improvement District; KCC = Kent County Council.",
        "The plan is refreshed each year following the CSP strategic assessment.",
    ]
    with open(os.path.join(HERE, CSP_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 4. Moorfields Eye Hospital NHSFT - Board of Directors action log (xlsx)
# ---------------------------------------------------------------------------
MEH_FILE = "iv2-moorfields-eye-hospital-nhsft-board-of-directors-action-log.xlsx"
MEH_TITLE = "Moorfields Eye Hospital NHS Foundation Trust – Board of Directors (Public) Action Log"
D = dt.datetime
MEH_OPEN = [
    ("Meeting held 27 March 2025", [
        A("2025/014", "Provide the Board with a recovery trajectory for the 18-week referral to treatment standard in glaucoma, including the effect of the additional weekend clinics.",
          "Chief Operating Officer", ["Chief Operating Officer"], D(2025, 5, 29), "2025-11", "amber", "amber",
          "Trajectory drafted; deferred to November so that the validation exercise can be reflected.",
          minute="25/031", item="Integrated performance report", revised=D(2025, 11, 27)),
        A("2025/017", "Circulate benchmarking of Freedom to Speak Up themes against peer specialist trusts to Board members.",
          "Director of Workforce and Organisational Development", ["Director of Workforce and Organisational Development"],
          D(2025, 5, 29), "2025-05", "red", "red",
          "Awaiting the National Guardian’s Office data release; to be circulated outside the meeting.",
          minute="25/036", item="Freedom to Speak Up report", revised=None),
    ]),
    ("Meeting held 29 May 2025", [
        A("2025/022", "Bring a report on the digital and EPR readiness risks for the move to Oriel to a Board seminar.",
          "Chief Information Officer / Oriel Programme Director", ["Chief Information Officer", "Oriel Programme Director"],
          "Oct-25", "2025-10", "green", "green",
          "Scheduled for the Board seminar on 23 October 2025.",
          minute="25/052", item="Oriel programme update", revised=None),
        A("2025/025", "Set out how feedback from the Accessible Information Standard survey will be reported to the Quality and Safety Committee.",
          "Chief Nurse", ["Chief Nurse"], D(2025, 7, 31), "2025-07", "blue", "blue",
          "Included in the Q1 patient experience report to QSC on 10 September 2025. Propose closure.",
          minute="25/058", item="Patient experience report", revised=None),
    ]),
    ("Meeting held 31 July 2025", [
        A("2025/031", "Provide a breakdown of the cost improvement programme by directorate, distinguishing recurrent from non-recurrent savings.",
          "Chief Financial Officer", ["Chief Financial Officer"], D(2025, 9, 25), "2025-11", "amber", "amber",
          "Deferred to November to align with the month 6 forecast.",
          minute="25/077", item="Finance report – month 3", revised=D(2025, 11, 27)),
        A("2025/033", "Confirm cover arrangements for rota gaps among ophthalmology specialty trainees over the winter period.",
          "Medical Director", ["Medical Director"], D(2025, 9, 25), "2025-09", "red", "red",
          "Verbal update given in September; written summary still outstanding.",
          minute="25/081", item="Guardian of safe working report", revised=None),
    ]),
    ("Meeting held 25 September 2025", [
        A("2025/038", "Review the target risk scores for BAF risks 2 and 5 and bring revised scores to the next meeting.",
          "Company Secretary", ["Company Secretary"], D(2025, 11, 27), "2025-11", "green", "green",
          "To be reviewed at the Audit and Risk Committee in November.",
          minute="25/096", item="Board assurance framework", revised=None),
        A("2025/039", "Schedule a Board development session on the joint research strategy with the UCL Institute of Ophthalmology.",
          "PL / HB", ["PL", "HB"], "Jan-26", "2026-01", "green", "green",
          "Date being agreed with UCL.",
          minute="25/099", item="Research and development update", revised=None),
    ]),
]
MEH_CLOSED = [
    A("2025/009", "Circulate the updated Green Plan delivery dashboard to Board members.",
      "Director of Estates and Facilities", ["Director of Estates and Facilities"], D(2025, 3, 27), "2025-03", "Completed", "blue",
      "Dashboard circulated 18 September 2025.", meeting=D(2025, 1, 30), minute="25/012", closed=D(2025, 9, 25)),
    A("2025/027", "Add a section on waiting list validation to the integrated performance report.",
      "Chief Operating Officer", ["Chief Operating Officer"], D(2025, 7, 31), "2025-07", "Completed", "blue",
      "Included from the July 2025 report onwards.", meeting=D(2025, 5, 29), minute="25/061", closed=D(2025, 9, 25)),
    A("2025/034", "Share the outcome of the CQC well-led self-assessment with non-executive directors.",
      "Chief Nurse / Company Secretary", ["Chief Nurse", "Company Secretary"], D(2025, 9, 25), "2025-09", "Completed", "blue",
      "Presented at the NED session on 11 September 2025.", meeting=D(2025, 7, 31), minute="25/084", closed=D(2025, 9, 25)),
]

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c, key):
    c.fill = PatternFill("solid", start_color=FILL.get(key, key), end_color=FILL.get(key, key))


def make_meh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = MEH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated following the meeting held on 25 September 2025"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, key) in zip("BCDE", [("Overdue", "red"), ("Due date revised", "amber"),
                                        ("On track – not yet due", "green"), ("Complete – propose closure", "blue")]):
        ws[f"{col}4"] = txt
        fill(ws[f"{col}4"], key)
        ws[f"{col}4"].alignment = WRAP
    headers = ["Action no.", "Minute ref", "Item", "Action", "Lead", "Due date", "Revised due date", "Update", "RAG"]
    r = 6
    for i, h in enumerate(headers, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "navy")
        c.border = BOX
        c.alignment = WRAP
    for meeting, acts in MEH_OPEN:
        r += 1
        ws.cell(r, 1, meeting).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        fill(ws.cell(r, 1), "grey")
        for a in acts:
            r += 1
            vals = [a["ref"], a["minute"], a["item"], a["action"], a["lead_cell"], a["end_cell"], a["revised"], a["progress"], None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            fill(ws.cell(r, 9), a["status_cell"])
    for col, w in zip("ABCDEFGHI", [11, 10, 22, 55, 26, 12, 12, 45, 7]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Closed Sep-25")
    headers2 = ["Action no.", "Meeting date", "Minute ref", "Action", "Lead", "Due date", "Date closed", "Closure note", "Status"]
    for i, h in enumerate(headers2, 1):
        c = ws2.cell(1, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "navy")
        c.border = BOX
    for j, a in enumerate(MEH_CLOSED, 2):
        vals = [a["ref"], a["meeting"], a["minute"], a["action"], a["lead_cell"], a["end_cell"], a["closed"], a["progress"], a["status_cell"]]
        for i, v in enumerate(vals, 1):
            c = ws2.cell(j, i, v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        fill(ws2.cell(j, 9), "blue")
    for col, w in zip("ABCDEFGHI", [11, 12, 10, 55, 26, 12, 12, 40, 11]):
        ws2.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, MEH_FILE))


# ---------------------------------------------------------------------------
# 5. Royal Devon UHFT - maternity and neonatal improvement plan (xlsx)
# ---------------------------------------------------------------------------
RDUH_FILE = "iv2-royal-devon-uhft-maternity-neonatal-improvement-plan.xlsx"
RDUH_TITLE = "Maternity and Neonatal Improvement Plan 2025/26"
RDUH = [
    ("Theme 1: Safe staffing and workforce", [
        ("CQC Must-do", "RD&E and NDDH",
         "The service must ensure there are sufficient midwifery staff with the right skills to keep women and birthing people safe, and that staffing shortfalls are escalated in line with policy. (Regulation 18)", [
             A("1.1", "Complete the Birthrate Plus acuity review for both sites and present the funded midwifery establishment to the Board.",
               "Director of Midwifery", ["Director of Midwifery"], D(2024, 7, 31), "2024-07", "B", "blue",
               "Birthrate Plus report presented to Board July 2024; 11.4 WTE investment agreed.",
               revised=None, prev="B", evidence="Board paper July 2024"),
             A("1.2", "Implement the maternity escalation and redeployment policy, including a twice-daily cross-site staffing huddle.",
               "Head of Midwifery (Eastern) / Head of Midwifery (Northern)", ["Head of Midwifery (Eastern)", "Head of Midwifery (Northern)"],
               D(2024, 9, 30), "2025-01", "B", "blue",
               "Policy ratified January 2025; huddle embedded and audited monthly.",
               revised=D(2025, 1, 31), prev="A", evidence="Policy v2.0; huddle audit"),
         ]),
        ("CQC Must-do", "RD&E and NDDH",
         "The service must ensure staff complete mandatory and role-specific training, including safeguarding and multi-professional emergency skills training, to meet trust targets. (Regulation 12)", [
             A("1.3", "Recover PROMPT multi-professional emergency training compliance to 90% for all staff groups at both sites.",
               "Practice Development Midwife Lead", ["Practice Development Midwife Lead"], D(2025, 3, 31), "2025-12", "A", "amber",
               "Midwives 94%, obstetricians 86%, anaesthetists 78% (NDDH). Additional dates booked for November and December.",
               revised=D(2025, 12, 31), prev="A", evidence="Training dashboard October 2025"),
             A("1.4", "Report training compliance by staff group each month to the Maternity and Neonatal Safety Champions meeting.",
               "Maternity Governance Lead", ["Maternity Governance Lead"], "Monthly", None, "G", "green",
               "Dashboard presented monthly since May 2024.",
               revised=None, prev="G", evidence="Safety Champions minutes", end_text="Monthly"),
         ]),
    ]),
    ("Theme 2: Assessment and triage", [
        ("CQC Must-do", "RD&E and NDDH",
         "The service must ensure women attending maternity triage are assessed in a timely way using a standardised, evidence-based system. (Regulation 12)", [
             A("2.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) at RD&E and NDDH.",
               "Consultant Midwife", ["Consultant Midwife"], "Q2 2024/25", "2025-03", "B", "blue",
               "BSOTS live at RD&E (October 2024) and NDDH (March 2025).",
               revised="Q4 2024/25", prev="G", evidence="Go-live reports"),
             A("2.2", "Audit time from arrival to first triage assessment each quarter and report against the 15-minute standard.",
               "Triage Lead Midwife / Clinical Audit Midwife", ["Triage Lead Midwife", "Clinical Audit Midwife"], D(2025, 6, 30), "2025-06", "G", "green",
               "Q1 audit: 82% seen within 15 minutes (RD&E), 88% (NDDH). Q2 audit in progress.",
               revised=None, prev="G", evidence="Q1 triage audit"),
         ]),
    ]),
    ("Theme 3: Governance, risk and medicines", [
        ("CQC Must-do", "RD&E",
         "The service must ensure medicines are stored and managed safely, including monitoring of fridge temperatures. (Regulation 12)", [
             A("3.1", "Install remote fridge temperature monitoring in all maternity clinical areas.",
               "Lead Pharmacist – Women’s and Children’s", ["Lead Pharmacist – Women’s and Children’s"], D(2024, 12, 31), "2024-12", "B", "blue",
               "Remote monitoring installed December 2024; alerts go to pharmacy and the ward coordinator.",
               revised=None, prev="B", evidence="Estates completion certificate"),
         ]),
        ("CQC Must-do", "RD&E and NDDH",
         "The service must ensure incidents are reviewed in a timely way, learning is shared, and risks are recorded and managed on the risk register. (Regulation 17)", [
             A("3.2", "Clear the backlog of incidents awaiting review for more than 30 days and agree PSIRF learning responses.",
               "Maternity Governance Lead", ["Maternity Governance Lead"], D(2025, 3, 31), "2025-09", "R", "red",
               "Backlog reduced from 212 to 64; further slippage because of a vacancy in the governance team. Escalated to the Safety and Risk Committee.",
               revised=D(2025, 9, 30), prev="A", evidence="Datix backlog report"),
         ]),
        ("CQC Must-do", "RD&E and NDDH",
         "The service must ensure that baby abduction drills are carried out in line with national guidance. (Regulation 12)", [
             A("3.3", "Undertake a baby abduction drill at each site and repeat it annually.",
               "Maternity Matron (NDDH) and Security Manager", ["Maternity Matron (NDDH)", "Security Manager"], "Nov-24", "2024-11", "B", "blue",
               "Drills held at NDDH (October 2024) and RD&E (November 2024); next drills scheduled for autumn 2025.",
               revised=None, prev="B", evidence="Drill reports"),
         ]),
    ]),
]


def make_rduh():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Royal Devon University Healthcare NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = RDUH_TITLE
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = ("Incorporating the CQC maternity inspection findings for Royal Devon & Exeter Hospital (RD&E) and "
                 "North Devon District Hospital (NDDH), published March 2024")
    cov["A5"] = "Executive lead"
    cov["B5"] = "Chief Nursing Officer"
    cov["A6"] = "Reporting route"
    cov["B6"] = "Maternity and Neonatal Safety Champions → Safety and Risk Committee → Board of Directors"
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        c = cov.cell(9, i, h)
        c.font = Font(bold=True)
        fill(c, "grey")
    for j, row in enumerate([("1.0", "April 2024", "Director of Midwifery", "Plan agreed following CQC report"),
                             ("2.0", "April 2025", "Maternity Governance Lead", "Rolled forward to 2025/26; completed actions retained for assurance"),
                             ("2.3", "October 2025", "Maternity Governance Lead", "Progress updated to 31 October 2025")], 10):
        for i, v in enumerate(row, 1):
            cov.cell(j, i, v)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 30
    cov.column_dimensions["D"].width = 60

    key = wb.create_sheet("BRAG key")
    key["A1"] = "BRAG rating"
    key["A1"].font = Font(bold=True)
    for j, (k, fk, m) in enumerate([("B", "blue", "Blue – action complete and evidence of sustained embedding"),
                                    ("G", "green", "Green – on track to deliver by the target date"),
                                    ("A", "amber", "Amber – at risk of delay; mitigation in place"),
                                    ("R", "red", "Red – off track or overdue; escalation required")], 2):
        key.cell(j, 1, k)
        fill(key.cell(j, 1), fk)
        key.cell(j, 2, m)
    key.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan – progress at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "Source", "Site", "Finding / requirement", "Action", "Action owner", "Target date",
               "Revised date", "Progress update", "Evidence", "Previous BRAG", "Current BRAG"]
    r = 3
    for i, h in enumerate(headers, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "navy")
        c.alignment = WRAP
        c.border = BOX
    for theme, findings in RDUH:
        r += 1
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        fill(ws.cell(r, 1), "lightblue")
        for source, site, finding, acts in findings:
            first = r + 1
            for a in acts:
                r += 1
                vals = [a["ref"], source if r == first else None, site if r == first else None,
                        finding if r == first else None, a["action"], a["lead_cell"], a["end_cell"],
                        a["revised"], a["progress"], a["evidence"], a["prev"], a["status_cell"]]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                fill(ws.cell(r, 11), {"B": "blue", "G": "green", "A": "amber", "R": "red"}[a["prev"]])
                fill(ws.cell(r, 12), {"B": "blue", "G": "green", "A": "amber", "R": "red"}[a["status_cell"]])
            if r > first:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r, end_column=col)
    for col, w in zip("ABCDEFGHIJKL", [6, 12, 13, 45, 45, 26, 12, 12, 45, 22, 9, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, RDUH_FILE))


# ---------------------------------------------------------------------------
# 6. Blaby DC - corporate risk register Q2 2025/26 (xlsx)
# ---------------------------------------------------------------------------
BDC_FILE = "iv2-blaby-dc-corporate-risk-register-q2-2025-26.xlsx"
BDC_TITLE = "Corporate Risk Register – Quarter 2 2025/26"
BDC = [
    ("CR01 – Financial sustainability: failure to set and deliver a balanced budget over the Medium Term Financial Strategy period because of funding reform, inflation and demand pressures",
     "Executive Director (S151 Officer)", 20, 20, "↔", [
         A(None, "Model the effect of the Fair Funding Review 2.0 outcome on the MTFS and report to Cabinet Executive.",
           "Finance Group Manager", ["Finance Group Manager"], "Dec-25", "2025-12", "G", "green",
           "Initial modelling completed on the consultation figures; to be refreshed for the provisional settlement."),
         A(None, "Deliver the 2025/26 savings and additional income programme (£1.2m) and report progress monthly to Senior Leadership Team.",
           "Finance Group Manager / Heads of Service", ["Finance Group Manager", "Heads of Service"], D(2026, 3, 31), "2026-03", "A", "amber",
           "£0.86m delivered or on track; £0.34m at risk (car parking income and planning fees)."),
     ]),
    ("CR02 – Local government reorganisation: uncertainty and capacity pressures from the Leicestershire reorganisation proposals divert resources from day-to-day services",
     "Chief Executive", 16, 20, "↑", [
         A(None, "Submit the council’s contribution to the final reorganisation proposal to government.",
           "Chief Executive", ["Chief Executive"], "By 28 November 2025", "2025-11", "G", "green",
           "Joint district proposal being finalised with the other Leicestershire districts."),
         A(None, "Establish an LGR programme board, programme manager and resource plan.",
           "Executive Director (Place)", ["Executive Director (Place)"], "Sep-25", "2025-09", "C", "blue",
           "Programme board met first on 11 September 2025."),
         A(None, "Keep staff informed through monthly LGR briefings and pulse surveys.",
           "HR and Organisational Development Manager", ["HR and Organisational Development Manager"], "Ongoing", None, "G", "green",
           "Briefings held July, August and September; pulse survey response rate 61%.", end_text="Ongoing"),
     ]),
    ("CR03 – Cyber security: a successful cyber attack leads to loss of systems, a data breach or prolonged disruption to services",
     "Executive Director (S151 Officer)", 15, 15, "↔", [
         A(None, "Complete the Cyber Assessment Framework (CAF) baseline for local government and close the gaps identified.",
           "ICT Services Manager", ["ICT Services Manager"], "Q4 2025/26", "2026-03", "A", "amber",
           "Baseline submitted; 7 of 19 improvement actions closed."),
         A(None, "Run a cyber incident exercise with SLT and test the ICT disaster recovery plan.",
           "ICT Services Manager and Emergency Planning Officer", ["ICT Services Manager", "Emergency Planning Officer"],
           D(2025, 10, 31), "2025-10", "R", "red",
           "Exercise postponed because of supplier availability; to be rescheduled."),
     ]),
    ("CR04 – Homelessness and temporary accommodation: rising demand increases cost and puts at risk the council’s ability to meet its statutory homelessness duties",
     "Executive Director (Place)", 16, 12, "↓", [
         A(None, "Acquire 10 additional council-owned temporary accommodation units through the acquisition programme.",
           "Housing Services Group Manager", ["Housing Services Group Manager"], D(2026, 3, 31), "2026-03", "G", "green",
           "6 units purchased, 2 under offer."),
         A(None, "Review the Homelessness and Rough Sleeping Strategy action plan.",
           "Housing Strategy Officer", ["Housing Strategy Officer"], "Jun-25", "2025-06", "C", "blue",
           "Reviewed and reported to Cabinet Executive in June 2025."),
     ]),
]


def score_fill(s):
    return "pink" if s >= 15 else ("lamber" if s >= 8 else "lgreen")


def make_bdc():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Blaby District Council – " + BDC_TITLE
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Summary of corporate risks"
    for i, h in enumerate(["Risk", "Risk owner", "Q1 score", "Q2 score", "Direction of travel"], 1):
        c = sm.cell(3, i, h)
        c.font = Font(bold=True)
        fill(c, "grey")
    for j, (risk, owner, q1, q2, trend, _) in enumerate(BDC, 4):
        sm.cell(j, 1, risk.split(":")[0])
        sm.cell(j, 2, owner)
        sm.cell(j, 3, q1)
        fill(sm.cell(j, 3), score_fill(q1))
        sm.cell(j, 4, q2)
        fill(sm.cell(j, 4), score_fill(q2))
        sm.cell(j, 5, trend)
    sm["A9"] = "Number of corporate risks: 4 (3 high, 1 medium)"
    sm.column_dimensions["A"].width = 50
    sm.column_dimensions["B"].width = 32

    ws = wb.create_sheet("Register")
    ws["A1"] = "Blaby District Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = BDC_TITLE + " (position at 30 September 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to the Audit and Corporate Governance Committee – 24 November 2025"
    headers = ["Risk", "Risk owner", "Residual score Q1", "Residual score Q2", "Trend", "Further action planned",
               "Action owner", "Target date", "Q2 progress", "Status"]
    r = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "navy")
        c.alignment = WRAP
        c.border = BOX
    for risk, owner, q1, q2, trend, acts in BDC:
        first = r + 1
        for a in acts:
            r += 1
            vals = [risk, owner, q1, q2, trend] if r == first else [None] * 5
            vals += [a["action"], a["lead_cell"], a["end_cell"], a["progress"], a["status_cell"]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            fill(ws.cell(r, 10), {"G": "green", "A": "amber", "R": "red", "C": "blue"}[a["status_cell"]])
        fill(ws.cell(first, 3), score_fill(q1))
        fill(ws.cell(first, 4), score_fill(q2))
        for col in range(1, 6):
            ws.merge_cells(start_row=first, start_column=col, end_row=r, end_column=col)
    r += 2
    ws.cell(r, 1, "Status key: G = on track; A = some slippage; R = significant slippage or not started; C = complete")
    ws.cell(r + 1, 1, "Scores are likelihood × impact on a 5 × 5 matrix: 15 and above = high (red); 8 to 12 = medium (amber); below 8 = low (green).")
    for col, w in zip("ABCDEFGHIJ", [48, 22, 9, 9, 7, 50, 28, 14, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, BDC_FILE))


# ---------------------------------------------------------------------------
# 7. Halton BC - Reimagine Halton transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
HBC_FILE = "iv2-halton-bc-reimagine-halton-transformation-highlight-report.docx"
HBC_TITLE = "Reimagine Halton Transformation Programme: Highlight Report"
HBC = [
    ("1. Adult Social Care – Care and Support at Home",
     "Summary: the reablement-first front door went live in April. The domiciliary care re-procurement has slipped by one quarter "
     "following market engagement, and savings delivery is now rated Amber.", [
         A("ASC-01", "Launch a reablement-first front door for all new requests for home care.",
           "Reablement Service Manager", ["Reablement Service Manager"], "Apr-25", "2025-04", "Blue", "blue", prev="Green", baseline="Apr-25"),
         A("ASC-02", "Re-procure the domiciliary care framework on a zoned, place-based model.",
           "Commissioning Manager (Adults) / Procurement Lead", ["Commissioning Manager (Adults)", "Procurement Lead"],
           "Jan-26", "2026-01", "Amber", "amber", prev="Amber", baseline="Oct-25"),
         A("ASC-03", "Extend the Technology Enabled Care offer to 250 additional residents.",
           "Helen Carr", ["Helen Carr"], "Dec-25", "2025-12", "Green", "green", prev="Green", baseline="Dec-25"),
         A("ASC-04", "Deliver £1.1m full-year savings from home care commissioning changes.",
           "Director of Adult Social Services", ["Director of Adult Social Services"], "Mar-26", "2026-03", "Amber", "amber", prev="Green", baseline="Mar-26"),
     ]),
    ("2. Children’s Services – Placement Sufficiency",
     "Summary: registration of the second in-house children’s home is now expected in November. Foster carer recruitment remains "
     "behind plan and is rated Red.", [
         A("CS-01", "Open a second in-house children’s residential home (two beds).",
           "Head of Children in Care", ["Head of Children in Care"], "Nov-25", "2025-11", "Amber", "amber", prev="Red", baseline="Jun-25"),
         A("CS-02", "Recruit 12 additional in-house foster carers through the Foster for Halton campaign.",
           "Fostering Service Manager", ["Fostering Service Manager"], "31/03/2026", "2026-03", "Red", "red", prev="Amber", baseline="31/03/2026"),
         A("CS-03", "Introduce a placement commissioning panel with a weekly review of high-cost placements.",
           "Kieran Walsh and Mia Ormerod", ["Kieran Walsh", "Mia Ormerod"], "May-25", "2025-05", "Blue", "blue", prev="Blue", baseline="May-25"),
     ]),
    ("3. Enabling – Digital Customer Access",
     "Summary: the customer portal go-live has been re-planned to February 2026 following supplier testing issues.", [
         A("DG-01", "Go live with the new customer portal and single customer account.",
           "Head of ICT and Digital / Customer Services Manager", ["Head of ICT and Digital", "Customer Services Manager"],
           "Feb-26", "2026-02", "Red", "red", prev="Amber", baseline="Sep-25"),
         A("DG-02", "Move council tax and benefits e-forms onto the new platform.",
           "Revenues and Benefits Manager", ["Revenues and Benefits Manager"], "Q4 2025/26", "2026-03", "Amber", "amber", prev="Green", baseline="Q3 2025/26"),
         A("DG-03", "Pilot Microsoft 365 Copilot with 100 staff and evaluate the productivity benefits.",
           "Digital Transformation Lead", ["Digital Transformation Lead"], "Oct-25", "2025-10", "Green", "green", prev="Green", baseline="Jul-25"),
     ]),
]
HBC_FILLS = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_hbc():
    doc = Document()
    doc.add_paragraph(HBC_TITLE, style="Title")
    doc.add_paragraph("Period 6 – September 2025 | Transformation Programme Board, 9 October 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Programme SRO", "Chief Executive"), ("Report author", "Transformation Programme Manager"),
                 ("Programme duration", "1 April 2023 – 31 March 2026"), ("Overall programme status", "Amber")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9D9D9")
        set_cell(cells[1], v)
    shade(t.rows[3].cells[1], HBC_FILLS["Amber"])

    doc.add_paragraph("Programme summary", style="Heading 2")
    s = doc.add_table(rows=1, cols=5)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Workstream", "Previous status", "Current status", "2025/26 savings target", "Forecast"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [("Adult Social Care", "Green", "Amber", "£2.4m", "£2.1m"),
                ("Children’s Services", "Red", "Amber", "£1.8m", "£1.2m"),
                ("Enabling – Digital", "Amber", "Red", "£0.6m", "£0.4m")]:
        cells = s.add_row().cells
        for i, (c, v) in enumerate(zip(cells, row)):
            set_cell(c, v)
            if i in (1, 2):
                shade(c, HBC_FILLS[v])
    doc.add_paragraph("RAG definitions: Green – on track; Amber – at risk but recoverable within tolerance; "
                      "Red – outside tolerance, Board intervention required; Blue – complete.")

    for heading, summary, acts in HBC:
        doc.add_paragraph(heading, style="Heading 1")
        doc.add_paragraph(summary)
        doc.add_paragraph("Key milestones", style="Heading 3")
        tab = doc.add_table(rows=1, cols=7)
        tab.style = "Table Grid"
        for c, h in zip(tab.rows[0].cells, ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "Previous", "Current"]):
            set_cell(c, h, bold=True)
            shade(c, "DEEAF6")
        for a in acts:
            cells = tab.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["baseline"], a["end_cell"], a["prev"], a["status_cell"]]):
                set_cell(c, v)
            shade(cells[5], HBC_FILLS[a["prev"]])
            shade(cells[6], HBC_FILLS[a["status_cell"]])

    doc.add_paragraph("Top programme risks", style="Heading 2")
    rt = doc.add_table(rows=1, cols=4)
    rt.style = "Table Grid"
    for c, h in zip(rt.rows[0].cells, ["Risk", "Score", "Mitigation", "Owner"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [("Savings not delivered in full in 2025/26, increasing reliance on reserves", "16",
                 "Monthly savings tracker to Transformation Programme Board; alternative proposals being developed", "Chief Executive"),
                ("Supplier delay on the customer portal affects channel shift savings", "12",
                 "Re-plan agreed with supplier; contract remedies under review", "Head of ICT and Digital")]:
        cells = rt.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("Decisions required from the Board: to note the revised forecast date for the customer portal and "
                      "the Red rating for foster carer recruitment.")
    doc.save(os.path.join(HERE, HBC_FILE))


def main():
    make_sar()
    make_dhr()
    make_csp()
    make_meh()
    make_rduh()
    make_bdc()
    make_hbc()


if __name__ == "__main__":
    main()
