"""Bulk timeline imports: Timesketch CSV / JSONL, DFIR-IRIS CSV, any CSV / JSONL through a mapping.

``source`` streams a file (hashing it as it goes) into numbered records, ``mapping`` turns a
record into event values, ``presets`` holds the known formats, and ``records`` runs an import in
the caller's transaction, keeps its record and undoes it.
"""
