//! English catalogue, outlook texts: sorted by key (a test checks order and completeness).

/// One entry per line: the key, a tab (`\t`), then the template. Sorted by key.
pub static TEXT: &str = "
applies.absent\tDoes not apply to you
applies.by_degree\tA matter of degree: see your value
applies.present\tApplies to you
applies.unknown\tNot known from what you entered
design.cohort\tClinic series
design.de_escalation_trial\tTrial of a lower dose before stopping
design.meta_analysis\tPooled analysis of many studies
design.pooled_analysis\tAnalysis pooling several studies
design.review\tReview
design.second_stop_trial\tStudy of a second try at stopping
design.stop_trial\tStopping trial
design.survey\tPatient survey
differs.after_imatinib\tThe trial took people who took {drug} after imatinib. You did not take imatinib before it.
differs.depth_none\tThe trial asked for {level} or deeper for at least {months} months. Your latest result is not {level} or deeper.
differs.depth_none_untimed\tThe trial asked for a deep response of {level} or deeper. Your latest result is not that deep.
differs.depth_short\tThe trial asked for {level} or deeper for at least {months} months. Your results have been {level} or deeper for {yours} months.
differs.drug\tThe trial studied {drugs}. Your TKI is {drug}.
differs.drug_time\tThe trial asked for at least {months} months on {drug}. You have taken it for {yours} months.
differs.latest\tThe trial asked for a latest result of {level} or deeper. Yours is {yours}.
differs.line_first\tThe trial took people on their first TKI. You have changed TKI before.
differs.line_later\tThe trial took people for whom {drug} was a second or later TKI. It is your first.
differs.prior_failure\tThe trial did not take people whose earlier treatment had failed. One of your TKIs was stopped because of resistance.
differs.tki_time\tThe trial asked for at least {months} months of TKI treatment. You have {yours} months.
differs.undetectable_none\tThe trial asked for BCR-ABL1 to be undetectable on a sensitive test for at least {months} months. Your recent results do not show this at the trial's test sensitivity.
differs.undetectable_short\tThe trial asked for BCR-ABL1 to be undetectable on a sensitive test for at least {months} months. Your results have shown this for {yours} months.
entry.astim\tImatinib. BCR-ABL1 undetectable for at least 2 years (40,000 or more ABL1 copies); an occasional low positive result below 0.1% was allowed.
entry.dadi\tDasatinib as a second or later TKI. A stable deep response (MR4) for at least 1 year, then 1 more year of dasatinib in the study before stopping.
entry.dasfree\tDasatinib (first or later TKI) for at least 2 years, with a stable deep response.
entry.destiny\tAny TKI for at least 3 years, with at least 3 PCR results below 0.1% (MMR) in the past 12 months. People were grouped as MR4 (all results 0.01% or lower) or MMR (not all).
entry.domest\tImatinib. MR4 for at least 2 years, confirmed when the study started.
entry.enestfreedom\tNilotinib as first TKI for at least 2 years, reaching MR4.5, then 1 more year of nilotinib in the study (at least 3 years in all). On the last 4 tests, 3 months apart: MR4.5 on the last one, none worse than MR4, and at most 2 between MR4 and MR4.5.
entry.enestop\tNilotinib after imatinib (more than 4 weeks of imatinib first), with at least 3 years of TKI in all. MR4.5 on nilotinib, then 1 more year of nilotinib in the study with no confirmed loss of MR4.5.
entry.euroski\tAny TKI for at least 3 years with no treatment failure. MR4 for at least 1 year, shown on 3 tests in a row.
entry.isav\tImatinib for more than 2 years. BCR-ABL1 undetectable for at least 18 months.
entry.jalsg_stim213\tImatinib for at least 3 years. A deep response (MR4 or deeper) for at least 2 years, on 4 tests in a row, and MR4.5 confirmed by a central lab.
entry.kid\tImatinib for more than 3 years. BCR-ABL1 undetectable for at least 2 years.
entry.restim\tA second try at stopping imatinib (the first TKI) after a first try ended in relapse. The second stop came a median of 32 months after restarting.
entry.stat2\tA deep response (MR4.5, 0.0032% or lower) that lasted through 2 years of nilotinib in the study.
entry.stim1\tImatinib for at least 3 years. BCR-ABL1 undetectable for at least 2 years on a very sensitive test (4.5 logs; 50,000 or more ABL1 copies).
entry.stop2gtki\tDasatinib or nilotinib (first or later TKI) for at least 3 years. BCR-ABL1 undetectable at MR4.5 sensitivity for at least 2 years.
entry.twister\tImatinib. BCR-ABL1 undetectable for at least 2 years on a test sensitive to 4.5 logs.
factor.dmr_length.name\tHow long your deep response has lasted
factor.dmr_length.text\tA longer deep response before stopping went with a better chance of keeping MMR at 6 months (EURO-SKI). We have no checked figure for how much each extra year adds.
factor.prior_attempt.name\tAn earlier try at stopping
factor.prior_attempt.text\tIn RE-STIM, of 70 people trying a second time after a relapse, 48% were in remission without TKI at 12 months, 42% at 24 months and 35% at 36 months. Those who had stayed in deep response for 3 months after their first stop did better; no figure was given.
factor.prior_resistance.name\tEarlier treatment that did not work well enough
factor.prior_resistance.text\tPeople whose earlier treatment had not worked well enough relapsed more often in DADI (after resistance to imatinib) and STOP 2G-TKI (after a slow response or resistance). We have no checked figure for how much.
factor.response_speed.name\tHow fast BCR-ABL1 fell when treatment began
factor.response_speed.text\tIn one study of 115 people (Adelaide), how fast BCR-ABL1 fell in the first months of treatment mattered most: 80% of the fastest quarter stayed in remission, against 4% of the slowest quarter. Your haematologist may be able to work this out from your early results.
factor.sokal.name\tSokal risk score at diagnosis
factor.sokal.text\tIn ENESTfreedom, 61.3% of people with a low Sokal risk at diagnosis were in remission without TKI at 96 weeks, 50% with intermediate risk and 28.6% with high risk. STIM1 also linked the Sokal score to relapse. The score is worked out at diagnosis: you can ask your haematologist for yours.
factor.tki_time.name\tHow long you have taken a TKI
factor.tki_time.text\tLonger TKI treatment before stopping went with better results (EURO-SKI final analysis, DOMEST, KID, STIM1 and an Adelaide study). We have no checked figure for how much each extra year adds.
factor.transcript.both\tYou have both e13a2 and e14a2. The studies we read compared people with one type or the other, so we cannot say which group you are closer to. In one clinic series, 23.5% of all people with e14a2 (25 of 106) reached lasting remission without TKI, against 3% with e13a2 (2 of 67).
factor.transcript.name\tTranscript type (e14a2 or e13a2)
factor.transcript.text\tIn one clinic series, 23.5% of all people with e14a2 (25 of 106) reached lasting remission without TKI, against 3% of people with e13a2 (2 of 67). These counts include people who never stopped, so they are not the chance of success after stopping. The EURO-SKI final analysis and an Adelaide study also found the transcript type mattered; we have not seen their numbers.
factor.undetectable.name\tBCR-ABL1 undetectable when stopping
factor.undetectable.text\tIn STAT2, 75.6% of people whose BCR-ABL1 was undetectable when they stopped stayed in remission, against 48.6% of those with a level that could still be measured. In JALSG-STIM213, undetectable BCR-ABL1 on a very sensitive test also went with success. STAT2 counted a confirmed loss of MR4.5 as relapse, a strict line.
factor.week12.name\tDepth of response 12 weeks after stopping
factor.week12.text\tAfter stopping, the result at week 12 said a lot in ENESTfreedom: 82.6% of those still in MR4.5 stayed in remission, 23.1% of those in MR4 but not MR4.5, and 0% of those in MMR only. In STOP 2G-TKI, losing MR4.5 by 3 months also pointed to later loss of MMR. This is known only after stopping; your haematologist can use it at your tests.
group.detectable\tBCR-ABL1 still measurable when stopping
group.fastest_fall\tFastest quarter of the early BCR-ABL1 fall
group.mmr_cohort\tIn MMR but not MR4 in the year before
group.mr4_cohort\tIn MR4 throughout the year before
group.on_tki\tWhile still on TKI
group.slowest_fall\tSlowest quarter of the early BCR-ABL1 fall
group.sokal_high\tHigh Sokal risk
group.sokal_intermediate\tIntermediate Sokal risk
group.sokal_low\tLow Sokal risk
group.undetectable\tBCR-ABL1 undetectable when stopping
group.week12_mmr\tMMR only at week 12 after stopping
group.week12_mr4\tMR4 but not MR4.5 at week 12 after stopping
group.week12_mr45\tMR4.5 at week 12 after stopping
icon.continue.derivation\tEveryone who keeps taking the TKI is still taking it at 24 months: 100 in 100. Our evidence has no trial figure for how many of them stay in MMR, so the picture does not split them.
icon.frame\t{count} in 100: {label}
icon.halve.derivation_mmr\tDESTINY, people in MMR but not MR4 in the year before: {lost}% had lost MMR by 24 months on the study, so {lost_100} in 100 are back on the full dose and {kept_100} in 100 are in remission without TKI (they stopped at 12 months). Rounded to whole people.
icon.halve.derivation_mr4\tDESTINY, people in MR4 throughout the year before: {lost}% had lost MMR by 24 months on the study, so {lost_100} in 100 are back on the full dose and {kept_100} in 100 are in remission without TKI (they stopped at 12 months). Rounded to whole people.
icon.outcome.back_on_tki\tLost MMR and went back on TKI
icon.outcome.off_tki_remission\tIn remission without TKI
icon.outcome.on_tki\tStill taking the TKI
icon.stop.derivation\tEURO-SKI: {kept}% were in remission without TKI at 24 months, so {kept_100} in 100. The other {lost_100} in 100 did not stay free of relapse; in the trial, losing MMR meant restarting the TKI.
icon.stop_second.derivation\tRE-STIM: {kept}% were in remission without TKI 24 months into a second try, so {kept_100} in 100. The other {lost_100} in 100 had lost MMR and restarted the TKI.
measure.arthralgia\tJoint pain reported
measure.durable_tfr_all_patients\tLasting remission without TKI, out of all patients (not only those who stopped)
measure.fear_anxiety\tFelt fear or anxiety while off treatment
measure.lost_mmr\tLost MMR
measure.musculoskeletal_pain\tMuscle or bone pain reported
measure.recurrence\tLost MMR (by this time on the study)
measure.relapsed\tRelapsed (over the follow-up)
measure.relapses_after\tShare of relapses that came after this time
measure.relapses_by\tShare of relapses that came by this time
measure.sustained_dmr\tLasting deep response, out of all patients
measure.tfr\tIn remission without TKI
measure.tfs\tOff TKI with no other event (treatment-free survival)
measure.withdrawal_syndrome\tWithdrawal syndrome
measure.ws_anti_inflammatory\tOf those with withdrawal symptoms: used anti-inflammatory drugs
measure.ws_mild\tOf those with withdrawal symptoms: mild or moderate
measure.ws_not_supported\tOf those with withdrawal symptoms: felt not fully supported
measure.ws_reported\tReported withdrawal symptoms
measure.ws_resolved\tOf those with withdrawal symptoms: it went away
measure.ws_several_treatments\tOf those with withdrawal symptoms: needed several treatments
not_checked.courses\tWe could not check treatment time: add your TKI treatments.
not_checked.pcr\tWe could not check your response: add your PCR results.
not_checked.switch_reason\tWe could not check for earlier treatment failure: we do not know why your TKI was changed.
note.dadi\tThe review by Liu, Zeng and Li gives 44% at 24 months in its text. That figure belongs to 36 months (final analysis: 44.4%), as its Table 1 says.
note.domest\tThe review by Liu, Zeng and Li gives relapse as loss of MMR in its Table 1. In the trial, relapse was loss of MR4, a stricter line.
note.enestfreedom\tThe review by Liu, Zeng and Li gives 52.6% at 12 months and 48.9% at 24 months in its Table 1. The trial reported 51.6% at 48 weeks and 48.9% at 96 weeks (about 22 months).
note.enestop\tThe review by Liu, Zeng and Li gives relapse as loss of MR4 in its Table 1. In the trial, relapse was loss of MMR or a confirmed loss of MR4.
note.isav\tThe review by Liu, Zeng and Li gives 48.1% as the share in remission at 36 months in its Table 1. In the paper, 48.1% (52 of 108) is the share who relapsed, after a median follow-up of 21.6 months; entry was imatinib for more than 2 years with BCR-ABL1 undetectable for at least 18 months.
note.restim\tThe review by Liu, Zeng and Li also gives 66% at 6 months. We could not confirm that figure in the trial report, so we do not show it.
note.stat2\tThe review by Liu, Zeng and Li gives relapse as loss of MMR in its Table 1. In the trial, relapse was a confirmed loss of the deep response (MR4.5).
note.stim1\tThe review by Liu, Zeng and Li gives relapse as loss of complete molecular response in its Table 1. In the trial, relapse was a confirmed return of BCR-ABL1 with a tenfold rise, or loss of MMR. The 38% at 60 months matches.
note.twister\tThe review by Liu, Zeng and Li gives relapse as loss of MMR in its Table 1. In the trial, a confirmed return of detectable BCR-ABL1 also counted as relapse.
option.continue.benefit.no_ws\tNo withdrawal aches from stopping. For comparison, in ENESTop 14.3% had muscle or bone pain in the year on nilotinib before stopping, and 42.1% in the 48 weeks after stopping.
option.continue.benefit.response\tYou keep the treatment that got you to a deep response. Our evidence has no trial figure for how many people stay in MMR over 24 months while continuing, so we give no number.
option.continue.benefit.tests\tTests stay as they are now. After stopping, ELN 2020 advises a PCR test every month for the first 6 months.
option.continue.harm.side_effects\tThe side effects of the TKI go on, and so do the daily tablets and their cost. Our evidence has no figures on these to set beside the others.
option.continue.name\tKeep taking your TKI
option.continue.summary\tCarry on as now, with your usual tests.
option.halve.benefit.mr4\tIn DESTINY, among people in MR4 for the year before, 3 of 121 (2.5%) lost MMR during the year at half dose. By 24 months on the study (12 months after stopping), 23.2% had lost MMR.
option.halve.benefit.regain\tEveryone who lost MMR during the half-dose year got it back within 4 months of going back to the full dose.
option.halve.benefit.side_effects\tA smaller first step. Our evidence has no figures on side effects at half dose.
option.halve.caveat.drugs\tMost people in DESTINY took imatinib (148 of 174); 16 took nilotinib and 10 dasatinib.
option.halve.caveat.later\tWe show 24 months because DESTINY's later figures could not be checked for our evidence.
option.halve.caveat.second\tDESTINY studied first tries at stopping. We have no data on halving the dose before a second try.
option.halve.harm.longer\tIt takes a year longer before you stop.
option.halve.harm.mmr\tPeople in MMR but not MR4 did less well: 9 of 48 (18.8%) lost MMR during the half-dose year, and 59.2% by 24 months.
option.halve.harm.withdrawal\tWithdrawal aches can come after the stop, as with stopping straight away. Our evidence has no figures for them in DESTINY.
option.halve.name\tTake half the dose for a year, then stop
option.halve.summary\tTested in the DESTINY trial: half the usual dose for 12 months, then stopping.
option.stop.benefit.no_side_effects\tWhile in remission you take no TKI, so no TKI side effects or tablets. Our evidence has no figures on how much side effects improve.
option.stop.benefit.remission\tIn EURO-SKI (755 people, any TKI), 50% were still in remission without TKI at 24 months: about 50 in 100.
option.stop.benefit.remission_second\tIn RE-STIM (70 people trying a second time), 42% were still in remission without TKI at 24 months: about 42 in 100.
option.stop.benefit.safe_restart\tIf MMR is lost, restarting the TKI worked for almost everyone in the trials that reported it (for example 87 of 88 in ENESTfreedom, and all in KID, DASFREE and DADI).
option.stop.caveat.population\tEURO-SKI took people on any TKI for at least 3 years, in MR4 for at least 1 year. For trials closer to you, see the trials that match you.
option.stop.harm.relapse\tIn EURO-SKI, the other 50% did not stay free of relapse by 24 months; losing MMR meant restarting the TKI. Most relapses come in the first 6 months (82% of relapses in a pooled analysis of 1,601 people).
option.stop.harm.relapse_second\tIn RE-STIM, 58 in 100 were not in remission without TKI at 24 months. Over the whole study, 45 of 70 (64.3%) lost MMR, half of them by 5.3 months.
option.stop.harm.tests\tMore tests: ELN 2020 advises a PCR test every month for the first 6 months, every 2 months up to month 12, then every 3 months.
option.stop.harm.withdrawal\tAches in muscles and joints (withdrawal syndrome): {low}% to {high}% of people in the studies we read.
option.stop.harm.worry\tWorry is common: in a survey of people with CML, 56% felt fear or anxiety while off treatment.
option.stop.name\tStop the TKI now, with close tests
option.stop.summary\tStop taking the TKI, have PCR tests often, and restart it if MMR is lost.
outlook.relapse.definitions\tTrials drew the line for relapse in different places. Where it was losing MR4, or any return of BCR-ABL1, the TKI was restarted sooner, while the level was still low. So a figure can only be compared with others when its definition is beside it.
outlook.relapse.late\tLater relapses are less common but do happen: in a French clinic, 14% of relapses came after 2 years, and in ISAV 14 relapses came between months 10 and 22. This is why tests go on after the first year.
outlook.relapse.progression\tIn the trials that reported on it ({trials}), no one's leukaemia moved to an advanced phase (accelerated or blast phase) after a monitored stop. For the other trials we could not check this.
outlook.relapse.restart\tIf MMR is lost, the TKI is restarted. In the trials that reported it, almost everyone got their response back, most within a few months. The figures for each trial are listed below.
outlook.relapse.timing\tMost relapses come early: in a pooled analysis of 1,601 people, 82% of relapses came in the first 6 months, and in an Italian series 75.6%. That is why tests are most frequent then.
outlook.summary.none\tNone of the trials that match you reported a figure at about {months} months.
outlook.summary.range\tAt about {months} months, {low}% to {high}% of people were still in remission without TKI in the {count} trials that match you and reported a figure then ({trials}). So {lost_low}% to {lost_high}% were not.
outlook.summary.single\tAt about {months} months, {percent}% of people were still in remission without TKI in the one matching trial with a figure then ({trials}). So {lost}% were not.
outlook.trials.ci_computed\tWhere a paper gave counts but no 95% confidence interval, we worked one out (Wilson method) and marked it as ours.
outlook.trials.definitions\tTrials used different lines for relapse, so read each figure with the definition beside it.
outlook.trials.how\tA trial matches you when you would have met its entry rules: the same TKI and line of treatment, long enough on treatment, and a deep response as deep and as long as it asked. We check only what you entered; the trials had more detailed rules. These are points to discuss with your haematologist.
outlook.trials.need_courses\tAdd your TKI treatments to see which trials match you.
outlook.trials.not_studied\tWe found no stopping trial of people taking {drug} in your situation.
outlook.trials.second_attempt\tYou have tried stopping before, so we show results for second tries (RE-STIM) instead of first tries.
outlook.trials.window\t\"About 12 months\" counts figures reported at 9 to 15 months, so 48 weeks counts. \"About 24 months\" counts 20 to 28 months, so 96 weeks (about 22 months) counts.
outlook.years\t{years} years
regain.deep_response\tdeep response
regain.mmr\tMMR
regain.mr45\tMR4.5
regain.response\ta response (depth not stated)
regain.undetectable\tundetectable BCR-ABL1
relapse.confirmed_loss_of_mr45\tRelapse meant losing the deep response (MR4.5, 0.0032%), confirmed on a second test: a much stricter line than losing MMR.
relapse.confirmed_positivity_or_mmr\tRelapse meant BCR-ABL1 coming back, confirmed on a second test, or any loss of MMR.
relapse.loss_of_mmr\tRelapse meant losing MMR: BCR-ABL1 above 0.1%.
relapse.loss_of_mmr_confirmed\tRelapse meant losing MMR (BCR-ABL1 above 0.1%) on two tests in a row.
relapse.loss_of_mmr_single\tRelapse meant losing MMR (BCR-ABL1 above 0.1%) on a single test.
relapse.loss_of_mr4\tRelapse meant losing MR4 (BCR-ABL1 above 0.01%), a stricter line than losing MMR.
relapse.loss_of_mr4_single\tRelapse meant losing the deep response (MR4) on any single test, a stricter line than losing MMR.
relapse.mmr_or_confirmed_mr4\tRelapse meant losing MMR, or losing MR4 on two tests in a row.
relapse.positivity_or_mmr\tRelapse meant BCR-ABL1 coming back, confirmed by a second test and rising tenfold over two tests in a row, or losing MMR on one test.
relapse.two_positives\tRelapse meant two positive tests in a row, at least one above 0.1%.
study.astim\tA-STIM
study.berger2019\tFrench study of STIM2 and EURO-SKI patients
study.dadda\tBrescia clinic series (D'Adda)
study.dadi\tDADI
study.dasfree\tDASFREE
study.destiny\tDESTINY
study.domest\tDOMEST
study.enestfreedom\tENESTfreedom
study.enestop\tENESTop
study.euroski\tEURO-SKI
study.euroski_final\tEURO-SKI final analysis
study.fava2019\tItalian clinic series
study.isav\tISAV
study.jalsg_stim213\tJALSG-STIM213
study.kid\tKID
study.kota2019\tReview by Kota and Atallah
study.late_fr2020\tFrench clinic series on late relapses
study.meta1601\tPooled analysis of 1,601 people
study.restim\tRE-STIM
study.richter2014\tSwedish EURO-SKI patients
study.ruski\tRU-SKI
study.seed_review\tReview by Liu, Zeng and Li
study.shanmuganathan2021\tAdelaide study
study.sharf2020\tPatient survey (CML Advocates Network)
study.stat2\tSTAT2
study.stim1\tSTIM1
study.stop2gtki\tSTOP 2G-TKI
study.twister\tTWISTER
time.months\t{n} months
time.weeks\t{n} weeks
time.years\t{n} years
ws.by_drug\tIn a French study of 427 people, it was more common after nilotinib (41.4%) or dasatinib (40%) than after imatinib (20.4%).
ws.duration\tIn RU-SKI it lasted a median of 5 months (from 1 to 25 months) and went away in 90% of people. In 95% it was mild or moderate.
ws.helped\tWhat helped was treating the symptoms: in RU-SKI, 51% used anti-inflammatory painkillers, and in the French study 30% needed more than one kind of treatment. You can ask your haematologist which painkillers suit you.
ws.not_relapse\tThese aches do not mean the leukaemia is coming back. In RU-SKI they were not linked to relapse, in STAT2 they did not change the chance of staying off treatment, and in KID people with them stayed in MMR more often.
ws.onset\tIt usually starts slowly, 1 to 6 weeks after stopping, mostly around the shoulders and hips, the arms and legs, and the hands and feet.
ws.range\tIn the studies we read, {low}% to {high}% of people who stopped had these aches. Studies counted them in different ways.
ws.risk.osteoarticular_history\tA past history of bone or joint problems. In the French study (23% had the aches overall), this made them 1.84 times as likely (95% CI 1.04 to 3.28).
ws.risk.tki_over_93_months\tMore than 93 months (about 7 years and 9 months) of TKI. In the French study (23% had the aches overall), this made them 1.68 times as likely (95% CI 1.02 to 2.74).
ws.survey\tIn a patient survey, 60% of people who had stopped reported withdrawal symptoms, and 40% of them felt not fully supported. You can ask your team for help early.
ws.what\tSome people get aches and pains in their muscles and joints after stopping a TKI. This is called withdrawal syndrome. It is common and usually passes.
";
