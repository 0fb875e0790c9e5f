package org.backoffice.events.hr;

/** An interviewer's verdict on an applicant. */
public enum Recommendation { HIRE, NO_HIRE }
