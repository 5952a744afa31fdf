"""Build the seven mq1- blind test files (set heldout389).

Run with /work/main/.venv/bin/python mq1_make.py ; files are written beside this script.
Each action dict carries what is written in the file (cells) and, for the expected
reading, ref / under / lead / end / end_text / status (used by a separate step that
writes NAME.expected.yaml).
"""
import csv
import datetime as dt
import io
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
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def A(ref, under, action, lead_cell, lead, end_cell, end, status_cell, status,
      end_text=None, **extra):
    a = dict(ref=ref, under=list(under), action=action, lead_cell=lead_cell,
             lead=list(lead), end_cell=end_cell, end=end, status_cell=status_cell,
             status=status)
    if end_text is not None:
        a["end_text"] = end_text
    a.update(extra)
    return a


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Southwark ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
SOUTHWARK_TITLE = "Southwark Children's Services: ILACS Improvement Plan 2025–26"
SW_R1 = ("Recommendation 1: The quality of assessments and plans for children in need of help "
         "and protection, so that they are specific, measurable and consistently reflect the "
         "child's lived experience.")
SW_R2 = ("Recommendation 2: Management oversight and supervision of social work practice, "
         "including the recording of management decisions on children's records.")
SW_R3 = ("Recommendation 3: The sufficiency of local homes for children in care, including "
         "foster carers able to care for older children and sibling groups.")
SW_R4 = ("Recommendation 4: The consistency of pathway plans for care leavers, so that they are "
         "co-produced with young people and regularly updated.")

SOUTHWARK = [
    (SW_R1, [
        A("1.1", [SW_R1],
          "Relaunch the Southwark practice standards for assessment and children's plans, with "
          "mandatory practice workshops for all social workers and team managers in the "
          "Assessment and Children in Need services.",
          "Principal Social Worker", ["Principal Social Worker"],
          d(2025, 5, 31), "2025-05", "Complete", "blue",
          revised=None, prev="Green",
          update="Workshops delivered to 142 staff (94%). Standards published on the practice hub.",
          evidence="Attendance register; audit of 30 assessments in July."),
        A("1.2", [SW_R1],
          "Introduce a SMART planning template in Mosaic so that every child's plan sets out who "
          "will do what and by when, and the intended outcome for the child.",
          "Head of Service – Children in Need / Systems Lead (Mosaic)",
          ["Head of Service – Children in Need", "Systems Lead (Mosaic)"],
          d(2025, 6, 30), "2025-09", "Amber", "amber",
          revised=d(2025, 9, 30), prev="Green",
          update="Template built and tested. Go-live moved to September because of the Mosaic upgrade.",
          evidence="Mosaic release note; dip-sample of plans after go-live."),
        A("1.3", [SW_R1],
          "Undertake monthly thematic audits of children's plans, moderated by the Quality "
          "Assurance Service, and report findings to the Improvement Board.",
          "Head of Quality Assurance", ["Head of Quality Assurance"],
          "Monthly", None, "Green", "green", end_text="Monthly",
          revised=None, prev="Green",
          update="April, May and June audits completed; 58% of plans graded good or better (March: 41%).",
          evidence="Monthly audit reports."),
    ]),
    (SW_R2, [
        A("2.1", [SW_R2],
          "Implement the revised supervision policy, with a minimum of four-weekly reflective "
          "supervision recorded on the child's file using the new supervision template.",
          "Assistant Director – Safeguarding & Family Support",
          ["Assistant Director – Safeguarding & Family Support"],
          d(2025, 7, 31), "2025-07", "Green", "green",
          revised=None, prev="Amber",
          update="Policy signed off 12 May 2025. Supervision compliance 81% in June.",
          evidence="Weekly performance dashboard."),
        A("2.2", [SW_R2],
          "Deliver the 'Leading Good Practice' management development programme to all team "
          "managers and advanced practitioners.",
          "Workforce Development Manager; Principal Social Worker",
          ["Workforce Development Manager", "Principal Social Worker"],
          d(2025, 9, 30), "2025-12", "Red", "red",
          revised=d(2025, 12, 31), prev="Amber",
          update="Provider withdrew in May. Re-procurement under way; cohort 1 now to start October.",
          evidence="Procurement timetable."),
        A("2.3", [SW_R2],
          "Add a management oversight compliance measure to the weekly performance dashboard and "
          "review it at the fortnightly performance clinic.",
          "Head of Performance & Improvement", ["Head of Performance & Improvement"],
          d(2025, 4, 30), "2025-04", "Complete", "blue",
          revised=None, prev="Complete",
          update="Measure live since 28 April 2025.",
          evidence="Dashboard; clinic minutes."),
    ]),
    (SW_R3, [
        A("3.1", [SW_R3],
          "Launch a targeted foster carer recruitment campaign for carers of teenagers and sibling "
          "groups, with an enhanced fee and support package.",
          "Head of Service – Fostering & Placements", ["Head of Service – Fostering & Placements"],
          d(2025, 9, 30), "2025-09", "Green", "green",
          revised=None, prev="",
          update="New action added in June. Campaign launches 1 August 2025.",
          evidence="Enquiries and approvals reported monthly."),
        A("3.2", [SW_R3],
          "Refresh the Sufficiency Strategy 2025–2028 and present it to Cabinet for approval.",
          "Director of Children's Social Care", ["Director of Children's Social Care"],
          "Q3 2025/26", "2025-12", "Not started", "unrated",
          revised=None, prev="Green",
          update="Needs analysis due in August; drafting to begin in September.",
          evidence="Cabinet forward plan."),
    ]),
    (SW_R4, [
        A("4.1", [SW_R4],
          "Co-produce a new pathway plan format with the care leavers' forum ('Southwark Speak "
          "Up') and implement it for all care leavers aged 18–21.",
          "Head of Service – Leaving Care & Transitions",
          ["Head of Service – Leaving Care & Transitions"],
          d(2025, 10, 31), "2025-10", "Green", "green",
          revised=None, prev="Green",
          update="Two co-production sessions held; draft format agreed by young people on 19 June.",
          evidence="Session notes; new format."),
        A("4.2", [SW_R4],
          "Review all pathway plans that are more than six months old and update them with the "
          "young person.",
          "Team Managers – Leaving Care (x3)", ["Team Managers – Leaving Care (x3)"],
          d(2025, 8, 31), "2025-08", "Amber", "amber",
          revised=None, prev="Amber",
          update="112 of 187 out-of-date plans reviewed. Two PA vacancies are slowing progress.",
          evidence="Pathway plan timeliness report."),
    ]),
]


def build_southwark(path):
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = SOUTHWARK_TITLE
    cover["A1"].font = Font(bold=True, size=16, color="1F3864")
    cover["A3"] = ("Response to the Ofsted inspection of local authority children's services, "
                   "27 January – 7 February 2025 (report published 21 March 2025)")
    cover["A4"] = "Overall effectiveness: Requires improvement to be good"
    cover["A6"] = "Document control"
    cover["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.3", d(2025, 4, 2), "Head of Performance & Improvement", "Draft for Improvement Board"),
            ("1.0", d(2025, 5, 15), "Director of Children's Social Care", "Submitted to Ofsted"),
            ("1.1", d(2025, 7, 11), "Head of Performance & Improvement", "Q1 progress update (position at 30 June 2025)")]
    for i, r in enumerate(rows, start=7):
        for j, v in enumerate(r, start=1):
            c = cover.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 7:
                c.font = Font(bold=True)
    cover["A12"] = "RAG key"
    cover["A12"].font = Font(bold=True)
    key = [("Complete", "blue", "Action delivered and evidence of impact seen"),
           ("Green", "green", "On track to deliver by the target date"),
           ("Amber", "amber", "Some slippage – recovery in hand"),
           ("Red", "red", "Off track – escalated to Improvement Board"),
           ("Not started", None, "Action not yet due to start")]
    for i, (w, col, meaning) in enumerate(key, start=13):
        c = cover.cell(row=i, column=1, value=w)
        c.border = BOX
        if col:
            c.fill = fill(FILL[col])
        cover.cell(row=i, column=2, value=meaning)
    cover.column_dimensions["A"].width = 16
    cover.column_dimensions["B"].width = 14
    cover.column_dimensions["C"].width = 36
    cover.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "ILACS Improvement Plan 2025–26 – progress tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 30 June 2025. Reporting to: Children's Services Improvement Board"
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
           "Previous RAG (Apr 25)", "Current RAG (Jun 25)", "Progress update", "Evidence / measure of impact"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for rec, acts in SOUTHWARK:
        ws.cell(row=r, column=1, value=rec).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        ws.cell(row=r, column=1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["revised"],
                    a["prev"], a["status_cell"], a["update"], a["evidence"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=(v if v != "" else None))
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col in (6, 7):
                v = ws.cell(row=r, column=col).value
                if v in rag_fill:
                    ws.cell(row=r, column=col).fill = fill(FILL[rag_fill[v]])
            a["row"] = r
            r += 1
    widths = [6, 60, 30, 14, 14, 12, 12, 50, 34]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "C5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – position at 30 June 2025"
    sm["A1"].font = Font(bold=True, size=13)
    counts = {}
    for _, acts in SOUTHWARK:
        for a in acts:
            counts[a["status_cell"]] = counts.get(a["status_cell"], 0) + 1
    sm.append([])
    sm.append(["Current RAG", "Number of actions"])
    for k in ["Complete", "Green", "Amber", "Red", "Not started"]:
        sm.append([k, counts.get(k, 0)])
    sm.append(["Total", sum(counts.values())])
    sm.column_dimensions["A"].width = 18
    sm.column_dimensions["B"].width = 18
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Havering SCP JTAI action plan (xlsx, fill-colour RAG, merged AfI column)
# ---------------------------------------------------------------------------
HAVERING_TITLE = "Havering Safeguarding Children Partnership – JTAI Action Plan"
HV_P1 = "Priority 1: Identifying and responding to children at risk of serious youth violence"
HV_P2 = "Priority 2: Partnership leadership, oversight and learning"
HV_A1 = ("The timeliness of strategy meetings when children are at risk of extra-familial harm, "
         "and the attendance of all relevant agencies at these meetings.")
HV_A2 = ("Information-sharing between schools, the youth justice service and children's social "
         "care about children who are excluded or missing from education.")
HV_A3 = ("The partnership's oversight of the impact of its serious youth violence strategy, "
         "including the use of data to understand disproportionality.")
HV_A4 = ("The quality of return home interviews for children who go missing, and how the "
         "information from these is used in planning.")

HAVERING = [
    (HV_P1, [
        (HV_A1, [
            A("1.1", [HV_P1, HV_A1],
              "Revise the extra-familial harm (EFH) strategy meeting protocol so that meetings are "
              "convened within three working days of referral.",
              "Head of MASH & Assessment", ["Head of MASH & Assessment"],
              "Oct-24", "2024-10", None, "blue", agency="LBH Children's Services",
              update="Protocol signed off by HSCP Executive 14/10/24. 92% of meetings within 3 days (Jan–Feb)."),
            A("1.2", [HV_P1, HV_A1],
              "Police and health to identify named attendees for every EFH strategy meeting and "
              "monitor attendance monthly through the MACE panel.",
              "DI Safeguarding (East Area BCU) / Named Nurse Safeguarding Children (NELFT)",
              ["DI Safeguarding (East Area BCU)", "Named Nurse Safeguarding Children (NELFT)"],
              d(2025, 1, 31), "2025-01", None, "green", agency="Met Police / NELFT",
              update="Attendance tracker in place; police attendance 88%, health 74%."),
        ]),
        (HV_A2, [
            A("1.3", [HV_P1, HV_A2],
              "Establish a weekly exclusions and children missing education (CME) "
              "information-sharing meeting between Education Inclusion, the Youth Justice Service "
              "and the Exploitation Team.",
              "Head of Inclusion & Access", ["Head of Inclusion & Access"],
              "Q4 2024/25", "2025-03", None, "amber", agency="LBH Education",
              update="Meeting running fortnightly; weekly frequency from April once the CME officer is in post."),
            A("1.4", [HV_P1, HV_A2],
              "Add school attendance and exclusion data to the exploitation risk assessment tool.",
              "Exploitation & Missing Team Manager", ["Exploitation & Missing Team Manager"],
              "April 2025", "2025-04", None, "unrated", agency="LBH Children's Services",
              update="Dependent on action 1.3."),
        ]),
    ]),
    (HV_P2, [
        (HV_A3, [
            A("2.1", [HV_P2, HV_A3],
              "Develop a serious youth violence and exploitation dataset, including ethnicity and "
              "gender, for quarterly review by the HSCP Executive.",
              "HSCP Business Manager; Youth Justice Service Manager",
              ["HSCP Business Manager", "Youth Justice Service Manager"],
              "Dec-24 – Jun-25", "2025-06", None, "green", agency="HSCP",
              update="First version presented to Executive in January. Health data to be added."),
            A("2.2", [HV_P2, HV_A3],
              "Commission an independent review of disproportionality in stop and search and "
              "arrests of Havering children, with a partnership response.",
              "Superintendent Public Protection (East Area BCU)",
              ["Superintendent Public Protection (East Area BCU)"],
              "September 2025", "2025-09", None, "amber", agency="Met Police",
              update="Terms of reference drafted; funding not yet agreed."),
        ]),
        (HV_A4, [
            A("2.3", [HV_P2, HV_A4],
              "Bring the return home interview service in-house and set a quality standard for "
              "interviews within 72 hours.",
              "Head of Service – Targeted Services", ["Head of Service – Targeted Services"],
              d(2025, 3, 31), "2025-03", None, "red", agency="LBH Children's Services",
              update="TUPE consultation delayed; contract extended to 30/06/25. Escalated to DCS."),
            A("2.4", [HV_P2, HV_A4],
              "Audit 20 children's records each quarter to test whether information from return "
              "home interviews is reflected in the child's plan.",
              "Quality Assurance Manager", ["Quality Assurance Manager"],
              "Quarterly", None, None, "green", end_text="Quarterly", agency="LBH Children's Services",
              update="Q3 audit complete: 11 of 20 plans reflected RHI information."),
            A("2.5", [HV_P2, HV_A4],
              "Deliver multi-agency training on contextual safeguarding and adultification bias to "
              "frontline practitioners.",
              "HSCP Training Coordinator", ["HSCP Training Coordinator"],
              "By 30 June 2025", "2025-06", None, "green", agency="HSCP",
              update="4 of 6 sessions delivered; 163 practitioners trained."),
        ]),
    ]),
]


def build_havering(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    ws["A1"] = HAVERING_TITLE
    ws["A1"].font = Font(bold=True, size=15, color="5B2C6F")
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Joint targeted area inspection of the multi-agency response to serious youth "
                "violence, 3–7 June 2024 (joint inspection letter published 30 July 2024)")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Updated for the HSCP Executive meeting, 18 March 2025"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")
    hdr = ["No.", "Area for improvement", "Action", "Lead agency", "Lead officer", "Timescale",
           "RAG", "Update / evidence"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for prio, afis in HAVERING:
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = fill("E8DAEF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, acts in afis:
            first = r
            ws.cell(row=r, column=2, value=afi)
            for a in acts:
                vals = [a["ref"], None, a["action"], a["agency"], a["lead_cell"], a["end_cell"],
                        None, a["update"]]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if a["status"] in FILL:
                    ws.cell(row=r, column=7).fill = fill(FILL[a["status"]])
                a["row"] = r
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="RAG is shown by cell colour – see the Key tab.").font = Font(italic=True)
    widths = {"A": 6, "B": 40, "C": 58, "D": 22, "E": 34, "F": 16, "G": 8, "H": 48}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    entries = [("blue", "Complete – action delivered"),
               ("green", "On track"),
               ("amber", "At risk of slipping – mitigation agreed"),
               ("red", "Off track or overdue – escalated to HSCP Executive"),
               (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(entries, start=3):
        c = key.cell(row=i, column=1)
        c.border = BOX
        if col:
            c.fill = fill(FILL[col])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Gateshead focused visit action plan (xlsx, one sheet per area for improvement)
# ---------------------------------------------------------------------------
GATESHEAD_TITLE = "Gateshead Council – Ofsted Focused Visit Action Plan (Care Leavers)"
GH_1 = ("The consistency and quality of pathway plans, so that they are written with young "
        "people and reflect their aspirations and current circumstances.")
GH_2 = "Access to emotional wellbeing and mental health support for care leavers aged 18 to 25."
GH_3 = ("The availability of suitable accommodation for care leavers, including when they leave "
        "custody.")

GATESHEAD = [
    (GH_1, [
        A("1a", [GH_1],
          "Launch the new 'My Pathway' plan, co-produced with the Care Leavers' Council, and train "
          "all personal advisers in its use.",
          "Team Manager – Leaving Care", ["Team Manager – Leaving Care"],
          "End of January 2025", "2025-01", "Complete", "blue",
          update="Launched 20 January 2025; 24 of 25 PAs trained."),
        A("1b", [GH_1],
          "Team managers to quality-check every pathway plan before sign-off, using the new "
          "pathway plan checklist.",
          "Team Managers – Leaving Care", ["Team Managers – Leaving Care"],
          "Monthly", None, "On track", "green", end_text="Monthly",
          update="Checklist in use from February."),
        A("1c", [GH_1],
          "Complete a thematic audit of 25 pathway plans and present the findings to the "
          "Corporate Parenting Partnership.",
          "Quality Assurance Lead / Principal Social Worker",
          ["Quality Assurance Lead", "Principal Social Worker"],
          d(2025, 3, 31), "2025-03", "On track", "green",
          update="Audit scheduled for w/c 3 March."),
    ]),
    (GH_2, [
        A("2a", [GH_2],
          "Agree a care leaver pathway with the ICB and CNTW so that care leavers can be referred "
          "directly to adult mental health services.",
          "Service Manager – Children in Care; Designated Nurse for Looked After Children",
          ["Service Manager – Children in Care", "Designated Nurse for Looked After Children"],
          "June 2025", "2025-06", "Amber", "amber",
          update="Draft pathway shared with CNTW; awaiting clinical sign-off."),
        A("2b", [GH_2],
          "Fund a dedicated care leaver mental health practitioner post within the 16+ team.",
          "Strategic Director, Children, Adults and Families",
          ["Strategic Director, Children, Adults and Families"],
          "Q1 2025/26", "2025-06", "Not started", "unrated",
          update="Bid included in 2025/26 budget proposals."),
        A("2c", [GH_2],
          "Offer every care leaver a health passport and a health review at 17½.",
          "Designated Nurse for Looked After Children", ["Designated Nurse for Looked After Children"],
          d(2025, 4, 30), "2025-04", "Off track", "red",
          update="Health passport template still with the ICB; 40% of 17-year-olds offered a review."),
    ]),
    (GH_3, [
        A("3a", [GH_3],
          "Agree a joint protocol with Gateshead Housing for care leavers leaving custody, "
          "including a guaranteed offer of accommodation on release.",
          "Service Manager – Housing Options; Youth Justice Service Manager",
          ["Service Manager – Housing Options", "Youth Justice Service Manager"],
          d(2025, 2, 28), "2025-02", "Complete", "blue",
          update="Protocol signed 11 February 2025."),
        A("3b", [GH_3],
          "Increase Staying Close places from 6 to 12 through the new supported lodgings scheme.",
          "Commissioning Manager (Children's Placements)",
          ["Commissioning Manager (Children's Placements)"],
          "September 2025", "2025-09", "On track", "green",
          update="Provider appointed; 8 places available from April."),
    ]),
]


def build_gateshead(path):
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = GATESHEAD_TITLE
    ov["A1"].font = Font(bold=True, size=15)
    ov["A2"] = "Focused visit: 8 and 9 October 2024. Letter published: 12 November 2024."
    ov["A3"] = "Progress position: January 2025 (for Corporate Parenting Partnership, 6 February 2025)"
    ov["A5"] = "Summary"
    ov["A5"].font = Font(bold=True)
    heads = ["Area for improvement", "Actions", "Complete", "On track", "Amber", "Off track", "Not started"]
    for j, h in enumerate(heads, start=1):
        c = ov.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0] * 6
    for i, (afi, acts) in enumerate(GATESHEAD, start=1):
        st = [a["status_cell"] for a in acts]
        row = [f"AFI {i}", len(acts), st.count("Complete"), st.count("On track"), st.count("Amber"),
               st.count("Off track"), st.count("Not started")]
        tot = [t + v for t, v in zip(tot, row[1:])]
        for j, v in enumerate(row, start=1):
            ov.cell(row=6 + i, column=j, value=v).border = BOX
    for j, v in enumerate(["Total"] + tot, start=1):
        c = ov.cell(row=10, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    ov["A12"] = "Status key"
    ov["A12"].font = Font(bold=True)
    keys = [("Complete", "blue"), ("On track", "green"), ("Amber", "amber"), ("Off track", "red"),
            ("Not started", None)]
    for i, (w, col) in enumerate(keys, start=13):
        c = ov.cell(row=i, column=1, value=w)
        if col:
            c.fill = fill(FILL[col])
        c.border = BOX
    ov.cell(row=13, column=2, value="Action delivered")
    ov.cell(row=14, column=2, value="Will be delivered by the date set")
    ov.cell(row=15, column=2, value="Some risk to delivery by the date set")
    ov.cell(row=16, column=2, value="Will not be delivered by the date set – escalated")
    ov.cell(row=17, column=2, value="Not due to start yet")
    ov.column_dimensions["A"].width = 22
    ov.column_dimensions["B"].width = 48
    stat_fill = {"Complete": "blue", "On track": "green", "Amber": "amber", "Off track": "red"}
    for i, (afi, acts) in enumerate(GATESHEAD, start=1):
        ws = wb.create_sheet(f"AFI {i}")
        ws["A1"] = f"Area for improvement {i}"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = afi
        ws["A2"].alignment = WRAP
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:F2")
        ws.row_dimensions[2].height = 32
        heads = ["No.", "Action", "Lead", "By when", "Status", "Progress (January 2025)"]
        for j, h in enumerate(heads, start=1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("D9D9D9")
            c.border = BOX
        for k, a in enumerate(acts, start=5):
            vals = [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["status_cell"], a["update"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=k, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["status_cell"] in stat_fill:
                ws.cell(row=k, column=5).fill = fill(FILL[stat_fill[a["status_cell"]]])
            a["row"] = k
        for col, w in zip("ABCDEF", [6, 56, 34, 18, 12, 46]):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Newham corporate parenting board action plan (docx, one table per priority)
# ---------------------------------------------------------------------------
NEWHAM_TITLE = "Newham Corporate Parenting Board: Action Plan 2025–26"
NW_P1 = "Priority 1: Being heard – participation and voice"
NW_P2 = "Priority 2: A safe and stable home"
NW_P3 = "Priority 3: Getting ready for adult life"

NEWHAM = [
    (NW_P1, [
        A("CP1.1", [NW_P1],
          "Children in Care Council representatives to co-chair one Corporate Parenting Board "
          "meeting each quarter.",
          "Participation Lead", ["Participation Lead"],
          "Quarterly", None, "G", "green", end_text="Quarterly",
          update="Co-chaired the July and October meetings."),
        A("CP1.2", [NW_P1],
          "Publish a 'You said, we did' report after every Board meeting, in a format agreed with "
          "young people.",
          "Participation Lead; Head of Service – Children Looked After",
          ["Participation Lead", "Head of Service – Children Looked After"],
          "Dec 2025", "2025-12", "G", "green",
          update="First two reports published on the Newham Children in Care web page."),
        A("CP1.3", [NW_P1],
          "Every elected member to complete corporate parenting training within six months of "
          "election or appointment.",
          "Cllr Joy Adeyemi and Head of Democratic Services",
          ["Cllr Joy Adeyemi", "Head of Democratic Services"],
          "31/03/2026", "2026-03", "A", "amber",
          update="38 of 66 members trained. Further sessions booked for November and January."),
    ]),
    (NW_P2, [
        A("CP2.1", [NW_P2],
          "Recruit 30 new in-house foster carers, including 10 able to care for teenagers.",
          "Head of Fostering", ["Head of Fostering"],
          "March 2026", "2026-03", "A", "amber",
          update="11 households approved to date; 6 in assessment."),
        A("CP2.2", [NW_P2],
          "Reduce the number of children placed more than 20 miles from Newham, using the North "
          "East London commissioning framework.",
          "Head of Commissioning (Children's Placements)",
          ["Head of Commissioning (Children's Placements)"],
          "Sept 2025 – March 2026", "2026-03", "G", "green",
          update="Down from 97 to 84 children since April."),
        A("CP2.3", [NW_P2],
          "Ensure every child in care has an up-to-date permanence plan agreed at their second "
          "review.",
          "IRO Service Manager", ["IRO Service Manager"],
          "Ongoing", None, "G", "green", end_text="Ongoing",
          update="Compliance 91% (September)."),
    ]),
    (NW_P3, [
        A("CP3.1", [NW_P3],
          "Extend the council tax exemption for care leavers living outside Newham up to the age "
          "of 25.",
          "Director of Revenues and Benefits", ["Director of Revenues and Benefits"],
          "01/04/2025", "2025-04", "B", "blue",
          update="Agreed at Cabinet in February 2025; in place from 1 April 2025."),
        A("CP3.2", [NW_P3],
          "Create 15 ring-fenced apprenticeships for care leavers across the council and its "
          "partners.",
          "Head of HR & OD / Virtual School Headteacher",
          ["Head of HR & OD", "Virtual School Headteacher"],
          "July 2026", "2026-07", "R", "red",
          update="Only 4 places confirmed. Partner pledges to be sought at the November Board."),
        A("CP3.3", [NW_P3],
          "Offer every care leaver aged 18–21 a named health contact and a copy of their health "
          "history.",
          "Designated Nurse for Children Looked After", ["Designated Nurse for Children Looked After"],
          "Dec-25", "2025-12", "", "unrated",
          update="Not yet started – awaiting ICB funding decision."),
        A("CP3.4", [NW_P3],
          "Open a Newham Care Leavers' Hub in Stratford with drop-in support from housing, DWP and "
          "health services.",
          "Head of Service – Leaving Care", ["Head of Service – Leaving Care"],
          "June 2026", "2026-06", "A", "amber",
          update="Building identified; lease terms under negotiation."),
    ]),
]
RAG_SHADE = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def build_newham(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(NEWHAM_TITLE, level=0)
    doc.add_paragraph("Our promise to children in care and care leavers – progress update for the "
                      "Board meeting of 16 October 2025")

    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Director of Children's Social Care"),
                                ("Version", "2.1"),
                                ("Date", "02/10/2025"),
                                ("Review", "Quarterly, by the Corporate Parenting Board")]):
        bold_cell(dc.cell(i, 0), k)
        dc.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "Some delay – mitigation in place"), ("R", "Off track"),
                                ("", "Not yet started")]):
        key.cell(i, 0).text = k
        if k:
            shade(key.cell(i, 0), RAG_SHADE[k])
        key.cell(i, 1).text = v

    for prio, acts in NEWHAM:
        doc.add_heading(prio, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "What we will do", "Lead", "By when", "RAG", "Update"]):
            bold_cell(t.rows[0].cells[j], h)
            shade(t.rows[0].cells[j], "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            vals = [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["status_cell"], a["update"]]
            for j, v in enumerate(vals):
                cells[j].text = v
            if a["status_cell"] in RAG_SHADE:
                shade(cells[4], RAG_SHADE[a["status_cell"]])
        doc.add_paragraph()
    doc.add_paragraph("Notes: RAG ratings agreed at the Corporate Parenting Officers' Group on "
                      "25 September 2025. Actions CP1.1 and CP2.3 continue into 2026–27.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Lewisham children's home Ofsted action plan (docx, vertically merged requirement column)
# ---------------------------------------------------------------------------
LEWISHAM_TITLE = "Lewisham Council – Brockley Rise Children's Home: Ofsted Inspection Action Plan"
LW_S1 = "The protection of children standard (Regulation 12)"
LW_S2 = "The leadership and management standard (Regulation 13)"
LW_S3 = "The care planning standard (Regulation 14)"
LW_R1 = ("Requirement: The registered person must ensure that staff assess whether each child is "
         "at risk of harm, taking into account information in the child's relevant plans, and, if "
         "necessary, make arrangements to reduce the risk of any harm to the child. "
         "(Regulation 12 (1), (2)(a)(i))")
LW_R2 = ("Requirement: The registered person must ensure that staff understand the roles and "
         "responsibilities in relation to protecting children that are assigned to them by the "
         "registered person. (Regulation 12 (1), (2)(a)(iv))")
LW_R3 = ("Requirement: The registered person must ensure that the home's workforce provides "
         "continuity of care to each child and that staff receive supervision of their practice "
         "at regular intervals. (Regulation 13 (1)(a), (2)(c), (h))")
LW_R4 = ("Recommendation: The registered person should ensure that children's placement plans are "
         "updated after any significant change, and that children are helped to understand their "
         "plans.")

LEWISHAM = [
    (LW_S1, [
        (LW_R1, [
            A("1.1", [LW_S1, LW_R1],
              "Review and update every child's risk assessment and individual behaviour support "
              "plan, with clear strategies for missing episodes and exploitation risks.",
              "Registered Manager", ["Registered Manager"],
              "30/06/2025", "2025-06", "Completed", "blue"),
            A("1.2", [LW_S1, LW_R1],
              "Risk assessments to be reviewed after every significant incident and at least "
              "monthly, with the review recorded and signed off by the deputy manager.",
              "Deputy Manager / Senior Residential Workers",
              ["Deputy Manager", "Senior Residential Workers"],
              "Monthly", None, "On track", "green", end_text="Monthly"),
        ]),
        (LW_R2, [
            A("1.3", [LW_S1, LW_R2],
              "Deliver refresher safeguarding and missing-from-care training to all staff, "
              "including agency staff, with a competency check at supervision.",
              "Registered Manager; Residential Training Officer",
              ["Registered Manager", "Residential Training Officer"],
              "31/07/2025", "2025-07", "Completed", "blue"),
        ]),
    ]),
    (LW_S2, [
        (LW_R3, [
            A("2.1", [LW_S2, LW_R3],
              "Recruit to the two vacant permanent residential support worker posts and reduce "
              "agency use to no more than 20% of shifts.",
              "Head of Service – Residential and Edge of Care",
              ["Head of Service – Residential and Edge of Care"],
              "Original: 31/08/2025\nRevised: 31/10/2025", "2025-10", "Amber – delayed", "amber"),
            A("2.2", [LW_S2, LW_R3],
              "Every staff member to receive supervision at least every four weeks, tracked on the "
              "supervision matrix and reported to the Responsible Individual monthly.",
              "Registered Manager", ["Registered Manager"],
              "Ongoing", None, "On track", "green", end_text="Ongoing"),
        ]),
    ]),
    (LW_S3, [
        (LW_R4, [
            A("3.1", [LW_S3, LW_R4],
              "Key workers to go through each child's placement plan with them in a way they "
              "understand, and record the child's views.",
              "Key Workers", ["Key Workers"],
              "31/08/2025", "2025-08", "Completed", "blue"),
            A("3.2", [LW_S3, LW_R4],
              "Hold a placement planning meeting with the child's social worker within five "
              "working days of any significant change, such as a move of school or a new risk.",
              "Registered Manager / Child's Social Worker",
              ["Registered Manager", "Child's Social Worker"],
              "Sept 2025", "2025-09", "Red – not yet embedded", "red"),
        ]),
    ]),
]


def build_lewisham(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_paragraph()
    run = h.add_run(LEWISHAM_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    doc.add_paragraph("Full inspection: 13 and 14 May 2025. Overall experiences and progress of "
                      "children and young people: requires improvement to be good.")
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Setting", "Brockley Rise (URN SC487213)"),
                                ("Registered manager", "Tanisha Morgan"),
                                ("Responsible individual", "Head of Service – Residential and Edge of Care"),
                                ("Plan prepared", "4 June 2025"),
                                ("Last updated", "15 September 2025")]):
        bold_cell(info.cell(i, 0), k)
        info.cell(i, 1).text = v
    doc.add_paragraph()
    p = doc.add_paragraph("Requirements and recommendations from the inspection report, and the "
                          "actions the home will take")
    p.runs[0].bold = True

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, hd in enumerate(["Requirement / recommendation", "No.", "Action", "Responsible",
                            "Target date", "Status"]):
        bold_cell(t.rows[0].cells[j], hd)
        shade(t.rows[0].cells[j], "F2DCDB")
    for std, reqs in LEWISHAM:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        bold_cell(m, std)
        shade(m, "D9D9D9")
        for req, acts in reqs:
            first = None
            for a in acts:
                row = t.add_row()
                cells = row.cells
                if first is None:
                    first = cells[0]
                vals = [None, a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["status_cell"]]
                for j, v in enumerate(vals):
                    if v is not None:
                        cells[j].text = v
                last = cells[0]
            merged = first.merge(last) if last is not first else first
            merged.text = req
    doc.add_paragraph()
    sign = doc.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    for j, hd in enumerate(["Signed off by", "Role", "Date"]):
        bold_cell(sign.cell(0, j), hd)
    sign.cell(1, 0).text = "Tanisha Morgan"
    sign.cell(1, 1).text = "Registered Manager"
    sign.cell(1, 2).text = "04/06/2025"
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Islington early help strategy action plan (tab-separated .txt export)
# ---------------------------------------------------------------------------
ISLINGTON_TITLE = "Islington Early Help Strategy 2024–2027 – Action Plan Year 2 (2025/26)"
IS_P1 = "Priority 1 – Families get the right help at the right time"
IS_P2 = "Priority 2 – Stronger family hubs and community offer"
IS_P3 = "Priority 3 – Knowing our impact"

ISLINGTON = [
    (IS_P1, [
        A("EH1.1", [IS_P1],
          "Roll out the Family Help front door model in all four localities, with a single request "
          "for support form.",
          "Head of Early Help & Family Hubs", ["Head of Early Help & Family Hubs"],
          "Mar-26", "2026-03", "Green", "green",
          partners="Schools; Whittington Health; CAMHS",
          comment="Two localities live; North and Central to follow in January."),
        A("EH1.2", [IS_P1],
          "Train 300 practitioners across the partnership in the refreshed ‘Right Help, Right "
          "Time’ threshold guidance.",
          "ISCP Training Lead", ["ISCP Training Lead"],
          "Q3 2025/26", "2025-12", "Amber", "amber",
          partners="All ISCP partners",
          comment="171 trained so far; GP take-up low."),
        A("EH1.3", [IS_P1],
          "Publish a single directory of early help services on the Family Information Service "
          "website.\nEach service to check and update its entry every month.",
          "Family Information Service Manager", ["Family Information Service Manager"],
          "September 2025", "2025-09", "Complete", "blue",
          partners="VCS forum",
          comment="Directory live 15/09/25."),
    ]),
    (IS_P2, [
        A("EH2.1", [IS_P2],
          "Open Family Hub sites in Finsbury Park and Holloway with integrated midwifery, health "
          "visiting and parenting support.",
          "Head of Early Help & Family Hubs / Director of Public Health",
          ["Head of Early Help & Family Hubs", "Director of Public Health"],
          "Sept 2025 – March 2026", "2026-03", "Amber", "amber",
          partners="Whittington Health; UCLH",
          comment="Finsbury Park open. Holloway building works delayed to February."),
        A("EH2.2", [IS_P2],
          "Extend the Bright Start parenting programme offer to evenings and Saturdays.",
          "Bright Start Service Manager", ["Bright Start Service Manager"],
          "Termly", None, "Green", "green", end_text="Termly",
          partners="Children's centres",
          comment="Saturday groups running at 3 sites."),
        A("EH2.3", [IS_P2],
          "Co-produce the family hubs offer with a parent and carer panel of at least 12 members.",
          "Participation & Engagement Lead", ["Participation & Engagement Lead"],
          "31/01/2026", "2026-01", "Green", "green",
          partners="Parent Champions",
          comment="Panel of 9 recruited."),
    ]),
    (IS_P3, [
        A("EH3.1", [IS_P3],
          "Develop an early help outcomes dashboard, drawing on Supporting Families outcome data, "
          "for quarterly review by the Early Help Partnership Board.",
          "Head of Performance (Children's Services)", ["Head of Performance (Children's Services)"],
          "Dec-25", "2025-12", "Red", "red",
          partners="Public Health intelligence",
          comment="Analyst post vacant. Escalated to the Board in October."),
        A("EH3.2", [IS_P3],
          "Complete a multi-agency audit of 30 early help assessments, with findings shared with "
          "practitioners through learning briefings.",
          "Early Help Quality Assurance Manager", ["Early Help Quality Assurance Manager"],
          "July 2026", "2026-07", "", "unrated",
          partners="ISCP Quality Assurance Group",
          comment="Due to start in Q4."),
        A("EH3.3", [IS_P3],
          "Ask every family at case closure for feedback on the help they received, using the "
          "‘Tell us how we did’ survey.",
          "Early Help Team Managers", ["Early Help Team Managers"],
          "Ongoing", None, "Green", "green", end_text="Ongoing",
          partners="",
          comment="Response rate 38% in Q2."),
    ]),
]


def tsv_field(v):
    if "\n" in v or "\t" in v or '"' in v:
        return '"' + v.replace('"', '""') + '"'
    return v


def build_islington(path):
    lines = [ISLINGTON_TITLE,
             "Exported from the Early Help Partnership Board tracker on 03/11/2025",
             "",
             "\t".join(["Ref", "Action", "Lead", "Key partners", "Due", "RAG", "Comment"])]
    for prio, acts in ISLINGTON:
        lines.append(prio + "\t" * 6)
        for a in acts:
            vals = [a["ref"], a["action"], a["lead_cell"], a["partners"], a["end_cell"],
                    a["status_cell"], a["comment"]]
            lines.append("\t".join(tsv_field(v) for v in vals))
    lines.append("")
    lines.append("RAG: Complete = delivered; Green = on track; Amber = at risk; Red = off track; "
                 "blank = not yet started")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Worcestershire YJS HMIP improvement plan (csv) – typo month -> refuse
# ---------------------------------------------------------------------------
WORCS_TITLE = "Worcestershire Youth Justice Service – HMI Probation Inspection Improvement Plan"
WC_R1 = ("Recommendation 1: The Youth Justice Management Board should make sure that partners "
         "provide the data and resources needed to reduce the over-representation of Black and "
         "mixed heritage children in the youth justice system.")
WC_R2 = ("Recommendation 2: The Head of Service should make sure that assessments and plans "
         "consistently address the safety of other people, including identified victims.")
WC_R3 = ("Recommendation 3: The Head of Service should make sure that out-of-court disposal "
         "decisions are informed by a full assessment and are reviewed for quality.")

WORCS = [
    (WC_R1, [
        ("1.1", "Add ethnicity, gender and looked-after status breakdowns to the quarterly "
                "performance report to the Management Board.",
         "YJS Performance Officer", "Jul-25", "Green", "Report template amended for Q1."),
        ("1.2", "Agree a partnership disproportionality action plan with West Mercia Police, "
                "Education and Health.",
         "Chair of YJ Management Board; Head of Service", "Oct-25", "Amber",
         "First workshop held 9 September."),
        ("1.3", "Commission a review of stop and search and arrest data for Worcestershire "
                "children, with findings presented to the Management Board.",
         "Superintendent Local Policing (West Mercia Police)", "Dec-25", "Green",
         "Data request submitted."),
    ]),
    (WC_R2, [
        ("2.1", "Deliver risk and safety-planning training to all case managers, with "
                "follow-up practice clinics.",
         "Practice Development Manager", "Nov-25", "Green", "Training booked for October."),
        ("2.2", "Introduce a management sign-off for all assessments rated medium risk of "
                "serious harm or above.",
         "YJS Team Managers", "Sep-25", "Complete", "In place from 1 September."),
        ("2.3", "Complete a thematic audit of 20 cases focusing on victim safety, and share the "
                "learning with staff.",
         "Quality Assurance Lead", "Febuary 2026", "Not started", "Audit tool in development."),
    ]),
    (WC_R3, [
        ("3.1", "Revise the joint decision-making panel terms of reference so that every "
                "out-of-court disposal decision is supported by a completed AssetPlus or Prevention "
                "and Diversion assessment.",
         "Head of Service / Out of Court Disposal Team Manager", "Oct-25", "Amber",
         "Draft with West Mercia Police for comment."),
        ("3.2", "Establish a multi-agency out-of-court disposal scrutiny panel meeting every "
                "quarter.",
         "Chair of YJ Management Board", "Quarterly", "Green", "First panel held August 2025."),
    ]),
]


def build_worcs(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([WORCS_TITLE, "", "", "", "", ""])
    w.writerow(["Inspection fieldwork: 10-14 March 2025. Report published: 3 June 2025. "
                "Overall rating: Requires improvement", "", "", "", "", ""])
    w.writerow(["Updated for the Youth Justice Management Board, 24 September 2025", "", "", "", "", ""])
    w.writerow([])
    w.writerow(["Ref", "Action", "Owner", "Target date", "RAG", "Progress update"])
    for rec, acts in WORCS:
        w.writerow([rec, "", "", "", "", ""])
        for a in acts:
            w.writerow(list(a))
    w.writerow([])
    w.writerow(["RAG: Complete / Green = on track / Amber = at risk / Red = off track", "", "", "", "", ""])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


FILES = {
    "mq1-southwark-council-ilacs-improvement-plan.xlsx": build_southwark,
    "mq1-havering-safeguarding-children-partnership-jtai-action-plan.xlsx": build_havering,
    "mq1-gateshead-council-focused-visit-action-plan.xlsx": build_gateshead,
    "mq1-newham-corporate-parenting-board-action-plan.docx": build_newham,
    "mq1-lewisham-council-childrens-home-ofsted-action-plan.docx": build_lewisham,
    "mq1-islington-early-help-strategy-action-plan.txt": build_islington,
    "mq1-worcestershire-youth-justice-service-hmip-improvement-plan-typo-month-refuse.csv": build_worcs,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
