"""Thin adapters from each messenger to the channel-neutral handlers (terminal, Telegram, Zalo)."""

# A reply that meets a 429 waits the messenger's retry_after and is tried again, this many times at most:
# replies are not dropped when many people ask at once. Announcements keep their own pace (handlers/delivery.py).
RETRIES_AFTER_429 = 5


class TokenRejected(Exception):
    """The messenger's server refused the bot's token: nothing to retry, the operator must fix it."""

    def __init__(self, channel: str, variable: str):
        super().__init__(f"{channel} rejected the token in {variable}")
        self.channel = channel
        self.variable = variable
