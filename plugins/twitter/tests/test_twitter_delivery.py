"""The channel session on its own: handle lookups, error mapping, compose links, exports."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from orchestrator.channels import (OutboundMessage, PermanentDeliveryError,
                                   TransientDeliveryError)
from orchestrator.model import Contact, Identity
from orchestrator_twitter.channel import TwitterChannel
from orchestrator_twitter.models import DmEvent
from orchestrator_twitter.sync import counterpart

from xapi_server import ME_ID

SEND = "createDirectMessagesByParticipantId"


class Context:
    settings: dict = {}

    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace
        self.logged: list[str] = []

    def secret(self, name: str) -> str:  # pragma: no cover - the plugin reads its own tokens
        raise AssertionError("not used")

    def log(self, message: str) -> None:
        self.logged.append(message)


def message(key: str, text: str = "Hi Jane, about your reefer post.", mode: str = "api",
            display: str = "") -> OutboundMessage:
    return OutboundMessage(draft_id="p1-1", idempotency_key="c/0/1/0", channel="twitter",
                           kind="dm", mode=mode, recipient=Identity("twitter", key, display),
                           contact=Contact(id=1, first_name="Jane", last_name="Doe"),
                           subject=None, text=text, campaign="c")


@pytest.fixture
def session(xapi, tmp_path, login_tokens):
    xapi.world.add_user("42", "JaneDoe", "Jane Doe")
    login_tokens()
    opened = TwitterChannel().open(Context(tmp_path))
    yield opened
    opened.close()


def test_a_handle_is_looked_up_once_then_sent_by_id(session, xapi) -> None:
    receipt = session.deliver(message("@janedoe"))
    assert receipt.external_id == xapi.world.dm_events[-1]["id"]
    assert receipt.detail == f"conversation 42-{ME_ID}"
    session.deliver(message("@janedoe", "Second, different text."))
    assert len(xapi.calls("getUsersByUsername")) == 1
    assert [c.path for c in xapi.calls(SEND)] == ["/2/dm_conversations/with/42/messages"] * 2
    assert session.context.logged == ["X: @janedoe is user 42; sending by id"]


def test_an_unknown_handle_is_permanent_and_nothing_is_posted(session, xapi) -> None:
    with pytest.raises(PermanentDeliveryError, match="no account @ghost"):
        session.deliver(message("@ghost"))
    assert xapi.calls(SEND) == []


def test_a_refused_session_is_transient_without_back_off(session, xapi) -> None:
    xapi.world.access_tokens.clear()
    xapi.world.refresh_tokens.clear()
    with pytest.raises(TransientDeliveryError) as caught:
        session.deliver(message("42"))
    assert caught.value.retry_after == 0.0 and "not sent" in str(caught.value)
    assert "outreach twitter login" in str(caught.value)


def test_assisted_links_and_exports(tmp_path) -> None:
    channel = TwitterChannel()
    by_id = channel.render(message("42", "Hi Jane & co: 100% yes?", mode="assisted"), {})
    parts = urlsplit(by_id.link or "")
    assert parse_qs(parts.query) == {"recipient_id": ["42"], "text": ["Hi Jane & co: 100% yes?"]}
    assert "%20" in parts.query and "+" not in parts.query  # spaces arrive as spaces
    by_handle = channel.render(message("@janedoe", mode="assisted"), {})
    assert by_handle.link == "https://x.com/janedoe" and "paste" in by_handle.instructions
    session = channel.open(Context(tmp_path))
    path = session.export(message("42", mode="export", display="@JaneDoe"), tmp_path / "out")
    text = path.read_text()
    assert "To: Jane Doe (@JaneDoe)" in text and "recipient_id=42" in text
    assert text.endswith("Hi Jane, about your reefer post.\n")
    session.close()


def test_the_recipient_is_the_user_id_when_known() -> None:
    contact = Contact(id=1, identities=[Identity("email", "j@example.com"),
                                        Identity("twitter", "@janedoe", "@JaneDoe"),
                                        Identity("twitter", "42", "@JaneDoe")])
    assert TwitterChannel().recipient(contact).key == "42"
    assert TwitterChannel().recipient(Contact(id=2)) is None


def test_group_conversations_name_nobody() -> None:
    one = DmEvent("1", "MessageCreate", "hi", sender_id="42", dm_conversation_id=f"42-{ME_ID}")
    assert counterpart(one, ME_ID) == "42"
    mine = DmEvent("2", "MessageCreate", "hi", sender_id=ME_ID,
                   dm_conversation_id=f"42-{ME_ID}", participant_ids=("42", ME_ID))
    assert counterpart(mine, ME_ID) == "42"
    group = DmEvent("3", "MessageCreate", "hi all", sender_id="42",
                    dm_conversation_id="1582838291485036544")
    assert counterpart(group, ME_ID) is None
    bare = DmEvent("4", "MessageCreate", "hi", sender_id="42")
    assert counterpart(bare, ME_ID) == "42"
