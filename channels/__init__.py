"""Thin adapters from each messenger to the channel-neutral handlers (terminal, Telegram, Zalo)."""
