"""Mining: parsed paragraphs in, the argument (units, roles, relations) out.

``units/`` finds and describes units, ``scorers/`` scores them and their pairs, ``tree/`` turns
the scores into one tree rooted at the major claim; ``pipeline`` runs all of it over ingested
documents and ``segments`` over texts already cut into segments (evaluation, training).
"""
