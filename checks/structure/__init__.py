"""Structure checks (S codes): title, the required sections, heading and 一是 numbering, pasted reports."""
