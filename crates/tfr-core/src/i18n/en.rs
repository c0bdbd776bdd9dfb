//! English catalogue: every user-visible string, sorted by key (a test checks order and completeness).

/// One entry per line: the key, a tab (`\t`), then the template. Sorted by key.
pub static TEXT: &str = "
app.language\tLanguage
app.skip\tSkip to main content
app.tagline\tFor people with chronic myeloid leukaemia (CML) who are thinking about stopping their TKI to try treatment-free remission, and for their haematologists. Everything stays on this device.
app.title\tStopping CML treatment: a decision aid
discuss.eln.monitoring\tELN asks that you agree to more frequent PCR tests after stopping.
discuss.eln.motivation\tELN asks that you want to try, and that you and your team talk it through in a structured way.
discuss.nccn.specialist\tNCCN asks for a talk with a CML specialist centre about whether stopping suits you and its risks, including withdrawal symptoms.
drug.asciminib\tasciminib
drug.bosutinib\tbosutinib
drug.dasatinib\tdasatinib
drug.imatinib\timatinib
drug.nilotinib\tnilotinib
drug.other\tanother TKI
drug.ponatinib\tponatinib
find_out.age\tEnter your age.
find_out.approved\tAsk your haematologist whether the current NCCN version covers your TKI.
find_out.courses\tAdd your TKI treatments with their dates.
find_out.lab\tAsk your clinic whether the lab reports on the International Scale, can detect MR4.5, and how long results take.
find_out.pcr\tAdd your PCR results from your lab reports.
find_out.phase\tAsk your haematologist whether your CML was ever in accelerated or blast phase.
find_out.switch_reason\tAsk your haematologist whether each change of TKI was for side effects only.
find_out.transcript\tAsk your clinic which transcript type you have. It is on the report of the test done when you were diagnosed.
guideline.eln2020_minimal\tELN 2020: minimal requirements (stopping can be considered)
guideline.eln2020_optimal\tELN 2020: optimal requirements (stopping recommended for consideration)
guideline.nccn\tNCCN criteria as summarised 2019-2020 (your clinician should check the current version)
interp.dmr_run\tOur reading: the deep response is the unbroken run of your most recent results at that level, from its first to its latest result. A \"not detected\" result with 10,000 or fewer ABL1 copies neither extends nor breaks the run.
interp.eln.lab\tELN asks for \"rapid\" results without a number. We read it as results within 4 weeks, because a relapse should be treated within about 4 weeks.
interp.eln.line\tOur reading: any TKI stopped for resistance fails this rule. A second TKI passes only when the change was for side effects. A third TKI does not pass.
interp.eln.no_failure\tOur reading: a TKI stopped for resistance counts as treatment failure. A change with no reason given is unknown.
interp.eln.tki_2g\tOur reading: met when total TKI time is over 5 years, or when the current TKI is dasatinib, nilotinib or bosutinib and has itself lasted over 4 years.
interp.nccn.age\tWith age in whole years we cannot know the exact birthday; the date given is the latest it could be.
interp.nccn.quantifiable\tOur reading: met with a typical transcript (e13a2 or e14a2) or with a measured result on record.
interp.nccn.resistance\tOur reading: any TKI stopped for resistance fails this rule. A change of TKI with no reason given is unknown.
interp.nccn.tests\tOur reading: tests are counted within the unbroken run of MR4-or-deeper results, at least 3 calendar months apart.
level.above_mmr\tAbove MMR
level.mmr\tMMR
level.mr4\tMR4
level.mr4.5\tMR4.5
level.mr5\tMR5
level.not_evaluable\tCannot be graded (too few ABL1 copies)
level.pending\t—
pcr.add\tAdd a result
pcr.copies\tABL1 copies
pcr.date\tDate of test
pcr.date_hint\tyear-month-day, e.g. 2024-03-01
pcr.empty\tNo results yet. Add your first result.
pcr.intro\tEnter each BCR-ABL1 result from your lab reports: the date, and the % on the International Scale (IS). If the report says no BCR-ABL1 was found, tick \"not detected\" and enter the ABL1 copies.
pcr.level\tResponse level
pcr.levels_explained\tMMR means 0.1% or lower. MR4 means 0.01% or lower. MR4.5 means 0.0032% or lower. MR5 means 0.001% or lower. A \"not detected\" result counts as MR4, MR4.5 or MR5 only if the sample had more than 10,000, 32,000 or 100,000 ABL1 copies.
pcr.remove\tRemove result {n}
pcr.row\tResult {n}
pcr.source\tLevels as defined by ELN 2020 and the EUTOS laboratory recommendations (Cross et al., Leukemia 2015, PMID 25652737).
pcr.undetectable\tNot detected
pcr.value\tBCR-ABL1 (%IS)
problem.above_100\tA BCR-ABL1 result cannot be above 100%.
problem.after_assessed_on\tThis date is in the future.
problem.copies_not_whole\tCopies must be a whole number.
problem.end_before_start\tThis date is before the start date.
problem.impossible_date\tThis date does not exist. Please check the day and month.
problem.malformed_date\tWrite the date as year-month-day, for example 2024-03-01.
problem.malformed_json\tThis is not a readable profile file (error at line {line}, column {column}).
problem.missing\tPlease fill this in.
problem.missing_copies\tA \"not detected\" result needs the ABL1 control-gene copies from the lab report.
problem.negative\tThis cannot be below zero.
problem.no_value\tEnter the % value, or tick \"not detected\".
problem.not_a_list\tThis should be a list.
problem.not_a_number\tThis is not a number.
problem.not_an_object\tThis part of the file has the wrong shape.
problem.not_text\tThis should be text.
problem.not_true_false\tThis should be yes or no (true or false).
problem.out_of_range\tThis should be between {min} and {max}.
problem.overlaps\tThese dates overlap with treatment {other}. A new treatment can start on the day the last one ended.
problem.too_large\tThis file is too large to be a profile. Nothing was changed.
problem.too_many\tThis list is too long (at most {max}).
problem.unknown_format\tThis is not a tfr-profile/1 file.
problem.unknown_value\tThis value is not one we know. Use one of: {allowed}.
problem.value_and_undetectable\tGive either a % value or \"not detected\", not both.
problem.zero_percent\t0% cannot be graded. If no BCR-ABL1 was found, tick \"not detected\" and enter the ABL1 copies.
reason.age.met\tYou are 18 or older.
reason.age.under\tYou are under 18.
reason.age.unknown\tWe do not know your age.
reason.approved.met\tYour TKI, {drug}, is on the list.
reason.approved.no_courses\tNo TKI treatment has been entered yet.
reason.approved.not_listed\tYour TKI, {drug}, is not in the 2019-2020 list. Ask whether the current NCCN version includes it.
reason.dmr.met\tYour results have been MR4 or deeper for {years} years (since {since}), more than {threshold}.
reason.dmr.met_at_least\tYour results have been MR4 or deeper for {years} years (since {since}), at least {threshold}.
reason.dmr.no_results\tNo PCR results have been entered yet.
reason.dmr.not_deep\tYour latest result is not MR4 or deeper.
reason.dmr.not_evaluable\tNone of your results can be graded yet (too few ABL1 copies).
reason.dmr.short\tYour results have been MR4 or deeper for {years} years (since {since}). The guideline asks for more than {threshold}.
reason.dmr.short_at_least\tYour results have been MR4 or deeper for {years} years (since {since}). The guideline asks for at least {threshold}.
reason.dmr_opt.met_mr4\tYour results have been MR4 or deeper for {years} years (since {since}), more than 3.
reason.dmr_opt.met_mr45\tYour results have been MR4.5 or deeper for {years} years (since {since}), more than 2.
reason.dmr_opt.short\tMR4 or deeper for {years} years and MR4.5 or deeper for {years45} years: not yet more than 3 or 2 years.
reason.failure.no_courses\tNo TKI treatment has been entered yet.
reason.failure.none\tNo TKI was stopped because it failed.
reason.failure.resistance\tA TKI was stopped because of resistance, which counts as treatment failure.
reason.failure.unclear\tWe do not know why one TKI was changed.
reason.lab.met_eln\tYour lab reports on the International Scale and results come back within 4 weeks.
reason.lab.met_nccn\tYour lab reports on the International Scale, can detect MR4.5, and results come back within 2 weeks.
reason.lab.not_is\tYour lab does not report on the International Scale (IS).
reason.lab.not_sensitive\tYour lab cannot detect MR4.5.
reason.lab.slow_eln\tResults take more than 4 weeks to come back.
reason.lab.slow_nccn\tResults take more than 2 weeks to come back.
reason.lab.unknown\tWe do not know enough about your PCR lab yet.
reason.line.first\tYou have taken one TKI only.
reason.line.no_courses\tNo TKI treatment has been entered yet.
reason.line.resistance\tA TKI was changed because it stopped working well enough (resistance).
reason.line.second_intolerance\tYou changed TKI once, because of side effects. That is allowed.
reason.line.switch_reason_unclear\tYou changed TKI, but we do not know if side effects were the only reason.
reason.line.third\tYou have changed TKI more than once. The guideline covers a first or second TKI only.
reason.phase.met\tYou told us CML has only been in chronic phase.
reason.phase.unknown\tWe do not know whether CML was ever in accelerated or blast phase.
reason.phase.unmet\tCML has been in accelerated or blast phase. The guideline does not support stopping then.
reason.quantifiable.atypical\tAn atypical transcript with no measured result on record.
reason.quantifiable.measured\tYou have a measured BCR-ABL1 result on record.
reason.quantifiable.typical\tA typical transcript can be measured on the standard test.
reason.resistance.met\tNo TKI was stopped because of resistance.
reason.resistance.unmet\tA TKI was stopped because of resistance.
reason.tests.met\t{count} tests at least 3 months apart showed MR4 or deeper.
reason.tests.short\t{count} tests at least 3 months apart showed MR4 or deeper. The guideline asks for 4.
reason.tki.met\tYou have taken a TKI for {years} years, which is more than {threshold}.
reason.tki.met_2g\tYou have taken your current TKI, {drug}, for more than 4 years.
reason.tki.met_at_least\tYou have taken a TKI for {years} years, which is at least {threshold}.
reason.tki.no_courses\tNo TKI treatment has been entered yet.
reason.tki.short\tYou have taken a TKI for {years} years. The guideline asks for more than {threshold}.
reason.tki.short_at_least\tYou have taken a TKI for {years} years. The guideline asks for at least {threshold}.
reason.transcript.atypical\tAn atypical transcript cannot be measured reliably on the standard test, so a deep response cannot be confirmed.
reason.transcript.met\tYour transcript type is a typical one.
reason.transcript.unknown\tWe do not know your transcript type.
rule.eln.dmr_duration\tDeep response (MR4 or deeper) for more than 2 years.
rule.eln.dmr_duration_optimal\tDeep response for more than 3 years at MR4, or more than 2 years at MR4.5.
rule.eln.lab\tA good PCR lab that reports on the International Scale and gives results quickly.
rule.eln.line\tFirst TKI, or second TKI if the only reason for changing was side effects.
rule.eln.no_failure\tNo earlier treatment failure.
rule.eln.phase\tCML has only ever been in the first chronic phase.
rule.eln.tki_duration\tTKI treatment for more than 5 years (more than 4 years on dasatinib, nilotinib or bosutinib).
rule.eln.tki_duration_optimal\tTKI treatment for more than 5 years.
rule.eln.transcript\tA typical transcript type: e13a2 or e14a2.
rule.nccn.age\tAge 18 or older.
rule.nccn.approved_tki\tOn an approved TKI (imatinib, dasatinib, nilotinib, bosutinib or ponatinib in the 2019-2020 summary).
rule.nccn.lab\tA PCR lab that can detect MR4.5, reports on the International Scale and gives results within 2 weeks.
rule.nccn.mr4_duration\tStable MR4 (0.01% or lower) for at least 2 years.
rule.nccn.mr4_tests\tThat MR4 shown on at least 4 tests, at least 3 months apart.
rule.nccn.no_resistance\tNo resistance to any TKI in the past.
rule.nccn.phase\tChronic phase, never accelerated or blast phase.
rule.nccn.quantifiable_transcript\tBCR-ABL1 could be measured before (a quantifiable transcript).
rule.nccn.tki_duration\tTKI treatment for at least 3 years.
status.met\tMet
status.unknown\tUnknown
status.unmet\tNot met
status.unmet_time\tNot yet
transcript.atypical\tAtypical (another type)
transcript.e13a2\te13a2 (b2a2)
transcript.e13a2_e14a2\tBoth e13a2 and e14a2
transcript.e14a2\te14a2 (b3a2)
transcript.unknown\tI don't know
value.age\tAge
value.current_drug\tCurrent TKI
value.current_years\tYears on current TKI
value.dmr_since\tDeep response since
value.dmr_years\tYears of deep response
value.lab_is\tLab uses the International Scale
value.lab_mr45\tLab can detect MR4.5
value.lab_turnaround\tWeeks until results
value.latest_level\tLatest result
value.lines\tNumber of different TKIs
value.mr45_years\tYears at MR4.5 or deeper
value.tests_counted\tTests counted
value.tki_years\tYears on TKI
value.transcript\tTranscript type
verdict.eligible\tCriteria met
verdict.eligible.summary\tBy these criteria, you could talk with your haematologist about trying to stop.
verdict.incomplete\tMore information needed
verdict.incomplete.summary\tWe need more information to check these criteria. See what to find out below.
verdict.not_eligible\tCriteria not met
verdict.not_eligible.summary\tBy these criteria, stopping is not advised for you now. Your haematologist can explain why.
verdict.not_yet\tNot yet
verdict.not_yet.summary_dated\tIf your results stay as they are and you keep having tests every 3 months, these criteria could be met on about {date}.
verdict.not_yet.summary_undated\tYour results need to reach MR4 or deeper before a date can be given.
views.cn2020\tThe Chinese guideline of 2020 says that some people whose deep response has lasted more than 2 years reach treatment-free remission, but that long-term safety is not yet clear. It advises stopping only in carefully chosen people, at centres able to do close PCR testing, with informed consent and regular tests. We could not check its exact criteria, so we do not show them.
views.heading\tOther expert views
views.seed\tA Chinese review (Liu, Zeng and Li) suggests considering a stop after more than 3 years of TKI and more than 2 years of sustained deep response, with frequent tests, if possible including digital PCR. These thresholds are close to NCCN's and lower than ELN 2020's (more than 5 years of TKI).
";
