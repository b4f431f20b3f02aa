"""Typography (T): spaces, invisible characters, punctuation width, brackets, doubled words and other
slips of form, following government style (GB/T 15834, GB/T 15835, GB/T 9704)."""
