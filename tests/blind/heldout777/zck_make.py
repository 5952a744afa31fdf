#!/usr/bin/env python3
"""Build the seven zck- blind test files (set heldout777).

Run with: /work/main/.venv/bin/python zck_make.py
Writes only files whose names start with "zck-" into this script's folder.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zck-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


DOCX_RAG = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
XL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "band2": PatternFill("solid", fgColor="FCE4D6"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# =====================================================================
# 1. Havering – Ofsted monitoring visit action plan (docx)
# =====================================================================
HAV_TITLE = "Havering Children\u2019s Services \u2013 Ofsted Monitoring Visit Action Plan"
HAV_SECTIONS = [
    ("1. Children in care \u2013 stability and permanence", [
        ("Too many children live in short-term arrangements for too long, and delays in securing permanent homes persist.", [
            dict(ref="1.1",
                 action="Introduce a monthly Permanence Tracking Panel, chaired by the Head of Service, to review every child in care who does not have a confirmed permanence plan by their second review.",
                 lead="Head of Service \u2013 Corporate Parenting", due="30/06/2025",
                 update="Panel launched 4 June 2025. 62 children reviewed to date; 41 now have a permanence plan agreed.",
                 rag="Blue",
                 x=dict(lead=["Head of Service \u2013 Corporate Parenting"], end="2025-06", status="blue")),
            dict(ref="1.2",
                 action="Audit all children living in short-term foster homes for more than 12 months and agree a matching or long-term fostering plan for each child.",
                 lead="Fostering Service Manager / Permanence Team Manager", due="Sept 2025",
                 update="Audit of 38 children completed. Matching plans agreed for 30; 8 awaiting court outcome.",
                 rag="Green",
                 x=dict(lead=["Fostering Service Manager", "Permanence Team Manager"], end="2025-09", status="green")),
        ]),
        ("Children\u2019s records do not consistently capture their culture, identity and heritage, and this is not always considered when matching children with carers.", [
            dict(ref="1.3",
                 action="Update the care plan template in Liquidlogic so that the culture, identity and heritage section must be completed before a plan can be authorised.",
                 lead="Principal Social Worker", due="31/07/2025",
                 update="Template change went live 21 July 2025.",
                 rag="Blue",
                 x=dict(lead=["Principal Social Worker"], end="2025-07", status="blue")),
            dict(ref="1.4",
                 action="Deliver identity and heritage practice workshops to all Corporate Parenting social workers and to foster carers.",
                 lead="Principal Social Worker and Learning & Development Lead", due="Dec 2025",
                 update="Three of six workshops delivered. Foster carer sessions moved to November because of trainer availability.",
                 rag="Amber",
                 x=dict(lead=["Principal Social Worker", "Learning & Development Lead"], end="2025-12", status="amber")),
        ]),
    ]),
    ("2. Children who go missing and children in supported accommodation", [
        ("Return home interviews are not consistently offered or used to reduce risk, and information sharing with partners about exploitation is poor.", [
            dict(ref="2.1",
                 action="Recommission the return home interview service with a 72-hour completion standard and monthly performance reporting to the Improvement Board.",
                 lead="Head of Service \u2013 Adolescents and Exploitation", due="October 2025",
                 update="Tender evaluation completed; new contract starts 1 November 2025. Interim in-house offer in place.",
                 rag="Amber",
                 x=dict(lead=["Head of Service \u2013 Adolescents and Exploitation"], end="2025-10", status="amber")),
            dict(ref="2.2",
                 action="Agree a multi-agency exploitation information-sharing protocol with the Metropolitan Police and health partners.",
                 lead="Head of Service \u2013 Adolescents and Exploitation; Detective Superintendent (East Area BCU)",
                 due="Nov 2025",
                 update="Draft protocol not yet signed off by partners. Escalated to the Havering Safeguarding Children Partnership executive on 18 September 2025.",
                 rag="Red",
                 x=dict(lead=["Head of Service \u2013 Adolescents and Exploitation", "Detective Superintendent (East Area BCU)"],
                        end="2025-11", status="red")),
        ]),
        ("Oversight of children living in supported accommodation is improving, but quality assurance visits to providers are not yet routine.", [
            dict(ref="2.3",
                 action="Introduce quarterly quality assurance visits by the Placements Commissioning Team to every supported accommodation provider used by Havering.",
                 lead="Commissioning Manager \u2013 Placements", due="Ongoing (quarterly)",
                 update="First round of visits completed for 14 of 16 providers.",
                 rag="Green",
                 x=dict(lead=["Commissioning Manager \u2013 Placements"], end=None, end_text="Ongoing (quarterly)", status="green")),
        ]),
    ]),
    ("3. Homeless 16- and 17-year-old children", [
        ("Joint assessments with Housing are not always completed, and young people are not always told about their right to become looked after.", [
            dict(ref="3.1",
                 action="Relaunch the joint Children\u2019s Services and Housing protocol for homeless 16- and 17-year-olds, including a joint assessment within 10 working days.",
                 lead="Head of Service \u2013 Corporate Parenting & Head of Housing Demand", due="31 Aug 2025",
                 update="Protocol relaunched 11 August 2025 with joint briefings for both teams.",
                 rag="Blue",
                 x=dict(lead=["Head of Service \u2013 Corporate Parenting", "Head of Housing Demand"], end="2025-08", status="blue")),
            dict(ref="3.2",
                 action="Co-design with the Children in Care Council a leaflet for young people explaining the rights of homeless 16- and 17-year-olds, including the right to be looked after.",
                 lead="Participation Lead", due="Jan 2026",
                 update="Two design sessions held with the Children in Care Council.",
                 rag="Green",
                 x=dict(lead=["Participation Lead"], end="2026-01", status="green")),
        ]),
    ]),
]


def make_havering():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(HAV_TITLE, style="Title")
    doc.add_paragraph("Starting Well \u2013 London Borough of Havering")
    doc.add_paragraph("Response to the findings of the second Ofsted monitoring visit on 26 and 27 March 2025. "
                      "Progress position at 30 September 2025, for the Children\u2019s Improvement Board.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [("0.3", "09/05/2025", "Improvement Programme Manager", "Draft for Improvement Board"),
                ("1.0", "22/05/2025", "Director of Starting Well", "Approved"),
                ("1.2", "30/09/2025", "Improvement Programme Manager", "Quarter 2 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, meaning in [("Blue", "Complete \u2013 action delivered and impact evidenced through audit"),
                            ("Green", "On track to be delivered by the date agreed"),
                            ("Amber", "Some slippage \u2013 recovery action agreed"),
                            ("Red", "Off track \u2013 escalated to the Improvement Board")]:
        cells = k.add_row().cells
        cells[0].text = colour
        shade(cells[0], DOCX_RAG[colour])
        cells[1].text = meaning

    heads = ["Ref", "Monitoring visit finding", "Action", "Lead", "By when",
             "Progress update (September 2025)", "RAG"]
    for sec_title, findings in HAV_SECTIONS:
        doc.add_heading(sec_title, level=1)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            c.text = h
            shade(c, "D9E2F3")
        bold_row(t.rows[0])
        for finding, acts in findings:
            first = None
            for a in acts:
                cells = t.add_row().cells
                cells[0].text = a["ref"]
                if first is None:
                    cells[1].text = finding
                    first = cells[1]
                else:
                    first = first.merge(cells[1])
                cells[2].text = a["action"]
                cells[3].text = a["lead"]
                cells[4].text = a["due"]
                cells[5].text = a["update"]
                cells[6].text = a["rag"]
                shade(cells[6], DOCX_RAG[a["rag"]])
        doc.add_paragraph("")

    doc.add_paragraph("Note: progress is reviewed monthly at the Officer Improvement Board and quarterly at the "
                      "cross-party Improvement and Oversight Board. Evidence for completed actions is held on the "
                      "Starting Well improvement SharePoint site.")
    doc.save(out("zck-havering-council-ofsted-monitoring-visit-action-plan.docx"))


# =====================================================================
# 2. South West Wales CJC – corporate plan priorities tracker (docx)
# =====================================================================
CJC_TITLE = ("South West Wales Corporate Joint Committee \u2013 Corporate Plan 2023-2028: "
             "Corporate Priorities 2025/26 Delivery Tracker")
CJC_STATUS_FILL = {"Complete": "5B9BD5", "On track": "70AD47", "Minor delay": "FFC000",
                   "Significant delay": "FF0000", "Not started": "FFFFFF"}
CJC_OBJECTIVES = [
    ("Well-being Objective 1: Regional Transport",
     "Executive lead authority: Swansea Council.  Political lead: Carmarthenshire County Council.", [
         dict(ref="1.1", action="Submit the final Regional Transport Plan (RTP) to Welsh Government for approval.",
              lead="RTP Programme Manager", due="June 2025",
              update="Final RTP submitted 27 June 2025. Welsh Government feedback received in September and is being reflected in the Delivery Plan.",
              status="Complete",
              x=dict(lead=["RTP Programme Manager"], end="2025-06", status="blue")),
         dict(ref="1.2", action="Agree the RTP Delivery Plan, setting out the prioritised programme of transport schemes for 2026\u20132031.",
              lead="Regional Transport Sub-Committee", due="Q4 2025/26",
              update="Scheme prioritisation workshop held with the four authorities on 9 September 2025.",
              status="On track",
              x=dict(lead=["Regional Transport Sub-Committee"], end="2026-03", status="green")),
         dict(ref="1.3", action="Work with Transport for Wales to prepare for bus franchising in the South West region.",
              lead="Swansea Council / Transport for Wales", due="Ongoing",
              update="Network design engagement with operators under way; regional officer group meets monthly.",
              status="On track",
              x=dict(lead=["Swansea Council", "Transport for Wales"], end=None, end_text="Ongoing", status="green")),
     ]),
    ("Well-being Objective 2: Economic Well-being",
     "Executive lead authority: Carmarthenshire County Council.  Political lead: Swansea Council.", [
         dict(ref="2.1", action="Refresh the action programme of the Regional Economic Delivery Plan with the Private Sector Advisory Board.",
              lead="Carmarthenshire County Council", due="December 2025",
              update="Advisory Board workshop moved from September to November 2025 to allow the new private sector advisors to attend.",
              status="Minor delay",
              x=dict(lead=["Carmarthenshire County Council"], end="2025-12", status="amber")),
         dict(ref="2.2", action="Confirm the regional approach to successor arrangements for the Shared Prosperity Fund.",
              lead="Regional Regeneration Directors Group", due="TBC",
              update="Awaiting UK Government guidance on future funding arrangements.",
              status="Not started",
              x=dict(lead=["Regional Regeneration Directors Group"], end=None, end_text="TBC", status="unrated")),
     ]),
    ("Well-being Objective 3: Regional Energy",
     "Executive lead authority: Neath Port Talbot Council.  Political lead: Pembrokeshire County Council.", [
         dict(ref="3.1", action="Deliver year two of the Regional Energy Strategy action plan, including a regional grid capacity study.",
              lead="Neath Port Talbot Council", due="March 2026",
              update="Grid capacity study commissioned jointly with the distribution network operator; interim findings due January 2026.",
              status="On track",
              x=dict(lead=["Neath Port Talbot Council"], end="2026-03", status="green")),
     ]),
    ("Well-being Objective 4: Strategic Planning",
     "Executive lead authority: Pembrokeshire County Council.  Political lead: Neath Port Talbot Council.", [
         dict(ref="4.1", action="Publish the Strategic Development Plan (SDP) Delivery Agreement once agreed by Welsh Government.",
              lead="Pembrokeshire County Council", due="September 2025",
              update="Delivery Agreement agreed by Welsh Government on 12 August and published 3 September 2025 (originally planned for July 2025).",
              status="Complete",
              x=dict(lead=["Pembrokeshire County Council"], end="2025-09", status="blue")),
         dict(ref="4.2", action="Commission the SDP evidence base: regional housing need, employment land and minerals studies.",
              lead="Strategic Planning Sub-Committee", due="Q3 2025/26",
              update="Housing and employment land studies commissioned; minerals study brief out to tender.",
              status="On track",
              x=dict(lead=["Strategic Planning Sub-Committee"], end="2025-12", status="green")),
     ]),
    ("Corporate governance",
     "Lead: CJC Chief Executive.", [
         dict(ref="5.1", action="Finalise and publish the Regional Strategic Equality Plan.",
              lead="CJC Monitoring Officer", due="31 March 2026",
              update="Draft plan out to consultation until 15 December 2025.",
              status="On track",
              x=dict(lead=["CJC Monitoring Officer"], end="2026-03", status="green")),
         dict(ref="5.2", action="Implement the measures in the Welsh Language Standards compliance notice.",
              lead="CJC Chief Executive and Welsh Language Officer", due="Oct 2024 \u2013 Mar 2026",
              update="42 of 51 standards in place. Bilingual website and social media accounts launched; remaining standards relate to recruitment.",
              status="Minor delay",
              x=dict(lead=["CJC Chief Executive", "Welsh Language Officer"], end="2026-03",
                     end_text="Oct 2024 \u2013 Mar 2026", status="amber")),
     ]),
]


def make_cjc():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(CJC_TITLE, style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Cyd-bwyllgor Corfforedig De-orllewin Cymru \u2013 Cynllun Corfforaethol 2023-2028: "
                  "Blaenoriaethau Corfforaethol 2025/26")
    r.italic = True
    doc.add_paragraph("Report to: Overview and Scrutiny Sub-Committee, 18 November 2025")
    doc.add_paragraph("Position at: 30 September 2025 (Quarter 2)")
    doc.add_paragraph("The well-being objectives set in the Corporate Plan 2023-2028 have not changed. The actions below "
                      "are the corporate priorities agreed by the Joint Committee for 2025/26.")

    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for s, colour, meaning in [("Complete", "Blue", "Action delivered"),
                               ("On track", "Green", "Expected to be delivered within the timescale"),
                               ("Minor delay", "Amber", "Behind timescale, recoverable within the year"),
                               ("Significant delay", "Red", "Will not be delivered within the year without intervention"),
                               ("Not started", "No colour", "Work not yet begun")]:
        cells = k.add_row().cells
        cells[0].text = s
        shade(cells[0], CJC_STATUS_FILL[s])
        cells[1].text = f"{colour} \u2013 {meaning}"

    heads = ["No.", "Action 2025/26", "Lead", "Timescale", "Progress at Quarter 2", "Status"]
    for obj, leadline, acts in CJC_OBJECTIVES:
        doc.add_heading(obj, level=1)
        doc.add_paragraph(leadline)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            c.text = h
            shade(c, "DEEAF6")
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["lead"], a["due"], a["update"], a["status"]]):
                c.text = v
            shade(cells[5], CJC_STATUS_FILL[a["status"]])

    doc.add_heading("Summary of status", level=2)
    counts = {}
    for _, _, acts in CJC_OBJECTIVES:
        for a in acts:
            counts[a["status"]] = counts.get(a["status"], 0) + 1
    s = doc.add_table(rows=1, cols=2)
    s.style = "Table Grid"
    s.rows[0].cells[0].text = "Status"
    s.rows[0].cells[1].text = "Number of actions"
    bold_row(s.rows[0])
    for st in ["Complete", "On track", "Minor delay", "Significant delay", "Not started"]:
        cells = s.add_row().cells
        cells[0].text = st
        cells[1].text = str(counts.get(st, 0))
    cells = s.add_row().cells
    cells[0].text = "Total"
    cells[1].text = str(sum(counts.values()))
    doc.save(out("zck-south-west-wales-cjc-corporate-plan-priorities-2025-26-delivery-tracker.docx"))


# =====================================================================
# 3. Somerset local area SEND – WSoA progress tracker (xlsx)
# =====================================================================
SOM_TITLE = "Somerset Local Area SEND Written Statement of Action \u2013 Progress Tracker"
D = lambda y, m: dt.datetime(y, m, 1)
SOM_PRIORITIES = [
    ("Priority 1: Leadership, partnership and co-production", [
        ("ASW 1 \u2013 The lack of focus on the experiences of children and young people with SEND and their families when formulating strategies to improve the area", [
            dict(ref="1.1", action="Co-produce the Somerset SEND Strategy 2022-2025 with Somerset Parent Carer Forum and the Unstoppables youth group.",
                 lead="Strategic Manager \u2013 SEND Partnership / Somerset Parent Carer Forum Chair",
                 orig=D(2022, 3), rev=D(2022, 6),
                 update="Strategy launched June 2022 after consultation was extended to reach more families.",
                 fill="blue",
                 x=dict(lead=["Strategic Manager \u2013 SEND Partnership", "Somerset Parent Carer Forum Chair"], end="2022-06", status="blue")),
            dict(ref="1.2", action="Publish a \u2018You said, we did\u2019 update on the Local Offer website every term.",
                 lead="Local Offer Manager", orig="Termly", rev=None,
                 update="Spring and summer term updates published.",
                 fill="green",
                 x=dict(lead=["Local Offer Manager"], end=None, end_text="Termly", status="green")),
        ]),
        ("ASW 2 \u2013 The lack of leadership capacity across area services", [
            dict(ref="2.1", action="Appoint a permanent Head of SEND and two Area SEND Managers.",
                 lead="Director of Children\u2019s Services", orig=D(2021, 12), rev=D(2022, 4),
                 update="All three posts filled permanently by April 2022.",
                 fill="blue",
                 x=dict(lead=["Director of Children\u2019s Services"], end="2022-04", status="blue")),
        ]),
        ("ASW 3 \u2013 Weak partnership working between services across education, health and care", [
            dict(ref="3.1", action="Establish the SEND Improvement Board with an independent chair and a shared performance dashboard across education, health and care.",
                 lead="Director of Children\u2019s Services / ICB Director of Nursing", orig=D(2022, 1), rev=None,
                 update="Board meeting monthly since January 2022; dashboard reviewed at every meeting.",
                 fill="blue",
                 x=dict(lead=["Director of Children\u2019s Services", "ICB Director of Nursing"], end="2022-01", status="blue")),
        ]),
        ("ASW 8 \u2013 Poor joint commissioning arrangements that limit leaders\u2019 ability to meet area needs, improve outcomes and achieve cost efficiencies", [
            dict(ref="8.1", action="Agree a joint commissioning strategy and a Section 75 agreement for therapies (speech and language therapy, occupational therapy and physiotherapy).",
                 lead="Head of Commissioning (Children) and ICB Associate Director of Commissioning",
                 orig=D(2022, 7), rev=D(2022, 12),
                 update="Strategy agreed. Section 75 agreement delayed by the transfer from the CCG to the ICB on 1 July 2022.",
                 fill="amber",
                 x=dict(lead=["Head of Commissioning (Children)", "ICB Associate Director of Commissioning"], end="2022-12", status="amber")),
        ]),
    ]),
    ("Priority 2: Identification, assessment and EHC plans", [
        ("ASW 4 \u2013 The ineffective assessment pathway for autistic spectrum conditions", [
            dict(ref="4.1", action="Launch a single neurodevelopmental assessment pathway for children and young people aged 0-18, with a shared referral form.",
                 lead="Designated Clinical Officer", orig=D(2022, 9), rev=None,
                 update="Pathway agreed by all providers; go-live planned for 19 September 2022.",
                 fill="green",
                 x=dict(lead=["Designated Clinical Officer"], end="2022-09", status="green")),
            dict(ref="4.2", action="Commission additional autism assessment capacity to reduce the number of children waiting more than 52 weeks.",
                 lead="ICB Associate Director of Commissioning", orig=D(2022, 6), rev=D(2022, 10),
                 update="Independent provider contract not yet awarded; 214 children still waiting more than 52 weeks.",
                 fill="red",
                 x=dict(lead=["ICB Associate Director of Commissioning"], end="2022-10", status="red")),
        ]),
        ("ASW 5 \u2013 Poor assessment and meeting of need caused by inconsistent practice leading to poor outcomes for children and young people with SEND", [
            dict(ref="5.1", action="Roll out the Somerset Graduated Response Tool to all schools and early years settings, with termly training for SENCos.",
                 lead="Strategic Manager \u2013 Inclusion", orig=D(2022, 7), rev=None,
                 update="Tool in use in 81% of schools; early years roll-out continues in the autumn term.",
                 fill="green",
                 x=dict(lead=["Strategic Manager \u2013 Inclusion"], end="2022-07", status="green")),
        ]),
        ("ASW 6 \u2013 The wide variances in the quality of education, health and care plans caused by weaknesses in joint working", [
            dict(ref="6.1", action="Introduce a multi-agency EHC plan quality assurance framework with monthly moderation.",
                 lead="Head of SEND; Designated Clinical Officer; Principal Social Worker", orig=D(2022, 5), rev=None,
                 update="Framework in place since May 2022; 60 plans moderated, 72% judged good or better in July.",
                 fill="blue",
                 x=dict(lead=["Head of SEND", "Designated Clinical Officer", "Principal Social Worker"], end="2022-05", status="blue")),
        ]),
        ("ASW 7 \u2013 Poor timeliness of the assessment, writing and publication of education, health and care plans", [
            dict(ref="7.1", action="Recruit six additional SEND caseworkers and clear the backlog of overdue EHC needs assessments.",
                 lead="Head of SEND", orig=D(2022, 3), rev=D(2022, 9),
                 update="Five of six caseworkers in post. Backlog down from 188 to 71 assessments.",
                 fill="amber",
                 x=dict(lead=["Head of SEND"], end="2022-09", status="amber")),
        ]),
    ]),
    ("Priority 3: Inclusion", [
        ("ASW 9 \u2013 Too many children and young people not accessing education because of the disproportionate use of exclusion and poor inclusive practices across the area", [
            dict(ref="9.1", action="Pilot an inclusion partnership with two secondary school clusters to reduce suspensions and permanent exclusions of pupils with SEND.",
                 lead="Strategic Manager \u2013 Inclusion", orig=D(2022, 9), rev=None,
                 update="Pilot clusters confirmed (Bridgwater and Yeovil); work starts in September 2022.",
                 fill=None,
                 x=dict(lead=["Strategic Manager \u2013 Inclusion"], end="2022-09", status="unrated")),
            dict(ref="9.2", action="Report termly data on part-time timetables and exclusions of pupils with SEND to the SEND Improvement Board.",
                 lead="Head of Access and Inclusion / Performance and Intelligence Manager", orig=D(2022, 12), rev=None,
                 update="First data report presented in July 2022.",
                 fill="green",
                 x=dict(lead=["Head of Access and Inclusion", "Performance and Intelligence Manager"], end="2022-12", status="green")),
        ]),
    ]),
]


def make_somerset():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SOM_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Somerset County Council and NHS Somerset Integrated Care Board"
    cov["A4"] = "Inspection:"
    cov["B4"] = "Joint local area SEND inspection by Ofsted and CQC, 9\u201313 March 2020"
    cov["A5"] = "Written Statement of Action approved:"
    cov["B5"] = "December 2020"
    cov["A6"] = "Position at:"
    cov["B6"] = "31 August 2022"
    cov["A7"] = "Reported to:"
    cov["B7"] = "SEND Improvement Board, 14 September 2022"
    cov["A9"] = "Accountable officers:"
    cov["B9"] = "Director of Children\u2019s Services (Somerset County Council); Director of Nursing (NHS Somerset ICB)"
    cov.column_dimensions["A"].width = 36
    cov.column_dimensions["B"].width = 90

    # summary sheet (totals block only)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of RAG ratings by priority \u2013 August 2022"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Priority", "Complete", "On track", "Some slippage", "Off track", "Not started", "Total"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = XL["grey"]
        c.border = BOX
    order = ["blue", "green", "amber", "red", None]
    r = 4
    totals = [0] * 5
    for pri, asws in SOM_PRIORITIES:
        cnt = [0] * 5
        for _, acts in asws:
            for a in acts:
                cnt[order.index(a["fill"])] += 1
        vals = [pri] + cnt + [sum(cnt)]
        for i, v in enumerate(vals, 1):
            sm.cell(row=r, column=i, value=v).border = BOX
        totals = [t + c for t, c in zip(totals, cnt)]
        r += 1
    for i, v in enumerate(["Total"] + totals + [sum(totals)], 1):
        c = sm.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 55

    ws = wb.create_sheet("WSoA Tracker")
    ws["A1"] = "Written Statement of Action \u2013 progress against actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Position at 31 August 2022. RAG shown by cell colour \u2013 see Key tab."
    ws.merge_cells("A2:G2")
    heads = ["Ref", "Action", "Lead(s)", "Original date", "Revised date", "Progress update (August 2022)", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = XL["head"]
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for pri, asws in SOM_PRIORITIES:
        ws.cell(row=r, column=1, value=pri).font = Font(bold=True, size=12)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = XL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for asw, acts in asws:
            c = ws.cell(row=r, column=1, value=asw)
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = XL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["lead"], a["orig"], a["rev"], a["update"], None]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                if a["fill"]:
                    ws.cell(row=r, column=7).fill = XL[a["fill"]]
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised dates were agreed by the SEND Improvement Board. "
                                   "The DfE and NHS England advisers review this tracker before each six-monthly review meeting.")
    for col, w in zip("ABCDEFG", [7, 60, 34, 12, 12, 50, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (fill, txt) in enumerate([("blue", "Complete \u2013 action delivered and impact evidenced"),
                                     ("green", "On track"),
                                     ("amber", "Some slippage \u2013 revised date agreed by the SEND Improvement Board"),
                                     ("red", "Off track \u2013 escalated to accountable officers"),
                                     (None, "No colour \u2013 not yet started")], start=3):
        if fill:
            key.cell(row=i, column=1).fill = XL[fill]
        key.cell(row=i, column=1).border = BOX
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 70
    wb.save(out("zck-somerset-local-area-send-written-statement-of-action-progress-tracker.xlsx"))


# =====================================================================
# 4. Derbyshire CC – Improvement and Scrutiny recommendations tracker (xlsx)
# =====================================================================
DER_TITLE = "Derbyshire County Council \u2013 Improvement and Scrutiny Recommendations Tracker 2025-26"
DER_STATUS_FILL = {"Implemented": "blue", "On track": "green", "Delayed": "amber", "Off track": "red", "Not started": None}
DER_SHEETS = [
    ("People", "Improvement and Scrutiny Committee \u2013 People", [
        ("Review: Elective Home Education (report to Cabinet, 12 June 2025)", [
            ("1", "That the Council strengthens its relationship with home-educating families by establishing a regular engagement forum.", "Accepted", [
                dict(ref="1.1", action="Set up a termly EHE Family Forum, co-chaired by a home-educating parent.",
                     lead="Head of Service \u2013 Elective Home Education and Children Missing Education", due="January 2026",
                     update="Terms of reference drafted with parents; first meeting booked for 20 January 2026.", status="On track",
                     x=dict(lead=["Head of Service \u2013 Elective Home Education and Children Missing Education"], end="2026-01", status="green")),
                dict(ref="1.2", action="Publish a revised EHE guidance pack for families on the Derbyshire Local Offer.",
                     lead="Head of Service \u2013 Elective Home Education and Children Missing Education", due="30/09/2025",
                     update="Published 26 September 2025.", status="Implemented",
                     x=dict(lead=["Head of Service \u2013 Elective Home Education and Children Missing Education"], end="2025-09", status="blue")),
            ]),
            ("2", "That Cabinet lobbies the Department for Education for the early introduction of a statutory register of children not in school.", "Accepted", [
                dict(ref="2.1", action="Cabinet Member for Education to write to the Minister for School Standards.",
                     lead="Executive Director \u2013 Children\u2019s Services", due="July 2025",
                     update="Letter sent 8 July 2025; reply received 19 August 2025.", status="Implemented",
                     x=dict(lead=["Executive Director \u2013 Children\u2019s Services"], end="2025-07", status="blue")),
                dict(ref="2.2", action="Prepare the EHE database for migration to the national register once DfE guidance is issued.",
                     lead="Head of Service \u2013 Elective Home Education and Children Missing Education / Information Governance Manager",
                     due="TBC \u2013 dependent on DfE timetable",
                     update="No action possible until the register regulations are laid.", status="Not started",
                     x=dict(lead=["Head of Service \u2013 Elective Home Education and Children Missing Education", "Information Governance Manager"],
                            end=None, end_text="TBC \u2013 dependent on DfE timetable", status="unrated")),
            ]),
            ("3", "That funding for an additional EHE Officer post is considered from 2026/27.", "Partially accepted \u2013 subject to budget setting", [
                dict(ref="3.1", action="Include an EHE capacity bid in the Children\u2019s Services 2026/27 budget proposals.",
                     lead="Director of Finance and ICT", due="Feb 2026",
                     update="Bid included in the draft budget consultation published 6 November 2025.", status="On track",
                     x=dict(lead=["Director of Finance and ICT"], end="2026-02", status="green")),
            ]),
        ]),
    ]),
    ("Places", "Improvement and Scrutiny Committee \u2013 Places", [
        ("Review: Flood response following Storm Babet (report to Cabinet, 14 November 2024)", [
            ("1", "That the Council provides a single flood recovery point of contact for residents and businesses.", "Accepted", [
                dict(ref="1.1", action="Launch a dedicated flood recovery web page and inbox on the Council website.",
                     lead="Flood Risk Management Team Leader", due=D(2025, 1),
                     update="Live since 13 January 2025.", status="Implemented",
                     x=dict(lead=["Flood Risk Management Team Leader"], end="2025-01", status="blue")),
            ]),
            ("2", "That Section 19 flood investigation reports are completed and published within 12 months of a flood event.", "Accepted", [
                dict(ref="2.1", action="Complete and publish Section 19 reports for the 11 communities most affected by Storm Babet.",
                     lead="Flood Risk Management Team Leader", due=D(2025, 10),
                     update="7 of 11 reports published. The remaining four have slipped because Environment Agency modelling was received late; a revised date will be reported to the next meeting.",
                     status="Delayed",
                     x=dict(lead=["Flood Risk Management Team Leader"], end="2025-10", status="amber")),
                dict(ref="2.2", action="Agree a protocol with the Environment Agency and district and borough councils for joint Section 19 investigations.",
                     lead="Head of Highways Asset Management; Environment Agency Area Flood Risk Manager", due=D(2026, 3),
                     update="Draft protocol discussed at the Derbyshire Flood Risk Partnership in October 2025.", status="On track",
                     x=dict(lead=["Head of Highways Asset Management", "Environment Agency Area Flood Risk Manager"], end="2026-03", status="green")),
            ]),
            ("3", "That property flood resilience grants are promoted through town and parish councils.", "Accepted", [
                dict(ref="3.1", action="Run property flood resilience grant drop-in sessions in Chesterfield, Matlock and Whaley Bridge.",
                     lead="Emergency Planning Manager", due=D(2025, 6),
                     update="Five sessions held in May and June 2025, attended by 140 households.", status="Implemented",
                     x=dict(lead=["Emergency Planning Manager"], end="2025-06", status="blue")),
            ]),
        ]),
    ]),
]


def make_derbyshire():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = DER_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Improvement and Scrutiny Committees \u2013 monitoring of review recommendations accepted by Cabinet"
    sm["A3"] = "Prepared by the Improvement and Scrutiny Team, Legal and Democratic Services. Position at 31 October 2025."
    hdr = ["Committee", "Recommendations", "Agreed actions", "Implemented", "On track", "Delayed", "Off track", "Not started"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = XL["grey"]
        c.border = BOX
    r = 6
    tot = [0] * 7
    for sheet, committee, reviews in DER_SHEETS:
        recs = sum(len(rv[1]) for rv in reviews)
        acts = [a for rv in reviews for rec in rv[1] for a in rec[3]]
        row = [recs, len(acts)] + [sum(1 for a in acts if a["status"] == s)
                                   for s in ["Implemented", "On track", "Delayed", "Off track", "Not started"]]
        for i, v in enumerate([committee] + row, 1):
            sm.cell(row=r, column=i, value=v).border = BOX
        tot = [t + v for t, v in zip(tot, row)]
        r += 1
    for i, v in enumerate(["Total"] + tot, 1):
        c = sm.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 48

    heads = ["Ref", "Recommendation / agreed action", "Cabinet response", "Responsible officer",
             "Target date", "Progress update", "Status"]
    for sheet, committee, reviews in DER_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = committee
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A1:G1")
        ws["A2"] = "Recommendations tracker \u2013 update for the meeting on 24 November 2025"
        ws.merge_cells("A2:G2")
        for i, h in enumerate(heads, 1):
            c = ws.cell(row=4, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = XL["head"]
            c.border = BOX
            c.alignment = WRAP
        r = 5
        for review, recs in reviews:
            ws.cell(row=r, column=1, value=review).font = Font(bold=True, size=12)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = XL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for num, text, response, acts in recs:
                for i, v in enumerate([num, text, response], 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.font = Font(bold=True)
                    c.fill = XL["band"]
                    c.alignment = WRAP
                    c.border = BOX
                for col in range(4, 8):
                    ws.cell(row=r, column=col).fill = XL["band"]
                    ws.cell(row=r, column=col).border = BOX
                r += 1
                for a in acts:
                    vals = [a["ref"], a["action"], None, a["lead"], a["due"], a["update"], a["status"]]
                    for i, v in enumerate(vals, 1):
                        c = ws.cell(row=r, column=i, value=v)
                        c.alignment = WRAP
                        c.border = BOX
                        if isinstance(v, dt.datetime):
                            c.number_format = "mmm-yy"
                    f = DER_STATUS_FILL[a["status"]]
                    if f:
                        ws.cell(row=r, column=7).fill = XL[f]
                    r += 1
        r += 1
        ws.cell(row=r, column=1, value="Status key: Implemented (blue) \u2013 action complete, recommendation can be signed off; "
                                       "On track (green); Delayed (amber) \u2013 behind target, revised date to be reported; "
                                       "Off track (red); Not started (no colour).")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        for col, w in zip("ABCDEFG", [6, 62, 20, 36, 14, 52, 13]):
            ws.column_dimensions[col].width = w
    wb.save(out("zck-derbyshire-county-council-improvement-scrutiny-recommendations-tracker.xlsx"))


# =====================================================================
# 5. Surrey CC – fostering service development plan (tab-separated txt)
# =====================================================================
SUR_TITLE = "Surrey Fostering Service Development Plan 2025-26"
SUR_ROWS = [
    ("1. Recruitment and sufficiency", [
        dict(ref="1.1", action="Approve 40 new mainstream fostering households in 2025-26, working with the Big Fostering Partnership and the Surrey Fostering Friendly employer scheme.",
             lead="Recruitment and Assessment Team Manager", due="March 2026",
             update="19 households approved by 30 September 2025; 23 assessments in progress.", rag="G",
             x=dict(lead=["Recruitment and Assessment Team Manager"], end="2026-03", status="green")),
        dict(ref="1.2", action="Reduce the average time from initial enquiry to fostering panel to six months.",
             lead="Recruitment and Assessment Team Manager", due="Dec-25",
             update="Average currently 7.4 months. Second assessing social worker post vacant since July.", rag="A",
             x=dict(lead=["Recruitment and Assessment Team Manager"], end="2025-12", status="amber")),
        dict(ref="1.3", action="Launch a specialist \u2018Step Across\u2019 scheme for foster carers looking after children stepping down from residential care.\n"
                                "Scheme to include enhanced fees, a named therapist and guaranteed short breaks.",
             lead="Head of Fostering / Placements Commissioning Manager", due="Q4 2025/26",
             update="Scheme design agreed by Corporate Parenting Board in September.", rag="G",
             x=dict(lead=["Head of Fostering", "Placements Commissioning Manager"], end="2026-03", status="green")),
    ]),
    ("2. Supporting and keeping our foster carers", [
        dict(ref="2.1", action="Set up a fourth Mockingbird constellation covering Waverley and Guildford.",
             lead="Mockingbird Liaison Worker", due="31/01/2026",
             update="Hub home carer recruited; satellite families being matched.", rag="G",
             x=dict(lead=["Mockingbird Liaison Worker"], end="2026-01", status="green")),
        dict(ref="2.2", action="Embed the updated Foster Carers\u2019 Charter, launched in Foster Care Fortnight 2025, in supervision and annual reviews.",
             lead="Supervising Social Work Team Managers", due="Ongoing",
             update="Charter discussed at 88% of annual reviews held since June.", rag="G",
             x=dict(lead=["Supervising Social Work Team Managers"], end=None, end_text="Ongoing", status="green")),
        dict(ref="2.3", action="Review the fee and allowance structure against neighbouring local authorities and report options to Cabinet.",
             lead="Head of Fostering", due="April 2026",
             update="Benchmarking complete. Options paper delayed until the 2026/27 budget position is known.", rag="A",
             x=dict(lead=["Head of Fostering"], end="2026-04", status="amber")),
    ]),
    ("3. Kinship care", [
        dict(ref="3.1", action="Clear the backlog of kinship (connected persons) assessments that have taken longer than 16 weeks.",
             lead="Kinship Team Manager", due="Nov 2025",
             update="31 assessments over 16 weeks at the end of Q2 (27 at the end of Q1). Agency assessors requested.", rag="R",
             x=dict(lead=["Kinship Team Manager"], end="2025-11", status="red")),
        dict(ref="3.2", action="Start a kinship carers\u2019 support group in each quadrant of the county.",
             lead="Kinship Team Manager and Family Support Lead", due="Sept 2025",
             update="Groups running in all four quadrants since September 2025.", rag="C",
             x=dict(lead=["Kinship Team Manager", "Family Support Lead"], end="2025-09", status="blue")),
    ]),
    ("4. Quality and compliance", [
        dict(ref="4.1", action="Complete the annual fostering self-evaluation and update the Statement of Purpose ahead of the next ILACS inspection.",
             lead="Fostering Service Manager (Registered Manager)", due="June 2025",
             update="Statement of Purpose approved by Cabinet Member on 17 June 2025.", rag="C",
             x=dict(lead=["Fostering Service Manager (Registered Manager)"], end="2025-06", status="blue")),
    ]),
]


def tsv_field(v):
    # Excel "Text (Tab delimited)" quotes fields that contain a line break or a quote
    if "\n" in v or '"' in v:
        return '"' + v.replace('"', '""') + '"'
    return v


def make_surrey():
    lines = [
        SUR_TITLE,
        "Surrey County Council \u2013 Children, Families and Lifelong Learning",
        "Plan owner: Assistant Director \u2013 Children\u2019s Resources\t\tUpdated: Quarter 2 (July\u2013September 2025)",
        "",
        "\t".join(["Priority", "Ref", "Action", "Lead", "Timescale", "Progress at Q2", "RAG"]),
    ]
    for pri, acts in SUR_ROWS:
        for i, a in enumerate(acts):
            lines.append("\t".join([pri if i == 0 else "", a["ref"], tsv_field(a["action"]), a["lead"],
                                    a["due"], tsv_field(a["update"]), a["rag"]]))
    lines += [
        "",
        "RAG key: C = Complete\tG = On track\tA = At risk\tR = Off track",
        "Reported to: Fostering Service Management Team (monthly) and Surrey Corporate Parenting Board (quarterly)",
    ]
    # records end CRLF; a line break inside a quoted cell stays a bare LF, as Excel writes it
    with open(out("zck-surrey-county-council-fostering-service-development-plan-2025-26.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# =====================================================================
# 6. West Glamorgan RPB – area plan delivery tracker (csv)
# =====================================================================
WG_TITLE = "West Glamorgan Regional Partnership Board \u2013 Area Plan 2023-2028 Delivery Tracker 2025/26 (Quarter 2)"
WG_ROWS = [
    ("Carers Partnership", "Unpaid carers are recognised early and supported to continue caring, if they wish to", [
        dict(ref="CAR-01", action="Refresh the West Glamorgan Carers Strategy for 2026-2031, reframing priorities rather than running a full re-consultation.",
             lead="Evans, Rhian", org="Neath Port Talbot CVS", due="Apr 2026", prev="G", cur="G",
             update="Refresh approach agreed at Steering and Advisory Board 1 on 15 July 2025.",
             x=dict(lead=["Evans, Rhian"], end="2026-04", status="green")),
        dict(ref="CAR-02", action="Evaluate the pharmacy and optometry carers awareness pilot in the Upper Valley Cluster.",
             lead="Evans, Rhian; Thomas, Owain", org="Neath Port Talbot CVS / Swansea Bay UHB", due="31/03/2026", prev="G", cur="A",
             update="Pilot went live in August, later than planned; evaluation framework still being agreed with pharmacies.",
             x=dict(lead=["Evans, Rhian", "Thomas, Owain"], end="2026-03", status="amber")),
        dict(ref="CAR-03", action="Hold the third Annual Carers Event at the Swansea.com Stadium.",
             lead="Thomas, Owain", org="Swansea Council", due="18/09/2025", prev="G", cur="Complete",
             update="Held 18 September 2025; 46 organisations exhibited.",
             x=dict(lead=["Thomas, Owain"], end="2025-09", status="blue")),
    ]),
    ("Dementia Programme", "People living with dementia, and their carers, receive care in line with the All-Wales Dementia Care Pathway of Standards", [
        dict(ref="DEM-01", action="Complete the regional self-assessment against the All-Wales Dementia Care Pathway of Standards and agree an improvement plan.",
             lead="Hughes, Sian", org="Swansea Bay UHB", due="Q3 2025/26", prev="A", cur="A",
             update="Self-assessment returned by 5 of 7 partners.",
             x=dict(lead=["Hughes, Sian"], end="2025-12", status="amber")),
        dict(ref="DEM-02", action="Extend memory assessment clinics into the Neath and Afan primary care clusters.",
             lead="Hughes, Sian", org="Swansea Bay UHB", due="Mar-26", prev="R", cur="A",
             update="Clinic space secured in Neath; recruitment of a second \"Dementia Connector\" post under way.",
             x=dict(lead=["Hughes, Sian"], end="2026-03", status="amber")),
    ]),
    ("Communities and Older People", "Older people are supported to stay well and independent in their own communities", [
        dict(ref="COP-01", action="Roll out community connectors to all eight primary care clusters in Swansea and Neath Port Talbot.",
             lead="Williams, Gareth", org="Swansea Council", due="Ongoing", prev="G", cur="G",
             update="Connectors now in place in six clusters.",
             x=dict(lead=["Williams, Gareth"], end=None, end_text="Ongoing", status="green")),
    ]),
    ("Hospital to Home", "People return home from hospital without unnecessary delay", [
        dict(ref="H2H-01", action="Reduce the number of people waiting in hospital for a package of care by 20%, against the March 2025 baseline.",
             lead="Davies, Ceri (Swansea Council); Jones, Anwen (Swansea Bay UHB)", org="Swansea Council / Swansea Bay UHB",
             due="31/03/2026", prev="A", cur="R",
             update="Numbers waiting rose over the summer (68 in September against a baseline of 61). Winter plan actions agreed, including a discharge-to-assess pilot.",
             x=dict(lead=["Davies, Ceri (Swansea Council)", "Jones, Anwen (Swansea Bay UHB)"], end="2026-03", status="red")),
    ]),
    ("Learning Disability and Neurodiversity", "Adults have timely access to neurodevelopmental assessment and support", [
        dict(ref="LDN-01", action="Open a single point of access for adult neurodevelopmental assessment across the region.",
             lead="Morgan, Dafydd", org="Neath Port Talbot Council", due="Jan 2026", prev="G", cur="G",
             update="Referral form and triage criteria agreed; staff recruitment completed.",
             x=dict(lead=["Morgan, Dafydd"], end="2026-01", status="green")),
    ]),
]
WG_HEAD = ["Programme", "Area Plan commitment", "Action ID", "Action", "Lead officer", "Lead organisation",
           "Due", "Previous RAG (Q1)", "Current RAG (Q2)", "Update"]


def make_wglam():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(WG_HEAD)
    w.writerow([WG_TITLE] + [""] * (n - 1))
    w.writerow(["RAG: G = on track, A = some risk to delivery, R = off track, Complete = delivered"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(WG_HEAD)
    for prog, commit, acts in WG_ROWS:
        for a in acts:
            w.writerow([prog, commit, a["ref"], a["action"], a["lead"], a["org"], a["due"], a["prev"], a["cur"], a["update"]])
    w.writerow([""] * n)
    w.writerow(["Source: West Glamorgan Regional Partnership Programme Office, data as at 30 September 2025"] + [""] * (n - 1))
    with open(out("zck-west-glamorgan-regional-partnership-board-area-plan-delivery-tracker-2025-26.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# =====================================================================
# 7. High Peak BC – Borough Plan delivery tracker, typo month (xlsx, refuse)
# =====================================================================
HP_TITLE = "High Peak Borough Plan 2023-2027: Annual Delivery Plan 2025/26 \u2013 Quarter 2 Progress"
HP_AIMS = [
    ("Aim 1: Supporting our communities to create a healthier, safer, cleaner High Peak", [
        ("1.1", "Adopt a refreshed Community Safety Strategy with the High Peak Community Safety Partnership.", "Head of Community Safety and Safeguarding", "Communities", "Sept 2025", "G", "C", "Strategy adopted by the Executive on 11 September 2025."),
        ("1.2", "Deliver year two of the Cultural Strategy, including the Buxton Pavilion Gardens events programme.", "Head of Regeneration and Culture", "Communities", "March 2026", "G", "G", "Summer events programme delivered; 38,000 visitors."),
    ]),
    ("Aim 2: Future-proof housing", [
        ("2.1", "Complete the stock condition survey of council homes and update the 30-year HRA business plan.", "Head of Housing", "Housing", "December 2025", "A", "A", "Survey 82% complete; contractor resourcing issues in Glossop."),
        ("2.2", "Start on site with 24 new council homes at Hayfield Road, Chapel-en-le-Frith.", "Head of Housing Development", "Housing", "Jan 2026", "G", "G", "Planning permission granted; contractor appointed."),
    ]),
    ("Aim 3: Protecting and creating jobs by supporting economic growth, development and regeneration", [
        ("3.1", "Submit the Buxton Crescent and spa quarter investment plan to the East Midlands Combined County Authority.", "Head of Regeneration and Culture", "Regeneration", "Febuary 2026", "G", "G", "Draft plan shared with EMCCA officers in October."),
        ("3.2", "Deliver the UK Shared Prosperity Fund 2025/26 business support grants programme.", "Economic Development Manager", "Regeneration", "March 2026", "G", "A", "Spend at 41% at Q2; second grant round launching November."),
    ]),
    ("Aim 4: Protecting and improving the environment, including responding to the climate emergency", [
        ("4.1", "Install solar PV at Glossop Leisure Centre and the Town Hall, Buxton.", "Climate Change Officer", "Climate Change", "Nov 2025", "A", "R", "Grid connection offer delayed by the network operator; revised programme awaited."),
        ("4.2", "Publish the Biodiversity Plan and first annual report on Biodiversity Net Gain.", "Head of Planning", "Climate Change", "March 2026", "G", "G", "Consultation draft prepared."),
    ]),
    ("Aim 5: A responsive, smart, financially resilient and forward-thinking Council", [
        ("5.1", "Move 10 more high-volume council services online through the customer portal.", "Head of Digital and Customer Services", "Corporate Services", "March 2026", "G", "G", "6 of 10 services live."),
        ("5.2", "Deliver the £1.2m efficiency programme built into the 2025/26 budget.", "Executive Director (Resources)", "Corporate Services", "March 2026", "A", "A", "£0.8m secured; remaining savings depend on the waste contract review."),
    ]),
]
HP_TYPO_ROW = None


def make_highpeak():
    global HP_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 2025-26"
    ws["A1"] = "High Peak Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = HP_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reported to Corporate Select Committee, 1 December 2025"
    heads = ["Ref", "Key action 2025/26", "Lead officer", "Portfolio", "Target date", "Q1", "Q2", "Commentary"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = XL["head"]
        c.border = BOX
    fills = {"C": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 6
    for aim, acts in HP_AIMS:
        ws.cell(row=r, column=1, value=aim).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = XL["band2"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for a in acts:
            for i, v in enumerate(a, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = XL[fills[a[5]]]
            ws.cell(row=r, column=7).fill = XL[fills[a[6]]]
            if a[4] == "Febuary 2026":
                HP_TYPO_ROW = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: C = complete, G = on track, A = at risk of slipping, R = off track or will not be met")
    for col, w in zip("ABCDEFGH", [6, 62, 34, 16, 15, 6, 6, 50]):
        ws.column_dimensions[col].width = w
    wb.save(out("zck-high-peak-bc-borough-plan-delivery-tracker-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_havering()
    make_cjc()
    make_somerset()
    make_derbyshire()
    make_surrey()
    make_wglam()
    make_highpeak()
    print("typo row (High Peak):", HP_TYPO_ROW)
