"""A demo station: an agency, squads, certified officers, one user per role and N realistic cases."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from inspector import clock
from inspector.demo import cases as demo_cases
from inspector.law import identity
from inspector.model import CaseState, PartyKind
from inspector.permissions import ROLE_LABELS, Role
from inspector.services import org, users
from inspector.station import Station

DEMO_PASSWORD = "Demo2026"
DEMO_USERS = (
    ("officer", "王建国", Role.OFFICER),
    ("leader", "李志强", Role.SQUAD_LEADER),
    ("reviewer", "陈静", Role.LEGAL_REVIEWER),
    ("supervisor", "赵明", Role.SUPERVISOR),
    ("admin", "系统管理员", Role.ADMIN),
)
SQUADS = (
    ("湖滨中队", "1", "湖滨街道"),
    ("清波中队", "2", "清波街道"),
    ("小营中队", "3", "小营街道"),
    ("紫阳中队", "4", "紫阳街道"),
)
STREETS = {
    "湖滨街道": ("东坡路社区", "岳王路社区", "青年路社区"),
    "清波街道": ("清波门社区", "劳动路社区", "柳翠井巷社区"),
    "小营街道": ("小营巷社区", "茅廊巷社区", "大学路社区"),
    "紫阳街道": ("紫阳社区", "始版桥社区", "春江社区"),
}
ROADS = (
    "解放路",
    "延安路",
    "中山中路",
    "庆春路",
    "河坊街",
    "南山路",
    "建国南路",
    "清泰街",
    "望江路",
    "江城路",
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红梅玉兰海燕鹏飞宇浩然子涵欣怡晨阳雨轩思远嘉怡佳琪俊杰"
SHOPS = (
    "便利店",
    "餐饮店",
    "水果店",
    "烧烤店",
    "五金店",
    "装饰工程有限公司",
    "建筑工程有限公司",
    "渣土运输有限公司",
    "物业管理有限公司",
    "商贸有限公司",
)
# Example hearing thresholds (较大数额罚款, Art. 63) for the demo station only: Zhejiang has published none
# (domain spec §1.2), so a real station starts without them and its administrator must set them.
DEMO_HEARING_THRESHOLDS = {"*": {"person": 300000, "organisation": 5000000}}
DEMO_THRESHOLD_NOTE = (
    "演示数据：听证（较大数额罚款）标准为示例值（个人3000元、单位50000元，参照外地住建规定），"
    "不是本地规定；正式站点须由管理员按本地规定设定"
)


def _catalogue() -> Any:
    from inspector.law import benchmarks

    return max(benchmarks.shipped(), key=lambda c: c.effective_from)


def _choices(party_kind: str) -> list[tuple[str, str, str, int, int]]:
    """(matter code, name, tier, min, max) of every catalogue tier with a fixed range for this party type,
    inside the item's statutory range for the party type."""
    from inspector.law import benchmarks

    out = []
    for code, item in _catalogue().items.items():
        statutory = benchmarks.statutory_range(item, party_kind)
        if statutory is None:
            continue
        for tier in benchmarks.tiers_for(item, party_kind):
            rng_ = benchmarks.tier_range(tier)
            if rng_ is None:
                continue
            lo, hi = max(rng_.min_cents, statutory.min_cents), min(rng_.max_cents, statutory.max_cents)
            if lo <= hi:
                out.append((code, item["name"], tier["tier"], lo, hi))
    return out


# (matter code, name) of the benchmark catalogue, for code that only needs the matter (e.g. bulk benchmarks).
MATTERS = tuple((code, item["name"]) for code, item in _catalogue().items.items())


# (state, share): the demo spreads cases over every workflow state.
STATE_MIX = (
    (CaseState.CLUE, 6),
    (CaseState.VERIFYING, 5),
    (CaseState.NOT_FILED, 3),
    (CaseState.FILED, 8),
    (CaseState.INVESTIGATING, 12),
    (CaseState.INVESTIGATED, 6),
    (CaseState.INTERNAL_REVIEW, 4),
    (CaseState.LEGAL_REVIEW, 4),
    (CaseState.NOTIFIED, 8),
    (CaseState.HEARING, 2),
    (CaseState.COLLECTIVE, 2),
    (CaseState.DECIDED, 5),
    (CaseState.SERVED, 6),
    (CaseState.EXECUTING, 6),
    (CaseState.CLOSED, 12),
    (CaseState.ARCHIVED, 8),
    (CaseState.TRANSFERRED, 3),
)
_ORDER = [s for s, _ in STATE_MIX]


def _id_number(rng: random.Random, birth: dt.date) -> str:
    body = f"{rng.choice(['330102', '330105', '330106', '330108', '330110', '330103'])}{birth:%Y%m%d}{rng.randint(0, 999):03d}"
    return body + identity.id_check_char(body)


def _uscc(rng: random.Random) -> str:
    cs = identity.USCC_CHARSET
    body = "91330102" + "".join(rng.choice(cs) for _ in range(9))
    return body + identity.uscc_check_char(body)


def _person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _setup(station: Station, rng: random.Random) -> list[dict[str, Any]]:
    session = station.system_session()
    with station.db.write():
        station.db.meta_set("demo", "1")
        station.db.meta_set("station_name", "演示站点")
        agency = org.create_agency(
            session,
            name="杭州市上城区综合行政执法局",
            short_name="杭上城",
            division_code="330102",
            address="杭州市上城区解放路100号",
            postcode="310002",
            phone="0571-87000000",
            review_body="杭州市上城区人民政府",
            litigation_court="杭州市上城区人民法院",
            bank_name="中国工商银行杭州解放路支行",
            bank_account_name="杭州市上城区财政局非税收入专户",
            bank_account="1202021409900012345",
        )
        squad_rows = [
            org.create_squad(session, agency_id=agency["id"], name=n, code=c, jurisdiction=j)
            for n, c, j in SQUADS
        ]
        today = clock.today()
        officers = []
        for squad in squad_rows:
            for k in range(4):
                expiry = today + dt.timedelta(days=rng.randint(200, 1500))
                if squad["code"] == "4" and k == 3:
                    expiry = today - dt.timedelta(
                        days=30
                    )  # one expired certificate, to show the Art. 42 guard
                name = _person_name(rng)
                if squad is squad_rows[0] and k < 2:  # the demo leader's and officer's own certificates
                    name = DEMO_USERS[1 - k][1]
                officers.append(
                    org.create_officer(
                        session,
                        name=name,
                        cert_no=f"ZJ33010{squad['code']}{k + 1:04d}",
                        cert_expiry=expiry,
                        squad_id=squad["id"],
                        unit="上城区综合行政执法局",
                        post="中队长" if k == 0 else "执法队员",
                        phone=f"138{rng.randint(10000000, 99999999)}",
                    )
                )
        first = squad_rows[0]
        first_officers = [o for o in officers if o["squad_id"] == first["id"]]
        credentials = []
        for username, name, role in DEMO_USERS:
            officer_id = None
            if role is Role.OFFICER:
                officer_id = first_officers[1]["id"]
            elif role is Role.SQUAD_LEADER:
                officer_id = first_officers[0]["id"]
            users.add_user(
                session,
                username=username,
                display_name=name,
                role=role,
                password=DEMO_PASSWORD,
                squad_id=first["id"] if role in (Role.OFFICER, Role.SQUAD_LEADER) else None,
                officer_id=officer_id,
                has_legal_qualification=role is Role.LEGAL_REVIEWER,
            )
            credentials.append(
                {
                    "username": username,
                    "password": DEMO_PASSWORD,
                    "role": str(role),
                    "role_label": ROLE_LABELS[role],
                }
            )
        station.db.meta_set("demo_credentials", __import__("json").dumps(credentials, ensure_ascii=False))
    return credentials


def credentials(station: Station) -> list[dict[str, str]]:
    """The demo accounts (shown on the login screen of a demo station only)."""
    import json

    if not station.is_demo:
        return []
    return json.loads(station.db.meta_get("demo_credentials") or "[]")


def _party(rng: random.Random, today: dt.date) -> dict[str, Any]:
    kind = rng.choices([PartyKind.PERSON, PartyKind.ORGANISATION, PartyKind.INDIVIDUAL_BUSINESS], [5, 3, 2])[
        0
    ]
    road = rng.choice(ROADS)
    address = f"杭州市上城区{road}{rng.randint(1, 400)}号"
    if kind is PartyKind.PERSON:
        birth = today - dt.timedelta(days=rng.randint(17 * 365, 70 * 365))
        number = _id_number(rng, birth)
        return {
            "kind": str(kind),
            "name": _person_name(rng),
            "id_type": "resident_id",
            "id_number": number,
            "sex": "男" if int(number[16]) % 2 else "女",
            "birth_date": birth.isoformat(),
            "address": address,
            "phone": f"1{rng.choice('3578')}{rng.randint(100000000, 999999999)}",
        }
    shop = rng.choice(SHOPS)
    name = f"杭州{rng.choice(ROADS)[:2]}{rng.choice(GIVEN)}{rng.choice(GIVEN)}{shop}"
    if kind is PartyKind.INDIVIDUAL_BUSINESS:
        name = f"上城区{_person_name(rng)}{shop[:3] if len(shop) <= 4 else '经营部'}"
    return {
        "kind": str(kind),
        "name": name,
        "id_type": "uscc",
        "id_number": _uscc(rng),
        "legal_rep": _person_name(rng),
        "address": address,
        "phone": f"0571-8{rng.randint(1000000, 9999999)}",
    }


def fill(
    station: Station,
    *,
    cases: int,
    seed: int = 1,
    photos: bool = True,
    progress: Callable[[int, int], None] | None = None,
    example_thresholds: bool = True,
) -> dict[str, Any]:
    """Create the demo organisation if needed, then add ``cases`` cases spread over every state.

    Args:
        example_thresholds: on a new demo station, set example hearing thresholds (labelled as demo values)
            through the demo administrator, so prior notices can be made; a real station has none (its demo
            cases then stop before 事先告知, where the Art. 63 guard stops an officer).
    """
    rng = random.Random(seed + station.db.scalar("SELECT count(*) FROM cases"))
    new_station = not station.initialised
    creds = credentials(station) if station.initialised else _setup(station, rng)
    if new_station and example_thresholds:
        admin = station.login("admin", DEMO_PASSWORD)
        org.set_setting(admin, "hearing.thresholds", DEMO_HEARING_THRESHOLDS)
        with station.db.write():
            station.db.meta_set("demo_hearing_thresholds_note", DEMO_THRESHOLD_NOTE)
    thresholds = station.setting("hearing.thresholds") or DEMO_HEARING_THRESHOLDS
    entry = (
        thresholds.get(station.db.scalar("SELECT division_code FROM agencies LIMIT 1") or "")
        or thresholds.get("*")
        or DEMO_HEARING_THRESHOLDS["*"]
    )
    choices = {str(k): _choices(str(k)) for k in PartyKind}
    from inspector.law import workdays

    cal = workdays.load(station.db)
    statement_days = int(station.setting("deadline.statement_working_days"))
    squads = station.db.query("SELECT * FROM squads ORDER BY code")
    officers = station.db.query("SELECT * FROM officers ORDER BY cert_no")
    today = clock.today()
    weights = [w for _, w in STATE_MIX]
    photo_count = published = 0
    people = (
        {role: station.login(role, DEMO_PASSWORD) for role in ("officer", "leader", "reviewer")}
        if cases
        else {}
    )
    if cases and not station.db.scalar("SELECT count(*) FROM monitoring_devices"):
        _devices(station, today)
    for i in range(cases):
        state = rng.choices(_ORDER, weights)[0] if i >= len(_ORDER) else _ORDER[i]
        squad = rng.choice(squads)
        squad_officers = [
            o for o in officers if o["squad_id"] == squad["id"] and o["cert_expiry"] >= today.isoformat()
        ]
        pair = rng.sample(squad_officers, 2)
        party = _party(rng, today)
        kind = party["kind"]
        threshold = int(entry.get(kind, entry.get("person" if kind == "person" else "organisation", 0)))
        options = choices[kind]
        if state is CaseState.HEARING:  # a hearing was requested, so the notified fine reached the threshold
            options = [o for o in options if o[4] >= threshold] or options
        code, matter_name, tier, lo, hi = rng.choice(options)
        street = squad["jurisdiction"] or "湖滨街道"
        community = rng.choice(STREETS.get(street, ("",)))
        address = f"杭州市上城区{rng.choice(ROADS)}{rng.randint(1, 400)}号门前"
        clue_day = today - dt.timedelta(days=rng.randint(*_AGE_DAYS.get(state, (1, 300))))
        t0 = dt.datetime.combine(
            clue_day, dt.time(rng.randint(8, 13), rng.choice((0, 15, 30, 45))), clock.LOCAL_TZ
        )
        idx = _ORDER.index(state)
        reviewed = idx >= _ORDER.index(CaseState.INTERNAL_REVIEW) and state is not CaseState.TRANSFERRED
        fine = None
        if reviewed:  # a whole number of ten yuan inside the recommended tier
            low = max(lo, threshold) if state is CaseState.HEARING and hi >= threshold else lo
            fine = min(hi, max(low, rng.randint(low, hi) // 1000 * 1000))
        steps, dates = _case_timeline(state, clue_day, today, rng, fine)
        if state in _AFTER_SERVICE and any(st[0] == "publish" for st in steps):
            published += 1
            if published % _CHANGE_EVERY == 0:  # no draw from rng: the rest of the demo stays as it was
                steps += _changed_after_publication(steps, today, published // _CHANGE_EVERY)
        for k, step in enumerate(list(steps)):
            if step[0] == "notify":
                due = workdays.add_working_days(step[1], statement_days, cal).date
                if "decide" in dates and dates["decide"] <= due:  # Art. 62: decided early only on a waiver
                    steps.insert(
                        k + 1,
                        (
                            "waive_statement",
                            step[1],
                            step[3],
                            step[3],
                            {"note": "当事人书面放弃陈述申辩（演示数据）"},
                        ),
                    )
        _, attached = demo_cases.make_case(
            people,
            squad=squad,
            pair=pair,
            party=party,
            matter=(code, matter_name),
            address=address,
            street=street,
            community=community,
            started=t0,
            steps=steps,
            fine=fine,
            discretion={"amount_cents": fine, "tier": tier} if reviewed else None,
            rng=rng,
            photos=photos,
        )
        photo_count += attached
        if progress:
            progress(i + 1, cases)
    if cases >= OTHER_WAYS_FROM and not station.db.scalar(
        "SELECT count(*) FROM cases WHERE procedure = 'simple'"
    ):
        photo_count += _other_ways(people, squads, officers, today, photos)
    total = station.db.scalar("SELECT count(*) FROM cases")
    return {"cases": cases, "total_cases": total, "photos": photo_count, "credentials": creds}


# (step, from state, to state, (min, max) days after the previous step) along the general procedure.
_PATH = (
    ("verify", "clue", "verifying", (0, 1)),
    ("file", "verifying", "filed", (1, 5)),
    ("investigate", "filed", "investigating", (0, 1)),
    ("end_investigation", "investigating", "investigated", (5, 25)),
    ("submit_review", "investigated", "internal_review", (1, 3)),
    ("submit_legal_review", "internal_review", "legal_review", (1, 2)),
    ("legal_review", "legal_review", "internal_review", (1, 3)),
    ("notify", "internal_review", "notified", (1, 4)),
    ("request_hearing", "notified", "hearing", (1, 4)),
    ("hold_hearing", "hearing", "hearing", (8, 15)),
    ("collective", "hearing", "collective", (2, 6)),
    ("decide", "collective", "decided", (2, 6)),
    ("serve", "decided", "served", (0, 5)),
    ("start_execution", "served", "executing", (0, 1)),
    ("pay_full", "executing", "executing", (2, 14)),
    ("close", "executing", "closed", (1, 5)),
    ("archive", "closed", "archived", (2, 10)),
)
# The steps each demo state has been through (a subset of _PATH, in order).
_REACHED = {
    CaseState.CLUE: (),
    CaseState.VERIFYING: ("verify",),
    CaseState.NOT_FILED: ("verify", "not_file"),
    CaseState.FILED: ("verify", "file"),
    CaseState.INVESTIGATING: ("verify", "file", "investigate"),
    CaseState.INVESTIGATED: ("verify", "file", "investigate", "end_investigation"),
    CaseState.TRANSFERRED: ("verify", "file", "investigate", "transfer"),
}
# How long ago (days) a demo case in this state started: open cases are recent, so deadlines look real.
_AGE_DAYS = {
    CaseState.CLUE: (1, 18),
    CaseState.VERIFYING: (2, 20),
    CaseState.FILED: (5, 40),
    CaseState.INVESTIGATING: (10, 80),
    CaseState.INVESTIGATED: (20, 85),
    CaseState.INTERNAL_REVIEW: (25, 88),
    CaseState.LEGAL_REVIEW: (30, 88),
    CaseState.NOTIFIED: (30, 90),
    CaseState.HEARING: (40, 95),
    CaseState.COLLECTIVE: (40, 95),
    CaseState.DECIDED: (40, 95),
    CaseState.SERVED: (45, 100),
    CaseState.EXECUTING: (50, 110),
}
# How long (days) a demo case has been in its current state.
_IDLE_DAYS = {
    CaseState.VERIFYING: (0, 12),
    CaseState.FILED: (0, 10),
    CaseState.INVESTIGATED: (0, 8),
    CaseState.INTERNAL_REVIEW: (0, 6),
    CaseState.LEGAL_REVIEW: (0, 5),
    CaseState.NOTIFIED: (0, 12),
    CaseState.HEARING: (2, 20),
    CaseState.COLLECTIVE: (0, 6),
    CaseState.DECIDED: (0, 9),
    CaseState.SERVED: (0, 20),
    CaseState.EXECUTING: (3, 40),
}
_GENERAL = ("verify", "file", "investigate", "end_investigation", "submit_review")
_REACHED.update(
    {
        CaseState.INTERNAL_REVIEW: _GENERAL,
        CaseState.LEGAL_REVIEW: (*_GENERAL, "submit_legal_review"),
        CaseState.NOTIFIED: (*_GENERAL, "notify"),
        CaseState.HEARING: (*_GENERAL, "notify", "request_hearing"),
        CaseState.COLLECTIVE: (*_GENERAL, "notify", "collective"),
        CaseState.DECIDED: (*_GENERAL, "notify", "decide"),
        CaseState.SERVED: (*_GENERAL, "notify", "decide", "serve"),
        CaseState.EXECUTING: (*_GENERAL, "notify", "decide", "serve", "start_execution"),
        CaseState.CLOSED: (*_GENERAL, "notify", "decide", "serve", "start_execution", "pay_full", "close"),
        CaseState.ARCHIVED: (
            *_GENERAL,
            "notify",
            "decide",
            "serve",
            "start_execution",
            "pay_full",
            "close",
            "archive",
        ),
    }
)
_GAPS = {name: gap for name, _, _, gap in _PATH} | {"not_file": (1, 5), "transfer": (3, 20)}


# Demo monitoring devices (行政处罚法第四十一条): (code, kind, location, reviewed and published days ago or None);
# two in use, one whose location is not yet published, one retired. No random draw: the cases stay as they were.
DEMO_DEVICES = (
    ("SC-CAM-001", "违法停车抓拍", "解放路与建国路交叉口东北角", 400, 380, True),
    ("SC-CAM-002", "占道经营识别", "河坊街清河坊牌坊西侧", 120, None, True),
    ("SC-CAM-003", "视频监控", "延安路与庆春路交叉口（已拆除）", 900, 880, False),
    ("SC-CAM-004", "占道经营识别", "中山中路与河坊街交叉口西南角", 200, 190, True),
)


def _devices(station: Station, today: dt.date) -> None:
    """Register the demo's monitoring devices through the administrator, as a real station does."""
    from inspector.services import monitoring

    admin = station.login("admin", DEMO_PASSWORD)
    for code, kind, location, reviewed, published, active in DEMO_DEVICES:
        on = (today - dt.timedelta(days=reviewed)).isoformat()
        row = monitoring.add_device(
            admin,
            code=code,
            kind=kind,
            location=f"杭州市上城区{location}",
            legal_review_on=on,
            legal_review_ref=f"杭上城综法审〔{on[:4]}〕{code[-1]}号（演示）",
            tech_review_on=on,
            tech_review_ref=f"浙计检{on[:4]}-{code[-3:]}（演示）",
            published_on=(today - dt.timedelta(days=published)).isoformat() if published else None,
            published_where="上城区人民政府门户网站（演示）" if published else "",
        )
        if not active:
            monitoring.retire_device(admin, row["id"])


# From this many cases on, the demo also shows the other ways a case goes (after the general-procedure ones, drawn
# from their own seed so that those stay as they were): two on the simple procedure and one 非现场 record.
OTHER_WAYS_FROM = 20
# (matter, fine in cents, days ago, collected on the spot): 行政处罚法第五十一条 (a person, at most 200 yuan), the
# first paid there and then against the official receipt (第六十八条, at most 100 yuan) and handed in (第七十一条),
# the second to be paid at the bank within fifteen days (第六十七条).
DEMO_ON_THE_SPOT = (
    ("330220002000", 10000, 30, True),
    ("330217003000", 20000, 4, False),
)
# The 非现场 record (第四十一条): a published 占道经营识别 camera's record of 店外经营, reviewed and filed.
DEMO_RECORD = ("SC-CAM-004", "330217001000", "20471", 6)


def _other_ways(
    people: dict[str, Any],
    squads: list[dict[str, Any]],
    officers: list[dict[str, Any]],
    today: dt.date,
    photos: bool,
) -> int:
    """The simple-procedure cases and the 非现场 record of :data:`DEMO_ON_THE_SPOT` and :data:`DEMO_RECORD`, made
    by the same use cases an officer's form calls; returns the photos attached."""
    rng = random.Random(20260601)
    names = {code: item["name"] for code, item in _catalogue().items.items()}
    attached = 0
    squad = squads[0]
    street = squad["jurisdiction"] or "湖滨街道"
    pair = [o for o in officers if o["squad_id"] == squad["id"] and o["cert_expiry"] >= today.isoformat()][:2]
    for code, fine, ago, cash in DEMO_ON_THE_SPOT:
        party = _party(rng, today)
        adult = (today - dt.timedelta(days=19 * 365)).isoformat()
        # Art. 51: the person's limit is the one shown; an adult, so no Art. 30 mitigation changes the fine
        while party["kind"] != str(PartyKind.PERSON) or party["birth_date"] > adult:
            party = _party(rng, today)
        day = today - dt.timedelta(days=ago)
        data: dict[str, Any] = (
            {"cash": True, "receipt_no": f"浙财罚{rng.randint(1000000, 9999999)}"} if cash else {}
        )
        steps: list[tuple[str, dt.date, str, str, dict[str, Any]]] = [
            ("on_the_spot", day, "clue", "served", data)
        ]
        if cash:
            steps.append(("hand_in_cash", day + dt.timedelta(days=1), "served", "served", {}))
            steps.append(("close", day + dt.timedelta(days=3), "served", "closed", {}))
        started = dt.datetime.combine(day, dt.time(9, 30), clock.LOCAL_TZ) - dt.timedelta(hours=2)
        _, got = demo_cases.make_case(
            people,
            squad=squad,
            pair=pair,
            party=party,
            matter=(code, names[code]),
            address=f"杭州市上城区{rng.choice(ROADS)}{rng.randint(1, 400)}号门前",
            street=street,
            community=rng.choice(STREETS.get(street, ("",))),
            started=started,
            steps=steps,
            fine=fine,
            discretion=None,
            rng=rng,
            photos=photos,
            outcome="on_the_spot",
        )
        attached += got
    _non_contact(people, pair, squad, names, today, rng)
    return attached


def _non_contact(
    people: dict[str, Any],
    pair: list[dict[str, Any]],
    squad: dict[str, Any],
    names: dict[str, str],
    today: dt.date,
    rng: random.Random,
) -> None:
    """A device's record registered as a clue, verified, its record reviewed by the 中队长 and the case filed
    (第四十一条第一款、第二款)."""
    from inspector.services import case_opening
    from inspector.services import workflow as wf

    device, code, record_no, ago = DEMO_RECORD
    party = _party(rng, today)
    recorded = dt.datetime.combine(today - dt.timedelta(days=ago), dt.time(21, 14), clock.LOCAL_TZ)
    place = f"杭州市上城区{rng.choice(ROADS)}{rng.randint(1, 400)}号"
    with clock.frozen(recorded + dt.timedelta(hours=12)) as clk:
        case = case_opening.open_from_clue(
            people["officer"],
            {
                "source": "non_contact",
                "device": device,
                "recorded_at": recorded.strftime("%Y-%m-%d %H:%M"),
                "reference": record_no,
                "matter_code": code,
                "address": place,
                "summary": f"监控设备记录当事人{party['name']}在{place}门外{names[code]}",
                "act_date": recorded.date().isoformat(),
                "act_end_date": recorded.date().isoformat(),
                "discovered_on": (recorded + dt.timedelta(hours=12)).date().isoformat(),
                "officer_ids": [o["id"] for o in pair],
                "party": party,
                "squad_id": squad["id"],
            },
        )
        steps: tuple[tuple[str, str, dict[str, Any], int], ...] = (
            ("officer", "verify", {}, 1),
            ("leader", "review_record", {"result": "fit"}, 24),
            ("leader", "file", {}, 26),
        )
        for who, step, extra, hours in steps:
            clk.set(recorded + dt.timedelta(hours=12 + hours))
            wf.advance(people[who], case["id"], step, document=demo_cases.DOC_TEXT, **extra)


def _case_timeline(
    state: CaseState, clue_day: dt.date, today: dt.date, rng: random.Random, fine: int | None
) -> tuple[list[tuple[str, dt.date, str, str, dict[str, Any]]], dict[str, dt.date]]:
    """Workflow events consistent with ``state``, dated between the clue day and today."""
    names = _REACHED[state]
    offsets, total = [], 0
    for name in names:
        lo, hi = _GAPS[name]
        total += rng.randint(lo, hi)
        offsets.append(total)
    span = (today - clue_day).days
    if total > span and total:
        offsets = [o * span // total for o in offsets]
    elif names:
        # The case has sat in its state for a plausible while: stretch the investigation to fill the rest.
        stretch_to = max(0, span - rng.randint(*_IDLE_DAYS.get(state, (0, 30))))
        if total < stretch_to:
            k = names.index("end_investigation") if "end_investigation" in names else 0
            offsets = [o + (stretch_to - total if j >= k else 0) for j, o in enumerate(offsets)]
    steps, dates, prev = [], {}, "clue"
    for name, off in zip(names, offsets, strict=True):
        day = clue_day + dt.timedelta(days=off)
        data: dict[str, Any] = {}
        if name == "notify":
            data = {"amount_cents": fine or 0, "served_on": day.isoformat(), "hearing_right": False}
        elif name in ("decide", "serve"):
            data = {"outcome": "penalty", "amount_cents": fine or 0}
            if name == "serve":
                data.update(method="direct", served_on=day.isoformat())
        elif name == "pay_full":
            data = {"amount_cents": fine or 0, "full": True, "surcharge_cents": 0}
        elif name == "not_file":
            data = {"reason": "经核查不属于本机关管辖"}
        elif name == "transfer":
            data = {"receiver": "杭州市公安局上城区分局", "reason": "涉嫌犯罪，依法移送"}
        elif name == "submit_legal_review":
            data = {"return_to": "internal_review"}
        target = {"not_file": "not_filed", "transfer": "transferred"}.get(name) or next(
            t for n, _, t, _ in _PATH if n == name
        )
        if name == "decide":
            target = "decided"
        steps.append((name, day, prev, target, data))
        dates[name] = day
        prev = target
        if name == "decide" and rng.random() < 0.85:  # 行政处罚决定公示 (7 working days)
            steps.append(
                ("publish", min(today, day + dt.timedelta(days=rng.randint(1, 5))), target, target, {})
            )
    return steps, dates


# Every so many published decisions one is later changed or revoked (Art. 48): withdrawn by the officer's step,
# by the reviewer's 撤下公示, or (the latest, changed today) still due on the officer's 工作台.
_CHANGE_EVERY = 12
_AFTER_SERVICE = frozenset({CaseState.SERVED, CaseState.EXECUTING, CaseState.CLOSED, CaseState.ARCHIVED})
_CHANGE_REASONS = (
    ("revoked", "行政复议决定撤销原处罚决定（演示数据）"),
    ("changed", "人民法院判决变更罚款数额（演示数据）"),
)


def _changed_after_publication(
    steps: list[tuple[str, dt.date, str, str, dict[str, Any]]], today: dt.date, n: int
) -> list[tuple[str, dt.date, str, str, dict[str, Any]]]:
    """A published decision changed some days after the case's last step, and its publication withdrawn."""
    last = max(st[1] for st in steps)
    state = next(st[3] for st in sorted(steps, key=lambda st: st[1], reverse=True))
    kind, reason = _CHANGE_REASONS[n % len(_CHANGE_REASONS)]
    if n % 3 == 0:  # changed today: the withdrawal is due on the 工作台 and the reviewer's list
        return [("decision_changed", today, state, state, {"kind": kind, "reason": reason})]
    changed = min(today, last + dt.timedelta(days=7))
    withdrawn = min(today, changed + dt.timedelta(days=1))
    by = "reviewer" if n % 3 == 1 else "officer"
    return [
        ("decision_changed", changed, state, state, {"kind": kind, "reason": reason}),
        ("publication_withdrawn", withdrawn, state, state, {"by": by}),
    ]


def _action():
    from inspector.permissions import Action

    return Action.DEMO_FILL


def _attach_photos(session, writer, inspection: dict[str, Any], rng: random.Random) -> int:
    """Attach generated photos when the evidence use case is available (see ``inspector.services.evidence``)."""
    try:
        from inspector.services import evidence
    except ImportError:
        return 0
    hook = getattr(evidence, "demo_attach", None)
    return hook(session, writer, inspection, rng) if hook else 0
