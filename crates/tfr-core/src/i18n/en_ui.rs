//! English catalogue, app texts (steps, form labels, result headings): sorted by key (a test checks order and completeness).

/// One entry per line: the key, a tab (`\t`), then the template. Sorted by key.
pub static TEXT: &str = "
about.close\tBack to the aid
about.evidence\tThe evidence was last reviewed on {date}. Every figure shown comes with its source: authors, journal, year and PubMed or DOI number.
about.evidence_heading\tThe evidence and how it is kept up to date
about.funding\tNo company, drug maker or other funder paid for it or had any say in what it says. It shows no advertising.
about.limits\tTrials used different rules for when to restart treatment, so their results can only be compared with their rules beside them. Trial results are averages for groups of people; they cannot say what will happen to one person.
about.not\tIt is not a medical device and does not make decisions. It cannot know everything about you. Every result is a point to discuss with your haematologist. Never stop or change your TKI without your haematologist.
about.open\tAbout this aid
about.privacy\tEverything runs on this device. Nothing you enter is sent anywhere: there is no server, no account and no tracking. Nothing is stored unless you tick \"Remember on this device\", and \"Clear everything\" removes it. Files you save stay where you put them.
about.privacy_heading\tYour privacy
about.sources_heading\tSources
about.update_policy\tWe review the evidence at least once a year, and sooner when a major guideline or trial is published. Guideline versions change: your haematologist may use a newer version than the one shown here.
about.version\tVersion {version}
about.what\tA decision aid for adults with chronic myeloid leukaemia (CML) in deep molecular response who are thinking about stopping their TKI to try treatment-free remission (TFR), and for the haematologists and nurses who talk it through with them. It compares your history with published guideline criteria, shows what happened to people like you in the trials, and helps you think about what matters to you.
about.what_heading\tWhat this aid is
about.who\tThe tfr-aid project: an independent team that built it from published guidelines and trial reports. Its source code and every figure it shows, with the source of each, are open for review.
about.who_heading\tWho made it
app.disclaimer\tThis aid gives points to discuss with your haematologist. It does not make decisions for you. Nothing you enter leaves this device.
attempts.add\tAdd an earlier try
attempts.heading\tEarlier tries at stopping
attempts.intro\tIf you have stopped your TKI before to try treatment-free remission, add each time here.
attempts.remove\tRemove earlier try {n}
attempts.restarted\tRestarted on (leave empty if you did not restart)
attempts.row\tEarlier try {n}
attempts.stopped\tStopped on
clinician.criterion\tCriterion
clinician.met_on\tMet on (projected)
clinician.source\tSource
clinician.status\tStatus
clinician.values\tValues used
criterion.interpretation\tHow we read it
criterion.met_at_next_test\tIf your results stay as they are, this could be met at your next test.
criterion.met_on\tIf your results stay as they are, this could be met on about {date}.
criterion.rule\tThe rule
criterion.source\tSource
criterion.why\tWhy?
data.clear\tClear everything
data.heading\tYour data
data.kiosk_note\tThis is a shared screen. Nothing is saved, and everything is wiped after a few minutes without use.
data.open\tOpen a saved file
data.open_failed\tThat file could not be opened. What is on screen has not changed.
data.opened\tYour saved profile has been opened.
data.remember\tRemember on this device
data.remember_hint\tOff unless you tick it. When on, what you enter is kept in this browser only, until you clear it. Nothing is ever sent anywhere.
data.save\tSave to a file
form.age\tYour age (years)
form.choose\tChoose...
form.date_hint\tyear-month-day, e.g. 2024-03-01
form.dont_know\tI don't know
form.no\tNo
form.phase\tHas your CML ever been in accelerated or blast phase?
form.phase_hint\tMost people are diagnosed in chronic phase and stay there. Your haematologist knows.
form.reason_unknown\tI don't know
form.transcript\tYour transcript type
form.transcript_hint\tThis is the kind of BCR-ABL1 your leukaemia makes. It is on the report of the test done when you were diagnosed, often written as e13a2 (b2a2) or e14a2 (b3a2). If you are not sure, choose \"I don't know\" and ask your clinic.
form.yes\tYes
icons.alt\tPicture of 100 people: {text}
icons.count\t{count} in 100
icons.source\tSource:
kiosk.continue\tI'm still here: continue
kiosk.text\tTo protect your privacy, everything you entered will be wiped in {seconds} seconds.
kiosk.title\tAre you still there?
lab.heading\tYour PCR lab
lab.intro\tYour clinic can tell you these. They matter because stopping is only safe with good, quick tests.
lab.is\tDoes the lab report results on the International Scale (IS)?
lab.mr45\tCan the lab detect MR4.5 (a sensitivity of at least 4.5 logs)?
lab.turnaround\tHow many weeks does it take to get a result?
monitoring.no_date\tEnter a date to see the test dates.
pcr.paste_button\tAdd these results
pcr.paste_heading\tPaste several results at once
pcr.paste_hint\tOne result per line: the date, then the % value, e.g. 2024-03-01 0.0021. For a result with no BCR-ABL1 found: 2024-06-01 undetectable 52000 (the ABL1 copies).
pcr.paste_label\tLines copied from a lab report
pcr.paste_skipped\tLines {lines} had no date at the start and were not added.
phase.accelerated_or_blast\tYes, it was in accelerated or blast phase at some time
phase.chronic_only\tNo, only ever chronic phase
phase.unknown\tI don't know
plan.heading\tYour plan
plan.osteo\tHave you had bone or joint pain problems in the past (for example arthritis)?
plan.stop\tDay you might stop your TKI (if you have one in mind)
plan.stop_hint\tyear-month-day. It can be in the future. It is used for the test dates after stopping.
print.button\tPrint a summary for your clinic visit
print.first_year\tFirst-year PCR tests (ELN 2020) after the planned stop:
print.inputs\tWhat was entered
print.meta\tMade on {date} with tfr-aid version {version}. Evidence last reviewed {reviewed}.
print.ongoing\tnow
print.recent\tLatest PCR results:
print.title\tStopping CML treatment: summary for the clinic visit
print.undetectable\tnot detected ({copies} ABL1 copies)
print.values\tWhat matters to me, and my questions
reason_stopped.intolerance\tSide effects (intolerance)
reason_stopped.other\tAnother reason
reason_stopped.resistance\tIt stopped working well enough (resistance)
results.benefits\tPossible benefits
results.caveats\tLimits of the evidence
results.definitions\tHow each trial defined relapse
results.eligibility\tCould you try stopping? The guidelines' criteria
results.eligibility_note\tGuidelines differ. ELN 2020 is the European guideline; NCCN is the US guideline. Each criterion shows what we used and where the rule comes from.
results.fix_first\tSome entries need attention before we can check the criteria:
results.go_to\tGo to {step}
results.harms\tPossible harms and burdens
results.intro\tHere is how your history compares with the published criteria for trying to stop. These are points to talk about with your haematologist, not a decision.
results.no_trials\tNo stopping trial matched everything you entered.
results.odds_heading\tWhat shifts the odds
results.options_heading\tYour options side by side
results.options_intro\tThe same picture of 100 people for each option, over the same time, so they can be compared. The numbers come from trials of groups of people; they cannot say what will happen to you.
results.outlook_heading\tWhat tends to happen to people like you
results.partial_heading\tTrials that match you only in part ({count})
results.per_100_at\tOut of 100 people like you, after {months} months
results.relapse_heading\tIf it comes back
results.trials_heading\tTrials of people like you
results.used_by\tUsed by
results.ws_heading\tWithdrawal syndrome: aches after stopping
results.ws_helped\tWhat helped
results.ws_yours\tYour own risk factors
step.about_you\tAbout you
step.back\tBack
step.lab_plan\tLab and plan
step.nav\tSteps
step.next\tNext
step.of\tStep {n} of {total}: 
step.pcr\tPCR results
step.results\tYour results
step.treatment\tYour treatment
treatment.add\tAdd a treatment
treatment.drug\tTKI
treatment.end\tStopped on
treatment.intro\tAdd each TKI you have taken, with the dates. If you changed TKI, say why. Leave out short breaks of a few days.
treatment.ongoing\tI am still taking it
treatment.reason\tWhy it stopped
treatment.remove\tRemove treatment {n}
treatment.row\tTreatment {n}
treatment.start\tStarted on
trial.ci_computed\t95% CI {lo}–{hi}% (worked out by us)
trial.ci_paper\t95% CI {lo}–{hi}% (from the paper)
trial.differs\tWhere you differ from the people in this trial:
trial.entry\tWho took part
trial.n\t{n} people stopped
trial.outcome\tOutcome
trial.over_follow_up\tOver the whole follow-up
trial.percent\tPeople
trial.relapse\tWhat counted as relapse
trial.study\tStudy
trial.time\tWhen
verdict.separator\t. 
verdict.to_discuss\tAlso to discuss
verdict.to_find_out\tWhat to find out
view.clinician\tClinician view
view.label\tHow to show the results
view.patient\tPlain view
";
