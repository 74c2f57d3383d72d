"""Evaluation harnesses: gold alignments, adversarial test sets, the segmentation suites and glossary golds (never imported by a stage)."""
