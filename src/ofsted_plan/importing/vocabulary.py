"""The names councils give each column of a plan table, by the field it holds: what a person
recognises 'Target date', 'Owner', 'RAG rating' or 'Area for improvement' to mean."""

from __future__ import annotations

# Header cell (lower-cased, trailing colon dropped, spaces folded) -> Action field.
HEADER_NAMES: dict[str, str] = {
    "theme": "theme",
    "themes": "theme",
    "area": "theme",
    "section": "theme",
    "recommendations": "recommendation",
    "recommendation": "recommendation",
    "ofsted recommendation": "recommendation",
    "ofsted recommendations": "recommendation",
    "area for improvement": "recommendation",
    "areas for improvement": "recommendation",
    "area to improve": "recommendation",  # CQC's should-do, in a practice's words
    "response by registered person detailing the actions taken": "action",  # RQIA's QIP
    "response by the registered person detailing the actions taken": "action",
    "action required to ensure compliance": "recommendation",  # RQIA's requirement, beside
    # the 'Actions taken / planned by the Trust' that answer it
    "areas to improve": "recommendation",
    "area of weakness": "recommendation",
    "area of significant weakness": "recommendation",
    "key issue": "recommendation",
    "priority": "recommendation",
    "objective": "recommendation",
    "key objective": "recommendation",
    "key objectives": "recommendation",
    "how will this be achieved": "action",
    "how will this be achieved?": "action",
    "workstream": "theme",
    "element": "theme",  # the Port Marine Safety Code's: '2. Accountability of the Duty Holder'
    "task group": "theme",  # a scrutiny tracker's review, each group's recommendations
    "task and finish group": "theme",
    "scrutiny body": "theme",
    "ref": "ref",
    "ref.": "ref",
    "ref no": "ref",
    "rec": "ref",  # a tracker's 'Rec' of codes beside its 'Recommendation' (a 'Ref' wins)
    "rec no": "ref",
    "rec no.": "ref",
    "rec ref": "ref",
    "recommendation ref": "ref",
    "recommendation no": "ref",
    "recommendation no.": "ref",
    "reference": "ref",
    "action": "action",
    "actions": "action",
    "start": "start",
    "start date": "start",
    "end": "end",
    "end date": "end",
    "target date": "end",
    "service target date": "end",  # the service's own date beside the inspectorate's deadline
    "deadline": "end",
    "timeline": "end",
    "person": "lead",
    "people": "lead",
    "assignee": "lead",
    "assignees": "lead",
    "pledge": "theme",
    "standard": "theme",
    "core standard": "recommendation",  # the NHS's EPRR core standards, each a finding
    "standard / regulation": "extra",  # HIW's column: the standard each finding cites
    "regulation / standard": "extra",
    "standard/ regulation": "extra",  # (the slash spaced on one side only, as typed)
    "standard/regulation": "extra",
    "regulation/ standard": "extra",
    "regulation/standard": "extra",
    "consumer standard": "theme",
    "pledges": "theme",
    "our pledge": "theme",
    "promise": "theme",
    "our promise": "theme",
    "milestone date": "end",
    "milestone deadline": "end",
    "timescale": "end",
    "timeframe": "end",
    "time frame": "end",
    "timeframes": "end",
    "by when": "end",
    "implementation date": "end",
    "target implementation date": "end",  # a Treasury Minute's date for a PAC recommendation
    "delivery date": "end",
    "date of delivery": "end",
    "date of implementation": "end",
    "action id": "ref",
    "done?": "progress",  # a column of ticks: done, or not yet
    "done": "progress",
    "completed?": "progress",
    "complete?": "progress",
    "due date": "end",
    "completion date": "end",
    "measure/outcome": "measure",
    "measure / outcome": "measure",
    "measure": "measure",
    "measure of success": "measure",
    "measures of success": "measure",
    "outcome": "measure",
    "outcomes": "measure",
    "success criteria": "measure",
    "evidence of impact": "measure",
    "lead officer": "lead",
    "lead officers": "lead",
    "lead officer(s)": "lead",
    "lead": "lead",
    "owner": "lead",
    "action owner": "lead",
    "responsible officer": "lead",
    "responsible director": "lead",  # a trust board's log: the director who answers for it
    "target quarter": "end",  # 'Q3 2025/26', its last month
    "who": "lead",
    "lead director": "lead",
    "lead agency": "lead",
    "agency": "lead",  # weak: a DHR's single-agency table names the agency each action is for
    "lead agency lead": "lead",
    "agency lead": "lead",
    "responsible lead": "lead",
    "responsible manager": "lead",
    "accountable officer": "lead",
    "lead manager": "lead",
    "dlt lead": "dlt",
    "dlt": "dlt",
    "comments": "comments",
    "progress comments": "comments",
    "progress": "comments",
    "progress update": "comments",
    "progress report": "comments",  # (a board's action list: what was done, never a part)
    "update": "comments",
    "rag status": "status",
    "rag": "status",
    "ryg": "status",  # Smartsheet's Red / Yellow / Green health
    "rag rating": "status",
    "r.a.g.": "status",
    "brag": "status",
    "brag status": "status",
    "brag rating": "status",
    "status": "status",
    "area of concern": "recommendation",
    "quality statement": "recommendation",
    "quality statements": "recommendation",
    "areas of concern": "recommendation",
    "area for action": "recommendation",
    "improvement area": "recommendation",
    "improvement needed": "recommendation",
    "priority for improvement": "recommendation",
    "what ofsted said": "recommendation",
    "inspection finding": "recommendation",
    "% complete": "status",
    "percent complete": "status",
    "% completed": "status",
    "progress %": "status",
    "accountable lead": "lead",
    "who leads": "lead",
    "who will lead": "lead",
    "who will do it": "lead",
    "who will do this": "lead",
    "who will do it?": "lead",
    "who is leading": "lead",
    "accountable officer(s)": "lead",
    "partner agency": "lead",
    "delivery partner(s)": "lead",  # a PCSP's projects, each delivered by partner bodies
    "delivery partners": "lead",
    "delivery partner": "lead",
    "project / activity": "action",  # a PCSP action plan's column: what is done
    "project/activity": "action",
    "partner agencies": "lead",
    "progress rating": "status",
    "assessment of progress": "status",  # a scrutiny monitoring report's 1 to 4, by its key
    "progress assessment": "status",
    "progress status": "status",
    "status rating": "status",
    "status icon": "status",
    "log no": "ref",
    "log no.": "ref",
    "log ref": "ref",
    "action no.": "ref",
    "act. no.": "ref",  # a risk register's action number beside the risk's own ref
    "act no": "ref",
    "code": "ref",
    "managed by": "lead",
    "latest note": "comments",
    "title": "action",
    "milestone": "action",
    "key activity": "action",  # ('Activity' alone: a governors' visits log's too)
    "key activities": "action",
    "deliverable": "action",  # a highlight report's 'Project / key deliverable'
    "key deliverable": "action",
    "deliverables": "action",
    "compliance date": "end",  # an HSE notice's date, by which its actions are done
    "compliance date on notice": "end",
    "commitment": "action",  # a strategy's 'Commitment', delivered by its lead
    "commitments": "action",
    "milestones": "action",
    "key milestone": "action",
    "management response": "action",
    "management response / agreed action": "action",
    "date": "end",
    "bucket": "theme",
    "bucket name": "theme",
    "theme/area": "theme",
    "area of focus": "theme",
    "priority area": "theme",
    "priority areas": "theme",
    "strand": "theme",
    "domain": "theme",
    "dimension": "theme",  # Audit Scotland's wider-scope audit dimensions
    "audit dimension": "theme",
    "outcome area": "theme",
    "judgement area": "theme",
    "key judgement": "theme",  # Ofsted's: quality of education, leadership and management
    "inspection judgement": "theme",
    "inspection theme": "theme",
    "themes and priorities": "theme",
    "key theme": "theme",
    "finding": "recommendation",
    "findings": "recommendation",
    "shortfall": "recommendation",  # the HTA's word for what its inspection found
    "shortfalls": "recommendation",
    "shortfall identified": "recommendation",
    "audit finding": "recommendation",
    "issue": "recommendation",
    "issue raised": "recommendation",  # an auditor's issue beside the council's action
    "issues raised": "recommendation",
    "matter raised": "recommendation",  # an external auditor's report on a town council
    "matters raised": "recommendation",
    "recommended next step": "recommendation",  # ISI's word for its recommendations
    "recommended next steps": "recommendation",
    "issues": "recommendation",
    "must do": "recommendation",
    "should do": "recommendation",
    "must do / should do": "recommendation",
    "should": "recommendation",  # CQC's 'should' list, a column of its own beside the action
    "must / should": "extra",  # (which list a finding is on: 'Must' or 'Should', a kind)
    "must/should": "extra",
    "areas of weakness": "recommendation",
    "weakness": "recommendation",  # 'Weakness identified by Ofsted'
    "weaknesses": "recommendation",
    "weakness identified": "recommendation",
    "observation": "recommendation",  # an internal auditor's: what the audit found
    "project": "recommendation",  # a programme's project under its workstream (the theme)
    "projects": "recommendation",
    "observations": "recommendation",
    "required outcome": "recommendation",  # a consumer standard's, as the regulator words it
    "regulation / breach": "recommendation",  # CQC's breach in its words, over the actions
    "regulation/breach": "recommendation",
    "breach": "recommendation",
    "contravention": "recommendation",  # an improvement notice's breach, over its actions
    "contraventions": "recommendation",
    "notice": "theme",  # an HSE or ICO tracker: the notice served, over what it found
    "improvement notice": "theme",
    "enforcement notice": "theme",
    "lesson identified": "recommendation",  # a lessons-learned plan's lesson, over its actions
    "lessons identified": "recommendation",
    "lesson learned": "recommendation",
    "lesson learnt": "recommendation",
    "lesson": "recommendation",
    "learning identified": "recommendation",  # (a landlord's learning from Ombudsman cases)
    "affirmation": "recommendation",  # QAA's word for a step it affirms, over its actions
    "affirmations": "recommendation",
    "commendation": "recommendation",
    "commendations": "recommendation",
    "what we learned": "recommendation",  # the lesson in a plan's own words, over its actions
    "what we learnt": "recommendation",
    "breach of regulation": "recommendation",
    "regulation breached": "recommendation",
    "required outcomes": "recommendation",
    "weaknesses identified": "recommendation",
    "areas of significant weakness": "recommendation",
    "area for development": "recommendation",
    "areas for development": "recommendation",
    "inspection recommendation": "recommendation",
    "key recommendation": "recommendation",
    "improvement required": "recommendation",
    "what needs to improve": "recommendation",
    "requirement": "recommendation",
    "requirement notice": "recommendation",  # a CQC requirement notice, what it requires
    "requirement notices": "recommendation",
    "improvement point": "recommendation",  # an Ofsted ITE report's points for improvement
    "improvement points": "recommendation",
    "the registered person shall": "recommendation",  # RQIA's QIP: what the person must do
    "the registered provider shall": "recommendation",
    "recommendation from inspection": "recommendation",
    "ofsted finding": "recommendation",
    "ofsted findings": "recommendation",
    "task": "action",
    "task name": "action",
    "action required": "action",
    "actions required": "action",
    "action to be taken": "action",
    "action taken / to be taken": "action",  # what was done and what will be: the action
    "actions taken / to be taken": "action",
    "action taken/to be taken": "action",
    "action taken / planned": "action",  # ('... by the home'): done and to be done
    "actions taken / planned": "action",
    "action taken/planned": "action",
    "action planned": "action",
    "actions planned": "action",
    "actions to be taken": "action",
    "action to take": "action",  # the Home Office's DHR action plan template
    "what": "action",  # 'What? | Who? | How? | When?': a plan set out as questions
    "issue identified": "recommendation",  # a regulator's finding, as a housing plan says
    **dict.fromkeys(  # an assurance framework's gap beside the action closing it
        (
            "gap in assurance",
            "gaps in assurance",
            "gap in control",
            "gaps in control",
            "gap in controls",
            "gaps in controls",
        ),
        "recommendation",
    ),
    "issues identified": "recommendation",
    "obligation": "recommendation",  # a concordat's obligation each action answers
    "area identified": "recommendation",  # 'Area identified by CIW': the inspectorate's finding
    "areas identified": "recommendation",
    "actions to take": "action",
    "what we will do": "action",
    "step": "action",  # a well-being plan's steps, each a partner's to take
    "steps": "action",
    "action we will take": "action",  # beside 'What CQC found': the practice's answer
    "actions we will take": "action",
    "what cqc found": "recommendation",  # what the inspectorate found, the part answered
    "what ofsted found": "recommendation",
    "what inspectors found": "recommendation",
    "what the inspectors found": "recommendation",
    "agreed action": "action",
    "agreed actions": "action",
    "action agreed": "action",  # a committee's log: 'Summary of Action Agreed'
    "summary of action agreed": "action",
    "management action": "action",
    "proposed action": "action",
    "improvement action": "action",
    "improvement actions": "action",
    "related action": "action",  # Pentana's 'Risk / Related Action': the risk's own rows
    # above its actions in one column
    "remediation action": "action",  # a firm's tracker answering its regulator (Ofgem, FCA)
    "remediation actions": "action",
    "remedial action": "action",
    "remedial actions": "action",
    "corrective action": "action",
    "corrective actions": "action",
    "corrective / preventive action": "action",  # a regulator's CAPA plan (HTA, MHRA)
    "corrective and preventive action": "action",
    "corrective and preventive actions": "action",
    "key actions": "action",
    "key action": "action",
    "highlight priority action": "action",  # a council plan's actions its Cabinet highlights
    "action(s)": "action",
    "actions/tasks": "action",
    "what will we do": "action",
    "what are we going to do": "action",
    "action description": "action",
    "action detail": "action",
    "action details": "action",
    "no": "ref",
    "no.": "ref",
    "min. no.": "ref",  # a committee's minute number: what a scrutiny tracker's rows are
    "min no": "ref",
    "minute no.": "ref",
    "minute no": "ref",
    "minute number": "ref",
    "minute ref": "ref",  # a board's action sheet: the minute each action arose under
    "min ref": "ref",
    "min. ref": "ref",
    "minute ref.": "ref",
    "minute reference": "ref",
    "#": "ref",
    "ref no.": "ref",
    "action ref": "ref",
    "action code": "ref",  # a risk system's export: 'CR01/A1'
    "action no": "ref",
    "action number": "ref",
    "id": "ref",
    "ref number": "ref",
    "reference number": "ref",
    "item": "theme",  # a board log's agenda item ('Integrated Performance Report'); codes given way
    "item no": "ref",
    "start month": "start",
    "from": "start",
    "planned start": "start",
    "start by": "start",
    "due": "end",
    "due by": "end",
    "target": "end",
    "timescales": "end",
    "timescale for completion": "end",
    "target completion date": "end",
    "expected completion date": "end",  # HIS's action plan: 'Action taken | Expected
    "planned completion date": "end",  # completion date | Responsible person'
    "anticipated completion date": "end",
    "sub rec": "ref",  # 'Rec No.' 7 beside 'Sub rec' 7.1, 7.2: each action's own number
    "sub-rec": "ref",
    "sub ref": "ref",
    "sub-ref": "ref",
    "desired completion date": "end",  # a scrutiny board's tracker (Leeds): when the board
    "officer rag": "status",  # wants it done, and the officers' own rating of it
    "target completion": "end",
    "date due": "end",
    "by when?": "end",
    "when": "end",
    "date for completion": "end",
    "completion": "end",
    "completion by": "end",  # a school's 'Start' | 'Completion by'
    "complete by": "end",
    "delivery by": "end",
    "end month": "end",
    "target end date": "end",
    "finish": "end",
    "finish date": "end",
    "deadline date": "end",
    "success measure": "measure",
    # outcomes-based accountability's three questions, as a PCSP's columns ask them
    "how much will we do?": "measure",
    "how much will we do": "measure",
    "target (how much will we do?)": "measure",
    "how well will we do it?": "measure",
    "is anyone better off?": "measure",
    "success measures": "measure",
    "measure of impact": "measure",
    "impact measure": "measure",
    "outcome measures": "measure",
    "expected outcome": "measure",
    "expected outcomes": "measure",
    "how will we know": "measure",
    "how we will know": "measure",
    "measures": "measure",
    "impact": "measure",
    "expected impact": "measure",
    "measurable outcome": "measure",
    "measurable outcomes": "measure",
    "what success looks like": "measure",
    "success indicators": "measure",
    "kpi": "measure",
    "kpis": "measure",
    "evidence of success": "measure",
    "outcome/impact": "measure",
    "intended outcome": "measure",
    "intended outcomes": "measure",
    "responsible": "lead",
    "resp.": "lead",  # a board log's 'Resp.' of initials: who is responsible
    "resp": "lead",
    "responsibility": "lead",
    "assigned to": "lead",
    "owner(s)": "lead",
    "owners": "lead",
    "lead person": "lead",
    "lead officer/s": "lead",
    "officer": "lead",
    "accountable": "lead",
    "responsible person": "lead",
    "responsible officer(s)": "lead",
    "responsible officers": "lead",
    "action lead": "lead",
    "lead(s)": "lead",
    "leads": "lead",
    "by whom": "lead",
    "action by": "lead",  # a board's action log: who the action falls to
    "lead service": "lead",  # a council's delivery plan: the service that leads each action
    "lead service(s)": "lead",
    "responsible service": "lead",
    "lead directorate": "lead",
    "lead team": "lead",
    "to be actioned by": "lead",
    "by who": "lead",  # as a risk register's further actions write it, beside 'By When'
    "who is responsible": "lead",
    "lead responsible officer": "lead",
    "named lead": "lead",
    "lead partner": "lead",
    "lead organisation": "lead",
    "responsible agency": "lead",
    "sponsor": "dlt",
    "executive lead": "dlt",
    "lead executive": "dlt",  # an NHS plan's executive answering for each deliverable
    "accountable executive": "dlt",  # the executive answering for it, beside the action owner
    "executive sponsor": "dlt",
    "senior lead": "dlt",
    "senior responsible officer": "dlt",
    "sro": "dlt",
    "operational lead": "lead",  # beside an 'Executive lead', who does the work
    "executive / operational lead": "lead",  # one column naming the one who leads it
    "executive/operational lead": "lead",
    "senior responsible owner": "dlt",
    "dlt lead officer": "dlt",
    "strategic lead": "dlt",
    "director lead": "dlt",
    "latest update": "comments",
    "latest update position": "comments",
    "management update": "comments",
    "latest management update": "comments",
    "pillar": "theme",  # HMICFRS: effectiveness, efficiency, people
    "core question": "theme",  # HMICFRS PEEL 2021/22: 'Responding to the public' ...
    "peel question": "theme",
    "agenda item": "theme",  # a committee's action log: the item each action arose under
    "kloe": "theme",  # CQC's key line of enquiry, over the review's recommendations
    "key line of enquiry": "theme",
    "well-led kloe": "theme",
    "new and developing controls": "action",  # a risk register's further controls: the
    "further controls": "action",  # actions agreed to bring the risk to its target
    "additional controls": "action",
    "further controls required": "action",
    "additional controls required": "action",
    "business plan action": "action",  # a business or delivery plan's own action
    "delivery plan action": "action",
    "plan action": "action",
    "sub-action": "action",  # a sub-action under its area for improvement
    "sub-actions": "action",
    "subject": "theme",  # a board's action log: the item's subject ('Workforce Report')
    "quality indicator": "theme",  # the Care Inspectorate's: '5.2 Assessing and responding ...'
    "key question": "theme",  # CQC's and the Care Inspectorate's: 'Safe', 'KQ5: How well ...'
    "key questions": "theme",
    "progress commentary": "comments",  # what a report says of each action's progress
    "progress narrative": "comments",
    "progress notes": "comments",
    "progress note": "comments",
    "progress comment": "comments",
    "audit assignment": "theme",  # an audit tracker: the assignment's name
    "consideration": "recommendation",  # SCIE's safeguarding audit: questions to consider
    "considerations": "recommendation",
    "concern": "recommendation",  # HM Inspectorate of Prisons: priority and key concerns
    "concerns": "recommendation",
    "priority concern": "recommendation",
    "key concern": "recommendation",
    "concern raised": "recommendation",  # a coroner's 'Concern raised by the Coroner'
    "concerns raised": "recommendation",
    "matter of concern": "recommendation",  # a Prevention of Future Deaths report's words
    "matters of concern": "recommendation",
    "response": "action",  # HMPPS's response to a concern: what will be done (weak: an
    "responsible owner": "lead",  # 'Action' column beside it is the action)
    "mitigating action": "action",  # a risk register's actions, under each risk
    "step to be taken": "action",  # the DfE's template for an independent school's plan
    "steps to be taken": "action",
    "risk": "theme",  # weak: the risk each action mitigates, where no other column groups
    "mitigating actions": "action",
    "further mitigating action": "action",  # the actions still to do to bring a risk down
    "further mitigating actions": "action",
    "risk description": "theme",  # the risk each action mitigates, described
    "risk identified": "theme",
    "risk title": "theme",
    "strategic risk": "theme",  # the risk each action mitigates, named
    "corporate risk": "theme",
    "risk ref and title": "theme",  # 'CR01 – Emergency Department crowding': the risk named
    "risk reference and title": "theme",
    "risk ref & title": "theme",
    "risk id and title": "theme",
    "risk id & title": "theme",
    "ref & risk title": "theme",
    "ref and risk title": "theme",
    "executive risk owner": "dlt",
    "risk owner": "dlt",  # the senior officer who owns the risk; the action owner leads
    "executive owner": "dlt",
    # When the row was last updated, not when the action ends ('updated' alone would read
    # it as a revised date): kept as another column.
    "date updated": "extra",
    "date agreed": "extra",  # the day a scrutiny committee agreed it, never its end (as
    # 'Agreed date', the deadline agreed, is)
    "current risk": "extra",  # a risk's score (L x I), never the risk: 'Current Risk (L x I)'
    "inherent risk": "extra",
    "residual risk": "extra",
    "target risk": "extra",
    "last updated": "extra",
    "date last updated": "extra",
    "updated on": "extra",
    "date of update": "extra",
    "update date": "extra",
    "actions and outputs": "action",  # an Athena Swan action plan's
    "action and outputs": "action",
    "date to be completed": "end",  # beside 'Date completed', the day it was done
    "date to be completed by": "end",
    "to be completed by": "end",
    "date to be met": "end",  # the Care Inspectorate's 'Date to be met' for a requirement
    "to be met by": "end",
    "date to be achieved": "end",
    "action rag": "status",  # a risk register's RAG of each action (the risk has its score)
    "action rag status": "status",
    "action status": "status",
    "further action required": "action",
    "further actions required": "action",
    "proposal for improvement": "recommendation",  # the audit offices' (NIAO, Audit Wales)
    "proposals for improvement": "recommendation",
    "council action": "action",
    "action proposed": "action",
    "governance issue": "recommendation",  # an annual governance statement's issues
    "code provision": "recommendation",  # the Housing Ombudsman's Complaint Handling Code
    "code section": "theme",
    "position on the recommendation": "action",  # the council's answer to a peer challenge
    "response to the recommendation": "action",
    "significant governance issue": "recommendation",
    "learning theme": "theme",  # a practice review's themes of learning
    "learning point": "theme",  # an adult protection learning review's, over its recommendations
    "learning themes": "theme",
    "further action": "action",  # a risk register's actions to bring a risk to its target
    "further actions": "action",
    "additional action": "action",
    "additional actions": "action",
    "additional action required": "action",  # 'Additional action required': a register's
    "additional actions required": "action",  # further action, worded as the controls are
    "associated actions": "action",  # a peer challenge plan's actions under each recommendation
    "associated action": "action",
    "related actions": "action",
    "summary update": "comments",
    "led by": "lead",  # a school's plan: 'Led by | Monitored by'
    "lead by": "lead",  # 'Action taken / proposed': what will be done
    "council response": "action",
    "organisation response": "action",
    "organisation's response": "action",
    "service action": "action",
    "rec id": "ref",
    "recommendation id": "ref",
    "principle": "theme",  # CIW: the four principles of the Social Services and Well-being Act
    "principles": "theme",
    "strategic priority": "theme",
    "strategic outcome": "theme",  # a business plan's outcome, over its key actions
    "strategic outcomes": "theme",
    "area for priority action": "recommendation",
    "area of significant concern": "recommendation",
    "areas of significant concern": "recommendation",
    "report": "theme",  # a tracker of several inspections: each report over its findings
    "inspection report": "theme",
    "case": "theme",  # an ombudsman tracker: each case over its orders
    "case reference": "theme",
    "core service": "theme",  # a CQC plan's services, each with its requirements
    "ward / service": "theme",  # a hospital's ward or core service, on each of its rows
    "ward/service": "theme",
    "phase": "theme",  # an ITE plan's Primary and Secondary, each with its areas
    "chapter": "theme",  # an inspection report's chapter, over its recommendations
    "funding stream": "theme",  # a funding audit's stream (16-19, adult), over its findings
    "core services": "theme",
    "areas for priority action": "recommendation",
    "where are we now": "comments",
    "where we are now": "comments",
    "strategic priorities": "theme",
    "how we will know it has made a difference": "measure",
    "audit": "theme",  # an audit tracker: the audit's name over its recommendations
    "audit name": "theme",
    "audit title": "theme",
    "scrutiny review": "theme",  # a scrutiny tracker: the review's name over its recommendations
    "review": "theme",
    "rag review": "status",  # a school's RAG at each review: 'Autumn', 'Spring' under it
    "learning response": "theme",  # a PSIRF export: the investigation over its findings
    "review title": "theme",
    "review name": "theme",
    "audit report": "theme",
    "progress to date": "comments",
    "action taken": "comments",  # what has been done: a tracker's progress, not its action
    "actions taken": "comments",
    "action taken to date": "comments",
    "actions taken to date": "comments",
    "commentary": "comments",
    "status update": "comments",
    "comment": "comments",
    "progress/comments": "comments",
    "update on progress": "comments",
    "progress and evidence": "comments",
    "evidence of implementation": "comments",  # a closed sheet's words beside each: its
    # progress, told at its close (giving way to a progress column beside it: header.WEAKER)
    "progress made": "comments",
    "update/progress": "comments",
    "overall rag": "status",
    "progress rag": "status",
    "progress (rag)": "status",
    "delivery status": "status",
    "rag status (current)": "status",
    "rag rating (current)": "status",
    "b/rag": "status",
    "r/a/g": "status",
    "status (rag)": "status",
    "current status": "status",
    "rating": "status",
}

# A priority's or rating's handful of words (High/Medium/Low, P1, 1-4): a column of them ranks
# the findings, it names no part of the plan.
PRIORITY_WORDS = frozenset(
    (
        "high", "medium", "med", "low", "critical", "essential", "important", "urgent", "normal",
        "major", "minor", "significant", "moderate", "limited", "p1", "p2", "p3", "p4",
        "1", "2", "3", "4", "h", "m", "l",
        "fundamental", "requires attention", "merits attention", "needs attention",  # an
        "housekeeping", "advisory", "routine",  # internal auditor's ratings of its findings
    )
)  # fmt: skip
