"""What auditors read of the signed sharing log: its checkpoint, its entries, an offline
verification and the export to verify it with (:mod:`gateway.audit.use_cases`)."""
