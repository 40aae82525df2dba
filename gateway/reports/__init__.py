"""The annual Prevent report (policy 4.2) and the OfS monitoring return (policy 1.2).

Public surface: :mod:`gateway.reports.domain` (AcademicYear, Figure, AnnualReport,
suppress, OFS_MAPPING), :mod:`gateway.reports.service` (build_annual_report, trace_figure,
ofs_return), :mod:`gateway.reports.pdf` (render_pdf) and :mod:`gateway.reports.export`
(to_csv, to_json).
"""

__all__ = ["domain", "export", "pdf", "service"]
