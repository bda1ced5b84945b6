<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>管理员维护用户、执法人员和设置；请妥善保管密码。</source>
        <translation>The administrator maintains accounts, officers and settings; keep the password safe.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>密码至少%1位，不能只有数字或只有字母。</source>
        <translation>At least %1 characters, not only digits or only letters.</translation>
    </message>
    <message>
        <source>用户名为1–32位字母、数字、下划线或点。</source>
        <translation>A user name is 1–32 letters, digits, underscores or dots.</translation>
    </message>
    <message>
        <source>密码至少%1位。</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>密码不能只有数字或只有字母。</source>
        <translation>The password cannot be only digits or only letters.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>执法主体</source>
        <translation>Enforcement agency</translation>
    </message>
    <message>
        <source>文书以执法主体的名义作出（《行政处罚法》第17、18条）。</source>
        <translation>Documents are issued in the agency&apos;s name (Administrative Penalty Law Arts. 17, 18).</translation>
    </message>
    <message>
        <source>如：杭州市上城区综合行政执法局</source>
        <translation>e.g. 杭州市上城区综合行政执法局</translation>
    </message>
    <message>
        <source>如：杭上城（文号前缀）</source>
        <translation>e.g. 杭上城 (document number prefix)</translation>
    </message>
    <message>
        <source>6位行政区划代码，如 330102</source>
        <translation>6-digit division code, e.g. 330102</translation>
    </message>
    <message>
        <source>如：湖滨中队办公室1号机</source>
        <translation>e.g. Hubin squad office PC 1</translation>
    </message>
    <message>
        <source>执法主体全称</source>
        <translation>Agency full name</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>行政区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>本机名称</source>
        <translation>This PC&apos;s name</translation>
    </message>
    <message>
        <source>请填写执法主体全称。</source>
        <translation>Please enter the agency&apos;s full name.</translation>
    </message>
</context>
<context>
    <name>AnnotationView</name>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>文字标注</source>
        <translation>Text note</translation>
    </message>
    <message>
        <source>标注文字：</source>
        <translation>Note text:</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>数据备份</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <source>上次备份</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>备份间隔（天）</source>
        <translation>Backup interval (days)</translation>
    </message>
    <message>
        <source>不自动备份</source>
        <translation>No automatic backup</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>每隔</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>保留份数</source>
        <translation>Copies to keep</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>保留最近</source>
        <translation>Keep the latest</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>空 = 数据目录下的 backups/scheduled（建议选另一块磁盘）</source>
        <translation>Empty = backups/scheduled in the data folder (another disk is recommended)</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>选择备份文件夹</source>
        <translation>Choose backup folder</translation>
    </message>
    <message>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>备份位置</source>
        <translation>Backups go to</translation>
    </message>
    <message>
        <source>备份包括数据库、全部证据原件、已出具文书和站点密钥；程序启动时和空闲时到期即自动备份。恢复：在新电脑（或清空的数据文件夹）上启动本程序，在首次使用向导中选择“从备份恢复”。不在使用中的站点上恢复，以免覆盖备份之后录入的案件、证据和文书。</source>
        <translation>A backup holds the database, every original evidence file, the issued documents and the station keys; when due it is taken at start-up and when the program is idle. To restore: start the program on the new PC (or on an emptied data folder) and choose “Restore from a backup” in the first-run wizard. A station in use is never restored over, so that cases, evidence and documents entered after the backup are not lost.</translation>
    </message>
    <message>
        <source>选择要验证的备份文件</source>
        <translation>Choose the backup file to verify</translation>
    </message>
    <message>
        <source>Inspector 备份 (*.zip);;所有文件 (*)</source>
        <translation>Inspector backups (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>正在验证备份…</source>
        <translation>Verifying the backup…</translation>
    </message>
    <message>
        <source>备份完好：%1（站点 %2，备份时间 %3），数据库 + %4 个文件全部与清单一致。</source>
        <translation>Backup intact: %1 (station %2, taken %3); the database and %4 files all match the manifest.</translation>
    </message>
    <message>
        <source>保存备份计划</source>
        <translation>Save backup schedule</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>验证备份…</source>
        <translation>Verify backup…</translation>
    </message>
    <message>
        <source>验证备份文件</source>
        <translation>Verify a backup file</translation>
    </message>
    <message>
        <source>逐个核对备份文件中每个文件的 SHA-256 与备份清单是否一致</source>
        <translation>Check the SHA-256 of every file in a backup against its manifest</translation>
    </message>
    <message>
        <source>%1，文件 %2</source>
        <translation>%1, file %2</translation>
    </message>
    <message>
        <source>尚未备份</source>
        <translation>Not backed up yet</translation>
    </message>
    <message>
        <source>最近一次失败：%1</source>
        <translation>Last failure: %1</translation>
    </message>
    <message>
        <source>备份计划已保存</source>
        <translation>Backup schedule saved</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>备份已写入并校验：%1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>案件详情</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>可执行步骤</source>
        <translation>Available steps</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>办案过程</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>状态变化</source>
        <translation>State change</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>办案流程</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>裁量表</source>
        <translation>Discretion</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>案情</source>
        <translation>Case facts</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}</source>
        <translation>{0}&#x3000;{1}</translation>
    </message>
    <message>
        <source>简易程序</source>
        <translation>Summary procedure</translation>
    </message>
    <message>
        <source>普通程序</source>
        <translation>Ordinary procedure</translation>
    </message>
    <message>
        <source>元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>当事人：{0}｜状态：{1}｜{2}｜罚款：{3}</source>
        <translation>Party: {0} | Status: {1} | {2} | Fine: {3}</translation>
    </message>
    <message>
        <source>须法制审核：{0}</source>
        <translation>Legal review required: {0}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>案件详情 - {0}</source>
        <translation>Case details - {0}</translation>
    </message>
    <message>
        <source>可执行步骤（当前角色无可执行步骤）</source>
        <translation>Available steps (none for your role)</translation>
    </message>
    <message>
        <source>因缺少{0}年节假日安排，日期为估算；导入日历后可精确</source>
        <translation>Estimated: no {0} holiday calendar yet; exact once it is imported</translation>
    </message>
    <message>
        <source>法制审核退回（{0}，{1}）：请补充调查后重新提交审核</source>
        <translation>Returned by legal review ({0}, {1}): investigate further and submit for review again</translation>
    </message>
    <message>
        <source>已缴：{0}元</source>
        <translation>Paid: {0} yuan</translation>
    </message>
    <message>
        <source>｜加处罚款：{0}元（截至{1}，《中华人民共和国行政处罚法》第七十二条）</source>
        <translation> | Late-payment surcharge: {0} yuan (as of {1}, Administrative Penalty Law Art. 72)</translation>
    </message>
    <message>
        <source>｜尚欠：{0}元</source>
        <translation> | Still owed: {0} yuan</translation>
    </message>
    <message>
        <source>执行终结：处罚决定已于{0}{1}（《中华人民共和国行政强制法》第四十条）</source>
        <translation>Execution ended: {1} on {0} (Administrative Coercion Law Art. 40)</translation>
    </message>
    <message>
        <source>罚款已于{0}决定变更，原决定罚款{1}元，按变更后的金额执行</source>
        <translation>The fine was changed on {0} (originally {1} yuan); the changed amount is executed</translation>
    </message>
    <message>
        <source>；已缴{0}元应予退还（《中华人民共和国行政强制法》第四十一条）</source>
        <translation>; the {0} yuan paid is to be refunded (Administrative Coercion Law Art. 41)</translation>
    </message>
    <message>
        <source>法制审核修改后同意（{0}，{1}）：请按以下意见修改后再办理下一步</source>
        <translation>Agreed by legal review after changes ({0}, {1}): make the changes below before the next step</translation>
    </message>
    <message>
        <source>审核意见：{0}</source>
        <translation>Review comment: {0}</translation>
    </message>
    <message>
        <source>本案无待办事项</source>
        <translation>No pending tasks for this case</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>轮到：{0}——{1}</source>
        <translation>Turn: {0} — {1}</translation>
    </message>
    <message>
        <source>（{0}，{1}前）</source>
        <translation> ({0}, by {1})</translation>
    </message>
    <message>
        <source>原因：{0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <source>案件来源：{0}</source>
        <translation>Case source: {0}</translation>
    </message>
    <message>
        <source>（{0}：{1}）</source>
        <translation> ({0}: {1})</translation>
    </message>
    <message>
        <source>投诉人：匿名投诉</source>
        <translation>Complainant: anonymous</translation>
    </message>
    <message>
        <source>投诉人：{0}&#x3000;联系方式：{1}</source>
        <translation>Complainant: {0}&#x3000;Contact: {1}</translation>
    </message>
    <message>
        <source>违法行为发生日期：{0}&#x3000;终了日期：{1}&#x3000;发现日期：{2}</source>
        <translation>Violation date: {0}&#x3000;End date: {1}&#x3000;Discovery date: {2}</translation>
    </message>
    <message>
        <source>地点：{0}</source>
        <translation>Location: {0}</translation>
    </message>
    <message>
        <source>案情：{0}</source>
        <translation>Facts: {0}</translation>
    </message>
    <message>
        <source>当事人：{0}&#x3000;{1}&#x3000;住址：{2}&#x3000;电话：{3}</source>
        <translation>Party: {0}&#x3000;{1}&#x3000;Address: {2}&#x3000;Phone: {3}</translation>
    </message>
    <message>
        <source>承办人：{0}</source>
        <translation>Case handler: {0}</translation>
    </message>
    <message>
        <source>证据：{0} 项</source>
        <translation>Evidence: {0} items</translation>
    </message>
    <message>
        <source>&#x3000;· {0}（{1}）</source>
        <translation>  · {0} ({1})</translation>
    </message>
    <message>
        <source>时间不详</source>
        <translation>time unknown</translation>
    </message>
    <message>
        <source>裁量表（已保存）：阶次 {0}，拟罚款 {1} 元{2}</source>
        <translation>Discretion sheet (saved): level {0}, proposed fine {1} yuan{2}</translation>
    </message>
    <message>
        <source>（须法制审核）</source>
        <translation> (legal review required)</translation>
    </message>
    <message>
        <source>裁量说理：{0}</source>
        <translation>Discretion reasoning: {0}</translation>
    </message>
    <message>
        <source>裁量表：尚未填写</source>
        <translation>Discretion sheet: not filled in</translation>
    </message>
    <message>
        <source>拟处罚金额：{0}</source>
        <translation>Proposed penalty: {0}</translation>
    </message>
    <message>
        <source>已完成：{0}</source>
        <translation>Done: {0}</translation>
    </message>
    <message>
        <source>；同时登记：{0}</source>
        <translation>; also recorded: {0}</translation>
    </message>
    <message>
        <source>；已出具《{0}》{1}</source>
        <translation>; issued “{0}” {1}</translation>
    </message>
    <message>
        <source>；《{0}》待出具（{1}），请在“文书”页补全后出具</source>
        <translation>; “{0}” to be issued ({1}); complete it on the “Documents” page and issue</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>送达方式</source>
        <translation>Service method</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>审核结论</source>
        <translation>Review conclusion</translation>
    </message>
    <message>
        <source>票据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>接收机关</source>
        <translation>Receiving authority</translation>
    </message>
    <message>
        <source>加处罚款</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>CaseDocumentsPanel</name>
    <message>
        <source>案件文书</source>
        <translation>Case documents</translation>
    </message>
    <message>
        <source>出具文书(&amp;N)…</source>
        <translation>&amp;New document…</translation>
    </message>
    <message>
        <source>出具文书</source>
        <translation>Issue document</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>打印所选文书</source>
        <translation>Print selected documents</translation>
    </message>
    <message>
        <source>作废文号…</source>
        <translation>Void number…</translation>
    </message>
    <message>
        <source>作废文号</source>
        <translation>Void number</translation>
    </message>
    <message>
        <source>导出案卷…</source>
        <translation>Export case file…</translation>
    </message>
    <message>
        <source>导出案卷</source>
        <translation>Export case file</translation>
    </message>
    <message>
        <source>核验文书…</source>
        <translation>Verify document…</translation>
    </message>
    <message>
        <source>核验文书</source>
        <translation>Verify document</translation>
    </message>
    <message>
        <source>已出具文书列表</source>
        <translation>Issued documents</translation>
    </message>
    <message>
        <source>选择一份文书以预览</source>
        <translation>Select a document to preview it</translation>
    </message>
    <message>
        <source>请选择一份文书。</source>
        <translation>Please select a document.</translation>
    </message>
    <message>
        <source>作废 %1 的原因：</source>
        <translation>Reason for voiding %1:</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>请先选择要打印的文书（可多选）。</source>
        <translation>Select the documents to print first (several allowed).</translation>
    </message>
    <message>
        <source>正在打印 %1 份文书…</source>
        <translation>Printing %1 documents…</translation>
    </message>
    <message>
        <source>已取消：打印了 %1 / %2 份。</source>
        <translation>Cancelled: printed %1 of %2.</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>正在生成案卷…</source>
        <translation>Building the case file…</translation>
    </message>
</context>
<context>
    <name>CaseRef</name>
    <message>
        <source>（简易程序）</source>
        <translation>(simple procedure)</translation>
    </message>
    <message>
        <source>（未立案）</source>
        <translation>(not filed)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>中队</source>
        <translation>Squad</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>执法事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>线索登记</source>
        <translation>Clue logged</translation>
    </message>
    <message>
        <source>决定期限</source>
        <translation>Decision due</translation>
    </message>
    <message>
        <source>简易程序</source>
        <translation>Summary procedure</translation>
    </message>
    <message>
        <source>普通程序</source>
        <translation>Ordinary procedure</translation>
    </message>
    <message>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>该年度节假日日历尚未导入，期限仅按周末推算</source>
        <translation>The holiday calendar for this year is not imported; deadlines are computed from weekends only</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>欢迎使用城管执法现场检查与案件系统</source>
        <translation>Welcome to Inspector, the urban-management inspection and case system</translation>
    </message>
    <message>
        <source>这台电脑上还没有站点数据。请选择如何开始。</source>
        <translation>This PC has no station data yet. Choose how to start.</translation>
    </message>
    <message>
        <source>创建正式站点（填写执法主体、中队和管理员）</source>
        <translation>Create a station (agency, squads and administrator)</translation>
    </message>
    <message>
        <source>从备份恢复（换电脑或重装后，用“数据备份”生成的备份文件恢复原站点）</source>
        <translation>Restore from a backup (after replacing or reinstalling the PC, bring the station back from a file made by “Data backup”)</translation>
    </message>
    <message>
        <source>打开演示站点（示例数据，每个角色一个账户，密码 Demo2026）</source>
        <translation>Open the demo station (sample data, one account per role, password Demo2026)</translation>
    </message>
    <message>
        <source>便携模式：数据保存在程序所在文件夹（%1）</source>
        <translation>Portable mode: keep the data in the program&apos;s folder (%1)</translation>
    </message>
    <message>
        <source>数据文件夹：%1</source>
        <translation>Data folder: %1</translation>
    </message>
</context>
<context>
    <name>ClueDialog</name>
    <message>
        <source>登记线索</source>
        <translation>Register lead</translation>
    </message>
    <message>
        <source>案件来源</source>
        <translation>Case source</translation>
    </message>
    <message>
        <source>（尚未登记监控设备：请系统管理员在“设置 → 监控设备”中登记）</source>
        <translation>(No monitoring device registered: ask the administrator to register one under “Settings → Monitoring devices”)</translation>
    </message>
    <message>
        <source>{0} {1}（{2}）</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <source>【审核或公布未登记】</source>
        <translation> [reviews or publication not recorded]</translation>
    </message>
    <message>
        <source>监控设备（第四十一条）</source>
        <translation>Monitoring device (Art. 41)</translation>
    </message>
    <message>
        <source>记录时间</source>
        <translation>Record time</translation>
    </message>
    <message>
        <source>匿名投诉（不登记投诉人和联系方式）</source>
        <translation>Anonymous complaint (no complainant or contact recorded)</translation>
    </message>
    <message>
        <source>手机或座机（区号-号码）</source>
        <translation>Mobile or landline (area code-number)</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>执法事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>违法地点</source>
        <translation>Violation location</translation>
    </message>
    <message>
        <source>线索内容</source>
        <translation>Lead details</translation>
    </message>
    <message>
        <source>违法行为发生日期（第三十六条）</source>
        <translation>Date of violation (Art. 36)</translation>
    </message>
    <message>
        <source>连续或继续状态终了日期</source>
        <translation>End date of continuing violation</translation>
    </message>
    <message>
        <source>发现日期（第五十四条）</source>
        <translation>Discovery date (Art. 54)</translation>
    </message>
    <message>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <source>法人或其他组织</source>
        <translation>Legal person or other organisation</translation>
    </message>
    <message>
        <source>个体工商户</source>
        <translation>Individual business</translation>
    </message>
    <message>
        <source>当事人（已知时填写）</source>
        <translation>Party (if known)</translation>
    </message>
    <message>
        <source>当事人类型</source>
        <translation>Party type</translation>
    </message>
    <message>
        <source>身份证号/统一社会信用代码</source>
        <translation>ID card no. / Unified social credit code</translation>
    </message>
    <message>
        <source>当事人住址</source>
        <translation>Party address</translation>
    </message>
    <message>
        <source>承办人{0}（持证，第四十二条）</source>
        <translation>Case handler {0} (certified, Art. 42)</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>来源记录（可空）</source>
        <translation>Source record (optional)</translation>
    </message>
    <message>
        <source>{0}（可空）</source>
        <translation>{0} (optional)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>现场检查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>中队</source>
        <translation>Squad</translation>
    </message>
    <message>
        <source>执法人员</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>执法机关</source>
        <translation>Enforcement agency</translation>
    </message>
    <message>
        <source>案件进程</source>
        <translation>Case progress</translation>
    </message>
    <message>
        <source>案件承办人</source>
        <translation>Case handlers</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>裁量记录</source>
        <translation>Discretion records</translation>
    </message>
    <message>
        <source>节假日历</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>裁量基准</source>
        <translation>Discretion benchmark</translation>
    </message>
    <message>
        <source>案件移送</source>
        <translation>Case transfers</translation>
    </message>
    <message>
        <source>案卷评查</source>
        <translation>Case-file evaluations</translation>
    </message>
    <message>
        <source>文书正文</source>
        <translation>Document texts</translation>
    </message>
    <message>
        <source>证据标注</source>
        <translation>Evidence annotations</translation>
    </message>
    <message>
        <source>检查事项</source>
        <translation>Inspection matters</translation>
    </message>
    <message>
        <source>文号登记</source>
        <translation>Document numbers</translation>
    </message>
    <message>
        <source>登记保存物品</source>
        <translation>Preserved items</translation>
    </message>
    <message>
        <source>执法公示</source>
        <translation>Publicity records</translation>
    </message>
    <message>
        <source>双随机抽取</source>
        <translation>Random draws</translation>
    </message>
    <message>
        <source>考评事件</source>
        <translation>Rating incidents</translation>
    </message>
    <message>
        <source>考评细则</source>
        <translation>Rating rubrics</translation>
    </message>
    <message>
        <source>考评结果</source>
        <translation>Rating snapshots</translation>
    </message>
    <message>
        <source>审核延期</source>
        <translation>Review extensions</translation>
    </message>
    <message>
        <source>柔性执法</source>
        <translation>Soft enforcement records</translation>
    </message>
    <message>
        <source>规范化条件核查</source>
        <translation>Squad standard checks</translation>
    </message>
    <message>
        <source>培训记录</source>
        <translation>Training records</translation>
    </message>
    <message>
        <source>监控设备</source>
        <translation>Monitoring devices</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>案情摘要</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>违法事项</source>
        <translation>Violation matter</translation>
    </message>
    <message>
        <source>事项编码</source>
        <translation>Matter code</translation>
    </message>
    <message>
        <source>罚款（分）</source>
        <translation>Fine (fen)</translation>
    </message>
    <message>
        <source>违法行为日期</source>
        <translation>Violation date</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>管辖范围</source>
        <translation>Jurisdiction</translation>
    </message>
    <message>
        <source>现场情况</source>
        <translation>On-site situation</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>站点未记录</source>
        <translation>station not recorded</translation>
    </message>
    <message>
        <source>%1（本站）</source>
        <translation>%1 (this station)</translation>
    </message>
    <message>
        <source>站点 %1</source>
        <translation>station %1</translation>
    </message>
    <message>
        <source>修改人未记录</source>
        <translation>user not recorded</translation>
    </message>
    <message>
        <source>时间未记录</source>
        <translation>time not recorded</translation>
    </message>
    <message>
        <source>处理同步冲突</source>
        <translation>Resolve sync conflicts</translation>
    </message>
    <message>
        <source>“%1”记录（%2）在本站和中心都被修改过。逐项选择保留哪一方的内容，合并结果会作为新版本保存并在下次同步时发送；处理过程记入执法全过程记录。</source>
        <translation>Record “%1” (%2) was changed both on this station and at the center. Choose which side to keep for each field; the merged result is saved as a new version and sent at the next sync. The handling is logged in the enforcement record.</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>修改站点</source>
        <translation>Changed at station</translation>
    </message>
    <message>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>修改时间</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>本站版本</source>
        <translation>Local version</translation>
    </message>
    <message>
        <source>中心版本</source>
        <translation>Center version</translation>
    </message>
    <message>
        <source>保留</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>冲突字段对照</source>
        <translation>Conflicting fields</translation>
    </message>
    <message>
        <source>本站</source>
        <translation>This station</translation>
    </message>
    <message>
        <source>中心</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>保留哪一方：%1</source>
        <translation>Keep which side: %1</translation>
    </message>
    <message>
        <source>全部保留本站版本</source>
        <translation>Keep all local versions</translation>
    </message>
    <message>
        <source>全部保留中心版本</source>
        <translation>Keep all center versions</translation>
    </message>
    <message>
        <source>按所选保存</source>
        <translation>Save selection</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>视频监控</source>
        <translation>Video surveillance</translation>
    </message>
    <message>
        <source>违法停车抓拍</source>
        <translation>Illegal parking camera</translation>
    </message>
    <message>
        <source>渣土车辆识别</source>
        <translation>Spoil truck recognition</translation>
    </message>
    <message>
        <source>占道经营识别</source>
        <translation>Street vending recognition</translation>
    </message>
    <message>
        <source>噪声监测</source>
        <translation>Noise monitoring</translation>
    </message>
    <message>
        <source>监控设备列表</source>
        <translation>Monitoring devices</translation>
    </message>
    <message>
        <source>设备编号</source>
        <translation>Device code</translation>
    </message>
    <message>
        <source>设备类型</source>
        <translation>Device type</translation>
    </message>
    <message>
        <source>设置地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>法制审核</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>技术审核</source>
        <translation>Technical review</translation>
    </message>
    <message>
        <source>地点公布</source>
        <translation>Location published</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>法制审核日期</source>
        <translation>Legal review date</translation>
    </message>
    <message>
        <source>技术审核日期</source>
        <translation>Technical review date</translation>
    </message>
    <message>
        <source>地点公布日期</source>
        <translation>Location published on</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第四十一条：利用电子技术监控设备收集、固定违法事实的，设备应当经过法制和技术审核，确保符合标准、设置合理、标志明显，设置地点应当向社会公布。未登记、已停用、缺少任一审核，或在记录时设置地点尚未公布的设备，其记录不能登记为非现场执法线索。每条记录还须经中队长审核（真实、清楚、完整、准确）后方可立案。</source>
        <translation>Administrative Penalty Law Art. 41: electronic monitoring devices used to gather evidence of violations must pass a legal and a technical review, meet the standards, be reasonably placed and clearly marked, and their locations must be published. A record from a device that is unregistered, retired, lacks either review, or whose location was not yet published when it recorded cannot be registered as a non-contact clue. Each record must also be reviewed by the squad leader (true, clear, complete and accurate) before the case is filed.</translation>
    </message>
    <message>
        <source>设备信息</source>
        <translation>Device details</translation>
    </message>
    <message>
        <source>已经法制审核</source>
        <translation>Legal review passed</translation>
    </message>
    <message>
        <source>法制审核文号</source>
        <translation>Legal review reference</translation>
    </message>
    <message>
        <source>已经技术审核</source>
        <translation>Technical review passed</translation>
    </message>
    <message>
        <source>技术审核报告编号</source>
        <translation>Technical review report number</translation>
    </message>
    <message>
        <source>设置地点已公布</source>
        <translation>Location published</translation>
    </message>
    <message>
        <source>公布途径（如区政府门户网站）</source>
        <translation>Where published (e.g. the district government website)</translation>
    </message>
    <message>
        <source>在用（其记录可登记为非现场执法线索）</source>
        <translation>In use (its records can be registered as non-contact clues)</translation>
    </message>
    <message>
        <source>登记新设备</source>
        <translation>Register device</translation>
    </message>
    <message>
        <source>保存对所选设备的修改</source>
        <translation>Save changes to the selected device</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>可用于非现场执法</source>
        <translation>Usable for non-contact enforcement</translation>
    </message>
    <message>
        <source>尚缺：%1</source>
        <translation>Lacking: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已登记设备：%1（%2）</source>
        <translation>Device registered: %1 (%2)</translation>
    </message>
    <message>
        <source>已保存：%1（%2）</source>
        <translation>Saved: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DiscretionForm</name>
    <message>
        <source>裁量情节</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>适用阶次</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>占用面积（平方米）</source>
        <translation>Occupied area (m²)</translation>
    </message>
    <message>
        <source>工程造价（元）</source>
        <translation>Project cost (yuan)</translation>
    </message>
    <message>
        <source>适用更轻的新规定（第三十七条从旧兼从轻）</source>
        <translation>Apply the lighter new rule (Art. 37)</translation>
    </message>
    <message>
        <source>法定情节（第30–33条）</source>
        <translation>Statutory circumstances (Arts. 30–33)</translation>
    </message>
    <message>
        <source>第三十二条：{0}</source>
        <translation>Art. 32: {0}</translation>
    </message>
    <message>
        <source>无第三十一条情形</source>
        <translation>No Art. 31 circumstance</translation>
    </message>
    <message>
        <source>不能辨认或控制自己行为</source>
        <translation>Unable to recognise or control own conduct</translation>
    </message>
    <message>
        <source>尚未完全丧失辨认或控制能力</source>
        <translation>Ability to recognise or control conduct not entirely lost</translation>
    </message>
    <message>
        <source>第三十一条：</source>
        <translation>Art. 31:</translation>
    </message>
    <message>
        <source>第三十三条：违法行为轻微并及时改正，没有造成危害后果</source>
        <translation>Art. 33: minor, promptly corrected, no harm caused</translation>
    </message>
    <message>
        <source>第三十三条：初次违法、危害后果轻微并及时改正（首违不罚）</source>
        <translation>Art. 33: first violation, minor harm, promptly corrected (no penalty)</translation>
    </message>
    <message>
        <source>第三十三条第二款：有证据足以证明没有主观过错</source>
        <translation>Art. 33(2): evidence shows no fault</translation>
    </message>
    <message>
        <source>计算推荐阶次</source>
        <translation>Compute the recommended tier</translation>
    </message>
    <message>
        <source>拟处罚</source>
        <translation>Proposed penalty</translation>
    </message>
    <message>
        <source>罚款金额（元）</source>
        <translation>Fine (yuan)</translation>
    </message>
    <message>
        <source>减轻处罚（低于法定下限，须有第30/31/32条情形）</source>
        <translation>Mitigated below the statutory minimum (needs Art. 30/31/32 grounds)</translation>
    </message>
    <message>
        <source>金额不在推荐阶次内时必须填写说理；说理印在决定书上并提交法制审核</source>
        <translation>An amount outside the recommended tier needs reasoning; it is printed on the decision and sent to legal review</translation>
    </message>
    <message>
        <source>说理</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>保存裁量表</source>
        <translation>Save discretion</translation>
    </message>
    <message>
        <source>输入格式错误：{0}</source>
        <translation>Invalid input: {0}</translation>
    </message>
    <message>
        <source>按情节自动判断</source>
        <translation>Decide from the circumstances</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>（{0}–{1}元）</source>
        <translation> ({0}–{1} yuan)</translation>
    </message>
    <message>
        <source>（工程造价{0}%–{1}%）</source>
        <translation> ({0}%–{1}% of the project cost)</translation>
    </message>
    <message>
        <source> [示例]</source>
        <translation> [example]</translation>
    </message>
    <message>
        <source>{0}（{1}）｜裁量基准 {2} 版本 {3}：{4}
违法依据：{5}
处罚依据：{6}</source>
        <translation>{0} ({1}) | Benchmark {2} version {3}: {4}
Violated: {5}
Penalty basis: {6}</translation>
    </message>
    <message>
        <source>给予处罚</source>
        <translation>Impose a penalty</translation>
    </message>
    <message>
        <source>依法不予处罚</source>
        <translation>No penalty by law</translation>
    </message>
    <message>
        <source>可以不予处罚（首违不罚）</source>
        <translation>May waive the penalty (first violation)</translation>
    </message>
    <message>
        <source>法定幅度：{0}</source>
        <translation>Statutory range: {0}</translation>
    </message>
    <message>
        <source>{0}–{1}元</source>
        <translation>{0}–{1} yuan</translation>
    </message>
    <message>
        <source>需填写工程造价</source>
        <translation>Enter the project cost</translation>
    </message>
    <message>
        <source>推荐阶次：{0}&#x3000;推荐幅度：{1}</source>
        <translation>Recommended tier: {0}&#x3000;range: {1}</translation>
    </message>
    <message>
        <source>处理建议：{0}</source>
        <translation>Suggestion: {0}</translation>
    </message>
    <message>
        <source>违法时年龄：{0}岁</source>
        <translation>Age at the act: {0}</translation>
    </message>
    <message>
        <source>回溯期内违法记录：{0}起</source>
        <translation>Violations in the look-back period: {0}</translation>
    </message>
    <message>
        <source>罚款金额格式错误（请填写元，最多两位小数）</source>
        <translation>Invalid fine (yuan, at most two decimals)</translation>
    </message>
    <message>
        <source>请填写罚款金额</source>
        <translation>Please enter the fine</translation>
    </message>
    <message>
        <source>已保存：{0}元</source>
        <translation>Saved: {0} yuan</translation>
    </message>
    <message>
        <source>（不在推荐阶次内或减轻处罚，须经法制审核）</source>
        <translation>(outside the recommended tier or mitigated: needs legal review)</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>出具时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>出具人</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已作废：%1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>不通过</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>决定变更/撤销</source>
        <translation>Decision changed/revoked</translation>
    </message>
    <message>
        <source>复议/诉讼结果</source>
        <translation>Review/lawsuit outcome</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>案卷评查</source>
        <translation>Case file evaluation</translation>
    </message>
    <message>
        <source>公示</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <source>现场检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>执法人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>登记事项</source>
        <translation>Recorded item</translation>
    </message>
    <message>
        <source>涉案物品</source>
        <translation>Preserved item</translation>
    </message>
    <message>
        <source>案件合计</source>
        <translation>Cases in total</translation>
    </message>
    <message>
        <source>（未立案）</source>
        <translation>(not filed)</translation>
    </message>
    <message>
        <source>考评期内登记的案件</source>
        <translation>Cases registered in the period</translation>
    </message>
    <message>
        <source>未公示</source>
        <translation>Not published</translation>
    </message>
    <message>
        <source>未处理</source>
        <translation>Not handled</translation>
    </message>
    <message>
        <source>未审核</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>%1 日</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 件</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <source>%1 学时</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>%1 · %2 %3 的依据</source>
        <translation>%1 · Basis for %2 %3</translation>
    </message>
    <message>
        <source>考评依据</source>
        <translation>Rating basis</translation>
    </message>
    <message>
        <source>%1 %2：%3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>计分说明</source>
        <translation>Scoring notes</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>计入分子</source>
        <translation>Counted in numerator</translation>
    </message>
    <message>
        <source>计入分母</source>
        <translation>Counted in denominator</translation>
    </message>
    <message>
        <source>依据记录</source>
        <translation>Basis records</translation>
    </message>
    <message>
        <source>打开案件</source>
        <translation>Open case</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>证据列表</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>添加照片/视频…</source>
        <translation>Add photos/videos…</translation>
    </message>
    <message>
        <source>添加证据文件</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <source>添加文件夹（相机卡）…</source>
        <translation>Add a folder (camera card)…</translation>
    </message>
    <message>
        <source>添加证据文件夹</source>
        <translation>Add evidence folder</translation>
    </message>
    <message>
        <source>用照片坐标</source>
        <translation>Use photo location</translation>
    </message>
    <message>
        <source>使用照片GPS坐标</source>
        <translation>Use the photo&apos;s GPS position</translation>
    </message>
    <message>
        <source>可将照片或文件夹拖放到此处</source>
        <translation>Drop photos or folders here</translation>
    </message>
    <message>
        <source>证据导入状态</source>
        <translation>Evidence import status</translation>
    </message>
    <message>
        <source>选择证据文件</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <source>照片和音视频 (*.jpg *.jpeg *.png *.heic *.heif *.webp *.mp4 *.mov *.3gp *.mp3 *.m4a *.wav *.amr);;所有文件 (*)</source>
        <translation>Photos, audio and video (*.jpg *.jpeg *.png *.heic *.heif *.webp *.mp4 *.mov *.3gp *.mp3 *.m4a *.wav *.amr);;All files (*)</translation>
    </message>
    <message>
        <source>选择相机卡或文件夹</source>
        <translation>Choose a camera card or folder</translation>
    </message>
    <message>
        <source>没有带GPS坐标的照片</source>
        <translation>No photo has a GPS position</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>拍摄时间</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>相机</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>保存后导入</source>
        <translation>Imported after saving</translation>
    </message>
    <message>
        <source>（无拍摄时间）</source>
        <translation>(no capture time)</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>保存本页设置</source>
        <translation>Save this page</translation>
    </message>
    <message>
        <source>只有系统管理员可以修改设置。</source>
        <translation>Only an administrator can change settings.</translation>
    </message>
    <message>
        <source>有设置项不正确，未保存任何内容。</source>
        <translation>Some settings are not valid; nothing was saved.</translation>
    </message>
    <message>
        <source>已保存 %1 项设置。</source>
        <translation>Saved %1 settings.</translation>
    </message>
    <message>
        <source>没有改动。</source>
        <translation>Nothing changed.</translation>
    </message>
</context>
<context>
    <name>GuardPanel</name>
    <message>
        <source>不能执行：{0}［{1}］</source>
        <translation>Not allowed: {0} [{1}]</translation>
    </message>
    <message>
        <source>怎么办：{0}</source>
        <translation>What to do: {0}</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <source>法人或其他组织</source>
        <translation>Legal person or other organisation</translation>
    </message>
    <message>
        <source>个体工商户</source>
        <translation>Individual business</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证</source>
        <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证</source>
        <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>检查时间(&amp;T)</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>地点(&amp;D)</source>
        <translation>Place (&amp;D)</translation>
    </message>
    <message>
        <source>街道/社区</source>
        <translation>Street/community</translation>
    </message>
    <message>
        <source>纬度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>经度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Ctrl+G 取照片坐标</source>
        <translation>Ctrl+G: photo position</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>{0}（{1}，有效期至 {2}）</source>
        <translation>{0} ({1}, valid until {2})</translation>
    </message>
    <message>
        <source> 已过期</source>
        <translation> expired</translation>
    </message>
    <message>
        <source>执法人员(&amp;O)
（至少两名，空格勾选）</source>
        <translation>&amp;Officers
(at least two; Space to tick)</translation>
    </message>
    <message>
        <source>当事人(&amp;P)</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <source>证件</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>当事人违法记录</source>
        <translation>Party&apos;s violation record</translation>
    </message>
    <message>
        <source>输入名称或拼音首字母（如 zdjy），回车添加</source>
        <translation>Type a name or pinyin initials (e.g. zdjy), Enter to add</translation>
    </message>
    <message>
        <source>综合查一次</source>
        <translation>Combined inspection</translation>
    </message>
    <message>
        <source>执法事项(&amp;M)</source>
        <translation>&amp;Matters</translation>
    </message>
    <message>
        <source>现场情况(&amp;S)</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>测量</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>改正期限</source>
        <translation>Correction deadline</translation>
    </message>
    <message>
        <source>处理结果(&amp;R)</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>综合查一次（{0} 个事项）</source>
        <translation>Combined inspection ({0} matters)</translation>
    </message>
    <message>
        <source>无违法记录</source>
        <translation>No violations on record</translation>
    </message>
    <message>
        <source>此前违法记录 {0} 条：{1}</source>
        <translation>{0} earlier violations: {1}</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>出具文书</source>
        <translation>Issue document</translation>
    </message>
    <message>
        <source>文书类型</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>文书状态说明</source>
        <translation>Document status</translation>
    </message>
    <message>
        <source>出具(&amp;I)</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>出具</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>以下必填项尚缺，请补充：</source>
        <translation>These required items are missing:</translation>
    </message>
    <message>
        <source>所需信息齐全，可以出具。</source>
        <translation>Everything needed is present; ready to issue.</translation>
    </message>
    <message>
        <source>{0}：</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>正在出具文书…</source>
        <translation>Issuing the document…</translation>
    </message>
    <message>
        <source>字体缺字</source>
        <translation>Missing glyphs</translation>
    </message>
    <message>
        <source>是否以“〓”代替后出具？</source>
        <translation>Issue with “〓” in their place?</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>正在从备份恢复站点：核对并复制每个文件…</source>
        <translation>Restoring the station from the backup: checking and copying every file…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>登录 — 城管执法现场检查与案件系统</source>
        <translation>Log in — Inspector</translation>
    </message>
    <message>
        <source>城管执法现场检查与案件系统</source>
        <translation>Inspector — urban-management inspections and cases</translation>
    </message>
    <message>
        <source>界面已锁定（长时间未操作或手动锁定）。请输入 %1 的密码解锁。</source>
        <translation>The screen is locked (idle or locked by hand). Enter %1&apos;s password to unlock.</translation>
    </message>
    <message>
        <source>站点：%1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>登录提示</source>
        <translation>Login message</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>注销</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>演示站点：可用以下账户登录（单击一行填入）</source>
        <translation>Demo station: log in with these accounts (click a row to fill in)</translation>
    </message>
    <message>
        <source>演示账户</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>请输入用户名和密码。</source>
        <translation>Please enter your user name and password.</translation>
    </message>
    <message>
        <source>只能由锁定前的用户解锁。</source>
        <translation>Only the user who was logged in can unlock.</translation>
    </message>
    <message>
        <source>账户已被锁定：连续登录失败次数过多。请于 %1 之后再试，或请管理员解锁。</source>
        <translation>The account is locked after too many failed logins. Try again after %1, or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>用户名或密码错误，请重新输入。</source>
        <translation>Wrong user name or password; please try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>现场检查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>法制审核</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>中队考评</source>
        <translation>Squad rating</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>城管执法现场检查与案件系统</source>
        <translation>Inspector — urban-management inspections and cases</translation>
    </message>
    <message>
        <source>功能导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>界面已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>%1&#x3000;城管执法现场检查与案件系统</source>
        <translation>%1&#x3000;Inspector</translation>
    </message>
    <message>
        <source>系统(&amp;S)</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>注销(&amp;O)</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>核验文书(&amp;V)…</source>
        <translation>&amp;Verify document…</translation>
    </message>
    <message>
        <source>核验二维码内容…</source>
        <translation>Verify QR code content…</translation>
    </message>
    <message>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>站点：%1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>用户：%1（%2）</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>待同步：未知</source>
        <translation>To sync: unknown</translation>
    </message>
    <message>
        <source>待同步：%1 条</source>
        <translation>To sync: %1</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>城管执法现场检查与案件系统
离线优先的现场检查与案件办理桌面程序。</source>
        <translation>Inspector — urban-management inspections and cases
An offline-first desktop program for on-site inspections and cases.</translation>
    </message>
    <message>
        <source>“%1”在此版本中尚不可用。</source>
        <translation>“%1” is not available in this version yet.</translation>
    </message>
    <message>
        <source>“%1”暂时无法打开。</source>
        <translation>“%1” cannot be opened right now.</translation>
    </message>
</context>
<context>
    <name>OfficersPanel</name>
    <message>
        <source>执法人员列表</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>执法证号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>中队</source>
        <translation>Squad</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>使用账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>执法人员信息</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>执法证有效期至</source>
        <translation>Certificate valid until</translation>
    </message>
    <message>
        <source>（不属于中队）</source>
        <translation>(no squad)</translation>
    </message>
    <message>
        <source>在岗（可在检查和案件中选用）</source>
        <translation>On duty (can be chosen for inspections and cases)</translation>
    </message>
    <message>
        <source>新增执法人员</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>保存对所选人员的修改</source>
        <translation>Save changes to the selected officer</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>证件过期</source>
        <translation>Certificate expired</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>已新增执法人员：%1（%2）</source>
        <translation>Officer added: %1 (%2)</translation>
    </message>
    <message>
        <source>已保存：%1（%2）</source>
        <translation>Saved: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>确认新密码</source>
        <translation>Confirm new password</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>原密码不正确。</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>文书预览</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>选择一份文书以预览</source>
        <translation>Select a document to preview it</translation>
    </message>
    <message>
        <source>预览提示</source>
        <translation>Preview message</translation>
    </message>
    <message>
        <source>正在生成预览…</source>
        <translation>Rendering the preview…</translation>
    </message>
    <message>
        <source>第 %1 页</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>无法生成预览：文件不是可读取的 PDF</source>
        <translation>Cannot preview: the file is not a readable PDF</translation>
    </message>
    <message>
        <source>无法生成预览：%1</source>
        <translation>Cannot preview: %1</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>证据照片 — {0}</source>
        <translation>Evidence photo — {0}</translation>
    </message>
    <message>
        <source>照片查看器</source>
        <translation>Photo viewer</translation>
    </message>
    <message>
        <source>照片工具</source>
        <translation>Photo tools</translation>
    </message>
    <message>
        <source>照片信息</source>
        <translation>Photo details</translation>
    </message>
    <message>
        <source>无法显示：{0}</source>
        <translation>Cannot show: {0}</translation>
    </message>
    <message>
        <source>文件无法读取</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>拍摄时间：{0}&#x3000;GPS：{1}&#x3000;相机：{2}&#x3000;{3}×{4}&#x3000;SHA-256：{5}</source>
        <translation>Taken: {0}&#x3000;GPS: {1}&#x3000;Camera: {2}&#x3000;{3}×{4}&#x3000;SHA-256: {5}</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>审核中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>待提交审核</source>
        <translation>Not submitted yet</translation>
    </message>
    <message>
        <source>法制审核期限</source>
        <translation>Legal review deadline</translation>
    </message>
    <message>
        <source>处罚决定期限（第六十条）</source>
        <translation>Decision deadline (Art. 60)</translation>
    </message>
    <message>
        <source>含须审核但尚未提交的案件</source>
        <translation>Includes cases needing review but not yet submitted</translation>
    </message>
    <message>
        <source>打开审核</source>
        <translation>Open review</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>期限类型</source>
        <translation>Deadline type</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>违法行为</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>拟罚款（元）</source>
        <translation>Proposed fine (yuan)</translation>
    </message>
    <message>
        <source>审核原因</source>
        <translation>Review reason</translation>
    </message>
    <message>
        <source>（未立案）</source>
        <translation>(not filed)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>待审核 {0} 件，须审核未提交 {1} 件</source>
        <translation>{0} awaiting review, {1} needing review not submitted</translation>
    </message>
</context>
<context>
    <name>RatingRecords</name>
    <message>
        <source>登记考评记录</source>
        <translation>Register rating record</translation>
    </message>
    <message>
        <source>执法人员</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>培训日期</source>
        <translation>Training date</translation>
    </message>
    <message>
        <source> 学时</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>课程</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>培训学时</source>
        <translation>Training hours</translation>
    </message>
    <message>
        <source>中队</source>
        <translation>Squad</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>发生日期</source>
        <translation>Date of occurrence</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>投诉、处分、败诉、舆情</source>
        <translation>Complaints, sanctions, lost lawsuits, public opinion</translation>
    </message>
    <message>
        <source>核查中队</source>
        <translation>Squad checked</translation>
    </message>
    <message>
        <source>核查日期</source>
        <translation>Check date</translation>
    </message>
    <message>
        <source>勾选已达到的条件；未勾选的记为未达到。</source>
        <translation>Check the conditions that are met; unchecked ones count as not met.</translation>
    </message>
    <message>
        <source>规范化条件核查</source>
        <translation>Standardization check</translation>
    </message>
    <message>
        <source>登记结果</source>
        <translation>Registration result</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>已登记 %1 培训 %2 学时</source>
        <translation>Registered %1 training, %2 hours</translation>
    </message>
    <message>
        <source>已登记：%1（%2）</source>
        <translation>Registered: %1 (%2)</translation>
    </message>
    <message>
        <source>已登记 %1 规范化条件核查</source>
        <translation>Registered %1 standardization check</translation>
    </message>
</context>
<context>
    <name>ReferenceDataPanel</name>
    <message>
        <source>裁量基准目录</source>
        <translation>Benchmark catalogues</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>失效日期</source>
        <translation>In force until</translation>
    </message>
    <message>
        <source>事项数</source>
        <translation>Matters</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>导入裁量基准…</source>
        <translation>Import catalogue…</translation>
    </message>
    <message>
        <source>导出所选版本…</source>
        <translation>Export selected version…</translation>
    </message>
    <message>
        <source>节假日日历（含调休上班日）</source>
        <translation>Holiday calendar (with make-up working days)</translation>
    </message>
    <message>
        <source>节假日日历</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>节假日天数</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>调休上班日</source>
        <translation>Make-up working days</translation>
    </message>
    <message>
        <source>导入年度日历…</source>
        <translation>Import a year…</translation>
    </message>
    <message>
        <source>导出所选年份…</source>
        <translation>Export selected year…</translation>
    </message>
    <message>
        <source>导入错误清单</source>
        <translation>Import errors</translation>
    </message>
    <message>
        <source>随程序发布</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>文件过大（超过%1 MB），不是裁量基准或日历文件。</source>
        <translation>The file is too large (over %1 MB) to be a benchmark catalogue or calendar.</translation>
    </message>
    <message>
        <source>%1 不是 UTF-8 或 GB18030（GBK）编码的文本文件；未导入任何内容。</source>
        <translation>%1 is not a text file in UTF-8 or GB18030 (GBK); nothing was imported.</translation>
    </message>
    <message>
        <source>%1 嵌套超过 %2 层，不是裁量基准或日历文件；未导入任何内容。</source>
        <translation>%1 nests more than %2 levels deep and is not a benchmark catalogue or calendar; nothing was imported.</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>（第%1行第%2列）</source>
        <translation> (line %1, column %2)</translation>
    </message>
    <message>
        <source>%1 不是有效的 JSON%2；未导入任何内容。</source>
        <translation>%1 is not valid JSON%2; nothing was imported.</translation>
    </message>
    <message>
        <source>文件有 %1 处错误，未导入任何内容：</source>
        <translation>The file has %1 errors; nothing was imported:</translation>
    </message>
    <message>
        <source>已导入裁量基准 %1 版本 %2（自 %3 起生效）</source>
        <translation>Imported catalogue %1 version %2 (in force from %3)</translation>
    </message>
    <message>
        <source>已导入 %1 年放假调休安排</source>
        <translation>Imported the %1 holiday calendar</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>请先选择一个年份。</source>
        <translation>Please select a year first.</translation>
    </message>
    <message>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>选择裁量基准文件</source>
        <translation>Choose a catalogue file</translation>
    </message>
    <message>
        <source>选择年度日历文件</source>
        <translation>Choose a calendar file</translation>
    </message>
    <message>
        <source>导出裁量基准</source>
        <translation>Export catalogue</translation>
    </message>
    <message>
        <source>导出年度日历</source>
        <translation>Export calendar year</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>考评汇总表预览</source>
        <translation>Rating summary preview</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>保存考评汇总表</source>
        <translation>Save rating summary</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>选择原站点的备份文件（inspector-backup-….zip）。恢复到本机的空数据文件夹。</source>
        <translation>Choose the station&apos;s backup file (inspector-backup-….zip). It is restored into this PC&apos;s empty data folder.</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>备份文件的位置，如 E:\备份\inspector-backup-….zip</source>
        <translation>Where the backup file is, e.g. E:\Backups\inspector-backup-….zip</translation>
    </message>
    <message>
        <source>选择备份文件…</source>
        <translation>Choose backup file…</translation>
    </message>
    <message>
        <source>开始恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>恢复时逐个核对每个文件的 SHA-256 和数据库的完整性，全部无误后才放入数据文件夹；任何一项不符，数据文件夹保持原样。恢复后用原站点的账户和密码登录。</source>
        <translation>The restore checks every file&apos;s SHA-256 and the database&apos;s integrity and only then moves them into the data folder; if anything does not match, the data folder stays as it was. Afterwards log in with the station&apos;s own accounts and passwords.</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <source>Inspector 备份 (*.zip);;所有文件 (*)</source>
        <translation>Inspector backups (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>请选择备份文件。</source>
        <translation>Please choose a backup file.</translation>
    </message>
    <message>
        <source>站点：%1
备份时间：%2
内容：数据库 + %3 个文件，共 %4 MB
恢复到：%5</source>
        <translation>Station: %1
Taken: %2
Contents: database + %3 files, %4 MB in all
Restore into: %5</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>法制审核</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>案情与裁量</source>
        <translation>Facts and discretion</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>审核项目</source>
        <translation>Review items</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>说明与依据</source>
        <translation>Notes and basis</translation>
    </message>
    <message>
        <source>审核清单</source>
        <translation>Review checklist</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>✔ 符合</source>
        <translation>✔ Meets</translation>
    </message>
    <message>
        <source>✘ 不符合</source>
        <translation>✘ Does not meet</translation>
    </message>
    <message>
        <source>未核对</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>公民</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>个体工商户</source>
        <translation>Individual business</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>录音</source>
        <translation>Audio recording</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>拍摄时间</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>制作时间</source>
        <translation>Prepared at</translation>
    </message>
    <message>
        <source>制作人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>中队</source>
        <translation>Squad</translation>
    </message>
    <message>
        <source>主办人</source>
        <translation>Case handler</translation>
    </message>
    <message>
        <source>罚款（元）</source>
        <translation>Fine (yuan)</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>情节相似度</source>
        <translation>Circumstance similarity</translation>
    </message>
    <message>
        <source>同类案件</source>
        <translation>Similar cases</translation>
    </message>
    <message>
        <source>审核时间</source>
        <translation>Review time</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>审核记录</source>
        <translation>Review records</translation>
    </message>
    <message>
        <source>审核结论</source>
        <translation>Review conclusion</translation>
    </message>
    <message>
        <source>除“同意”外须写明审核意见</source>
        <translation>An opinion is required unless “Approved”</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <source>提交审核意见</source>
        <translation>Submit review opinion</translation>
    </message>
    <message>
        <source>生成法制审核意见书</source>
        <translation>Generate legal review opinion</translation>
    </message>
    <message>
        <source>延长审核期限</source>
        <translation>Extend review deadline</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}</source>
        <translation>{0}&#x3000;{1}</translation>
    </message>
    <message>
        <source>当事人：{0}</source>
        <translation>Party: {0}</translation>
    </message>
    <message>
        <source>状态：{0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>审核期限：{0}</source>
        <translation>Review deadline: {0}</translation>
    </message>
    <message>
        <source>须审核：{0}</source>
        <translation>Needs review: {0}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>本案拟罚款：{0}元（{1}）</source>
        <translation>Proposed fine in this case: {0} yuan ({1})</translation>
    </message>
    <message>
        <source>；本地同事项同阶次已决案件 {0} 件，罚款 {1}–{2}元，中位数 {3}元</source>
        <translation>; {0} decided local cases with the same matter and level, fines {1}–{2} yuan, median {3} yuan</translation>
    </message>
    <message>
        <source>；本地尚无同事项同阶次的已决案件</source>
        <translation>; no decided local cases with the same matter and level yet</translation>
    </message>
    <message>
        <source>违法事实：{0}</source>
        <translation>Facts of violation: {0}</translation>
    </message>
    <message>
        <source>地点：{0}&#x3000;违法行为日期：{1}&#x3000;发现日期：{2}</source>
        <translation>Location: {0}&#x3000;Violation date: {1}&#x3000;Discovery date: {2}</translation>
    </message>
    <message>
        <source>当事人：{0}（{1}）&#x3000;证件：{2}&#x3000;住址：{3}</source>
        <translation>Party: {0} ({1})&#x3000;ID: {2}&#x3000;Address: {3}</translation>
    </message>
    <message>
        <source>执法人员：{0}</source>
        <translation>Officers: {0}</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>违法依据：{0}</source>
        <translation>Violation basis: {0}</translation>
    </message>
    <message>
        <source>处罚依据：{0}</source>
        <translation>Penalty basis: {0}</translation>
    </message>
    <message>
        <source>法定幅度：{0}–{1}元</source>
        <translation>Statutory range: {0}–{1} yuan</translation>
    </message>
    <message>
        <source>裁量阶次：{0}&#x3000;推荐幅度：{1}–{2}元&#x3000;{3}{4}</source>
        <translation>Discretion level: {0}&#x3000;Recommended range: {1}–{2} yuan&#x3000;{3}{4}</translation>
    </message>
    <message>
        <source>不在推荐阶次内&#x3000;</source>
        <translation>Outside the recommended level&#x3000;</translation>
    </message>
    <message>
        <source>减轻处罚</source>
        <translation>Mitigated penalty</translation>
    </message>
    <message>
        <source>裁量说理：{0}</source>
        <translation>Discretion reasoning: {0}</translation>
    </message>
    <message>
        <source>拟处罚金额：{0}</source>
        <translation>Proposed penalty: {0}</translation>
    </message>
    <message>
        <source>{0}元</source>
        <translation>{0} yuan</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation> (undetermined)</translation>
    </message>
    <message>
        <source>办案经过：</source>
        <translation>Case history:</translation>
    </message>
    <message>
        <source>&#x3000;{0}&#x3000;{1}（{2}）</source>
        <translation>  {0}  {1} ({2})</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>人工</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>Records: </translation>
    </message>
    <message>
        <source>已核对</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>已提交审核意见：{0}</source>
        <translation>Review opinion submitted: {0}</translation>
    </message>
    <message>
        <source>本次审核的意见书此前已出具，未另行编号：{0}</source>
        <translation>The opinion on this review was issued before; no new number was drawn: {0}</translation>
    </message>
    <message>
        <source>已生成法制审核意见书：{0}</source>
        <translation>Legal review opinion generated: {0}</translation>
    </message>
    <message>
        <source>法制审核意见书</source>
        <translation>Legal review opinion</translation>
    </message>
    <message>
        <source>案情复杂，需补充审查材料</source>
        <translation>Complex case; additional review materials needed</translation>
    </message>
    <message>
        <source>审核期限已延长</source>
        <translation>Review deadline extended</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>期限（日）</source>
        <translation>Period (days)</translation>
    </message>
    <message>
        <source>每件扣分</source>
        <translation>Points off per case</translation>
    </message>
    <message>
        <source>每千件每件扣分</source>
        <translation>Points off each, per 1,000 cases</translation>
    </message>
    <message>
        <source>目标占比</source>
        <translation>Target share</translation>
    </message>
    <message>
        <source>每人每年学时</source>
        <translation>Hours per person per year</translation>
    </message>
    <message>
        <source>考评细则</source>
        <translation>Rating rules</translation>
    </message>
    <message>
        <source>当前版本：%1 %2&#x3000;%3</source>
        <translation>Current version: %1 %2&#x3000;%3</translation>
    </message>
    <message>
        <source>维度分值（合计应为100）</source>
        <translation>Dimension points (should total 100)</translation>
    </message>
    <message>
        <source>考评指标</source>
        <translation>Rating indicators</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>计分方法</source>
        <translation>Scoring method</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>参数</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>星级分数线</source>
        <translation>Star thresholds</translation>
    </message>
    <message>
        <source>一票否决</source>
        <translation>Veto</translation>
    </message>
    <message>
        <source>否决后最高星级</source>
        <translation>Highest star level after veto</translation>
    </message>
    <message>
        <source>触发后最高星级</source>
        <translation>Highest star level when triggered</translation>
    </message>
    <message>
        <source>规范化条件与全市目标</source>
        <translation>Standardization conditions and city targets</translation>
    </message>
    <message>
        <source>最少持证人数</source>
        <translation>Minimum certified officers</translation>
    </message>
    <message>
        <source>持有效执法证人员不少于（名）</source>
        <translation>Minimum officers with valid enforcement certificates</translation>
    </message>
    <message>
        <source>未核查的规范化条件视为达标</source>
        <translation>Unchecked standardization conditions count as met</translation>
    </message>
    <message>
        <source>五星级中队占比目标</source>
        <translation>Five-star squad share target</translation>
    </message>
    <message>
        <source>星级中队占比目标</source>
        <translation>Star squad share target</translation>
    </message>
    <message>
        <source>无数据的指标（案卷评查、法制审核类指标在考评期内没有记录时）</source>
        <translation>Items without data (case-file evaluation and legal review items with no record in the period)</translation>
    </message>
    <message>
        <source>无数据指标的处理</source>
        <translation>Treatment of items without data</translation>
    </message>
    <message>
        <source>有数据的指标少于总分的</source>
        <translation>Not rated when the items with data carry less than</translation>
    </message>
    <message>
        <source>有数据指标的最低占比</source>
        <translation>Minimum share of points with data</translation>
    </message>
    <message>
        <source>时不定星（仅折算时）</source>
        <translation>of the full score (rescaling only)</translation>
    </message>
    <message>
        <source>新版本号</source>
        <translation>New version number</translation>
    </message>
    <message>
        <source>修订说明</source>
        <translation>Revision notes</translation>
    </message>
    <message>
        <source>历史版本：</source>
        <translation>Version history: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>历史版本</source>
        <translation>Version history</translation>
    </message>
    <message>
        <source>保存为新版本</source>
        <translation>Save as new version</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>本地规定</source>
        <translation>Local rules</translation>
    </message>
    <message>
        <source>以后可在“设置 → 系统设置”中修改。</source>
        <translation>You can change these later in Settings → System settings.</translation>
    </message>
    <message>
        <source>如 3000</source>
        <translation>e.g. 3000</translation>
    </message>
    <message>
        <source>如 50000</source>
        <translation>e.g. 50000</translation>
    </message>
    <message>
        <source>听证（较大数额罚款）标准，单位：元。《中华人民共和国行政处罚法》第六十三条：罚款达到该数额应告知当事人有要求听证的权利。标准由省级或设区的市规定；未设定时不能制作事先告知书。</source>
        <translation>Hearing thresholds (large fines), in yuan. Administrative Penalty Law Art. 63: a fine at or above the threshold carries the right to a hearing. Thresholds are set by the province or city; without them no prior notice can be made.</translation>
    </message>
    <message>
        <source>公民（元）</source>
        <translation>Citizens (yuan)</translation>
    </message>
    <message>
        <source>法人或其他组织（元）</source>
        <translation>Organisations (yuan)</translation>
    </message>
    <message>
        <source>文号格式</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <source>{agency} 机关简称、{type} 文书代字、{year} 年份、{squad} 中队编号、{station} 本站点代码、{seq} 序号；除 {agency} 外都必须有，文号才不会重复。</source>
        <translation>{agency} agency abbreviation, {type} document code, {year} year, {squad} squad number, {station} this station&apos;s code, {seq} sequence number; all but {agency} are required so that numbers never repeat.</translation>
    </message>
    <message>
        <source>听证标准应为金额（元，最多两位小数）。</source>
        <translation>Hearing thresholds must be amounts (yuan, at most two decimals).</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>全部期限</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>期限内</source>
        <translation>Within the period</translation>
    </message>
    <message>
        <source>无期限</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>搜索当事人、地址、执法事项、案件编号、文书编号…</source>
        <translation>Search party, address, matter, case or document number…</translation>
    </message>
    <message>
        <source>案件搜索</source>
        <translation>Case search</translation>
    </message>
    <message>
        <source>案件状态</source>
        <translation>Case state</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>中队</source>
        <translation>Squad</translation>
    </message>
    <message>
        <source>全部中队</source>
        <translation>All squads</translation>
    </message>
    <message>
        <source>执法事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>全部事项</source>
        <translation>All matters</translation>
    </message>
    <message>
        <source>期限状态</source>
        <translation>Deadline status</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>按日期筛选</source>
        <translation>Filter by date</translation>
    </message>
    <message>
        <source>案件数</source>
        <translation>Case count</translation>
    </message>
    <message>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>共 {0} 件</source>
        <extracomment>What the list shows comes from these tables; a commit touching any of them reloads it.</extracomment>
        <translation>{0} cases</translation>
    </message>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>打开案件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>轮到我办理</source>
        <translation>My turn</translation>
    </message>
    <message>
        <source>本中队轮到我这一角色</source>
        <translation>My squad, waiting for my role</translation>
    </message>
    <message>
        <source>全部轮到我这一角色</source>
        <translation>All waiting for my role</translation>
    </message>
    <message>
        <source>我的案件·等待他人</source>
        <translation>My cases · waiting for others</translation>
    </message>
    <message>
        <source>列表：</source>
        <translation>List:</translation>
    </message>
    <message>
        <source>正在加载待办案件…</source>
        <translation>Loading the cases to do…</translation>
    </message>
    <message>
        <source>登记线索…</source>
        <translation>Register lead…</translation>
    </message>
    <message>
        <source>投诉举报、12345热线、部门移送、双随机抽查、非现场执法或巡查发现的线索</source>
        <translation>Leads from complaints and reports, the 12345 hotline, referrals, random inspections, off-site enforcement or patrols</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>轮到</source>
        <translation>Whose turn</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>违法行为</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>当事人</source>
        <extracomment>The work list and the returned-case banner come from these tables.</extracomment>
        <translation>Party</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>加载更多</source>
        <translation>Load more</translation>
    </message>
    <message>
        <source>法制审核退回：{0}&#x3000;{1}&#x3000;{2}——{3}（{4}，{5}）</source>
        <translation>Returned by legal review: {0}&#x3000;{1}&#x3000;{2} — {3} ({4}, {5})</translation>
    </message>
    <message>
        <source>法制审核修改后同意：{0}&#x3000;{1}——{3}（{4}，{5}），请按意见修改后继续办理</source>
        <translation>Agreed by legal review after changes: {0}&#x3000;{1} — {3} ({4}, {5}); make the changes before going on</translation>
    </message>
    <message>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>已超期 {0}</source>
        <translation>Overdue {0}</translation>
    </message>
    <message>
        <source>即将到期 {0}</source>
        <translation>Due soon {0}</translation>
    </message>
    <message>
        <source>您经办的案件目前没有等待他人办理的事项。</source>
        <translation>None of your cases is waiting for someone else.</translation>
    </message>
    <message>
        <source>目前没有轮到您办理的事项。</source>
        <translation>Nothing is waiting for you.</translation>
    </message>
    <message>
        <source>目前没有轮到这一角色办理的事项。</source>
        <translation>Nothing is waiting for this role.</translation>
    </message>
    <message>
        <source>在“设置 → 执法人员”登记本站的执法人员及其执法证号和有效期（现场检查须两名持证执法人员，行政处罚法第四十二条）</source>
        <translation>In “Settings → Officers”, register this station&apos;s officers with their certificate numbers and expiry dates (an inspection needs two certified officers, Administrative Penalty Law Art. 42)</translation>
    </message>
    <message>
        <source>在“设置 → 用户管理”为每位执法人员建立账户，并关联到该执法人员</source>
        <translation>In “Settings → Accounts”, create an account for each officer, linked to that officer</translation>
    </message>
    <message>
        <source>新站点，请先完成：</source>
        <translation>A new station: first do the following:</translation>
    </message>
    <message>
        <source>裁量基准和节假日日历在“设置 → 裁量基准与日历”导入，与中心的连接在“同步”中设置。</source>
        <translation>Import the discretion benchmarks and the holiday calendar under “Settings → Benchmarks and calendar”; set up the connection to headquarters under “Sync”.</translation>
    </message>
    <message>
        <source>按地点或当事人查找</source>
        <translation>Find by place or party</translation>
    </message>
    <message>
        <source>检查记录搜索</source>
        <translation>Inspection search</translation>
    </message>
    <message>
        <source>检查记录列表</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>新建检查(&amp;N)</source>
        <translation>&amp;New inspection</translation>
    </message>
    <message>
        <source>新建检查</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>当前检查</source>
        <translation>Current inspection</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>保存检查</source>
        <translation>Save inspection</translation>
    </message>
    <message>
        <source>立案登记(&amp;C)</source>
        <translation>File a &amp;case</translation>
    </message>
    <message>
        <source>立案登记</source>
        <translation>Case filing</translation>
    </message>
    <message>
        <source>处理结果为“建议立案”或“当场处罚”的检查，一步登记为案件</source>
        <translation>Register inspections resulting in “file a case” or “on-the-spot penalty” as cases in one step</translation>
    </message>
    <message>
        <source>{0}  {1}
{2}  照片 {3}</source>
        <translation>{0}  {1}
{2}  Photos {3}</translation>
    </message>
    <message>
        <source>新建现场检查</source>
        <translation>New on-site inspection</translation>
    </message>
    <message>
        <source>已恢复未保存的草稿</source>
        <translation>Unsaved draft restored</translation>
    </message>
    <message>
        <source>现场检查：{0}</source>
        <translation>Inspection: {0}</translation>
    </message>
    <message>
        <source>已恢复未保存的修改</source>
        <translation>Unsaved changes restored</translation>
    </message>
    <message>
        <source>已登记案件，请在案件详情中继续办理</source>
        <translation>Case registered; continue handling it in the case details</translation>
    </message>
    <message>
        <source>{0} 个文件将在保存后导入</source>
        <translation>{0} files will be imported after saving</translation>
    </message>
    <message>
        <source>正在导入证据…</source>
        <translation>Importing evidence…</translation>
    </message>
    <message>
        <source>已导入 {0} 个，拒收 {1} 个</source>
        <translation>{0} imported, {1} refused</translation>
    </message>
    <message>
        <source>（已取消）</source>
        <translation>(cancelled)</translation>
    </message>
    <message>
        <source>部分文件未导入</source>
        <translation>Some files were not imported</translation>
    </message>
    <message>
        <source>导入报告</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>设置分页</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <source>当前用户：%1（%2），用户名 %3</source>
        <translation>Logged in: %1 (%2), user name %3</translation>
    </message>
    <message>
        <source>签署使用的执法证：%1（%2，有效期至 %3）</source>
        <translation>Signs with the certificate of %1 (%2, valid until %3)</translation>
    </message>
    <message>
        <source>本账户未关联执法人员，不能以本人执法证签署；如需办案请联系系统管理员关联。</source>
        <translation>This account is not linked to an officer, so it cannot sign with a certificate; ask the administrator to link it if you handle cases.</translation>
    </message>
    <message>
        <source>我的账户</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>系统设置</source>
        <translation>System settings</translation>
    </message>
    <message>
        <source>执法人员</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>监控设备</source>
        <translation>Monitoring devices</translation>
    </message>
    <message>
        <source>用户管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>裁量基准与日历</source>
        <translation>Benchmarks and calendar</translation>
    </message>
    <message>
        <source>待同步</source>
        <translation>To sync</translation>
    </message>
    <message>
        <source>待同步记录数</source>
        <translation>Records to sync</translation>
    </message>
    <message>
        <source>未发送批次</source>
        <translation>Unsent batches</translation>
    </message>
    <message>
        <source>待同步记录：</source>
        <translation>Records to sync:</translation>
    </message>
    <message>
        <source>未发送批次：</source>
        <translation>Unsent batches:</translation>
    </message>
    <message>
        <source>立即同步(&amp;S)</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>发送待同步记录和证据文件，再取回中心的参考数据、审核结论和冲突处理结果</source>
        <translation>Send pending records and evidence files, then fetch reference data, review conclusions and conflict resolutions from the center</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>取消同步</source>
        <translation>Cancel sync</translation>
    </message>
    <message>
        <source>同步进度</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>被中心拒收、已隔离的批次</source>
        <translation>Batches rejected by the center and quarantined</translation>
    </message>
    <message>
        <source>隔离的批次</source>
        <translation>Quarantined batches</translation>
    </message>
    <message>
        <source>其余批次照常发送；改正相关记录后，改正的内容会随新批次发送。</source>
        <translation>The other batches are sent as usual; once the related records are corrected, the corrections go out with a new batch.</translation>
    </message>
    <message>
        <source>同步冲突（本站与中心都改过的记录）</source>
        <translation>Sync conflicts (records changed both locally and at the center)</translation>
    </message>
    <message>
        <source>同步冲突</source>
        <translation>Sync conflict</translation>
    </message>
    <message>
        <source>对照处理(&amp;R)…</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <source>处理所选冲突</source>
        <translation>Resolve selected conflict</translation>
    </message>
    <message>
        <source>冲突由中队长或督察处理</source>
        <translation>Conflicts are handled by the squad leader or inspector</translation>
    </message>
    <message>
        <source>无网络时：导出同步包（移动介质）</source>
        <translation>Without a network: export a sync bundle (removable media)</translation>
    </message>
    <message>
        <source>导出同步包(&amp;E)…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <source>导出同步包</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>同步结果</source>
        <translation>Sync result</translation>
    </message>
    <message>
        <source>中心数据库</source>
        <translation>Central database</translation>
    </message>
    <message>
        <source>例如 10.0.0.5 或 central.example.gov.cn</source>
        <translation>e.g. 10.0.0.5 or central.example.gov.cn</translation>
    </message>
    <message>
        <source>大队为本站点登记时给出的登录名</source>
        <translation>Login name given when the brigade registered this station</translation>
    </message>
    <message>
        <source>尽量加密</source>
        <translation>Encrypt if possible</translation>
    </message>
    <message>
        <source>必须加密</source>
        <translation>Encryption required</translation>
    </message>
    <message>
        <source>加密并核验服务器证书</source>
        <translation>Encrypt and verify server certificate</translation>
    </message>
    <message>
        <source>不加密（仅限内网测试）</source>
        <translation>No encryption (internal testing only)</translation>
    </message>
    <message>
        <source>服务器：</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>站点登录名：</source>
        <translation>Station login name:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>加密方式：</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>密码保存在系统的密码库中。</source>
        <translation>The password is stored in the system keyring.</translation>
    </message>
    <message>
        <source>本机没有可用的系统密码库：密码不会被保存，每次同步前请重新填写。</source>
        <translation>No system keyring available on this computer: the password won&apos;t be saved; enter it again before each sync.</translation>
    </message>
    <message>
        <source>密码保存说明</source>
        <translation>Password storage</translation>
    </message>
    <message>
        <source>测试连接(&amp;T)</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>保存连接设置</source>
        <translation>Save connection settings</translation>
    </message>
    <message>
        <source>按类别的待同步记录</source>
        <translation>Pending records by category</translation>
    </message>
    <message>
        <source>其中：</source>
        <translation>Of which:</translation>
    </message>
    <message>
        <source>最近结果</source>
        <translation>Latest results</translation>
    </message>
    <message>
        <source>上次发送</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <source>上次取回</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>上次同步包</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <source>上次回执</source>
        <translation>Last receipt</translation>
    </message>
    <message>
        <source>最近一次失败</source>
        <translation>Latest failure</translation>
    </message>
    <message>
        <source>上次成功发送：</source>
        <translation>Last sent successfully:</translation>
    </message>
    <message>
        <source>上次成功取回：</source>
        <translation>Last received successfully:</translation>
    </message>
    <message>
        <source>上次导出同步包：</source>
        <translation>Last bundle exported:</translation>
    </message>
    <message>
        <source>上次导入回执：</source>
        <translation>Last receipt imported:</translation>
    </message>
    <message>
        <source>最近一次失败：</source>
        <translation>Latest failure:</translation>
    </message>
    <message>
        <source>%1（其中 %2 个已写入同步包，待大队回执）</source>
        <translation>%1 (%2 of them written to a bundle, awaiting the brigade&apos;s receipt)</translation>
    </message>
    <message>
        <source>%1 %2
本站第 %3 版：%4
中心第 %5 版：%6</source>
        <translation>%1 %2
This station, version %3: %4
Center, version %5: %6</translation>
    </message>
    <message>
        <source>中心版本由站点 %1 写入</source>
        <translation>The center&apos;s version was written by station %1</translation>
    </message>
    <message>
        <source>从未成功</source>
        <translation>never succeeded</translation>
    </message>
    <message>
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <source>回执 (*.receipt)</source>
        <translation>Receipts (*.receipt)</translation>
    </message>
    <message>
        <source>正在核对回执…</source>
        <translation>Checking the receipt…</translation>
    </message>
    <message>
        <source>%1 条记录（%2）：%3</source>
        <translation>%1 records (%2): %3</translation>
    </message>
    <message>
        <source>把未发送的批次和证据文件写入本站签名的同步包，交由大队导入；大队导入后写出回执，带回导入回执，这些批次才算已发送。</source>
        <translation>Write unsent batches and evidence files into a bundle signed by this station for the brigade to import; the brigade then writes a receipt, and only once the receipt is brought back and imported do those batches count as sent.</translation>
    </message>
    <message>
        <source>导入回执(&amp;I)…</source>
        <translation>&amp;Import receipt…</translation>
    </message>
    <message>
        <source>导入回执</source>
        <translation>Import receipt</translation>
    </message>
    <message>
        <source>大队导入同步包后写出的回执：核对后把中心已收到的批次标记为已发送</source>
        <translation>The receipt the brigade writes after importing a bundle: once checked, the batches the center received are marked as sent</translation>
    </message>
    <message>
        <source>%1 个批次、%2 条记录</source>
        <translation>%1 batches, %2 records</translation>
    </message>
    <message>
        <source>，隔离 %1 个批次</source>
        <translation>, %1 batches quarantined</translation>
    </message>
    <message>
        <source>，冲突 %1 条</source>
        <translation>, %1 conflicts</translation>
    </message>
    <message>
        <source>%1 条记录</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>确认 %1 个批次、%2 条记录已被中心收到</source>
        <translation>%1 batches, %2 records confirmed received by the center</translation>
    </message>
    <message>
        <source>%1 个批次、%2 条记录，写入 %3</source>
        <translation>%1 batches, %2 records, written to %3</translation>
    </message>
    <message>
        <source>上次（%1）：%2</source>
        <translation>Last time (%1): %2</translation>
    </message>
    <message>
        <source>未完成（%1）。</source>
        <translation>Not completed (%1).</translation>
    </message>
    <message>
        <source>中断前已发送并确认 %1 个批次、%2 条记录。</source>
        <translation>Before it stopped, %1 batches with %2 records were sent and confirmed.</translation>
    </message>
    <message>
        <source>发送失败：%1</source>
        <translation>Sending failed: %1</translation>
    </message>
    <message>
        <source>取回失败：%1</source>
        <translation>Receiving failed: %1</translation>
    </message>
    <message>
        <source>同步包未写出：%1</source>
        <translation>The bundle was not written: %1</translation>
    </message>
    <message>
        <source>回执未导入：%1</source>
        <translation>Receipt not imported: %1</translation>
    </message>
    <message>
        <source>回执核对无误：中心已收到的 %1 个批次（%2 条记录）已标记为已发送。</source>
        <translation>Receipt checked: the %1 batches (%2 records) the center received are marked as sent.</translation>
    </message>
    <message>
        <source>另有 %1 个批次此前已确认。</source>
        <translation> %1 more batches were confirmed before.</translation>
    </message>
    <message>
        <source>有 %1 条记录与中心数据冲突，已记录待处理（见下方）。</source>
        <translation> %1 records conflict with the center&apos;s data and are kept for resolution (see below).</translation>
    </message>
    <message>
        <source>所选文件不是回执（大队导入同步包后写出的 .receipt 文件）。未标记任何批次。</source>
        <translation>The chosen file is not a receipt (the .receipt file the brigade writes after importing a bundle). No batch was marked.</translation>
    </message>
    <message>
        <source>回执文件超出大小限制，不是有效的回执。未标记任何批次。</source>
        <translation>The receipt file is over the size limit and is not a valid receipt. No batch was marked.</translation>
    </message>
    <message>
        <source>这份回执属于另一个站点（%1），不是本站的：请向大队要本站同步包的回执。未标记任何批次。</source>
        <translation>This receipt belongs to another station (%1), not this one: ask the brigade for the receipt of this station&apos;s bundle. No batch was marked.</translation>
    </message>
    <message>
        <source>回执列出了本站没有的批次，不是本站同步包的回执：请向大队核对。未标记任何批次。</source>
        <translation>The receipt lists batches this station does not have, so it is not the receipt of this station&apos;s bundle: check with the brigade. No batch was marked.</translation>
    </message>
    <message>
        <source>回执中批次的内容与本站的不符（回执被改动，或不是本站同步包的回执）：请向大队核对。未标记任何批次。</source>
        <translation>The content of a batch in the receipt differs from this station&apos;s (the receipt was altered, or is not for this station&apos;s bundle): check with the brigade. No batch was marked.</translation>
    </message>
    <message>
        <source>已发送 %1 个批次、%2 条记录、%3 个证据文件。</source>
        <translation>Sent %1 batches, %2 records and %3 evidence files.</translation>
    </message>
    <message>
        <source>已取回 %1 条记录、%2 个证据文件。</source>
        <translation>Received %1 records and %2 evidence files.</translation>
    </message>
    <message>
        <source>含有中心数据库无法保存的字符或数值，请改正相关记录</source>
        <translation>Contains characters or values the central database cannot store; correct the related records</translation>
    </message>
    <message>
        <source>涉及不属于本站点的记录，请联系大队管理员</source>
        <translation>Involves records not belonging to this station; contact the brigade administrator</translation>
    </message>
    <message>
        <source>违反中心数据库的数据约束，请联系大队管理员</source>
        <translation>Violates a data constraint of the central database; contact the brigade administrator</translation>
    </message>
    <message>
        <source>证据文件与其哈希不符（文件已损坏或被改动），请检查证据库</source>
        <translation>Evidence file does not match its hash (damaged or altered); check the evidence store</translation>
    </message>
    <message>
        <source>被中心数据库拒收，请联系大队管理员</source>
        <translation>Rejected by the central database; contact the brigade administrator</translation>
    </message>
    <message>
        <source>连接设置已保存。</source>
        <translation>Connection settings saved.</translation>
    </message>
    <message>
        <source>密码已存入系统密码库。</source>
        <translation>Password saved to the system keyring.</translation>
    </message>
    <message>
        <source>请填写服务器、数据库和站点登录名。</source>
        <translation>Please fill in the server, database and station login name.</translation>
    </message>
    <message>
        <source>连接成功：中心数据库已就绪，登录名属于本站点。</source>
        <translation>Connected: the central database is ready and the login name belongs to this station.</translation>
    </message>
    <message>
        <source>有 %1 个批次被中心拒收，已隔离（见下方），其余照常发送。</source>
        <translation>%1 batches were rejected by the center and quarantined (see below); the rest are sent as usual.</translation>
    </message>
    <message>
        <source>无法连接中心数据库：请检查服务器地址、端口和网络连接，或稍后再试。未发送的记录都已保留。</source>
        <translation>Cannot connect to the central database: check the server address, port and network, or try again later. All unsent records are kept.</translation>
    </message>
    <message>
        <source>中心服务器上没有名为“%1”的数据库：请核对“数据库”一栏（由大队登记本站点时给出）。</source>
        <translation>The central server has no database named “%1”: check the Database field (given when the brigade registered this station).</translation>
    </message>
    <message>
        <source>中心服务器没有开启加密连接，而本站要求加密：请大队管理员为服务器开启加密（TLS）后再同步，未发送的记录都已保留。</source>
        <translation>The central server does not offer encrypted connections and this station requires encryption: ask the brigade administrator to enable TLS on the server, then sync again; all unsent records are kept.</translation>
    </message>
    <message>
        <source>请填写站点登录名的密码（由大队登记本站点时给出）。</source>
        <translation>Enter the password of the station login (given when the brigade registered this station).</translation>
    </message>
    <message>
        <source>中心数据库拒绝了登录：请核对站点登录名和密码（由大队登记本站点时给出）。</source>
        <translation>The central database rejected the login: check the station login name and password (given when the brigade registered this station).</translation>
    </message>
    <message>
        <source>该登录名不属于本站点：请使用大队为本站点登记时给出的登录名。</source>
        <translation>This login name does not belong to this station: use the login name given when the brigade registered this station.</translation>
    </message>
    <message>
        <source>同步中断（连接断开）：未确认的批次已保留，下次同步时原样重发，不会重复。</source>
        <translation>Sync interrupted (connection lost): unconfirmed batches are kept and resent unchanged at the next sync, without duplicates.</translation>
    </message>
    <message>
        <source>同步已取消：已发送的批次已确认，其余的保留到下次同步。</source>
        <translation>Sync cancelled: sent batches are confirmed; the rest are kept for the next sync.</translation>
    </message>
    <message>
        <source>冲突已处理：合并结果已保存，下次同步时发送。</source>
        <translation>Conflict resolved: the merged result is saved and will be sent at the next sync.</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>有 %1 条记录与中心数据冲突，已记录待处理，中心数据未被覆盖。</source>
        <translation>%1 records conflict with central data; they are recorded for handling and central data was not overwritten.</translation>
    </message>
    <message>
        <source>中心数据库尚未初始化，或由本程序较早的版本建立：请大队管理员运行 inspector central init（可重复运行，已有数据不受影响）。未发送的记录都已保留。</source>
        <translation>The central database is not set up, or was set up by an earlier version of this program: ask the brigade administrator to run inspector central init (it can be run again; existing data is kept). Unsent records are all kept.</translation>
    </message>
    <message>
        <source>同步包 (*.bundle)</source>
        <translation>Sync bundles (*.bundle)</translation>
    </message>
    <message>
        <source>正在导出同步包…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <source>已写入 %1：%2 个批次、%3 条记录、%4 个证据文件。</source>
        <translation>Wrote %1: %2 batches, %3 records, %4 evidence files.</translation>
    </message>
    <message>
        <source>中队考评</source>
        <translation>Squad rating</translation>
    </message>
    <message>
        <source>考评期：</source>
        <translation>Rating period:</translation>
    </message>
    <message>
        <source>考评期</source>
        <translation>Rating period</translation>
    </message>
    <message>
        <source>计算</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <source>考评细则版本</source>
        <translation>Rating rules version</translation>
    </message>
    <message>
        <source>考评细则…</source>
        <translation>Rating rules…</translation>
    </message>
    <message>
        <source>考评细则</source>
        <translation>Rating rules</translation>
    </message>
    <message>
        <source>登记…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <source>登记考评记录</source>
        <translation>Register rating record</translation>
    </message>
    <message>
        <source>培训学时、有效投诉、处分、败诉、舆情、规范化条件核查</source>
        <translation>Training hours, valid complaints, sanctions, lost lawsuits, public opinion, standardization checks</translation>
    </message>
    <message>
        <source>查看依据</source>
        <translation>View basis</translation>
    </message>
    <message>
        <source>打印本中队</source>
        <translation>Print this squad</translation>
    </message>
    <message>
        <source>打印汇总</source>
        <translation>Print summary</translation>
    </message>
    <message>
        <source>各中队总分</source>
        <translation>Total score by squad</translation>
    </message>
    <message>
        <source>全市目标</source>
        <translation>City target</translation>
    </message>
    <message>
        <source>总分趋势</source>
        <translation>Total score trend</translation>
    </message>
    <message>
        <source>目标完成情况</source>
        <translation>Target achievement</translation>
    </message>
    <message>
        <source>无数据指标</source>
        <translation>Items without data</translation>
    </message>
    <message>
        <source>各中队得分</source>
        <translation>Scores by squad</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>得分/满分</source>
        <translation>Score/Max</translation>
    </message>
    <message>
        <source>依据记录</source>
        <translation>Basis records</translation>
    </message>
    <message>
        <source>计分说明</source>
        <translation>Scoring notes</translation>
    </message>
    <message>
        <source>指标得分</source>
        <translation>Indicator score</translation>
    </message>
    <message>
        <source>各维度得分</source>
        <translation>Scores by dimension</translation>
    </message>
    <message>
        <source>正在计算各中队考评…</source>
        <translation>Calculating squad ratings…</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>无数据的指标（考评期内没有评查或审核记录）不计入总分，总分按有数据的指标折算为百分制，星级据此评定。</source>
        <translation>Items without data (no case-file evaluation or legal review in the period) are left out; the total is rescaled to 100 over the items that had data, and the stars follow from it.</translation>
    </message>
    <message>
        <source>无数据的指标不计分（考评期内没有评查或审核记录），总分和星级据此计算。</source>
        <translation>Items without data score nothing (no case-file evaluation or legal review in the period); the total and stars are computed accordingly.</translation>
    </message>
    <message>
        <source>%1 %2（%3）</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>考评细则：%1 版本 %2（%3）</source>
        <translation>Rating rules: %1 version %2 (%3)</translation>
    </message>
    <message>
        <source>无数据项折算</source>
        <translation>no-data items rescaled</translation>
    </message>
    <message>
        <source>无数据项不计分</source>
        <translation>no-data items score 0</translation>
    </message>
    <message>
        <source>无数据的指标：%1</source>
        <translation>Items without data: %1</translation>
    </message>
    <message>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>星级</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>一票否决</source>
        <translation>Veto</translation>
    </message>
    <message>
        <source>规范化</source>
        <translation>Standardization</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达标：</source>
        <translation>Not met:</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>五星级中队占比</source>
        <translation>Share of five-star squads</translation>
    </message>
    <message>
        <source>星级中队占比</source>
        <translation>Share of star squads</translation>
    </message>
    <message>
        <source>五星级中队 %1/%3（目标 ≥ %4）；星级中队 %2/%3（目标 ≥ %5）</source>
        <translation>Five-star squads %1/%3 (target ≥ %4); star squads %2/%3 (target ≥ %5)</translation>
    </message>
    <message>
        <source>平均总分</source>
        <translation>Average total</translation>
    </message>
    <message>
        <source>五星级占比%</source>
        <translation>Five-star %</translation>
    </message>
    <message>
        <source>星级占比%</source>
        <translation>Star %</translation>
    </message>
    <message>
        <source>%1（%2分，不计分）</source>
        <translation>%1 (%2 pts, scored nothing)</translation>
    </message>
    <message>
        <source>%1（%2分，有数据的仅%3分，不定星）</source>
        <translation>%1 (%2 pts; only %3 pts with data, not rated)</translation>
    </message>
    <message>
        <source>%1（%2分，总分按%3分折算）</source>
        <translation>%1 (%2 pts; total rescaled over %3 pts)</translation>
    </message>
    <message>
        <source>无数据 / %1</source>
        <translation>No data / %1</translation>
    </message>
    <message>
        <source>一票否决：%1</source>
        <translation>Veto: %1</translation>
    </message>
    <message>
        <source>触发</source>
        <translation>Triggered</translation>
    </message>
    <message>
        <source>未触发</source>
        <translation>Not triggered</translation>
    </message>
    <message>
        <source>考评期内%1起，最高评为%2星</source>
        <translation>%1 in the rating period; at most %2 stars</translation>
    </message>
    <message>
        <source>考评期内未发生</source>
        <translation>None in the rating period</translation>
    </message>
    <message>
        <source>%1 各维度得分</source>
        <translation>%1 scores by dimension</translation>
    </message>
    <message>
        <source>正在生成考评汇总表…</source>
        <translation>Generating rating summary…</translation>
    </message>
    <message>
        <source>法制审核</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>审核队列</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>案卷评查</source>
        <translation>Case-file evaluation</translation>
    </message>
    <message>
        <source>同案不同罚</source>
        <translation>Consistency of fines</translation>
    </message>
    <message>
        <source>执法公示</source>
        <translation>Publicity</translation>
    </message>
</context>
<context>
    <name>SettingsForms</name>
    <message>
        <source>系统设置</source>
        <translation>System settings</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>首次使用：创建站点</source>
        <translation>First run: create the station</translation>
    </message>
</context>
<context>
    <name>SimpleCaseDetail</name>
    <message>
        <source>案件详情</source>
        <translation>Case details</translation>
    </message>
</context>
<context>
    <name>SquadsPage</name>
    <message>
        <source>中队</source>
        <translation>Squad</translation>
    </message>
    <message>
        <source>每个中队一行；编号用于文书文号，如 第1-0001号。</source>
        <translation>One squad per row; the code appears in document numbers, e.g. 第1-0001号.</translation>
    </message>
    <message>
        <source>中队名称</source>
        <translation>Squad name</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>一中队</source>
        <translation>Squad 1</translation>
    </message>
    <message>
        <source>增加中队</source>
        <translation>Add squad</translation>
    </message>
    <message>
        <source>删除所选中队</source>
        <translation>Remove selected squad</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>执行“{0}”后将会：</source>
        <translation>Executing “{0}” will:</translation>
    </message>
    <message>
        <source>此步骤执行后不能撤销。</source>
        <translation>This step cannot be undone once executed.</translation>
    </message>
    <message>
        <source>《{0}》{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>确认执行</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>金额格式错误：{0}（请填写元，最多两位小数）</source>
        <translation>Invalid amount: {0} (yuan, at most two decimals)</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <source>否决项</source>
        <translation>Veto</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>卷面</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>含未结案件（模拟评查）</source>
        <translation>Includes open cases (mock evaluation)</translation>
    </message>
    <message>
        <source>汇总期间：</source>
        <translation>Summary period:</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>评查所选案卷</source>
        <translation>Evaluate selected case files</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>违法行为</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>中队</source>
        <translation>Squad</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>最近评查</source>
        <translation>Recent evaluations</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>扣分/否决</source>
        <translation>Deduction/veto</translation>
    </message>
    <message>
        <source>说明（自动项已预填）</source>
        <translation>Notes (automatic items pre-filled)</translation>
    </message>
    <message>
        <source>评查说明</source>
        <translation>Evaluation notes</translation>
    </message>
    <message>
        <source>保存模拟评查</source>
        <translation>Save mock evaluation</translation>
    </message>
    <message>
        <source>保存正式评查</source>
        <translation>Save formal evaluation</translation>
    </message>
    <message>
        <source>评查案卷数</source>
        <translation>Case files evaluated</translation>
    </message>
    <message>
        <source>平均分</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>优秀率</source>
        <translation>Excellence rate</translation>
    </message>
    <message>
        <source>不合格数</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>（未立案）</source>
        <translation>(not filed)</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;{2}</source>
        <translation>{0}&#x3000;{1}&#x3000;{2}</translation>
    </message>
    <message>
        <source>日期顺序与期限：</source>
        <translation>Date order and deadlines:</translation>
    </message>
    <message>
        <source>（自动）</source>
        <translation> (automatic)</translation>
    </message>
    <message>
        <source>否决</source>
        <translation>Veto</translation>
    </message>
    <message>
        <source>得分：{0}&#x3000;等次：{1}{2}</source>
        <translation>Score: {0}&#x3000;Grade: {1}{2}</translation>
    </message>
    <message>
        <source>（否决项）</source>
        <translation> (veto item)</translation>
    </message>
    <message>
        <source>模拟评查</source>
        <translation>Mock evaluation</translation>
    </message>
    <message>
        <source>正式评查</source>
        <translation>Formal evaluation</translation>
    </message>
    <message>
        <source>已保存{0}：{1}分，{2}</source>
        <translation>Saved {0}: {1} points, {2}</translation>
    </message>
    <message>
        <source>公民</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>个体工商户</source>
        <translation>Individual business</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>当事人类型</source>
        <translation>Party type</translation>
    </message>
    <message>
        <source>裁量阶次</source>
        <translation>Discretion level</translation>
    </message>
    <message>
        <source>案件数</source>
        <translation>Case count</translation>
    </message>
    <message>
        <source>最低（元）</source>
        <translation>Min (yuan)</translation>
    </message>
    <message>
        <source>中位数（元）</source>
        <translation>Median (yuan)</translation>
    </message>
    <message>
        <source>最高（元）</source>
        <translation>Max (yuan)</translation>
    </message>
    <message>
        <source>偏离案件</source>
        <translation>Deviating cases</translation>
    </message>
    <message>
        <source>最低</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>最高</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>主办人</source>
        <translation>Case handler</translation>
    </message>
    <message>
        <source>阶次</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>罚款（元）</source>
        <translation>Fine (yuan)</translation>
    </message>
    <message>
        <source>同类中位数（元）</source>
        <translation>Similar-case median (yuan)</translation>
    </message>
    <message>
        <source>偏离</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>{0} 组同事项同阶次案件，{1} 件罚款明显偏离</source>
        <translation>{0} groups of cases with the same matter and level; {1} fines deviate markedly</translation>
    </message>
    <message>
        <source>导出自（YYYY-MM-DD，可空）</source>
        <translation>Export from (YYYY-MM-DD, optional)</translation>
    </message>
    <message>
        <source>导出公示包</source>
        <translation>Export publicity package</translation>
    </message>
    <message>
        <source>公示期限</source>
        <translation>Publicity period</translation>
    </message>
    <message>
        <source>决定书文号</source>
        <translation>Decision document number</translation>
    </message>
    <message>
        <source>公示日期</source>
        <translation>Publicity date</translation>
    </message>
    <message>
        <source>撤下期限</source>
        <translation>Withdrawal deadline</translation>
    </message>
    <message>
        <source>隐私处理后的公示预览（违法事实可修改，保存时再次脱敏）：</source>
        <translation>Publicity preview after privacy processing (facts of violation are editable and desensitized again on save):</translation>
    </message>
    <message>
        <source>审签</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>登记已公示</source>
        <translation>Register publicity</translation>
    </message>
    <message>
        <source>撤下公示</source>
        <translation>Withdraw publicity</translation>
    </message>
    <message>
        <source>撤下说明（不填则沿用决定变更、撤销的原因）</source>
        <translation>Withdrawal statement (empty: the reason recorded with the change)</translation>
    </message>
    <message>
        <source>决定被依法变更、撤销或确认违法、无效后撤下已公示的决定（行政处罚法第四十八条），同时记入案件</source>
        <translation>Withdraw a published decision that was changed, revoked, or found unlawful or void (Administrative Penalty Law Art. 48); the case records it too</translation>
    </message>
    <message>
        <source>公示记录 {0} 条，逾期 {1} 条，待撤下 {2} 条</source>
        <translation>{0} publicity records, {1} overdue, {2} to withdraw</translation>
    </message>
    <message>
        <source>作废，不予公示。{0}</source>
        <translation>Void, not to be published. {0}</translation>
    </message>
    <message>
        <source>不予公开：{0}</source>
        <translation>Not disclosed: {0}</translation>
    </message>
    <message>
        <source>决定已变更或撤销（{0}），须于{1}前撤下已公示的决定（行政处罚法第四十八条）</source>
        <translation>The decision was changed or revoked ({0}): withdraw the published decision by {1} (Administrative Penalty Law Art. 48)</translation>
    </message>
    <message>
        <source>已于{0}撤下：{1}</source>
        <translation>Withdrawn on {0}: {1}</translation>
    </message>
    <message>
        <source>已审签</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>已登记公示日期</source>
        <translation>Publicity date registered</translation>
    </message>
    <message>
        <source>已撤下公示</source>
        <translation>Publicity withdrawn</translation>
    </message>
    <message>
        <source>选择公示包保存位置</source>
        <translation>Choose where to save the publicity package</translation>
    </message>
    <message>
        <source>已导出 {0} 条公示记录</source>
        <translation>Exported {0} publicity records</translation>
    </message>
</context>
<context>
    <name>TargetsChart</name>
    <message>
        <source>%1（目标 %2）</source>
        <translation>%1 (target %2)</translation>
    </message>
</context>
<context>
    <name>ThresholdTable</name>
    <message>
        <source>行政区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>（元）</source>
        <translation> (yuan)</translation>
    </message>
    <message>
        <source>%1 的“%2”不是金额（元）：%3</source>
        <translation>“%2” of %1 is not an amount (yuan): %3</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>用户列表</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>中队</source>
        <translation>Squad</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>关联执法人员</source>
        <translation>Linked officer</translation>
    </message>
    <message>
        <source>执法证号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>解锁所选账户</source>
        <translation>Unlock selected account</translation>
    </message>
    <message>
        <source>新增用户</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>（不属于中队）</source>
        <translation>(no squad)</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>具有法律职业资格</source>
        <translation>Holds a legal professional qualification</translation>
    </message>
    <message>
        <source>执法证</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>所选账户使用的执法证</source>
        <translation>Certificate the selected account signs with</translation>
    </message>
    <message>
        <source>关联</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>（不关联执法人员）</source>
        <translation>(no officer)</translation>
    </message>
    <message>
        <source>请先选择一个账户。</source>
        <translation>Please select an account first.</translation>
    </message>
    <message>
        <source>已更新账户 %1 关联的执法人员。</source>
        <translation>Updated the officer linked to account %1.</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>锁定至 %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已新增用户：%1</source>
        <translation>Account added: %1</translation>
    </message>
    <message>
        <source>已解锁：%1</source>
        <translation>Unlocked: %1</translation>
    </message>
</context>
<context>
    <name>VerifyResultDialog</name>
    <message>
        <source>文书核验结果</source>
        <translation>Document verification result</translation>
    </message>
    <message>
        <source>真实：与登记簿一致</source>
        <translation>Genuine: matches the register</translation>
    </message>
    <message>
        <source>已被改动</source>
        <translation>Has been altered</translation>
    </message>
    <message>
        <source>无法识别：登记簿中没有</source>
        <translation>Not recognized: not in the register</translation>
    </message>
    <message>
        <source>本机关其他站点出具，本站无法核对</source>
        <translation>Issued by another station of this agency; cannot be verified here</translation>
    </message>
    <message>
        <source>二维码真实，内容须人工核对</source>
        <translation>QR code is genuine; check the content manually</translation>
    </message>
    <message>
        <source>核验结论</source>
        <translation>Verification conclusion</translation>
    </message>
    <message>
        <source>核验说明</source>
        <translation>Verification notes</translation>
    </message>
    <message>
        <source>注意：该文号已作废（%1）</source>
        <translation>Note: this document number has been voided (%1)</translation>
    </message>
    <message>
        <source>不一致之处</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <source>不一致之处：</source>
        <translation>Discrepancies:</translation>
    </message>
    <message>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>登记内容（请与纸质文书逐项核对）：</source>
        <translation>Registered content (check each item against the paper document):</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>城管执法现场检查与案件系统</source>
        <translation>Inspector — urban-management inspections and cases</translation>
    </message>
</context>
<context>
    <name>case_state</name>
    <message>
        <source>线索登记</source>
        <translation>Clue registered</translation>
    </message>
    <message>
        <source>核查</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <source>不予立案</source>
        <translation>Not filed</translation>
    </message>
    <message>
        <source>已立案</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>调查取证</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>调查终结</source>
        <translation>Investigation ended</translation>
    </message>
    <message>
        <source>案件审核</source>
        <translation>Case review</translation>
    </message>
    <message>
        <source>法制审核</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>事先告知</source>
        <translation>Prior notice given</translation>
    </message>
    <message>
        <source>听证</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>集体讨论</source>
        <translation>Collective discussion</translation>
    </message>
    <message>
        <source>已决定</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>已送达</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>执行中</source>
        <translation>Executing</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>已移送</source>
        <translation>Transferred</translation>
    </message>
</context>
<context>
    <name>casefile</name>
    <message>
        <source>一般程序行政处罚案卷评查评分表（试行）</source>
        <translation>Scoring sheet for general-procedure administrative penalty case files (trial)</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>执法主体不具有法定职权或超越职权</source>
        <translation>Enforcing body lacks statutory authority or exceeded it</translation>
    </message>
    <message>
        <source>执法人员不具备执法资格或少于两名</source>
        <translation>Officers not qualified to enforce, or fewer than two</translation>
    </message>
    <message>
        <source>处罚对象（当事人）认定错误</source>
        <translation>Wrong party penalised</translation>
    </message>
    <message>
        <source>认定事实不清</source>
        <translation>Facts not clearly established</translation>
    </message>
    <message>
        <source>主要证据不足或缺少关键证据</source>
        <translation>Main evidence insufficient or key evidence missing</translation>
    </message>
    <message>
        <source>定性错误</source>
        <translation>Violation wrongly characterised</translation>
    </message>
    <message>
        <source>适用法律依据错误或没有法律依据</source>
        <translation>Wrong legal basis applied, or none</translation>
    </message>
    <message>
        <source>处罚超出法定种类或幅度</source>
        <translation>Penalty outside the statutory kinds or range</translation>
    </message>
    <message>
        <source>严重违反法定程序（缺少法定环节、程序倒置）</source>
        <translation>Serious breach of statutory procedure (a statutory step missing, or steps out of order)</translation>
    </message>
    <message>
        <source>超过追责时效或应移送未移送</source>
        <translation>Limitation period passed, or not transferred when it should have been</translation>
    </message>
    <message>
        <source>违法事实（时间、地点、行为、情节、后果）在各文书中表述一致</source>
        <translation>Facts of the violation (time, place, act, circumstances, consequences) stated consistently in every document</translation>
    </message>
    <message>
        <source>证据链完整、形式规范（笔录逐页签名，照片有时间地点，证据清单）</source>
        <translation>Complete chain of evidence in proper form (records signed on every page, photos with time and place, evidence list)</translation>
    </message>
    <message>
        <source>法律适用准确，条、款、项引用完整</source>
        <translation>Law applied correctly, articles, paragraphs and items cited in full</translation>
    </message>
    <message>
        <source>程序时效：按期立案、90日内决定、7个工作日内送达、听证与申辩期限</source>
        <translation>Procedural time limits: filed on time, decided within 90 days, served within 7 working days, hearing and statement periods</translation>
    </message>
    <message>
        <source>裁量：适用基准阶次，情节有证据，说理充分</source>
        <translation>Discretion: benchmark tier applied, circumstances backed by evidence, reasoning sufficient</translation>
    </message>
    <message>
        <source>决定书内容完整（第五十九条），说理回应陈述申辩</source>
        <translation>Decision complete (Art. 59), its reasoning answers the statement and defence</translation>
    </message>
    <message>
        <source>执行：缴款凭证、罚缴分离、加处罚款计算正确、催告后申请强制执行</source>
        <translation>Execution: payment receipts, fines paid to the bank, late-payment fines correctly calculated, court enforcement applied for after a demand</translation>
    </message>
    <message>
        <source>使用规范文书格式</source>
        <translation>Standard document formats used</translation>
    </message>
    <message>
        <source>文书项目填写完整、用语规范、无空项</source>
        <translation>Document fields filled in completely and in proper wording, none left blank</translation>
    </message>
    <message>
        <source>一案一卷</source>
        <translation>One file per case</translation>
    </message>
    <message>
        <source>封面统一</source>
        <translation>Uniform cover</translation>
    </message>
    <message>
        <source>卷内目录齐全、顺序与页码正确</source>
        <translation>Table of contents complete, order and page numbers correct</translation>
    </message>
    <message>
        <source>页码编写规范（有文字页右下角阿拉伯数字；封面、目录、备考表不编）</source>
        <translation>Pages numbered properly (Arabic numerals bottom right on pages with text; cover, contents and notes sheet not numbered)</translation>
    </message>
    <message>
        <source>装订次序符合规定</source>
        <translation>Binding order as prescribed</translation>
    </message>
    <message>
        <source>装订与载体规范</source>
        <translation>Binding and media as prescribed</translation>
    </message>
    <message>
        <source>备考表填写完整</source>
        <translation>Notes sheet filled in completely</translation>
    </message>
    <message>
        <source>音像资料编目索引</source>
        <translation>Audio and video material catalogued and indexed</translation>
    </message>
</context>
<context>
    <name>fonts</name>
    <message>
        <source>界面字体：%1</source>
        <translation>Interface font: %1</translation>
    </message>
    <message>
        <source>设置的字体文件不存在：%1 / Configured font file not found: %1</source>
        <translation>Configured font file not found: %1</translation>
    </message>
    <message>
        <source>设置的字体文件不可用或不含中文：%1 / Configured font is unusable or lacks Chinese: %1</source>
        <translation>Configured font is unusable or lacks Chinese: %1</translation>
    </message>
    <message>
        <source>未找到中文字体，界面文字可能无法显示。请安装中文字体（如文泉驿微米黑、微软雅黑），或在设置 ui.font_path 中指定字体文件。
No Chinese font found: install one (e.g. fonts-wqy-microhei) or set ui.font_path.</source>
        <translation>No Chinese font found: install one (e.g. fonts-wqy-microhei or Microsoft YaHei) or set ui.font_path.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>执法队员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>中队长</source>
        <translation>Squad leader</translation>
    </message>
    <message>
        <source>法制审核员</source>
        <translation>Legal reviewer</translation>
    </message>
    <message>
        <source>督察/大队领导</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>输入有误，请检查后重试。</source>
        <translation>The input is not valid; please check and try again.</translation>
    </message>
    <message>
        <source>当前角色（%1）无权执行此操作（%2）。</source>
        <translation>Your role (%1) may not do this (%2).</translation>
    </message>
    <message>
        <source>账户 %1 因多次登录失败已被锁定，请于 %2 之后再试，或请管理员解锁。</source>
        <translation>Account %1 is locked after failed logins; try again after %2 or ask the administrator.</translation>
    </message>
    <message>
        <source>用户名或密码错误。</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>%1（依据：%2）</source>
        <translation>%1 (basis: %2)</translation>
    </message>
    <message>
        <source>建议：%1</source>
        <translation>Suggestion: %1</translation>
    </message>
    <message>
        <source>找不到该记录（%1 %2），可能已被删除。</source>
        <translation>Record not found (%1 %2); it may have been deleted.</translation>
    </message>
    <message>
        <source>该记录已被他人修改，请刷新后再保存。您的输入未丢失。</source>
        <translation>Someone else changed this record; refresh and save again. Your input is kept.</translation>
    </message>
    <message>
        <source>数据目录 %1 中还没有站点。
请先在命令行运行 “inspector init” 创建站点，或运行 “inspector demo” 创建演示站点。</source>
        <translation>There is no station in %1.
Create one with “inspector init”, or a demo with “inspector demo”.</translation>
    </message>
    <message>
        <source>站点数据库由更新版本的程序创建（数据库版本 %1，本程序支持到 %2）。
请升级本程序；数据库未被改动。</source>
        <translation>The station database was made by a newer version (database version %1, this program supports up to %2).
Please upgrade; the database was not changed.</translation>
    </message>
    <message>
        <source>站点数据库文件损坏或不是站点数据库：%1
请从备份恢复，或联系管理员。</source>
        <translation>The station database is damaged or not a station database: %1
Restore from a backup or contact the administrator.</translation>
    </message>
    <message>
        <source>无法使用数据目录 %1（没有写权限或磁盘不可用）。</source>
        <translation>Cannot use the data folder %1 (no write permission or the disk is unavailable).</translation>
    </message>
    <message>
        <source>数据目录 %1 不是文件夹。</source>
        <translation>Data folder %1 is not a folder.</translation>
    </message>
    <message>
        <source>站点数据库正被其他程序占用，请稍后重试：%1</source>
        <translation>The station database is in use by another program; try again later: %1</translation>
    </message>
    <message>
        <source>磁盘已满：%1
请清理磁盘空间后重试。</source>
        <translation>Disk full: %1
Free up disk space and try again.</translation>
    </message>
    <message>
        <source>站点数据库文件为空（0 字节），可能是复制中断：%1
文件未被改动，请从备份恢复。</source>
        <translation>The station database file is empty (0 bytes), possibly an interrupted copy: %1
The file was not changed; restore from a backup.</translation>
    </message>
    <message>
        <source>备份文件已存在，不会覆盖：%1
请换一个文件名，或只选文件夹（自动取带日期的文件名）。</source>
        <translation>The backup file already exists and will not be overwritten: %1
Choose another file name, or choose only a folder (a dated file name is used).</translation>
    </message>
    <message>
        <source>恢复失败（%2），数据目录未被创建：%1
请检查该位置后重试，或恢复到另一个新目录。</source>
        <translation>Restore failed (%2); the data folder was not created: %1
Check that location and try again, or restore into another new folder.</translation>
    </message>
    <message>
        <source>备份失败（文件夹不存在、无写权限或磁盘已满）：%1
没有留下不完整的备份文件。</source>
        <translation>Backup failed (folder missing, no write permission or disk full): %1
No incomplete backup file was left behind.</translation>
    </message>
    <message>
        <source>找不到备份文件：%1</source>
        <translation>Backup file not found: %1</translation>
    </message>
    <message>
        <source>备份清单不可信或已损坏（声明的大小超过文件本身，或内容无法读取），不是有效的备份文件：%1
请换用另一份备份。</source>
        <translation>The backup&apos;s manifest is not believable or is damaged (the sizes it declares exceed the file itself, or it cannot be read), so this is not a valid backup: %1
Use another backup.</translation>
    </message>
    <message>
        <source>这不是 Inspector 的备份文件，或文件不完整（可能复制时中断）：%1</source>
        <translation>This is not an Inspector backup, or the file is incomplete (perhaps an interrupted copy): %1</translation>
    </message>
    <message>
        <source>备份文件已损坏或被改动（%2 与备份清单不符），未恢复任何内容：%1</source>
        <translation>The backup is damaged or has been altered (%2 does not match the manifest); nothing was restored: %1</translation>
    </message>
    <message>
        <source>这个备份由更新版本的程序创建，请先把本程序升级到同一版本再恢复：%1</source>
        <translation>This backup was made by a newer version of the program; upgrade this program to that version before restoring: %1</translation>
    </message>
    <message>
        <source>（数据库版本 %1，本程序支持到 %2）</source>
        <translation> (database version %1, this program supports up to %2)</translation>
    </message>
    <message>
        <source>只能恢复到空的数据目录，%1 中已有文件；为免覆盖数据，未做任何改动。</source>
        <translation>A backup is only restored into an empty data folder; %1 already holds files, so nothing was changed.</translation>
    </message>
    <message>
        <source>恢复已取消，数据目录未被改动：%1</source>
        <translation>Restore cancelled; the data folder was not changed: %1</translation>
    </message>
    <message>
        <source>目标位置已有同名文件</source>
        <translation>a file of that name already exists there</translation>
    </message>
    <message>
        <source>没有写入权限</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <source>磁盘已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>介质只读</source>
        <translation>the medium is read-only</translation>
    </message>
    <message>
        <source>文件夹不存在或已被移走</source>
        <translation>the folder does not exist or was moved</translation>
    </message>
    <message>
        <source>路径过长</source>
        <translation>the path is too long</translation>
    </message>
    <message>
        <source>读写磁盘出错（介质可能损坏或已拔出）</source>
        <translation>disk read/write error (the medium may be damaged or was removed)</translation>
    </message>
    <message>
        <source>文件读写出错</source>
        <translation>file read/write error</translation>
    </message>
    <message>
        <source>数据库正被其他程序占用，请稍后重试。您的输入未丢失。</source>
        <translation>Another program is using the database; try again shortly. Your input is kept.</translation>
    </message>
    <message>
        <source>磁盘已满，无法保存。请清理磁盘空间后重试；您的输入未丢失。</source>
        <translation>The disk is full; free some space and try again. Your input is kept.</translation>
    </message>
    <message>
        <source>无法写入站点数据库（只读介质或没有权限）：%1</source>
        <translation>Cannot write the station database (read-only medium or no permission): %1</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>错误提示</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>程序遇到了一个内部错误。
您正在填写的内容已自动保存为草稿，不会丢失。请把“显示详细信息”中的内容发给管理员。</source>
        <translation>The program hit an internal error.
What you were entering is saved as a draft. Please send the “Show Details” text to the administrator.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>核验文书</source>
        <translation>Verify document</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>正在核验文书…</source>
        <translation>Verifying document…</translation>
    </message>
    <message>
        <source>核验二维码</source>
        <translation>Verify QR code</translation>
    </message>
    <message>
        <source>扫描得到的二维码内容：</source>
        <translation>Scanned QR code content:</translation>
    </message>
</context>
<context>
    <name>rating</name>
    <message>
        <source>未定星</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>得{0}分（满分{1}分）</source>
        <translation>{0} of {1} points</translation>
    </message>
    <message>
        <source>考评期内无可计算的记录，按满分计：{0}</source>
        <translation>No records to count in the period, full points: {0}</translation>
    </message>
    <message>
        <source>无数据：考评期内没有可计算的记录，本项不计分（满分{0}分）</source>
        <translation>No data: nothing to count in the period, so this item scores nothing (out of {0})</translation>
    </message>
    <message>
        <source>无数据：考评期内没有可计算的记录，本项不计入，总分按有数据的指标折算（满分{0}分）</source>
        <translation>No data: nothing to count in the period, so this item is left out and the total is rescaled over the items with data (out of {0})</translation>
    </message>
    <message>
        <source>{0}无数据（{1}分），总分按其余{2}分折算：{3}÷{2}×{4} = {5}</source>
        <translation>{0} had no data ({1} pts); the total is rescaled over the other {2} pts: {3} ÷ {2} × {4} = {5}</translation>
    </message>
    <message>
        <source>{0}无数据（{1}分），总分按有数据指标的满分{2}分折算：{3}÷{2}×{4} = {5}</source>
        <translation>{0} had no data ({1} pts); the total is rescaled over the {2} pts the items with data can earn: {3} ÷ {2} × {4} = {5}</translation>
    </message>
    <message>
        <source>{0}无数据，不计分（共{1}分未计入），总分为其余各项得分之和</source>
        <translation>{0} had no data and scored nothing ({1} pts not earned); the total is the sum of the other items</translation>
    </message>
    <message>
        <source>{0}；有数据的指标仅{1}分，不足考评细则要求的{2}分，数据太少，不定星</source>
        <translation>{0}; the items with data carry only {1} pts, less than the {2} pts the rules require, so too little was measured: not rated</translation>
    </message>
    <message>
        <source>{0:g}/{1:g} = {2:.1%}，{2:.1%}×{3}：{4}</source>
        <translation>{0:g}/{1:g} = {2:.1%}; {2:.1%} × {3}: {4}</translation>
    </message>
    <message>
        <source>{0:g}份案卷平均{1:.1f}分，{1:.1f}÷100×{2}：{3}</source>
        <translation>{0:g} case files averaging {1:.1f}; {1:.1f} ÷ 100 × {2}: {3}</translation>
    </message>
    <message>
        <source>{0:g}/{1:g} = {2:.1%}，目标{3:.0%}，{4}：{5}</source>
        <translation>{0:g}/{1:g} = {2:.1%}, target {3:.0%}, {4}: {5}</translation>
    </message>
    <message>
        <source>达到目标，得满分</source>
        <translation>target reached, full points</translation>
    </message>
    <message>
        <source>未达目标，按比例计分</source>
        <translation>target not reached, points in proportion</translation>
    </message>
    <message>
        <source>共{0:g}件，每件扣{1}分{2}：{3}</source>
        <translation>{0:g} in all, {1} points off each{2}: {3}</translation>
    </message>
    <message>
        <source>有效投诉{0:g}件，考评期案件{1:g}件，折合每千件{2:.2f}件，每千件每件扣{3}分{4}：{5}</source>
        <translation>{0:g} valid complaints, {1:g} cases in the period, {2:.2f} per thousand cases, {3} points off each per thousand{4}: {5}</translation>
    </message>
    <message>
        <source>，扣完为止</source>
        <translation>, down to zero</translation>
    </message>
    <message>
        <source>持有效执法证人员不少于{0}名</source>
        <translation>At least {0} officers with a valid enforcement certificate</translation>
    </message>
    <message>
        <source>星级中队考评细则（建议稿）</source>
        <translation>Star squad rating rules (draft)</translation>
    </message>
    <message>
        <source>领域规格 §4.1 建议稿 [P]：未见公开的浙江省、杭州市星级中队考评办法，待客户提供后替换</source>
        <translation>Domain specification §4.1 draft [P]: no published Zhejiang or Hangzhou star-squad rating rules were found; to be replaced once the customer provides them</translation>
    </message>
    <message>
        <source>办案质量</source>
        <translation>Case quality</translation>
    </message>
    <message>
        <source>程序与三项制度</source>
        <translation>Procedure and the three systems</translation>
    </message>
    <message>
        <source>效能</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>柔性执法与满意度</source>
        <translation>Soft enforcement and satisfaction</translation>
    </message>
    <message>
        <source>队伍建设</source>
        <translation>Team building</translation>
    </message>
    <message>
        <source>案卷评查平均分</source>
        <translation>Average case file evaluation score</translation>
    </message>
    <message>
        <source>法制审核一次通过率</source>
        <translation>Legal review first-pass rate</translation>
    </message>
    <message>
        <source>立案后90日内作出决定率</source>
        <translation>Decided within 90 days of filing</translation>
    </message>
    <message>
        <source>复议诉讼被撤销、变更或败诉</source>
        <translation>Revoked, changed or lost on review or lawsuit</translation>
    </message>
    <message>
        <source>全过程记录完整率</source>
        <translation>Whole-process recording complete</translation>
    </message>
    <message>
        <source>执法决定按期公示率</source>
        <translation>Decisions published on time</translation>
    </message>
    <message>
        <source>案卷评查合格率</source>
        <translation>Case file evaluation pass rate</translation>
    </message>
    <message>
        <source>超出基准阶次的裁量说理率</source>
        <translation>Reasons given for discretion outside the benchmark tier</translation>
    </message>
    <message>
        <source>线索按时核查处理率</source>
        <translation>Clues verified and handled on time</translation>
    </message>
    <message>
        <source>双随机、非现场线索办结率</source>
        <translation>Random-check and off-site clues concluded</translation>
    </message>
    <message>
        <source>综合查一次联合检查占比</source>
        <translation>Share of joint inspections</translation>
    </message>
    <message>
        <source>说服教育、劝导示范、行政指导覆盖率</source>
        <translation>Persuasion, guidance and administrative advice coverage</translation>
    </message>
    <message>
        <source>符合条件案件首违不罚适用率</source>
        <translation>First-violation no-penalty applied where eligible</translation>
    </message>
    <message>
        <source>有效投诉（每千件案件）</source>
        <translation>Valid complaints (per thousand cases)</translation>
    </message>
    <message>
        <source>执法证持证有效率</source>
        <translation>Valid enforcement certificates</translation>
    </message>
    <message>
        <source>培训学时达标率</source>
        <translation>Training hours met</translation>
    </message>
    <message>
        <source>涉案物品登记处置完整率</source>
        <translation>Preserved items registered and disposed of</translation>
    </message>
    <message>
        <source>考评期内有不合格案卷</source>
        <translation>A failed case file in the period</translation>
    </message>
    <message>
        <source>执法人员因违法执法受到处分</source>
        <translation>An officer disciplined for unlawful enforcement</translation>
    </message>
    <message>
        <source>因越权或严重违反程序败诉</source>
        <translation>A lawsuit lost for acting beyond authority or serious procedural breach</translation>
    </message>
    <message>
        <source>因过错引发重大负面舆情</source>
        <translation>Major negative public opinion caused by fault</translation>
    </message>
    <message>
        <source>固定办公场所，设询问室和证据（物品）保管室</source>
        <translation>Fixed office with an interview room and an evidence (property) store</translation>
    </message>
    <message>
        <source>配备执法记录仪等现场记录设备</source>
        <translation>Body cameras and other on-site recording equipment</translation>
    </message>
    <message>
        <source>文书和档案管理制度运行</source>
        <translation>Document and archive management rules in operation</translation>
    </message>
    <message>
        <source>协管、辅助人员不单独执法</source>
        <translation>Auxiliary staff never enforce alone</translation>
    </message>
    <message>
        <source>解除保存、退还</source>
        <translation>Released and returned</translation>
    </message>
    <message>
        <source>依法没收</source>
        <translation>Confiscated</translation>
    </message>
    <message>
        <source>移送有关部门</source>
        <translation>Transferred to the competent authority</translation>
    </message>
    <message>
        <source>依法销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>解除查封扣押</source>
        <translation>Seizure lifted</translation>
    </message>
    <message>
        <source>比率×分值</source>
        <translation>Rate × points</translation>
    </message>
    <message>
        <source>平均分÷100×分值</source>
        <translation>Average score ÷ 100 × points</translation>
    </message>
    <message>
        <source>达到目标值得满分，未达按比例</source>
        <translation>Full points at the target, in proportion below it</translation>
    </message>
    <message>
        <source>每件扣分，扣完为止</source>
        <translation>Points off per case, down to zero</translation>
    </message>
    <message>
        <source>每千件案件每件扣分，扣完为止</source>
        <translation>Points off each per 1,000 cases, down to zero</translation>
    </message>
    <message>
        <source>不合格案卷</source>
        <translation>Failed case file</translation>
    </message>
    <message>
        <source>违法执法受处分</source>
        <translation>Officer disciplined for unlawful enforcement</translation>
    </message>
    <message>
        <source>越权或严重违反程序败诉</source>
        <translation>Lawsuit lost for exceeding authority or serious procedural breach</translation>
    </message>
    <message>
        <source>过错引发重大负面舆情</source>
        <translation>Serious negative public opinion caused by fault</translation>
    </message>
    <message>
        <source>不计入，总分按有数据的指标折算</source>
        <translation>Left out; total rescaled over the items with data</translation>
    </message>
    <message>
        <source>不计分，总分为其余各项得分之和</source>
        <translation>Score nothing; total is the sum of the other items</translation>
    </message>
    <message>
        <source>有效投诉</source>
        <translation>Valid complaint</translation>
    </message>
    <message>
        <source>执法人员受处分</source>
        <translation>Officer disciplined</translation>
    </message>
    <message>
        <source>程序内置默认版本</source>
        <translation>built-in default version</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>处罚与听证</source>
        <translation>Penalties and hearings</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>账户安全</source>
        <translation>Account security</translation>
    </message>
    <message>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>听证（较大数额罚款）标准</source>
        <translation>Hearing thresholds (large fines)</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十三条：较大数额罚款应告知听证权利。金额由省级或设区的市规定；浙江无公开标准，须由管理员按本地规定设定。按行政区划代码（* 表示其他辖区）和当事人类型填写，单位：元。[U]</source>
        <translation>Administrative Penalty Law Art. 63: large fines carry the right to a hearing. Amounts are set by the province or city; Zhejiang has published none, so the administrator sets them from local rules. One row per division code (* for any other), per party type, in yuan. [U]</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>法制审核的本地触发条件</source>
        <translation>Local triggers for legal review</translation>
    </message>
    <message>
        <source>法制审核与公示</source>
        <translation>Legal review and publicity</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十八条规定的情形之外，本地规定须经法制审核的情形。[U]</source>
        <translation>Cases that local rules send to legal review, besides those of Administrative Penalty Law Art. 58. [U]</translation>
    </message>
    <message>
        <source>突破裁量档次</source>
        <translation>Outside the benchmark tier</translation>
    </message>
    <message>
        <source>从轻、减轻处罚</source>
        <translation>Lighter or mitigated penalty</translation>
    </message>
    <message>
        <source>罚款达到下方金额</source>
        <translation>Fine at or above the amount below</translation>
    </message>
    <message>
        <source>罚款达到按当事人类型的标准</source>
        <translation>Fine reaches the threshold for the party type</translation>
    </message>
    <message>
        <source>责令停产停业、吊销许可证件等</source>
        <translation>Order to suspend production or business, revoke licenses, etc.</translation>
    </message>
    <message>
        <source>强制拆除</source>
        <translation>Forced demolition</translation>
    </message>
    <message>
        <source>须法制审核的罚款金额</source>
        <translation>Fine that needs legal review</translation>
    </message>
    <message>
        <source>罚款达到该金额须法制审核；空表示不设。[U]</source>
        <translation>A fine of this amount or more needs legal review; empty means none. [U]</translation>
    </message>
    <message>
        <source>按当事人类型的法制审核罚款标准</source>
        <translation>Legal review fine thresholds by party type</translation>
    </message>
    <message>
        <source>触发条件含“按当事人类型的标准”时生效；按行政区划代码（* 表示其他辖区）和当事人类型填写，单位：元。[S：各地不同]</source>
        <translation>Applies when the trigger condition includes “threshold by party type”; fill in by administrative division code (* for other areas) and party type, in yuan. [S: varies by locality]</translation>
    </message>
    <message>
        <source>法制审核期限</source>
        <translation>Legal review deadline</translation>
    </message>
    <message>
        <source>自提交审核之日起算（常见规定：7个工作日）。[S]</source>
        <translation>Counted from the day of submission for review (common rule: 7 working days). [S]</translation>
    </message>
    <message>
        <source>法制审核可延长</source>
        <translation>Legal review extension</translation>
    </message>
    <message>
        <source>复杂案件经批准可延长的工作日数。[S]</source>
        <translation>Working days a complex case may be extended by with approval. [S]</translation>
    </message>
    <message>
        <source>案卷评查评分模型文件</source>
        <translation>Case-file evaluation scoring model file</translation>
    </message>
    <message>
        <source>JSON 文件路径；空则用内置模型。</source>
        <translation>JSON file path; leave empty to use the built-in model.</translation>
    </message>
    <message>
        <source>处罚决定公示期限</source>
        <translation>Penalty decision publicity period</translation>
    </message>
    <message>
        <source>国办发〔2018〕118号：7个工作日（national）；省级规定（provincial，浙江20个工作日）；取较严者。[S/P]</source>
        <translation>State Council Office Doc. [2018] No. 118: 7 working days (national); provincial rules (provincial, Zhejiang 20 working days); the stricter applies. [S/P]</translation>
    </message>
    <message>
        <source>变更或撤销后撤下公示的期限</source>
        <translation>Deadline for removing publicity after change or revocation</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第四十八条：3日内撤回（law）；省级规定（provincial）；取较严者。</source>
        <translation>Administrative Penalty Law Art. 48: withdraw within 3 days (law); provincial rules (provincial); the stricter applies.</translation>
    </message>
    <message>
        <source>公示时隐去自然人当事人姓名</source>
        <translation>Hide names of natural-person parties in publicity</translation>
    </message>
    <message>
        <source>勾选后自然人当事人的姓名也显示为“某某”。</source>
        <translation>When checked, natural-person party names are also shown as “XX”.</translation>
    </message>
    <message>
        <source>同案不同罚提示比例</source>
        <translation>Fine-consistency alert ratio</translation>
    </message>
    <message>
        <source>罚款偏离同事项同阶次中位数超过该比例时提示。</source>
        <translation>Alert when a fine deviates from the median for the same matter and level by more than this ratio.</translation>
    </message>
    <message>
        <source>简易程序：公民罚款上限</source>
        <translation>Summary procedure: maximum fine for a citizen</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十一条：对公民处200元以下罚款可当场作出决定。</source>
        <translation>Administrative Penalty Law Art. 51: a fine up to 200 yuan on a citizen may be decided on the spot.</translation>
    </message>
    <message>
        <source>简易程序：法人或其他组织罚款上限</source>
        <translation>Summary procedure: maximum fine for an organisation</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十一条：对法人或其他组织处3000元以下罚款可当场作出决定。</source>
        <translation>Administrative Penalty Law Art. 51: a fine up to 3000 yuan on an organisation may be decided on the spot.</translation>
    </message>
    <message>
        <source>当场收缴罚款上限</source>
        <translation>Maximum fine collected on the spot</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十八条：依法给予100元以下罚款的，可以当场收缴。</source>
        <translation>Administrative Penalty Law Art. 68: fines up to 100 yuan may be collected on the spot.</translation>
    </message>
    <message>
        <source>首违不罚的回溯期</source>
        <translation>Look-back period for a first violation</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第三十三条：初次违法且危害后果轻微并及时改正的，可以不予处罚；“初次”的回溯期由本地确定。[P/U]</source>
        <translation>Administrative Penalty Law Art. 33: a first, minor, promptly corrected violation may go unpunished; the look-back period for “first” is local. [P/U]</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>作出处罚决定的期限</source>
        <translation>Deadline for the penalty decision</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十条：自立案之日起九十日内作出决定；法律、法规、规章另有规定的从其规定。</source>
        <translation>Administrative Penalty Law Art. 60: decide within 90 days of filing, unless another law, regulation or rule says otherwise.</translation>
    </message>
    <message>
        <source>线索核查至立案决定的期限</source>
        <translation>Deadline from clue to filing decision</translation>
    </message>
    <message>
        <source>住建部55号令规定的期限，未核实原文。[U/P]</source>
        <translation>Period of MOHURD Order No. 55; original text not verified. [U/P]</translation>
    </message>
    <message>
        <source>陈述申辩期</source>
        <translation>Statement period</translation>
    </message>
    <message>
        <source>《行政处罚法》第44、45条：告知后当事人陈述、申辩的期限，本地通行做法。[P]</source>
        <translation>Administrative Penalty Law Arts. 44, 45: time for the party&apos;s statement after notice; local practice. [P]</translation>
    </message>
    <message>
        <source>本站点的文号代码</source>
        <translation>Document number code of this station</translation>
    </message>
    <message>
        <source>如 01；同一机关的各站点必须不同，文号才不会重复；空则取站点标识末4位。</source>
        <translation>e.g. 01; each station of the same agency must differ so document numbers don&apos;t repeat; empty uses the last 4 characters of the station ID.</translation>
    </message>
    <message>
        <source>文书正文字体</source>
        <translation>Document body font</translation>
    </message>
    <message>
        <source>字体文件或目录（如 C:/Windows/Fonts/simfang.ttf 仿宋）；空则自动查找宋体/仿宋，再找 AR PL UMing。</source>
        <translation>Font file or folder (e.g. C:/Windows/Fonts/simfang.ttf FangSong); empty to search for SimSun/FangSong, then AR PL UMing.</translation>
    </message>
    <message>
        <source>文书标题字体</source>
        <translation>Document title font</translation>
    </message>
    <message>
        <source>如方正小标宋简体 FZXBSJW.TTF 或黑体 simhei.ttf；空则自动查找。</source>
        <translation>e.g. FZXiaoBiaoSong FZXBSJW.TTF or SimHei simhei.ttf; empty to search automatically.</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>无节假日日历时的等待余量</source>
        <translation>Waiting margin without a holiday calendar</translation>
    </message>
    <message>
        <source>期限所在年份尚未导入国务院放假安排时，依赖该期限的办案步骤（如作出决定）另等的自然日，以免把节假日算作工作日。[P]</source>
        <translation>Extra calendar days that steps depending on a deadline (e.g. making a decision) wait when the State Council holiday schedule for that year is not imported, so holidays are not counted as working days. [P]</translation>
    </message>
    <message>
        <source>“即将到期”提醒</source>
        <translation>“Due soon” warning</translation>
    </message>
    <message>
        <source>距到期多少天内在工作台标为“即将到期”。</source>
        <translation>Days before a deadline when the dashboard marks it “due soon”.</translation>
    </message>
    <message>
        <source>作出决定期限的提前提醒</source>
        <translation>Reminders before the decision deadline</translation>
    </message>
    <message>
        <source>在90日期限到期前的这些天数提醒，用逗号分隔。[P]</source>
        <translation>Remind this many days before the 90-day deadline, separated by commas. [P]</translation>
    </message>
    <message>
        <source>查封、扣押期限</source>
        <translation>Seizure period</translation>
    </message>
    <message>
        <source>《中华人民共和国行政强制法》第二十五条：不得超过三十日。[U]</source>
        <translation>Administrative Compulsion Law Art. 25: at most 30 days. [U]</translation>
    </message>
    <message>
        <source>行政诉讼起诉期限</source>
        <translation>Time limit for a lawsuit</translation>
    </message>
    <message>
        <source>《中华人民共和国行政诉讼法》第四十六条：知道作出行政行为之日起六个月内。[U]</source>
        <translation>Administrative Litigation Law Art. 46: within six months of knowing the act. [U]</translation>
    </message>
    <message>
        <source>月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>行政复议申请期限</source>
        <translation>Time limit for administrative review</translation>
    </message>
    <message>
        <source>《中华人民共和国行政复议法》（2023）第二十条：知道之日起六十日内。[S]</source>
        <translation>Administrative Review Law (2023) Art. 20: within 60 days of knowing. [S]</translation>
    </message>
    <message>
        <source>文号格式</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <source>{agency} 机关简称、{type} 文书代字、{year} 年份、{squad} 中队代码、{station} 站点代码（同一机关各站点互不相同）、{seq} 序号；除 {agency} 外都必须有，文号才不会重复。</source>
        <translation>{agency} agency abbreviation, {type} document code, {year} year, {squad} squad code, {station} station code (different for each station of the agency), {seq} sequence number; all but {agency} are required so that numbers never repeat.</translation>
    </message>
    <message>
        <source>文号序号位数</source>
        <translation>Sequence digits</translation>
    </message>
    <message>
        <source>不足位数时补零。</source>
        <translation>Padded with zeros.</translation>
    </message>
    <message>
        <source>位</source>
        <translation>digits</translation>
    </message>
    <message>
        <source>编号方式</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <source>文书编号按类型独立或按案件共用。</source>
        <translation>Number documents per type, or share the case&apos;s number.</translation>
    </message>
    <message>
        <source>每类文书独立编号</source>
        <translation>Per document type</translation>
    </message>
    <message>
        <source>同一案件各文书共用案件序号</source>
        <translation>One sequence per case</translation>
    </message>
    <message>
        <source>文书代字覆盖</source>
        <translation>Document code overrides</translation>
    </message>
    <message>
        <source>文书类型 → 代字，每行一项，如 penalty_decision=罚；未列出的用内置代字。</source>
        <translation>Document type → code, one per line, e.g. penalty_decision=罚; others keep the built-in code.</translation>
    </message>
    <message>
        <source>登录失败锁定次数</source>
        <translation>Failed logins before lockout</translation>
    </message>
    <message>
        <source>连续登录失败多少次后锁定账户。</source>
        <translation>Consecutive failed logins that lock the account.</translation>
    </message>
    <message>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <source>账户锁定时长</source>
        <translation>Lockout duration</translation>
    </message>
    <message>
        <source>锁定后多少分钟自动解锁。</source>
        <translation>Minutes until a locked account unlocks itself.</translation>
    </message>
    <message>
        <source>分钟</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>空闲自动锁定</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <source>界面空闲多少分钟后自动锁定；0 表示不锁定。</source>
        <translation>Minutes of inactivity before the screen locks; 0 never locks.</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>保存后主窗口立即切换；环境变量 INSPECTOR_LANG 优先。</source>
        <translation>The main window switches as soon as this is saved; the INSPECTOR_LANG environment variable takes precedence.</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>中文字体文件</source>
        <translation>Chinese font file</translation>
    </message>
    <message>
        <source>系统字体之外的备选中文字体文件路径。</source>
        <translation>A Chinese font file to use when the system has none.</translation>
    </message>
    <message>
        <source>草稿自动保存延迟</source>
        <translation>Draft autosave delay</translation>
    </message>
    <message>
        <source>表单停止输入后多久保存草稿。</source>
        <translation>How long after typing stops a draft is saved.</translation>
    </message>
    <message>
        <source>毫秒</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>单个证据文件大小上限</source>
        <translation>Maximum evidence file size</translation>
    </message>
    <message>
        <source>单张照片像素上限</source>
        <translation>Maximum photo size</translation>
    </message>
    <message>
        <source>超过视为解压炸弹拒收。</source>
        <translation>Larger images are refused as decompression bombs.</translation>
    </message>
    <message>
        <source>百万像素</source>
        <translation>megapixels</translation>
    </message>
    <message>
        <source>缩略图边长</source>
        <translation>Thumbnail size</translation>
    </message>
    <message>
        <source>像素</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>导入照片的并行线程数</source>
        <translation>Photo import threads</translation>
    </message>
    <message>
        <source>0 表示按CPU核数。</source>
        <translation>0 uses the number of CPU cores.</translation>
    </message>
    <message>
        <source>定时备份间隔</source>
        <translation>Scheduled backup interval</translation>
    </message>
    <message>
        <source>0 表示不自动备份。</source>
        <translation>0 means no automatic backup.</translation>
    </message>
    <message>
        <source>定时备份保留份数</source>
        <translation>Scheduled backups to keep</translation>
    </message>
    <message>
        <source>超出的最旧备份自动删除。</source>
        <translation>The oldest backups beyond this are deleted automatically.</translation>
    </message>
    <message>
        <source>份</source>
        <translation>copies</translation>
    </message>
    <message>
        <source>定时备份文件夹</source>
        <translation>Scheduled backup folder</translation>
    </message>
    <message>
        <source>建议为另一块磁盘或网络共享；空则为数据目录下的 backups/scheduled。</source>
        <translation>Preferably another disk or a network share; empty uses backups/scheduled in the data folder.</translation>
    </message>
    <message>
        <source>中心数据库连接串</source>
        <translation>Central database connection</translation>
    </message>
    <message>
        <source>PostgreSQL，例如 host=10.0.0.5 dbname=inspector user=station_01</source>
        <translation>PostgreSQL, e.g. host=10.0.0.5 dbname=inspector user=station_01</translation>
    </message>
    <message>
        <source>公民（个人）</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>法人或其他组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>个体工商户</source>
        <translation>Individual business</translation>
    </message>
    <message>
        <source>增加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>Remove selected rows</translation>
    </message>
    <message>
        <source>每行应为“名称=天数”：%1</source>
        <translation>Each line should be “name=days”: %1</translation>
    </message>
    <message>
        <source>每行应为“文书类型=代字”：%1</source>
        <translation>Each line must be “document type=code”: %1</translation>
    </message>
    <message>
        <source>“%1”应为金额（元，最多两位小数）</source>
        <translation>“%1” must be an amount (yuan, at most two decimals)</translation>
    </message>
    <message>
        <source>“%1”应为数字%2</source>
        <translation>“%1” must be a number%2</translation>
    </message>
</context>
<context>
    <name>workflow</name>
    <message>
        <source>当场处罚（简易程序）</source>
        <translation>On-the-spot penalty (simplified procedure)</translation>
    </message>
    <message>
        <source>开始核查</source>
        <translation>Start verification</translation>
    </message>
    <message>
        <source>非现场记录审核</source>
        <translation>Review the device record</translation>
    </message>
    <message>
        <source>立案</source>
        <translation>File a case</translation>
    </message>
    <message>
        <source>不予立案</source>
        <translation>Do not file a case</translation>
    </message>
    <message>
        <source>开始调查取证</source>
        <translation>Start investigation</translation>
    </message>
    <message>
        <source>调查终结</source>
        <translation>End investigation</translation>
    </message>
    <message>
        <source>提交案件审核</source>
        <translation>Submit for case review</translation>
    </message>
    <message>
        <source>提交法制审核</source>
        <translation>Submit for legal review</translation>
    </message>
    <message>
        <source>法制审核意见</source>
        <translation>Legal review opinion</translation>
    </message>
    <message>
        <source>事先告知</source>
        <translation>Prior notice</translation>
    </message>
    <message>
        <source>记录放弃陈述申辩</source>
        <translation>Record waiver of statement and defence</translation>
    </message>
    <message>
        <source>当事人申请听证</source>
        <translation>Party requests a hearing</translation>
    </message>
    <message>
        <source>听证通知</source>
        <translation>Hearing notice</translation>
    </message>
    <message>
        <source>举行听证</source>
        <translation>Hold the hearing</translation>
    </message>
    <message>
        <source>负责人集体讨论</source>
        <translation>Collective discussion by the heads</translation>
    </message>
    <message>
        <source>作出决定</source>
        <translation>Make the decision</translation>
    </message>
    <message>
        <source>案件移送</source>
        <translation>Transfer the case</translation>
    </message>
    <message>
        <source>延长办案期限</source>
        <translation>Extend the handling period</translation>
    </message>
    <message>
        <source>送达决定书</source>
        <translation>Serve the decision</translation>
    </message>
    <message>
        <source>进入执行</source>
        <translation>Start enforcement</translation>
    </message>
    <message>
        <source>登记缴款</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <source>当场收缴罚款上缴</source>
        <translation>Hand in fines collected on the spot</translation>
    </message>
    <message>
        <source>批准延期/分期缴纳</source>
        <translation>Approve deferred/instalment payment</translation>
    </message>
    <message>
        <source>登记复议/诉讼</source>
        <translation>Record reconsideration/litigation</translation>
    </message>
    <message>
        <source>复议/诉讼终结</source>
        <translation>Reconsideration/litigation concluded</translation>
    </message>
    <message>
        <source>送达催告书</source>
        <translation>Serve the demand notice</translation>
    </message>
    <message>
        <source>申请法院强制执行</source>
        <translation>Apply to the court for enforcement</translation>
    </message>
    <message>
        <source>公示处罚决定</source>
        <translation>Publish the penalty decision</translation>
    </message>
    <message>
        <source>登记决定变更/撤销</source>
        <translation>Record a change/revocation of the decision</translation>
    </message>
    <message>
        <source>撤下已公示的决定</source>
        <translation>Withdraw a published decision</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>决定公示</source>
        <translation>Decision published</translation>
    </message>
    <message>
        <source>线索登记</source>
        <translation>Clue logged</translation>
    </message>
    <message>
        <source>缴清罚款</source>
        <translation>Fine paid in full</translation>
    </message>
    <message>
        <source>先行登记保存</source>
        <translation>Evidence registered and preserved</translation>
    </message>
    <message>
        <source>查封扣押</source>
        <translation>Sealing up or seizure</translation>
    </message>
    <message>
        <source>保存物品处理决定</source>
        <translation>Decision on preserved items</translation>
    </message>
    <message>
        <source>接收机关回执</source>
        <translation>Receipt from the receiving authority</translation>
    </message>
    <message>
        <source>说服教育/劝导/指导</source>
        <translation>Persuasion/education/guidance</translation>
    </message>
    <message>
        <source>决定不予公示</source>
        <translation>Decision withheld from publication</translation>
    </message>
    <message>
        <source>裁量表</source>
        <translation>Discretion sheet</translation>
    </message>
    <message>
        <source>听证改期（重新通知）</source>
        <translation>Reschedule hearing (notify again)</translation>
    </message>
    <message>
        <source>变更延期/分期缴纳</source>
        <translation>Change deferral/instalments</translation>
    </message>
    <message>
        <source>再次延长办案期限</source>
        <translation>Extend case deadline again</translation>
    </message>
    <message>
        <source>罚款金额（元）</source>
        <translation>Fine (yuan)</translation>
    </message>
    <message>
        <source>空或0=警告</source>
        <translation>Empty or 0 = warning</translation>
    </message>
    <message>
        <source>责令改正内容（改正要求和期限）</source>
        <translation>Order to correct (what to correct and by when)</translation>
    </message>
    <message>
        <source>已口头告知并听取当事人陈述申辩（第四十四条、第四十五条）</source>
        <translation>Party notified orally and statement and defence heard (Art. 44, Art. 45)</translation>
    </message>
    <message>
        <source>裁量说理（金额不在推荐阶次内时必填）</source>
        <translation>Discretion reasoning (required when the amount is outside the recommended level)</translation>
    </message>
    <message>
        <source>金额在推荐阶次内时可空</source>
        <translation>May be empty when the amount is within the recommended level</translation>
    </message>
    <message>
        <source>减轻处罚（具备第三十条或第三十二条情形）</source>
        <translation>Mitigated penalty (circumstances of Art. 30 or Art. 32)</translation>
    </message>
    <message>
        <source>与当事人同日另案罚款系另一违法行为的理由（第二十九条）</source>
        <translation>Why another fine on the party the same day is for a different violation (Art. 29)</translation>
    </message>
    <message>
        <source>当事人同日有另案罚款时必填</source>
        <translation>Required when the party has another fine on the same day</translation>
    </message>
    <message>
        <source>当场收缴罚款（第六十八条、第六十九条）</source>
        <translation>Fine collected on the spot (Art. 68, Art. 69)</translation>
    </message>
    <message>
        <source>当场收缴理由</source>
        <translation>Ground for collecting on the spot</translation>
    </message>
    <message>
        <source>罚款在限额以下</source>
        <translation>Fine below the limit</translation>
    </message>
    <message>
        <source>不当场收缴事后难以执行</source>
        <translation>Hard to enforce later if not collected on the spot</translation>
    </message>
    <message>
        <source>边远、水上、交通不便地区，当事人提出</source>
        <translation>Remote, on-water or poorly accessible area, at the party&apos;s request</translation>
    </message>
    <message>
        <source>专用票据号码（第七十条）</source>
        <translation>Official receipt number (Art. 70)</translation>
    </message>
    <message>
        <source>当场收缴时必填</source>
        <translation>Required when collected on the spot</translation>
    </message>
    <message>
        <source>涉及公民生命健康安全、金融安全且有危害后果（追责时效延长，第三十六条）</source>
        <translation>Concerns citizens&apos; life, health or financial safety with harmful consequences (longer limitation period, Art. 36)</translation>
    </message>
    <message>
        <source>不予立案理由</source>
        <translation>Reason for not filing a case</translation>
    </message>
    <message>
        <source>符合要求（记录真实、清楚、完整、准确）</source>
        <translation>Fit (the record is true, clear, complete and accurate)</translation>
    </message>
    <message>
        <source>不符合要求（不得作为处罚证据，不予立案）</source>
        <translation>Unfit (cannot be evidence; the case is not filed)</translation>
    </message>
    <message>
        <source>审核意见（不符合要求时必填）</source>
        <translation>Review comment (required when unfit)</translation>
    </message>
    <message>
        <source>符合要求时可空</source>
        <translation>may be empty when fit</translation>
    </message>
    <message>
        <source>情节复杂或重大违法行为，须负责人集体讨论（第五十七条第二款）</source>
        <translation>Complex circumstances or serious violation: collective discussion by the heads required (Art. 57(2))</translation>
    </message>
    <message>
        <source>须法制审核的情形（第五十八条）</source>
        <translation>Circumstances requiring legal review (Art. 58)</translation>
    </message>
    <message>
        <source>涉及重大公共利益（第五十八条第一款第（一）项）</source>
        <translation>Involves major public interest (Art. 58(1) item 1)</translation>
    </message>
    <message>
        <source>案情疑难复杂、涉及多个法律关系（第五十八条第一款第（三）项）</source>
        <translation>Difficult and complex case involving several legal relationships (Art. 58(1) item 3)</translation>
    </message>
    <message>
        <source>法律、法规规定的其他情形（第五十八条第一款第（四）项）</source>
        <translation>Other circumstances provided by laws and regulations (Art. 58(1) item 4)</translation>
    </message>
    <message>
        <source>审核结论（第五十八条）</source>
        <translation>Review conclusion (Art. 58)</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>修改后同意</source>
        <translation>Approved after changes</translation>
    </message>
    <message>
        <source>退回补充调查</source>
        <translation>Returned for further investigation</translation>
    </message>
    <message>
        <source>不同意</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <source>结论不是“同意”时必填</source>
        <translation>Required unless the conclusion is “Approved”</translation>
    </message>
    <message>
        <source>拟罚款金额（元，空=按裁量表）</source>
        <translation>Proposed fine (yuan; empty = per the discretion sheet)</translation>
    </message>
    <message>
        <source>拟没收较大数额财物、吊销许可证、责令停产停业等（第六十三条）</source>
        <translation>Intends to confiscate property of a large value, revoke a licence, order suspension of production or business, etc. (Art. 63)</translation>
    </message>
    <message>
        <source>拟强制拆除（本地规定须法制审核的情形）</source>
        <translation>Intends forced demolition (legal review required by local rules)</translation>
    </message>
    <message>
        <source>送达日期</source>
        <translation>Date of service</translation>
    </message>
    <message>
        <source>空=办案日期；不早于办案日期、不晚于今天</source>
        <translation>Empty = the handling date; not before the handling date, not after today</translation>
    </message>
    <message>
        <source>书面放弃声明（编号或说明）</source>
        <translation>Written waiver (number or description)</translation>
    </message>
    <message>
        <source>听证日期</source>
        <translation>Hearing date</translation>
    </message>
    <message>
        <source>须在通知后留足法定的听证通知期</source>
        <translation>Must leave the statutory hearing notice period after the notice</translation>
    </message>
    <message>
        <source>讨论结论</source>
        <translation>Conclusion of the discussion</translation>
    </message>
    <message>
        <source>决定类型（第五十七条）</source>
        <translation>Type of decision (Art. 57)</translation>
    </message>
    <message>
        <source>给予行政处罚</source>
        <translation>Impose an administrative penalty</translation>
    </message>
    <message>
        <source>不予行政处罚（轻微）</source>
        <translation>No administrative penalty (minor)</translation>
    </message>
    <message>
        <source>违法事实不能成立，不予行政处罚</source>
        <translation>No administrative penalty: the violation is not established</translation>
    </message>
    <message>
        <source>移送司法机关</source>
        <translation>Transfer to the judicial authorities</translation>
    </message>
    <message>
        <source>罚款金额（元，空=按告知金额）</source>
        <translation>Fine (yuan; empty = the notified amount)</translation>
    </message>
    <message>
        <source>不得高于告知金额</source>
        <translation>Must not exceed the notified amount</translation>
    </message>
    <message>
        <source>教育情况（不予处罚时必填）</source>
        <translation>Education given (required when no penalty is imposed)</translation>
    </message>
    <message>
        <source>接收机关（移送时必填）</source>
        <translation>Receiving authority (required for a transfer)</translation>
    </message>
    <message>
        <source>不予处罚的理由</source>
        <translation>Ground for no penalty</translation>
    </message>
    <message>
        <source>按裁量表记录的情形确定</source>
        <translation>As recorded on the discretion sheet</translation>
    </message>
    <message>
        <source>违法行为轻微并及时改正，没有造成危害后果（第三十三条第一款）</source>
        <translation>Minor violation corrected promptly without harmful consequences (Art. 33(1))</translation>
    </message>
    <message>
        <source>初次违法且危害后果轻微并及时改正（第三十三条第一款）</source>
        <translation>First violation with minor harmful consequences, corrected promptly (Art. 33(1))</translation>
    </message>
    <message>
        <source>有证据足以证明没有主观过错（第三十三条第二款）</source>
        <translation>Sufficient evidence of no subjective fault (Art. 33(2))</translation>
    </message>
    <message>
        <source>违法时不满十四周岁（第三十条）</source>
        <translation>Under 14 at the time of the violation (Art. 30)</translation>
    </message>
    <message>
        <source>精神病人、智力残疾人不能辨认或控制自己行为时违法（第三十一条）</source>
        <translation>Violation by a person with a mental illness or intellectual disability unable to recognise or control their conduct (Art. 31)</translation>
    </message>
    <message>
        <source>违法行为在法定期限内未被发现（第三十六条）</source>
        <translation>Violation not discovered within the statutory period (Art. 36)</translation>
    </message>
    <message>
        <source>违法事实不能成立（第五十七条第一款第（三）项）</source>
        <translation>Violation not established (Art. 57(1) item 3)</translation>
    </message>
    <message>
        <source>接收机关类型</source>
        <translation>Type of receiving authority</translation>
    </message>
    <message>
        <source>司法机关</source>
        <translation>Judicial authority</translation>
    </message>
    <message>
        <source>行政机关</source>
        <translation>Administrative authority</translation>
    </message>
    <message>
        <source>移送依据</source>
        <translation>Legal basis for the transfer</translation>
    </message>
    <message>
        <source>接收机关</source>
        <translation>Receiving authority</translation>
    </message>
    <message>
        <source>移送理由</source>
        <translation>Reason for the transfer</translation>
    </message>
    <message>
        <source>延长天数</source>
        <translation>Days of extension</translation>
    </message>
    <message>
        <source>延长理由（经负责人批准）</source>
        <translation>Reason for the extension (approved by the head)</translation>
    </message>
    <message>
        <source>延长的期限</source>
        <translation>Period extended</translation>
    </message>
    <message>
        <source>作出处罚决定（立案后90日）（第六十条）</source>
        <translation>Penalty decision (90 days after filing) (Art. 60)</translation>
    </message>
    <message>
        <source>查封扣押期限（《中华人民共和国行政强制法》第二十五条）</source>
        <translation>Sealing-up/seizure period (Administrative Coercion Law Art. 25)</translation>
    </message>
    <message>
        <source>送达方式（第六十一条）</source>
        <translation>Method of service (Art. 61)</translation>
    </message>
    <message>
        <source>直接送达</source>
        <translation>Direct service</translation>
    </message>
    <message>
        <source>留置送达</source>
        <translation>Service by leaving at the premises</translation>
    </message>
    <message>
        <source>委托送达</source>
        <translation>Service by entrusted agent</translation>
    </message>
    <message>
        <source>邮寄送达</source>
        <translation>Service by post</translation>
    </message>
    <message>
        <source>公告送达</source>
        <translation>Service by public announcement</translation>
    </message>
    <message>
        <source>电子送达</source>
        <translation>Electronic service</translation>
    </message>
    <message>
        <source>电子送达确认书编号</source>
        <translation>Electronic service consent form number</translation>
    </message>
    <message>
        <source>电子送达时必填</source>
        <translation>Required for electronic service</translation>
    </message>
    <message>
        <source>缴款金额（元）</source>
        <translation>Amount paid (yuan)</translation>
    </message>
    <message>
        <source>批准缴纳期限</source>
        <translation>Approved payment deadline</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>行政复议</source>
        <translation>Administrative reconsideration</translation>
    </message>
    <message>
        <source>行政诉讼</source>
        <translation>Administrative litigation</translation>
    </message>
    <message>
        <source>决定的变化</source>
        <translation>What happened to the decision</translation>
    </message>
    <message>
        <source>决定撤销</source>
        <translation>Decision revoked</translation>
    </message>
    <message>
        <source>决定变更</source>
        <translation>Decision changed</translation>
    </message>
    <message>
        <source>确认违法</source>
        <translation>Confirmed unlawful</translation>
    </message>
    <message>
        <source>确认无效</source>
        <translation>Confirmed void</translation>
    </message>
    <message>
        <source>变更、撤销或确认违法、无效的原因</source>
        <translation>Reason for the change, revocation, or finding of illegality or invalidity</translation>
    </message>
    <message>
        <source>变更后的罚款金额（元）</source>
        <translation>Fine after the change (yuan)</translation>
    </message>
    <message>
        <source>决定变更时必填；尚未公示的决定按变更后的内容重新起草公示记录</source>
        <translation>Required when the decision was changed; a decision not yet published has its publication record redrafted from the changed decision</translation>
    </message>
    <message>
        <source>撤下说明（公开说明的理由）</source>
        <translation>Withdrawal statement (the reason made public)</translation>
    </message>
    <message>
        <source>不填则沿用登记决定变更/撤销时的原因</source>
        <translation>Leave empty to use the reason recorded with the change or revocation</translation>
    </message>
    <message>
        <source>办案日期</source>
        <translation>Handling date</translation>
    </message>
    <message>
        <source>空=今天；不得晚于今天或早于上一步骤</source>
        <translation>Empty = today; not after today nor before the previous step</translation>
    </message>
    <message>
        <source>从文号登记簿取得案件编号（案号），此后不能更改</source>
        <translation>Take the case number from the document number register; it cannot be changed afterwards</translation>
    </message>
    <message>
        <source>出具《{0}》并登记文号</source>
        <translation>Issue the {0} and register its document number</translation>
    </message>
    <message>
        <source>开始计算{0}（{1}，{2}）</source>
        <translation>Start the time limit: {0} ({1}, {2})</translation>
    </message>
    <message>
        <source>勾选当场收缴罚款的，同时登记缴清罚款，不计算缴款期限（{0}）；收缴的罚款须在{1}内交至本机关（{2}）</source>
        <translation>If the fine is collected on the spot, record it as paid at the same time, with no payment period ({0}); the cash must be handed in to the agency within {1} ({2})</translation>
    </message>
    <message>
        <source>{0}个工作日</source>
        <translation>{0} working days</translation>
    </message>
    <message>
        <source>{0}日</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <source>{0}个月</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <source>{0}年</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <source>线索核查·立案决定</source>
        <translation>Clue verification · filing decision</translation>
    </message>
    <message>
        <source>追责时效（2年）</source>
        <translation>Limitation period (2 years)</translation>
    </message>
    <message>
        <source>先行登记保存·处理决定</source>
        <translation>Evidence preservation · decision on the items</translation>
    </message>
    <message>
        <source>查封扣押期限</source>
        <translation>Sealing-up/seizure period</translation>
    </message>
    <message>
        <source>陈述申辩期</source>
        <translation>Statement period</translation>
    </message>
    <message>
        <source>听证申请期</source>
        <translation>Hearing request period</translation>
    </message>
    <message>
        <source>听证通知至举行（至少7个工作日）</source>
        <translation>Hearing notice to hearing (at least 7 working days)</translation>
    </message>
    <message>
        <source>作出处罚决定（立案后90日）</source>
        <translation>Penalty decision (90 days after filing)</translation>
    </message>
    <message>
        <source>行政处罚决定公示</source>
        <translation>Publication of the penalty decision</translation>
    </message>
    <message>
        <source>缴纳罚款（送达后15日）</source>
        <translation>Payment of the fine (15 days after service)</translation>
    </message>
    <message>
        <source>催告后申请强制执行的等待期</source>
        <translation>Wait after the demand notice before applying for enforcement</translation>
    </message>
    <message>
        <source>申请法院强制执行期限</source>
        <translation>Period to apply to the court for enforcement</translation>
    </message>
    <message>
        <source>行政复议申请期</source>
        <translation>Period to apply for administrative reconsideration</translation>
    </message>
    <message>
        <source>行政诉讼起诉期</source>
        <translation>Period to bring administrative litigation</translation>
    </message>
    <message>
        <source>追责时效（5年）</source>
        <translation>Limitation period (5 years)</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第四条</source>
        <translation>Administrative Penalty Law Art. 4</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五条</source>
        <translation>Administrative Penalty Law Art. 5</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第二十七条</source>
        <translation>Administrative Penalty Law Art. 27</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第二十八条</source>
        <translation>Administrative Penalty Law Art. 28</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第二十九条</source>
        <translation>Administrative Penalty Law Art. 29</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第三十条</source>
        <translation>Administrative Penalty Law Art. 30</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第三十一条</source>
        <translation>Administrative Penalty Law Art. 31</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第三十二条</source>
        <translation>Administrative Penalty Law Art. 32</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第三十三条</source>
        <translation>Administrative Penalty Law Art. 33</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第三十四条</source>
        <translation>Administrative Penalty Law Art. 34</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第三十六条</source>
        <translation>Administrative Penalty Law Art. 36</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第三十七条</source>
        <translation>Administrative Penalty Law Art. 37</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第四十一条</source>
        <translation>Administrative Penalty Law Art. 41</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第四十二条</source>
        <translation>Administrative Penalty Law Art. 42</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第四十四条</source>
        <translation>Administrative Penalty Law Art. 44</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第四十五条</source>
        <translation>Administrative Penalty Law Art. 45</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第四十七条</source>
        <translation>Administrative Penalty Law Art. 47</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第四十八条</source>
        <translation>Administrative Penalty Law Art. 48</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十一条</source>
        <translation>Administrative Penalty Law Art. 51</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十二条</source>
        <translation>Administrative Penalty Law Art. 52</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十四条</source>
        <translation>Administrative Penalty Law Art. 54</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十五条</source>
        <translation>Administrative Penalty Law Art. 55</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十六条</source>
        <translation>Administrative Penalty Law Art. 56</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十七条</source>
        <translation>Administrative Penalty Law Art. 57</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十九条</source>
        <translation>Administrative Penalty Law Art. 59</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十八条</source>
        <translation>Administrative Penalty Law Art. 58</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十条</source>
        <translation>Administrative Penalty Law Art. 60</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十一条</source>
        <translation>Administrative Penalty Law Art. 61</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十二条</source>
        <translation>Administrative Penalty Law Art. 62</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十三条</source>
        <translation>Administrative Penalty Law Art. 63</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十四条</source>
        <translation>Administrative Penalty Law Art. 64</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十五条</source>
        <translation>Administrative Penalty Law Art. 65</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十六条</source>
        <translation>Administrative Penalty Law Art. 66</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十七条</source>
        <translation>Administrative Penalty Law Art. 67</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十八条</source>
        <translation>Administrative Penalty Law Art. 68</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十九条</source>
        <translation>Administrative Penalty Law Art. 69</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第七十条</source>
        <translation>Administrative Penalty Law Art. 70</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第七十一条</source>
        <translation>Administrative Penalty Law Art. 71</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第七十二条</source>
        <translation>Administrative Penalty Law Art. 72</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第七十三条</source>
        <translation>Administrative Penalty Law Art. 73</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第八十五条</source>
        <translation>Administrative Penalty Law Art. 85</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第三十三条第一款</source>
        <translation>Administrative Penalty Law Art. 33(1)</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第三十三条第二款</source>
        <translation>Administrative Penalty Law Art. 33(2)</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第三十三条第三款</source>
        <translation>Administrative Penalty Law Art. 33(3)</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第四十一条第一款</source>
        <translation>Administrative Penalty Law Art. 41 ¶1</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第四十一条第二款</source>
        <translation>Administrative Penalty Law Art. 41 ¶2</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第四十一条第三款</source>
        <translation>Administrative Penalty Law Art. 41 ¶3</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十七条第一款第（三）项</source>
        <translation>Administrative Penalty Law Art. 57(1) item 3</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十七条第一款第（四）项</source>
        <translation>Administrative Penalty Law Art. 57(1) item 4</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十七条第二款</source>
        <translation>Administrative Penalty Law Art. 57(2)</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十八条第二款</source>
        <translation>Administrative Penalty Law Art. 58(2)</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十一条第二款</source>
        <translation>Administrative Penalty Law Art. 61(2)</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十四条第（一）项</source>
        <translation>Administrative Penalty Law Art. 64 item 1</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十四条第（二）项</source>
        <translation>Administrative Penalty Law Art. 64 item 2</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十六条第二款</source>
        <translation>Administrative Penalty Law Art. 66(2)</translation>
    </message>
    <message>
        <source>《中华人民共和国行政强制法》第二十五条</source>
        <translation>Administrative Coercion Law Art. 25</translation>
    </message>
    <message>
        <source>《中华人民共和国行政强制法》第三十五条</source>
        <translation>Administrative Coercion Law Art. 35</translation>
    </message>
    <message>
        <source>《中华人民共和国行政强制法》第四十条第（四）项</source>
        <translation>Administrative Coercion Law Art. 40 (4)</translation>
    </message>
    <message>
        <source>《中华人民共和国行政强制法》第四十一条</source>
        <translation>Administrative Coercion Law Art. 41</translation>
    </message>
    <message>
        <source>《中华人民共和国行政强制法》第四十五条</source>
        <translation>Administrative Coercion Law Art. 45</translation>
    </message>
    <message>
        <source>《中华人民共和国行政强制法》第五十三条</source>
        <translation>Administrative Coercion Law Art. 53</translation>
    </message>
    <message>
        <source>《中华人民共和国行政强制法》第五十四条</source>
        <translation>Administrative Coercion Law Art. 54</translation>
    </message>
    <message>
        <source>《中华人民共和国行政强制法》第五十五条</source>
        <translation>Administrative Coercion Law Art. 55</translation>
    </message>
    <message>
        <source>《中华人民共和国行政复议法》第二十条</source>
        <translation>Administrative Reconsideration Law Art. 20</translation>
    </message>
    <message>
        <source>《中华人民共和国行政诉讼法》第四十六条</source>
        <translation>Administrative Litigation Law Art. 46</translation>
    </message>
    <message>
        <source>《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）</source>
        <translation>General Office of the State Council, Guiding Opinions on Fully Implementing the Enforcement Publicity, Whole-Process Recording and Legal Review of Major Enforcement Decisions Systems (Guo Ban Fa [2018] No. 118)</translation>
    </message>
    <message>
        <source>《住房和城乡建设行政处罚程序规定》（住房和城乡建设部令第55号）（条文待核实）</source>
        <translation>Provisions on Administrative Penalty Procedures for Housing and Urban-Rural Development (MOHURD Order No. 55) (article to be verified)</translation>
    </message>
    <message>
        <source>行政处罚裁量基准适用规则（说理）</source>
        <translation>Rules for applying the discretion benchmarks (reasoning)</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五章</source>
        <translation>Administrative Penalty Law Chapter 5</translation>
    </message>
    <message>
        <source>立案审批表</source>
        <translation>Case filing approval form</translation>
    </message>
    <message>
        <source>不予立案审批表</source>
        <translation>Non-filing approval form</translation>
    </message>
    <message>
        <source>证据先行登记保存通知书</source>
        <translation>Notice of evidence registration and preservation</translation>
    </message>
    <message>
        <source>先行登记保存物品处理决定书</source>
        <translation>Decision on preserved items</translation>
    </message>
    <message>
        <source>责令改正通知书</source>
        <translation>Order to correct</translation>
    </message>
    <message>
        <source>行政处罚事先告知书</source>
        <translation>Prior notice of administrative penalty</translation>
    </message>
    <message>
        <source>陈述申辩笔录</source>
        <translation>Record of statement and defence</translation>
    </message>
    <message>
        <source>陈述申辩复核意见书</source>
        <translation>Review opinion on the statement and defence</translation>
    </message>
    <message>
        <source>听证告知书</source>
        <translation>Notice of the right to a hearing</translation>
    </message>
    <message>
        <source>听证通知书</source>
        <translation>Hearing notice</translation>
    </message>
    <message>
        <source>听证笔录</source>
        <translation>Hearing record</translation>
    </message>
    <message>
        <source>案件调查终结报告</source>
        <translation>Investigation conclusion report</translation>
    </message>
    <message>
        <source>法制审核意见书</source>
        <translation>Legal review opinion</translation>
    </message>
    <message>
        <source>重大案件集体讨论记录</source>
        <translation>Record of collective discussion of a major case</translation>
    </message>
    <message>
        <source>案件处理审批表</source>
        <translation>Case handling approval form</translation>
    </message>
    <message>
        <source>行政处罚决定书</source>
        <translation>Administrative penalty decision</translation>
    </message>
    <message>
        <source>当场行政处罚决定书</source>
        <translation>On-the-spot administrative penalty decision</translation>
    </message>
    <message>
        <source>不予行政处罚决定书</source>
        <translation>Decision not to impose an administrative penalty</translation>
    </message>
    <message>
        <source>送达回证</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <source>案件移送函</source>
        <translation>Case transfer letter</translation>
    </message>
    <message>
        <source>询问笔录</source>
        <translation>Interview record</translation>
    </message>
    <message>
        <source>现场检查（勘验）笔录</source>
        <translation>On-site inspection (examination) record</translation>
    </message>
    <message>
        <source>延期（分期）缴纳罚款审批表</source>
        <translation>Approval form for deferred (instalment) payment of a fine</translation>
    </message>
    <message>
        <source>催告书</source>
        <translation>Demand notice</translation>
    </message>
    <message>
        <source>强制执行申请书</source>
        <translation>Application for compulsory enforcement</translation>
    </message>
    <message>
        <source>结案报告</source>
        <translation>Case closing report</translation>
    </message>
    <message>
        <source>案由</source>
        <translation>Cause of action</translation>
    </message>
    <message>
        <source>案件来源</source>
        <translation>Case source</translation>
    </message>
    <message>
        <source>当事人姓名或名称</source>
        <translation>Party&apos;s name</translation>
    </message>
    <message>
        <source>当事人身份证件或统一社会信用代码</source>
        <translation>Party&apos;s ID document or unified social credit code</translation>
    </message>
    <message>
        <source>当事人住址或住所</source>
        <translation>Party&apos;s address or domicile</translation>
    </message>
    <message>
        <source>法定代表人（负责人）</source>
        <translation>Legal representative (person in charge)</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Date discovered</translation>
    </message>
    <message>
        <source>违法行为发生日期</source>
        <translation>Date of the violation</translation>
    </message>
    <message>
        <source>案情简述</source>
        <translation>Summary of the case</translation>
    </message>
    <message>
        <source>执法人员（不少于两名，附执法证号）</source>
        <translation>Enforcement officers (at least two, with badge numbers)</translation>
    </message>
    <message>
        <source>承办人意见</source>
        <translation>Case officer&apos;s opinion</translation>
    </message>
    <message>
        <source>承办机构意见</source>
        <translation>Handling unit&apos;s opinion</translation>
    </message>
    <message>
        <source>分管负责人意见</source>
        <translation>Opinion of the head in charge</translation>
    </message>
    <message>
        <source>主要负责人意见</source>
        <translation>Opinion of the principal head</translation>
    </message>
    <message>
        <source>线索来源</source>
        <translation>Clue source</translation>
    </message>
    <message>
        <source>线索及核查情况</source>
        <translation>Clue and verification</translation>
    </message>
    <message>
        <source>不予立案的理由</source>
        <translation>Reason for not filing a case</translation>
    </message>
    <message>
        <source>负责人审批意见</source>
        <translation>Head&apos;s approval opinion</translation>
    </message>
    <message>
        <source>登记保存理由</source>
        <translation>Reason for registration and preservation</translation>
    </message>
    <message>
        <source>批准的执法机关负责人</source>
        <translation>Approving head of the agency</translation>
    </message>
    <message>
        <source>批准时间</source>
        <translation>Time of approval</translation>
    </message>
    <message>
        <source>登记保存物品清单</source>
        <translation>List of items registered and preserved</translation>
    </message>
    <message>
        <source>保存地点和方式</source>
        <translation>Place and manner of preservation</translation>
    </message>
    <message>
        <source>执法机关地址</source>
        <translation>Agency address</translation>
    </message>
    <message>
        <source>邮政编码</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>先行登记保存日期</source>
        <translation>Date of registration and preservation</translation>
    </message>
    <message>
        <source>证据先行登记保存通知书文号</source>
        <translation>Number of the notice of evidence registration and preservation</translation>
    </message>
    <message>
        <source>处理的物品</source>
        <translation>Items dealt with</translation>
    </message>
    <message>
        <source>违法事实（时间、地点、行为）</source>
        <translation>Facts of the violation (time, place, conduct)</translation>
    </message>
    <message>
        <source>违反的法律规定</source>
        <translation>Provisions violated</translation>
    </message>
    <message>
        <source>责令改正的依据</source>
        <translation>Legal basis of the order to correct</translation>
    </message>
    <message>
        <source>改正要求</source>
        <translation>What must be corrected</translation>
    </message>
    <message>
        <source>改正期限</source>
        <translation>Deadline for correction</translation>
    </message>
    <message>
        <source>违法事实</source>
        <translation>Facts of the violation</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>处罚依据</source>
        <translation>Legal basis of the penalty</translation>
    </message>
    <message>
        <source>拟作出的行政处罚</source>
        <translation>Intended administrative penalty</translation>
    </message>
    <message>
        <source>陈述申辩期限（具体日期）</source>
        <translation>Deadline for statement and defence (date)</translation>
    </message>
    <message>
        <source>听证权利告知（适用听证时）</source>
        <translation>Notice of the right to a hearing (where a hearing applies)</translation>
    </message>
    <message>
        <source>电子技术监控记录的查询和陈述申辩途径（非现场执法案件）</source>
        <translation>How to look up the monitoring record and make a statement (non-contact cases)</translation>
    </message>
    <message>
        <source>陈述申辩时间</source>
        <translation>Time of statement and defence</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>当事人的陈述和申辩（事实、理由、证据）</source>
        <translation>Party&apos;s statement and defence (facts, reasons, evidence)</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>告知的拟处罚内容</source>
        <translation>Intended penalty notified</translation>
    </message>
    <message>
        <source>当事人陈述申辩要点</source>
        <translation>Main points of the party&apos;s statement and defence</translation>
    </message>
    <message>
        <source>复核情况</source>
        <translation>Review of the statement</translation>
    </message>
    <message>
        <source>复核意见（采纳、部分采纳或不予采纳及理由）</source>
        <translation>Review opinion (accepted, partly accepted or not accepted, with reasons)</translation>
    </message>
    <message>
        <source>听证时间</source>
        <translation>Hearing time</translation>
    </message>
    <message>
        <source>听证地点</source>
        <translation>Hearing place</translation>
    </message>
    <message>
        <source>听证主持人</source>
        <translation>Hearing presiding officer</translation>
    </message>
    <message>
        <source>是否公开举行</source>
        <translation>Held in public or not</translation>
    </message>
    <message>
        <source>公开或不公开举行（第六十四条第三项）</source>
        <translation>Public or non-public hearing (Art. 64 item 3)</translation>
    </message>
    <message>
        <source>听证员</source>
        <translation>Hearing officers</translation>
    </message>
    <message>
        <source>记录员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>当事人及其代理人</source>
        <translation>Party and agent</translation>
    </message>
    <message>
        <source>听证经过（调查人员提出的事实、证据和处罚建议；当事人的申辩和质证）</source>
        <translation>Course of the hearing (facts, evidence and proposed penalty from the investigators; the party&apos;s defence and cross-examination)</translation>
    </message>
    <message>
        <source>当事人最后陈述</source>
        <translation>Party&apos;s final statement</translation>
    </message>
    <message>
        <source>调查经过</source>
        <translation>Course of the investigation</translation>
    </message>
    <message>
        <source>查明的违法事实</source>
        <translation>Violation found</translation>
    </message>
    <message>
        <source>证据清单</source>
        <translation>List of evidence</translation>
    </message>
    <message>
        <source>定性</source>
        <translation>Legal characterisation</translation>
    </message>
    <message>
        <source>违法依据</source>
        <translation>Provisions violated</translation>
    </message>
    <message>
        <source>裁量情节及证据</source>
        <translation>Discretion circumstances and evidence</translation>
    </message>
    <message>
        <source>适用的裁量基准档次及幅度</source>
        <translation>Discretion benchmark level and range applied</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>Proposed handling</translation>
    </message>
    <message>
        <source>法制审核／集体讨论</source>
        <translation>Legal review / collective discussion</translation>
    </message>
    <message>
        <source>审核人员</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>法律职业资格</source>
        <translation>Legal professional qualification</translation>
    </message>
    <message>
        <source>审核事项</source>
        <translation>Matters reviewed</translation>
    </message>
    <message>
        <source>审核结论</source>
        <translation>Review conclusion</translation>
    </message>
    <message>
        <source>讨论时间</source>
        <translation>Time of the discussion</translation>
    </message>
    <message>
        <source>讨论地点</source>
        <translation>Place of the discussion</translation>
    </message>
    <message>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>案情简介</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>讨论意见（逐人记录）</source>
        <translation>Opinions expressed (recorded per person)</translation>
    </message>
    <message>
        <source>讨论决定</source>
        <translation>Decision of the discussion</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>立案日期</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <source>处理意见（处罚种类和幅度）</source>
        <translation>Proposed handling (type and range of penalty)</translation>
    </message>
    <message>
        <source>对陈述申辩意见的采纳情况及理由</source>
        <translation>Whether the statement and defence were accepted, and why</translation>
    </message>
    <message>
        <source>裁量理由（档次与情节）</source>
        <translation>Discretion reasoning (level and circumstances)</translation>
    </message>
    <message>
        <source>处罚种类和内容</source>
        <translation>Type and content of the penalty</translation>
    </message>
    <message>
        <source>责令改正内容</source>
        <translation>Correction ordered</translation>
    </message>
    <message>
        <source>罚款缴纳银行</source>
        <translation>Bank for paying the fine</translation>
    </message>
    <message>
        <source>收款户名</source>
        <translation>Payee account name</translation>
    </message>
    <message>
        <source>收款账号</source>
        <translation>Payee account number</translation>
    </message>
    <message>
        <source>行政复议机关</source>
        <translation>Administrative reconsideration authority</translation>
    </message>
    <message>
        <source>行政诉讼法院</source>
        <translation>Court for administrative litigation</translation>
    </message>
    <message>
        <source>缴款期限（第六十七条）</source>
        <translation>Payment deadline (Art. 67)</translation>
    </message>
    <message>
        <source>行政复议申请期限</source>
        <translation>Deadline to apply for administrative reconsideration</translation>
    </message>
    <message>
        <source>行政诉讼起诉期限</source>
        <translation>Deadline to bring administrative litigation</translation>
    </message>
    <message>
        <source>违法时间</source>
        <translation>Time of the violation</translation>
    </message>
    <message>
        <source>违法地点</source>
        <translation>Place of the violation</translation>
    </message>
    <message>
        <source>违法行为</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>处罚种类和罚款数额</source>
        <translation>Type of penalty and amount of the fine</translation>
    </message>
    <message>
        <source>告知及陈述申辩情况</source>
        <translation>Notification and statement and defence</translation>
    </message>
    <message>
        <source>缴纳方式</source>
        <translation>Method of payment</translation>
    </message>
    <message>
        <source>逾期不缴纳罚款的后果</source>
        <translation>Consequences of paying late</translation>
    </message>
    <message>
        <source>查明的事实</source>
        <translation>Facts found</translation>
    </message>
    <message>
        <source>不予处罚的具体理由和依据</source>
        <translation>Specific reasons and legal basis for no penalty</translation>
    </message>
    <message>
        <source>教育情况</source>
        <translation>Education given</translation>
    </message>
    <message>
        <source>受送达人</source>
        <translation>Person served</translation>
    </message>
    <message>
        <source>送达文书名称</source>
        <translation>Title of the document served</translation>
    </message>
    <message>
        <source>送达文书文号</source>
        <translation>Number of the document served</translation>
    </message>
    <message>
        <source>送达时间</source>
        <translation>Time of service</translation>
    </message>
    <message>
        <source>送达地点</source>
        <translation>Place of service</translation>
    </message>
    <message>
        <source>送达方式</source>
        <translation>Method of service</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>移送材料清单</source>
        <translation>List of materials transferred</translation>
    </message>
    <message>
        <source>询问开始时间</source>
        <translation>Interview start time</translation>
    </message>
    <message>
        <source>询问结束时间</source>
        <translation>Interview end time</translation>
    </message>
    <message>
        <source>询问地点</source>
        <translation>Interview place</translation>
    </message>
    <message>
        <source>被询问人</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>身份证件号码</source>
        <translation>ID document number</translation>
    </message>
    <message>
        <source>工作单位及职务</source>
        <translation>Employer and position</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>与本案关系</source>
        <translation>Relation to the case</translation>
    </message>
    <message>
        <source>询问内容（问答）</source>
        <translation>Interview (questions and answers)</translation>
    </message>
    <message>
        <source>检查开始时间</source>
        <translation>Inspection start time</translation>
    </message>
    <message>
        <source>检查结束时间</source>
        <translation>Inspection end time</translation>
    </message>
    <message>
        <source>检查地点</source>
        <translation>Inspection place</translation>
    </message>
    <message>
        <source>当事人证件号码</source>
        <translation>Party&apos;s ID number</translation>
    </message>
    <message>
        <source>当事人住址</source>
        <translation>Party&apos;s address</translation>
    </message>
    <message>
        <source>现场负责人</source>
        <translation>Person in charge on site</translation>
    </message>
    <message>
        <source>现场情况</source>
        <translation>On-site situation</translation>
    </message>
    <message>
        <source>测量情况</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>照片及视听资料清单</source>
        <translation>List of photos and audio-visual material</translation>
    </message>
    <message>
        <source>当事人意见</source>
        <translation>Party&apos;s opinion</translation>
    </message>
    <message>
        <source>行政处罚决定书文号</source>
        <translation>Number of the administrative penalty decision</translation>
    </message>
    <message>
        <source>罚款金额</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>当事人申请及理由（确有经济困难）</source>
        <translation>Party&apos;s application and reasons (genuine financial difficulty)</translation>
    </message>
    <message>
        <source>批准的延期（分期）缴纳安排</source>
        <translation>Approved deferred (instalment) payment arrangement</translation>
    </message>
    <message>
        <source>处罚决定书名称</source>
        <translation>Title of the penalty decision</translation>
    </message>
    <message>
        <source>处罚决定书文号</source>
        <translation>Penalty decision number</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>决定书送达日期</source>
        <translation>Date the decision was served</translation>
    </message>
    <message>
        <source>履行及复议、诉讼情况</source>
        <translation>Compliance, reconsideration and litigation</translation>
    </message>
    <message>
        <source>应当履行的义务（金额、方式）</source>
        <translation>Obligations to perform (amount, method)</translation>
    </message>
    <message>
        <source>受理申请的人民法院</source>
        <translation>People&apos;s court receiving the application</translation>
    </message>
    <message>
        <source>随附的决定书及送达凭证</source>
        <translation>Decision and proof of service attached</translation>
    </message>
    <message>
        <source>处罚内容</source>
        <translation>Penalty imposed</translation>
    </message>
    <message>
        <source>复议、诉讼期限情况</source>
        <translation>Reconsideration and litigation periods</translation>
    </message>
    <message>
        <source>催告情况</source>
        <translation>Demand notice</translation>
    </message>
    <message>
        <source>当事人的意见</source>
        <translation>Party&apos;s opinion</translation>
    </message>
    <message>
        <source>申请执行的标的</source>
        <translation>Subject of the enforcement application</translation>
    </message>
    <message>
        <source>申请人地址</source>
        <translation>Applicant&apos;s address</translation>
    </message>
    <message>
        <source>机关负责人</source>
        <translation>Head of the agency</translation>
    </message>
    <message>
        <source>处理决定文号</source>
        <translation>Number of the handling decision</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>执行情况</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>物品处置情况</source>
        <translation>Disposal of items</translation>
    </message>
    <message>
        <source>结案理由</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>负责人意见</source>
        <translation>Head&apos;s opinion</translation>
    </message>
    <message>
        <source>调查取证</source>
        <translation>Investigate and collect evidence</translation>
    </message>
    <message>
        <source>法制审核</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>决定已变更或撤销，已公示的决定须撤下并公开说明理由（第四十八条）</source>
        <translation>Decision changed or revoked: withdraw the published decision and state the reason publicly (Art. 48)</translation>
    </message>
    <message>
        <source>已归档，处罚决定尚未登记公示（国办发〔2018〕118号）</source>
        <translation>Archived, but the decision is not yet recorded as published (State Council Office Doc. [2018] No. 118)</translation>
    </message>
    <message>
        <source>处罚决定应在期限内登记公示（国办发〔2018〕118号）；公示后：{0}</source>
        <translation>The decision must be recorded as published within the time limit (State Council Office Doc. [2018] No. 118); then: {0}</translation>
    </message>
    <message>
        <source>图片文件损坏或不完整</source>
        <translation>the picture file is damaged or incomplete</translation>
    </message>
    <message>
        <source>空文件（0 字节）</source>
        <translation>empty file (0 bytes)</translation>
    </message>
    <message>
        <source>扩展名表明是图片，但内容不是图片</source>
        <translation>the name says picture, but the content is not a picture</translation>
    </message>
    <message>
        <source>图片像素数超过上限（疑似解压炸弹）</source>
        <translation>the picture has more pixels than allowed (a suspected decompression bomb)</translation>
    </message>
    <message>
        <source>不支持的文件格式</source>
        <translation>unsupported file format</translation>
    </message>
    <message>
        <source>文件无法读取</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>文件超过大小上限</source>
        <translation>the file is larger than allowed</translation>
    </message>
    <message>
        <source>同一检查/案件中已有相同照片</source>
        <translation>the same photo is already in this inspection or case</translation>
    </message>
    <message>
        <source>不是普通文件</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>无扩展名</source>
        <translation>no file name extension</translation>
    </message>
    <message>
        <source>{0} MB，上限 {1} MB</source>
        <translation>{0} MB, the limit is {1} MB</translation>
    </message>
    <message>
        <source>{0}×{1} 像素，上限 {2} 百万像素</source>
        <translation>{0}×{1} pixels, the limit is {2} megapixels</translation>
    </message>
    <message>
        <source>与已有的 {0} 内容相同</source>
        <translation>the same content as {0}, already attached</translation>
    </message>
    <message>
        <source>决定已送达，无罚款须缴纳，待结案</source>
        <translation>Decision served with no fine to pay; waiting to be closed</translation>
    </message>
    <message>
        <source>简易程序：当场作出处罚决定并交付当事人；超出第五十一条限额的，按普通程序核查立案</source>
        <translation>Summary procedure: decide the penalty on the spot and hand the decision to the party; above the limits of Art. 51, verify and file the case under the ordinary procedure</translation>
    </message>
    <message>
        <source>罚款已缴清，待结案</source>
        <translation>Fine paid in full; waiting to be closed</translation>
    </message>
    <message>
        <source>当场收缴的罚款须在二日内交至行政机关（第七十一条），之后结案</source>
        <translation>Cash collected on the spot must be handed in to the agency within two days (Art. 71), then the case is closed</translation>
    </message>
    <message>
        <source>进入执行、送达催告书</source>
        <translation>Start execution and serve the payment demand</translation>
    </message>
    <message>
        <source>催告书送达后当事人仍未履行（行政强制法第五十三条、第五十四条）</source>
        <translation>The party has not paid after the payment demand was served (Administrative Coercion Law Art. 53, 54)</translation>
    </message>
    <message>
        <source>缴款期限至{0}（第六十七条）；期满仍未缴清的，申请强制执行前须书面催告当事人履行（行政强制法第三十五条、第五十四条）</source>
        <translation>Payment due by {0} (Art. 67); if still unpaid after that, the party must be given a written payment demand before enforcement is sought (Administrative Coercion Law Art. 35, 54)</translation>
    </message>
    <message>
        <source>催告书已送达：当事人可在{0}前履行或申请复议、提起诉讼，期满仍未履行的申请人民法院强制执行（行政强制法第五十三条、第五十四条）</source>
        <translation>Payment demand served: the party may pay, apply for review or sue until {0}; if still unpaid after that, apply to the people’s court for enforcement (Administrative Coercion Law Art. 53, 54)</translation>
    </message>
    <message>
        <source>案件处于“{0}”阶段，不能制作{1}</source>
        <translation>The case is at the “{0}” stage: “{1}” cannot be issued now</translation>
    </message>
    <message>
        <source>可制作阶段：{0}</source>
        <translation>It can be issued at these stages: {0}</translation>
    </message>
    <message>
        <source>缺少{0}</source>
        <translation>Missing: {0}</translation>
    </message>
    <message>
        <source>缺少{0}（至少{1}项）</source>
        <translation>Missing: {0} (at least {1} items)</translation>
    </message>
    <message>
        <source>《行政处罚法》第五十五条</source>
        <translation>Administrative Penalty Law Art. 55</translation>
    </message>
    <message>
        <source>《行政处罚法》第二十八条</source>
        <translation>Administrative Penalty Law Art. 28</translation>
    </message>
    <message>
        <source>《行政处罚法》第五十四条第二款</source>
        <translation>Administrative Penalty Law Art. 54(2)</translation>
    </message>
    <message>
        <source>《行政处罚法》第五十六条</source>
        <translation>Administrative Penalty Law Art. 56</translation>
    </message>
    <message>
        <source>《行政处罚法》第五十七条</source>
        <translation>Administrative Penalty Law Art. 57</translation>
    </message>
    <message>
        <source>《行政处罚法》第五十八条</source>
        <translation>Administrative Penalty Law Art. 58</translation>
    </message>
    <message>
        <source>《行政处罚法》第四十四条</source>
        <translation>Administrative Penalty Law Art. 44</translation>
    </message>
    <message>
        <source>《行政处罚法》第六十三条</source>
        <translation>Administrative Penalty Law Art. 63</translation>
    </message>
    <message>
        <source>《行政处罚法》第六十四条</source>
        <translation>Administrative Penalty Law Art. 64</translation>
    </message>
    <message>
        <source>《行政处罚法》第六十二条</source>
        <translation>Administrative Penalty Law Art. 62</translation>
    </message>
    <message>
        <source>《行政处罚法》第五十一条</source>
        <translation>Administrative Penalty Law Art. 51</translation>
    </message>
    <message>
        <source>《行政处罚法》第六十一条</source>
        <translation>Administrative Penalty Law Art. 61</translation>
    </message>
    <message>
        <source>《行政处罚法》第二十七条</source>
        <translation>Administrative Penalty Law Art. 27</translation>
    </message>
    <message>
        <source>《行政强制法》第五十四条</source>
        <translation>Administrative Coercion Law Art. 54</translation>
    </message>
    <message>
        <source>《行政处罚法》第四十七条</source>
        <translation>Administrative Penalty Law Art. 47</translation>
    </message>
    <message>
        <source>《行政处罚法》第五十四条</source>
        <translation>Administrative Penalty Law Art. 54</translation>
    </message>
    <message>
        <source>《行政处罚法》第四十五条</source>
        <translation>Administrative Penalty Law Art. 45</translation>
    </message>
    <message>
        <source>《行政处罚法》第五十七条第二款</source>
        <translation>Administrative Penalty Law Art. 57(2)</translation>
    </message>
    <message>
        <source>《行政处罚法》第六十六条第二款</source>
        <translation>Administrative Penalty Law Art. 66(2)</translation>
    </message>
    <message>
        <source>《行政强制法》第五十三条、第五十五条</source>
        <translation>Administrative Coercion Law Art. 53, Art. 55</translation>
    </message>
    <message>
        <source>日常巡查</source>
        <translation>Routine patrol</translation>
    </message>
    <message>
        <source>投诉举报</source>
        <translation>Complaint or report</translation>
    </message>
    <message>
        <source>12345热线</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <source>上级交办或部门移送</source>
        <translation>Assigned by a superior or referred by another department</translation>
    </message>
    <message>
        <source>双随机抽查</source>
        <translation>Random inspection (double random)</translation>
    </message>
    <message>
        <source>非现场执法</source>
        <translation>Non-contact enforcement</translation>
    </message>
    <message>
        <source>媒体曝光</source>
        <translation>Media report</translation>
    </message>
    <message>
        <source>轻微</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>较重</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>严重</source>
        <translation>Very serious</translation>
    </message>
    <message>
        <source>从轻</source>
        <translation>Lighter</translation>
    </message>
    <message>
        <source>从重</source>
        <translation>Heavier</translation>
    </message>
    <message>
        <source>法定幅度</source>
        <translation>Statutory range</translation>
    </message>
    <message>
        <source>{0}（从轻）</source>
        <translation>{0} (lighter)</translation>
    </message>
    <message>
        <source>陈述申辩期至{0}届满，期满前不能作出处罚决定</source>
        <translation>The statement period runs until {0}: no penalty decision may be made before it ends</translation>
    </message>
    <message>
        <source>请在{0}之后再作出决定；当事人书面放弃陈述申辩的，先登记放弃声明</source>
        <translation>Make the decision after {0}; if the party waives the statement in writing, record the waiver first</translation>
    </message>
    <message>
        <source>因缺少{0}年节假日安排，日期为估算；导入日历后可精确</source>
        <translation>Estimated: no {0} holiday calendar yet; exact once it is imported</translation>
    </message>
    <message>
        <source>处罚决定已于{1}{0}，终结执行，不能再催告、收缴或申请法院强制执行</source>
        <translation>{0} on {1}: execution of the decision has ended, so no demand, payment or court application can be recorded</translation>
    </message>
    <message>
        <source>已缴{0}元应予退还</source>
        <translation>The {0} yuan paid is to be refunded</translation>
    </message>
    <message>
        <source>请选择审核结论：记录是否真实、清楚、完整、准确</source>
        <translation>Choose the review&apos;s conclusion: is the record true, clear, complete and accurate</translation>
    </message>
    <message>
        <source>请中队长先执行“非现场记录审核”，确认记录真实、清楚、完整、准确后再立案</source>
        <translation>The squad leader first takes “Review of the non-contact record” and confirms the record is true, clear, complete and accurate; then the case can be filed</translation>
    </message>
    <message>
        <source>{0}数值超出范围</source>
        <translation>{0}: number out of range</translation>
    </message>
    <message>
        <source>{0}不是有限数值</source>
        <translation>{0}: not a finite number</translation>
    </message>
    <message>
        <source>{0}过长</source>
        <translation>{0} is too long</translation>
    </message>
    <message>
        <source>第{0}项（{1}）</source>
        <translation>Item {0} ({1})</translation>
    </message>
    <message>
        <source>{0}第{1}档</source>
        <translation>{0}, tier {1}</translation>
    </message>
    <message>
        <source>裁量基准文件应为 JSON 对象</source>
        <translation>A benchmark catalogue file must be a JSON object</translation>
    </message>
    <message>
        <source>生效日期缺失或格式错误（YYYY-MM-DD）</source>
        <translation>The date in force from is missing or not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>失效日期格式错误或早于生效日期</source>
        <translation>The date in force until is not a date or is before the date in force from</translation>
    </message>
    <message>
        <source>没有裁量事项</source>
        <translation>The catalogue has no matters</translation>
    </message>
    <message>
        <source>裁量基准{0}</source>
        <translation>Catalogue {0}</translation>
    </message>
    <message>
        <source>裁量基准须注明公布文号或出处（{0}：裁量基准应当向社会公布）</source>
        <translation>A benchmark catalogue must give its publication reference or source ({0}: discretion benchmarks are published)</translation>
    </message>
    <message>
        <source>第{0}项格式错误</source>
        <translation>Item {0} is not in the right form</translation>
    </message>
    <message>
        <source>无代码</source>
        <translation>no code</translation>
    </message>
    <message>
        <source>{0}：事项代码应为12位数字</source>
        <translation>{0}: the matter code must be 12 digits</translation>
    </message>
    <message>
        <source>{0}：缺少事项名称</source>
        <translation>{0}: the matter name is missing</translation>
    </message>
    <message>
        <source>{0}：缺少法定处罚幅度</source>
        <translation>{0}: the statutory range is missing</translation>
    </message>
    <message>
        <source>缺少 {0}</source>
        <translation>{0} is missing</translation>
    </message>
    <message>
        <source>不予处罚清单第{0}行：事项代码不在本目录中</source>
        <translation>No-penalty list, row {0}: the matter code is not in this catalogue</translation>
    </message>
    <message>
        <source>{0}：事项代码重复</source>
        <translation>{0}: the matter code is repeated</translation>
    </message>
    <message>
        <source>{0}：缺少{1}（第4、5条：处罚须有公布的法律依据）</source>
        <translation>{0}: “{1}” is missing (Art. 4, 5: a penalty needs a published legal basis)</translation>
    </message>
    <message>
        <source>{0}：日期格式错误</source>
        <translation>{0}: a date is not in the right form</translation>
    </message>
    <message>
        <source>{0}：法定幅度（{1}）格式错误</source>
        <translation>{0}: the statutory range ({1}) is not in the right form</translation>
    </message>
    <message>
        <source>{0}：缺少阶次名称</source>
        <translation>{0}: the tier has no name</translation>
    </message>
    <message>
        <source>{0}：当事人类型“{1}”无效（应为 {2}）</source>
        <translation>{0}: party type “{1}” is not valid (use {2})</translation>
    </message>
    <message>
        <source>{0}：幅度格式错误（金额为整数，单位：分）</source>
        <translation>{0}: the range is not in the right form (amounts are whole numbers of fen)</translation>
    </message>
    <message>
        <source>{0}：适用条件（when）格式错误，应为 {{名称: [下限, 上限]}}</source>
        <translation>{0}: the condition (when) is not in the right form; write {{name: [low, high]}}</translation>
    </message>
    <message>
        <source>{0}：当事人类型{1}没有法定幅度</source>
        <translation>{0}: party type {1} has no statutory range</translation>
    </message>
    <message>
        <source>不予处罚清单第{0}行：类型应为 first_violation 或 minor</source>
        <translation>No-penalty list, row {0}: the kind must be first_violation or minor</translation>
    </message>
    <message>
        <source>{0}：阶次与法定幅度的计算方式不一致（金额/比例）</source>
        <translation>{0}: the tier and the statutory range are not reckoned the same way (amount/percentage)</translation>
    </message>
    <message>
        <source>{0}：幅度超出法定幅度</source>
        <translation>{0}: the range goes beyond the statutory range</translation>
    </message>
    <message>
        <source>{0}：与第{1}档幅度重叠</source>
        <translation>{0}: the range overlaps tier {1}</translation>
    </message>
    <message>
        <source>请填写正确金额</source>
        <translation>Enter a correct amount</translation>
    </message>
    <message>
        <source>请按 YYYY-MM-DD 填写日期</source>
        <translation>Enter the date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>请以“分”为单位填写整数金额</source>
        <translation>Enter the amount as a whole number of fen</translation>
    </message>
    <message>
        <source>{0}不能为负数</source>
        <translation>{0} cannot be negative</translation>
    </message>
    <message>
        <source>{0}不是有效金额</source>
        <translation>{0} is not a valid amount</translation>
    </message>
    <message>
        <source>请从可用步骤中选择</source>
        <translation>Choose one of the steps available</translation>
    </message>
    <message>
        <source>办案日期不能晚于今天</source>
        <translation>The date of the step cannot be later than today</translation>
    </message>
    <message>
        <source>请填写实际发生的日期</source>
        <translation>Enter the date it actually happened</translation>
    </message>
    <message>
        <source>办案过程按时间顺序记录；请填写实际发生的日期</source>
        <translation>The procedure is recorded in the order it happened; enter the date it actually happened</translation>
    </message>
    <message>
        <source>未知的办案步骤：{0}</source>
        <translation>Unknown step: {0}</translation>
    </message>
    <message>
        <source>日期不能早于上一个办案步骤（{0}）</source>
        <translation>The date cannot be earlier than the previous step ({0})</translation>
    </message>
    <message>
        <source>维度{0}</source>
        <translation>Dimension {0}</translation>
    </message>
    <message>
        <source>{0}分值</source>
        <translation>{0} points</translation>
    </message>
    <message>
        <source>指标{0}</source>
        <translation>Indicator {0}</translation>
    </message>
    <message>
        <source>至少需要一个考评维度</source>
        <translation>At least one rating dimension is needed</translation>
    </message>
    <message>
        <source>星级重复</source>
        <translation>A star level is repeated</translation>
    </message>
    <message>
        <source>星级越高，分数线应越高</source>
        <translation>A higher star level needs a higher threshold</translation>
    </message>
    <message>
        <source>至少需要一条星级分数线</source>
        <translation>At least one star threshold is needed</translation>
    </message>
    <message>
        <source>触发一票否决后的最高星级应为0到5</source>
        <translation>The highest star level after a veto must be 0 to 5</translation>
    </message>
    <message>
        <source>{0}：应为不小于{1}的数</source>
        <translation>{0}: must be a number of at least {1}</translation>
    </message>
    <message>
        <source>考评细则应为 JSON 对象</source>
        <translation>Rating rules must be a JSON object</translation>
    </message>
    <message>
        <source>各维度分值之和应为100，现为{0}</source>
        <translation>The dimensions&apos; points must total 100; they total {0}</translation>
    </message>
    <message>
        <source>星级应为1到5的整数</source>
        <translation>A star level must be a whole number from 1 to 5</translation>
    </message>
    <message>
        <source>规范化最少持证人数</source>
        <translation>Standardization: minimum certified officers</translation>
    </message>
    <message>
        <source>无数据指标的处理方式应为 rescale（不计入，总分按有数据的指标折算）或 zero（不计分），现为 {0}</source>
        <translation>Items without data must be treated as rescale (left out, total rescaled over the items with data) or zero (no points); the rules say {0}</translation>
    </message>
    <message>
        <source>有数据指标的最低分值占比应为0到1之间的数（如0.5即总分的一半），现为 {0}</source>
        <translation>The minimum share of points with data must be a number from 0 to 1 (0.5 is half the full score); the rules say {0}</translation>
    </message>
    <message>
        <source>考评期应写作 2026、2026H2、2026Q4 或 2026-11：{0}</source>
        <translation>Write a rating period as 2026, 2026H2, 2026Q4 or 2026-11: {0}</translation>
    </message>
    <message>
        <source>{0}每件扣分</source>
        <translation>{0} deduction per case</translation>
    </message>
    <message>
        <source>{0}：各指标分值之和小于维度分值，满分不可达</source>
        <translation>{0}: the indicators&apos; points total less than the dimension&apos;s, so full points cannot be reached</translation>
    </message>
    <message>
        <source>一票否决项 {0}：未知的计算项 {1}</source>
        <translation>Veto item {0}: unknown measure {1}</translation>
    </message>
    <message>
        <source>{0}星分数线</source>
        <translation>{0}-star threshold</translation>
    </message>
    <message>
        <source>考评细则缺少 {0}</source>
        <translation>The rating rules have no {0}</translation>
    </message>
    <message>
        <source>{0}：编号为空或重复</source>
        <translation>{0}: the code is empty or repeated</translation>
    </message>
    <message>
        <source>{0}：未知的计算项 {1}</source>
        <translation>{0}: unknown measure {1}</translation>
    </message>
    <message>
        <source>{0}：未知的计分方法 {1}</source>
        <translation>{0}: unknown scoring method {1}</translation>
    </message>
    <message>
        <source>{0}：目标值应在0到1之间</source>
        <translation>{0}: the target must be between 0 and 1</translation>
    </message>
    <message>
        <source>日历文件应为一个 JSON 对象（year、source、holidays、workdays）</source>
        <translation>A calendar file must be one JSON object (year, source, holidays, workdays)</translation>
    </message>
    <message>
        <source>日历年份应为整数，如 2027</source>
        <translation>The calendar year must be a whole number, such as 2027</translation>
    </message>
    <message>
        <source>没有假期（holidays 应列出该年的法定节假日，如元旦、春节）</source>
        <translation>No holidays (holidays must list the year&apos;s public holidays, such as New Year&apos;s Day and the Spring Festival)</translation>
    </message>
    <message>
        <source>workdays 应为调休上班日的列表</source>
        <translation>workdays must be a list of make-up working days</translation>
    </message>
    <message>
        <source>日历文件有未知字段：{0}（可用字段：{1}）</source>
        <translation>The calendar file has unknown fields: {0} (fields available: {1})</translation>
    </message>
    <message>
        <source>日历年份缺失或不合理</source>
        <translation>The calendar year is missing or not plausible</translation>
    </message>
    <message>
        <source>第{0}个假期的起止日期不合理</source>
        <translation>Holiday {0}: the first and last days are not plausible</translation>
    </message>
    <message>
        <source>调休上班日{0}本来就是工作日</source>
        <translation>Make-up working day {0} is a working day anyway</translation>
    </message>
    <message>
        <source>{0}同时被列为假日和调休上班日</source>
        <translation>{0} is listed both as a holiday and as a make-up working day</translation>
    </message>
    <message>
        <source>第{0}个假期的起止日期格式错误</source>
        <translation>Holiday {0}: the first or last day is not a date</translation>
    </message>
    <message>
        <source>第{0}个调休上班日日期格式错误</source>
        <translation>Make-up working day {0} is not a date</translation>
    </message>
    <message>
        <source>第{0}个假期的名称</source>
        <translation>Name of holiday {0}</translation>
    </message>
    <message>
        <source>调休上班日{0}不在 {1} 年</source>
        <translation>Make-up working day {0} is not in {1}</translation>
    </message>
    <message>
        <source>{0}应为数字</source>
        <translation>{0} must be a number</translation>
    </message>
    <message>
        <source>{0}应为整数</source>
        <translation>{0} must be a whole number</translation>
    </message>
    <message>
        <source>{0}最多精确到分</source>
        <translation>{0} can have at most two decimal places (fen)</translation>
    </message>
    <message>
        <source>{0}不能小于{1}{2}</source>
        <translation>{0} cannot be less than {1} {2}</translation>
    </message>
    <message>
        <source>{0}不能小于{1}</source>
        <translation>{0} cannot be less than {1}</translation>
    </message>
    <message>
        <source>{0}应为按行政区划的金额表</source>
        <translation>{0} must be a table of amounts by division</translation>
    </message>
    <message>
        <source>{0}不能大于{1}</source>
        <translation>{0} cannot be more than {1}</translation>
    </message>
    <message>
        <source>行政区划代码应为6位数字或 *（收到 {0}）</source>
        <translation>A division code must be 6 digits or * (got {0})</translation>
    </message>
    <message>
        <source>{0}：至少填写一类当事人的金额</source>
        <translation>{0}: give the amount for at least one party type</translation>
    </message>
    <message>
        <source>未知的设置项：{0}</source>
        <translation>Unknown setting: {0}</translation>
    </message>
    <message>
        <source>{0}不能大于{1}{2}</source>
        <translation>{0} cannot be more than {1} {2}</translation>
    </message>
    <message>
        <source>{0}：未知的当事人类型 {1}</source>
        <translation>{0}: unknown party type {1}</translation>
    </message>
    <message>
        <source>{0}：金额应为大于0的数额</source>
        <translation>{0}: the amount must be more than 0</translation>
    </message>
    <message>
        <source>{0}不能超过{1}个字符</source>
        <translation>{0} cannot be longer than {1} characters</translation>
    </message>
    <message>
        <source>{0}只能是：{1}</source>
        <translation>{0} can only be: {1}</translation>
    </message>
    <message>
        <source>{0}只能从以下选择：{1}</source>
        <translation>{0} can only be chosen from: {1}</translation>
    </message>
    <message>
        <source>{0}应为至少一个天数</source>
        <translation>{0} must be at least one number of days</translation>
    </message>
    <message>
        <source>{0}应为“名称=代字”的对应表</source>
        <translation>{0} must be a table of “name=code”</translation>
    </message>
    <message>
        <source>{0}应为是或否</source>
        <translation>{0} must be yes or no</translation>
    </message>
    <message>
        <source>{0}应为“名称=天数”的对应表，天数为正整数</source>
        <translation>{0} must be a table of “name=days”, the days a positive whole number</translation>
    </message>
    <message>
        <source>不能按 {0} 排序</source>
        <translation>Cannot sort by {0}</translation>
    </message>
    <message>
        <source>未知的案件状态：{0}</source>
        <translation>Unknown case status: {0}</translation>
    </message>
    <message>
        <source>未知的期限状态：{0}</source>
        <translation>Unknown deadline status: {0}</translation>
    </message>
    <message>
        <source>请指定一个现场检查或一个案件</source>
        <translation>Name one inspection or one case</translation>
    </message>
    <message>
        <source>文字标注不能为空</source>
        <translation>A text note cannot be empty</translation>
    </message>
    <message>
        <source>未知的标注类型：{0}</source>
        <translation>Unknown kind of annotation: {0}</translation>
    </message>
    <message>
        <source>标注坐标无效</source>
        <translation>The annotation&apos;s coordinates are not valid</translation>
    </message>
    <message>
        <source>没有{0}年的节假日日历</source>
        <translation>There is no holiday calendar for {0}</translation>
    </message>
    <message>
        <source>抽取对象数应在1到{0}之间</source>
        <translation>The number of targets to draw must be from 1 to {0}</translation>
    </message>
    <message>
        <source>每个对象至少2名执法人员（{0}），且不能超过人员库人数</source>
        <translation>At least 2 officers per target ({0}), and no more than the officers in the pool</translation>
    </message>
    <message>
        <source>没有这名执法人员</source>
        <translation>No such officer</translation>
    </message>
    <message>
        <source>学时应大于0</source>
        <translation>The hours must be more than 0</translation>
    </message>
    <message>
        <source>类型只能是有效投诉、受处分、败诉或负面舆情</source>
        <translation>The kind can only be a valid complaint, a sanction, a lost lawsuit or negative public opinion</translation>
    </message>
    <message>
        <source>请写明事由</source>
        <translation>State what happened</translation>
    </message>
    <message>
        <source>没有这个中队</source>
        <translation>No such squad</translation>
    </message>
    <message>
        <source>考评细则版本 {0} 已存在；请使用新的版本号</source>
        <translation>Rating rules version {0} already exists; use a new version number</translation>
    </message>
    <message>
        <source>未知的考评指标：{0}</source>
        <translation>Unknown rating indicator: {0}</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD</source>
        <translation>Write the date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>未知的规范化条件：{0}</source>
        <translation>Unknown standardization condition: {0}</translation>
    </message>
    <message>
        <source>至少需要一个中队</source>
        <translation>At least one squad is needed</translation>
    </message>
    <message>
        <source>中队编号不能重复</source>
        <translation>Squad numbers cannot repeat</translation>
    </message>
    <message>
        <source>每个中队都要填写名称和编号</source>
        <translation>Every squad needs a name and a number</translation>
    </message>
    <message>
        <source>中队名称不能重复：{0}</source>
        <translation>Squad names cannot repeat: {0}</translation>
    </message>
    <message>
        <source>{0} 已经是一个已初始化的站点</source>
        <translation>{0} is already a set-up station</translation>
    </message>
    <message>
        <source>类型只能是说服教育、劝导示范或行政指导</source>
        <translation>The kind can only be persuasion and education, guidance by example or administrative advice</translation>
    </message>
    <message>
        <source>请填写教育、劝导或指导的内容</source>
        <translation>Describe the education, guidance or advice given</translation>
    </message>
    <message>
        <source>须关联案件或现场检查</source>
        <translation>Link it to a case or an inspection</translation>
    </message>
    <message>
        <source>没有可导出的裁量基准</source>
        <translation>There is no benchmark catalogue to export</translation>
    </message>
    <message>
        <source>裁量基准 {0} 版本 {1} 已导入；请使用新的版本号</source>
        <translation>Catalogue {0} version {1} is already imported; use a new version number</translation>
    </message>
    <message>
        <source>没有裁量基准 {0} {1}</source>
        <translation>No benchmark catalogue {0} {1}</translation>
    </message>
    <message>
        <source>请填写接收机关签收人和回执编号</source>
        <translation>Enter who signed for the receiving authority and the receipt number</translation>
    </message>
    <message>
        <source>{0} 是文件夹，不是文件</source>
        <translation>{0} is a folder, not a file</translation>
    </message>
    <message>
        <source>文件 {0} 是空的（0 字节），不是 PDF 文书</source>
        <translation>The file {0} is empty (0 bytes), not a PDF document</translation>
    </message>
    <message>
        <source>文件 {0} 过大（{1} MB），不是本系统出具的文书（不超过 {2} MB）；未核验</source>
        <translation>The file {0} is too large ({1} MB) to be a document this system issued (at most {2} MB); not verified</translation>
    </message>
    <message>
        <source>找不到文件 {0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <source>无法读取文件 {0}：{1}</source>
        <translation>Cannot read the file {0}: {1}</translation>
    </message>
    <message>
        <source>文件 {0} 不是可读取的 PDF（不是 PDF、文件不完整或已加密）</source>
        <translation>The file {0} is not a readable PDF (not a PDF, incomplete or encrypted)</translation>
    </message>
    <message>
        <source>文件不是可读取的 PDF</source>
        <translation>The file is not a readable PDF</translation>
    </message>
    <message>
        <source>请在裁量表中写明超出推荐阶次（或减轻处罚）的理由</source>
        <translation>State in the discretion sheet why the fine is outside the recommended level (or mitigated)</translation>
    </message>
    <message>
        <source>本案的决定不是给予行政处罚</source>
        <translation>The decision in this case is not to impose an administrative penalty</translation>
    </message>
    <message>
        <source>请制作不予行政处罚决定书或案件移送函</source>
        <translation>Issue a no-penalty decision or a case transfer letter instead</translation>
    </message>
    <message>
        <source>本案尚未作出不予行政处罚的决定</source>
        <translation>No decision not to impose a penalty has been made in this case</translation>
    </message>
    <message>
        <source>请先在办案流程中作出决定（不予处罚），再制作决定书</source>
        <translation>First make the decision (no penalty) in the case workflow, then issue the decision</translation>
    </message>
    <message>
        <source>本案拟作出的处罚未达到较大数额罚款等听证标准，当事人不享有听证权利，不能制作听证告知书</source>
        <translation>The intended penalty does not reach the hearing thresholds (such as a large fine): the party has no right to a hearing, so no hearing notice can be issued</translation>
    </message>
    <message>
        <source>事先告知书中已告知陈述、申辩权利；如确属第六十三条所列处罚，请核对拟罚款金额或处罚种类</source>
        <translation>The prior notice already told the party of the right to make a statement and defence; if the penalty really is one listed in Art. 63, check the intended fine or the kind of penalty</translation>
    </message>
    <message>
        <source>尚未通知当事人举行听证的时间、地点</source>
        <translation>The party has not been notified of the time and place of the hearing</translation>
    </message>
    <message>
        <source>请先登记听证通知，于通知的日期举行听证后再制作听证笔录</source>
        <translation>Record the hearing notice first; make the hearing record once the hearing has been held on the notified day</translation>
    </message>
    <message>
        <source>当事人尚未申请听证</source>
        <translation>The party has not requested a hearing</translation>
    </message>
    <message>
        <source>请先登记当事人的听证申请</source>
        <translation>Record the party&apos;s hearing request first</translation>
    </message>
    <message>
        <source>本案没有罚款，无需延期或分期缴纳</source>
        <translation>This case has no fine: there is nothing to defer or pay in instalments</translation>
    </message>
    <message>
        <source>本案没有先行登记保存的物品</source>
        <translation>No items were registered and preserved in this case</translation>
    </message>
    <message>
        <source>尚未对先行登记保存的物品作出处理决定</source>
        <translation>No decision has been made yet on the registered and preserved items</translation>
    </message>
    <message>
        <source>请先在物品登记中逐项登记处理决定（七日内）</source>
        <translation>Record the decision on each item in the item register first (within seven days)</translation>
    </message>
    <message>
        <source>事先告知须写明拟作出的处罚（金额）</source>
        <translation>The prior notice must state the intended penalty (amount)</translation>
    </message>
    <message>
        <source>请先填写裁量表确定拟罚款金额</source>
        <translation>Fill in the discretion sheet first to set the intended fine</translation>
    </message>
    <message>
        <source>尚未填写裁量表，无法确定罚款金额和裁量理由</source>
        <translation>The discretion sheet has not been filled in: the fine and the reasons for it are unknown</translation>
    </message>
    <message>
        <source>请先在案件中填写裁量表</source>
        <translation>Fill in the case&apos;s discretion sheet first</translation>
    </message>
    <message>
        <source>尚未登记当场处罚，无法确定罚款金额</source>
        <translation>No on-the-spot penalty has been recorded: the fine is unknown</translation>
    </message>
    <message>
        <source>请先在办案流程中登记“当场处罚（简易程序）”（金额、陈述申辩情况），再制作决定书</source>
        <translation>First record the “On-the-spot penalty (simplified procedure)” in the case workflow (amount, statement and defence), then issue the decision</translation>
    </message>
    <message>
        <source>尚未确定听证日期</source>
        <translation>The hearing date has not been set</translation>
    </message>
    <message>
        <source>请先登记听证通知（听证日期须在通知之日起七个工作日以后），或在文书中填写听证日期</source>
        <translation>Record the hearing notice first (the hearing must be at least seven working days after the notice), or enter the hearing date in the document</translation>
    </message>
    <message>
        <source>实施行政处罚时须责令当事人改正或者限期改正违法行为，决定书须写明责令改正的内容</source>
        <translation>A penalty must order the party to correct the violation, at once or by a deadline; the decision must state the order to correct</translation>
    </message>
    <message>
        <source>请填写责令改正内容：改正要求和期限，如“责令当事人立即改正上述违法行为”；已当场改正的，写明改正情况</source>
        <translation>Fill in the order to correct: what to correct and by when, e.g. “责令当事人立即改正上述违法行为”; if the party already corrected it on the spot, record how</translation>
    </message>
    <message>
        <source>案件当前状态下不能执行“{0}”：须先“{1}”</source>
        <translation>“{0}” cannot be taken in the case&apos;s current state: “{1}” must come first</translation>
    </message>
    <message>
        <source>请先执行“{0}”</source>
        <translation>Take “{0}” first</translation>
    </message>
    <message>
        <source>案件当前状态下不能执行“{0}”：本案已过该环节</source>
        <translation>“{0}” cannot be taken in the case&apos;s current state: the case has passed that stage</translation>
    </message>
    <message>
        <source>该步骤只能在以下阶段执行：{0}</source>
        <translation>This step can only be taken at these stages: {0}</translation>
    </message>
    <message>
        <source>缴款期限（送达后十五日）届满仍未缴纳罚款的，先“进入执行”，再送达催告书</source>
        <translation>If the fine is still unpaid when the payment period (15 days after service) has ended, take “Start enforcement” first, then serve the demand notice</translation>
    </message>
    <message>
        <source>先“进入执行”并送达催告书；催告书送达满十日仍未履行，且复议、诉讼期限届满后，才可申请法院强制执行</source>
        <translation>Take “Start enforcement” and serve a demand notice first; the court may be asked to enforce only when the party has not complied 10 days after the demand notice was served and the review and litigation periods have ended</translation>
    </message>
    <message>
        <source>放弃陈述申辩</source>
        <translation>Statement waived</translation>
    </message>
    <message>
        <source>申请听证</source>
        <translation>Hearing requested</translation>
    </message>
    <message>
        <source>送达</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>事实清楚、定性准确</source>
        <translation>Facts clear and correctly characterised</translation>
    </message>
    <message>
        <source>证据确实充分、合法、关联（含违法所得、物品价值的认定）</source>
        <translation>Evidence conclusive, sufficient, lawful and relevant (including illegal gains and the value of goods)</translation>
    </message>
    <message>
        <source>处罚适当：裁量阶次适用正确、情节有证据、说理充分</source>
        <translation>Penalty appropriate: discretion tier correctly applied, circumstances proven, reasoning sufficient</translation>
    </message>
    <message>
        <source>对外文书加盖执法机关印章</source>
        <translation>Documents for outside bear the agency seal</translation>
    </message>
    <message>
        <source>涉嫌犯罪的已依法移送（第二十七条）</source>
        <translation>Suspected crimes transferred as the law requires (Art. 27)</translation>
    </message>
    <message>
        <source>第四条</source>
        <translation>Art. 4</translation>
    </message>
    <message>
        <source>第五条</source>
        <translation>Art. 5</translation>
    </message>
    <message>
        <source>第二十七条</source>
        <translation>Art. 27</translation>
    </message>
    <message>
        <source>第二十八条</source>
        <translation>Art. 28</translation>
    </message>
    <message>
        <source>第二十九条</source>
        <translation>Art. 29</translation>
    </message>
    <message>
        <source>第三十条</source>
        <translation>Art. 30</translation>
    </message>
    <message>
        <source>第三十一条</source>
        <translation>Art. 31</translation>
    </message>
    <message>
        <source>第三十二条</source>
        <translation>Art. 32</translation>
    </message>
    <message>
        <source>第三十三条</source>
        <translation>Art. 33</translation>
    </message>
    <message>
        <source>第三十四条</source>
        <translation>Art. 34</translation>
    </message>
    <message>
        <source>第三十六条</source>
        <translation>Art. 36</translation>
    </message>
    <message>
        <source>第三十七条</source>
        <translation>Art. 37</translation>
    </message>
    <message>
        <source>第四十二条</source>
        <translation>Art. 42</translation>
    </message>
    <message>
        <source>第四十四条</source>
        <translation>Art. 44</translation>
    </message>
    <message>
        <source>第四十五条</source>
        <translation>Art. 45</translation>
    </message>
    <message>
        <source>第四十七条</source>
        <translation>Art. 47</translation>
    </message>
    <message>
        <source>第四十八条</source>
        <translation>Art. 48</translation>
    </message>
    <message>
        <source>第五十一条</source>
        <translation>Art. 51</translation>
    </message>
    <message>
        <source>第五十二条</source>
        <translation>Art. 52</translation>
    </message>
    <message>
        <source>第五十四条</source>
        <translation>Art. 54</translation>
    </message>
    <message>
        <source>第五十五条</source>
        <translation>Art. 55</translation>
    </message>
    <message>
        <source>第五十六条</source>
        <translation>Art. 56</translation>
    </message>
    <message>
        <source>第五十七条</source>
        <translation>Art. 57</translation>
    </message>
    <message>
        <source>第五十九条</source>
        <translation>Art. 59</translation>
    </message>
    <message>
        <source>第五十八条</source>
        <translation>Art. 58</translation>
    </message>
    <message>
        <source>第六十条</source>
        <translation>Art. 60</translation>
    </message>
    <message>
        <source>第六十一条</source>
        <translation>Art. 61</translation>
    </message>
    <message>
        <source>第六十二条</source>
        <translation>Art. 62</translation>
    </message>
    <message>
        <source>第六十三条</source>
        <translation>Art. 63</translation>
    </message>
    <message>
        <source>第六十四条</source>
        <translation>Art. 64</translation>
    </message>
    <message>
        <source>第六十五条</source>
        <translation>Art. 65</translation>
    </message>
    <message>
        <source>第六十六条</source>
        <translation>Art. 66</translation>
    </message>
    <message>
        <source>第六十七条</source>
        <translation>Art. 67</translation>
    </message>
    <message>
        <source>第六十八条</source>
        <translation>Art. 68</translation>
    </message>
    <message>
        <source>第六十九条</source>
        <translation>Art. 69</translation>
    </message>
    <message>
        <source>第七十条</source>
        <translation>Art. 70</translation>
    </message>
    <message>
        <source>第七十一条</source>
        <translation>Art. 71</translation>
    </message>
    <message>
        <source>第七十二条</source>
        <translation>Art. 72</translation>
    </message>
    <message>
        <source>第七十三条</source>
        <translation>Art. 73</translation>
    </message>
    <message>
        <source>第八十五条</source>
        <translation>Art. 85</translation>
    </message>
    <message>
        <source>第三十三条第一款</source>
        <translation>Art. 33(1)</translation>
    </message>
    <message>
        <source>第三十三条第二款</source>
        <translation>Art. 33(2)</translation>
    </message>
    <message>
        <source>第三十三条第三款</source>
        <translation>Art. 33(3)</translation>
    </message>
    <message>
        <source>第五十七条第一款第（三）项</source>
        <translation>Art. 57(1) item 3</translation>
    </message>
    <message>
        <source>第五十七条第一款第（四）项</source>
        <translation>Art. 57(1) item 4</translation>
    </message>
    <message>
        <source>第五十七条第二款</source>
        <translation>Art. 57(2)</translation>
    </message>
    <message>
        <source>第五十八条第二款</source>
        <translation>Art. 58(2)</translation>
    </message>
    <message>
        <source>第六十一条第二款</source>
        <translation>Art. 61(2)</translation>
    </message>
    <message>
        <source>第六十四条第（一）项</source>
        <translation>Art. 64 item 1</translation>
    </message>
    <message>
        <source>第六十四条第（二）项</source>
        <translation>Art. 64 item 2</translation>
    </message>
    <message>
        <source>第六十六条第二款</source>
        <translation>Art. 66(2)</translation>
    </message>
    <message>
        <source>第二十五条</source>
        <translation>Art. 25</translation>
    </message>
    <message>
        <source>第三十五条</source>
        <translation>Art. 35</translation>
    </message>
    <message>
        <source>第四十条第（四）项</source>
        <translation>Art. 40 (4)</translation>
    </message>
    <message>
        <source>第四十一条</source>
        <translation>Art. 41</translation>
    </message>
    <message>
        <source>第五十三条</source>
        <translation>Art. 53</translation>
    </message>
    <message>
        <source>第二十条</source>
        <translation>Art. 20</translation>
    </message>
    <message>
        <source>第四十六条</source>
        <translation>Art. 46</translation>
    </message>
    <message>
        <source>（条文待核实）</source>
        <translation>(article to be verified)</translation>
    </message>
    <message>
        <source>（说理）</source>
        <translation>(reasoning)</translation>
    </message>
    <message>
        <source>第五章</source>
        <translation>Chapter 5</translation>
    </message>
    <message>
        <source>适用违法行为发生时的裁量基准（第三十七条）</source>
        <translation>The benchmark in force when the violation occurred applies (Art. 37)</translation>
    </message>
    <message>
        <source>行为时无裁量基准，适用现行基准</source>
        <translation>No benchmark was in force at the time of the act; the current one applies</translation>
    </message>
    <message>
        <source>新规定处罚较轻，适用新规定（第三十七条从旧兼从轻）</source>
        <translation>The new rule is lighter and applies (Art. 37: the old rule unless the new one is lighter)</translation>
    </message>
    <message>
        <source>主动消除或者减轻违法行为危害后果</source>
        <translation>Voluntarily eliminated or reduced the harm of the violation</translation>
    </message>
    <message>
        <source>受他人胁迫或者诱骗实施违法行为</source>
        <translation>Coerced or induced by others into the violation</translation>
    </message>
    <message>
        <source>主动供述行政机关尚未掌握的违法行为</source>
        <translation>Voluntarily confessed violations unknown to the agency</translation>
    </message>
    <message>
        <source>配合行政机关查处违法行为有立功表现</source>
        <translation>Helped the agency investigate violations, with meritorious conduct</translation>
    </message>
    <message>
        <source>法律、法规、规章规定其他应当从轻或者减轻行政处罚的</source>
        <translation>Other circumstances in which laws, regulations or rules require a lighter or mitigated penalty</translation>
    </message>
    <message>
        <source>行为终了日期</source>
        <translation>End date of the act</translation>
    </message>
    <message>
        <source>《行政处罚法》第三十八条、第五十九条</source>
        <translation>Administrative Penalty Law Art. 38, Art. 59</translation>
    </message>
    <message>
        <source>作废（决定撤销或无效，不予公示）</source>
        <translation>Void (decision revoked or void, not published)</translation>
    </message>
    <message>
        <source>工单号</source>
        <translation>Work order number</translation>
    </message>
    <message>
        <source>移送部门及文号</source>
        <translation>Referring department and document number</translation>
    </message>
    <message>
        <source>抽查任务编号</source>
        <translation>Random check task number</translation>
    </message>
    <message>
        <source>设备编号及记录号</source>
        <translation>Device number and record number</translation>
    </message>
    <message>
        <source>报道出处</source>
        <translation>Source of the report</translation>
    </message>
    <message>
        <source>投诉人或来电记录</source>
        <translation>Complainant or call record</translation>
    </message>
    <message>
        <source>{0}：登记 {1} 元，文件 {2} 元</source>
        <translation>{0}: registered {1} yuan, file {2} yuan</translation>
    </message>
    <message>
        <source>{0}：登记“…{1}{2}{3}…”，文件“…{1}{4}{3}…”</source>
        <translation>{0}: registered “…{1}{2}{3}…”, file “…{1}{4}{3}…”</translation>
    </message>
    <message>
        <source>{0}……（共{1}字）……{2}</source>
        <translation>{0}…({1} characters)…{2}</translation>
    </message>
    <message>
        <source>第{0}页缺失</source>
        <translation>Page {0} is missing</translation>
    </message>
    <message>
        <source>第{0}至{1}页缺失（共{2}页）</source>
        <translation>Pages {0} to {1} are missing ({2} pages)</translation>
    </message>
    <message>
        <source>文件多出{0}页（登记的文书共{1}页，文件第{2}页起为多出的）</source>
        <translation>The file has {0} page(s) too many (the registered document has {1} pages; the extra ones start at page {2} of the file)</translation>
    </message>
    <message>
        <source>（其余差异从略）</source>
        <translation>(further differences not listed)</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>拟作出的处罚</source>
        <translation>Intended penalty</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>住址（住所）</source>
        <translation>Address (domicile)</translation>
    </message>
    <message>
        <source>应当履行的义务</source>
        <translation>Obligation to perform</translation>
    </message>
    <message>
        <source>缴款期限</source>
        <translation>Payment deadline</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>拟罚款金额</source>
        <translation>Intended fine</translation>
    </message>
    <message>
        <source>应缴金额</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>出具机关</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <source>出具日期</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>执法人员</source>
        <translation>Enforcement officers</translation>
    </message>
    <message>
        <source>出具人（账号）</source>
        <translation>Issued by (account)</translation>
    </message>
    <message>
        <source>未在文件中找到本系统的文书二维码</source>
        <translation>The file carries no document QR code of this system</translation>
    </message>
    <message>
        <source>二维码内容不是本系统的文书编码</source>
        <translation>The QR text is not a document code of this system</translation>
    </message>
    <message>
        <source>登记簿中没有此文号</source>
        <translation>The register has no such document number</translation>
    </message>
    <message>
        <source>由站点 {0} 出具{1}；请在该站点或中心库核验，不能据此认定被改动</source>
        <translation>Issued by station {0} {1}; verify it at that station or against the central database. This is no reason to call it altered</translation>
    </message>
    <message>
        <source>（本站已同步该站点的部分记录，但没有这份文书）</source>
        <translation>(this station holds some of that station&apos;s records, but not this document)</translation>
    </message>
    <message>
        <source>（本站没有该站点的登记记录）</source>
        <translation>(this station holds no register records of that station)</translation>
    </message>
    <message>
        <source>登记的文书内容已损坏</source>
        <translation>The registered content of the document is damaged</translation>
    </message>
    <message>
        <source>登记的文书内容与其摘要不符（数据库记录被改动）</source>
        <translation>The registered content does not match its digest (the database record was changed)</translation>
    </message>
    <message>
        <source>文书二维码中的摘要与登记的内容不符（文书被改动）</source>
        <translation>The digest in the document&apos;s QR code does not match the registered content (the document was altered)</translation>
    </message>
    <message>
        <source>文书二维码中的审计链位置（{0}）与出具时登记的（{1}）不符（二维码被改动）</source>
        <translation>The audit-chain position in the QR code ({0}) differs from the one registered at issue ({1}) (the QR code was altered)</translation>
    </message>
    <message>
        <source>审计链在本文书出具（链位置 {0}）之后被改写，登记簿不可信</source>
        <translation>The audit chain was rewritten after this document was issued (chain position {0}); the register cannot be trusted</translation>
    </message>
    <message>
        <source>文件是扫描图像，没有可提取的文字：二维码与登记簿一致，但内容无法自动比对，请将下列登记内容与文件逐项核对</source>
        <translation>The file is a scanned image without extractable text: the QR code matches the register, but the content cannot be compared automatically. Compare the registered facts below with the file item by item</translation>
    </message>
    <message>
        <source>文件的可见内容与登记的不一致</source>
        <translation>The visible content of the file differs from what was registered</translation>
    </message>
    <message>
        <source>二维码与登记簿一致；请将下列登记内容与纸质文书逐项核对</source>
        <translation>The QR code matches the register; compare the registered facts below with the paper document item by item</translation>
    </message>
    <message>
        <source>文件与出具的文件逐字节相同</source>
        <translation>The file is byte for byte the file that was issued</translation>
    </message>
    <message>
        <source>文件的可见内容、二维码与登记簿一致</source>
        <translation>The file&apos;s visible content and QR code match the register</translation>
    </message>
    <message>
        <source>文件上没有可读取的文书二维码（被去除、遮挡或损坏），文字与登记的一致</source>
        <translation>The file has no readable document QR code (removed, covered or damaged); its text matches what was registered</translation>
    </message>
    <message>
        <source>文件上没有可读取的文书二维码（被去除、遮挡或损坏），文字也与登记的不一致</source>
        <translation>The file has no readable document QR code (removed, covered or damaged), and its text also differs from what was registered</translation>
    </message>
    <message>
        <source>文件缺少第1页（文书二维码只印在第1页），其余页的文字与登记的对照如下</source>
        <translation>Page 1 of the file is missing (the document&apos;s QR code is printed on page 1 only); the remaining pages compared with the register:</translation>
    </message>
    <message>
        <source>听证（较大数额罚款）标准</source>
        <translation>Hearing thresholds (large fines)</translation>
    </message>
    <message>
        <source>法制审核的本地触发条件</source>
        <translation>Local triggers for legal review</translation>
    </message>
    <message>
        <source>须法制审核的罚款金额</source>
        <translation>Fine that needs legal review</translation>
    </message>
    <message>
        <source>按当事人类型的法制审核罚款标准</source>
        <translation>Legal review fine thresholds by party type</translation>
    </message>
    <message>
        <source>法制审核期限</source>
        <translation>Legal review deadline</translation>
    </message>
    <message>
        <source>法制审核可延长</source>
        <translation>Legal review extension</translation>
    </message>
    <message>
        <source>案卷评查评分模型文件</source>
        <translation>Case-file evaluation scoring model file</translation>
    </message>
    <message>
        <source>处罚决定公示期限</source>
        <translation>Penalty decision publicity period</translation>
    </message>
    <message>
        <source>变更或撤销后撤下公示的期限</source>
        <translation>Deadline for removing publicity after change or revocation</translation>
    </message>
    <message>
        <source>公示时隐去自然人当事人姓名</source>
        <translation>Hide names of natural-person parties in publicity</translation>
    </message>
    <message>
        <source>同案不同罚提示比例</source>
        <translation>Fine-consistency alert ratio</translation>
    </message>
    <message>
        <source>简易程序：公民罚款上限</source>
        <translation>Summary procedure: maximum fine for a citizen</translation>
    </message>
    <message>
        <source>简易程序：法人或其他组织罚款上限</source>
        <translation>Summary procedure: maximum fine for an organisation</translation>
    </message>
    <message>
        <source>当场收缴罚款上限</source>
        <translation>Maximum fine collected on the spot</translation>
    </message>
    <message>
        <source>首违不罚的回溯期</source>
        <translation>Look-back period for a first violation</translation>
    </message>
    <message>
        <source>作出处罚决定的期限</source>
        <translation>Deadline for the penalty decision</translation>
    </message>
    <message>
        <source>线索核查至立案决定的期限</source>
        <translation>Deadline from clue to filing decision</translation>
    </message>
    <message>
        <source>无节假日日历时的等待余量</source>
        <translation>Waiting margin without a holiday calendar</translation>
    </message>
    <message>
        <source>“即将到期”提醒</source>
        <translation>“Due soon” warning</translation>
    </message>
    <message>
        <source>作出决定期限的提前提醒</source>
        <translation>Reminders before the decision deadline</translation>
    </message>
    <message>
        <source>查封、扣押期限</source>
        <translation>Seizure period</translation>
    </message>
    <message>
        <source>文号格式</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <source>本站点的文号代码</source>
        <translation>Document number code of this station</translation>
    </message>
    <message>
        <source>文号序号位数</source>
        <translation>Sequence digits</translation>
    </message>
    <message>
        <source>编号方式</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <source>文书代字覆盖</source>
        <translation>Document code overrides</translation>
    </message>
    <message>
        <source>文书正文字体</source>
        <translation>Document body font</translation>
    </message>
    <message>
        <source>文书标题字体</source>
        <translation>Document title font</translation>
    </message>
    <message>
        <source>登录失败锁定次数</source>
        <translation>Failed logins before lockout</translation>
    </message>
    <message>
        <source>账户锁定时长</source>
        <translation>Lockout duration</translation>
    </message>
    <message>
        <source>空闲自动锁定</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>中文字体文件</source>
        <translation>Chinese font file</translation>
    </message>
    <message>
        <source>草稿自动保存延迟</source>
        <translation>Draft autosave delay</translation>
    </message>
    <message>
        <source>单个证据文件大小上限</source>
        <translation>Maximum evidence file size</translation>
    </message>
    <message>
        <source>单张照片像素上限</source>
        <translation>Maximum photo size</translation>
    </message>
    <message>
        <source>缩略图边长</source>
        <translation>Thumbnail size</translation>
    </message>
    <message>
        <source>导入照片的并行线程数</source>
        <translation>Photo import threads</translation>
    </message>
    <message>
        <source>定时备份间隔</source>
        <translation>Scheduled backup interval</translation>
    </message>
    <message>
        <source>定时备份保留份数</source>
        <translation>Scheduled backups to keep</translation>
    </message>
    <message>
        <source>定时备份文件夹</source>
        <translation>Scheduled backup folder</translation>
    </message>
    <message>
        <source>中心数据库连接串</source>
        <translation>Central database connection</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>位</source>
        <translation>digits</translation>
    </message>
    <message>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <source>分钟</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>毫秒</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>百万像素</source>
        <translation>megapixels</translation>
    </message>
    <message>
        <source>像素</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>份</source>
        <translation>copies</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>name</translation>
    </message>
    <message>
        <source>公布文号</source>
        <translation>publication reference</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>matter name</translation>
    </message>
    <message>
        <source>裁量基准来源</source>
        <translation>Benchmark source</translation>
    </message>
    <message>
        <source>解除保存、退还</source>
        <translation>Released and returned</translation>
    </message>
    <message>
        <source>依法没收</source>
        <translation>Confiscated</translation>
    </message>
    <message>
        <source>移送有关部门</source>
        <translation>Transferred to the competent authority</translation>
    </message>
    <message>
        <source>依法销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>解除查封扣押</source>
        <translation>Seizure lifted</translation>
    </message>
    <message>
        <source>请结案，执行终结</source>
        <translation>Close the case: execution has ended</translation>
    </message>
    <message>
        <source>请继续办理；重新事先告知的，当事人可对新的告知再次放弃</source>
        <translation>Continue with the case; if a new prior notice is given, the party may waive again for that notice</translation>
    </message>
    <message>
        <source>请写明决定是被变更、撤销，还是被确认违法或无效</source>
        <translation>State whether the decision was changed, revoked, or confirmed unlawful or void</translation>
    </message>
    <message>
        <source>变更后的罚款金额</source>
        <translation>The changed fine</translation>
    </message>
    <message>
        <source>本案没有待公示的处罚决定</source>
        <translation>This case has no penalty decision to publish</translation>
    </message>
    <message>
        <source>须公示的是普通程序作出的罚款决定；决定作出后自动生成公示记录</source>
        <translation>Fines decided under the general procedure are published; their publicity record is drafted when the decision is made</translation>
    </message>
    <message>
        <source>本决定依规定不予公开</source>
        <translation>By the rules, this decision is not published</translation>
    </message>
    <message>
        <source>无需公示</source>
        <translation>Nothing to publish</translation>
    </message>
    <message>
        <source>决定在公示前已被撤销或确认违法、无效，不予公示</source>
        <translation>The decision was revoked or confirmed unlawful or void before publication; it is not published</translation>
    </message>
    <message>
        <source>公示内容尚未经法制审核员审签隐私处理，不能登记公示</source>
        <translation>The legal reviewer has not yet signed off the masked publication text, so publication cannot be recorded</translation>
    </message>
    <message>
        <source>请法制审核员在“法制审核 → 执法公示”中审核隐私处理后的预览并审签，导出上传后再登记公示</source>
        <translation>Ask the legal reviewer to check and sign off the masked preview under “Legal review → Publicity”; record publication after the package is exported and uploaded</translation>
    </message>
    <message>
        <source>已公示的决定已经撤下</source>
        <translation>The published decision has already been withdrawn</translation>
    </message>
    <message>
        <source>缴款金额</source>
        <translation>The amount paid</translation>
    </message>
    <message>
        <source>请等待法院的裁定，依裁定办理</source>
        <translation>Wait for the court&apos;s ruling and act on it</translation>
    </message>
    <message>
        <source>请按变更后的决定重新送达催告书，送达满十日仍未履行的再申请</source>
        <translation>Serve a new demand for the changed decision, and apply once ten days after its service have passed without payment</translation>
    </message>
    <message>
        <source>请先登记“复议/诉讼终结”；对复议决定不服提起诉讼的，终结后再登记</source>
        <translation>First record &quot;Review/litigation ended&quot;; a lawsuit against the review decision is recorded after that</translation>
    </message>
    <message>
        <source>当事人已于{0}书面放弃陈述申辩，无需重复登记</source>
        <translation>The party waived the statement and defence in writing on {0}; no need to record it again</translation>
    </message>
    <message>
        <source>决定变更的，须写明变更后的罚款金额</source>
        <translation>A changed decision must state the fine after the change</translation>
    </message>
    <message>
        <source>请填写变更后的罚款金额；尚未公示的决定将按变更后的内容重新起草公示记录</source>
        <translation>Enter the fine after the change; a decision not yet published will have its publication record redrafted from it</translation>
    </message>
    <message>
        <source>催告书已于{0}送达，不能重复催告</source>
        <translation>The payment demand was served on {0}; it cannot be served again</translation>
    </message>
    <message>
        <source>催告书送达满{0}仍未履行的，可申请法院强制执行</source>
        <translation>If the party still has not complied {0} after the demand was served, enforcement can be applied for at court</translation>
    </message>
    <message>
        <source>已于{0}申请法院强制执行，不能重复申请</source>
        <translation>Court enforcement was applied for on {0}; it cannot be applied for again</translation>
    </message>
    <message>
        <source>催告书于{0}送达，载明的是变更前的罚款金额</source>
        <translation>The demand served on {0} states the fine as it was before the change</translation>
    </message>
    <message>
        <source>已于{0}登记复议/诉讼，尚未终结</source>
        <translation>A review/lawsuit was recorded on {0} and has not ended</translation>
    </message>
    <message>
        <source>本案没有已出具的《{0}》，无从写明据以执行的决定及其文号</source>
        <translation>This case has no issued {0}: there is no decision, or decision number, to state as the one to be executed</translation>
    </message>
    <message>
        <source>请先出具《{0}》并登记文号</source>
        <translation>Issue the {0} and register its number first</translation>
    </message>
    <message>
        <source>该事项的法定处罚种类为{0}，不含警告，不能当场给予警告</source>
        <translation>The penalties provided for this matter are {0}; a warning is not among them, so no warning can be given on the spot</translation>
    </message>
    <message>
        <source>请填写罚款金额；具备{0}或{1}减轻情形的，勾选“减轻处罚”并写明说理</source>
        <translation>Enter the fine; where a mitigating ground under {0} or {1} applies, tick “Mitigated penalty” and give the reasons</translation>
    </message>
    <message>
        <source>只有简易程序罚款{0}元以下或事后难以执行、或边远地区当事人提出的，才能当场收缴罚款（本案罚款{1}元）</source>
        <translation>A fine can be collected on the spot only under the summary procedure for {0} yuan or less, when it would be hard to collect later, or at the request of a party in a remote area (the fine here is {1} yuan)</translation>
    </message>
    <message>
        <source>案件来源应为：{0}</source>
        <translation>The case source must be: {0}</translation>
    </message>
    <message>
        <source>执法事项不在目录中：{0}</source>
        <translation>The matter is not in the catalogue: {0}</translation>
    </message>
    <message>
        <source>评查模型缺少“{0}”部分</source>
        <translation>The scoring model has no “{0}” part</translation>
    </message>
    <message>
        <source>内容分与卷面分合计应为100分，实为{0}分</source>
        <translation>Content and form points must total 100; they total {0}</translation>
    </message>
    <message>
        <source>无法读取评查模型：{0}</source>
        <translation>Cannot read the scoring model: {0}</translation>
    </message>
    <message>
        <source>字体 {0} 缺少字符“{1}”（U+{2}，见：{3}）；请在设置中指定含该字的字体，或确认以“〓”代替后再打印</source>
        <translation>The font {0} lacks the character “{1}” (U+{2}, in: {3}); choose a font that has it in Settings, or confirm printing it as “〓”</translation>
    </message>
    <message>
        <source>没有这种文书类型：{0}</source>
        <translation>No such document type: {0}</translation>
    </message>
    <message>
        <source>街道不在列表中：{0}</source>
        <translation>The street is not in the list: {0}</translation>
    </message>
    <message>
        <source>时间格式无效：{0}</source>
        <translation>Not a valid time: {0}</translation>
    </message>
    <message>
        <source>检查开始时间不能晚于今天（{0}）</source>
        <translation>The inspection cannot start after today ({0})</translation>
    </message>
    <message>
        <source>检查结束时间不能晚于今天（{0}）</source>
        <translation>The inspection cannot end after today ({0})</translation>
    </message>
    <message>
        <source>执法主体具有法定职权（第十八条、第二十四条）</source>
        <translation>Enforcing agency has the statutory power (Art. 18, Art. 24)</translation>
    </message>
    <message>
        <source>本案尚未提交法制审核，没有审核结论，无法出具法制审核意见书</source>
        <translation>This case has not been submitted for legal review, so there is no verdict and no legal review opinion can be issued</translation>
    </message>
    <message>
        <source>案件须先由办案人员提交法制审核，审核员作出结论后才能生成意见书</source>
        <translation>The case officer must first submit the case for legal review; the opinion can be generated once a reviewer has given a verdict</translation>
    </message>
    <message>
        <source>本案的法制审核尚未作出结论，还没有可出具的法制审核意见书</source>
        <translation>No legal review verdict has been given for this case yet, so there is no legal review opinion to issue</translation>
    </message>
    <message>
        <source>请先在审核页选择审核结论并点击“提交审核意见”，再生成意见书；同意以外的结论须写明审核意见</source>
        <translation>First choose a verdict on the review page and click “Submit review opinion”, then generate the opinion; any verdict other than “Approved” needs a comment</translation>
    </message>
    <message>
        <source>行政区划代码应为6位数字（GB/T 2260，如 330102）</source>
        <translation>The administrative division code must be 6 digits (GB/T 2260, e.g. 330102)</translation>
    </message>
    <message>
        <source>行政区划代码{0}无效：前两位{1}不是省级代码（GB/T 2260，如浙江为33）</source>
        <translation>Administrative division code {0} is not valid: its first two digits {1} are not a province code (GB/T 2260; Zhejiang is 33)</translation>
    </message>
    <message>
        <source>行政区划代码{0}无效：市级部分为00时，县级部分也应为00</source>
        <translation>Administrative division code {0} is not valid: when the city part is 00, the county part must be 00 too</translation>
    </message>
    <message>
        <source>文号格式必须包含 {seq}（序号）</source>
        <translation>The document-number pattern must contain {seq} (the sequence number)</translation>
    </message>
    <message>
        <source>文号格式必须包含 {station}（站点代码），否则同一机关的各站点会出现相同文号</source>
        <translation>The document-number pattern must contain {station} (the station code); otherwise stations of the same agency would issue the same numbers</translation>
    </message>
    <message>
        <source>文号格式必须包含 {squad}（中队编号），否则各中队会出现相同文号</source>
        <translation>The document-number pattern must contain {squad} (the squad number); otherwise squads would issue the same numbers</translation>
    </message>
    <message>
        <source>文号格式必须包含 {year}（年份），否则序号每年重新开始后会出现相同文号</source>
        <translation>The document-number pattern must contain {year} (the year); otherwise numbers would repeat once the sequence restarts each year</translation>
    </message>
    <message>
        <source>文号格式必须包含 {type}（文书代字），否则同一案件的各种文书会出现相同文号</source>
        <translation>The document-number pattern must contain {type} (the document code); otherwise the different documents of one case would have the same number</translation>
    </message>
    <message>
        <source>文号格式含未知占位符：{0}；可用的占位符为 {1}</source>
        <translation>The document-number pattern contains unknown placeholders: {0}; the placeholders available are {1}</translation>
    </message>
    <message>
        <source>文号格式的占位符不能带格式说明（如 {seq:5}）</source>
        <translation>Placeholders in the document-number pattern cannot carry a format specification (such as {seq:5})</translation>
    </message>
    <message>
        <source>文号格式缺少 {0}；序号、站点代码、中队编号、年份和文书代字（{1}）都必须有，否则会出现相同文号</source>
        <translation>The document-number pattern lacks {0}; the sequence number, station code, squad number, year and document code ({1}) are all required, otherwise numbers would repeat</translation>
    </message>
    <message>
        <source>本站点的文号代码不能为空</source>
        <translation>This station&apos;s document-number code cannot be empty</translation>
    </message>
    <message>
        <source>编号方式只能是 per_type 或 per_case</source>
        <translation>The numbering mode must be per_type or per_case</translation>
    </message>
    <message>
        <source>文号格式中的花括号不成对；占位符应写成 {seq} 这样的形式</source>
        <translation>The braces in the document-number pattern do not pair up; write placeholders like {seq}</translation>
    </message>
    <message>
        <source>作废文号必须填写作废原因</source>
        <translation>Voiding a document number requires a reason</translation>
    </message>
    <message>
        <source>撤下日期应在决定变更日期和今天之间</source>
        <translation>The withdrawal date must fall between the date of the change and today</translation>
    </message>
    <message>
        <source>日期格式错误：{0}</source>
        <translation>Not a valid date: {0}</translation>
    </message>
    <message>
        <source>设备编号</source>
        <translation>Device code</translation>
    </message>
    <message>
        <source>设备类型</source>
        <translation>Device type</translation>
    </message>
    <message>
        <source>设置地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>设置地点应当向社会公布；只有公布之后的记录才能立案，请由系统管理员登记公布日期和途径</source>
        <translation>The location must be published; only records made after publication can back a case. Ask the administrator to record the publication date and where it was published</translation>
    </message>
    <message>
        <source>请系统管理员先在“设置 → 监控设备”中登记该设备及其审核、公布情况</source>
        <translation>Ask the administrator to register the device, its reviews and publication under “Settings → Monitoring devices” first</translation>
    </message>
    <message>
        <source>请核对设备编号；设备重新投入使用的，由系统管理员在设备登记中恢复启用</source>
        <translation>Check the device code; if the device is back in use, the administrator restores it in the device register</translation>
    </message>
    <message>
        <source>设备须经法制和技术审核后方可用于非现场执法；审核完成后由系统管理员登记审核日期和文号</source>
        <translation>A device is used for non-contact enforcement only after its legal and technical reviews; once done, the administrator records their dates and references</translation>
    </message>
    <message>
        <source>设备编号只能包含字母、数字和连字符</source>
        <translation>A device code may contain only letters, digits and hyphens</translation>
    </message>
    <message>
        <source>设备{0}的设置地点在记录日（{1}）前未向社会公布，其记录不能作为处罚证据</source>
        <translation>The location of device {0} was not published before the record day ({1}); its record cannot be evidence for a penalty</translation>
    </message>
    <message>
        <source>记录时间不能晚于现在</source>
        <translation>The record time cannot be in the future</translation>
    </message>
    <message>
        <source>设备{0}未在电子技术监控设备登记中，其记录不能作为处罚证据</source>
        <translation>Device {0} is not in the monitoring device register; its record cannot be evidence for a penalty</translation>
    </message>
    <message>
        <source>设备{0}已停用，其记录不能作为处罚证据</source>
        <translation>Device {0} is retired; its record cannot be evidence for a penalty</translation>
    </message>
    <message>
        <source>设备{0}在记录日（{1}）前未经{2}，其记录不能作为处罚证据</source>
        <translation>Device {0} had not passed {2} before the record day ({1}); its record cannot be evidence for a penalty</translation>
    </message>
    <message>
        <source>设备编号{0}已登记</source>
        <translation>Device code {0} is already registered</translation>
    </message>
    <message>
        <source>记录时间格式应为 YYYY-MM-DD HH:MM</source>
        <translation>The record time should be YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>请在本步骤的表单中填写所缺内容后再执行</source>
        <translation>Fill in what is missing in this step’s form, then try again</translation>
    </message>
    <message>
        <source>《{0}》须当场填写完整并交付当事人，不能先作决定、事后补出决定书；尚缺：{1}</source>
        <translation>The {0} must be filled in completely and handed to the party on the spot; the decision cannot be made first and its form issued later. Missing: {1}</translation>
    </message>
    <message>
        <source>执法主体名称</source>
        <translation>Enforcement body&apos;s name</translation>
    </message>
    <message>
        <source>机关简称</source>
        <translation>Agency&apos;s short name</translation>
    </message>
    <message>
        <source>中队名称</source>
        <translation>Squad name</translation>
    </message>
    <message>
        <source>中队编号</source>
        <translation>Squad number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>执法证号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>中队名称不能为空</source>
        <translation>The squad name cannot be empty</translation>
    </message>
    <message>
        <source>中队编号不能为空（最多8个字符）</source>
        <translation>The squad number cannot be empty (at most 8 characters)</translation>
    </message>
    <message>
        <source>姓名不能为空</source>
        <translation>The name cannot be empty</translation>
    </message>
    <message>
        <source>执法证号不能为空（最多32个字符）</source>
        <translation>The certificate number cannot be empty (at most 32 characters)</translation>
    </message>
    <message>
        <source>已有名为“{0}”的中队</source>
        <translation>There is already a squad named “{0}”</translation>
    </message>
    <message>
        <source>执法证号只能包含字母、数字和连字符</source>
        <translation>A certificate number may contain only letters, digits and hyphens</translation>
    </message>
    <message>
        <source>执法证有效期应为日期（YYYY-MM-DD）</source>
        <translation>The certificate&apos;s expiry must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>中队编号“{0}”只能由字母和数字组成（它印在文号里，如 第1-01-0001号）</source>
        <translation>Squad number “{0}” may contain only letters and digits (it is printed in document numbers, e.g. No. 1-01-0001)</translation>
    </message>
    <message>
        <source>中队编号{0}已被使用</source>
        <translation>Squad number {0} is already used</translation>
    </message>
    <message>
        <source>姓名不能超过{0}个字</source>
        <translation>A name cannot be longer than {0} characters</translation>
    </message>
    <message>
        <source>执法证号{0}已登记</source>
        <translation>Certificate number {0} is already registered</translation>
    </message>
    <message>
        <source>密码不能只有数字或只有字母</source>
        <translation>A password cannot be only digits or only letters</translation>
    </message>
    <message>
        <source>密码含有无效字符（如 NUL 或非 UTF-8 字节）</source>
        <translation>The password contains invalid characters (such as NUL or non-UTF-8 bytes)</translation>
    </message>
    <message>
        <source>用户名为1–32位字母、数字、下划线或点</source>
        <translation>A user name has 1–32 letters, digits, underscores or dots</translation>
    </message>
    <message>
        <source>执法队员和中队长必须属于一个中队</source>
        <translation>Officers and squad leaders must belong to a squad</translation>
    </message>
    <message>
        <source>该执法人员已关联其他账户</source>
        <translation>This officer is already linked to another account</translation>
    </message>
    <message>
        <source>密码至少{0}位</source>
        <translation>The password needs at least {0} characters</translation>
    </message>
    <message>
        <source>密码不能超过{0}位</source>
        <translation>The password cannot be longer than {0} characters</translation>
    </message>
    <message>
        <source>用户名{0}已存在</source>
        <translation>The user name {0} already exists</translation>
    </message>
    <message>
        <source>未知角色：{0}</source>
        <translation>Unknown role: {0}</translation>
    </message>
    <message>
        <source>执法人员{0}已停用</source>
        <translation>Officer {0} is deactivated</translation>
    </message>
    <message>
        <source>执法人员{0}（{1}）已关联账户 {2}</source>
        <translation>Officer {0} ({1}) is already linked to the account {2}</translation>
    </message>
    <message>
        <source>{0}应为文字</source>
        <translation>{0} must be text</translation>
    </message>
    <message>
        <source>{0}不能为空</source>
        <translation>{0} cannot be empty</translation>
    </message>
    <message>
        <source>{0}不能超过{1}个字</source>
        <translation>{0} cannot be longer than {1} characters</translation>
    </message>
    <message>
        <source>未发现违法行为</source>
        <translation>No violation found</translation>
    </message>
    <message>
        <source>说服教育·劝导</source>
        <translation>Persuasion and education</translation>
    </message>
    <message>
        <source>责令改正</source>
        <translation>Ordered to correct</translation>
    </message>
    <message>
        <source>建议立案</source>
        <translation>Propose filing a case</translation>
    </message>
    <message>
        <source>当场处罚</source>
        <translation>Penalty on the spot</translation>
    </message>
    <message>
        <source>移送</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>不予公开</source>
        <translation>Not to be published</translation>
    </message>
    <message>
        <source>待审签</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <source>已审签待导出</source>
        <translation>Signed off, to be exported</translation>
    </message>
    <message>
        <source>已导出待回报</source>
        <translation>Exported, awaiting confirmation</translation>
    </message>
    <message>
        <source>已公示</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>待撤下</source>
        <translation>To be withdrawn</translation>
    </message>
    <message>
        <source>已撤下</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>当事人认定正确、身份证明在卷（第五十七条）</source>
        <translation>Party correctly identified, proof of identity on file (Art. 57)</translation>
    </message>
    <message>
        <source>法律依据正确且在违法行为发生时有效（第三十七条）</source>
        <translation>Legal basis correct and in force when the act was committed (Art. 37)</translation>
    </message>
    <message>
        <source>违法依据：{0}；处罚依据：{1}</source>
        <translation>Violation basis: {0}; penalty basis: {1}</translation>
    </message>
    <message>
        <source>处罚种类和幅度在法定范围内（第四条、第五条）</source>
        <translation>Kind and amount of penalty within the statutory range (Art. 4, Art. 5)</translation>
    </message>
    <message>
        <source>罚款{0}元，法定幅度{1}–{2}元</source>
        <translation>Fine {0} yuan, statutory range {1}–{2} yuan</translation>
    </message>
    <message>
        <source>法定程序完备：立案、调查、告知、听取陈述申辩或放弃、听证、法制审核、决定、送达（第五章）</source>
        <translation>Statutory procedure complete: filing, investigation, notice, statement heard or waived, hearing, legal review, decision, service (Chapter V)</translation>
    </message>
    <message>
        <source>在追责时效内（第三十六条）</source>
        <translation>Within the limitation period (Art. 36)</translation>
    </message>
    <message>
        <source>违法行为终了{0}，发现{1}，时效至{2}</source>
        <translation>Act ended {0}, discovered {1}, limitation until {2}</translation>
    </message>
    <message>
        <source>审核结论为 {0}</source>
        <translation>The review verdict is one of {0}</translation>
    </message>
    <message>
        <source>未知的不予处罚理由：{0}</source>
        <translation>Unknown ground for no penalty: {0}</translation>
    </message>
    <message>
        <source>可选：{0}</source>
        <translation>Choose from: {0}</translation>
    </message>
    <message>
        <source>{0}；{1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>已提交法制审核</source>
        <translation>Submitted for legal review</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>给予处罚时必填；按本案责令改正通知书、检查时的改正期限或裁量基准所列措施预填</source>
        <translation>Required with a penalty; pre-filled from the case&apos;s order to correct, the correction deadline set at the inspection or the measures in the discretion benchmark</translation>
    </message>
    <message>
        <source>非现场执法记录须经审核（真实、清楚、完整、准确）方可作为证据（第四十一条第二款）</source>
        <translation>A non-contact record is evidence only once reviewed as true, clear, complete and accurate (Art. 41 ¶2)</translation>
    </message>
    <message>
        <source>第四十一条第一款</source>
        <translation>Art. 41 ¶1</translation>
    </message>
    <message>
        <source>第四十一条第二款</source>
        <translation>Art. 41 ¶2</translation>
    </message>
    <message>
        <source>第四十一条第三款</source>
        <translation>Art. 41 ¶3</translation>
    </message>
    <message>
        <source>来信来电记录</source>
        <translation>Letter or call record</translation>
    </message>
    <message>
        <source>记录号</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>监控设备记录</source>
        <translation>Monitoring device record</translation>
    </message>
    <message>
        <source>{0}含有无效字符（不是 UTF-8 文本）</source>
        <translation>{0} contains invalid characters (not UTF-8 text)</translation>
    </message>
    <message>
        <source>{0}含有空字符（NUL）</source>
        <translation>{0} contains a NUL character</translation>
    </message>
    <message>
        <source>{0}含有控制字符</source>
        <translation>{0} contains control characters</translation>
    </message>
    <message>
        <source>{0}含有文字方向控制符（可使打印内容与存储内容不一致）</source>
        <translation>{0} contains text-direction control characters (they can make the printout differ from what is stored)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{0}{1}，{2}{3}</source>
        <translation>{0} {1}, {2} {3}</translation>
    </message>
    <message>
        <source>{0} ≤ {1}</source>
        <translation>{0} ≤ {1}</translation>
    </message>
    <message>
        <source>审核结论为“符合要求”或“不符合要求”</source>
        <translation>The conclusion is “fit” or “unfit”</translation>
    </message>
    <message>
        <source>记录不符合要求的，须写明理由</source>
        <translation>An unfit record needs the reason</translation>
    </message>
    <message>
        <source>请写明记录哪一方面不真实、不清楚、不完整或不准确（如号牌无法辨认、时间缺失）</source>
        <translation>Say in what way the record is untrue, unclear, incomplete or inaccurate (e.g. plate unreadable, time missing)</translation>
    </message>
    <message>
        <source>非现场执法记录未经审核，不得作为行政处罚的证据，不能立案</source>
        <translation>The non-contact record has not been reviewed: it cannot be evidence for a penalty, so the case cannot be filed</translation>
    </message>
    <message>
        <source>（另案规定罚款上限{0}元不低于本案的{1}元：应维持另案处罚，本案不再罚款）</source>
        <translation> (the other case&apos;s provision allows up to {0} yuan, not less than this case&apos;s {1} yuan: keep the other case&apos;s penalty and fine nothing here)</translation>
    </message>
    <message>
        <source>请管理员导入适用的裁量基准（inspector standards import），或核对案件的事项代码和违法行为日期</source>
        <translation>Ask the administrator to import the applicable benchmark (inspector standards import), or check the case&apos;s matter code and date of violation</translation>
    </message>
    <message>
        <source>请改用普通程序：先立案，再调查取证</source>
        <translation>Use the general procedure instead: file the case first, then investigate</translation>
    </message>
    <message>
        <source>确属另一个违法行为的，请在 separate_act 中写明理由；否则按罚款数额高的规定处罚一次</source>
        <translation>If it really is another violation, give the reason in separate_act; otherwise penalise once, under the provision with the higher fine</translation>
    </message>
    <message>
        <source>（本案规定罚款上限{0}元高于另案的{1}元：应先变更或撤销另案的罚款，再按本案规定处罚）</source>
        <translation> (this case&apos;s provision allows up to {0} yuan, more than the other case&apos;s {1} yuan: first change or revoke the other case&apos;s fine, then penalise under this case&apos;s provision)</translation>
    </message>
    <message>
        <source>请开具缴款通知，由当事人到指定银行或通过电子支付缴纳</source>
        <translation>Issue a payment notice; the party pays at the designated bank or electronically</translation>
    </message>
    <message>
        <source>当场收缴罚款必须出具省级财政部门统一制发的专用票据</source>
        <translation>A fine collected on the spot requires the official receipt issued by the provincial finance department</translation>
    </message>
    <message>
        <source>请登记专用票据号码</source>
        <translation>Record the official receipt number</translation>
    </message>
    <message>
        <source>事项{0}在违法行为发生日没有可适用的裁量基准，无法核对法定罚款幅度</source>
        <translation>Matter {0} has no applicable benchmark on the date of the violation, so the statutory range of the fine cannot be checked</translation>
    </message>
    <message>
        <source>当场处罚的罚款不能超过{0}元（公民）</source>
        <translation>A fine on the spot may not exceed {0} yuan (individual)</translation>
    </message>
    <message>
        <source>当场处罚的罚款不能超过{0}元（法人或其他组织）</source>
        <translation>A fine on the spot may not exceed {0} yuan (legal person or other organisation)</translation>
    </message>
    <message>
        <source>同一个违法行为不得给予两次以上罚款；请核对是否为同一行为，必要时作不予处罚或撤销立案处理</source>
        <translation>One violation may not be fined twice; check whether it is the same act and, if need be, decide no penalty or revoke the filing</translation>
    </message>
    <message>
        <source>当事人同日的违法行为已在案件{0}（{1}）中被罚款；同一违法行为违反多个规定的，只按罚款数额高的规定罚款一次{2}</source>
        <translation>The party&apos;s violation of the same day was already fined in case {0} ({1}); an act that breaches several provisions is fined once, under the provision with the higher fine{2}</translation>
    </message>
    <message>
        <source>当事人的同一违法行为已被罚款（案件{0}）</source>
        <translation>The party&apos;s same violation has already been fined (case {0})</translation>
    </message>
    <message>
        <source>现行规定并不比行为时的规定更轻，应适用行为时的规定</source>
        <translation>The current rule is not lighter than the rule at the time of the act, which therefore applies</translation>
    </message>
    <message>
        <source>取消“从旧兼从轻”选项</source>
        <translation>Untick “apply the lighter new rule”</translation>
    </message>
    <message>
        <source>{0}：具有应当从轻或者减轻处罚的情形，罚款应在从轻档或以下</source>
        <translation>{0}: there are grounds requiring a lighter or mitigated penalty; the fine must be in the lighter band or below</translation>
    </message>
    <message>
        <source>{0}：违法时未满14周岁（{1}岁），不予行政处罚，责令监护人加以管教</source>
        <translation>{0}: under 14 at the time of the violation ({1}): no administrative penalty; the guardian is ordered to discipline them</translation>
    </message>
    <message>
        <source>{0}：违法时不能辨认或者不能控制自己行为，不予行政处罚</source>
        <translation>{0}: unable to recognise or control own conduct at the time of the violation: no administrative penalty</translation>
    </message>
    <message>
        <source>{0}：违法行为轻微并及时改正，没有造成危害后果，不予行政处罚（须教育）</source>
        <translation>{0}: minor violation promptly corrected without harmful consequences: no administrative penalty (education required)</translation>
    </message>
    <message>
        <source>{0}：有证据足以证明没有主观过错，不予行政处罚</source>
        <translation>{0}: sufficient evidence of no subjective fault: no administrative penalty</translation>
    </message>
    <message>
        <source>{0}：初次违法且危害后果轻微并及时改正，可以不予行政处罚（首违不罚清单事项）</source>
        <translation>{0}: first violation with minor harm, promptly corrected: may go unpunished (a matter on the first-violation list)</translation>
    </message>
    <message>
        <source>本阶次为示例数据（illustrative），须以正式裁量基准替换</source>
        <translation>This tier is example data (illustrative) and must be replaced by the official benchmark</translation>
    </message>
    <message>
        <source>罚款金额不能为负数</source>
        <translation>The fine cannot be negative</translation>
    </message>
    <message>
        <source>请输入正确金额</source>
        <translation>Enter a valid amount</translation>
    </message>
    <message>
        <source>本案依法不予行政处罚，不能确定罚款金额</source>
        <translation>By law this case is not penalised, so no fine can be set</translation>
    </message>
    <message>
        <source>该事项对此类当事人没有法定罚款幅度（或缺少工程造价）</source>
        <translation>The matter has no statutory fine range for this kind of party (or the project cost is missing)</translation>
    </message>
    <message>
        <source>请核对当事人类型，或在裁量表中填写工程造价</source>
        <translation>Check the party type, or enter the project cost in the discretion form</translation>
    </message>
    <message>
        <source>罚款只能在法定幅度内确定，请修改金额</source>
        <translation>The fine must be within the statutory range; change the amount</translation>
    </message>
    <message>
        <source>具有应当从轻或者减轻处罚的情形，罚款不能高于从轻档</source>
        <translation>There are grounds requiring a lighter or mitigated penalty; the fine cannot exceed the lighter band</translation>
    </message>
    <message>
        <source>金额不在推荐阶次内，须填写裁量说理</source>
        <translation>The amount is outside the recommended tier: reasoning is required</translation>
    </message>
    <message>
        <source>在“说理”栏写明偏离推荐阶次的理由；说理将印在决定书上，并提交法制审核</source>
        <translation>Write why the amount departs from the recommended tier in “Reasoning”; it is printed on the decision and goes to legal review</translation>
    </message>
    <message>
        <source>现行裁量基准与行为时相同，没有更轻的新规定</source>
        <translation>The current benchmark is the one in force at the time of the act; there is no lighter new rule</translation>
    </message>
    <message>
        <source>{0}：违法时已满14周岁不满18周岁（{1}岁），应当从轻或者减轻处罚</source>
        <translation>{0}: aged 14 to 17 at the time of the violation ({1}): the penalty must be lighter or mitigated</translation>
    </message>
    <message>
        <source>{0}：尚未完全丧失辨认或者控制能力，可以从轻或者减轻处罚</source>
        <translation>{0}: ability to recognise or control conduct not entirely lost: the penalty may be lighter or mitigated</translation>
    </message>
    <message>
        <source>当事人在回溯期内已有{0}起违法记录，不适用首违不罚</source>
        <translation>The party has {0} violation(s) on record in the look-back period: the first-violation exemption does not apply</translation>
    </message>
    <message>
        <source>请选择“不予处罚”决定，并记录说服教育情况（{0}）</source>
        <translation>Choose the “no penalty” decision and record the education given ({0})</translation>
    </message>
    <message>
        <source>罚款{0}元超过法定上限{1}元</source>
        <translation>The fine of {0} yuan exceeds the statutory maximum of {1} yuan</translation>
    </message>
    <message>
        <source>罚款低于法定下限{0}元</source>
        <translation>The fine is below the statutory minimum of {0} yuan</translation>
    </message>
    <message>
        <source>只有具备{0}或{1}减轻情形并勾选“减轻处罚”时才能低于下限</source>
        <translation>Only with mitigating grounds under {0} or {1} and “Mitigated penalty” ticked may the fine be below the minimum</translation>
    </message>
    <message>
        <source>请将罚款定在{0}元以下，或取消不成立的情形</source>
        <translation>Set the fine at {0} yuan or less, or untick grounds that do not apply</translation>
    </message>
    <message>
        <source>事先告知书中不写听证权利；当事人的意见在陈述申辩中听取</source>
        <translation>The prior notice does not state a hearing right; the party&apos;s views are heard in the statement and defence</translation>
    </message>
    <message>
        <source>文书只能载明案件已记录的处罚内容；金额变化须重新告知</source>
        <translation>A document can only state the penalty the case recorded; a changed amount needs a new notice</translation>
    </message>
    <message>
        <source>拟罚款{0}元未达到听证标准，当事人不享有听证权利，不能制作{1}</source>
        <translation>The intended fine of {0} yuan is below the hearing threshold, the party has no right to a hearing, so no {1} can be made</translation>
    </message>
    <message>
        <source>{0}的金额（{1}元）与案件记录的{2}元不一致</source>
        <translation>The amount of the {0} ({1} yuan) differs from the {2} yuan the case recorded</translation>
    </message>
    <message>
        <source>尚不能制作{0}：{1}</source>
        <translation>The {0} cannot be made yet: {1}</translation>
    </message>
    <message>
        <source>15位旧身份证号已升级为18位</source>
        <translation>The old 15-digit ID number was converted to 18 digits</translation>
    </message>
    <message>
        <source>身份证号应为18位，实际为{0}位</source>
        <translation>A resident ID number has 18 characters, this one has {0}</translation>
    </message>
    <message>
        <source>身份证号格式不正确</source>
        <translation>The resident ID number is not in the right format</translation>
    </message>
    <message>
        <source>身份证号前两位{0}不是有效的省级代码</source>
        <translation>The first two digits of the resident ID number ({0}) are not a valid province code</translation>
    </message>
    <message>
        <source>身份证号中的出生日期{0}不合理</source>
        <translation>The birth date in the resident ID number ({0}) is not plausible</translation>
    </message>
    <message>
        <source>身份证号校验位错误（应为{0}）</source>
        <translation>Wrong check character in the resident ID number (should be {0})</translation>
    </message>
    <message>
        <source>地址码{0}不在区划表中（可能为已撤销区划）</source>
        <translation>Address code {0} is not in the division table (perhaps an abolished division)</translation>
    </message>
    <message>
        <source>统一社会信用代码应为18位，实际为{0}位</source>
        <translation>A unified social credit code has 18 characters, this one has {0}</translation>
    </message>
    <message>
        <source>统一社会信用代码含有不允许的字符（不使用I、O、S、V、Z）或格式不正确</source>
        <translation>The unified social credit code contains characters not allowed (I, O, S, V and Z are not used) or is not in the right format</translation>
    </message>
    <message>
        <source>统一社会信用代码校验位错误（应为{0}）</source>
        <translation>Wrong check character in the unified social credit code (should be {0})</translation>
    </message>
    <message>
        <source>组织机构代码部分校验未通过</source>
        <translation>The organisation code part of the number fails its check</translation>
    </message>
    <message>
        <source>手机号码应为以1开头的11位数字</source>
        <translation>A mobile number has 11 digits starting with 1</translation>
    </message>
    <message>
        <source>电话号码格式不正确（手机11位，或区号-号码）</source>
        <translation>The phone number is not in the right format (11-digit mobile, or area code-number)</translation>
    </message>
    <message>
        <source>证件号码不能为空</source>
        <translation>The ID number cannot be empty</translation>
    </message>
    <message>
        <source>身份证号中的出生日期{0}不存在</source>
        <translation>The birth date in the resident ID number ({0}) does not exist</translation>
    </message>
    <message>
        <source>证件号码过长（最多{0}个字符）</source>
        <translation>The ID number is too long (at most {0} characters)</translation>
    </message>
    <message>
        <source>工商注册号应为15位数字</source>
        <translation>A business registration number has 15 digits</translation>
    </message>
    <message>
        <source>如发现违法行为需要处罚，请先把处理结果改为“建议立案”或“当场处罚”</source>
        <translation>If a violation was found that calls for a penalty, first change the outcome to “Propose filing a case” or “Penalty on the spot”</translation>
    </message>
    <message>
        <source>该检查已经立案登记，不能重复</source>
        <translation>A case was already filed from this inspection; it cannot be filed twice</translation>
    </message>
    <message>
        <source>请在“案件”中打开已登记的案件</source>
        <translation>Open the filed case under “Cases”</translation>
    </message>
    <message>
        <source>连续或继续状态的违法行为，终了日期不能早于发生日期</source>
        <translation>For a continuing violation the end date cannot be before the date it began</translation>
    </message>
    <message>
        <source>发现日期不能早于违法行为发生日期</source>
        <translation>The discovery date cannot be before the date of the violation</translation>
    </message>
    <message>
        <source>检查记录没有执法事项，无法立案</source>
        <translation>The inspection record has no enforcement matter, so no case can be filed</translation>
    </message>
    <message>
        <source>检查记录没有当事人，无法立案</source>
        <translation>The inspection record has no party, so no case can be filed</translation>
    </message>
    <message>
        <source>请填写投诉人，或选择匿名投诉</source>
        <translation>Enter the complainant, or choose anonymous complaint</translation>
    </message>
    <message>
        <source>请填写投诉人联系方式，或选择匿名投诉</source>
        <translation>Enter the complainant&apos;s contact, or choose anonymous complaint</translation>
    </message>
    <message>
        <source>请选择记录违法事实的电子技术监控设备</source>
        <translation>Choose the monitoring device that recorded the violation</translation>
    </message>
    <message>
        <source>请填写设备记录时间</source>
        <translation>Enter the time of the device record</translation>
    </message>
    <message>
        <source>请选择执法事项</source>
        <translation>Choose the enforcement matter</translation>
    </message>
    <message>
        <source>请填写违法行为地点</source>
        <translation>Enter where the violation took place</translation>
    </message>
    <message>
        <source>该检查的处理结果为“{0}”，不需要立案</source>
        <translation>The inspection&apos;s outcome is “{0}”, which needs no case</translation>
    </message>
    <message>
        <source>匿名投诉不登记投诉人和联系方式</source>
        <translation>An anonymous complaint records no complainant or contact</translation>
    </message>
    <message>
        <source>请选择中队</source>
        <translation>Choose the squad</translation>
    </message>
    <message>
        <source>请填写违法行为发生日期（{0}时效自此计算）</source>
        <translation>Enter the date of the violation (the limitation period of {0} runs from it)</translation>
    </message>
    <message>
        <source>请填写发现日期（{0}立案期限自此计算）</source>
        <translation>Enter the discovery date (the filing period of {0} runs from it)</translation>
    </message>
    <message>
        <source>设备{0}的记录{1}已登记为线索</source>
        <translation>Record {1} of device {0} is already registered as a clue</translation>
    </message>
    <message>
        <source>请填写{0}</source>
        <translation>Required: {0}</translation>
    </message>
    <message>
        <source>{0}格式应为 YYYY-MM-DD</source>
        <translation>{0} must be written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{0}不能晚于今天</source>
        <translation>{0} cannot be later than today</translation>
    </message>
    <message>
        <source>案卷评查标准</source>
        <translation>Case file evaluation standard</translation>
    </message>
    <message>
        <source>案件尚未结案，只能进行模拟评查</source>
        <translation>The case is not closed yet: only a mock evaluation is possible</translation>
    </message>
    <message>
        <source>结案后再正式评查，或选择“模拟评查”</source>
        <translation>Evaluate formally once the case is closed, or choose “Mock evaluation”</translation>
    </message>
    <message>
        <source>卷内没有现场照片或音像证据</source>
        <translation>No on-site photos or audio-visual evidence in the file</translation>
    </message>
    <message>
        <source>卷内没有现场检查笔录或询问笔录</source>
        <translation>No on-site inspection record or inquiry record in the file</translation>
    </message>
    <message>
        <source>处罚案件没有裁量表</source>
        <translation>A penalty case without a discretion form</translation>
    </message>
    <message>
        <source>未适用裁量基准阶次</source>
        <translation>No benchmark tier applied</translation>
    </message>
    <message>
        <source>无裁量说理</source>
        <translation>No discretion reasoning</translation>
    </message>
    <message>
        <source>超出推荐阶次或减轻处罚，未说明理由</source>
        <translation>Outside the recommended tier or mitigated without reasons given</translation>
    </message>
    <message>
        <source>罚款不在推荐幅度内却未标明</source>
        <translation>The fine is outside the recommended range but not marked so</translation>
    </message>
    <message>
        <source>罚款未缴清（应缴{0}元，已缴{1}元）且未申请强制执行即结案</source>
        <translation>Closed with the fine unpaid ({0} yuan due, {1} yuan paid) and no application for court enforcement</translation>
    </message>
    <message>
        <source>评查模型缺少等次</source>
        <translation>The scoring model has no grades</translation>
    </message>
    <message>
        <source>自动检查通过：{0}</source>
        <translation>Automatic checks passed: {0}</translation>
    </message>
    <message>
        <source>请管理员导入适用的裁量基准（inspector standards import）或核对事项代码</source>
        <translation>Ask the administrator to import the applicable benchmark (inspector standards import), or check the matter code</translation>
    </message>
    <message>
        <source>违法行为发生日（{0}）没有生效的裁量基准包含事项{1}</source>
        <translation>No benchmark in force on the date of the violation ({0}) includes matter {1}</translation>
    </message>
    <message>
        <source>当场行政处罚决定书只适用于简易程序案件</source>
        <translation>An on-the-spot penalty decision is only for simple-procedure cases</translation>
    </message>
    <message>
        <source>找不到可用的中文字体，请在设置中指定字体文件</source>
        <translation>No usable Chinese font was found; name a font file in the settings</translation>
    </message>
    <message>
        <source>行政处罚决定书尚未送达，不能催告或申请强制执行</source>
        <translation>The penalty decision has not been served yet, so no demand or application for enforcement can be made</translation>
    </message>
    <message>
        <source>请先送达决定书并登记送达</source>
        <translation>Serve the decision first and record the service</translation>
    </message>
    <message>
        <source>本案没有应缴的罚款，无需催告</source>
        <translation>This case has no fine to pay: no demand is needed</translation>
    </message>
    <message>
        <source>罚款已经缴清，无需催告</source>
        <translation>The fine has been paid in full: no demand is needed</translation>
    </message>
    <message>
        <source>罚款已经缴清，无需申请强制执行</source>
        <translation>The fine has been paid in full: no enforcement is needed</translation>
    </message>
    <message>
        <source>当事人已申请行政复议或者提起行政诉讼，尚未终结</source>
        <translation>The party has applied for administrative review or brought a lawsuit, not concluded yet</translation>
    </message>
    <message>
        <source>请在复议、诉讼终结后依结果办理</source>
        <translation>Act on the outcome once the review or lawsuit has concluded</translation>
    </message>
    <message>
        <source>申请强制执行前须先书面催告当事人履行义务</source>
        <translation>Before applying for enforcement the party must be given a written demand to comply</translation>
    </message>
    <message>
        <source>请先制作并送达催告书，登记“送达催告书”</source>
        <translation>Make and serve the demand notice first, and record “Demand notice served”</translation>
    </message>
    <message>
        <source>缴款期限至{0}届满，期满前当事人没有不履行义务，不能催告</source>
        <translation>The payment period runs until {0}; before it ends the party is not in default, so no demand can be made</translation>
    </message>
    <message>
        <source>请于{0}或以后再制作催告书</source>
        <translation>Make the demand notice on {0} or later</translation>
    </message>
    <message>
        <source>期限届满且当事人未申请复议、未起诉，又不履行的，方可申请</source>
        <translation>Apply only once the period has ended and the party has neither applied for review nor sued, and still does not comply</translation>
    </message>
    <message>
        <source>申请强制执行应在复议、诉讼期限届满之日起三个月内提出（至{0}）</source>
        <translation>Enforcement must be applied for within three months after the review and lawsuit periods end (until {0})</translation>
    </message>
    <message>
        <source>催告书送达满{0}后当事人仍未履行的，才可申请（{1}之后）</source>
        <translation>An application is possible only if the party still has not complied {0} after the demand notice was served (after {1})</translation>
    </message>
    <message>
        <source>（暂定：该年度节假日安排尚未载入，可能顺延，暂按{0}处理）</source>
        <translation> (provisional: that year&apos;s holiday calendar is not loaded yet, the date may move; {0} is used for now)</translation>
    </message>
    <message>
        <source>{0}至{1}届满{2}，期满前不能申请人民法院强制执行</source>
        <translation>The {0} runs until {1}{2}; before it ends no application to the people&apos;s court for enforcement can be made</translation>
    </message>
    <message>
        <source>《行政处罚法》第四十二条</source>
        <translation>Administrative Penalty Law Art. 42</translation>
    </message>
    <message>
        <source>请再选择一名持有有效执法证的执法人员</source>
        <translation>Choose one more officer with a valid enforcement certificate</translation>
    </message>
    <message>
        <source>请填写检查开始和结束时间</source>
        <translation>Enter when the inspection started and ended</translation>
    </message>
    <message>
        <source>请更换执法人员</source>
        <translation>Choose another officer</translation>
    </message>
    <message>
        <source>过期证件不能参与执法，请更换执法人员</source>
        <translation>An expired certificate cannot be used for enforcement; choose another officer</translation>
    </message>
    <message>
        <source>检查结束时间必须晚于开始时间</source>
        <translation>The inspection must end after it started</translation>
    </message>
    <message>
        <source>请填写检查地点</source>
        <translation>Enter where the inspection took place</translation>
    </message>
    <message>
        <source>经纬度须同时填写</source>
        <translation>Enter both latitude and longitude</translation>
    </message>
    <message>
        <source>请至少选择一个执法事项</source>
        <translation>Choose at least one enforcement matter</translation>
    </message>
    <message>
        <source>发现违法时须填写当事人</source>
        <translation>When a violation was found, the party must be entered</translation>
    </message>
    <message>
        <source>现场检查须由两名以上持有执法证件的执法人员进行（当前 {0} 名）</source>
        <translation>An inspection needs at least two officers with enforcement certificates ({0} now)</translation>
    </message>
    <message>
        <source>责令改正须填写改正期限</source>
        <translation>An order to correct needs a deadline for the correction</translation>
    </message>
    <message>
        <source>执法人员{0}（证号 {1}）已停用，不能参与执法</source>
        <translation>Officer {0} (certificate {1}) is deactivated and cannot take part in enforcement</translation>
    </message>
    <message>
        <source>执法人员{0}的执法证（{1}）已于 {2} 过期</source>
        <translation>Officer {0}&apos;s enforcement certificate ({1}) expired on {2}</translation>
    </message>
    <message>
        <source>{0}不属于{1}</source>
        <translation>{0} is not in {1}</translation>
    </message>
    <message>
        <source>未知的处理结果：{0}</source>
        <translation>Unknown outcome: {0}</translation>
    </message>
    <message>
        <source>改正期限不能早于检查日期</source>
        <translation>The deadline for the correction cannot be before the inspection date</translation>
    </message>
    <message>
        <source>经纬度无效（纬度 −90～90，经度 −180～180）</source>
        <translation>Invalid coordinates (latitude −90 to 90, longitude −180 to 180)</translation>
    </message>
    <message>
        <source>裁量基准《{0}》（{1}版）事项{2}“{3}”</source>
        <translation>Benchmark “{0}” (version {1}), matter {2} “{3}”</translation>
    </message>
    <message>
        <source>文书不能引用未经核实或外地的法律依据：{0}</source>
        <translation>A document cannot cite an unverified or another region&apos;s legal basis: {0}</translation>
    </message>
    <message>
        <source>请管理员对照法律法规原文核实该行的违法依据和处罚依据，在裁量基准中标注已核实（citation_verified）并填写适用地区后再出具；或由承办人填写经核实的依据</source>
        <translation>Ask the administrator to check the row&apos;s violated and penalty provisions against the texts of the law, mark them verified in the benchmark (citation_verified) and fill in the region they apply to before issuing; or the case handler enters a verified basis</translation>
    </message>
    <message>
        <source>引自其他地区（行政区划代码{0}），不适用于本机关（{1}）</source>
        <translation>Taken from another region (division code {0}), not applicable to this agency ({1})</translation>
    </message>
    <message>
        <source>依据中含有“待核实”等工作备注</source>
        <translation>The basis contains working notes such as “to be verified”</translation>
    </message>
    <message>
        <source>手工填写的依据</source>
        <translation>Basis entered by hand</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>条文未经核实（{0}）</source>
        <translation>Article not verified ({0})</translation>
    </message>
    <message>
        <source>条文未经核实</source>
        <translation>Article not verified</translation>
    </message>
    <message>
        <source>未标注</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>请选择当事人类型（自然人/单位/个体工商户）</source>
        <translation>Choose the party type (natural person / organisation / individual business)</translation>
    </message>
    <message>
        <source>当事人姓名或名称不能为空</source>
        <translation>The party&apos;s name cannot be empty</translation>
    </message>
    <message>
        <source>单位当事人应提供统一社会信用代码</source>
        <translation>An organisation must give its unified social credit code</translation>
    </message>
    <message>
        <source>未知的证件类型：{0}</source>
        <translation>Unknown ID type: {0}</translation>
    </message>
    <message>
        <source>先行登记保存须经行政机关负责人批准</source>
        <translation>Registering and preserving evidence in advance needs the approval of the agency&apos;s head</translation>
    </message>
    <message>
        <source>请填写批准的负责人</source>
        <translation>Enter the head who approved it</translation>
    </message>
    <message>
        <source>请填写物品名称、规格</source>
        <translation>Enter the item&apos;s name and specification</translation>
    </message>
    <message>
        <source>请填写保存地点</source>
        <translation>Enter where it is kept</translation>
    </message>
    <message>
        <source>措施只能是先行登记保存或查封扣押</source>
        <translation>The measure can only be advance registration and preservation, or sealing up and seizure</translation>
    </message>
    <message>
        <source>该物品已作出处理决定</source>
        <translation>A decision on this item has already been made</translation>
    </message>
    <message>
        <source>处理决定只能是：{0}</source>
        <translation>The disposition can only be: {0}</translation>
    </message>
    <message>
        <source>公示记录尚未审签，不能登记公示</source>
        <translation>The publicity record is not signed off, so publication cannot be recorded</translation>
    </message>
    <message>
        <source>请先审核隐私处理后的预览并签发</source>
        <translation>Check the redacted preview and sign it off first</translation>
    </message>
    <message>
        <source>决定被依法变更、撤销或确认违法、无效的，请中队长先在案件中登记决定变更/撤销</source>
        <translation>When the decision is changed, revoked, or found unlawful or void, the squad leader first records the change on the case</translation>
    </message>
    <message>
        <source>撤下公示须写明原因</source>
        <translation>Withdrawing a publication needs a reason</translation>
    </message>
    <message>
        <source>请填写决定被变更、撤销或确认违法、无效的情况</source>
        <translation>State how the decision was changed, revoked, or found unlawful or void</translation>
    </message>
    <message>
        <source>该决定尚未公示，无需撤下</source>
        <translation>The decision has not been published: nothing to withdraw</translation>
    </message>
    <message>
        <source>本决定不予公开：{0}</source>
        <translation>This decision is not to be published: {0}</translation>
    </message>
    <message>
        <source>公示日期应在决定日期和今天之间</source>
        <translation>The publication date must be between the decision date and today</translation>
    </message>
    <message>
        <source>如需重新作出决定，请先作废原决定书文号并登记决定变更</source>
        <translation>To decide again, first void the original decision&apos;s number and record the change of decision</translation>
    </message>
    <message>
        <source>本案已有有效的决定书（{0}），一个案件只能有一份有效决定</source>
        <translation>The case already has a valid decision ({0}); a case can have only one valid decision</translation>
    </message>
    <message>
        <source>事项{0}（{1}）属本机关职权目录</source>
        <translation>Matter {0} ({1}) is in this agency&apos;s catalogue of powers</translation>
    </message>
    <message>
        <source>事项代码“{0}”不在违法行为发生日生效的职权（裁量基准）目录中</source>
        <translation>Matter code “{0}” is not in the catalogue of powers (discretion benchmark) in force on the date of the act</translation>
    </message>
    <message>
        <source>{0}名执法人员持有{1}有效的执法证</source>
        <translation>{0} officer(s) hold an enforcement certificate valid on {1}</translation>
    </message>
    <message>
        <source>{0}名执法人员持有{1}有效的执法证，少于两名</source>
        <translation>{0} officer(s) hold an enforcement certificate valid on {1}, fewer than two</translation>
    </message>
    <message>
        <source>两名以上持有效执法证的执法人员（第四十二条）</source>
        <translation>Two or more officers with valid enforcement certificates (Art. 42)</translation>
    </message>
    <message>
        <source>证件号码校验通过</source>
        <translation>ID number checks out</translation>
    </message>
    <message>
        <source>缺少：{0}</source>
        <translation>Missing: {0}</translation>
    </message>
    <message>
        <source>已到环节均有记录</source>
        <translation>Every stage reached is on record</translation>
    </message>
    <message>
        <source>日期顺序正确</source>
        <translation>Dates in the right order</translation>
    </message>
    <message>
        <source>无程序倒置（如告知前作出决定、立案前取证）</source>
        <translation>No steps out of order (e.g. a decision before the notice, evidence before filing)</translation>
    </message>
    <message>
        <source>{0}{1}，{2}{3}：顺序倒置</source>
        <translation>{0} {1}, {2} {3}: out of order</translation>
    </message>
    <message>
        <source>公示期限至{0}，尚未公示（已逾期）</source>
        <translation>To be published by {0}, not published yet (overdue)</translation>
    </message>
    <message>
        <source>公示期限至{0}，尚未公示</source>
        <translation>To be published by {0}, not published yet</translation>
    </message>
    <message>
        <source>公示期限至{0}，{1}公示</source>
        <translation>To be published by {0}, published {1}</translation>
    </message>
    <message>
        <source>{0}（执法证{1}，至{2}）</source>
        <translation>{0} (certificate {1}, valid until {2})</translation>
    </message>
    <message>
        <source>案件没有当事人</source>
        <translation>The case has no party</translation>
    </message>
    <message>
        <source>当事人没有身份证件号码</source>
        <translation>The party has no ID number</translation>
    </message>
    <message>
        <source>当事人类型与证件类型不符</source>
        <translation>The party type does not match the ID type</translation>
    </message>
    <message>
        <source>找不到违法行为发生日生效的依据</source>
        <translation>No legal basis in force on the date of the act was found</translation>
    </message>
    <message>
        <source>无法确定法定幅度</source>
        <translation>The statutory range cannot be determined</translation>
    </message>
    <message>
        <source>简易程序：当场处罚决定</source>
        <translation>Simplified procedure: on-the-spot decision</translation>
    </message>
    <message>
        <source>听证（当事人已申请）</source>
        <translation>Hearing (requested by the party)</translation>
    </message>
    <message>
        <source>法制审核（第五十八条）</source>
        <translation>Legal review (Art. 58)</translation>
    </message>
    <message>
        <source>缺少违法行为日期或发现日期</source>
        <translation>The date of the act or of discovery is missing</translation>
    </message>
    <message>
        <source>陈述申辩期届满后才作出决定（第六十二条）</source>
        <translation>Decided only after the statement period ended (Art. 62)</translation>
    </message>
    <message>
        <source>告知送达{0}，申辩期至{1}，决定{2}（当事人书面放弃）</source>
        <translation>Notice served {0}, statement period until {1}, decided {2} (waived in writing by the party)</translation>
    </message>
    <message>
        <source>告知送达{0}，申辩期至{1}，决定{2}</source>
        <translation>Notice served {0}, statement period until {1}, decided {2}</translation>
    </message>
    <message>
        <source>立案之日起90日内作出决定（第六十条，含批准延长）</source>
        <translation>Decided within 90 days of filing (Art. 60, including approved extensions)</translation>
    </message>
    <message>
        <source>立案{0}，决定{1}，期限至{2}</source>
        <translation>Filed {0}, decided {1}, due {2}</translation>
    </message>
    <message>
        <source>决定书{0}内送达（第六十一条）</source>
        <translation>Decision served within {0} (Art. 61)</translation>
    </message>
    <message>
        <source>决定{0}，送达{1}，期限至{2}</source>
        <translation>Decided {0}, served {1}, due {2}</translation>
    </message>
    <message>
        <source>处罚决定按期公示（国办发〔2018〕118号）</source>
        <translation>Decision published on time (State Council Office Doc. [2018] No. 118)</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>未知证件类型{0}</source>
        <translation>Unknown ID type {0}</translation>
    </message>
    <message>
        <source>尚无拟罚款金额</source>
        <translation>No proposed fine yet</translation>
    </message>
    <message>
        <source>不予处罚</source>
        <translation>No penalty</translation>
    </message>
    <message>
        <source>听证申请在告知后{0}内（第六十四条第（一）项）</source>
        <translation>Hearing requested within {0} of the notice (Art. 64 item 1)</translation>
    </message>
    <message>
        <source>告知送达{0}，申请{1}，期限至{2}</source>
        <translation>Notice served {0}, requested {1}, due {2}</translation>
    </message>
    <message>
        <source>听证{0}前通知当事人（第六十四条第（二）项）</source>
        <translation>Party notified {0} before the hearing (Art. 64 item 2)</translation>
    </message>
    <message>
        <source>通知{0}，听证{1}，最早{2}</source>
        <translation>Notified {0}, hearing {1}, earliest {2}</translation>
    </message>
    <message>
        <source>公示记录</source>
        <translation>Publication record</translation>
    </message>
    <message>
        <source>请在案件中指派至少两名执法证在有效期内的执法人员后再操作</source>
        <translation>Assign at least two officers with valid enforcement certificates to the case first</translation>
    </message>
    <message>
        <source>请作出不予处罚决定，责令监护人加以管教，并记录教育情况</source>
        <translation>Decide on no penalty, order the guardian to discipline the minor and record the education given</translation>
    </message>
    <message>
        <source>法制审核人员须取得国家统一法律职业资格</source>
        <translation>Legal reviewers must hold the national legal professional qualification</translation>
    </message>
    <message>
        <source>请由具有法律职业资格的法制审核员进行审核（在用户资料中登记资格）</source>
        <translation>Have a legal reviewer with the legal professional qualification review the case (record it in the user&apos;s profile)</translation>
    </message>
    <message>
        <source>缺少违法行为（终了）日期或发现日期，无法判断追责时效</source>
        <translation>The date the act (ended) or of discovery is missing: the limitation period cannot be judged</translation>
    </message>
    <message>
        <source>请先在案件中填写违法行为日期和发现日期</source>
        <translation>Enter the date of the act and the date of discovery in the case first</translation>
    </message>
    <message>
        <source>不得处罚；请选择“不予立案”（或不予处罚）并记录理由（超过追责时效）</source>
        <translation>No penalty may be imposed; choose “Do not file” (or no penalty) and record the reason (limitation period expired)</translation>
    </message>
    <message>
        <source>不予立案须记录理由</source>
        <translation>Not filing a case requires a recorded reason</translation>
    </message>
    <message>
        <source>请填写不予立案的理由（如超过追责时效、不属于本机关管辖）</source>
        <translation>Enter why the case is not filed (e.g. limitation period expired, outside this agency&apos;s jurisdiction)</translation>
    </message>
    <message>
        <source>当场处罚前须告知当事人拟处罚内容及陈述申辩权，并听取其陈述申辩</source>
        <translation>Before an on-the-spot penalty the party must be told of the intended penalty and the right to make a statement, and be heard</translation>
    </message>
    <message>
        <source>请在决定书上记录口头告知和当事人的陈述申辩后再提交</source>
        <translation>Record the oral notice and the party&apos;s statement on the decision before submitting</translation>
    </message>
    <message>
        <source>请选择审核结论（同意/修改后同意/退回补充调查/不同意）</source>
        <translation>Choose a review verdict (agree / agree after changes / return for further investigation / disagree)</translation>
    </message>
    <message>
        <source>请填写需要修改或补正的问题</source>
        <translation>Enter what must be changed or corrected</translation>
    </message>
    <message>
        <source>送达日期应在制作文书之日和今天之间</source>
        <translation>The service date must be between the document&apos;s issue date and today</translation>
    </message>
    <message>
        <source>请填写实际送达日期</source>
        <translation>Enter the actual service date</translation>
    </message>
    <message>
        <source>本辖区尚未设置听证（较大数额罚款）标准，无法判断当事人是否享有听证权利，不能制作事先告知书</source>
        <translation>No hearing threshold (large fine) is set for this jurisdiction, so whether the party may request a hearing cannot be judged and the prior notice cannot be issued</translation>
    </message>
    <message>
        <source>请系统管理员在“设置”中设定 hearing.thresholds（按行政区划，个人/单位金额，单位：分）后再告知</source>
        <translation>Ask the administrator to set hearing.thresholds in Settings (per division, amounts for persons/organisations, in fen) before giving notice</translation>
    </message>
    <message>
        <source>放弃陈述申辩须有当事人的书面声明</source>
        <translation>Waiving the statement requires the party&apos;s written declaration</translation>
    </message>
    <message>
        <source>请登记当事人签名的书面放弃声明（编号或说明）</source>
        <translation>Record the party&apos;s signed written waiver (number or description)</translation>
    </message>
    <message>
        <source>本案拟处罚未达到听证标准，当事人不享有听证权利</source>
        <translation>The intended penalty is below the hearing threshold: the party has no right to a hearing</translation>
    </message>
    <message>
        <source>如当事人坚持，可在陈述申辩中听取其意见</source>
        <translation>If the party insists, hear their views as part of the statement</translation>
    </message>
    <message>
        <source>逾期未申请视为放弃听证；请继续办理</source>
        <translation>A request not made in time counts as waiving the hearing; continue with the case</translation>
    </message>
    <message>
        <source>尚未通知当事人听证的时间、地点</source>
        <translation>The party has not been notified of the hearing&apos;s time and place</translation>
    </message>
    <message>
        <source>请先登记听证通知</source>
        <translation>Record the hearing notice first</translation>
    </message>
    <message>
        <source>听证不能早于通知的听证日期</source>
        <translation>The hearing cannot be held before the notified hearing date</translation>
    </message>
    <message>
        <source>移送须写明接收的司法机关</source>
        <translation>A transfer must name the receiving judicial organ</translation>
    </message>
    <message>
        <source>请填写接收机关名称</source>
        <translation>Enter the receiving organ&apos;s name</translation>
    </message>
    <message>
        <source>不予处罚的，应当对当事人进行教育</source>
        <translation>When no penalty is imposed the party must be educated</translation>
    </message>
    <message>
        <source>请记录对当事人进行说服教育的情况后再作出决定</source>
        <translation>Record the education given to the party before deciding</translation>
    </message>
    <message>
        <source>作出处罚决定前须事先告知当事人拟处罚的内容和权利</source>
        <translation>Before a penalty decision the party must be told of the intended penalty and their rights</translation>
    </message>
    <message>
        <source>请先制作并送达行政处罚事先告知书</source>
        <translation>Issue and serve the prior notice of administrative penalty first</translation>
    </message>
    <message>
        <source>不得因当事人申辩而加重处罚；确需提高的，须重新事先告知</source>
        <translation>The penalty may not be increased because of the party&apos;s defence; to raise it, give prior notice again</translation>
    </message>
    <message>
        <source>当事人已申请听证，尚未举行听证</source>
        <translation>The party requested a hearing that has not been held yet</translation>
    </message>
    <message>
        <source>请先通知并举行听证，依据听证笔录作出决定</source>
        <translation>Notify and hold the hearing first, and decide on the basis of the hearing record</translation>
    </message>
    <message>
        <source>本案标记为情节复杂或重大违法行为，须经行政机关负责人集体讨论决定</source>
        <translation>This case is marked complex or a serious violation: the agency&apos;s heads must decide it collectively</translation>
    </message>
    <message>
        <source>请先组织负责人集体讨论并登记讨论结论</source>
        <translation>Hold the heads&apos; collective discussion and record its conclusion first</translation>
    </message>
    <message>
        <source>请提交法制审核，由具有法律职业资格的审核员审核通过后再决定</source>
        <translation>Submit the case for legal review and decide once a qualified reviewer has passed it</translation>
    </message>
    <message>
        <source>移送须写明接收机关和移送理由</source>
        <translation>A transfer must name the receiving organ and the reason</translation>
    </message>
    <message>
        <source>请填写接收机关（司法机关或有管辖权的行政机关）和理由</source>
        <translation>Enter the receiving organ (a judicial organ or the competent administrative organ) and the reason</translation>
    </message>
    <message>
        <source>延长期限须写明延长天数和理由</source>
        <translation>An extension must state the number of days and the reason</translation>
    </message>
    <message>
        <source>请填写天数和理由，并经负责人批准</source>
        <translation>Enter the days and the reason, approved by the agency&apos;s head</translation>
    </message>
    <message>
        <source>电子送达须经当事人同意并签订确认书</source>
        <translation>Electronic service requires the party&apos;s consent and a signed confirmation</translation>
    </message>
    <message>
        <source>请登记当事人签署的送达地址确认书后再电子送达，或改用其他送达方式</source>
        <translation>Record the party&apos;s signed service address confirmation before serving electronically, or use another method</translation>
    </message>
    <message>
        <source>决定变更、撤销或被确认违法、无效的，须写明原因</source>
        <translation>When a decision is changed, revoked, or held unlawful or void, the reason must be stated</translation>
    </message>
    <message>
        <source>决定未被变更或撤销，无需撤下公示</source>
        <translation>The decision was not changed or revoked: there is no publication to withdraw</translation>
    </message>
    <message>
        <source>本案没有当场收缴的罚款</source>
        <translation>No fine was collected on the spot in this case</translation>
    </message>
    <message>
        <source>无需上缴</source>
        <translation>Nothing to hand in</translation>
    </message>
    <message>
        <source>暂缓或分期缴纳须写明期限和理由</source>
        <translation>Deferred or instalment payment must state the term and the reason</translation>
    </message>
    <message>
        <source>请填写批准的缴纳期限（until）和理由</source>
        <translation>Enter the approved payment term (until) and the reason</translation>
    </message>
    <message>
        <source>缴款金额须大于零</source>
        <translation>The amount paid must be greater than zero</translation>
    </message>
    <message>
        <source>请填写实际缴款金额</source>
        <translation>Enter the amount actually paid</translation>
    </message>
    <message>
        <source>处罚决定尚未送达，不能催告</source>
        <translation>The penalty decision has not been served: no payment demand yet</translation>
    </message>
    <message>
        <source>请先送达处罚决定书</source>
        <translation>Serve the penalty decision first</translation>
    </message>
    <message>
        <source>罚款已缴清，无需催告</source>
        <translation>The fine is paid: no payment demand needed</translation>
    </message>
    <message>
        <source>申请强制执行前须先送达催告书</source>
        <translation>A payment demand must be served before applying for enforcement</translation>
    </message>
    <message>
        <source>请先送达催告书</source>
        <translation>Serve the payment demand first</translation>
    </message>
    <message>
        <source>罚款已缴清，无需申请强制执行</source>
        <translation>The fine is paid: no enforcement needed</translation>
    </message>
    <message>
        <source>当事人已申请行政复议或提起行政诉讼，尚未终结</source>
        <translation>The party applied for administrative reconsideration or brought a lawsuit that has not ended</translation>
    </message>
    <message>
        <source>复议、诉讼终结后依结果办理；不能在此期间申请非诉强制执行</source>
        <translation>Act on the outcome once the reconsideration or lawsuit ends; no non-litigation enforcement meanwhile</translation>
    </message>
    <message>
        <source>超过法定申请期限，法院不予受理；请报负责人研究处理</source>
        <translation>The statutory application period is over and the court will not accept it; refer it to the agency&apos;s head</translation>
    </message>
    <message>
        <source>当事人违法时未满14周岁（{0}岁），不予行政处罚</source>
        <translation>The party was under 14 at the time of the act ({0} years old): no administrative penalty</translation>
    </message>
    <message>
        <source>违法行为终了于{0}，至发现之日已超过追责时效（{1}届满）</source>
        <translation>The act ended on {0}; by its discovery the limitation period had expired (ended {1})</translation>
    </message>
    <message>
        <source>审核结论为“{0}”的，须写明审核意见</source>
        <translation>A verdict of “{0}” requires a written opinion</translation>
    </message>
    <message>
        <source>听证申请期已于{0}届满（告知后{1}）</source>
        <translation>The period to request a hearing ended on {0} ({1} after the notice)</translation>
    </message>
    <message>
        <source>应在举行听证的{0}前通知当事人，听证日期不能早于{1}</source>
        <translation>The party must be notified {0} before the hearing: the hearing cannot be before {1}</translation>
    </message>
    <message>
        <source>请把听证日期改到{0}或以后</source>
        <translation>Move the hearing to {0} or later</translation>
    </message>
    <message>
        <source>请于{0}或以后举行听证</source>
        <translation>Hold the hearing on {0} or later</translation>
    </message>
    <message>
        <source>决定类型只能是第五十七条规定的四种之一</source>
        <translation>The decision must be one of the four kinds in Article 57</translation>
    </message>
    <message>
        <source>请选择：给予处罚、不予处罚（轻微）、违法事实不能成立、移送司法机关</source>
        <translation>Choose: penalty, no penalty (minor), violation not established, or transfer to a judicial organ</translation>
    </message>
    <message>
        <source>陈述申辩期按周末推算至{0}届满，但{1}年节假日日历尚未导入，期限可能更晚</source>
        <translation>Counting weekends only, the statement period ends on {0}, but the {1} holiday calendar is not imported: it may end later</translation>
    </message>
    <message>
        <source>请管理员导入{0}年节假日日历后再决定，或于{1}之后再作出决定</source>
        <translation>Ask the administrator to import the {0} holiday calendar before deciding, or decide after {1}</translation>
    </message>
    <message>
        <source>决定罚款{0}元高于告知的{1}元</source>
        <translation>The fine decided, {0} yuan, is higher than the {1} yuan notified</translation>
    </message>
    <message>
        <source>未知的送达方式</source>
        <translation>Unknown service method</translation>
    </message>
    <message>
        <source>请选择直接、留置、委托、邮寄、公告或电子送达</source>
        <translation>Choose direct, left at the address, entrusted, by post, by public notice or electronic service</translation>
    </message>
    <message>
        <source>请填写原因；已公示的决定须在{0}内撤下</source>
        <translation>Enter the reason; a published decision must be withdrawn within {0}</translation>
    </message>
    <message>
        <source>缴款期限至{0}届满，期满前不能催告</source>
        <translation>The payment period runs until {0}: no payment demand before it ends</translation>
    </message>
    <message>
        <source>请于{0}之后仍未缴纳时再送达催告书</source>
        <translation>Serve the payment demand if it is still unpaid after {0}</translation>
    </message>
    <message>
        <source>催告书送达满{0}后才可申请（{1}起）</source>
        <translation>Enforcement can be applied for only {0} after the payment demand was served (from {1})</translation>
    </message>
    <message>
        <source>请于{0}或以后申请</source>
        <translation>Apply on {0} or later</translation>
    </message>
    <message>
        <source>当事人申请复议、提起诉讼的期限尚未届满，{0}起才可申请法院强制执行</source>
        <translation>The party&apos;s periods for reconsideration and lawsuit are still running: court enforcement can be applied for from {0}</translation>
    </message>
    <message>
        <source>申请强制执行的期限已于{0}届满</source>
        <translation>The period to apply for enforcement ended on {0}</translation>
    </message>
    <message>
        <source>尚未收到接收机关的回执</source>
        <translation>No receipt from the receiving organ yet</translation>
    </message>
    <message>
        <source>请先登记接收机关的书面回执</source>
        <translation>Record the receiving organ&apos;s written receipt first</translation>
    </message>
    <message>
        <source>请登记缴款，或依法催告并申请法院强制执行后再结案</source>
        <translation>Record the payment, or serve a payment demand and apply to the court for enforcement, before closing</translation>
    </message>
    <message>
        <source>本案只有{0}名持有效执法证的执法人员（执法证已过期：{1}）</source>
        <translation>Only {0} officer(s) on this case hold a valid enforcement certificate (expired: {1})</translation>
    </message>
    <message>
        <source>本案只有{0}名持有效执法证的执法人员</source>
        <translation>Only {0} officer(s) on this case hold a valid enforcement certificate</translation>
    </message>
    <message>
        <source>本案须经法制审核通过才能作出决定：{0}</source>
        <translation>This case must pass legal review before a decision: {0}</translation>
    </message>
    <message>
        <source>罚款尚未缴清（应缴{0}元，已缴{1}元）</source>
        <translation>The fine is not fully paid ({0} yuan due, {1} yuan paid)</translation>
    </message>
    <message>
        <source>{0}年{1}月{2}日</source>
        <translation>{1}/{2}/{0}</translation>
    </message>
    <message>
        <source>{0}元</source>
        <translation>{0} yuan</translation>
    </message>
    <message>
        <source>决定罚款{0}不在推荐幅度内，裁量表未说明理由，决定书无法说理</source>
        <translation>The fine decided, {0}, is outside the recommended range and the discretion form gives no reason: the decision cannot state its reasoning</translation>
    </message>
    <message>
        <source>听证定于{0}举行，尚未举行</source>
        <translation>The hearing is set for {0} and has not been held yet</translation>
    </message>
    <message>
        <source>请于{0}举行听证时制作笔录</source>
        <translation>Make the record when the hearing is held on {0}</translation>
    </message>
    <message>
        <source>请写明需要修改或补充调查的问题</source>
        <translation>Write what must be changed or investigated further</translation>
    </message>
    <message>
        <source>案件不在法制审核中，无需延长</source>
        <translation>The case is not in legal review: nothing to extend</translation>
    </message>
    <message>
        <source>延长审核期限须写明理由</source>
        <translation>Extending the review period needs a reason</translation>
    </message>
    <message>
        <source>请填写理由（如案情复杂须补充材料）</source>
        <translation>Enter the reason (e.g. a complex case needing more material)</translation>
    </message>
    <message>
        <source>本次法制审核已延长过一次</source>
        <translation>This legal review has already been extended once</translation>
    </message>
    <message>
        <source>审核期限只能延长一次</source>
        <translation>The review period can be extended only once</translation>
    </message>
    <message>
        <source>未知的审核结论：{0}</source>
        <translation>Unknown review verdict: {0}</translation>
    </message>
    <message>
        <source>{0} {1}（{2}）</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <source>请选择“修改后同意”或“退回补充调查”，并写明意见</source>
        <translation>Choose “Agree after changes” or “Return for further investigation” and write your opinion</translation>
    </message>
    <message>
        <source>请逐项核对并勾选后再同意</source>
        <translation>Check and tick each item before agreeing</translation>
    </message>
    <message>
        <source>审核清单有未通过的项目：{0}</source>
        <translation>Review checklist items not met: {0}</translation>
    </message>
    <message>
        <source>尚有人工审核项目未确认：{0}</source>
        <translation>Manual review items not confirmed yet: {0}</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>勾选后记入案件：追责时效为五年，此后作出决定按同一时效判断</source>
        <translation>Once ticked it is kept on the case: the limitation period is five years, and the decision is judged by the same period</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>期间内</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>期间届满</source>
        <translation>Period ended</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第五十六条、第八十五条</source>
        <translation>Administrative Penalty Law Art. 56, Art. 85</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第四十四条、第六十二条（期限为实践做法）</source>
        <translation>Administrative Penalty Law Art. 44, Art. 62 (period by common practice)</translation>
    </message>
    <message>
        <source>《中华人民共和国行政处罚法》第六十四条第（一）项、第八十五条</source>
        <translation>Administrative Penalty Law Art. 64 item 1, Art. 85</translation>
    </message>
    <message>
        <source>核查线索</source>
        <translation>Verify the clue</translation>
    </message>
    <message>
        <source>线索已登记，待核查后提请立案</source>
        <translation>Clue registered; verify it, then propose filing a case</translation>
    </message>
    <message>
        <source>审批立案</source>
        <translation>Approve filing</translation>
    </message>
    <message>
        <source>核查完毕，待中队长审批立案（第五十四条）</source>
        <translation>Verified; the squad leader approves filing (Art. 54)</translation>
    </message>
    <message>
        <source>已立案，待调查取证（第五十五条）</source>
        <translation>Filed; investigate and collect evidence (Art. 55)</translation>
    </message>
    <message>
        <source>调查取证中</source>
        <translation>Investigation under way</translation>
    </message>
    <message>
        <source>调查终结，待提交审核</source>
        <translation>Investigation ended; submit for review</translation>
    </message>
    <message>
        <source>审核完毕，待制作事先告知书（第四十四条）</source>
        <translation>Reviewed; draw up the prior notice (Art. 44)</translation>
    </message>
    <message>
        <source>待法制审核（第五十八条）</source>
        <translation>Awaiting legal review (Art. 58)</translation>
    </message>
    <message>
        <source>陈述申辩期届满后由中队长决定（第六十二条）</source>
        <translation>The squad leader decides once the statement period has ended (Art. 62)</translation>
    </message>
    <message>
        <source>组织听证</source>
        <translation>Hold the hearing</translation>
    </message>
    <message>
        <source>当事人申请听证（第六十四条）</source>
        <translation>The party applied for a hearing (Art. 64)</translation>
    </message>
    <message>
        <source>集体讨论后作出决定（第五十七条第二款）</source>
        <translation>Decide after collective discussion (Art. 57(2))</translation>
    </message>
    <message>
        <source>决定已作出，待送达（第六十一条）</source>
        <translation>Decision made; serve it (Art. 61)</translation>
    </message>
    <message>
        <source>督促缴款</source>
        <translation>Follow up the payment</translation>
    </message>
    <message>
        <source>决定已送达，待当事人履行（第六十七条）</source>
        <translation>Decision served; the party is to comply (Art. 67)</translation>
    </message>
    <message>
        <source>执行或结案</source>
        <translation>Enforce or close</translation>
    </message>
    <message>
        <source>执行中：缴款、催告或申请强制执行</source>
        <translation>Executing: payment, demand or application for compulsory enforcement</translation>
    </message>
    <message>
        <source>已移送，待结案</source>
        <translation>Transferred; close the case</translation>
    </message>
    <message>
        <source>已结案，待整理案卷归档</source>
        <translation>Closed; compile the case file and archive it</translation>
    </message>
    <message>
        <source>不予立案，待归档</source>
        <translation>Not filed; archive</translation>
    </message>
    <message>
        <source>陈述申辩期至{0}（第四十四条、第六十二条），期满后由中队长作出决定</source>
        <translation>Statement period until {0} (Art. 45); the squad leader decides after it ends</translation>
    </message>
    <message>
        <source>根据审核意见继续办理</source>
        <translation>Continue as the review opinion says</translation>
    </message>
    <message>
        <source>法制审核已出具意见</source>
        <translation>The legal review has given its opinion</translation>
    </message>
    <message>
        <source>经过听证程序（第五十八条第一款第（二）项）</source>
        <translation>Went through a hearing (Art. 58(1) item 2)</translation>
    </message>
    <message>
        <source>罚款不在推荐裁量阶次内（本地规定）</source>
        <translation>Fine outside the recommended discretion tier (local rule)</translation>
    </message>
    <message>
        <source>减轻处罚（本地规定）</source>
        <translation>Mitigated penalty (local rule)</translation>
    </message>
    <message>
        <source>罚款达到{0}元（本地规定）</source>
        <translation>Fine of {0} yuan or more (local rule)</translation>
    </message>
    <message>
        <source>对{0}罚款达到{1}元（本地规定）</source>
        <translation>Fine of {1} yuan or more on {0} (local rule)</translation>
    </message>
    <message>
        <source>公民</source>
        <translation>a citizen</translation>
    </message>
    <message>
        <source>法人或其他组织</source>
        <translation>a legal person or other organisation</translation>
    </message>
    <message>
        <source>拟责令停产停业、吊销许可证或没收较大数额财物（本地规定）</source>
        <translation>Intends to order suspension of business, revoke a licence or confiscate property of large value (local rule)</translation>
    </message>
    <message>
        <source>拟强制拆除（本地规定）</source>
        <translation>Intends compulsory demolition (local rule)</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不通过</source>
        <translation>Not passed</translation>
    </message>
</context>
</TS>
