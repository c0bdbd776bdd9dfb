//! 简体中文词条（outlook）：按键排序（测试检查顺序与完整性）。

/// One entry per line: the key, a tab (`\t`), then the template. Sorted by key.
pub static TEXT: &str = "
applies.absent\t不适用于您
applies.by_degree\t程度问题：请看您的数值
applies.present\t适用于您
applies.unknown\t根据您填写的信息无法判断
design.cohort\t临床病例系列
design.de_escalation_trial\t先减量再停药的试验
design.meta_analysis\t多项研究的汇总分析（荟萃分析）
design.pooled_analysis\t多项研究的合并分析
design.review\t综述
design.second_stop_trial\t第二次尝试停药的研究
design.stop_trial\t停药试验
design.survey\t患者问卷调查
differs.after_imatinib\t该试验纳入的是先用伊马替尼、后换用{drug}的患者。您在用{drug}之前没有用过伊马替尼。
differs.depth_none\t该试验要求达到 {level} 或更深至少 {months} 个月。您最近一次结果未达到 {level}。
differs.depth_none_untimed\t该试验要求达到 {level} 或更深的深度分子学反应。您最近一次结果没有这么深。
differs.depth_short\t该试验要求达到 {level} 或更深至少 {months} 个月。您的结果保持在 {level} 或更深已有 {yours} 个月。
differs.drug\t该试验研究的是{drugs}。您用的 TKI 是{drug}。
differs.drug_time\t该试验要求服用{drug}至少 {months} 个月。您已服用 {yours} 个月。
differs.latest\t该试验要求最近一次结果达到 {level} 或更深。您的是 {yours}。
differs.line_first\t该试验只纳入一线 TKI 的患者。您曾经换过 TKI。
differs.line_later\t该试验纳入的是把{drug}作为二线或以后用药的患者。{drug}是您的第一种 TKI。
differs.prior_failure\t该试验不纳入既往治疗失败的患者。您曾因耐药停用过一种 TKI。
differs.tki_time\t该试验要求 TKI 治疗至少 {months} 个月。您已治疗 {yours} 个月。
differs.undetectable_none\t该试验要求在高灵敏度检测中 BCR-ABL1 检测不到，且至少持续 {months} 个月。按该试验的检测灵敏度，您最近的结果达不到这一点。
differs.undetectable_short\t该试验要求在高灵敏度检测中 BCR-ABL1 检测不到，且至少持续 {months} 个月。您的结果保持这样已有 {yours} 个月。
entry.astim\t伊马替尼。BCR-ABL1 检测不到至少 2 年（ABL1 拷贝数 40,000 或以上）；允许偶尔出现低于 0.1% 的弱阳性结果。
entry.dadi\t达沙替尼作为二线或以后用药。稳定的深度分子学反应（MR4）至少 1 年，之后在研究中再服用达沙替尼 1 年，然后停药。
entry.dasfree\t达沙替尼（一线或以后用药）至少 2 年，并达到稳定的深度分子学反应。
entry.destiny\t任何 TKI 至少 3 年，过去 12 个月内至少有 3 次 PCR 结果低于 0.1%（主要分子学反应）。患者分为 MR4 组（所有结果均不高于 0.01%）和 MMR 组（并非全部如此）。
entry.domest\t伊马替尼。MR4 至少 2 年，并在研究开始时再次确认。
entry.enestfreedom\t一线使用尼洛替尼至少 2 年并达到 MR4.5，之后在研究中再服用尼洛替尼 1 年（总共至少 3 年）。最后 4 次检测（每 3 个月一次）中：最后一次为 MR4.5，没有一次差于 MR4，介于 MR4 与 MR4.5 之间的最多 2 次。
entry.enestop\t先用伊马替尼（超过 4 周）后换用尼洛替尼，TKI 总时间至少 3 年。在尼洛替尼治疗中达到 MR4.5，之后在研究中再服用尼洛替尼 1 年，期间没有经确认的 MR4.5 丧失。
entry.euroski\t任何 TKI 至少 3 年，且无治疗失败。MR4 至少 1 年，并由连续 3 次检测证实。
entry.isav\t伊马替尼超过 2 年。BCR-ABL1 检测不到至少 18 个月。
entry.jalsg_stim213\t伊马替尼至少 3 年。深度分子学反应（MR4 或更深）至少 2 年，连续 4 次检测证实，并经中心实验室确认达到 MR4.5。
entry.kid\t伊马替尼超过 3 年。BCR-ABL1 检测不到至少 2 年。
entry.restim\t第一次停药后复发、重新治疗后再次尝试停用伊马替尼（一线用药）。从重新服药到第二次停药的中位时间为 32 个月。
entry.stat2\t在研究中服用尼洛替尼 2 年，期间始终保持深度分子学反应（MR4.5，不高于 0.0032%）。
entry.stim1\t伊马替尼至少 3 年。在高灵敏度检测中 BCR-ABL1 检测不到至少 2 年（灵敏度 4.5 个对数级；ABL1 拷贝数 50,000 或以上）。
entry.stop2gtki\t达沙替尼或尼洛替尼（一线或以后用药）至少 3 年。在 MR4.5 灵敏度下 BCR-ABL1 检测不到至少 2 年。
entry.twister\t伊马替尼。在灵敏度达 4.5 个对数级的检测中 BCR-ABL1 检测不到至少 2 年。
factor.dmr_length.name\t深度分子学反应持续了多久
factor.dmr_length.text\t停药前深度分子学反应持续越久，6 个月时保持主要分子学反应的机会越大（EURO-SKI）。每多一年能增加多少，我们没有经核实的数字。
factor.prior_attempt.name\t以前尝试过停药
factor.prior_attempt.text\tRE-STIM 研究中，70 位复发后第二次尝试停药的患者，12 个月时 48%、24 个月时 42%、36 个月时 35% 不用 TKI 仍维持缓解。第一次停药后深度分子学反应保持了 3 个月的患者，第二次效果更好，但原文没有给出具体数字。
factor.prior_resistance.name\t既往治疗效果不够好
factor.prior_resistance.text\t在 DADI（既往伊马替尼耐药）和 STOP 2G-TKI（既往反应欠佳或耐药）中，既往治疗效果不够好的患者复发更多。具体多多少，我们没有经核实的数字。
factor.response_speed.name\t开始治疗时 BCR-ABL1 下降得有多快
factor.response_speed.text\t在一项 115 人的研究中（阿德莱德），治疗最初几个月 BCR-ABL1 下降的速度影响最大：下降最快的四分之一患者中 80% 维持缓解，最慢的四分之一中只有 4%。血液科医生也许能根据您早期的结果算出来。
factor.sokal.name\t确诊时的 Sokal 危险度评分
factor.sokal.text\tENESTfreedom 研究中，确诊时 Sokal 低危的患者 96 周时 61.3% 不用 TKI 仍维持缓解，中危为 50%，高危为 28.6%。STIM1 也发现 Sokal 评分与复发有关。这个评分在确诊时计算，您可以向血液科医生询问自己的评分。
factor.tki_time.name\t服用 TKI 的时间
factor.tki_time.text\t停药前 TKI 治疗时间越长，结果越好（EURO-SKI 最终分析、DOMEST、KID、STIM1 及一项阿德莱德研究）。每多一年能增加多少，我们没有经核实的数字。
factor.transcript.both\t您同时有 e13a2 和 e14a2。我们看到的研究只比较了单一类型的患者，所以无法判断您更接近哪一组。在一组临床病例中，e14a2 患者中有 23.5%（106 人中 25 人）达到持久的无治疗缓解，e13a2 患者中只有 3%（67 人中 2 人）。
factor.transcript.name\t转录本类型（e14a2 或 e13a2）
factor.transcript.text\t在一组临床病例中，e14a2 患者中有 23.5%（106 人中 25 人）达到持久的无治疗缓解，e13a2 患者中只有 3%（67 人中 2 人）。这些人数包括从未停药的患者，所以并不是停药后成功的机会。EURO-SKI 最终分析和一项阿德莱德研究也发现转录本类型有影响，但我们没有看到它们的具体数字。
factor.undetectable.name\t停药时 BCR-ABL1 检测不到
factor.undetectable.text\tSTAT2 研究中，停药时 BCR-ABL1 检测不到的患者有 75.6% 维持缓解，仍可测到的患者为 48.6%。JALSG-STIM213 也发现，高灵敏度检测中 BCR-ABL1 检测不到与停药成功有关。STAT2 把经确认失去 MR4.5 算作复发，标准很严格。
factor.week12.name\t停药后第 12 周的分子学反应深度
factor.week12.text\tENESTfreedom 研究中，停药后第 12 周的结果很能说明问题：仍为 MR4.5 的患者有 82.6% 维持缓解，MR4 但未达 MR4.5 的为 23.1%，仅为主要分子学反应的为 0%。STOP 2G-TKI 也发现，3 个月内失去 MR4.5 预示之后会失去主要分子学反应。这只有停药后才能知道，血液科医生可以在复查时参考。
group.detectable\t停药时 BCR-ABL1 仍可测到
group.fastest_fall\t治疗初期 BCR-ABL1 下降最快的四分之一
group.mmr_cohort\t此前一年达到主要分子学反应但未达 MR4
group.mr4_cohort\t此前一年一直达到 MR4
group.on_tki\t仍在服用 TKI 期间
group.slowest_fall\t治疗初期 BCR-ABL1 下降最慢的四分之一
group.sokal_high\tSokal 高危
group.sokal_intermediate\tSokal 中危
group.sokal_low\tSokal 低危
group.undetectable\t停药时 BCR-ABL1 检测不到
group.week12_mmr\t停药后第 12 周仅为主要分子学反应
group.week12_mr4\t停药后第 12 周为 MR4 但未达 MR4.5
group.week12_mr45\t停药后第 12 周为 MR4.5
icon.continue.derivation\t继续服药的人 24 个月时都仍在服用 TKI：每 100 人中 100 人。我们的资料中没有试验数字说明其中多少人保持主要分子学反应，所以图中不再细分。
icon.frame\t每 100 人中 {count} 人：{label}
icon.halve.derivation_mmr\tDESTINY 中此前一年达到主要分子学反应但未达 MR4 的患者：到研究第 24 个月时 {lost}% 失去了主要分子学反应，所以每 100 人中 {lost_100} 人恢复全剂量服药，{kept_100} 人不用 TKI 仍维持缓解（他们在第 12 个月停药）。人数已取整。
icon.halve.derivation_mr4\tDESTINY 中此前一年一直为 MR4 的患者：到研究第 24 个月时 {lost}% 失去了主要分子学反应，所以每 100 人中 {lost_100} 人恢复全剂量服药，{kept_100} 人不用 TKI 仍维持缓解（他们在第 12 个月停药）。人数已取整。
icon.outcome.back_on_tki\t失去主要分子学反应，重新服用 TKI
icon.outcome.off_tki_remission\t不用 TKI 仍维持缓解
icon.outcome.on_tki\t仍在服用 TKI
icon.stop.derivation\tEURO-SKI：24 个月时 {kept}% 不用 TKI 仍维持缓解，即每 100 人中 {kept_100} 人。其余每 100 人中 {lost_100} 人没能保持无复发；在该试验中，失去主要分子学反应就要重新服用 TKI。
icon.stop_second.derivation\tRE-STIM：第二次停药 24 个月时 {kept}% 不用 TKI 仍维持缓解，即每 100 人中 {kept_100} 人。其余每 100 人中 {lost_100} 人失去了主要分子学反应并重新服用 TKI。
measure.arthralgia\t报告关节痛
measure.durable_tfr_all_patients\t持久无治疗缓解（分母为全部患者，而不只是停药者）
measure.fear_anxiety\t停药期间感到害怕或焦虑
measure.lost_mmr\t失去主要分子学反应
measure.musculoskeletal_pain\t报告肌肉或骨骼疼痛
measure.recurrence\t失去主要分子学反应（截至研究中的这一时间）
measure.relapsed\t复发（整个随访期间）
measure.relapses_after\t在这一时间之后发生的复发所占比例
measure.relapses_by\t在这一时间之前发生的复发所占比例
measure.sustained_dmr\t持续深度分子学反应（分母为全部患者）
measure.tfr\t不用 TKI 仍维持缓解（无治疗缓解）
measure.tfs\t停药且无其他事件（无治疗生存）
measure.withdrawal_syndrome\t撤药综合征
measure.ws_anti_inflammatory\t出现撤药症状者中：使用了抗炎药
measure.ws_mild\t出现撤药症状者中：轻度或中度
measure.ws_not_supported\t出现撤药症状者中：觉得没有得到充分帮助
measure.ws_reported\t报告有撤药症状
measure.ws_resolved\t出现撤药症状者中：症状消失
measure.ws_several_treatments\t出现撤药症状者中：需要多种对症治疗
not_checked.courses\t无法核对治疗时间：请填写您的 TKI 用药经历。
not_checked.pcr\t无法核对您的分子学反应：请填写 PCR 结果。
not_checked.switch_reason\t无法核对既往是否治疗失败：我们不知道您换药的原因。
note.dadi\t刘、曾、李的综述正文写的是 24 个月时 44%。这个数字其实属于 36 个月（最终分析为 44.4%），与其表 1 一致。
note.domest\t刘、曾、李的综述在表 1 中把复发写为失去主要分子学反应。该试验实际以失去 MR4 为复发，标准更严格。
note.enestfreedom\t刘、曾、李的综述在表 1 中写的是 12 个月时 52.6%、24 个月时 48.9%。该试验实际报告的是 48 周时 51.6%、96 周（约 22 个月）时 48.9%。
note.enestop\t刘、曾、李的综述在表 1 中把复发写为失去 MR4。该试验实际以失去主要分子学反应，或经确认失去 MR4 为复发。
note.isav\t刘、曾、李的综述在表 1 中把 48.1% 写成 36 个月时的无治疗缓解率。原文中 48.1%（108 人中 52 人）是复发的比例，中位随访 21.6 个月；入组条件是伊马替尼超过 2 年、BCR-ABL1 检测不到至少 18 个月。
note.restim\t刘、曾、李的综述还写了 6 个月时 66%。我们没能在该试验的原始报告中核实这个数字，所以不予采用。
note.stat2\t刘、曾、李的综述在表 1 中把复发写为失去主要分子学反应。该试验实际以经确认失去深度分子学反应（MR4.5）为复发。
note.stim1\t刘、曾、李的综述在表 1 中把复发写为失去完全分子学反应。该试验实际以 BCR-ABL1 重新出现并经确认上升 10 倍，或失去主要分子学反应为复发。60 个月时 38% 这一数字是一致的。
note.twister\t刘、曾、李的综述在表 1 中把复发写为失去主要分子学反应。该试验中，BCR-ABL1 重新可测并经确认也算作复发。
option.continue.benefit.no_ws\t不会因停药出现撤药疼痛。作为对比，ENESTop 研究中停药前服用尼洛替尼的一年里有 14.3% 出现肌肉或骨骼疼痛，停药后 48 周内为 42.1%。
option.continue.benefit.response\t继续使用让您达到深度分子学反应的治疗。我们的资料中没有试验数字说明继续服药 24 个月有多少人保持主要分子学反应，所以这里不给数字。
option.continue.benefit.tests\t复查安排不变。停药后，ELN 2020 建议头 6 个月每月做一次 PCR 检测。
option.continue.harm.side_effects\tTKI 的副作用、每天服药和药费都会继续。我们的资料中没有这方面的数字可以并列比较。
option.continue.name\t继续服用 TKI
option.continue.summary\t维持现状，按平时的安排复查。
option.halve.benefit.mr4\tDESTINY 研究中，此前一年一直为 MR4 的患者，在减半剂量的一年里 121 人中有 3 人（2.5%）失去主要分子学反应；到研究第 24 个月（停药后 12 个月），共有 23.2% 失去主要分子学反应。
option.halve.benefit.regain\t在减半剂量期间失去主要分子学反应的人，恢复全剂量后 4 个月内全部重新获得。
option.halve.benefit.side_effects\t先迈出较小的一步。我们的资料中没有减半剂量时副作用的数字。
option.halve.caveat.drugs\tDESTINY 研究中大多数人服用伊马替尼（174 人中 148 人），16 人服用尼洛替尼，10 人服用达沙替尼。
option.halve.caveat.later\t这里只显示 24 个月，因为 DESTINY 更晚时间点的数字未能核实。
option.halve.caveat.second\tDESTINY 研究的是第一次停药。对于第二次停药前先减量，我们没有数据。
option.halve.harm.longer\t要多等一年才能停药。
option.halve.harm.mmr\t仅为主要分子学反应、未达 MR4 的患者效果较差：减半剂量的一年里 48 人中有 9 人（18.8%）失去主要分子学反应，到第 24 个月为 59.2%。
option.halve.harm.withdrawal\t停药后同样可能出现撤药疼痛。我们的资料中没有 DESTINY 这方面的数字。
option.halve.name\t先减半剂量服用一年，再停药
option.halve.summary\tDESTINY 试验研究过这种做法：先用平时一半的剂量 12 个月，然后停药。
option.stop.benefit.no_side_effects\t维持缓解期间不用服 TKI，也就没有 TKI 的副作用和每天服药的负担。副作用能改善多少，我们的资料中没有数字。
option.stop.benefit.remission\tEURO-SKI 研究（755 人，各种 TKI）中，24 个月时 50% 不用 TKI 仍维持缓解：约每 100 人中 50 人。
option.stop.benefit.remission_second\tRE-STIM 研究（70 位第二次尝试停药的患者）中，24 个月时 42% 不用 TKI 仍维持缓解：约每 100 人中 42 人。
option.stop.benefit.safe_restart\t如果失去主要分子学反应，在报告了这方面结果的试验中，几乎所有人重新服药后都有效（例如 ENESTfreedom 中 88 人中 87 人，KID、DASFREE 和 DADI 中全部）。
option.stop.caveat.population\tEURO-SKI 纳入的是服用任何 TKI 至少 3 年、MR4 至少 1 年的患者。与您更接近的试验，请看与您相符的试验。
option.stop.harm.relapse\tEURO-SKI 中，其余 50% 在 24 个月内没能保持无复发；失去主要分子学反应就要重新服药。大多数复发发生在头 6 个月（一项 1,601 人的汇总分析中占 82%）。
option.stop.harm.relapse_second\tRE-STIM 中，24 个月时每 100 人中有 58 人没能不用 TKI 维持缓解。整个研究期间，70 人中 45 人（64.3%）失去主要分子学反应，其中一半在 5.3 个月内。
option.stop.harm.tests\t复查更多：ELN 2020 建议头 6 个月每月一次 PCR 检测，第 7 至 12 个月每 2 个月一次，之后每 3 个月一次。
option.stop.harm.withdrawal\t肌肉和关节疼痛（撤药综合征）：在我们查阅的研究中为 {low}% 至 {high}%。
option.stop.harm.worry\t担心很常见：一项慢粒患者调查中，56% 的人停药期间感到害怕或焦虑。
option.stop.name\t现在停药，并密切复查
option.stop.summary\t停用 TKI，经常做 PCR 检测，一旦失去主要分子学反应就重新服药。
outlook.relapse.definitions\t各试验对复发的界定不同。以失去 MR4 或 BCR-ABL1 重新出现为复发的试验，会在白血病水平还很低时就更早恢复服药。所以，只有把定义放在旁边，才能比较不同试验的数字。
outlook.relapse.late\t较晚的复发不太常见，但确实会发生：在法国一家医院，14% 的复发发生在停药 2 年以后；ISAV 研究中有 14 例复发发生在第 10 至 22 个月。所以第一年以后仍要继续复查。
outlook.relapse.progression\t在报告了这方面结果的试验中（{trials}），在规范监测下停药的患者，没有人病情进展到加速期或急变期。其他试验的情况我们无法核实。
outlook.relapse.restart\t如果失去主要分子学反应，就要重新服用 TKI。在报告了这方面结果的试验中，几乎所有人都重新获得了反应，多数在几个月内。各试验的数字列在下面。
outlook.relapse.timing\t大多数复发发生得较早：一项汇总 1,601 名患者的分析中，82% 的复发发生在停药后头 6 个月；意大利的一组病例中为 75.6%。所以这段时间复查最频繁。
outlook.summary.none\t与您相符的试验都没有报告约 {months} 个月时的数字。
outlook.summary.range\t约 {months} 个月时，在与您相符并报告了该时间点数字的 {count} 项试验中（{trials}），有 {low}% 至 {high}% 的患者不用 TKI 仍维持缓解；也就是说，有 {lost_low}% 至 {lost_high}% 的患者没有做到。
outlook.summary.single\t约 {months} 个月时，在唯一一项与您相符并报告了该时间点数字的试验中（{trials}），有 {percent}% 的患者不用 TKI 仍维持缓解；也就是说，有 {lost}% 的患者没有做到。
outlook.trials.ci_computed\t如果原文给出了人数但没有给出 95% 置信区间，我们用 Wilson 法自行计算，并标明是我们算的。
outlook.trials.definitions\t各试验对“复发”的界定不同，请结合每个数字旁边的定义来看。
outlook.trials.how\t如果您当初本可以符合某项试验的入组条件，我们就说这项试验与您相符：同一种 TKI、同样的用药线数、治疗时间足够长，深度分子学反应的深度和持续时间也达到要求。我们只能核对您填写的信息，试验本身的规定更细。这些内容供您和血液科医生讨论。
outlook.trials.need_courses\t请填写您的 TKI 用药经历，以便查看哪些试验与您相符。
outlook.trials.not_studied\t我们没有找到针对服用{drug}、情况与您相同的患者的停药试验。
outlook.trials.second_attempt\t您以前尝试过停药，所以这里显示的是第二次尝试停药的结果（RE-STIM），而不是第一次停药的结果。
outlook.trials.window\t“约 12 个月”包括报告时间在 9 至 15 个月之间的数字，所以 48 周也算在内；“约 24 个月”包括 20 至 28 个月，所以 96 周（约 22 个月）也算在内。
outlook.years\t{years} 年
regain.deep_response\t深度分子学反应
regain.mmr\t主要分子学反应（MMR）
regain.mr45\tMR4.5
regain.response\t重新获得反应（未说明深度）
regain.undetectable\tBCR-ABL1 检测不到
relapse.confirmed_loss_of_mr45\t复发指失去深度分子学反应（MR4.5，0.0032%），并经第二次检测确认。这比以失去主要分子学反应为标准严格得多。
relapse.confirmed_positivity_or_mmr\t复发指 BCR-ABL1 重新出现并经第二次检测确认，或任何一次失去主要分子学反应。
relapse.loss_of_mmr\t复发指失去主要分子学反应：BCR-ABL1 高于 0.1%。
relapse.loss_of_mmr_confirmed\t复发指连续两次检测失去主要分子学反应（BCR-ABL1 高于 0.1%）。
relapse.loss_of_mmr_single\t复发指任何一次检测失去主要分子学反应（BCR-ABL1 高于 0.1%）。
relapse.loss_of_mr4\t复发指失去 MR4（BCR-ABL1 高于 0.01%），比以失去主要分子学反应为标准更严格。
relapse.loss_of_mr4_single\t复发指任何一次检测失去深度分子学反应（MR4），比以失去主要分子学反应为标准更严格。
relapse.mmr_or_confirmed_mr4\t复发指失去主要分子学反应，或连续两次检测失去 MR4。
relapse.positivity_or_mmr\t复发指 BCR-ABL1 重新出现并经第二次检测确认、连续两次检测上升 10 倍，或任何一次失去主要分子学反应。
relapse.two_positives\t复发指连续两次检测阳性，且至少一次高于 0.1%。
study.astim\tA-STIM 研究
study.berger2019\t法国 STIM2 与 EURO-SKI 患者合并研究
study.dadda\t布雷西亚临床病例（D'Adda）
study.dadi\tDADI 研究
study.dasfree\tDASFREE 研究
study.destiny\tDESTINY 研究
study.domest\tDOMEST 研究
study.enestfreedom\tENESTfreedom 研究
study.enestop\tENESTop 研究
study.euroski\tEURO-SKI 研究
study.euroski_final\tEURO-SKI 最终分析
study.fava2019\t意大利临床病例
study.isav\tISAV 研究
study.jalsg_stim213\tJALSG-STIM213 研究
study.kid\tKID 研究
study.kota2019\tKota 与 Atallah 的综述
study.late_fr2020\t法国一家医院的晚期复发研究
study.meta1601\t1,601 名患者的汇总分析
study.restim\tRE-STIM 研究
study.richter2014\t瑞典 EURO-SKI 患者研究
study.ruski\tRU-SKI 研究
study.seed_review\t刘、曾、李的综述
study.shanmuganathan2021\t阿德莱德研究
study.sharf2020\t患者调查（CML 患者倡导网络）
study.stat2\tSTAT2 研究
study.stim1\tSTIM1 研究
study.stop2gtki\tSTOP 2G-TKI 研究
study.twister\tTWISTER 研究
time.months\t{n} 个月
time.weeks\t{n} 周
time.years\t{n} 年
ws.by_drug\t在法国一项 427 人的研究中，停用尼洛替尼（41.4%）或达沙替尼（40%）后比停用伊马替尼（20.4%）后更常见。
ws.duration\tRU-SKI 研究中，症状持续时间的中位数为 5 个月（1 至 25 个月），90% 的人症状消失；95% 为轻度或中度。
ws.helped\t有帮助的是对症治疗：RU-SKI 研究中 51% 的人用了抗炎止痛药；法国的研究中 30% 的人需要不止一种治疗。您可以问血液科医生哪种止痛药适合您。
ws.not_relapse\t这些疼痛并不代表白血病复发。RU-SKI 研究中疼痛与复发无关；STAT2 研究中疼痛不影响停药后维持的机会；KID 研究中有这些症状的人反而更常保持主要分子学反应。
ws.onset\t通常在停药后 1 至 6 周逐渐出现，多见于肩部和髋部、四肢以及手脚。
ws.range\t在我们查阅的研究中，停药者中有 {low}% 至 {high}% 出现这些疼痛。各研究的统计方法不同。
ws.risk.osteoarticular_history\t既往有骨或关节问题。在法国的研究中（总体 23% 出现疼痛），这使疼痛的可能性增加到 1.84 倍（95% CI 1.04–3.28）。
ws.risk.tki_over_93_months\t服用 TKI 超过 93 个月（约 7 年 9 个月）。在法国的研究中（总体 23% 出现疼痛），这使疼痛的可能性增加到 1.68 倍（95% CI 1.02–2.74）。
ws.survey\t一项患者调查中，停药者中有 60% 报告出现撤药症状，其中 40% 觉得没有得到充分帮助。您可以尽早向医疗团队求助。
ws.what\t有些人停用 TKI 后会出现肌肉和关节疼痛，这叫做撤药综合征。它很常见，通常会慢慢好转。
";
