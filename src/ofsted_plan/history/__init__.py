"""What changed in a plan over time."""
