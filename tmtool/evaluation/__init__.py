"""Evaluation harnesses: gold alignments, adversarial test sets and the segmentation suites (never imported by a stage)."""
