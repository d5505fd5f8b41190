"""Measure the toolkit against hand-annotated gold files.

``python -m analysis.evaluate attribution [GOLD]`` scores who-says-what;
``python -m analysis.evaluate scores [GOLD]`` scores stance, sentiment and frames.
Each evaluator lives in its own module and exposes ``main(argv) -> int``.
"""

EVALUATORS = {
    "attribution": "analysis.evaluate.attribution",
    "scores": "analysis.evaluate.scores",
}
