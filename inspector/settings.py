"""Editable configuration: a typed registry of every [S]/[U]/[P] number of the domain, with validation.

Each :class:`Spec` says what a setting is (its kind, unit, range, choices), its shipped default, a short
label and the legal note an administrator sees beside it. Amounts are stored in 分 (cents) as they always
were; forms show and take them in 元 (:func:`yuan_to_cents`, :func:`cents_to_yuan`). ``DEFAULTS`` keeps the
old ``key -> (default, description)`` view for code that only needs the default.

Labels and notes are Chinese source strings; the UI translates them in the ``settings`` context
(``_t`` marks them for the translation tools and returns them unchanged).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from inspector.errors import Parts, Problem, ValidationError, Verbatim, problem
from inspector.law import articles as art


def _t(text: str) -> str:
    """Mark a string for translation in the ``settings`` context (see scripts/translations)."""
    return text


# Kinds a setting can have; the settings form picks an editor for each.
INT, NUMBER, TEXT, CHOICE, FLAGS, MONEY, DAY_LIST, THRESHOLDS, MAPPING, DAY_MAPPING, BOOL = (
    "int",
    "number",
    "text",
    "choice",
    "flags",
    "money",
    "day_list",
    "thresholds",
    "mapping",
    "day_mapping",
    "bool",
)

# Party types of the hearing-threshold table (Art. 63 distinguishes citizens from organisations).
PARTY_TYPES: tuple[tuple[str, str], ...] = (
    ("person", _t("公民（个人）")),
    ("organisation", _t("法人或其他组织")),
    ("individual_business", _t("个体工商户")),
)
MAX_CENTS = 10**12  # one billion 元: anything larger is a typing error


@dataclass(frozen=True)
class Spec:
    """One setting: ``kind`` picks validation and editor; ``unit`` is shown beside the field."""

    key: str
    kind: str
    default: Any
    label: str
    note: str = ""
    group: str = ""
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[tuple[str, str], ...] = ()
    optional: bool = False  # None (空) is allowed and means "not set"
    max_length: int = 500


G_UI, G_AUTH, G_EVIDENCE, G_DEADLINE, G_PENALTY, G_REVIEW, G_DOCS, G_SYNC, G_BACKUP = (
    _t("界面"),
    _t("账户安全"),
    _t("证据"),
    _t("期限"),
    _t("处罚与听证"),
    _t("法制审核与公示"),
    _t("文书"),
    _t("同步"),
    _t("备份"),
)
GROUPS = (G_PENALTY, G_REVIEW, G_DEADLINE, G_DOCS, G_AUTH, G_UI, G_EVIDENCE, G_SYNC, G_BACKUP)

SPECS: tuple[Spec, ...] = (
    # --- penalties and hearings (domain spec §1.2, §3)
    Spec(
        "hearing.thresholds",
        THRESHOLDS,
        {},
        _t("听证（较大数额罚款）标准"),
        _t(
            f"{art.APL63}：较大数额罚款应告知听证权利。金额由省级或设区的市规定；浙江无公开标准，"
            "须由管理员按本地规定设定。按行政区划代码（* 表示其他辖区）和当事人类型填写，单位：元。[U]"
        ),
        G_PENALTY,
    ),
    Spec(
        "legal_review.triggers",
        FLAGS,
        ["outside_tier", "mitigated", "fine_threshold", "fine_by_party", "heavy_penalty", "demolition"],
        _t("法制审核的本地触发条件"),
        _t(f"{art.APL58}规定的情形之外，本地规定须经法制审核的情形。[U]"),
        G_REVIEW,
        choices=(
            ("outside_tier", _t("突破裁量档次")),
            ("mitigated", _t("从轻、减轻处罚")),
            ("fine_threshold", _t("罚款达到下方金额")),
            ("fine_by_party", _t("罚款达到按当事人类型的标准")),
            ("heavy_penalty", _t("责令停产停业、吊销许可证件等")),
            ("demolition", _t("强制拆除")),
        ),
    ),
    Spec(
        "legal_review.fine_threshold_cents",
        MONEY,
        None,
        _t("须法制审核的罚款金额"),
        _t("罚款达到该金额须法制审核；空表示不设。[U]"),
        G_REVIEW,
        _t("元"),
        optional=True,
    ),
    Spec(
        "legal_review.fine_thresholds",
        THRESHOLDS,
        {},
        _t("按当事人类型的法制审核罚款标准"),
        _t(
            "触发条件含“按当事人类型的标准”时生效；按行政区划代码（* 表示其他辖区）和当事人类型填写，单位：元。[S：各地不同]"
        ),
        G_REVIEW,
    ),
    Spec(
        "legal_review.working_days",
        INT,
        7,
        _t("法制审核期限"),
        _t("自提交审核之日起算（常见规定：7个工作日）。[S]"),
        G_REVIEW,
        _t("工作日"),
        1,
        60,
    ),
    Spec(
        "legal_review.extension_working_days",
        INT,
        3,
        _t("法制审核可延长"),
        _t("复杂案件经批准可延长的工作日数。[S]"),
        G_REVIEW,
        _t("工作日"),
        0,
        30,
    ),
    Spec(
        "casefile.model",
        TEXT,
        "",
        _t("案卷评查评分模型文件"),
        _t("JSON 文件路径；空则用内置模型。"),
        G_REVIEW,
    ),
    Spec(
        "publicity.working_days",
        DAY_MAPPING,
        {"national": 7, "provincial": 20},
        _t("处罚决定公示期限"),
        _t(
            "国办发〔2018〕118号：7个工作日（national）；省级规定（provincial，浙江20个工作日）；取较严者。[S/P]"
        ),
        G_REVIEW,
        _t("工作日"),
    ),
    Spec(
        "publicity.withdraw_working_days",
        DAY_MAPPING,
        {"law": 3, "provincial": 5},
        _t("变更或撤销后撤下公示的期限"),
        _t(f"{art.APL48}：3日内撤回（law）；省级规定（provincial）；取较严者。"),
        G_REVIEW,
        _t("工作日"),
    ),
    Spec(
        "publicity.mask_party_name",
        BOOL,
        False,
        _t("公示时隐去自然人当事人姓名"),
        _t("勾选后自然人当事人的姓名也显示为“某某”。"),
        G_REVIEW,
    ),
    Spec(
        "consistency.outlier_ratio",
        NUMBER,
        0.5,
        _t("同案不同罚提示比例"),
        _t("罚款偏离同事项同阶次中位数超过该比例时提示。"),
        G_REVIEW,
        "",
        0.01,
        10,
    ),
    Spec(
        "simple.max_fine_person_cents",
        MONEY,
        20000,
        _t("简易程序：公民罚款上限"),
        _t(f"{art.APL51}：对公民处200元以下罚款可当场作出决定。"),
        G_PENALTY,
        _t("元"),
    ),
    Spec(
        "simple.max_fine_org_cents",
        MONEY,
        300000,
        _t("简易程序：法人或其他组织罚款上限"),
        _t(f"{art.APL51}：对法人或其他组织处3000元以下罚款可当场作出决定。"),
        G_PENALTY,
        _t("元"),
    ),
    Spec(
        "cash.max_on_the_spot_cents",
        MONEY,
        10000,
        _t("当场收缴罚款上限"),
        _t(f"{art.APL68}：依法给予100元以下罚款的，可以当场收缴。"),
        G_PENALTY,
        _t("元"),
    ),
    Spec(
        "discretion.first_violation_window_days",
        INT,
        365,
        _t("首违不罚的回溯期"),
        _t(f"{art.APL33}：初次违法且危害后果轻微并及时改正的，可以不予处罚；“初次”的回溯期由本地确定。[P/U]"),
        G_PENALTY,
        _t("天"),
        1,
        3650,
    ),
    # --- deadlines (domain spec §1.3)
    Spec(
        "deadline.decision_days",
        INT,
        90,
        _t("作出处罚决定的期限"),
        _t(f"{art.APL60}：自立案之日起九十日内作出决定；法律、法规、规章另有规定的从其规定。"),
        G_DEADLINE,
        _t("天"),
        1,
        3650,
    ),
    Spec(
        "deadline.clue_verification_days",
        INT,
        15,
        _t("线索核查至立案决定的期限"),
        _t("住建部55号令规定的期限，未核实原文。[U/P]"),
        G_DEADLINE,
        _t("天"),
        1,
        365,
    ),
    Spec(
        "deadline.statement_working_days",
        INT,
        5,
        _t("陈述申辩期"),
        _t("《行政处罚法》第44、45条：告知后当事人陈述、申辩的期限，本地通行做法。[P]"),
        G_DEADLINE,
        _t("工作日"),
        1,
        60,
    ),
    Spec(
        "deadline.provisional_margin_days",
        INT,
        9,
        _t("无节假日日历时的等待余量"),
        _t(
            "期限所在年份尚未导入国务院放假安排时，依赖该期限的办案步骤（如作出决定）另等的自然日，以免把节假日算作工作日。[P]"
        ),
        G_DEADLINE,
        _t("天"),
        0,
        60,
    ),
    Spec(
        "deadline.due_soon_days",
        INT,
        3,
        _t("“即将到期”提醒"),
        _t("距到期多少天内在工作台标为“即将到期”。"),
        G_DEADLINE,
        _t("天"),
        0,
        365,
    ),
    Spec(
        "deadline.decision_warn_days",
        DAY_LIST,
        [15, 5],
        _t("作出决定期限的提前提醒"),
        _t("在90日期限到期前的这些天数提醒，用逗号分隔。[P]"),
        G_DEADLINE,
        _t("天"),
        0,
        3650,
    ),
    Spec(
        "deadline.seizure_days",
        INT,
        30,
        _t("查封、扣押期限"),
        _t(f"{art.ACL25}：不得超过三十日。[U]"),
        G_DEADLINE,
        _t("天"),
        1,
        365,
    ),
    Spec(
        "deadline.litigation_months",
        INT,
        6,
        _t("行政诉讼起诉期限"),
        _t(f"{art.LITIGATION46}：知道作出行政行为之日起六个月内。[U]"),
        G_DEADLINE,
        _t("月"),
        1,
        60,
    ),
    Spec(
        "deadline.review_days",
        INT,
        60,
        _t("行政复议申请期限"),
        _t(f"{art.REVIEW_LAW}（2023）{art.REVIEW20.short}：知道之日起六十日内。[S]"),
        G_DEADLINE,
        _t("天"),
        1,
        365,
    ),
    # --- documents (domain spec §2.1)
    Spec(
        "documents.number_pattern",
        TEXT,
        "{agency}{type}字〔{year}〕第{squad}-{station}-{seq}号",
        _t("文号格式"),
        _t(
            "{agency} 机关简称、{type} 文书代字、{year} 年份、{squad} 中队代码、{station} 站点代码（同一机关各站点"
            "互不相同）、{seq} 序号；除 {agency} 外都必须有，文号才不会重复。"
        ),
        G_DOCS,
        max_length=120,
    ),
    Spec(
        "documents.station_code",
        TEXT,
        "",
        _t("本站点的文号代码"),
        _t("如 01；同一机关的各站点必须不同，文号才不会重复；空则取站点标识末4位。"),
        G_DOCS,
        max_length=8,
    ),
    Spec("documents.seq_padding", INT, 4, _t("文号序号位数"), _t("不足位数时补零。"), G_DOCS, _t("位"), 1, 8),
    Spec(
        "documents.numbering_mode",
        CHOICE,
        "per_type",
        _t("编号方式"),
        _t("文书编号按类型独立或按案件共用。"),
        G_DOCS,
        choices=(("per_type", _t("每类文书独立编号")), ("per_case", _t("同一案件各文书共用案件序号"))),
    ),
    Spec(
        "documents.type_codes",
        MAPPING,
        {},
        _t("文书代字覆盖"),
        _t("文书类型 → 代字，每行一项，如 penalty_decision=罚；未列出的用内置代字。"),
        G_DOCS,
    ),
    Spec(
        "documents.font_path",
        TEXT,
        "",
        _t("文书正文字体"),
        _t(
            "字体文件或目录（如 C:/Windows/Fonts/simfang.ttf 仿宋）；空则自动查找宋体/仿宋，再找 AR PL UMing。"
        ),
        G_DOCS,
    ),
    Spec(
        "documents.title_font_path",
        TEXT,
        "",
        _t("文书标题字体"),
        _t("如方正小标宋简体 FZXBSJW.TTF 或黑体 simhei.ttf；空则自动查找。"),
        G_DOCS,
    ),
    # --- accounts
    Spec(
        "auth.max_failed_logins",
        INT,
        5,
        _t("登录失败锁定次数"),
        _t("连续登录失败多少次后锁定账户。"),
        G_AUTH,
        _t("次"),
        1,
        100,
    ),
    Spec(
        "auth.lock_minutes",
        INT,
        15,
        _t("账户锁定时长"),
        _t("锁定后多少分钟自动解锁。"),
        G_AUTH,
        _t("分钟"),
        1,
        10080,
    ),
    Spec(
        "ui.idle_lock_minutes",
        NUMBER,
        10,
        _t("空闲自动锁定"),
        _t("界面空闲多少分钟后自动锁定；0 表示不锁定。"),
        G_AUTH,
        _t("分钟"),
        0,
        1440,
    ),
    # --- interface
    Spec(
        "ui.language",
        CHOICE,
        "zh_CN",
        _t("界面语言"),
        _t("保存后主窗口立即切换；环境变量 INSPECTOR_LANG 优先。"),
        G_UI,
        choices=(("zh_CN", "中文"), ("en", "English")),
    ),
    Spec("ui.font_path", TEXT, "", _t("中文字体文件"), _t("系统字体之外的备选中文字体文件路径。"), G_UI),
    Spec(
        "ui.autosave_ms",
        INT,
        800,
        _t("草稿自动保存延迟"),
        _t("表单停止输入后多久保存草稿。"),
        G_UI,
        _t("毫秒"),
        100,
        60000,
    ),
    # --- evidence
    Spec(
        "evidence.max_file_mb",
        NUMBER,
        2048,
        _t("单个证据文件大小上限"),
        "",
        G_EVIDENCE,
        "MB",
        0.001,
        1_000_000,
    ),
    Spec(
        "evidence.max_image_megapixels",
        INT,
        200,
        _t("单张照片像素上限"),
        _t("超过视为解压炸弹拒收。"),
        G_EVIDENCE,
        _t("百万像素"),
        1,
        10000,
    ),
    Spec("evidence.thumb_px", INT, 256, _t("缩略图边长"), "", G_EVIDENCE, _t("像素"), 32, 2048),
    Spec(
        "evidence.import_workers",
        INT,
        0,
        _t("导入照片的并行线程数"),
        _t("0 表示按CPU核数。"),
        G_EVIDENCE,
        "",
        0,
        64,
    ),
    # --- scheduled backup (taken after login and when idle once due; inspector.services.backup)
    Spec(
        "backup.interval_days",
        INT,
        1,
        _t("定时备份间隔"),
        _t("0 表示不自动备份。"),
        G_BACKUP,
        _t("天"),
        0,
        365,
    ),
    Spec(
        "backup.keep",
        INT,
        7,
        _t("定时备份保留份数"),
        _t("超出的最旧备份自动删除。"),
        G_BACKUP,
        _t("份"),
        1,
        1000,
    ),
    Spec(
        "backup.dir",
        TEXT,
        "",
        _t("定时备份文件夹"),
        _t("建议为另一块磁盘或网络共享；空则为数据目录下的 backups/scheduled。"),
        G_BACKUP,
    ),
    # --- sync
    Spec(
        "sync.central_dsn",
        TEXT,
        "",
        _t("中心数据库连接串"),
        _t("PostgreSQL，例如 host=10.0.0.5 dbname=inspector user=station_01"),
        G_SYNC,
    ),
)

REGISTRY: dict[str, Spec] = {s.key: s for s in SPECS}
# key -> (default, description): the view older code and the CLI use.
DEFAULTS: dict[str, tuple[Any, str]] = {
    s.key: (s.default, s.label + ("：" + s.note if s.note else "")) for s in SPECS
}


def default(key: str) -> Any:
    """The shipped default of a setting; KeyError for an unknown key (a bug, not user input)."""
    return REGISTRY[key].default


def spec(key: str) -> Spec:
    """The spec of ``key``; ValidationError for an unknown key."""
    found = REGISTRY.get(key)
    if found is None:
        raise ValidationError([problem("key", "unknown", ("未知的设置项：{0}", (Verbatim(str(key)),)))])
    return found


# ------------------------------------------------------------------ money
def yuan_to_cents(text: str) -> int:
    """``"3000"``, ``"3,000.5"`` or ``"3000元"`` → cents; ValueError for anything else (negative, >2 decimals)."""
    cleaned = str(text).strip().replace(",", "").replace("，", "").removesuffix("元").strip()
    if not re.fullmatch(r"\d{1,10}(\.\d{1,2})?", cleaned):
        raise ValueError(text)
    from decimal import Decimal, InvalidOperation  # here, not at start-up

    try:
        return int(Decimal(cleaned) * 100)
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def cents_to_yuan(cents: int | None) -> str:
    """Cents → ``"3000"`` or ``"3000.50"`` (no thousands separator, so it can be typed back)."""
    if cents is None:
        return ""
    whole, part = divmod(int(cents), 100)
    return f"{whole}" if not part else f"{whole}.{part:02d}"


# ------------------------------------------------------------- validation
def validate(key: str, value: Any) -> Any:
    """The value to store for ``key`` (normalised), or ValidationError naming what is wrong."""
    s = spec(key)
    problems: list[Problem] = []

    def bad(code: str, words: Parts) -> None:
        problems.append(problem(key, code, words))

    if value is None:
        if not s.optional:
            bad("required", ("{0}不能为空", (s.label,)))
    elif s.kind in (INT, NUMBER, MONEY):
        value = _number(s, value, bad)
    elif s.kind == TEXT:
        if not isinstance(value, str):
            bad("type", ("{0}应为文字", (s.label,)))
        elif len(value) > s.max_length:
            bad("too_long", ("{0}不能超过{1}个字符", (s.label, s.max_length)))
        elif any(ord(c) < 32 for c in value):
            bad("control", ("{0}含有控制字符", (s.label,)))
        elif key == "documents.number_pattern":
            from inspector.numbering import pattern_problems

            problems += pattern_problems(value)
    elif s.kind == CHOICE:
        if value not in {c for c, _ in s.choices}:
            bad("choice", ("{0}只能是：{1}", (s.label, [Verbatim(c) for c, _ in s.choices])))
    elif s.kind == FLAGS:
        allowed = [c for c, _ in s.choices]
        if not isinstance(value, (list, tuple)) or any(v not in allowed for v in value):
            bad("choice", ("{0}只能从以下选择：{1}", (s.label, [Verbatim(c) for c in allowed])))
        else:
            value = [c for c in allowed if c in value]
    elif s.kind == DAY_LIST:
        if not isinstance(value, (list, tuple)) or not value:
            bad("type", ("{0}应为至少一个天数", (s.label,)))
        else:
            value = sorted({int(_number(s, v, bad) or 0) for v in value}, reverse=True)
    elif s.kind == MAPPING:
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and k and v for k, v in value.items()
        ):
            bad("type", ("{0}应为“名称=代字”的对应表", (s.label,)))
    elif s.kind == THRESHOLDS:
        value = _thresholds(s, value, bad)
    elif s.kind == BOOL:
        if not isinstance(value, bool):
            bad("type", ("{0}应为是或否", (s.label,)))
    elif s.kind == DAY_MAPPING:
        if (
            not isinstance(value, dict)
            or not value
            or not all(
                isinstance(k, str) and k and isinstance(v, int) and not isinstance(v, bool) and 0 < v <= 3650
                for k, v in value.items()
            )
        ):
            bad("type", ("{0}应为“名称=天数”的对应表，天数为正整数", (s.label,)))
    if problems:
        raise ValidationError(problems)
    return value


def _number(s: Spec, value: Any, bad) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        bad("type", ("{0}应为数字", (s.label,)))
        return value
    if s.kind in (INT, MONEY) and value != int(value):
        bad("type", ("{0}应为整数" if s.kind == INT else "{0}最多精确到分", (s.label,)))
        return value
    if s.kind in (INT, MONEY):
        value = int(value)
    low = 0 if s.kind == MONEY else s.minimum
    high = MAX_CENTS if s.kind == MONEY else s.maximum
    if low is not None and value < low:
        bad(
            "range",
            ("{0}不能小于{1}{2}", (s.label, _shown(s, low), s.unit))
            if s.unit
            else ("{0}不能小于{1}", (s.label, _shown(s, low))),
        )
    elif high is not None and value > high:
        bad(
            "range",
            ("{0}不能大于{1}{2}", (s.label, _shown(s, high), s.unit))
            if s.unit
            else ("{0}不能大于{1}", (s.label, _shown(s, high))),
        )
    return value


def _shown(s: Spec, value: float) -> Verbatim:
    """A limit as written (``3000`` yuan, ``0.5``); its unit is words of their own."""
    return Verbatim(cents_to_yuan(int(value)) if s.kind == MONEY else f"{value:g}")


def _thresholds(s: Spec, value: Any, bad) -> Any:
    """``{division code or "*": {party type: cents}}``; every amount positive, codes 6 digits or ``*``."""
    if not isinstance(value, dict):
        bad("type", ("{0}应为按行政区划的金额表", (s.label,)))
        return value
    kinds = {k for k, _ in PARTY_TYPES}
    clean: dict[str, dict[str, int]] = {}
    for division, entry in value.items():
        if division != "*" and not (isinstance(division, str) and division.isdigit() and len(division) == 6):
            bad("division", ("行政区划代码应为6位数字或 *（收到 {0}）", (Verbatim(str(division)),)))
            continue
        if not isinstance(entry, dict) or not entry:
            bad("type", ("{0}：至少填写一类当事人的金额", (Verbatim(division),)))
            continue
        row: dict[str, int] = {}
        for kind, cents in entry.items():
            if kind not in kinds:
                bad("party", ("{0}：未知的当事人类型 {1}", (Verbatim(division), Verbatim(str(kind)))))
            elif isinstance(cents, bool) or not isinstance(cents, int) or not 0 < cents <= MAX_CENTS:
                bad("range", ("{0}：金额应为大于0的数额", (Verbatim(division),)))
            else:
                row[kind] = cents
        clean[division] = row
    return clean
