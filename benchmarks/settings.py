"""Production settings plus one URL, the bare view the benchmarks compare every page with.

Used only by benchmarks/http.py and benchmarks/load.py (see benchmarks/stack.py).
"""

from portal.settings.production import *  # noqa: F401,F403

ROOT_URLCONF = "benchmarks.urls"
