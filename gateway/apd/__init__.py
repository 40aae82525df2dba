"""The register of appropriate policy documents (DPA 2018 Sch 1 Part 4, paras 38-41).

What the doors call: :mod:`gateway.apd.use_cases` (list, show, add, review), returning the views
of :mod:`gateway.apd.views`. Below them: :mod:`gateway.apd.service` (the rows, and what a
disclosure checks) and :mod:`gateway.apd.domain` (the para 39 content, the conditions an entry
may cover, when it is out of date, how long it is kept: plain Python).
"""

__all__ = ["domain", "models", "service", "use_cases", "views"]
