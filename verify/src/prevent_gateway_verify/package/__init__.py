"""Referral packages: DSSE manifest, files, sharing-log inclusion, HPKE sealed file; verify/open."""
