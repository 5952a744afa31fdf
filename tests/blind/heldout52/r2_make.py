"""Make the r2- documents of heldout52 (partnership and corporate plans).

Run with /work/main/.venv/bin/python r2_make.py (python-docx, openpyxl).
Writes, beside this script:
  r2-george-eliot-maternity-3ydp-action-plan.xlsx
  r2-glasgow-apc-learning-review-improvement-plan.xlsx      (data error: Jun-52)
  r2-isles-of-scilly-hwb-jhws-highlight-report.xlsx
  r2-adur-worthing-scp-dhr-carol-action-plan.docx
  r2-guernsey-iscp-scr-child-m-action-plan.docx             (data error: Octber 2024)
  r2-ncl-icb-internal-audit-recommendations-tracker.csv
  r2-west-yorkshire-vrp-svd-delivery-plan-export.txt
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

RAGFILL = {
    "B": "5B9BD5", "Blue": "5B9BD5", "Complete": "5B9BD5",
    "G": "00B050", "Green": "00B050",
    "A": "FFC000", "Amber": "FFC000",
    "R": "FF0000", "Red": "FF0000",
}


# ---------------------------------------------------------------------------
# 1. George Eliot Hospital NHS Trust - maternity and neonatal 3YDP local plan
# ---------------------------------------------------------------------------
def george_eliot():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "3YDP Action Plan"
    ncol = 10
    last = get_column_letter(ncol)
    ws["A1"] = "George Eliot Hospital NHS Trust"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = ("Maternity and Neonatal Services \u2013 Three Year Delivery Plan: "
                "Local Action Plan 2023\u20132026")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Position as at 30 April 2024 \u2013 reported to Quality and Safety "
                "Committee, May 2024")
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(f"A{r}:{last}{r}")
    heads = ["Ref", "Objective", "Action", "Lead", "Start date", "Due date",
             "Revised due date", "Progress update (April 2024)",
             "Evidence / assurance", "BRAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX

    themes = [
        ("Theme 1: Listening to and working with women and families with compassion", [
            ("Objective 1: Care that is personalised", [
                ("1.1", "Ensure every woman is offered a personalised care and support plan "
                 "(PCSP) at booking, reviewed at 28 and 36 weeks, using the Badgernet PCSP "
                 "template.", "Community Midwifery Matron", D(2023, 6, 1), D(2023, 12, 31),
                 D(2024, 6, 30),
                 "PCSP template live on Badgernet since October 2023. March audit shows 71% "
                 "of women had their PCSP reviewed at 36 weeks against a 90% target; "
                 "community team huddles now include PCSP compliance.",
                 "PCSP audit Q4 2023/24", "A"),
                ("1.2", "Provide accessible information on place of birth, induction of "
                 "labour and pain relief in the five most-spoken community languages, "
                 "co-produced with the MNVP.", "Patient Experience Midwife / MNVP Chair",
                 D(2023, 9, 1), D(2024, 3, 31), None,
                 "Leaflets translated into Polish, Romanian, Gujarati, Punjabi and Arabic "
                 "and published on the Trust website. QR codes added to antenatal clinic "
                 "posters.", "Website links; MNVP sign-off email 14/03/2024", "B"),
            ]),
            ("Objective 2: Improve equity for mothers and babies", [
                ("2.1", "Complete the local equity and equality analysis and agree the "
                 "LMNS equity action plan for Nuneaton and Bedworth, with a focus on women "
                 "from the most deprived postcodes.", "Director of Midwifery",
                 D(2023, 4, 1), D(2023, 9, 30), None,
                 "Equity analysis completed and signed off at LMNS Board in September "
                 "2023.", "LMNS Board minutes 27/09/2023", "B"),
                ("2.2", "Implement enhanced continuity of carer for women from Black, Asian "
                 "and mixed ethnic groups and those living in the most deprived 10% of "
                 "neighbourhoods, as safe staffing allows.", "Head of Midwifery",
                 D(2023, 10, 1), D(2025, 3, 31), None,
                 "One team launched in February 2024, caseloading 28 women. Expansion "
                 "depends on the midwifery vacancy rate falling below 5%.",
                 "MCoC dashboard", "G"),
            ]),
            ("Objective 3: Work with service users to improve care", [
                ("3.1", "Fund the MNVP chair and ensure service user representation at the "
                 "Maternity and Neonatal Safety Champions meeting, governance meetings and "
                 "PSII reviews.", "DoM", D(2023, 4, 1), D(2023, 7, 31), None,
                 "MNVP chair funded for 15 hours a week from July 2023 and attends the "
                 "monthly safety champions meeting.", "Safety champions ToR", "B"),
            ]),
        ]),
        ("Theme 2: Growing, retaining, and supporting our workforce", [
            ("Objective 4: Grow our workforce", [
                ("4.1", "Complete a Birthrate Plus midwifery workforce review and present "
                 "the outcome and funding gap to Trust Board.", "DoM",
                 D(2023, 10, 1), D(2024, 3, 31), D(2024, 6, 30),
                 "Birthrate Plus report received February 2024 showing a 6.4 WTE "
                 "shortfall. Paper to Trust Board in June 2024.",
                 "Birthrate Plus report", "A"),
                ("4.2", "Recruit to the obstetric consultant establishment so that there "
                 "are 98 hours of consultant presence on the labour ward each week.",
                 "Clinical Director, Obstetrics and Gynaecology",
                 D(2023, 7, 1), D(2024, 9, 30), None,
                 "Two consultant posts out to advert, with one interview in May. Current "
                 "cover is 84 hours; gaps are covered by locums.",
                 "Rota; job plans", "R"),
            ]),
            ("Objective 5: Value and retain our workforce", [
                ("5.1", "Introduce a 12-month preceptorship programme and a named "
                 "retention midwife for newly qualified midwives.",
                 "Practice Development Midwife", D(2023, 9, 1), D(2025, 3, 31), None,
                 "Retention midwife in post since January 2024. Preceptorship in line "
                 "with the national framework launched for the September 2023 cohort.",
                 "Retention dashboard", "G"),
            ]),
            ("Objective 6: Invest in skills", [
                ("6.1", "Achieve and sustain 90% attendance at PROMPT and fetal monitoring "
                 "training for all staff groups.", "Practice Development Midwife",
                 D(2023, 4, 1), "Ongoing", None,
                 "April 2024: midwives 94%, obstetric consultants 92%, anaesthetists 81%. "
                 "Anaesthetic training dates booked for June.",
                 "Training needs analysis; ESR report", "A"),
            ]),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning, and support", [
            ("Objective 7: Develop a positive safety culture", [
                ("7.1", "Complete the SCORE culture survey and deliver the Perinatal "
                 "Culture and Leadership Programme action plan.", "Perinatal Quadrumvirate",
                 D(2023, 5, 1), D(2025, 3, 31), None,
                 "SCORE survey completed (54% response). Culture conversations held in "
                 "March; the action plan focuses on civility and psychological safety.",
                 "SCORE report", "G"),
            ]),
            ("Objective 8: Learning and improving", [
                ("8.1", "Move from the Serious Incident Framework to PSIRF, including a "
                 "maternity-specific patient safety incident response plan.",
                 "Maternity Governance Lead", D(2023, 6, 1), D(2024, 1, 31), None,
                 "Maternity PSIRP approved and live from 1 December 2023.",
                 "PSIRP v1.0", "B"),
            ]),
        ]),
        ("Theme 4: Standards and structures that underpin safer, more personalised, and "
         "more equitable care", [
            ("Objective 10: Standards to ensure best practice", [
                ("10.1", "Fully implement Saving Babies' Lives Care Bundle version 3 across "
                 "all six elements.", "Consultant Midwife / Obstetric Lead for Fetal "
                 "Monitoring", D(2023, 7, 1), D(2024, 3, 31), D(2024, 10, 31),
                 "LMNS assessment March 2024: 82% overall implementation. Element 2 "
                 "(fetal growth restriction) at 64% pending additional scanning capacity.",
                 "LMNS SBLCBv3 assessment", "A"),
            ]),
            ("Objective 12: Make better use of digital technology", [
                ("12.1", "Roll out the Badgernet maternity digital record, including the "
                 "women's app, across antenatal, intrapartum and postnatal care.",
                 "Digital Midwife", D(2023, 4, 1), D(2023, 11, 30), None,
                 "Live across all areas since November 2023.", "Go-live report", "B"),
            ]),
        ]),
    ]
    r = 6
    for theme, objectives in themes:
        ws.cell(row=r, column=1, value=theme)
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("41B6E6")
        r += 1
        for objective, acts in objectives:
            top = r
            for (ref, action, lead, start, due, revised, progress, evidence, brag) in acts:
                vals = [ref, objective if r == top else None, action, lead, start, due,
                        revised, progress, evidence, brag]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                bc = ws.cell(row=r, column=10)
                bc.fill = fill(RAGFILL[brag])
                bc.alignment = Alignment(horizontal="center", vertical="top")
                bc.font = Font(bold=True)
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="BRAG key").font = Font(bold=True)
    r += 1
    for letter, meaning in [("B", "Complete and evidenced"),
                            ("G", "On track to deliver by the due date"),
                            ("A", "At risk \u2013 some slippage, mitigation in place"),
                            ("R", "Off track \u2013 will not deliver by the due date "
                                  "without escalation")]:
        ws.cell(row=r, column=1, value=letter).fill = fill(RAGFILL[letter])
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    widths = [7, 26, 48, 22, 12, 12, 12, 50, 26, 7]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "r2-george-eliot-maternity-3ydp-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Glasgow APC - ASP learning review improvement plan (carries a data error)
# ---------------------------------------------------------------------------
def glasgow():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Glasgow Adult Protection Committee"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Adult Support and Protection Learning Review \u2013 \u2018Mr D\u2019: "
                "Multi-agency Improvement Plan")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Version 4 \u2013 updated for APC meeting, 12 September 2024"
    ws["A3"].font = Font(italic=True)
    for rr in (1, 2, 3):
        ws.merge_cells(f"A{rr}:H{rr}")
    heads = ["No.", "Learning Review Recommendation", "Improvement Action", "Lead Agency",
             "Lead Officer", "Timescale", "Progress Update", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    recs = [
        ("1. Partners should ensure that repeated adult protection referrals about the "
         "same adult are considered together, so that cumulative risk is recognised.", [
            ("1.1", "Introduce a chronology of previous referrals into the ASP inquiry "
             "template on CareFirst so that inquiry officers see all referrals from the "
             "previous 24 months.", "Glasgow City HSCP", "Service Manager, Adult Services",
             D(2024, 3, 31), "CareFirst change made in March 2024 and live for all "
             "localities.", "Green"),
            ("1.2", "Audit 30 cases with three or more referrals in 12 months to test "
             "whether cumulative risk is recorded in the inquiry decision.",
             "Glasgow APC", "APC Lead Officer", D(2024, 9, 30),
             "Audit tool agreed. Case sample drawn; fieldwork underway with "
             "findings to October APC.", "Amber"),
        ]),
        ("2. Police Scotland and the HSCP should agree how concerns about adults who "
         "decline support are escalated when risk is increasing.", [
            ("2.1", "Revise the multi-agency escalation protocol for adults who decline "
             "support, including use of a professionals' meeting within 10 working days.",
             "Glasgow City HSCP", "Head of Adult Services (North West)", D(2024, 6, 30),
             "Revised protocol approved by APC in June 2024 and published on the APC "
             "website.", "Green"),
            ("2.2", "Deliver joint briefings on the revised protocol to Police Scotland "
             "G Division response officers and HSCP social work teams.",
             "Police Scotland", "Detective Inspector, Public Protection Unit",
             D(2052, 6, 30), "Four briefings delivered to social work teams. Police "
             "briefings to be scheduled through the divisional training calendar.",
             "Amber"),
        ]),
        ("3. NHS Greater Glasgow and Clyde should ensure that adults discharged from "
         "hospital with self-neglect concerns have an agreed community follow-up.", [
            ("3.1", "Add a self-neglect prompt to the hospital discharge checklist and "
             "require a named community contact before discharge.", "NHSGGC",
             "Adult Protection Lead Nurse", D(2024, 12, 31),
             "Prompt added at QEUH and GRI; roll out to other acute sites planned for "
             "Q3.", "Amber"),
        ]),
        ("4. The APC should strengthen the involvement of housing providers in adult "
         "protection processes.", [
            ("4.1", "Invite Glasgow Housing Association and the Registered Social "
             "Landlords forum to nominate a member of the APC.", "Glasgow APC",
             "APC Convener", D(2024, 3, 31), "GHA representative joined the APC in "
             "April 2024.", "Green"),
            ("4.2", "Develop a short guide for housing officers on when to make an adult "
             "protection referral.", "Glasgow APC", "Learning and Development Sub-group "
             "Chair", D(2025, 3, 31), "Not yet started \u2013 scheduled after audit "
             "findings are reported.", "Red"),
        ]),
        ("5. The APC should assure itself that learning from this review is shared and "
         "embedded.", [
            ("5.1", "Publish a learning briefing and hold practitioner learning sessions "
             "across the three localities.", "Glasgow APC", "APC Lead Officer", "Ongoing",
             "Learning briefing published May 2024; two sessions held (142 "
             "practitioners).", "Green"),
        ]),
    ]
    r = 6
    for rec, acts in recs:
        top = r
        for (no, action, agency, officer, when, progress, rag) in acts:
            vals = [no, rec if r == top else None, action, agency, officer, when,
                    progress, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(row=r, column=8).fill = fill(RAGFILL[rag])
            r += 1
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG Key").font = Font(bold=True)
    r += 1
    for word, meaning in [("Red", "Not started or significantly delayed"),
                          ("Amber", "In progress"),
                          ("Green", "Complete")]:
        ws.cell(row=r, column=1, value=word).fill = fill(RAGFILL[word])
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    for i, w in enumerate([6, 40, 46, 18, 26, 10, 46, 8], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, "r2-glasgow-apc-learning-review-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Isles of Scilly HWB - JHWS delivery plan highlight report (Q1/Q2 RAG)
# ---------------------------------------------------------------------------
def scilly():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Q2 Highlight"
    ws["A1"] = "Council of the Isles of Scilly \u2013 Health and Wellbeing Board"
    ws["A1"].font = Font(bold=True, size=13, color="00677F")
    ws["A2"] = ("Joint Health and Wellbeing Strategy Delivery Plan 2024\u20132026: "
                "Highlight Report")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Reporting period: Quarter 2 (July \u2013 September 2024). "
                "For HWB meeting 5 December 2024.")
    ws["A3"].font = Font(italic=True)
    for rr in (1, 2, 3):
        ws.merge_cells(f"A{rr}:H{rr}")
    ws["A5"] = "Overall position (Q2)"
    ws["A5"].font = Font(bold=True)
    summary = [("Complete", 2), ("Green", 5), ("Amber", 3), ("Red", 1), ("Total", 11)]
    rr = 6
    for word, n in summary:
        ws.cell(row=rr, column=1, value=word)
        ws.cell(row=rr, column=2, value=n)
        if word in RAGFILL:
            ws.cell(row=rr, column=1).fill = fill(RAGFILL[word])
        else:
            ws.cell(row=rr, column=1).font = Font(bold=True)
            ws.cell(row=rr, column=2).font = Font(bold=True)
        rr += 1
    hrow = 12
    heads = ["Ref", "Action", "Lead", "Partners", "By when", "Q1 RAG", "Q2 RAG",
             "Q2 update / exceptions"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=hrow, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00677F")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    pri = [
        ("Priority 1: Best start in life for island children and young people", [
            ("P1.1", "Deliver the Healthy Child Programme 0\u201319 on-island, including "
             "mandated health visitor contacts delivered face to face on St Mary's and by "
             "boat visit or video for the off-islands.", "CIoS Public Health Lead",
             "Cornwall Partnership NHS FT (Health Visiting)", D(2025, 3, 31), "Green",
             "Green", "All mandated contacts delivered in Q2 (22 of 22). Off-island "
             "contacts made on scheduled clinic days."),
            ("P1.2", "Support Five Islands Academy to achieve the Healthy Schools award "
             "and deliver RSHE and mental health first aid training for staff.",
             "Deputy Headteacher (Five Islands Academy)", "Public Health; CAMHS",
             D(2025, 7, 31), "Amber", "Green", "Healthy Schools audit submitted. Eight "
             "staff completed youth MHFA in September."),
            ("P1.3", "Offer tier 2 family weight management support through the Healthy "
             "Lifestyles service, delivered online with on-island follow-up.",
             "Healthy Lifestyles Coordinator", "Health Centre; school nursing",
             "Sept 2025", "Amber", "Amber", "Referral numbers low (3 families in Q2). "
             "Co-design session with parents planned for October half-term."),
        ]),
        ("Priority 2: Living well and preventing ill health", [
            ("P2.1", "Increase uptake of NHS Health Checks among eligible residents aged "
             "40\u201374 through pop-up clinics at the Town Hall and on the off-islands.",
             "Practice Manager, St Mary's Health Centre", "Public Health",
             D(2025, 3, 31), "Red", "Amber", "Uptake 31% of the eligible population year "
             "to date (target 50%). Pop-up clinics held on St Agnes and Bryher in August; "
             "Tresco and St Martin's booked for October."),
            ("P2.2", "Launch the Swap to Stop offer, with vapes as a quit aid, and "
             "on-island stop smoking advice at the pharmacy.",
             "Healthy Lifestyles Coordinator", "Community pharmacy", D(2024, 6, 30),
             "Green", "Complete", "Offer launched in June. 14 quit attempts supported, "
             "9 four-week quits."),
            ("P2.3", "Review alcohol-related harm data for residents and seasonal workers "
             "and agree targeted actions with licensed premises.",
             "Licensing Officer / Public Health Practitioner", "Devon and Cornwall Police",
             "Q4 2024/25", "Green", "Green", "Data pack drafted; licensees' meeting held "
             "in September with good attendance."),
        ]),
        ("Priority 3: Ageing well and independence", [
            ("P3.1", "Implement a single integrated front door for adult health and social "
             "care at Park House, with shared triage between adult social care and "
             "community nursing.", "Head of Adult Social Care (CIoS)",
             "Cornwall Partnership NHS FT", D(2024, 10, 31), "Amber", "Red",
             "Slippage due to community nursing vacancies and council staff access to "
             "SystmOne. Revised go-live being agreed with Cornwall Partnership NHS FT; "
             "escalated to the Board."),
            ("P3.2", "Provide the falls prevention strength and balance classes on "
             "St Mary's and monthly on Tresco and St Martin's.",
             "Occupational Therapist (CIoS)", "Voluntary sector", "Ongoing", "Green",
             "Green", "Classes running weekly on St Mary's (average 11 attendees); "
             "off-island sessions held in July and September."),
            ("P3.3", "Complete the carers' needs review and refresh the island carers' "
             "offer, including respite when carers travel to the mainland for their own "
             "appointments.", "Carers Lead", "Carers Support; Health Centre",
             D(2024, 9, 30), "Green", "Complete", "Review completed; refreshed offer "
             "agreed at Adult Social Care DMT in September."),
        ]),
        ("Priority 4: Connected and resilient island communities", [
            ("P4.1", "Work with the Isles of Scilly Steamship Group and Cornwall and Isles "
             "of Scilly ICB to review patient travel so that residents travelling for "
             "mainland appointments are not left without a return crossing in winter.",
             "Chief Executive (CIoS)", "CIoS ICB; Steamship Group", D(2025, 3, 31),
             "Amber", "Amber", "Meeting held with the ICB in August. Winter timetable "
             "gaps identified; options paper in preparation."),
            ("P4.2", "Deliver the Warm Homes programme to reduce fuel poverty, including "
             "energy efficiency checks for all households receiving Council Tax Support.",
             "Housing Services Manager", "Community energy partners", "Dec 2025",
             "Green", "Green", "41 home checks completed; 12 households referred for "
             "insulation grants."),
        ]),
    ]
    r = hrow + 1
    for title, acts in pri:
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("BFE3EA")
        ws.merge_cells(f"A{r}:H{r}")
        r += 1
        for (ref, action, lead, partners, when, q1, q2, upd) in acts:
            vals = [ref, action, lead, partners, when, q1, q2, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(RAGFILL[q1])
            ws.cell(row=r, column=7).fill = fill(RAGFILL[q2])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    r += 1
    for word, meaning in [("Complete", "Action delivered"),
                          ("Green", "On track"),
                          ("Amber", "Some risk to delivery; mitigation in place"),
                          ("Red", "Off track; Board support needed")]:
        ws.cell(row=r, column=1, value=word).fill = fill(RAGFILL[word])
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    for i, w in enumerate([9, 52, 26, 26, 10, 9, 9, 52], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, "r2-isles-of-scilly-hwb-jhws-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Adur & Worthing Safer Communities Partnership - DHR 'Carol' action plan
# ---------------------------------------------------------------------------
def adur_worthing():
    doc = docx.Document()
    landscape(doc)
    doc.add_paragraph("Adur & Worthing Safer Communities Partnership: Domestic Homicide "
                      "Review \u2018Carol\u2019 \u2013 Action Plan", style="Title")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Status"]):
        set_text(dc.rows[0].cells[c], h, bold=True)
        shade(dc.rows[0].cells[c], "D9D9D9")
    for row in [("0.3", "14/11/2023", "DHR Coordinator", "Draft for DHR panel"),
                ("1.0", "09/02/2024", "DHR Coordinator", "Approved by SCP Board"),
                ("1.2", "18/10/2024", "Community Safety Officer",
                 "Progress update for SCP Board")]:
        cells = dc.add_row().cells
        for c, v in enumerate(row):
            set_text(cells[c], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This action plan sets out how agencies will respond to the recommendations of "
        "the Overview Report and the single agency recommendations made in the Individual "
        "Management Reviews. Progress is monitored by the DHR Steering Group and reported "
        "to the Safer Communities Partnership Board each quarter. RAG ratings are "
        "explained in the key at the end of this document.")
    doc.add_heading("Part A: Overview Report recommendations", level=2)
    heads = ["Ref", "Recommendation", "Scope (local / regional / national)",
             "Action to take", "Lead agency", "Key milestones achieved",
             "Target date", "Date of completion and outcome", "RAG"]
    recs = [
        ("Agencies represented on the Safer Communities Partnership should ensure that "
         "frontline staff routinely ask about domestic abuse when an older person "
         "discloses a change in their relationship or household, and record the "
         "response.", "Local", [
            ("1.1", "Deliver a briefing on domestic abuse and older people to frontline "
             "staff in housing, adult social care and primary care, using the learning "
             "from this review.", "Adur & Worthing Councils (Community Safety)",
             "Briefing co-produced with Safe in Sussex; seven sessions delivered to 164 "
             "staff between April and June 2024.", "June 2024",
             "Completed 28/06/2024. Briefing recorded and added to the SAB learning "
             "library.", "Green"),
            ("1.2", "Add a routine enquiry prompt about domestic abuse to the housing "
             "needs assessment and the tenancy sustainment review form.",
             "Adur & Worthing Councils (Housing)",
             "Prompt drafted; awaiting a change to the housing system, scheduled for the "
             "October release.", "31/10/2024", "", "Amber"),
        ]),
        ("Sussex Police should review how repeat low-level reports involving the same "
         "household are linked, so that patterns of controlling behaviour are "
         "identified.", "Regional", [
            ("2.1", "Review the flagging process for repeat domestic incidents at the same "
             "address and issue revised guidance to response officers.", "Sussex Police",
             "Review completed by the Public Protection Command; revised guidance in "
             "draft.", "Q3 2024/25", "", "Amber"),
        ]),
        ("GP practices should be supported to identify and respond to carers who may be "
         "experiencing or using abuse.", "Local", [
            ("3.1", "Offer IRIS (Identification and Referral to Improve Safety) training "
             "to all GP practices in Adur and Worthing.", "NHS Sussex",
             "9 of 13 practices trained; the remaining four are booked for January and "
             "February 2025.", "September 2024 \u2013 March 2025", "", "Amber"),
            ("3.2", "Ensure carers' assessments include a question about the carer's own "
             "safety and the safety of the person they care for.",
             "West Sussex County Council (Adult Social Care) / Carers Support West Sussex",
             "Question agreed with Carers Support West Sussex.", "March 2024",
             "Completed March 2024 \u2013 question added to the carers' assessment form "
             "on Mosaic.", "Green"),
        ]),
        ("The Safer Communities Partnership should seek assurance that the learning from "
         "this review has been shared and has changed practice.", "Local", [
            ("4.1", "Publish a learning briefing and hold a multi-agency learning event; "
             "audit a sample of cases after 12 months to test whether practice has "
             "changed.", "Adur & Worthing Safer Communities Partnership",
             "Learning briefing published; learning event booked for 21 November 2024.",
             "Ongoing", "", "Amber"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9D9D9")
    for rec, scope, acts in recs:
        first = len(t.rows)
        for (ref, action, lead, milestones, target, done, rag) in acts:
            cells = t.add_row().cells
            is_first = len(t.rows) - 1 == first
            vals = [ref, rec if is_first else "", scope if is_first else "", action, lead,
                    milestones, target, done, rag]
            for c, v in enumerate(vals):
                if v:
                    set_text(cells[c], v)
            shade(cells[8], RAGFILL[rag])
        lastrow = len(t.rows) - 1
        if lastrow > first:
            for col in (1, 2):
                t.cell(first, col).merge(t.cell(lastrow, col))
    doc.add_paragraph()
    doc.add_heading("Part B: Single agency recommendations", level=2)
    heads_b = ["Ref", "Agency", "Recommendation", "Action", "Lead officer",
               "Target date", "RAG"]
    rows_b = [
        ("SA1", "Sussex Police", "Officers attending domestic incidents involving older "
         "people should complete the DASH risk assessment in full, even where the victim "
         "declines to answer.", "Dip sample 50 DASH forms for victims aged over 60 and "
         "feed back the findings through the Public Protection Command learning bulletin.",
         "Detective Chief Inspector, Public Protection", "31/07/2024", "Green"),
        ("SA2", "University Hospitals Sussex NHS FT", "Emergency department staff should "
         "be reminded of the routine enquiry policy for patients presenting with "
         "unexplained injuries.", "Include routine enquiry in ED mandatory training and "
         "audit compliance each quarter.", "Named Nurse for Safeguarding Adults",
         "Quarterly", "Amber"),
        ("SA3", "Sussex Partnership NHS FT", "Care coordinators should consider the risk "
         "to family members when a patient is discharged to a family home.", "Update the "
         "discharge planning checklist to include risk to others in the household, "
         "including carers.", "Head of Safeguarding", "December 2024", "Red"),
        ("SA4", "Adur & Worthing Councils", "Housing officers should be able to refer "
         "directly to the specialist domestic abuse service.", "Agree a direct referral "
         "route from Housing to Safe in Sussex and include it in the housing domestic "
         "abuse policy.", "Head of Housing", "30/09/2024", "Green"),
    ]
    tb = doc.add_table(rows=1, cols=len(heads_b))
    tb.style = "Table Grid"
    for c, h in enumerate(heads_b):
        set_text(tb.rows[0].cells[c], h, bold=True)
        shade(tb.rows[0].cells[c], "D9D9D9")
    for row in rows_b:
        cells = tb.add_row().cells
        for c, v in enumerate(row):
            set_text(cells[c], v)
        shade(cells[6], RAGFILL[row[6]])
    doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 3")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for word, meaning in [("Red", "Not started or overdue"), ("Amber", "In progress"),
                          ("Green", "Complete")]:
        cells = kt.add_row().cells
        set_text(cells[0], word)
        shade(cells[0], RAGFILL[word])
        set_text(cells[1], meaning)
    doc.save(os.path.join(HERE, "r2-adur-worthing-scp-dhr-carol-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Guernsey ISCP - SCR 'Child M' multi-agency action plan (carries a data error)
# ---------------------------------------------------------------------------
def guernsey():
    doc = docx.Document()
    landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("Islands Safeguarding Children Partnership")
    run.bold = True
    run.font.size = Pt(12)
    run.font.color.rgb = RGBColor(0x4B, 0x2C, 0x7F)
    doc.add_heading("Serious Case Review: \u2018Child M\u2019 \u2013 Multi-Agency Action "
                    "Plan", level=1)
    doc.add_paragraph(
        "The ISCP accepted the five recommendations of the independent reviewer in March "
        "2024. This plan sets out the actions agreed by partner agencies in Guernsey and "
        "Alderney. Progress is reviewed by the Learning and Improvement Sub-Group at each "
        "meeting and reported to the Partnership. Last updated: 4 October 2024.")
    heads = ["Ref", "Action", "Lead", "Timescale", "Progress / evidence of impact",
             "Status"]
    recs = [
        ("Recommendation 1: Agencies should ensure that when a child is identified as "
         "displaying harmful sexual behaviour, a multi-agency assessment is completed "
         "using the agreed HSB framework and tool.", [
            ("1.1", "Relaunch the ISCP Harmful Sexual Behaviour pathway and AIM3 "
             "assessment tool with a multi-agency briefing for practitioners.",
             "ISCP Business Manager / CFCS Service Manager", "June 2024",
             "Pathway relaunched 12 June 2024; 86 practitioners attended the briefings.",
             "Complete"),
            ("1.2", "Audit ten cases of children displaying HSB to test use of the pathway "
             "and the quality of assessments.", "Learning and Improvement Sub-Group",
             "December 2024", "Audit tool agreed; case selection in progress.",
             "On track"),
        ]),
        ("Recommendation 2: Education Services should ensure that concerns about a pupil's "
         "behaviour that may indicate a risk to others are shared with the MASH and not "
         "only managed through the school behaviour policy.", [
            ("2.1", "Issue guidance to all States and grant-aided schools on when "
             "behaviour incidents should be referred to the MASH.",
             "Head of Inclusion, Education Services", "Sept 2024",
             "Guidance issued to headteachers on 2 September 2024.", "Complete"),
            ("2.2", "Include HSB and contextual safeguarding in the annual Designated "
             "Safeguarding Lead training.", "Education Safeguarding Officer",
             "December 2024", "Content drafted with the NSPCC; training booked for "
             "November.", "On track"),
        ]),
        ("Recommendation 3: Guernsey Police and the Office of the Children's Convenor "
         "should agree how information about allegations against young people is shared "
         "where no charge follows.", [
            ("3.1", "Develop an information-sharing protocol between Guernsey Police, the "
             "Children's Convenor and CFCS covering 'no further action' outcomes.",
             "Detective Inspector, Public Protection Unit", "Octber 2024",
             "First draft shared with the Convenor; legal advice awaited.", "Delayed"),
        ]),
        ("Recommendation 4: HSC should ensure that young people moving to adult services "
         "who pose a risk to others have a transition plan agreed before their 18th "
         "birthday.", [
            ("4.1", "Amend the transitions protocol so that risk to others triggers a "
             "transition planning meeting from age 16.", "Head of Adult Community "
             "Services", "March 2025", "", "Not started"),
            ("4.2", "Add young people with a risk to others flag to the monthly "
             "transitions panel tracker.", "Transitions Panel Chair", "January 2025", "",
             "Not started"),
        ]),
        ("Recommendation 5: The ISCP should seek assurance that the learning from this "
         "review has been embedded in practice.", [
            ("5.1", "Publish a seven-minute briefing and hold learning events in Guernsey "
             "and Alderney.", "ISCP Business Manager", "Ongoing",
             "Briefing published on iscp.gg in April 2024; Alderney event held 18 "
             "September.", "On track"),
            ("5.2", "Report progress against this plan to the Partnership every six "
             "months.", "Learning and Improvement Sub-Group Chair", "Six-monthly",
             "First report to the Partnership in September 2024.", "On track"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "4B2C7F")
        for run in t.rows[0].cells[c].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for rec, acts in recs:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        set_text(merged, rec, bold=True)
        shade(merged, "E4DCF0")
        for act in acts:
            cells = t.add_row().cells
            for c, v in enumerate(act):
                set_text(cells[c], v)
    doc.save(os.path.join(HERE, "r2-guernsey-iscp-scr-child-m-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. NHS North Central London ICB - internal audit recommendations tracker (CSV)
# ---------------------------------------------------------------------------
def ncl_icb():
    header = ["Rec ID", "Audit", "Year", "Assurance Opinion", "Priority",
              "Recommendation", "Agreed Action", "Action Owner", "Original Due Date",
              "Revised Due Date", "Status", "RAG", "Latest Update", "Last Updated"]
    rows = [
        ["IA2324-04.1", "Continuing Healthcare", "2023/24", "Limited", "High",
         "The ICB should ensure that CHC eligibility reviews are completed within the "
         "national timescales and that overdue reviews are reported to the Quality and "
         "Safety Committee.",
         "Agree a recovery trajectory with the CHC provider to clear overdue reviews, and "
         "add a monthly overdue review report to the Quality and Safety Committee "
         "dashboard.", "Deputy Chief Nursing Officer", "30/06/2024", "30/09/2024",
         "In Progress", "Amber",
         "Overdue reviews down from 412 to 168 at the end of August. Dashboard reporting "
         "in place from the July committee.", "02/09/2024"],
        ["IA2324-04.2", "Continuing Healthcare", "2023/24", "Limited", "Medium",
         "Personal health budget payments should be reconciled to the ledger each month.",
         "Introduce a monthly PHB reconciliation between the brokerage system and the "
         "ledger, signed off by the Head of Financial Control.",
         "Head of Financial Control", "31/03/2024", "", "Complete", "Blue",
         "Reconciliations completed monthly since March 2024; evidence provided to "
         "internal audit on 15/04/2024.", "16/04/2024"],
        ["IA2324-07.1", "Conflicts of Interest", "2023/24", "Moderate", "Medium",
         "Declarations of interest should be refreshed annually for all decision-making "
         "staff and published on the ICB website.",
         "Run an annual declarations campaign each April, with non-returns escalated to "
         "Executive Directors.", "Head of Corporate Governance", "31/05/2024", "",
         "Complete", "Blue", "April 2024 campaign completed (97% return); register "
         "published 31/05/2024.", "03/06/2024"],
        ["IA2324-07.2", "Conflicts of Interest", "2023/24", "Moderate", "Medium",
         "Procurement decisions should record how declared conflicts were managed.",
         "Add a conflicts of interest section to the procurement decision template used "
         "by the Commissioning and Contracting Group.",
         "Associate Director of Procurement", "31/07/2024", "31/12/2024", "In Progress",
         "Amber", "Template revised; awaiting approval by the Commissioning and "
         "Contracting Group in November.", "28/08/2024"],
        ["IA2324-09.1", "Data Security and Protection Toolkit", "2023/24", "Moderate",
         "High",
         "Information asset owners should complete the information asset register and "
         "data flow mapping for all systems holding personal data.",
         "Complete the IAR and data flow mapping in all directorates, reviewed by the "
         "SIRO before the June 2024 DSPT submission.",
         "Head of Information Governance / SIRO", "30/06/2024", "", "Complete", "Blue",
         "IAR complete for all directorates; DSPT submitted as 'Standards Met' on "
         "27/06/2024.", "01/07/2024"],
        ["IA2324-09.2", "Data Security and Protection Toolkit", "2023/24", "Moderate",
         "Medium",
         "Staff completion of data security awareness training should reach 95%.",
         "Send monthly lists of non-compliant staff to line managers and report "
         "compliance to the Executive Management Team.",
         "Head of Information Governance", "31/03/2025", "", "In Progress", "Green",
         "Compliance 93.4% at 31 August 2024 (target 95%).", "05/09/2024"],
        ["IA2425-02.1", "Primary Care Commissioning - GP Contract Assurance", "2024/25",
         "Limited", "High",
         "A risk-based post-payment verification programme should be agreed for enhanced "
         "services claims.",
         "Agree a post-payment verification schedule covering enhanced services claims "
         "over \u00a310k, with findings reported to the Primary Care Contracting "
         "Committee.", "Director of Primary Care", "31/12/2024", "", "Not Started", "",
         "", "12/09/2024"],
        ["IA2425-02.2", "Primary Care Commissioning - GP Contract Assurance", "2024/25",
         "Limited", "Medium",
         "List validation should be carried out where practice list size exceeds the "
         "registered population by more than 5%.",
         "Run a quarterly list validation exercise with PCSE for practices with list "
         "inflation above 5%.", "Primary Care Contracts Manager", "31/03/2025", "",
         "Not Started", "", "", "12/09/2024"],
        ["IA2324-11.1", "Accounts Payable", "2023/24", "Moderate", "High",
         "Changes to supplier bank details should be independently verified by call-back "
         "before they are processed.",
         "Issue a written call-back procedure to the shared service provider and "
         "sample-test compliance monthly.", "Deputy Chief Finance Officer", "31/01/2024",
         "30/04/2024", "Overdue", "Red",
         "Procedure issued by the shared service in April, but monthly sample testing not "
         "yet evidenced. New date to be agreed at the October Audit and Risk Committee.",
         "10/09/2024"],
        ["IA2223-12.3", "Safeguarding (legacy NCL CCG)", "2022/23", "Moderate", "Medium",
         "GP practice safeguarding training compliance should be monitored.",
         "Collect GP practice safeguarding training compliance quarterly through the "
         "safeguarding assurance tool.\nReport exceptions to the Safeguarding Assurance "
         "Group.", "Designated Nurse Safeguarding Adults", "31/03/2023", "30/09/2024",
         "In Progress", "Green",
         "Q1 2024/25 return received from 172 of 180 practices.\nRemaining practices "
         "followed up by borough safeguarding leads.", "06/09/2024"],
    ]
    path = os.path.join(HERE, "r2-ncl-icb-internal-audit-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. West Yorkshire VRP - SVD delivery plan, Excel "Text (Tab delimited)" save
# ---------------------------------------------------------------------------
def west_yorkshire():
    ncol = 8
    lines = []

    def row(vals):
        out = []
        for v in vals:
            v = "" if v is None else v
            if any(ch in v for ch in ('"', "\t", "\n")):
                v = '"' + v.replace('"', '""') + '"'
            out.append(v)
        lines.append("\t".join(out))

    row(["West Yorkshire Violence Reduction Partnership \u2013 Serious Violence Duty "
         "Response Strategy: Delivery Plan 2024/25"] + [""] * (ncol - 1))
    row(["Q2 update (July \u2013 September 2024)"] + [""] * (ncol - 1))
    row([""] * ncol)
    row(["Ref", "Strategic priority", "Action", "Lead", "Supporting partners", "Due",
         "RAG", "Q2 update"])
    data = [
        ("1.1", "1. Prevention and early intervention",
         "Commission the Navigator programme in the emergency departments at Leeds General "
         "Infirmary, Bradford Royal Infirmary and Pinderfields to engage young people "
         "attending with violence-related injuries.", "Karen Walsh",
         "NHS West Yorkshire ICB; Redthread", "31/03/2025", "Green",
         "Navigators in post at all three sites. 214 referrals in Q1\u2013Q2; 61% engaged "
         "beyond the first contact."),
        ("1.2", "", "Roll out the Mentors in Violence Prevention (MVP) programme to a "
         "further 40 secondary schools across the five districts.", "Lucy Armitage",
         "District education teams", "31/07/2025", "Amber",
         "23 schools trained to date. Take-up slower in Calderdale and Kirklees; district "
         "leads to target schools through headteacher forums this term."),
        ("1.3", "", "Deliver the summer diversionary activity fund through community "
         "organisations in the 20 neighbourhoods with the highest rates of violence.",
         "Imran Shah", "Community Safety Partnerships; VCS", "30/09/2024", "Complete",
         "47 projects funded; 3,900 young people took part.\nEvaluation report due in "
         "December."),
        ("2.1", "2. Reducing serious violence in public places",
         "Agree and publish a weapons-related harm protocol for schools, covering search, "
         "screening and reporting arrangements.", "Jo Banks and Tom Ridley",
         "West Yorkshire Police; district safeguarding partnerships", "31/12/2024",
         "Amber", "Draft protocol consulted on with the five safeguarding partnerships. "
         "Legal review outstanding."),
        ("2.2", "", "Use hospital and police data to identify violence hotspots in "
         "night-time economy areas and agree joint problem-solving plans with each "
         "Community Safety Partnership.", "Imran Shah",
         "West Yorkshire Police; CSPs", "Quarterly", "Green",
         "Hotspot profiles issued for Leeds city centre and Huddersfield; plans agreed "
         "at both CSPs."),
        ("3.1", "3. Supporting victims and people at risk of exploitation",
         "Develop a consistent exploitation screening tool and referral pathway for "
         "young adults aged 18\u201325 leaving children's services.", "Karen Walsh",
         "Safeguarding Adults Boards; Probation Service", "31/03/2025", "Red",
         "Delayed \u2013 no agreement yet on which agency hosts the pathway. Escalated to "
         "the Serious Violence Duty Board in September."),
        ("3.2", "", "Extend the trauma-informed practice training offer to probation, "
         "housing and substance misuse staff.", "Lucy Armitage",
         "Probation Service; district housing teams", "30/06/2025", "Green",
         "Five cohorts delivered (118 staff). Housing cohorts booked for November."),
        ("4.1", "4. Data, evidence and insight",
         "Publish the refreshed Strategic Needs Assessment for serious violence, using "
         "the local definition agreed by the SVD Board.", "Head of Insight",
         "All specified authorities", "31/01/2025", "Green",
         "Data collection complete; drafting underway."),
        ("4.2", "", "Put in place a data-sharing agreement for the Information Sharing to "
         "Tackle Violence (ISTV) dataset across all emergency departments in West "
         "Yorkshire.", "Information Governance Manager (WYCA)", "Acute trusts; ICB",
         "TBC", "Amber",
         "Agreement signed by three of five acute trusts; the remaining two are "
         "reviewing it with their Caldicott Guardians."),
        ("4.3", "", "Commission an external evaluation of the Navigator and MVP "
         "programmes and report the findings to the SVD Board.", "Head of Insight", "",
         "Mar-26", "", "Not started \u2013 procurement of an evaluation partner planned "
         "for Q4."),
    ]
    for d in data:
        row(list(d))
    text = "\r\n".join(lines) + "\r\n"
    path = os.path.join(HERE, "r2-west-yorkshire-vrp-svd-delivery-plan-export.txt")
    with open(path, "wb") as f:
        f.write(text.encode("cp1252"))


if __name__ == "__main__":
    george_eliot()
    glasgow()
    scilly()
    adur_worthing()
    guernsey()
    ncl_icb()
    west_yorkshire()
    print("done")
