"""Documents follow the case: the documents service asks ``workflow.document_basis`` before issuing."""

from __future__ import annotations

import pytest

from inspector import clock
from inspector.services import workflow as wf
from inspector.station import Station
from tests.integration.test_amount_rules_cli import _prepare
from tests.integration.workflow_support import at


def test_art62_document_basis_refuses_a_decision_document_ahead_of_the_decision(data_dir):
    """《行政处罚法》第六十二条: asked on 5 June, the 行政处罚决定书 is refused (statement period runs to 8 June);
    on 10 June it may go out with the decision, stating the notified 200 yuan."""
    from inspector.demo import DEMO_PASSWORD
    from inspector.errors import GuardRefused

    cid = _prepare(data_dir, to_notice=True)
    st = Station.open(data_dir)
    try:
        officer = st.login("officer", DEMO_PASSWORD)
        at("2026-06-05")
        with pytest.raises(GuardRefused) as err:
            wf.document_basis(officer, cid, "penalty_decision")
        assert err.value.rule == "statement_period" and "第六十二条" in err.value.article
        at("2026-06-10")
        basis = wf.document_basis(officer, cid, "penalty_decision")
        assert not basis.performed and basis.facts["amount_cents"] == 20000
        with pytest.raises(GuardRefused) as err:
            wf.document_basis(officer, cid, "hearing_notice")
        assert "第六十三条" in err.value.article
    finally:
        clock.freeze(None)
        st.close()
