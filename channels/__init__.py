"""Thin adapters from each messenger to the channel-neutral handlers (terminal, Telegram, Zalo)."""


class TokenRejected(Exception):
    """The messenger's server refused the bot's token: nothing to retry, the operator must fix it."""

    def __init__(self, channel: str, variable: str):
        super().__init__(f"{channel} rejected the token in {variable}")
        self.channel = channel
        self.variable = variable
