"""The whole analysis runs with the network cut: nothing downloads at run time."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from .conftest import ROOT, SEEDS

BLOCK_NETWORK = textwrap.dedent(
    """
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network access attempted during an offline test")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    """
)

RUN = textwrap.dedent(
    """
    import analysis
    corpus = analysis.load_corpus({seeds!r})
    utterances = analysis.analyze(corpus)
    sentences = analysis.analyze(corpus, unit="sentence")
    assert len(utterances) > 5 and len(sentences) == 18, (len(utterances), len(sentences))
    assert utterances.actor.ne("").any() and sentences.vader_compound.ne(0).any()
    print("offline-ok", len(utterances), len(sentences))
    """
)


def test_analysis_runs_with_sockets_blocked(tmp_path):
    script = BLOCK_NETWORK + RUN.format(seeds=str(SEEDS))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "none"),
           "MPLBACKEND": "Agg", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
                            env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("offline-ok")
