"""The three libraries know nothing of the application."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LIBRARIES = ("sharing_log", "redaction", "dpia")


@pytest.mark.parametrize("library", LIBRARIES)
def test_library_source_never_imports_gateway(library: str) -> None:
    offenders = []
    for path in (ROOT / library).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names
                          if n == "gateway" or n.startswith("gateway.")]
    assert offenders == []


@pytest.mark.parametrize("library", LIBRARIES)
def test_library_imports_without_loading_gateway(library: str) -> None:
    probe = f"import sys, {library}; print(any(m.split('.')[0] == 'gateway' for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    assert result.stdout.strip() == "False"
