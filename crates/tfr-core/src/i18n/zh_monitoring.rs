//! 简体中文词条（monitoring）：按键排序（测试检查顺序与完整性）。

/// One entry per line: the key, a tab (`\t`), then the template. Sorted by key.
pub static TEXT: &str = "
monitoring.after_restart.eln\t我们能查到的 ELN 2020 资料没有写明恢复用药后多久查一次。请问血液科医生，到时候您需要多久检测一次。
monitoring.after_restart.heading\t恢复用药后的检测
monitoring.after_restart.kid\t在韩国 KID 试验中，恢复服用伊马替尼的人每月检测一次，直到重新达到主要分子学反应，之后每 3 个月检测一次；他们全部重新达到了主要分子学反应。这是一项试验的做法，不是指南的规定。
monitoring.after_restart.nccn\t恢复用药后，NCCN（按 2019 年的总结）建议前 6 个月每月查一次，之后每 3 个月查一次。如果 6 个月时还没有重新达到主要分子学反应（MMR），建议做 BCR-ABL1 基因突变检测，并再每月检测 6 个月。
monitoring.column.date\t日期
monitoring.column.interval\t这一阶段的检测频率
monitoring.column.test\t检测
monitoring.discuss.results\t和医生约定每次结果怎样告诉您，以及结果高于 0.1% 时该联系谁。
monitoring.discuss.schedule\t请问医院按哪种方案安排检测，实验室出结果的速度能否跟得上。
monitoring.download\t下载检测日期，导入手机或电脑日历（.ics）
monitoring.download_note\t这个文件在您的设备上生成，里面只有检测日期和提醒，没有您的其他信息。
monitoring.eln2020.after\t这里列出的是前 {years} 年的检测。之后仍需每 3 个月查一次，ELN 2020 没有给出结束时间。
monitoring.eln2020.interpretation\t我们的理解：每次检测都在停药日之后整数个月的同一天（如果那个月没有这一天，就定在当月最后一天）。第 6 个月之后改为每隔 2 个月一次（第 8、10、12 个月），再之后每隔 3 个月一次（第 15、18、21 个月……）。
monitoring.eln2020.name\tELN 2020
monitoring.eln2020.rule\t停药后第 1–6 个月每月查一次，第 7–12 个月每 2 个月查一次，之后每 3 个月查一次。
monitoring.eln2020.version\t欧洲白血病网（ELN）2020 年推荐（Hochhaus 等，Leukemia 2020）。这一检测安排已在发表的表格中核对过。
monitoring.heading\t停药后的 PCR 检测安排
monitoring.ics.alarm\t3 天后：BCR-ABL1 PCR 检测（停药后第 {month} 个月）。
monitoring.ics.calendar_name\t停药后 BCR-ABL1 PCR 检测：{guideline}
monitoring.ics.description\t这次抽血检测用来看停药后慢粒是否仍在缓解中。检测方案：{guideline}。如果结果高于 0.1%（失去主要分子学反应），请尽快和血液科医生商量恢复用药。
monitoring.ics.summary\tBCR-ABL1 PCR 检测（停药后第 {month} 个月）
monitoring.intro\t停药后定期做 PCR 检测，可以及早发现慢粒是否复发，以便及时恢复治疗。下面是按各指南、从停药当天算起的检测日期。
monitoring.nccn.after\t这里列出的是前 {years} 年的检测。之后只要仍在主要分子学反应，就每 3 个月查一次，没有结束时间。
monitoring.nccn.caveat\t不同版本的 NCCN 检测安排并不相同：有的写第 7–12 个月每 2 个月一次，有的写第 7–24 个月每 2 个月一次，更早的版本要求第一年每个月都查。请血液科医生核对最新版本。
monitoring.nccn.interpretation\t我们的理解：每次检测都在停药日之后整数个月的同一天（如果那个月没有这一天，就定在当月最后一天）。第 6 个月之后改为每隔 2 个月一次（第 8、10……24 个月），再之后每隔 3 个月一次（第 27、30 个月……）。
monitoring.nccn.name\tNCCN（2019–2020 年总结版）
monitoring.nccn.rule\t第 1–6 个月每月查一次，第 7–24 个月每 2 个月查一次，之后只要仍在主要分子学反应，就每 3 个月查一次。
monitoring.nccn.version\t美国 NCCN 指南，按 2019–2020 年的二手资料总结（Medscape，2019 年 10 月）。我们无法核对最新版本。
monitoring.period.every_2_months\t每 2 个月一次
monitoring.period.every_3_months\t每 3 个月一次
monitoring.period.monthly\t每月一次
monitoring.relapse\t复发是指失去主要分子学反应（MMR）：BCR-ABL1 按国际标准化（IS）的结果高于 0.1%。
monitoring.restart\t一旦复发，指南建议尽快恢复服用 TKI。一篇 2020 年综述的表格写明，ELN 2020 的要求是在失去 MMR 后 4 周内恢复。停药前，请先和血液科医生商量好万一复发怎样恢复用药。
monitoring.restart.heading\t如果结果高于 0.1%
monitoring.rising\t如果结果有所上升，但仍在 0.1% 或以下，就仍属于主要分子学反应。这不算复发，指南也不会因此恢复用药。请按原计划继续检测；血液科医生也可能让您提前复查。
monitoring.rising.heading\t如果结果上升，但仍在 0.1% 或以下
monitoring.stop_date\t停药（或计划停药）的日期
monitoring.test.month\t第 {month} 个月
";
