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
    # Legal documents (domain spec §2.1): numbering pattern, sequence mode, type codes, font.
    "documents.number_pattern": ("{agency}{type}字〔{year}〕第{squad}-{seq}号",
                                 "文号格式：{agency} 机关简称、{type} 文书代字、{year} 年份、{squad} 中队代码、{seq} 序号"),
    "documents.seq_padding": (4, "文号序号位数（不足补零）"),
    "documents.numbering_mode": ("per_type", "编号方式：per_type 每类文书独立编号；per_case 同一案件各文书共用案件序号"),
    "documents.type_codes": ({}, "文书代字覆盖（文书类型 → 代字），未列出的用内置代字"),
    "documents.font_path": ("", "文书字体文件或目录（如 C:/Windows/Fonts/simsun.ttc）；空则自动查找"),
}


def default(key: str) -> Any:
    """The shipped default of a setting; KeyError for an unknown key (a bug, not user input)."""
    return DEFAULTS[key][0]
