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
    "cases.decision_days": (90, "立案后作出处罚决定的期限（日），《行政处罚法》第六十条；另有规定的从其规定"),
    "cases.due_soon_days": (7, "案件列表中“即将到期”的提前天数"),
    "ui.autosave_ms": (800, "表单草稿自动保存的延迟（毫秒）"),
}


def default(key: str) -> Any:
    """The shipped default of a setting; KeyError for an unknown key (a bug, not user input)."""
    return DEFAULTS[key][0]
