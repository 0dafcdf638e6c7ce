// A small letter in the 2016 layout for the in-process feature tests: the header, the two sections that open a
// letter, and two items (one upheld with both parties' citations, one overturned where the Claims
// Administrator cited nothing). The decision table's tests use it without the opening sections.
const HEADER = `Case Number: CM16-0213037        Date of Injury: 10/13/2016
Date Assigned: 11/09/2016        UR Denial Date: 11/03/2016
Decision Date: 12/09/2016        Application Received: 11/03/2016
Priority: Standard
`;
const OPENING = `HOW THE IMR FINAL DETERMINATION WAS MADE
State(s) of Licensure: California
Certification(s)/Specialty: Orthopaedic Surgery
CLINICAL CASE SUMMARY
The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:
The injured worker is a 50 year old male.
`;
const ISSUES = `IMR ISSUES, DECISIONS AND RATIONALES
The Final Determination was based on decisions for the disputed items/services set forth below:
Norco 10/325mg #60: Upheld
Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Section(s): Opioids, criteria for use.
MAXIMUS guideline: Decision based on Non-MTUS Citation ODG Pain Chapter, Opioids.
Decision rationale: No functional improvement is documented.
The request for Norco 10/325mg #60 is not medically necessary.
Physical therapy 12 sessions: Overturned
Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.
MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods.
Decision rationale: Therapy is indicated. The request is medically necessary.
`;

export const SMALL_LETTER = HEADER + OPENING + ISSUES;
export const SMALL_LETTER_WITHOUT_OPENING = HEADER + ISSUES;
