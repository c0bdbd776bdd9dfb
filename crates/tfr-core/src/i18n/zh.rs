//! 简体中文词条：所有用户可见文字（含临床文字），按键排序（测试检查顺序与完整性）。

/// One entry per line: the key, a tab (`\t`), then the template. Sorted by key.
pub static TEXT: &str = "
app.language\t语言
app.skip\t跳到主要内容
app.tagline\t供正在考虑停用 TKI、尝试无治疗缓解的慢性髓系白血病（慢粒，CML）患者及其血液科医生使用。所有信息只保存在这台设备上。
app.title\t慢粒白血病停药决策辅助工具
discuss.eln.monitoring\tELN 要求您同意停药后更频繁地做 PCR 检测。
discuss.eln.motivation\tELN 要求您本人有停药意愿，并与医疗团队进行有条理的充分沟通。
discuss.nccn.specialist\tNCCN 要求与 CML 专科中心讨论停药是否适合您及其风险，包括撤药综合征。
drug.asciminib\t阿思尼布
drug.bosutinib\t博舒替尼
drug.dasatinib\t达沙替尼
drug.imatinib\t伊马替尼
drug.nilotinib\t尼洛替尼
drug.other\t其他 TKI
drug.ponatinib\t普纳替尼
find_out.age\t请填写您的年龄。
find_out.approved\t请问血液科医生，最新版 NCCN 是否涵盖您正在用的 TKI。
find_out.courses\t请填写您用过的 TKI 及起止日期。
find_out.lab\t请问医院：实验室是否按国际标准化报告、能否检测到 MR4.5、多久出结果。
find_out.pcr\t请根据化验单填写您的 PCR 结果。
find_out.phase\t请问您的血液科医生，病情是否曾进入加速期或急变期。
find_out.switch_reason\t请问血液科医生，每次换药是否只是因为副作用。
find_out.transcript\t请问医院您的转录本类型。它写在确诊时的检测报告上。
guideline.eln2020_minimal\tELN 2020：最低要求（可以考虑停药）
guideline.eln2020_optimal\tELN 2020：最佳要求（建议考虑停药）
guideline.nccn\tNCCN 标准（按 2019–2020 年的总结；请医生核对最新版本）
interp.dmr_run\t我们的理解：深度反应指最近一段连续达到该水平的结果，从第一次算到最近一次。ABL1 拷贝数不超过 10,000 的“未检测到”结果既不延长也不打断这一段。
interp.eln.lab\tELN 只要求“快速”出结果，没有给出具体时间。我们按 4 周以内理解，因为复发后应在约 4 周内恢复治疗。
interp.eln.line\t我们的理解：曾因耐药停用任何 TKI 即不符合；第二种 TKI 只有在因副作用换药时才符合；第三种 TKI 不符合。
interp.eln.no_failure\t我们的理解：因耐药停用 TKI 算作治疗失败；没有写明原因的换药记为未知。
interp.eln.tki_2g\t我们的理解：TKI 总时间超过 5 年即满足；或目前用的是达沙替尼、尼洛替尼或博舒替尼，且这一段治疗本身已超过 4 年。
interp.nccn.age\t只知道整岁年龄时无法确定生日，这里给出的是最晚可能的日期。
interp.nccn.quantifiable\t我们的理解：典型转录本（e13a2 或 e14a2），或有可定量的检测结果记录，即为满足。
interp.nccn.resistance\t我们的理解：曾因耐药停用任何 TKI 即不符合；没有写明原因的换药记为未知。
interp.nccn.tests\t我们的理解：只计算最近一段连续 MR4 或更深结果中的检测，且间隔至少 3 个日历月。
level.above_mmr\t未达主要分子学反应
level.mmr\t主要分子学反应（MMR）
level.mr4\tMR4
level.mr4.5\tMR4.5
level.mr5\tMR5
level.not_evaluable\t无法分级（ABL1 拷贝数太少）
level.pending\t—
pcr.add\t添加一条结果
pcr.copies\tABL1 拷贝数
pcr.date\t检测日期
pcr.date_hint\t年-月-日，例如 2024-03-01
pcr.empty\t还没有结果，请添加第一条。
pcr.intro\t请根据化验单逐条填写 BCR-ABL1 结果：检测日期，以及国际标准化（IS）百分比。如果报告写明未检测到 BCR-ABL1，请勾选“未检测到”并填写 ABL1 拷贝数。
pcr.level\t分子学反应水平
pcr.levels_explained\t主要分子学反应（MMR）指 0.1% 或更低；MR4 指 0.01% 或更低；MR4.5 指 0.0032% 或更低；MR5 指 0.001% 或更低。“未检测到”的结果，只有当样本中 ABL1 拷贝数分别超过 10,000、32,000 或 100,000 时，才算作 MR4、MR4.5 或 MR5。
pcr.remove\t删除第 {n} 次结果
pcr.row\t第 {n} 次结果
pcr.source\t分子学反应水平按 ELN 2020 和 EUTOS 实验室建议定义（Cross 等，Leukemia 2015，PMID 25652737）。
pcr.undetectable\t未检测到
pcr.value\tBCR-ABL1（%IS）
problem.above_100\tBCR-ABL1 结果不能超过 100%。
problem.after_assessed_on\t这个日期还没有到。
problem.copies_not_whole\t拷贝数必须是整数。
problem.end_before_start\t这个日期早于开始日期。
problem.impossible_date\t没有这一天，请检查月份和日期。
problem.malformed_date\t请按“年-月-日”填写日期，例如 2024-03-01。
problem.malformed_json\t这不是可读取的档案文件（第 {line} 行第 {column} 列出错）。
problem.missing\t请填写此项。
problem.missing_copies\t“未检测到”的结果需要填写化验单上的 ABL1 内参基因拷贝数。
problem.negative\t不能小于零。
problem.no_value\t请填写百分比数值，或勾选“未检测到”。
problem.not_a_list\t这里应当是一个列表。
problem.not_a_number\t这不是一个数字。
problem.not_an_object\t文件中这一部分的结构不对。
problem.not_text\t这里应当是文字。
problem.not_true_false\t这里应当是“是”或“否”（true 或 false）。
problem.out_of_range\t应当在 {min} 到 {max} 之间。
problem.overlaps\t这段日期与第 {other} 段治疗重叠。新的治疗可以从上一段结束的当天开始。
problem.too_large\t文件太大，不像是档案文件。页面内容没有改变。
problem.too_many\t列表太长（最多 {max} 项）。
problem.unknown_format\t这不是 tfr-profile/1 格式的文件。
problem.unknown_value\t无法识别这个值。可用的值：{allowed}。
problem.value_and_undetectable\t请填写百分比数值，或勾选“未检测到”，不要两者都填。
problem.zero_percent\t0% 无法分级。如果报告写明未检测到 BCR-ABL1，请勾选“未检测到”并填写 ABL1 拷贝数。
reason.age.met\t您已年满 18 岁。
reason.age.under\t您还未满 18 岁。
reason.age.unknown\t我们还不知道您的年龄。
reason.approved.met\t您的 TKI（{drug}）在名单中。
reason.approved.no_courses\t还没有填写 TKI 治疗经历。
reason.approved.not_listed\t您的 TKI（{drug}）不在 2019–2020 年的名单中。请询问最新版 NCCN 是否包括它。
reason.dmr.met\t您的结果保持在 MR4 或更深已有 {years} 年（自 {since} 起），超过 {threshold} 年。
reason.dmr.met_at_least\t您的结果保持在 MR4 或更深已有 {years} 年（自 {since} 起），达到至少 {threshold} 年。
reason.dmr.no_results\t还没有填写 PCR 结果。
reason.dmr.not_deep\t您最近一次结果没有达到 MR4 或更深。
reason.dmr.not_evaluable\t您的结果目前都无法分级（ABL1 拷贝数太少）。
reason.dmr.short\t您的结果保持在 MR4 或更深已有 {years} 年（自 {since} 起），指南要求超过 {threshold} 年。
reason.dmr.short_at_least\t您的结果保持在 MR4 或更深已有 {years} 年（自 {since} 起），指南要求至少 {threshold} 年。
reason.dmr_opt.met_mr4\t您的结果保持在 MR4 或更深已有 {years} 年（自 {since} 起），超过 3 年。
reason.dmr_opt.met_mr45\t您的结果保持在 MR4.5 或更深已有 {years} 年（自 {since} 起），超过 2 年。
reason.dmr_opt.short\tMR4 或更深 {years} 年，MR4.5 或更深 {years45} 年：尚未分别超过 3 年或 2 年。
reason.failure.no_courses\t还没有填写 TKI 治疗经历。
reason.failure.none\t没有因治疗失败而停用的 TKI。
reason.failure.resistance\t曾因耐药停用某种 TKI，这属于治疗失败。
reason.failure.unclear\t我们不知道某次换药的原因。
reason.lab.met_eln\t您的实验室按国际标准化报告，并在 4 周内出结果。
reason.lab.met_nccn\t您的实验室按国际标准化报告，能检测到 MR4.5，并在 2 周内出结果。
reason.lab.not_is\t您的实验室不按国际标准化（IS）报告结果。
reason.lab.not_sensitive\t您的实验室检测不到 MR4.5。
reason.lab.slow_eln\t出结果需要超过 4 周。
reason.lab.slow_nccn\t出结果需要超过 2 周。
reason.lab.unknown\t我们对您的 PCR 实验室了解还不够。
reason.line.first\t您只用过一种 TKI。
reason.line.no_courses\t还没有填写 TKI 治疗经历。
reason.line.resistance\t曾因药物效果不够（耐药）而换用 TKI。
reason.line.second_intolerance\t您因副作用换过一次 TKI，这是允许的。
reason.line.switch_reason_unclear\t您换过 TKI，但我们不知道副作用是否是唯一原因。
reason.line.third\t您换过不止一次 TKI。指南只涵盖第一种或第二种 TKI。
reason.phase.met\t您告诉我们病情一直处于慢性期。
reason.phase.unknown\t我们还不知道病情是否曾进入加速期或急变期。
reason.phase.unmet\t病情曾进入加速期或急变期，指南不支持在这种情况下停药。
reason.quantifiable.atypical\t非典型转录本，且没有可定量的检测结果记录。
reason.quantifiable.measured\t您有可定量的 BCR-ABL1 检测结果记录。
reason.quantifiable.typical\t典型转录本可以用标准检测定量。
reason.resistance.met\t没有因耐药而停用的 TKI。
reason.resistance.unmet\t曾因耐药停用某种 TKI。
reason.tests.met\t有 {count} 次间隔至少 3 个月的检测显示 MR4 或更深。
reason.tests.short\t有 {count} 次间隔至少 3 个月的检测显示 MR4 或更深，指南要求 4 次。
reason.tki.met\t您已服用 TKI {years} 年，超过 {threshold} 年。
reason.tki.met_2g\t您目前服用的{drug}已超过 4 年。
reason.tki.met_at_least\t您已服用 TKI {years} 年，达到至少 {threshold} 年的要求。
reason.tki.no_courses\t还没有填写 TKI 治疗经历。
reason.tki.short\t您已服用 TKI {years} 年，指南要求超过 {threshold} 年。
reason.tki.short_at_least\t您已服用 TKI {years} 年，指南要求至少 {threshold} 年。
reason.transcript.atypical\t非典型转录本无法用标准检测准确定量，因此无法确认深度分子学反应。
reason.transcript.met\t您的转录本属于典型类型。
reason.transcript.unknown\t我们还不知道您的转录本类型。
rule.eln.dmr_duration\t深度分子学反应（MR4 或更深）持续超过 2 年。
rule.eln.dmr_duration_optimal\tMR4 持续超过 3 年，或 MR4.5 持续超过 2 年。
rule.eln.lab\t有可靠的 PCR 实验室，结果按国际标准化（IS）报告，并且出结果快。
rule.eln.line\t正在使用第一种 TKI；或第二种 TKI，且换药的唯一原因是副作用（不耐受）。
rule.eln.no_failure\t以前没有发生过治疗失败。
rule.eln.phase\t病情一直处于第一次慢性期。
rule.eln.tki_duration\tTKI 治疗超过 5 年（使用达沙替尼、尼洛替尼或博舒替尼超过 4 年）。
rule.eln.tki_duration_optimal\tTKI 治疗超过 5 年。
rule.eln.transcript\t典型的转录本类型：e13a2 或 e14a2。
rule.nccn.age\t年满 18 岁。
rule.nccn.approved_tki\t正在使用获批的 TKI（2019–2020 年总结中为伊马替尼、达沙替尼、尼洛替尼、博舒替尼或普纳替尼）。
rule.nccn.lab\tPCR 实验室能检测到 MR4.5，按国际标准化（IS）报告，并在 2 周内出结果。
rule.nccn.mr4_duration\t稳定的 MR4（0.01% 或更低）至少 2 年。
rule.nccn.mr4_tests\t该 MR4 至少有 4 次检测证实，每次间隔至少 3 个月。
rule.nccn.no_resistance\t以前对任何 TKI 都没有耐药。
rule.nccn.phase\t处于慢性期，从未进入加速期或急变期。
rule.nccn.quantifiable_transcript\t以前曾能定量检测到 BCR-ABL1（转录本可定量）。
rule.nccn.tki_duration\tTKI 治疗至少 3 年。
status.met\t已满足
status.unknown\t未知
status.unmet\t未满足
status.unmet_time\t暂未满足
transcript.atypical\t非典型（其他类型）
transcript.e13a2\te13a2（b2a2）
transcript.e13a2_e14a2\te13a2 和 e14a2 都有
transcript.e14a2\te14a2（b3a2）
transcript.unknown\t我不知道
value.age\t年龄
value.current_drug\t目前的 TKI
value.current_years\t目前 TKI 的治疗年数
value.dmr_since\t深度分子学反应开始于
value.dmr_years\t深度分子学反应年数
value.lab_is\t实验室使用国际标准化（IS）
value.lab_mr45\t实验室能检测到 MR4.5
value.lab_turnaround\t出结果所需周数
value.latest_level\t最近一次结果
value.lines\t用过的 TKI 种数
value.mr45_years\tMR4.5 或更深的年数
value.tests_counted\t计入的检测次数
value.tki_years\tTKI 治疗年数
value.transcript\t转录本类型
verdict.eligible\t符合标准
verdict.eligible.summary\t按照这些标准，您可以和血液科医生商量是否尝试停药。
verdict.incomplete\t需要更多信息
verdict.incomplete.summary\t还需要更多信息才能核对这些标准，请看下方需要了解的内容。
verdict.not_eligible\t不符合标准
verdict.not_eligible.summary\t按照这些标准，目前不建议您停药。血液科医生可以向您解释原因。
verdict.not_yet\t暂未达到
verdict.not_yet.summary_dated\t如果结果保持现状，并继续每 3 个月检测一次，大约在 {date} 可以达到这些标准。
verdict.not_yet.summary_undated\t您的结果需要先达到 MR4 或更深，才能估计日期。
views.cn2020\t中国 2020 年指南指出，深度分子学反应持续超过 2 年的部分患者可以获得无治疗缓解，但长期安全性尚不明确。指南建议只在经过仔细挑选的患者中、在能做密切 PCR 监测的中心停药，并需知情同意和定期检测。我们无法核实其具体标准，因此不列出。
views.heading\t其他专家意见
views.seed\t一篇中国综述（刘、曾、李）建议：TKI 治疗超过 3 年、持续深度分子学反应超过 2 年后，可以考虑停药，并需频繁检测，最好包括数字 PCR。这些门槛与 NCCN 接近，低于 ELN 2020（TKI 超过 5 年）。
";
