//! 简体中文词条（价值观练习、SURE 自测、就诊问题、名词解释、PCR 图表）：按键排序（测试检查顺序与完整性）。

/// One entry per line: the key, a tab (`\t`), then the template. Sorted by key.
pub static TEXT: &str = "
chart.axis_y\tBCR-ABL1 %IS（对数刻度）
chart.col.date\t日期
chart.col.level\t反应水平
chart.col.result\t结果
chart.desc\t从 {first} 到 {last} 共有 {count} 次结果。最近一次是 {date}，结果为 {result}：{level}。
chart.desc_lines\t纵轴每向下一格，数值降低 10 倍。图中的线标出 MMR（{mmr}%）、MR4（{mr4}%）和 MR4.5（{mr45}%）。
chart.desc_single\t只有 1 次结果：{date}，{result}：{level}。
chart.desc_undetectable\t其中 {n} 次没有检测到 BCR-ABL1。
chart.empty\t还没有可以显示的 PCR 结果。
chart.heading\t您的 PCR 结果变化
chart.legend.label\t图例
chart.legend.line\t{name} 线：{percent}%
chart.legend.measured\t测到的结果
chart.legend.not_evaluable\t未检测到，但 ABL1 拷贝数太少，无法分级
chart.legend.undetectable\t未检测到：真实数值低于这个标记，标记的位置是这次检测能测到的最低水平
chart.line.mmr\tMMR
chart.line.mr4\tMR4
chart.line.mr45\tMR4.5
chart.mark\t{date}：结果 {result}
chart.result.undetectable\t未检测到（ABL1 拷贝数 {copies}）
chart.result.undetectable_plain\t未检测到
chart.table.caption\t您的 PCR 结果
chart.table.show\t以表格显示这些结果
chart.title\tPCR 结果随时间变化图
glossary.abl1.def\t每个血细胞里都有的一个正常基因。实验室同时测它和 BCR-ABL1，用来确认样本质量合格。如果没有检测到 BCR-ABL1，ABL1 拷贝数说明这次检测有多灵敏：拷贝数越多，能证明的反应越深。
glossary.abl1.term\tABL1（内参基因）
glossary.dmr.def\t指 MR4 或更深的反应。在考虑停药之前，指南要看深度分子学反应已经保持了多久。ELN 2020 要求超过 2 年。
glossary.dmr.term\t深度分子学反应（DMR）
glossary.heading\t本工具用到的名词
glossary.intro\t用简单的话解释您会看到的医学名词。
glossary.is.def\t各实验室报告 BCR-ABL1 结果的统一标准，写作 %IS。用了它，不同实验室的结果才能互相比较。本工具中的反应水平（MMR、MR4、MR4.5）都是按 IS 定义的。
glossary.is.term\t国际标准化（IS）
glossary.link_hint\t（查看名词解释）
glossary.mmr.def\t按国际标准化（IS）计算，PCR 结果在 {percent}% 或以下。意思是 BCR-ABL1 已经降到标准起始水平的约千分之一。也叫 MR3（ELN 2020）。
glossary.mmr.term\t主要分子学反应（MMR）
glossary.mr4.def\t更深一层的反应：PCR 结果在 {percent}% 或以下，比 MMR 再低 10 倍。如果没有检测到 BCR-ABL1，而样本中的 ABL1 足够多，也可以算作 MR4（ELN 2020）。
glossary.mr4.term\tMR4（4 个对数级的分子学反应）
glossary.mr45.def\t比 MR4 更深的反应：PCR 结果在 {percent}% 或以下。如果没有检测到 BCR-ABL1，而样本中的 ABL1 更多，也可以算作 MR4.5（ELN 2020）。
glossary.mr45.term\tMR4.5（4.5 个对数级的分子学反应）
glossary.pcr.def\t测量血液中 BCR-ABL1 含量的检查，全称是实时定量 PCR（qPCR 或 RQ-PCR）。无论停药前后，慢粒的随访主要都靠它。
glossary.pcr.term\tPCR 检测
glossary.relapse.def\t停药后 PCR 结果又升到 {percent}% 以上，叫做失去 MMR，这时通常会重新开始服用 TKI。有些研究用的复发定义不一样，所以它们的数字不一定能直接比较。
glossary.relapse.term\t复发（失去 MMR）
glossary.tfr.def\t停用 TKI 后，不吃药也能保持良好的反应（通常指 MMR），并定期做 PCR 检测来确认。
glossary.tfr.term\t无治疗缓解（TFR）
glossary.tki.def\t控制慢粒的口服靶向药，比如伊马替尼、尼洛替尼、达沙替尼。它能阻断 BCR-ABL1 发出的、让白血病细胞生长的信号。
glossary.tki.term\t酪氨酸激酶抑制剂（TKI）
glossary.transcript.def\t您的白血病产生的 BCR-ABL1 的具体类型。大多数人是 e13a2（也写作 b2a2）、e14a2（b3a2），或两种都有。常规 PCR 检测就是针对这几种类型设计的。如果您是少见的（非典型）类型，可以问问医生您的结果是怎么测的。类型写在确诊时的检测报告上。
glossary.transcript.term\t转录本类型（e13a2、e14a2）
glossary.withdrawal.def\t有些人停用 TKI 后几周内出现的肌肉和关节酸痛。它很常见，通常几个月内会消退。它并不说明白血病要复发。
glossary.withdrawal.term\t撤药综合征
questions.heading\t可以问血液科医生的问题
questions.intro\t请勾选您想在下次就诊时问的问题。有些问题很重要，却常常没人提起。在一项大型慢粒患者调查中，56% 的人在停药期间感到害怕或焦虑，但只有 7% 的人被问到是否需要心理支持（Sharf 等，Leukemia 2020）。
questions.own\t您自己的问题（可以不填）
questions.own_hint\t用您自己的话写下来。
questions.q.change_mind\t如果停药后我太担心，即使检查结果一直很好，我能不能重新开始吃药？
questions.q.cost\t增加的检查和就诊要花多少钱？医保能报销多少？
questions.q.criteria\t我符合指南的停药条件吗？还有哪些条件不确定？
questions.q.lab\t我做检测的实验室够条件吗？是否按国际标准化（IS）报告？灵敏度够不够？
questions.q.lower_dose\t我能不能先减量，而不是一下子完全停药？
questions.q.my_chances\t根据我的检查结果和治疗经过，如果停药，我保持缓解的可能性有多大？
questions.q.pregnancy\t我想要孩子。停药、怀孕和复查应该怎么安排？
questions.q.relapse\t如果复发了会怎样？多快恢复用药？用哪种 TKI？
questions.q.schedule\t停药后多久需要抽一次血？可以在哪里做？
questions.q.support\t停药期间如果我很担心、焦虑，能得到哪些帮助？比如心理咨询或病友组织？
questions.q.turnaround\t停药后每次 PCR 结果多久能出来？由谁通知我？
questions.q.withdrawal\t停药后如果出现肌肉和关节疼痛，我可以怎么办？应该找谁？
sure.heading\t您准备好做决定了吗？SURE 自测
sure.intro\t这 4 个问题可以帮您看看自己是否已经准备好做选择。请回答“是”或“否”。
sure.q.encouragement\t您有足够的支持和建议来做选择吗？
sure.q.risk_benefit\t您清楚哪些好处和风险对您最重要吗？
sure.q.sure\t您确定哪种选择对您最好吗？
sure.q.understand\t您了解每种选择的好处和风险吗？
sure.reading.incomplete\t回答全部 4 个问题后，这里会显示结果。
sure.reading.label\t您的回答说明什么
sure.reading.ready\t4 个问题您都回答了“是”。您可能已经准备好和血液科医生一起做选择了。
sure.reading.talk_more\t4 个问题中有 {no} 个您回答了“否”。在做决定之前，和血液科医生或医护团队再多谈谈可能会有帮助。
sure.source\tSURE 自测 © O'Connor & Légaré, 2008。它帮您发现自己对这个决定还有哪些顾虑，不会告诉您该怎么选。
values.heading\t对您来说什么最重要
values.intro\t面对同样的信息，每个人看重的东西不一样，没有对错之分。请为下面每一句选择它对您有多重要。您的回答可以帮助您和血液科医生一起讨论什么最适合您。
values.item.cost\t费用：药费、检查费、路费和请假误工
values.item.daily_tablets\t不用每天吃药
values.item.fear_relapse\t担心白血病复发
values.item.keep_as_is\t现在的治疗效果好，想保持现状
values.item.pregnancy\t生育计划
values.item.side_effects\t摆脱 TKI 带来的副作用
values.item.testing\t停药后前 6 个月每月抽血复查一次（ELN 2020 的建议）
values.item.withdrawal\t担心停药后出现肌肉和关节疼痛
values.level.1\t几乎不重要
values.level.2\t有点重要
values.level.3\t比较重要
values.level.4\t很重要
values.level.5\t非常重要
values.note.cost\t停药可以省下药费，但刚停药时检查和就诊会更多。各地的费用和医保政策差别很大。
values.note.pregnancy\t怀孕期间不应服用 TKI（ELN 2020）。如果您希望生孩子，可以和医生一起商量停药和怀孕的时间安排。
values.note.testing\t之后复查会少一些：第 7 到 12 个月每 2 个月一次，以后每 3 个月一次（ELN 2020）。每次复查都要去医院或抽血。
values.note.withdrawal\t有些人停药后几周内会出现肌肉和关节酸痛，这叫撤药综合征。它很常见，通常会慢慢消退。
values.scale.1\t几乎不重要
values.scale.2\t有点重要
values.scale.3\t比较重要
values.scale.4\t很重要
values.scale.5\t非常重要
values.summary.heading\t用文字回顾您的回答
values.summary.intro\t这是您填写的内容，可以带去看医生。您也可以随时修改上面的任何回答。
values.summary.no_questions\t您还没有选择要问医生的问题。
values.summary.none_rated\t您还没有为这些方面打分。
values.summary.question\t想问的问题：{question}
values.summary.rating\t{item}：{level}（{rating} 分，满分 5 分）。
values.summary.sure\tSURE 自测：{reading}
values.summary.sure_none\t您还没有做 SURE 自测。
values.summary.sure_partial\tSURE 自测：4 个问题您已回答 {answered} 个，目前都是“是”。
";
