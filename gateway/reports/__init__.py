"""The annual Prevent report (policy 4.2) and the OfS monitoring return (policy 1.2).

What the doors call: :mod:`gateway.reports.use_cases` (annual_report, ofs_return,
trace_figure), returning the views of :mod:`gateway.reports.views` (the annual report view
renders itself as JSON, CSV or PDF). Below them: :mod:`gateway.reports.service`
(build_annual_report), :mod:`gateway.reports.domain` (AcademicYear, Figure, AnnualReport,
suppress, OFS_MAPPING), :mod:`gateway.reports.pdf` and :mod:`gateway.reports.export`.
"""

__all__ = ["domain", "export", "pdf", "service", "use_cases", "views"]
