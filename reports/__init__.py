"""The office's statistics: the figures of a period, their charts, a terminal table and an HTML report."""
