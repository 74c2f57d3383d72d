"""Evaluation harnesses: gold alignments and adversarial test sets (never imported by a stage)."""
