"""Editable configuration with its defaults: every [S]/[U]/[P] number of the domain lives here, not in code."""

from __future__ import annotations

from typing import Any

# key -> (default, short description). Values are JSON. Modules add their own keys to this registry.
DEFAULTS: dict[str, tuple[Any, str]] = {
    "ui.idle_lock_minutes": (10, "界面空闲多少分钟后自动锁定"),
    "auth.max_failed_logins": (5, "连续登录失败多少次后锁定账户"),
    "auth.lock_minutes": (15, "账户锁定时长（分钟）"),
    "ui.font_path": ("", "中文字体文件路径（系统字体之外的备选）"),
    "evidence.max_file_mb": (2048, "单个证据文件大小上限（MB）"),
    "sync.central_dsn": ("", "中心数据库连接串（PostgreSQL），例如 host=10.0.0.5 dbname=inspector user=station_01"),
    "evidence.max_image_megapixels": (200, "单张照片像素上限（百万像素），超过视为解压炸弹拒收"),
    "evidence.thumb_px": (256, "缩略图边长（像素）"),
    "evidence.import_workers": (0, "导入照片时并行处理的线程数（0 = 按CPU核数）"),
    "ui.autosave_ms": (800, "表单草稿自动保存的延迟（毫秒）"),
    # --- deadlines, workflow and discretion (domain spec §1.2, §1.3, §3) ---
    "deadline.decision_days": (90, "立案后作出处罚决定的期限（自然日），《行政处罚法》第六十条；另有规定的从其规定"),
    "deadline.clue_verification_days": (15, "线索核查至立案决定的期限（自然日）[U/P：住建55号令未核实]"),
    "deadline.statement_working_days": (5, "陈述申辩期（工作日）[P]"),
    "deadline.due_soon_days": (3, "距到期多少天内标为“即将到期”"),
    "deadline.decision_warn_days": ([15, 5], "作出决定期限（90日）提前提醒的天数 [P]"),
    "deadline.seizure_days": (30, "查封、扣押期限（日，行政强制法第25条）[U]"),
    "deadline.litigation_months": (6, "行政诉讼起诉期限（月，行诉法第46条）[U]"),
    "deadline.review_days": (60, "行政复议申请期限（日，复议法2023第20条）[S]"),
    "simple.max_fine_person_cents": (20000, "简易程序：公民罚款上限（分，第51条：200元）"),
    "simple.max_fine_org_cents": (300000, "简易程序：法人或其他组织罚款上限（分，第51条：3000元）"),
    "cash.max_on_the_spot_cents": (10000, "当场收缴罚款上限（分，第68条：100元）"),
    "hearing.thresholds": ({}, "听证（较大数额罚款）标准：{行政区划代码或*: {person: 分, organisation: 分}}；"
                               "浙江无公开标准，须由管理员设定 [U]"),
    "legal_review.triggers": (["outside_tier", "mitigated", "fine_threshold", "fine_by_party", "heavy_penalty",
                               "demolition"],
                              "法制审核的本地触发条件（第58条之外；可选 outside_tier、mitigated、fine_threshold、fine_by_party、"
                              "heavy_penalty、demolition）[U]"),
    "legal_review.fine_threshold_cents": (None, "罚款达到该金额（分）须法制审核；空表示不设 [U]"),
    "legal_review.fine_thresholds": ({}, "按当事人类型的法制审核罚款标准（分）：{person: 1000000, organisation: 10000000}；"
                                         "触发条件含 fine_by_party 时生效 [S：各地不同]"),
    "legal_review.working_days": (7, "法制审核期限（工作日），自提交审核之日起算 [S]"),
    "legal_review.extension_working_days": (3, "法制审核期限可延长的工作日数 [S]"),
    # 案卷评查 and 执法公示 (domain spec §5, §7)
    "casefile.model": ("", "案卷评查评分模型文件（JSON）；空则用内置模型"),
    "publicity.working_days": ({"national": 7, "provincial": 20},
                               "处罚决定公示期限（工作日）：国家（国办发〔2018〕118号，7）与省级（浙江，20）规定，取较严者 [S/P]"),
    "publicity.withdraw_working_days": ({"law": 3, "provincial": 5},
                                        "决定变更或撤销后撤下公示的期限（工作日）：第48条3日与浙江5日，取较严者"),
    "publicity.mask_party_name": (False, "公示时当事人（自然人）姓名也隐去为“某某”"),
    "consistency.outlier_ratio": (0.5, "同案不同罚：罚款偏离同事项同阶次中位数的比例超过该值时提示"),
    "discretion.first_violation_window_days": (365, "首违不罚：认定“初次违法”的回溯期（日）[P/U]"),
    # Legal documents (domain spec §2.1): numbering pattern, sequence mode, type codes, font.
    "documents.number_pattern": ("{agency}{type}字〔{year}〕第{squad}-{seq}号",
                                 "文号格式：{agency} 机关简称、{type} 文书代字、{year} 年份、{squad} 中队代码、{seq} 序号"),
    "documents.seq_padding": (4, "文号序号位数（不足补零）"),
    "documents.numbering_mode": ("per_type", "编号方式：per_type 每类文书独立编号；per_case 同一案件各文书共用案件序号"),
    "documents.type_codes": ({}, "文书代字覆盖（文书类型 → 代字），未列出的用内置代字"),
    # Scheduled backup (taken at start and when idle once due; see inspector.services.backup).
    "backup.interval_days": (1, "定时备份间隔（天，0 = 不自动备份）"),
    "backup.keep": (7, "定时备份保留份数（超出的最旧备份自动删除）"),
    "backup.dir": ("", "定时备份文件夹（建议为另一块磁盘或网络共享）；空则为数据目录下的 backups/scheduled"),
    "documents.font_path": ("", "文书字体文件或目录（如 C:/Windows/Fonts/simsun.ttc）；空则自动查找"),
}


def default(key: str) -> Any:
    """The shipped default of a setting; KeyError for an unknown key (a bug, not user input)."""
    return DEFAULTS[key][0]
