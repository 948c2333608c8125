"""Options the packaged-build smoke test relies on: --quit-after and the hidden --self-check."""

from __future__ import annotations

import pytest

from app.cli import build_parser


def test_quit_after_takes_positive_seconds() -> None:
    assert build_parser().parse_args(["--quit-after", "2.5"]).quit_after == 2.5
    assert build_parser().parse_args([]).quit_after is None


@pytest.mark.parametrize("bad", ["0", "-1", "soon", "inf", "nan"])
def test_quit_after_refuses_anything_else(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["--quit-after", bad])
    assert exit_info.value.code == 2
    assert "expected a number of seconds above 0" in capsys.readouterr().err


def test_self_check_is_accepted_but_not_advertised() -> None:
    parser = build_parser()
    assert parser.parse_args(["--self-check"]).self_check is True
    assert "--self-check" not in parser.format_help()
