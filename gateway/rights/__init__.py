"""The student's rights to restrict the processing (UK GDPR Art 18) and to object to it
(Art 21), recorded on a case: while one is in force nothing is submitted, approved, authorised
or released from the case unless the DPO has recorded the lawful ground to go on (or, on the
emergency path for a risk to life, the SMT authoriser has, for the DPO's review to confirm)."""
