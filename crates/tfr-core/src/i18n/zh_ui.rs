//! 简体中文词条（界面）：按键排序（测试检查顺序与完整性）。

/// One entry per line: the key, a tab (`\t`), then the template. Sorted by key.
pub static TEXT: &str = "
about.close\t返回
about.evidence\t证据最近一次审阅于 {date}。显示的每个数字都附有出处：作者、期刊、年份以及 PubMed 或 DOI 编号。
about.evidence_heading\t证据及更新方式
about.funding\t没有任何公司、药厂或其他资助方为它付费，也没有人干预它的内容。它不含任何广告。
about.limits\t各试验判断何时恢复治疗的规则不同，因此只有把各自的规则放在一起看，结果才能比较。试验结果是一群人的平均情况，不能预言某一个人会怎样。
about.not\t它不是医疗器械，也不替您做决定。它不可能了解您的全部情况。每一条结果都是与血液科医生讨论的要点。请不要在没有血液科医生指导的情况下自行停药或改变用药。
about.open\t关于本工具
about.privacy\t所有计算都在这台设备上完成。您填写的内容不会发送到任何地方：没有服务器、没有账号、没有跟踪。除非您勾选“在这台设备上记住”，否则不会保存任何内容；“清除全部内容”可以删除已保存的内容。您保存的文件只存在您放置的位置。
about.privacy_heading\t您的隐私
about.sources_heading\t参考来源
about.update_policy\t我们至少每年审阅一次证据；有重要的新指南或新试验发表时会更早审阅。指南版本会更新，您的血液科医生可能使用比这里更新的版本。
about.version\t版本 {version}
about.what\t这是一个决策辅助工具，供已达到深度分子学反应、正在考虑停用 TKI 尝试无治疗缓解（TFR）的成年慢粒患者，以及和他们一起讨论的血液科医生和护士使用。它把您的病史与已发表的指南标准对照，展示临床试验中与您情况相似的人的结果，并帮助您想清楚自己最看重什么。
about.what_heading\t本工具是什么
about.who\ttfr-aid 项目：一个独立团队，依据已发表的指南和临床试验报告制作。源代码以及显示的每一个数字和出处都公开，供大家审阅。
about.who_heading\t由谁制作
app.disclaimer\t本工具提供与血液科医生讨论的要点，不替您做决定。您填写的任何内容都不会离开这台设备。
attempts.add\t添加一次停药尝试
attempts.heading\t以前的停药尝试
attempts.intro\t如果您以前停过 TKI、尝试过无治疗缓解，请在这里逐次填写。
attempts.remove\t删除第 {n} 次停药尝试
attempts.restarted\t恢复用药日期（如果没有恢复，请留空）
attempts.row\t第 {n} 次停药尝试
attempts.stopped\t停药日期
clinician.criterion\t标准
clinician.met_on\t预计满足日期
clinician.source\t出处
clinician.status\t状态
clinician.values\t使用的数值
criterion.interpretation\t我们的理解
criterion.met_at_next_test\t如果结果保持现状，下一次检测时就可能满足这一条。
criterion.met_on\t如果结果保持现状，大约在 {date} 可以满足这一条。
criterion.rule\t标准原文
criterion.source\t出处
criterion.why\t为什么？
data.clear\t清除全部内容
data.heading\t您的数据
data.kiosk_note\t这是公用设备。不会保存任何内容，几分钟无人使用后会清除全部内容。
data.open\t打开已保存的文件
data.open_failed\t无法打开这个文件。页面上的内容没有改变。
data.opened\t已打开您保存的档案。
data.remember\t在这台设备上记住
data.remember_hint\t默认不记住，勾选后才会保存。勾选后，您填写的内容只保存在这个浏览器中，直到您清除为止，不会发送到任何地方。
data.save\t保存为文件
form.age\t您的年龄（岁）
form.choose\t请选择……
form.date_hint\t年-月-日，例如 2024-03-01
form.dont_know\t我不知道
form.no\t否
form.phase\t您的慢粒是否曾进入加速期或急变期？
form.phase_hint\t大多数人确诊时处于慢性期，并一直保持在慢性期。您的血液科医生清楚这一点。
form.reason_unknown\t我不知道
form.transcript\t您的转录本类型
form.transcript_hint\t这是您的白血病产生的 BCR-ABL1 的类型，写在确诊时的检测报告上，常写作 e13a2（b2a2）或 e14a2（b3a2）。如果不确定，请选“我不知道”，并询问医院。
form.yes\t是
icons.alt\t100 人示意图：{text}
icons.count\t每 100 人中 {count} 人
icons.source\t出处：
kiosk.continue\t我还在，继续使用
kiosk.text\t为保护您的隐私，您填写的全部内容将在 {seconds} 秒后清除。
kiosk.title\t您还在使用吗？
lab.heading\t您的 PCR 实验室
lab.intro\t这些信息可以问医院。它们很重要，因为只有检测准确、出结果快，停药才安全。
lab.is\t实验室是否按国际标准化（IS）报告结果？
lab.mr45\t实验室能否检测到 MR4.5（灵敏度至少 4.5 个对数级）？
lab.turnaround\t出一次结果需要几周？
monitoring.no_date\t请填写日期，以查看检测日期。
pcr.paste_button\t添加这些结果
pcr.paste_heading\t一次粘贴多条结果
pcr.paste_hint\t每行一条结果：先写日期，再写百分比，例如 2024-03-01 0.0021。未检测到 BCR-ABL1 的结果写作：2024-06-01 未检测到 52000（ABL1 拷贝数）。
pcr.paste_label\t从化验单复制的多行文字
pcr.paste_skipped\t第 {lines} 行开头没有日期，未添加。
phase.accelerated_or_blast\t有，曾经进入加速期或急变期
phase.chronic_only\t没有，一直是慢性期
phase.unknown\t我不知道
plan.heading\t您的计划
plan.osteo\t您以前是否有过骨骼或关节疼痛的问题（例如关节炎）？
plan.stop\t可能停药的日期（如果您已有打算）
plan.stop_hint\t年-月-日，可以是将来的日期。用于计算停药后的检测日期。
print.button\t打印一份摘要，带去门诊
print.first_year\t计划停药后第一年的 PCR 检测日期（ELN 2020）：
print.inputs\t填写的信息
print.meta\t{date} 由 tfr-aid {version} 版生成。证据最近审阅于 {reviewed}。
print.ongoing\t至今
print.recent\t最近的 PCR 结果：
print.title\t慢粒停药：门诊讨论摘要
print.undetectable\t未检测到（ABL1 拷贝数 {copies}）
print.values\t我看重的事情和我的问题
reason_stopped.intolerance\t副作用（不耐受）
reason_stopped.other\t其他原因
reason_stopped.resistance\t药效不够了（耐药）
results.benefits\t可能的好处
results.caveats\t证据的局限
results.definitions\t各试验对复发的定义
results.eligibility\t您能否尝试停药？各指南的标准
results.eligibility_note\t各指南的标准不同。ELN 2020 是欧洲指南，NCCN 是美国指南。每一条都列出了我们使用的信息和标准的出处。
results.fix_first\t以下内容需要先修改，才能核对标准：
results.go_to\t前往“{step}”
results.harms\t可能的坏处和负担
results.intro\t下面是您的病史与已发表的停药标准的对照。这些是与血液科医生讨论的要点，不是最终决定。
results.no_trials\t没有一项停药试验与您填写的全部情况相符。
results.odds_heading\t哪些因素会影响成功的机会
results.options_heading\t几种选择的对比
results.options_intro\t每种选择都用同样的 100 人示意图、同样的时间长度来展示，便于比较。这些数字来自试验中一群人的结果，不能预言您本人会怎样。
results.outlook_heading\t与您情况相似的人通常会怎样
results.partial_heading\t只部分相符的试验（{count} 项）
results.per_100_at\t与您情况相似的每 100 人中，{months} 个月后
results.relapse_heading\t如果复发了会怎样
results.trials_heading\t与您情况相似的人参加的试验
results.used_by\t采用的试验
results.ws_heading\t撤药综合征：停药后的酸痛
results.ws_helped\t有帮助的做法
results.ws_yours\t您自己的风险因素
step.about_you\t关于您
step.back\t上一步
step.lab_plan\t实验室和计划
step.nav\t步骤
step.next\t下一步
step.of\t第 {n} 步，共 {total} 步：
step.pcr\tPCR 结果
step.results\t您的结果
step.treatment\t您的治疗
treatment.add\t添加一段治疗
treatment.drug\tTKI 药物
treatment.end\t停用日期
treatment.intro\t请填写您用过的每一种 TKI 及日期。如果换过药，请说明原因。几天的短暂停药不用填写。
treatment.ongoing\t我还在服用
treatment.reason\t停用原因
treatment.remove\t删除第 {n} 段治疗
treatment.row\t第 {n} 段治疗
treatment.start\t开始日期
trial.ci_computed\t95% 置信区间 {lo}–{hi}%（由我们计算）
trial.ci_paper\t95% 置信区间 {lo}–{hi}%（论文给出）
trial.differs\t您与这项试验中的人不同之处：
trial.entry\t参加者
trial.n\t{n} 人停药
trial.outcome\t结果
trial.over_follow_up\t整个随访期间
trial.percent\t比例
trial.relapse\t什么算作复发
trial.study\t研究
trial.time\t时间
verdict.separator\t。
verdict.to_discuss\t还需要讨论的内容
verdict.to_find_out\t需要了解的内容
view.clinician\t医生版
view.label\t结果的显示方式
view.patient\t通俗版
";
