"""The typed settings registry: amounts in 元 become 分, every value is checked before it is stored."""

from __future__ import annotations

import pytest

from inspector import settings
from inspector.errors import ValidationError
from inspector.services import org


def test_yuan_to_cents_and_back():
    assert settings.yuan_to_cents("3000") == 300000
    assert settings.yuan_to_cents("3,000.5元") == 300050
    assert settings.cents_to_yuan(300050) == "3000.50"
    assert settings.cents_to_yuan(20000) == "200"
    for bad in ("", "-5", "1.234", "三千", "1e5", "12345678901"):
        with pytest.raises(ValueError):
            settings.yuan_to_cents(bad)


def test_every_setting_has_a_label_and_a_valid_default():
    for spec in settings.SPECS:
        assert spec.label and spec.group in settings.GROUPS, spec.key
        assert settings.validate(spec.key, spec.default) == spec.default or spec.kind == settings.DAY_LIST


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("deadline.decision_days", 0, "range"),  # 行政处罚法第60条: a deadline of 0 days is no deadline
        ("deadline.decision_days", "90", "type"),
        ("deadline.statement_working_days", 2.5, "type"),
        ("simple.max_fine_person_cents", -100, "range"),  # 第51条 amounts are never negative
        ("legal_review.triggers", ["outside_tier", "whim"], "choice"),
        ("documents.numbering_mode", "per_year", "choice"),
        ("documents.number_pattern", "{agency}字第号", "format"),
        ("hearing.thresholds", {"33010": {"person": 100}}, "division"),
        ("hearing.thresholds", {"*": {"person": 0}}, "range"),
        ("hearing.thresholds", {"*": {"robot": 100}}, "party"),
        ("auth.max_failed_logins", True, "type"),
    ],
)
def test_invalid_values_are_refused(key, value, code):
    with pytest.raises(ValidationError) as info:
        settings.validate(key, value)
    assert info.value.problems[0].code == code


def test_trigger_list_is_normalised_and_thresholds_accepted():
    assert settings.validate("legal_review.triggers", ["fine_threshold", "mitigated"]) == [
        "mitigated",
        "fine_threshold",
    ]
    table = {"*": {"person": 300000, "organisation": 5000000}, "330102": {"individual_business": 100000}}
    assert settings.validate("hearing.thresholds", table) == table
    assert settings.validate("legal_review.fine_threshold_cents", None) is None


def test_set_setting_refuses_an_invalid_value_and_keeps_the_old_one(login, station):
    admin = login("admin")
    with pytest.raises(ValidationError):
        org.set_setting(admin, "deadline.decision_days", -1)
    assert station.setting("deadline.decision_days") == 90
    org.set_setting(admin, "deadline.decision_days", 60)
    assert station.setting("deadline.decision_days") == 60
    assert not station.audit_verify()
