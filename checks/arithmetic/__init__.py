"""Arithmetic consistency (A codes): stated rates, part lists and changes checked against the figures beside them."""
