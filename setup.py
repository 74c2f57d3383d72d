"""Build the optional compiled inner loops of the aligner; everything else is in pyproject.toml.

``optional=True``: where no C compiler is found the install still succeeds and
tmtool aligns with the same results in pure Python, only slower.
"""

import sys

from setuptools import Extension, setup

# No fused multiply-add: the kernel must round exactly as the Python reference does.
FLAGS = [] if sys.platform == "win32" else ["-O2", "-ffp-contract=off"]

setup(
    ext_modules=[
        Extension("tmtool.align._fast", ["tmtool/align/_fast.c"], extra_compile_args=FLAGS, optional=True),
    ],
)
