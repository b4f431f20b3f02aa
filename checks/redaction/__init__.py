"""Redaction: masked names (***), unfilled template slots (XX县, *次, 20XX年), broken fixed formulations
and Arabic numerals inside fixed political terms."""
