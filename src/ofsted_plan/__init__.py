"""ofsted-plan: a council's post-Ofsted improvement plan, kept as YAML in git."""

__version__ = "0.1.0"
