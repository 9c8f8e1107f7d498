"""Why an outgoing mail was not sent, as stored with it (``inquiry_messages.send_error``, also
``report_mails``): a German message's template and values as JSON, and whether the server
refused it for good. Pure; the outbox writes it, the conversation reads it back."""

from __future__ import annotations

import json

from buergeranfragen.messages import Message, text


def error_to_json(reason: Message, permanent: bool) -> str:
    values = {name: str(value) for name, value in reason.params}
    return json.dumps(
        {"template": reason.template, "values": values, "permanent": permanent},
        ensure_ascii=False,
    )


def error_from_json(stored: str) -> tuple[Message | None, bool]:
    """The stored reason and whether it was permanent; a plain text is shown as it is."""
    if not stored:
        return None, False
    try:
        data = json.loads(stored)
        values = data["values"]
        return Message(str(data["template"]), tuple((str(k), str(v)) for k, v in values.items())), (
            bool(data.get("permanent"))
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return text(stored), False
