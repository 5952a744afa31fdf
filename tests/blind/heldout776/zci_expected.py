"""Write the NAME.expected.yaml readings for the seven zci- files (set heldout776).

The action texts are taken from the same tables zci_make.py writes, so they are the
files' text character for character; leads, ends and statuses are the reading a
person makes of each row, written out by hand below.
"""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import zci_make as mk  # noqa: E402


class Folded(str):
    pass


def _folded(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=">")


yaml.SafeDumper.add_representer(Folded, _folded)


class Quoted(str):
    pass


def _quoted(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')


yaml.SafeDumper.add_representer(Quoted, _quoted)


def write(name, doc):
    assert name.startswith("zci-")
    path = os.path.join(HERE, name + ".expected.yaml")
    ordered = {}
    for k in ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]:
        if k in doc:
            v = doc[k]
            if k in ("source", "reads"):
                v = Folded(" ".join(v.split()))
            ordered[k] = v
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(ordered, fh, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": Quoted(ref) if ref is not None else None, "under": under, "action": action,
         "lead": lead, "end": Quoted(end) if end is not None else None}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# 1. Royal Berkshire FRS ------------------------------------------------------
def rbfrs():
    reading = {  # ref: (lead list, end, status)
        "1.1": (["Head of People"], "2025-02", "blue"),
        "1.2": (["Area Manager \u2013 Service Delivery", "Learning & Development Manager"], "2025-12", "green"),
        "2.1": (["HR Business Partner"], "2025-02", "blue"),
        "3.1": (["Group Manager \u2013 Resourcing"], "2025-10", "amber"),
        "3.2": (["Group Manager \u2013 Resourcing", "Head of People"], "2025-11", "red"),
        "4.1": (["Deputy Chief Fire Officer"], "2025-06", "blue"),
        "4.2": (["Deputy Chief Fire Officer"], "2026-03", "amber"),
        "6.1": (["Learning & Development Manager"], "2025-12", "green"),
        "6.2": (["Professional Standards Manager"], "2025-08", "unrated"),
    }
    actions, theme, rec = [], None, None
    for row in mk.RBFRS_ROWS:
        if row[0] == "theme":
            theme = row[1]
        elif row[0] == "rec":
            rec = row[1]
        else:
            ref, text = row[1], row[2]
            lead, end, status = reading[ref]
            actions.append(act(ref, [theme, rec], text, lead, end, status))
    write("zci-royal-berkshire-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx", {
        "source": """Imitates the progress trackers fire and rescue services publish against the 15 national
          recommendations of HMICFRS's thematic report 'Standards of behaviour: The handling of misconduct in
          fire and rescue services' (1 August 2024), e.g. Staffordshire FRS's progress page
          (https://staffordshirefire.gov.uk/what-we-do/hmicfrs/hmicfrs-standards-of-behaviour, grouped by the
          report's chapters) and Humberside FRS's recommendations page
          (https://humbersidefire.gov.uk/about-us/our-inspection/standards-of-behaviour). Recommendation texts
          are paraphrased. Copied features: cover sheet with report details, version-control table and RAG key;
          tracker sheet with full-width theme rows and recommendation rows above numbered actions, original and
          revised deadline date cells, multi-line progress updates, a RAG column shown only by fill colour
          (blank = not started), two posts in one owner cell, a key line under the table; a summary sheet with
          counts by RAG and by recommendation.""",
        "reads": """Royal Berkshire FRS's tracker of its actions against five of the HMICFRS misconduct-handling
          recommendations, grouped under three themes: nine numbered actions, each with an owner, an original
          and (mostly) a revised deadline and a fill-colour RAG as at 30 September 2025. The cover and summary
          sheets hold version control, the RAG key and totals only.""",
        "outcome": "read",
        "accept_refusal": False,
        "title": mk.RBFRS_TITLE,
        "actions": actions,
    })


# 2. Norfolk Constabulary --------------------------------------------------------
def norfolk():
    reading = {
        "AI-01": (["Supt Mark Elwood"], "2025-03", None, "blue"),
        "AI-02": (["Head of Corporate Communications"], "2025-06", None, "blue"),
        "AI-03": (["Ch Insp Laura Pettit", "Diversity and Inclusion Manager"], "2025-12", None, "amber"),
        "AI-04": (["Force Crime Registrar"], None, "Quarterly", "green"),
        "AI-05": (["Head of Contact and Control Room", "Training Manager"], "2025-11", None, "red"),
        "AI-06": (["Head of Corporate Communications"], "2025-09", None, "green"),
        "AI-07": (["Digital Media Manager"], "2026-01", None, "unrated"),
        "AI-08": (["Deputy Chief Constable"], "2025-12", None, "green"),
    }
    actions = []
    for num, rec, rows in mk.NORF_RECS:
        for ref, text, *_ in rows:
            lead, end, end_text, status = reading[ref]
            actions.append(act(ref, [rec], text, lead, end, status, end_text))
    write("zci-norfolk-constabulary-hmicfrs-activism-impartiality-recommendations-tracker.xlsx", {
        "source": """Imitates a police force's tracker of the recommendations made to chief constables in
          HMICFRS's 'An inspection into activism and impartiality in policing' (September 2024, 22
          recommendations; https://hmicfrs.justiceinspectorates.gov.uk/our-work/article/activism-and-impartiality/),
          laid out like the recommendation trackers forces and the SPA report to their boards (e.g. the SPA
          'HMICS improvement plans progress summary', https://www.spa.police.uk/publication-library/).
          Recommendation numbers and texts are illustrative paraphrases. Copied features: read-me sheet with
          governance, RAG definitions (Complete/Green/Amber/Red/Not started), version history and a note on
          recommendations for other bodies; tracker sheet with the HMICFRS recommendation number and text merged
          down over its force actions (AI-01...), named officers and job titles as owners (one cell with an
          officer and a post), mixed target formats (dd/mm/yyyy, Jun-25, Q3 2025/26, Quarterly, 31 December
          2025), previous and current RAG as words with fills, and a totals block.""",
        "reads": """Norfolk Constabulary's tracker of eight force actions (AI-01 to AI-08) answering five
          HMICFRS activism and impartiality recommendations, each with an owner, a target date, the June RAG and
          the September (current) RAG. The read-me sheet and the summary block are not actions.""",
        "outcome": "read",
        "accept_refusal": False,
        "title": mk.NORF_TITLE,
        "actions": actions,
    })


# 3. Cardinal Newman SDP ---------------------------------------------------------
def cardinal_newman():
    reading = {
        "1A.1": (["Head of Maths"], "2025-10", None, "green"),
        "1A.2": (["Head of Maths", "Lead Practitioner (Maths)"], "2026-07", None, "green"),
        "1B.1": (["Pupil Premium Lead"], "2025-12", None, "blue"),
        "1B.2": (["Data Manager"], None, "Termly", "green"),
        "2A.1": (["Assistant Headteacher \u2013 Behaviour & Attendance"], "2025-09", None, "blue"),
        "2A.2": (["Attendance Officer"], "2025-12", None, "amber"),
        "2B.1": (["Assistant Headteacher \u2013 Behaviour & Attendance"], "2025-09", None, "blue"),
        "2B.2": (["Data Manager"], None, "Half-termly", "amber"),
        "3A.1": (["Careers Leader"], "2026-07", None, "green"),
        "3A.2": (["Careers Leader"], "2026-02", None, "amber"),
        "3B.1": (["Head of Sixth Form"], None, "Ongoing", "green"),
        "3B.2": (["Head of Sixth Form", "Deputy Headteacher \u2013 Curriculum"], "2026-01", None, "unrated"),
    }
    actions = []
    for _sheet, heading, _lead, _gov, _succ, objectives in mk.CN_PRIORITIES:
        for obj, rows in objectives:
            for ref, text, *_ in rows:
                lead, end, end_text, status = reading[ref]
                actions.append(act(ref, [heading, obj], text, lead, end, status, end_text))
    write("zci-cardinal-newman-catholic-school-hove-school-development-plan-2025-26.xlsx", {
        "source": """Imitates a secondary school's published School Development Plan workbook (the kind
          schools describe on their SDP pages, e.g. https://www.raf-benson.oxon.sch.uk/school-development-plan/
          and https://hatchride.wokingham.sch.uk/pupil-information/school-strategy-and-development-plan/:
          three-priority plans reviewed by SLT each term and monitored by governors). Copied features: overview
          sheet with mission line, table of priorities with strategic lead, link governor and sheet name, RAG
          key (R/A/G/B), review dates and approval note; one sheet per priority with a banner heading,
          strategic lead / link governor line, success criteria, objective rows above numbered actions
          (1A.1...), cost and monitoring columns, timescales written as terms, half-terms, periods and
          'Termly'/'Ongoing', and four review-point RAG columns (letters with fills) of which only the first two
          have been filled in.""",
        "reads": """Cardinal Newman Catholic School's SDP for 2025-26: three priorities, each on its own sheet with
          two objectives and two actions per objective (12 actions), each with a lead, a timescale and RAG
          letters for Review 1 (October) and Review 2 (December); the December review is the current status
          and reviews 3 and 4 are still blank. The overview sheet lists the priorities and key only.""",
        "outcome": "read",
        "accept_refusal": False,
        "title": mk.CN_TITLE,
        "actions": actions,
    })


# 4. HMP Highdown ----------------------------------------------------------------
def highdown():
    reading = {
        "1.1": (["Head of Operations"], "2025-03", None),
        "1.2": (["Head of Residence"], "2025-02", None),
        "1.3": (["Governor"], None, "Monthly"),
        "2.1": (["Head of Security"], "2025-04", None),
        "2.2": (["Head of Security", "Head of Healthcare"], "2025-06", None),
        "3.1": (["Head of Reducing Reoffending"], "2025-05", None),
        "4.1": (["Deputy Governor"], None, "Immediate and ongoing"),
        "4.2": (["Head of Safety"], "2025-09", None),
        "5.1": (["Business Hub Manager"], "2025-03", None),
        "5.2": (["Head of Residence"], "2025-04", None),
    }
    actions = []
    for section, concerns in mk.HIGHDOWN_SECTIONS:
        for concern, _resp, rows in concerns:
            for ref, text, _owner, _target in rows:
                lead, end, end_text = reading[ref]
                actions.append(act(ref, [section, concern], text, lead, end, "unrated", end_text))
    write("zci-hmp-highdown-hmip-inspection-action-plan.docx", {
        "source": """Imitates the HMPPS action plans published in response to HM Inspectorate of Prisons
          reports (e.g. 'Action Plan: HMP The Verne', 'Action Plan: HMP Elmley' - title block with 'Action
          Plan Submitted', 'A Response to the HMIP Inspection' and 'Report Published', an introduction and an
          Agreed / Partly agreed / Not agreed categorisation table;
          https://fdocuments.us/document/action-plan-hmp-the-verne-action-plan-submitted-30-june-the-action-plan-confirms.html),
          in the post-May 2022 form where HMIP reports priority and key concerns instead of recommendations
          (https://www.justiceinspectorates.gov.uk/hmiprisons/about-our-inspections/reporting-inspection-findings/).
          Copied features: one Word table per concern under 'Priority concerns' and 'Key concerns' headings,
          with a shaded concern row, a response row (Agreed / Partly agreed / Not agreed with explanation), a
          header row and numbered actions with responsible owner (job titles, one cell with two posts) and
          target date; a not-agreed concern with no actions; a sign-off line. No RAG at submission.""",
        "reads": """HMP Highdown's action plan answering six HMIP concerns: ten numbered actions (1.1 to 5.2) under
          three priority and two key concerns, each with a responsible owner and target date; concern 6 is not
          agreed and has no actions. The categorisation table and the introduction are not part of the plan, and
          nothing is RAG-rated.""",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Action Plan: HMP Highdown",
        "actions": actions,
    })


# 5. St Joseph's Estyn PIAP ------------------------------------------------------
def st_josephs():
    reading = [
        (["Deputy Headteacher (Wellbeing)"], "2025-07", None, "blue"),
        (["Heads of Year", "EWO"], "2025-12", None, "amber"),
        (["Assistant Headteacher (Teaching and Learning)"], "2026-07", None, "amber"),
        (["SLT"], None, "Termly", "amber"),
        (["Head of Welsh"], "2025-09", None, "blue"),
        (["Head of Welsh", "Business Manager"], "2026-07", None, "red"),
        (["Business Manager"], "2025-08", None, "blue"),
        (["Designated Safeguarding Lead"], "2025-06", None, "blue"),
    ]
    actions, i = [], 0
    for rec, rows in mk.SJ_RECS:
        for text, *_ in rows:
            lead, end, end_text, status = reading[i]
            i += 1
            actions.append(act(None, [rec], text, lead, end, status, end_text))
    write("zci-st-josephs-catholic-and-anglican-high-school-estyn-post-inspection-action-plan.docx", {
        "source": """Imitates a Welsh secondary school's post-inspection action plan (PIAP) written by the governing
          body after an Estyn core inspection (Estyn guidance: https://estyn.gov.wales/inspection-guidance/post-inspection-action-plans-updated-january-2024),
          in the usual school Word layout. Copied features: centred title and inspection line, a school-details
          table (headteacher, chair, inspection date, approval date), the list of Estyn recommendations (R1-R4),
          a RAG key that redefines the colours (Green = completed, Amber = in progress, Red = not on track), then
          a heading per recommendation followed by its own table of unnumbered actions with person(s)
          responsible (job titles, abbreviations such as SLT and EWO, two posts in a cell), timescale (terms, months, 'Termly', 'By 31
          August 2025'), success criteria, monitoring, and a RAG column shown only by cell shading; one action
          cell holds two paragraphs; a sign-off line.""",
        "reads": """St Joseph's PIAP: four Estyn recommendations, each a heading over a table of two unnumbered
          actions (eight in all) with the people responsible and a timescale, and progress shown by shading
          that the key defines (green = completed, so read as complete). The school details table and the list
          of recommendations are not actions.""",
        "outcome": "read",
        "accept_refusal": False,
        "title": mk.SJ_TITLE,
        "actions": actions,
    })


# 6. Probation Liverpool North (refuse) ------------------------------------------
def probation():
    line = None
    for i, row in enumerate(mk.PROB_ROWS, start=1):
        if "Febuary 2026" in row:
            line = i
    assert line == 9, line
    write("zci-probation-service-liverpool-north-pdu-hmip-inspection-action-plan-typo-month-refuse.csv", {
        "source": """Imitates an HMPPS Probation Service PDU action plan and progress tracker responding to an HM
          Inspectorate of Probation PDU inspection, following the HMPPS action-plan template (recommendations
          agreed and broken into SMART actions with an owner and timescale;
          https://docsbay.net/action-plan-name-of-crc-or-nps-division and
          https://vdocuments.us/action-plan-submitted-19th-july-2019-2019-07-23-5-produce-guidance-to-the-case.html),
          exported from Excel to CSV. Copied features: three title lines, header row, addressee rows ('The
          Liverpool North PDU should:', 'The Probation Service North West region should:') as in HMI Probation
          reports, recommendation number and text only on the first of its action rows (merged cells exported),
          numbered actions, owners as posts, status words and progress updates, a status key line. Data error:
          the target date of action 2.1 is 'Febuary 2026'.""",
        "reads": """A CSV tracker of eight actions against four HMI Probation recommendations for Liverpool North
          PDU and the North West region. A careful reader stops at line 9, where action 2.1's target date is the
          misspelt month 'Febuary 2026', and asks what was meant before importing.""",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": line,
        "title": mk.PROB_ROWS[0][0],
    })


# 7. University of Hull E6 ------------------------------------------------------
def hull():
    reading = {
        "1.1": (["Director of Student Services"], "2025-08", None, "blue"),
        "1.2": (["Head of Student Communications"], None, "Annually (September)", "green"),
        "2.1": (["Head of Student Wellbeing"], "2025-10", None, "green"),
        "2.2": (["Students\u2019 Union Chief Executive", "Head of Residential Life"], "2025-12", None, "amber"),
        "2.3": (["Director of People"], "2026-03", None, "green"),
        "2.4": (["Head of Student Conduct and Complaints"], "2026-01", None, "unrated"),
        "3.1": (["Director of Student Services"], "2025-09", None, "blue"),
        "3.2": (["Head of Student Conduct and Complaints", "Information Governance Manager"], "2026-04", None, "red"),
        "4.1": (["University Secretary"], "2025-07", None, "blue"),
        "4.2": (["Pro-Vice-Chancellor (Education and Student Experience)"], "2025-11", None, "green"),
    }
    actions = []
    for heading, rows in mk.HULL_SECTIONS:
        for ref, text, *_ in rows:
            lead, end, end_text, status = reading[ref]
            actions.append(act(ref, [heading], text, lead, end, status, end_text))
    write("zci-university-of-hull-ofs-e6-harassment-sexual-misconduct-action-plan.txt", {
        "source": """Imitates an English university's action plan for meeting Office for Students condition of
          registration E6 (harassment and sexual misconduct, in force from 1 August 2025), of the kind
          universities take to Senate and Council, organised by the condition's requirements (single
          comprehensive source of information, training, reporting and investigation, personal relationships
          between staff and students). It is a Word document saved as plain text: paragraphs become lines and
          each table row becomes tab-separated cells. Copied features: title and condition line, owner /
          approval / monitoring / version lines, a status key mapping words to colours (Complete, On track, At
          risk, Off track, Not started), section headings each followed by a header row and numbered actions
          with lead (job titles; two cells with two posts joined by '&' or '/'), deadline in mixed formats,
          status and update; numbered notes at the end.""",
        "reads": """The University of Hull's E6 action plan for 2025-26: ten numbered actions in four sections,
          each with a lead, a deadline and a status word as at October 2025. The lines above the first section
          and the notes at the end are not actions.""",
        "outcome": "read",
        "accept_refusal": False,
        "title": mk.HULL_TITLE,
        "actions": actions,
    })


if __name__ == "__main__":
    rbfrs()
    norfolk()
    cardinal_newman()
    highdown()
    st_josephs()
    probation()
    hull()
    print("wrote 7 expected readings")
