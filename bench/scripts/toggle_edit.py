#!/usr/bin/env python3
"""A one-line edit of a pipeline that changes ci.yml: flips the first timeoutMinutes(10) to (11)
and back on the next call. Used by the timing scripts; `--restore` puts 10 back."""
import pathlib
import sys

SOURCE = pathlib.Path("pipelines/src/main/java/com/financehub/pipelines/FinanceHubCi.java")
A, B = "timeoutMinutes(10)", "timeoutMinutes(11)"

text = SOURCE.read_text(encoding="utf-8")
if B in text:
    text = text.replace(B, A, 1)
elif len(sys.argv) < 2 or sys.argv[1] != "--restore":
    text = text.replace(A, B, 1)
SOURCE.write_text(text, encoding="utf-8")
