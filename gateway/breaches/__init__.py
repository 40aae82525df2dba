"""Personal data breaches (UK GDPR Arts 33 and 34): the register, the 72-hour clock from
discovery, the decisions to notify the ICO and to tell the student, and the request to the
recipient of a package to delete or return it. A breach is opened by hand, or by the DPO's
retrospective review of an emergency release that does not uphold it."""
