//! English catalogue, monitoring texts: sorted by key (a test checks order and completeness).

/// One entry per line: the key, a tab (`\t`), then the template. Sorted by key.
pub static TEXT: &str = "
monitoring.after_restart.eln\tThe ELN 2020 sources we could read do not say how often to test after restarting. Ask your haematologist how often you would be tested then.
monitoring.after_restart.heading\tTests after restarting
monitoring.after_restart.kid\tIn the Korean KID trial, people who restarted imatinib had a test every month until MMR came back, then every 3 months; all of them got MMR back. This is how one trial did it, not a guideline rule.
monitoring.after_restart.nccn\tAfter restarting, NCCN (as summarised in 2019) advises a test every month for 6 months, then every 3 months. If MMR is not back after 6 months, it advises a test for changes (mutations) in BCR-ABL1 and monthly tests for 6 more months.
monitoring.column.date\tDate
monitoring.column.interval\tTests in this period
monitoring.column.test\tTest
monitoring.discuss.results\tAgree how you will hear each result, and who to contact if a result is above 0.1%.
monitoring.discuss.schedule\tAsk which schedule your clinic follows, and whether your lab can return results fast enough to keep to it.
monitoring.download\tDownload the test dates for your calendar (.ics)
monitoring.download_note\tThe file is made on this device. It holds only the test dates and reminders, nothing else about you.
monitoring.eln2020.after\tThis plan lists the first {years} years of tests. After that, tests go on every 3 months. ELN 2020 gives no date when they end.
monitoring.eln2020.interpretation\tOur reading: each test falls a whole number of months after the day you stop, on the same day of the month (or on the month's last day if that day does not exist). After the month 6 test the gap is 2 months (months 8, 10 and 12), then 3 months (months 15, 18, 21 ...).
monitoring.eln2020.name\tELN 2020
monitoring.eln2020.rule\tA test every month in months 1 to 6, every 2 months in months 7 to 12, then every 3 months.
monitoring.eln2020.version\tEuropean LeukemiaNet recommendations of 2020 (Hochhaus and others, Leukemia 2020). We checked this schedule in the published table.
monitoring.heading\tYour PCR tests after stopping
monitoring.ics.alarm\tIn 3 days: BCR-ABL1 PCR test, month {month} after stopping.
monitoring.ics.calendar_name\tBCR-ABL1 PCR tests after stopping: {guideline}
monitoring.ics.description\tA blood test that checks whether CML is still in remission after stopping your TKI. Schedule: {guideline}. If the result is above 0.1% (loss of MMR), talk with your haematologist promptly about restarting.
monitoring.ics.summary\tBCR-ABL1 PCR test, month {month} after stopping
monitoring.intro\tAfter stopping, regular PCR tests show early if CML is coming back, so that treatment can restart in time. Here are the test dates under each guideline, counted from the day you stop.
monitoring.nccn.after\tThis plan lists the first {years} years of tests. After that, tests go on every 3 months for as long as you stay in MMR, with no end date.
monitoring.nccn.caveat\tNCCN's schedule differs between versions: some say every 2 months in months 7 to 12, others in months 7 to 24, and an older version said every month for the whole first year. Ask your haematologist to check the current version.
monitoring.nccn.interpretation\tOur reading: each test falls a whole number of months after the day you stop, on the same day of the month (or on the month's last day if that day does not exist). After the month 6 test the gap is 2 months (months 8, 10 ... 24), then 3 months (months 27, 30 ...).
monitoring.nccn.name\tNCCN (as summarised 2019-2020)
monitoring.nccn.rule\tA test every month in months 1 to 6, every 2 months in months 7 to 24, then every 3 months for as long as you stay in MMR.
monitoring.nccn.version\tThe US NCCN guideline as summarised in 2019-2020 (Medscape, October 2019). We could not check the current version.
monitoring.period.every_2_months\tEvery 2 months
monitoring.period.every_3_months\tEvery 3 months
monitoring.period.monthly\tEvery month
monitoring.relapse\tA relapse means losing MMR: a BCR-ABL1 result above 0.1% on the International Scale (IS).
monitoring.restart\tIf that happens, the guidelines advise restarting the TKI promptly. A 2020 review table gives ELN 2020's timing as within 4 weeks of losing MMR. Before you stop, talk with your haematologist about how you would restart.
monitoring.restart.heading\tIf a result is above 0.1%
monitoring.rising\tA result that goes up but stays at 0.1% or lower is still MMR. That is not a relapse, and the guidelines do not restart the TKI for it. Keep to your planned tests. Your haematologist may ask for the next test sooner.
monitoring.rising.heading\tIf a result goes up but stays at 0.1% or lower
monitoring.stop_date\tDay you stop (or plan to stop) your TKI
monitoring.test.month\tMonth {month}
";
