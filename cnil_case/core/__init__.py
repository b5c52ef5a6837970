"""Domain rules and storage. Never imports Qt."""
