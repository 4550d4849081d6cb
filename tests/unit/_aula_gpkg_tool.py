"""Run ``gpkg/aula-gpkg`` as a technician runs it: its launcher (which picks the Python), in a
subprocess, under a given locale."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


def aula_gpkg(
    repo_root: Path, *args: str, lang: str = "en_GB.UTF-8"
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang
    return subprocess.run(
        [str(repo_root / "gpkg" / "aula-gpkg"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
