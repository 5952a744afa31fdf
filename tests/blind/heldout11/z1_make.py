"""Generator for blind cases z1-* (heldout11). Run with a python that has python-docx, openpyxl, PyYAML."""
import os, re, datetime as dt
import yaml
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
GREEN, AMBER, RED, BLUE, GREY, HEAD = "00B050", "FFC000", "FF0000", "0070C0", "D9D9D9", "1F3864"


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, s):
    if re.fullmatch(r"\d{4}-\d{2}", s) or "\n" in s:
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


_Dumper.add_representer(str, _str)


def write_yaml(name, d):
    p = os.path.join(OUT, name + ".expected.yaml")
    with open(p, "w", encoding="utf-8") as f:
        yaml.dump(d, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4000, default_flow_style=None)
    yaml.safe_load(open(p, encoding="utf-8"))


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    if fill:
        shade(cell, fill)


def header_row(row, names, fill="BDD7EE"):
    for c, n in zip(row.cells, names):
        set_cell(c, n, bold=True, fill=fill)


# ---------------------------------------------------------------- 1. ILACS, Word headings
def ilacs():
    name = "z1-ilacs-eastbridge.docx"
    doc = Document()
    title = "Eastbridge Children's Services – ILACS Improvement Plan 2024-25"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following the inspection of local authority children's services (ILACS), 4–15 December 2023.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=3, cols=4); t.style = "Table Grid"
    header_row(t.rows[0], ["Version", "Date", "Author", "Changes"])
    for r, vals in zip(t.rows[1:], [["0.1", "12/01/2024", "KM", "First draft for Improvement Board"],
                                     ["1.0", "02/02/2024", "KM", "Agreed; submitted to Ofsted"]]):
        for c, v in zip(r.cells, vals):
            set_cell(c, v)
    doc.add_paragraph("Improvement Plan", style="Heading 1")
    cols = ["Ref", "Action", "Lead officer", "Timescale", "RAG status"]
    themes = [
        ("1. Help and protection", [
            ("Recommendation 1: The consistency of management oversight and supervision in the assessment teams.", [
                ("1.1", "Introduce a revised supervision template with a clear record of reflective discussion and actions for the child.", "Head of Service, Assessment", "March 2024", "Complete"),
                ("1.2", "Quarterly supervision audits by service managers, findings reported to the Practice Improvement Board.", "Service Manager (CIN/CP)", "Quarterly", "Green"),
                ("1.3", "Deliver management oversight training to all team managers and ATMs.\nInclude a refresher for new starters.", "Principal Social Worker", "31/05/2024", "Amber"),
            ]),
            ("Recommendation 2: The timeliness of initial child protection conferences.", [
                ("1.4", "Agree a weekly ICPC scheduling meeting between the Front Door and the Conference and Review Service.", "KM & RT", "Q2 2024/25", "On track"),
                ("1.5", "Report ICPC timeliness monthly to the Director's performance meeting.", "Head of Safeguarding and Quality Assurance", "Monthly", "Green"),
            ]),
        ], None),
        ("2. Children in care", [
            ("Recommendation 3: The quality of permanence planning for children in care, including the timeliness of permanence decisions.", [
                ("2.1", "Establish a permanence tracking panel chaired by the Head of Service.", "AD Safeguarding / PSW", "April 2024", "Complete"),
                ("2.2", "Review all children in care without a plan for permanence at their second review.", "Head of Children in Care", "Sept 2024 – Jan 2025", "Amber"),
                ("2.3", "Refresh the permanence policy and practice guidance and launch it at practice week.", "Policy Officer", "30/06/2024", "Not started"),
            ]),
            ("Recommendation 4: Life-story work for children who will remain in long-term care.", [
                ("2.4", "Commission life-story work training for all children in care social workers.", "L. Ahmed", "Jul-24", "Red"),
            ]),
        ], "Note: action 2.5 (life-story audit) was merged into action 1.2 by the Improvement Board in January 2024."),
        ("3. Care leavers", [
            ("Recommendation 5: The suitability of accommodation for care leavers aged 18 to 21.", [
                ("3.1", "Jointly commission supported accommodation with Housing, increasing the number of placements to 30.", "Head of Commissioning and Head of Housing Needs", "End of December 2024", "G"),
                ("3.2", "Every care leaver in unsuitable accommodation to have a housing plan agreed with their PA.", "Team Manager, Leaving Care", "TBC", ""),
                ("3.3", "Publish an updated local offer for care leavers.", "Participation Lead", "By 31 October 2024", "A"),
            ]),
        ], None),
    ]
    for theme, recs, note in themes:
        doc.add_paragraph(theme, style="Heading 2")
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        header_row(t.rows[0], cols)
        for rec, acts in recs:
            r = t.add_row(); m = r.cells[0].merge(r.cells[4]); set_cell(m, rec, bold=True, fill="FBE4D5")
            for a in acts:
                r = t.add_row()
                for c, v in zip(r.cells, a):
                    set_cell(c, v)
        if note:
            r = t.add_row(); m = r.cells[0].merge(r.cells[4]); set_cell(m, note)
        doc.add_paragraph("")
    doc.add_paragraph("Approved by the Eastbridge Children's Services Improvement Board, 2 February 2024.")
    doc.save(os.path.join(OUT, name))

    h1, h2, h3 = "1. Help and protection", "2. Children in care", "3. Care leavers"
    r1 = "Recommendation 1: The consistency of management oversight and supervision in the assessment teams."
    r2 = "Recommendation 2: The timeliness of initial child protection conferences."
    r3 = "Recommendation 3: The quality of permanence planning for children in care, including the timeliness of permanence decisions."
    r4 = "Recommendation 4: Life-story work for children who will remain in long-term care."
    r5 = "Recommendation 5: The suitability of accommodation for care leavers aged 18 to 21."
    acts = [
        A("1.1", [h1, r1], "Introduce a revised supervision template with a clear record of reflective discussion and actions for the child.", ["Head of Service, Assessment"], "2024-03", "blue"),
        A("1.2", [h1, r1], "Quarterly supervision audits by service managers, findings reported to the Practice Improvement Board.", ["Service Manager (CIN/CP)"], None, "green", "Quarterly"),
        A("1.3", [h1, r1], "Deliver management oversight training to all team managers and ATMs.\nInclude a refresher for new starters.", ["Principal Social Worker"], "2024-05", "amber"),
        A("1.4", [h1, r2], "Agree a weekly ICPC scheduling meeting between the Front Door and the Conference and Review Service.", ["KM", "RT"], "2024-09", "green"),
        A("1.5", [h1, r2], "Report ICPC timeliness monthly to the Director's performance meeting.", ["Head of Safeguarding and Quality Assurance"], None, "green", "Monthly"),
        A("2.1", [h2, r3], "Establish a permanence tracking panel chaired by the Head of Service.", ["AD Safeguarding", "PSW"], "2024-04", "blue"),
        A("2.2", [h2, r3], "Review all children in care without a plan for permanence at their second review.", ["Head of Children in Care"], "2025-01", "amber"),
        A("2.3", [h2, r3], "Refresh the permanence policy and practice guidance and launch it at practice week.", ["Policy Officer"], "2024-06", "unrated"),
        A("2.4", [h2, r4], "Commission life-story work training for all children in care social workers.", ["L. Ahmed"], "2024-07", "red"),
        A("3.1", [h3, r5], "Jointly commission supported accommodation with Housing, increasing the number of placements to 30.", ["Head of Commissioning", "Head of Housing Needs"], "2024-12", "green"),
        A("3.2", [h3, r5], "Every care leaver in unsuitable accommodation to have a housing plan agreed with their PA.", ["Team Manager, Leaving Care"], None, "unrated", "TBC"),
        A("3.3", [h3, r5], "Publish an updated local offer for care leavers.", ["Participation Lead"], "2024-10", "amber"),
    ]
    write_yaml(name, {
        "source": "Imitates a London borough ILACS post-inspection improvement plan (Word, 2024): Title paragraph, a document-control table, a Heading 2 per theme each followed by its own table, inspectors' recommendations as shaded rows merged across the table, refs 1.1.., RAG as words and letters, a merged note row.",
        "reads": "Three themed tables (Heading 2 above each) in which shaded merged rows state Ofsted's recommendations and numbered action rows beneath answer them, with lead, timescale and RAG. The document-control table and the note row at the end of the second table are not actions.",
        "outcome": "read", "accept_refusal": False,
        "title": title, "actions": acts})


# ---------------------------------------------------------------- 2. SEND WSOA, bold paragraphs, merged-down objective
def send():
    name = "z1-send-wsoa-northvale.docx"
    doc = Document()
    title = "Northvale Local Area SEND Partnership: Written Statement of Action (WSOA) 2023–2025"
    p = doc.add_paragraph(); r = p.add_run(title); r.bold = True; r.font.size = Pt(18)
    doc.add_paragraph("This statement sets out how Northvale County Council and NHS Northvale Integrated Care Board will address the two areas of significant weakness identified in the joint Ofsted and CQC SEND inspection of June 2023.")
    p = doc.add_paragraph(); p.add_run("Progress key: ").bold = True
    p.add_run("B = complete; G = on track; A = some slippage, recovery plan in place; R = off track")
    cols = ["Objective", "Action", "Responsible", "By when", "Impact measure", "Progress"]
    areas = [
        ("Area of weakness 1: The timeliness and quality of education, health and care (EHC) plans", [
            ("Increase the proportion of EHC plans issued within 20 weeks", [
                ("Recruit four additional SEND casework officers.", "Head of SEND", "Sept 2023", "Caseloads below 120 per officer", "B"),
                ("Introduce a weekly 20-week tracker reviewed at SEND Operational Group.", "SEND Service Manager / Business Intelligence Lead", "Oct-23", "60% of plans within 20 weeks by March 2024", "G"),
                ("Agree timescales for health and social care advice with providers, and escalate late advice to the DCO.", "Designated Clinical Officer (DCO)", "31.01.24", "90% of advice returned within 6 weeks", "A"),
            ]),
            ("Improve the quality of EHC plans", [
                ("Multi-agency quality assurance of 10% of new plans each month, using the agreed audit tool.", "Jo Patel and Sam Lee", "Monthly from Nov 2023", "75% of audited plans good or better", "G"),
                ("Co-produce a revised EHC plan template with the Parent Carer Forum.", "Head of SEND; Parent Carer Forum Chair", "Spring term 2024", "Template in use for all new plans", "G"),
            ]),
        ]),
        ("Area of weakness 2: Weak joint commissioning and the lack of a shared understanding of need", [
            ("A joint commissioning strategy based on a refreshed SEND needs assessment", [
                ("Refresh the SEND Joint Strategic Needs Assessment chapter.", "Public Health Consultant", "December 2023", "JSNA chapter published", "B"),
                ("Agree the joint commissioning strategy at the Health and Wellbeing Board.", "DCS / ICB Chief Nurse", "March 2024", "Strategy agreed and published", "R"),
            ]),
            ("Reduce waiting times for neurodevelopmental assessment", [
                ("Commission additional ASD assessment capacity through the independent sector.", "ICB Commissioning Manager", "Q4 2023/24", "Waiting list reduced by 25%", "A"),
                ("Publish waiting-time information on the Local Offer each quarter.", "Local Offer Officer", "Quarterly", "Information published", "G"),
                ("Introduce a 'waiting well' support offer for families awaiting assessment.", "CAMHS Service Manager", "Summer term 2024", "Parent feedback through the Forum survey", ""),
            ]),
        ]),
    ]
    for area, objs in areas:
        doc.add_paragraph("")
        p = doc.add_paragraph(); p.add_run(area).bold = True
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        header_row(t.rows[0], cols, fill="C5E0B3")
        for oi, (obj, acts) in enumerate(objs):
            if oi > 0 and area.startswith("Area of weakness 2"):
                # header repeated by hand where the table ran onto a new page
                header_row(t.add_row(), cols, fill="C5E0B3")
            rows = [t.add_row() for _ in acts]
            for r, a in zip(rows, acts):
                for c, v in zip(r.cells[1:], a):
                    set_cell(c, v)
            m = rows[0].cells[0].merge(rows[-1].cells[0]) if len(rows) > 1 else rows[0].cells[0]
            set_cell(m, obj, bold=True)
    doc.add_paragraph("")
    p = doc.add_paragraph(); p.add_run("Glossary").bold = True
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    header_row(t.rows[0], ["Term", "Meaning"])
    for a, b in [("DCO", "Designated Clinical Officer"), ("EHC plan", "Education, health and care plan"),
                 ("ICB", "Integrated Care Board"), ("JSNA", "Joint Strategic Needs Assessment")]:
        r = t.add_row(); set_cell(r.cells[0], a); set_cell(r.cells[1], b)
    doc.save(os.path.join(OUT, name))

    a1 = "Area of weakness 1: The timeliness and quality of education, health and care (EHC) plans"
    a2 = "Area of weakness 2: Weak joint commissioning and the lack of a shared understanding of need"
    oA = "Increase the proportion of EHC plans issued within 20 weeks"
    oB = "Improve the quality of EHC plans"
    oC = "A joint commissioning strategy based on a refreshed SEND needs assessment"
    oD = "Reduce waiting times for neurodevelopmental assessment"
    acts = [
        A(None, [a1, oA], "Recruit four additional SEND casework officers.", ["Head of SEND"], "2023-09", "blue"),
        A(None, [a1, oA], "Introduce a weekly 20-week tracker reviewed at SEND Operational Group.", ["SEND Service Manager", "Business Intelligence Lead"], "2023-10", "green"),
        A(None, [a1, oA], "Agree timescales for health and social care advice with providers, and escalate late advice to the DCO.", ["Designated Clinical Officer (DCO)"], "2024-01", "amber"),
        A(None, [a1, oB], "Multi-agency quality assurance of 10% of new plans each month, using the agreed audit tool.", ["Jo Patel", "Sam Lee"], None, "green", "Monthly from Nov 2023"),
        A(None, [a1, oB], "Co-produce a revised EHC plan template with the Parent Carer Forum.", ["Head of SEND", "Parent Carer Forum Chair"], "2024-03", "green"),
        A(None, [a2, oC], "Refresh the SEND Joint Strategic Needs Assessment chapter.", ["Public Health Consultant"], "2023-12", "blue"),
        A(None, [a2, oC], "Agree the joint commissioning strategy at the Health and Wellbeing Board.", ["DCS", "ICB Chief Nurse"], "2024-03", "red"),
        A(None, [a2, oD], "Commission additional ASD assessment capacity through the independent sector.", ["ICB Commissioning Manager"], "2024-03", "amber"),
        A(None, [a2, oD], "Publish waiting-time information on the Local Offer each quarter.", ["Local Offer Officer"], None, "green", "Quarterly"),
        A(None, [a2, oD], "Introduce a 'waiting well' support offer for families awaiting assessment.", ["CAMHS Service Manager"], "2024-07", "unrated"),
    ]
    write_yaml(name, {
        "source": "Imitates a county local-area SEND Written Statement of Action (Ofsted/CQC, 2023): bold (not Heading-style) paragraphs naming each area of significant weakness, one table per area with the objective merged down its first column, no refs, progress as B/G/A/R letters defined in a key paragraph, a header row repeated by hand mid-table, and a glossary table at the end.",
        "reads": "Two areas of weakness, each with a table of objectives (merged down the left) and the actions that deliver them, with responsible officers, dates, impact measures and a letter RAG. The repeated header row and the glossary are not actions.",
        "outcome": "read", "accept_refusal": False,
        "title": title, "actions": acts})


# ---------------------------------------------------------------- 3. Scottish joint inspection plan, fills only with a key
def scot():
    name = "z1-scot-children-at-risk.docx"
    doc = Document()
    title = "Westburn Children's Services Partnership – Improvement Plan following the Joint Inspection of Services for Children and Young People at Risk of Harm"
    doc.add_paragraph(title, style="Heading 1")
    doc.add_paragraph("Progress is shown by the colour of the final column, using the key below.")
    k = doc.add_table(rows=3, cols=2); k.style = "Table Grid"
    for r, (fill, txt) in zip(k.rows, [(GREEN, "Action complete"), (AMBER, "Action under way"), (RED, "Action not started or delayed")]):
        set_cell(r.cells[0], "", fill=fill); set_cell(r.cells[1], txt)
    doc.add_paragraph("")
    cols = ["No.", "Area for improvement", "Action", "Lead(s)", "Timescale", "Progress"]
    plan = [
        ("Theme 1: Key processes for children at risk of harm", [
            ("Partners should ensure that inter-agency referral discussions (IRDs) are consistently recorded and that health is routinely involved.", [
                ("1a", "Implement the revised IRD recording template across social work, police and health.", "Lead Officer, Child Protection Committee", "August 2024", GREEN),
                ("1b", "Health representation at every IRD, monitored through the IRD audit.", "Child Protection Lead Nurse (NHS)", "Ongoing", AMBER),
                ("1c", "Six-monthly multi-agency audit of IRDs reported to the Child Protection Committee.", "DCI Public Protection / CSWO", "Dec 2024", RED),
            ]),
            ("Chronologies should be of consistent quality and used to inform assessment of risk.", [
                ("2a", "Deliver chronology training to all social work and health visiting staff.", "Learning and Development Manager", "31 March 2025", GREEN),
                ("2b", "Introduce a single shared chronology in the case recording system.", "Head of Children and Justice Services", "June 2025", None),
            ]),
        ]),
        ("Theme 2: Children and young people's experiences", [
            ("Partners should increase the involvement of children and young people in their child protection planning.", [
                ("3a", "Roll out the Mind of My Own app to all children on the child protection register.\nTrack uptake quarterly.", "Participation Officer", "October 2024", AMBER),
                ("3b", "Offer independent advocacy to every child aged 5 or over at initial child protection planning meetings.", "Commissioning Manager", "Jan 2025", GREEN),
            ]),
        ]),
        ("Theme 3: Leadership", [
            ("The chief officers group should strengthen its oversight of performance information.", [
                ("4a", "Agree a core multi-agency dataset for child protection and report it quarterly to the Chief Officers Group.", "Performance Manager", "Nov-24", AMBER),
                ("4b", "Annual self-evaluation of child protection services using the Care Inspectorate quality framework.", "CPC Chair and CSWO", "Annually", AMBER),
            ]),
        ]),
    ]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    header_row(t.rows[0], cols, fill="DEEAF6")
    for theme, afis in plan:
        r = t.add_row(); m = r.cells[0].merge(r.cells[5]); set_cell(m, theme, bold=True, fill=GREY)
        for afi, acts in afis:
            rows = [t.add_row() for _ in acts]
            for r, (no, act, lead, when, fill) in zip(rows, acts):
                set_cell(r.cells[0], no); set_cell(r.cells[2], act); set_cell(r.cells[3], lead)
                set_cell(r.cells[4], when); set_cell(r.cells[5], "", fill=fill)
            m = rows[0].cells[1].merge(rows[-1].cells[1]) if len(rows) > 1 else rows[0].cells[1]
            set_cell(m, afi)
    r = t.add_row(); m = r.cells[0].merge(r.cells[5]); set_cell(m, "Progress last updated: 14 October 2024")
    doc.save(os.path.join(OUT, name))

    t1, t2, t3 = "Theme 1: Key processes for children at risk of harm", "Theme 2: Children and young people's experiences", "Theme 3: Leadership"
    f1 = "Partners should ensure that inter-agency referral discussions (IRDs) are consistently recorded and that health is routinely involved."
    f2 = "Chronologies should be of consistent quality and used to inform assessment of risk."
    f3 = "Partners should increase the involvement of children and young people in their child protection planning."
    f4 = "The chief officers group should strengthen its oversight of performance information."
    acts = [
        A("1a", [t1, f1], "Implement the revised IRD recording template across social work, police and health.", ["Lead Officer, Child Protection Committee"], "2024-08", "blue"),
        A("1b", [t1, f1], "Health representation at every IRD, monitored through the IRD audit.", ["Child Protection Lead Nurse (NHS)"], None, "amber", "Ongoing"),
        A("1c", [t1, f1], "Six-monthly multi-agency audit of IRDs reported to the Child Protection Committee.", ["DCI Public Protection", "CSWO"], "2024-12", "red"),
        A("2a", [t1, f2], "Deliver chronology training to all social work and health visiting staff.", ["Learning and Development Manager"], "2025-03", "blue"),
        A("2b", [t1, f2], "Introduce a single shared chronology in the case recording system.", ["Head of Children and Justice Services"], "2025-06", "unrated"),
        A("3a", [t2, f3], "Roll out the Mind of My Own app to all children on the child protection register.\nTrack uptake quarterly.", ["Participation Officer"], "2024-10", "amber"),
        A("3b", [t2, f3], "Offer independent advocacy to every child aged 5 or over at initial child protection planning meetings.", ["Commissioning Manager"], "2025-01", "blue"),
        A("4a", [t3, f4], "Agree a core multi-agency dataset for child protection and report it quarterly to the Chief Officers Group.", ["Performance Manager"], "2024-11", "amber"),
        A("4b", [t3, f4], "Annual self-evaluation of child protection services using the Care Inspectorate quality framework.", ["CPC Chair", "CSWO"], None, "amber", "Annually"),
    ]
    write_yaml(name, {
        "source": "Imitates a Scottish community planning partnership's improvement plan after a Care Inspectorate joint inspection of services for children at risk of harm (Word, 2024): a colour key table (green = complete, amber = under way, red = not started or delayed; no blue), then one table with grey theme rows merged across, the area for improvement merged down its own column, refs 1a/1b.., and progress shown only as cell fill.",
        "reads": "One plan table under three themes; each inspectors' area for improvement (merged down) has two or three lettered actions with leads and timescales, and progress is the fill colour of the last cell read through the key, so green means complete. The key table and the closing 'last updated' row are not actions.",
        "outcome": "read", "accept_refusal": False,
        "title": title, "actions": acts})


# ---------------------------------------------------------------- 4. CQC ASC xlsx, merged-down theme + quality statement, prev/current RAG
def cqc():
    name = "z1-cqc-asc-southmoor.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    title = "Southmoor Council Adult Social Care – CQC Assessment Action Plan"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:I1")
    ws["A2"] = "Updated: 03/02/2025    Owner: Director of Adult Social Services"
    hdr = ["Theme", "Quality statement", "Ref", "Action", "Lead", "Target date", "Previous RAG", "Current RAG", "Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=HEAD)
    D = lambda y, m, d: dt.datetime(y, m, d)
    plan = [
        ("Working with people", [
            ("Assessing needs", [
                ("WP1", "Reduce the number of people waiting for a Care Act assessment to under 200.", "Head of Adult Social Care Operations", D(2025, 3, 31), "Amber", "Green", "Waiting list 236 at end of January."),
                ("WP2", "Introduce a strengths-based assessment audit tool and audit 5% of assessments monthly.", "Principal Social Worker (Adults)", "Ongoing", "Green", "Green", "Tool live from October."),
                ("WP3", "Publish waiting-time information on the council website.", "Comms / Performance", D(2024, 12, 31), "Amber", "Complete", "Published 16 December."),
            ]),
            ("Supporting people to live healthier lives", [
                ("WP4", "Expand the reablement service to 7-day working.", "Reablement Service Manager", "Mar-25 (revised Jun-25)", "Green", "Amber", "Recruitment slower than planned."),
                ("WP5", "Review the prevention offer and the information and advice contract.", "Commissioning Lead, Prevention", D(2025, 9, 30), "", "Not started", ""),
            ]),
        ]),
        ("Providing support", [
            ("Care provision, integration and continuity", [
                ("PS1", "Commission additional nursing dementia beds, working with the ICB.", "AD Commissioning; ICB Deputy Director", "Q1 2025/26", "Red", "Red", "No provider interest in first tender round."),
                ("PS2", "Develop a market position statement for home care.", "Smith, Jane", D(2025, 1, 31), "Amber", "Complete", ""),
            ]),
            ("Partnerships and communities", [
                ("PS3", "Agree a joint carers strategy with the Carers Centre and NHS partners.", "Carers Lead", D(2025, 4, 30), "Amber", "Amber", "Draft with partners."),
            ]),
        ]),
        ("Ensuring safety", [
            ("Safeguarding", [
                ("ES1", "Clear the backlog of Deprivation of Liberty Safeguards (DoLS) assessments over 6 months old.", "DoLS Team Manager", D(2025, 5, 31), "Red", "Amber", "Backlog down from 410 to 260."),
                ("ES2", "Safeguarding Adults Board to receive quarterly audit findings on section 42 enquiries.", "Head of Safeguarding and Quality Assurance", "Quarterly", "Green", "Green", ""),
            ]),
        ]),
        ("Leadership", [
            ("Governance, management and sustainability", [
                ("L1", "Refresh the ASC performance framework and report monthly to the DMT.", "BI Manager", D(2025, 2, 28), "Green", "Complete", "Signed off at DMT 28 January."),
            ]),
        ]),
    ]
    row = 5
    for theme, qss in plan:
        tstart = row
        for qs, acts in qss:
            qstart = row
            for a in acts:
                for i, v in enumerate(a, 3):
                    c = ws.cell(row=row, column=i, value=v if v != "" else None)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                row += 1
            ws.cell(row=qstart, column=2, value=qs).alignment = Alignment(wrap_text=True, vertical="top")
            if row - 1 > qstart:
                ws.merge_cells(start_row=qstart, start_column=2, end_row=row - 1, end_column=2)
        ws.cell(row=tstart, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=tstart, column=1).alignment = Alignment(vertical="top", wrap_text=True)
        if row - 1 > tstart:
            ws.merge_cells(start_row=tstart, start_column=1, end_row=row - 1, end_column=1)
    row += 1
    ws.cell(row=row, column=1, value="Summary").font = Font(bold=True)
    ws.cell(row=row, column=4, value="Complete 3   Green 3   Amber 3   Red 1   Not started 1"); row += 2
    ws.cell(row=row, column=1, value="Key").font = Font(bold=True); row += 1
    for k in ["Complete = action delivered and evidenced", "Green = on track", "Amber = some risk to delivery", "Red = off track, escalated to DMT"]:
        ws.cell(row=row, column=1, value=k); row += 1
    for col, w in zip("ABCDEFGHI", [18, 22, 6, 60, 30, 14, 12, 12, 36]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))

    W, P, E, L = "Working with people", "Providing support", "Ensuring safety", "Leadership"
    acts = [
        A("WP1", [W, "Assessing needs"], "Reduce the number of people waiting for a Care Act assessment to under 200.", ["Head of Adult Social Care Operations"], "2025-03", "green"),
        A("WP2", [W, "Assessing needs"], "Introduce a strengths-based assessment audit tool and audit 5% of assessments monthly.", ["Principal Social Worker (Adults)"], None, "green", "Ongoing"),
        A("WP3", [W, "Assessing needs"], "Publish waiting-time information on the council website.", ["Comms", "Performance"], "2024-12", "blue"),
        A("WP4", [W, "Supporting people to live healthier lives"], "Expand the reablement service to 7-day working.", ["Reablement Service Manager"], "2025-06", "amber"),
        A("WP5", [W, "Supporting people to live healthier lives"], "Review the prevention offer and the information and advice contract.", ["Commissioning Lead, Prevention"], "2025-09", "unrated"),
        A("PS1", [P, "Care provision, integration and continuity"], "Commission additional nursing dementia beds, working with the ICB.", ["AD Commissioning", "ICB Deputy Director"], "2025-06", "red"),
        A("PS2", [P, "Care provision, integration and continuity"], "Develop a market position statement for home care.", ["Smith, Jane"], "2025-01", "blue"),
        A("PS3", [P, "Partnerships and communities"], "Agree a joint carers strategy with the Carers Centre and NHS partners.", ["Carers Lead"], "2025-04", "amber"),
        A("ES1", [E, "Safeguarding"], "Clear the backlog of Deprivation of Liberty Safeguards (DoLS) assessments over 6 months old.", ["DoLS Team Manager"], "2025-05", "amber"),
        A("ES2", [E, "Safeguarding"], "Safeguarding Adults Board to receive quarterly audit findings on section 42 enquiries.", ["Head of Safeguarding and Quality Assurance"], None, "green", "Quarterly"),
        A("L1", [L, "Governance, management and sustainability"], "Refresh the ASC performance framework and report monthly to the DMT.", ["BI Manager"], "2025-02", "blue"),
    ]
    write_yaml(name, {
        "source": "Imitates a unitary council's adult social care CQC assessment action plan (Excel, 2025): merged title row, an 'Updated' line, CQC theme merged down column A and quality statement merged down column B, refs WP1/PS1.., target dates as real dates shown mmm-yy mixed with text (Ongoing, Quarterly, Q1 2025/26, 'Mar-25 (revised Jun-25)'), Previous and Current RAG columns in words, a summary row and a key block below.",
        "reads": "Eleven actions grouped by CQC theme and quality statement, each with a lead, target date and a previous and current RAG; the current RAG is the status. The summary line and the key under the table are not actions.",
        "outcome": "read", "accept_refusal": False,
        "title": title, "actions": acts})


# ---------------------------------------------------------------- 5. Fostering Ofsted plan xlsx, fills with key (green = complete), original/revised dates
def fostering():
    name = "z1-fostering-eastmoor.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Action plan"
    title = "Eastmoor Fostering Service – Ofsted Inspection Action Plan (inspection 12–16 February 2024)"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Last reviewed by Corporate Parenting Panel: 18/06/2024"
    ws["A3"] = "Key:"; ws["A3"].font = Font(bold=True)
    for col, fill, txt in [("B", GREEN, "Complete"), ("C", AMBER, "In progress"), ("D", RED, "Overdue"), ("E", None, "Not started")]:
        c = ws[f"{col}3"]; c.value = txt
        if fill:
            c.fill = PatternFill("solid", fgColor=fill)
    hdr = ["No.", "Requirement / recommendation", "Action", "Responsible officer", "Original date", "Revised date", "Status", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="BDD7EE")
    D = lambda y, m, d: dt.datetime(y, m, d)
    sections = [
        ("Requirements", [
            ("The registered person must ensure that foster carers' annual reviews are completed within the timescales set out in regulation 28.", [
                ("1.1", "Establish a reviews tracker and allocate all overdue reviews to an independent reviewing officer.", "Fostering Team Manager", D(2024, 3, 31), None, GREEN, "All 14 overdue reviews held."),
                ("1.2", "Monthly report on review timeliness to the Head of Corporate Parenting.", "Performance Officer", "Monthly", None, AMBER, ""),
            ]),
            ("The registered person must ensure that unannounced visits are made to each foster carer at least annually.", [
                ("2.1", "Schedule unannounced visits for all households and record them on the case system.", "R. Khan / S. Obi", D(2024, 4, 30), D(2024, 7, 31), AMBER, "62 of 80 households visited."),
            ]),
        ]),
        ("Recommendations", [
            ("Ensure that the recruitment strategy is informed by an analysis of the needs of children in care.", [
                ("3.1", "Complete a sufficiency analysis of carer recruitment needs by age and need.", "Recruitment & Retention Lead", D(2024, 5, 31), None, GREEN, ""),
                ("3.2", "Refresh the marketing plan to target carers for teenagers and sibling groups.", "Marketing Officer", D(2024, 9, 30), None, None, ""),
            ]),
            ("Improve the consistency of supervising social workers' recording of supervision visits.", [
                ("4.1", "Introduce a supervision visit recording template with a section for the child's views.", "Practice Lead", D(2024, 3, 31), D(2024, 6, 30), GREEN, "Template live 3 June."),
                ("4.2", "Audit 10 supervision records each quarter and feed learning back at team meetings.", "Fostering Team Manager", "Quarterly", None, AMBER, "Q1 audit done."),
            ]),
            ("Ensure that panel minutes clearly record the reasons for recommendations.", [
                ("5.1", "Panel chair and panel adviser to agree a minutes template.", "Panel Chair; Panel Adviser", D(2024, 2, 29), None, GREEN, ""),
                ("5.2", "Minute-taker training for panel administrators.", "Business Support Manager", D(2024, 5, 31), None, RED, "Trainer unavailable; rebooking."),
            ]),
        ]),
    ]
    row = 6
    for sec, reqs in sections:
        c = ws.cell(row=row, column=1, value=sec); c.font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=row, column=col).fill = PatternFill("solid", fgColor=GREY)
        row += 1
        for req, acts in reqs:
            ws.cell(row=row, column=2, value=req).alignment = Alignment(wrap_text=True, vertical="top")
            for (no, act, lead, orig, rev, fill, com) in acts:
                ws.cell(row=row, column=1, value=no)
                ws.cell(row=row, column=3, value=act).alignment = Alignment(wrap_text=True, vertical="top")
                ws.cell(row=row, column=4, value=lead)
                for col, v in ((5, orig), (6, rev)):
                    c = ws.cell(row=row, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if fill:
                    ws.cell(row=row, column=7).fill = PatternFill("solid", fgColor=fill)
                if com:
                    ws.cell(row=row, column=8, value=com)
                row += 1
    row += 1
    ws.cell(row=row, column=1, value="Total actions: 9   Complete: 4   In progress: 3   Overdue: 1   Not started: 1").font = Font(bold=True)
    for col, w in zip("ABCDEFGH", [6, 48, 55, 28, 13, 13, 10, 30]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))

    RQ, RC = "Requirements", "Recommendations"
    q1 = "The registered person must ensure that foster carers' annual reviews are completed within the timescales set out in regulation 28."
    q2 = "The registered person must ensure that unannounced visits are made to each foster carer at least annually."
    c1 = "Ensure that the recruitment strategy is informed by an analysis of the needs of children in care."
    c2 = "Improve the consistency of supervising social workers' recording of supervision visits."
    c3 = "Ensure that panel minutes clearly record the reasons for recommendations."
    acts = [
        A("1.1", [RQ, q1], "Establish a reviews tracker and allocate all overdue reviews to an independent reviewing officer.", ["Fostering Team Manager"], "2024-03", "blue"),
        A("1.2", [RQ, q1], "Monthly report on review timeliness to the Head of Corporate Parenting.", ["Performance Officer"], None, "amber", "Monthly"),
        A("2.1", [RQ, q2], "Schedule unannounced visits for all households and record them on the case system.", ["R. Khan", "S. Obi"], "2024-07", "amber"),
        A("3.1", [RC, c1], "Complete a sufficiency analysis of carer recruitment needs by age and need.", ["Recruitment & Retention Lead"], "2024-05", "blue"),
        A("3.2", [RC, c1], "Refresh the marketing plan to target carers for teenagers and sibling groups.", ["Marketing Officer"], "2024-09", "unrated"),
        A("4.1", [RC, c2], "Introduce a supervision visit recording template with a section for the child's views.", ["Practice Lead"], "2024-06", "blue"),
        A("4.2", [RC, c2], "Audit 10 supervision records each quarter and feed learning back at team meetings.", ["Fostering Team Manager"], None, "amber", "Quarterly"),
        A("5.1", [RC, c3], "Panel chair and panel adviser to agree a minutes template.", ["Panel Chair", "Panel Adviser"], "2024-02", "blue"),
        A("5.2", [RC, c3], "Minute-taker training for panel administrators.", ["Business Support Manager"], "2024-05", "red"),
    ]
    write_yaml(name, {
        "source": "Imitates a local authority fostering agency's post-Ofsted (SCCIF) action plan kept as an Excel tracker for the corporate parenting panel (2024): title and review-date lines, a colour key in row 3 in which green means complete (no blue), grey sub-heading rows for Requirements and Recommendations, each requirement's text written once beside its first action only, original and revised dates as real dates, status as fill only, and a totals line.",
        "reads": "Nine numbered actions answering two Ofsted requirements and three recommendations; the status is the fill of the Status cell read through the row-3 key (green = complete), and where a revised date is given it replaces the original. The key, the section rows and the totals line are not actions.",
        "outcome": "read", "accept_refusal": False,
        "title": title, "actions": acts})


# ---------------------------------------------------------------- 6. JTAI xlsx with a mistyped month -> refuse
def jtai():
    name = "z1-jtai-harbourside.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "JTAI plan"
    title = "Harbourside Safeguarding Children Partnership – JTAI Multi-agency Action Plan"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Joint targeted area inspection: the multi-agency response to children and families who need help (September 2024)"
    hdr = ["Area for priority action / improvement", "Action", "Agency", "Lead", "Completion date", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="FCE4D6")
    D = lambda y, m: dt.datetime(y, m, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
    plan = [
        ("1. The quality and consistency of early help assessments and plans", [
            ("Launch a single multi-agency early help assessment with guidance for all partners.", "Council", "Head of Early Help", D(2024, 12), "G"),
            ("Train 200 practitioners across schools, health and police in the new assessment.", "HSCP", "Partnership Training Lead", D(2025, 3), "A"),
            ("Quarterly multi-agency audit of early help plans, reported to the HSCP Executive.", "HSCP", "Business Manager", "Quarterly", "G"),
            ("Introduce a lead practitioner role for families with more than one agency involved.", "Council", "Early Help Service Manager", D(2025, 1), "A"),
        ]),
        ("2. Step-up and step-down between early help and children's social care", [
            ("Agree a step-up and step-down protocol between early help and social care.", "Council", "Head of Early Help / Head of Front Door", D(2024, 11), "B"),
            ("Track stepped-down families for re-referral within 12 months.", "Council", "Performance Manager", "0ct-24", "G"),
            ("Hold monthly joint consultation sessions between early help and MASH managers.", "Council", "MASH Team Manager", "Monthly", "G"),
        ]),
        ("3. Health partners' contribution to early help", [
            ("Health visitors and school nurses to act as lead practitioner where appropriate.", "NHS", "Head of 0-19 Service", D(2025, 6), "R"),
            ("GP safeguarding leads to receive the early help offer and referral pathway.", "ICB", "Named GP for Safeguarding", D(2024, 12), "B"),
            ("Midwifery to complete early help assessments for vulnerable pregnant women.", "NHS", "Safeguarding Midwife", D(2025, 4), "A"),
        ]),
        ("4. Understanding the impact of early help for children", [
            ("Develop an early help outcomes framework aligned to Supporting Families.", "Council", "Supporting Families Coordinator", D(2025, 2), "A"),
            ("Gather feedback from families at the close of every early help plan.", "Council", "Participation Lead", D(2025, 3), ""),
            ("Report early help outcomes to the HSCP Executive twice a year.", "HSCP", "Independent Scrutineer", D(2025, 7), ""),
        ]),
    ]
    row = 5
    for area, acts in plan:
        ws.cell(row=row, column=1, value=area).font = Font(bold=True)
        for col in range(1, 7):
            ws.cell(row=row, column=col).fill = PatternFill("solid", fgColor=GREY)
        row += 1
        for a in acts:
            for i, v in enumerate(a, 2):
                c = ws.cell(row=row, column=i, value=v if v != "" else None)
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
                if v == "0ct-24":
                    bad_row = row
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="RAG: B = complete, G = on track, A = at risk, R = off track")
    for col, w in zip("ABCDEF", [40, 60, 10, 34, 15, 6]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a local safeguarding children partnership's JTAI (early help) multi-agency action plan in Excel (2024-25): title and inspection lines, grey area sub-heading rows, no refs, an Agency column, completion dates as real dates shown mmm-yy, B/G/A/R letters with the key beneath.",
        "reads": "Thirteen actions under four areas for improvement, each with agency, lead, completion date and RAG letter. One completion date is typed '0ct-24' with a zero for the O: every other date is a real Excel date, so this one is a mistyped month a careful person would query rather than guess.",
        "outcome": "refuse", "accept_refusal": False, "refuse_at": bad_row,
        "title": title})


if __name__ == "__main__":
    ilacs(); send(); scot(); cqc(); fostering(); jtai()
    print("ok")
