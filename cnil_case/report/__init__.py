"""Documents built from case snapshots (PDF, CSV, JSON). Never imports Qt."""
