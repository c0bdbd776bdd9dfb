//! English catalogue, values exercise, SURE check, questions to ask, glossary and PCR chart: sorted by key (a test checks order and completeness).

/// One entry per line: the key, a tab (`\t`), then the template. Sorted by key.
pub static TEXT: &str = "
chart.axis_y\tBCR-ABL1 %IS (log scale)
chart.col.date\tDate
chart.col.level\tResponse level
chart.col.result\tResult
chart.desc\t{count} results from {first} to {last}. The most recent result, on {date}, was {result}: {level}.
chart.desc_lines\tEach step down the scale is 10 times lower. Lines mark MMR ({mmr}%), MR4 ({mr4}%) and MR4.5 ({mr45}%).
chart.desc_single\tOne result, on {date}: {result}: {level}.
chart.desc_undetectable\tIn {n} of them, BCR-ABL1 was not detected.
chart.empty\tNo PCR results to show yet.
chart.heading\tYour PCR results over time
chart.legend.label\tKey to the chart
chart.legend.line\t{name} line: {percent}%
chart.legend.measured\tA measured result
chart.legend.not_evaluable\tNot detected, but too few ABL1 copies to grade
chart.legend.undetectable\tNot detected: the true value is below this mark, which is the lowest level the test could see
chart.line.mmr\tMMR
chart.line.mr4\tMR4
chart.line.mr45\tMR4.5
chart.mark\t{date}: {result}
chart.result.undetectable\tNot detected ({copies} ABL1 copies)
chart.result.undetectable_plain\tNot detected
chart.table.caption\tYour PCR results
chart.table.show\tShow the results as a table
chart.title\tChart of your PCR results over time
glossary.abl1.def\tA normal gene found in every blood cell. The lab measures it next to BCR-ABL1 to check that the sample is good. When no BCR-ABL1 is found, the number of ABL1 copies shows how sensitive the test was: more copies means a deeper response can be shown.
glossary.abl1.term\tABL1 (control gene)
glossary.dmr.def\tMR4 or deeper. Before stopping is considered, guidelines look at how long you have been in deep molecular response. ELN 2020 asks for more than 2 years.
glossary.dmr.term\tDeep molecular response (DMR)
glossary.heading\tWords used in this aid
glossary.intro\tPlain explanations of the medical words you will see.
glossary.is.def\tA shared way for labs to report BCR-ABL1 results, written as %IS. It lets results from different labs be compared. The response levels in this aid (MMR, MR4, MR4.5) are set on the IS.
glossary.is.term\tIS (International Scale)
glossary.link_hint\t (see the glossary)
glossary.mmr.def\tA PCR result of {percent}% or lower on the International Scale. It means BCR-ABL1 has fallen to about 1,000 times below a standard starting level. It is also called MR3 (ELN 2020).
glossary.mmr.term\tMMR (major molecular response)
glossary.mr4.def\tA deeper response: a PCR result of {percent}% or lower, which is 10 times lower than MMR. A result where no BCR-ABL1 is found can also count, if the sample had enough ABL1 (ELN 2020).
glossary.mr4.term\tMR4
glossary.mr45.def\tAn even deeper response: a PCR result of {percent}% or lower. A result where no BCR-ABL1 is found can also count, if the sample had even more ABL1 (ELN 2020).
glossary.mr45.term\tMR4.5
glossary.pcr.def\tThe blood test that measures how much BCR-ABL1 is in your blood. Its full name is quantitative PCR (qPCR or RQ-PCR). It is the main test used to follow CML, before and after stopping.
glossary.pcr.term\tPCR test
glossary.relapse.def\tAfter stopping, the PCR result rises again above {percent}%. This is called losing MMR. The TKI is then usually started again. Some trials used other definitions, so their figures cannot always be compared.
glossary.relapse.term\tRelapse (loss of MMR)
glossary.tfr.def\tStopping the TKI and staying in a good response (usually MMR) without treatment, with regular PCR tests to check.
glossary.tfr.term\tTFR (treatment-free remission)
glossary.tki.def\tThe tablet medicine that controls CML, such as imatinib, nilotinib or dasatinib. It blocks the signal from BCR-ABL1 that makes leukaemia cells grow.
glossary.tki.term\tTKI (tyrosine kinase inhibitor)
glossary.transcript.def\tThe exact form of BCR-ABL1 your leukaemia makes. Most people have e13a2 (also written b2a2), e14a2 (b3a2), or both. The usual PCR test is made for these types. If you have a rare (atypical) type, ask how your results are measured. Your type is on the report of a test done when you were diagnosed.
glossary.transcript.term\tTranscript type (e13a2, e14a2)
glossary.withdrawal.def\tAches and pains in muscles and joints that some people get in the weeks after stopping a TKI. It is common and usually passes within months. It does not mean the leukaemia is coming back.
glossary.withdrawal.term\tWithdrawal syndrome
questions.heading\tQuestions to ask your haematologist
questions.intro\tTick the questions you want to bring to your next visit. Some matter a lot but are often not talked about. In a large survey of people with CML, 56% felt fear or worry while off treatment, but only 7% were asked if they needed emotional support (Sharf et al., Leukemia 2020).
questions.own\tYour own question (optional)
questions.own_hint\tWrite it in your own words.
questions.q.change_mind\tIf I stop and feel too worried, can I go back on my TKI even if my tests stay good?
questions.q.cost\tWhat will the extra tests and visits cost me, and how much will my insurance pay?
questions.q.criteria\tDo I meet the guideline criteria for stopping? Which ones are still unclear?
questions.q.lab\tIs my lab good enough for stopping? Does it report on the International Scale, and is it sensitive enough?
questions.q.lower_dose\tCould I lower my dose first, instead of stopping all at once?
questions.q.my_chances\tWith my results and history, how likely am I to stay in remission if I stop?
questions.q.pregnancy\tI would like to have a child. How should we plan stopping, pregnancy and the tests?
questions.q.relapse\tWhat happens if the leukaemia comes back? How soon would I restart, and on which TKI?
questions.q.schedule\tHow often will I need blood tests after stopping, and where can I have them?
questions.q.support\tCan I get help with worry or anxiety while I try this, such as counselling or a patient group?
questions.q.turnaround\tHow soon will I get each PCR result after stopping, and who will tell me?
questions.q.withdrawal\tWhat can I do about aches and pains after stopping? Who should I call about them?
sure.heading\tAre you ready to decide? The SURE check
sure.intro\tThese 4 questions can help you see if you are ready to make a choice. Answer yes or no.
sure.q.encouragement\tDo you have enough support and advice to make a choice?
sure.q.risk_benefit\tAre you clear about which benefits and risks matter most to you?
sure.q.sure\tDo you feel SURE about the best choice for you?
sure.q.understand\tDo you know the benefits and risks of each option?
sure.reading.incomplete\tAnswer all 4 questions to see what they suggest.
sure.reading.label\tWhat your answers suggest
sure.reading.ready\tYou answered yes to all 4. You may be ready to make a choice with your haematologist.
sure.reading.talk_more\tYou answered no to {no} of the 4 questions. It may help to talk more with your haematologist or care team before you decide.
sure.source\tSURE test © O'Connor & Légaré, 2008. It checks for doubts about a decision. It does not tell you what to choose.
values.heading\tWhat matters to you
values.intro\tPeople weigh the same facts in different ways. There are no right or wrong answers. For each sentence, choose how much it matters to you. Your answers can help you and your haematologist talk about what suits you.
values.item.cost\tThe costs: medicines, tests, travel and time off work
values.item.daily_tablets\tNot having to take tablets every day
values.item.fear_relapse\tMy worry that the leukaemia could come back
values.item.keep_as_is\tKeeping things as they are, because my treatment works
values.item.pregnancy\tPlans to have a child
values.item.side_effects\tBeing free of the side effects of my TKI
values.item.testing\tHaving a blood test every month for the first 6 months after stopping (as ELN 2020 advises)
values.item.withdrawal\tMy worry about aches and pains after stopping
values.level.1\tmatters very little
values.level.2\tmatters a little
values.level.3\tmatters somewhat
values.level.4\tmatters quite a lot
values.level.5\tmatters a lot
values.note.cost\tStopping can save the cost of the medicine. But at first there are more tests and visits. Costs differ a lot between places and insurance plans.
values.note.pregnancy\tTKIs should not be taken during pregnancy (ELN 2020). If you hope to have a child, the timing is worth talking about with your team.
values.note.testing\tAfter that, tests are less often: every 2 months until the end of the first year, then every 3 months (ELN 2020). Each test means a visit or a blood draw.
values.note.withdrawal\tSome people get aches in their muscles and joints in the weeks after stopping. This is called withdrawal syndrome. It is common and usually passes.
values.scale.1\tVery little
values.scale.2\tA little
values.scale.3\tSomewhat
values.scale.4\tQuite a lot
values.scale.5\tA lot
values.summary.heading\tYour answers in words
values.summary.intro\tThis is what you told us. You can bring it to your clinic visit, and change any answer above.
values.summary.no_questions\tYou have not chosen any questions to bring yet.
values.summary.none_rated\tYou have not rated what matters to you yet.
values.summary.question\tTo ask: {question}
values.summary.rating\t{item}: {level} ({rating} of 5).
values.summary.sure\tSURE check: {reading}
values.summary.sure_none\tYou have not answered the SURE check yet.
values.summary.sure_partial\tSURE check: you have answered {answered} of the 4 questions so far, all with yes.
";
