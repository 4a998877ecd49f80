// The voice of a whole post: single words that show someone writing in a work role, for an
// organisation, reporting on others or advising the reader ("our team", "patients", "hiring",
// "policy", "defendant", "tip"), not telling their own news. classify.ts counts them against the
// writer's own "I", "me", "my": in a post that speaks this way, a plain finding with no "I" or "my"
// near it is the subject of the work ("the defendant denied supplying cocaine", "carers of people
// with dementia", "twelve drinks tested") and stays quiet. Words, not phrases, so that it carries
// over to phrasings nobody listed. Lower case, one word each.

/** Someone in a work role, or an organisation and the people it serves. */
export const ROLE = [
  'accountants', 'adjusters', 'advisers', 'advisors', 'agency', 'analysts', 'applicants', 'architects', 'association',
  'attendees', 'bartenders', 'borrowers', 'brand', 'brewery', 'businesses', 'candidate', 'candidates', 'carers',
  'charity', 'chefs', 'client', 'clients', 'clinic', 'clinicians', 'colleagues', 'company', 'council', 'counsellors',
  'crew', 'customer', 'customers', 'defendant', 'delegates', 'dentists', 'department', 'developers', 'distillery',
  'doctors', 'editors', 'employee', 'employees', 'employer', 'employers', 'engineers', 'firm', 'foundation',
  'graduates', 'guests', 'hospital', 'hr', 'industry', 'investors', 'journalists', 'jury', 'landlords', 'lawyers',
  'learners', 'lenders', 'managers', 'members', 'midwives', 'newsroom', 'nhs', 'nurses', 'organisation',
  'organization', 'paramedics', 'participants', 'patient', 'patients', 'pharmacist', 'pharmacists', 'pharmacy',
  'police', 'practice', 'practitioners', 'prescribers', 'pupils', 'readers', 'recruiter', 'recruiters', 'regulators',
  'reporters', 'residents', 'restaurant', 'retailers', 'schools', 'sector', 'service', 'services', 'solicitor',
  'solicitors', 'staff', 'stakeholders', 'stores', 'students', 'suppliers', 'surgeons', 'teachers', 'team', 'teams',
  'tenants', 'therapists', 'trustees', 'users', 'venue', 'venues', 'volunteers', 'ward', 'welfare', 'workforce',
];

/** Work itself: launching, hiring, reporting, training, advising. */
export const WORK = [
  'ads', 'advice', 'announce', 'announced', 'announcing', 'apply', 'awareness', 'campaign', 'case', 'clinical',
  'compliance', 'conference', 'consultation', 'contract', 'course', 'data', 'distribute', 'education', 'employment',
  'evidence', 'funding', 'guidance', 'guide', 'hiring', 'initiative', 'insights', 'investigation', 'launch',
  'launched', 'launching', 'law', 'lecture', 'mandatory', 'menu', 'outreach', 'panel', 'partnered', 'payroll',
  'pilot', 'policy', 'prevention', 'pricing', 'programme', 'published', 'quarter', 'quarterly', 'recruiting',
  'regulation', 'regulator', 'reminder', 'report', 'research', 'review', 'roles', 'security', 'session', 'sessions',
  'statutory', 'strategy', 'survey', 'teach', 'teaching', 'tip', 'tips', 'trade', 'training', 'trends', 'trial',
  'update', 'webinar', 'workshop',
];

/** Home life: a post about these is the writer's own, whatever work words it has. */
export const HOME = [
  'boyfriend', 'dad', 'daughter', 'girlfriend', 'hubby', 'husband', 'kids', 'mom', 'mum', 'son', 'wife', 'wifey',
];

/** Job titles: "As a pharmacist, …" speaks from a role. */
export const TITLES = [
  'accountant', 'adviser', 'advisor', 'barrister', 'broker', 'ceo', 'chef', 'clinician', 'coach', 'consultant',
  'counsellor', 'dentist', 'director', 'doctor', 'editor', 'engineer', 'founder', 'gp', 'journalist', 'lawyer',
  'lecturer', 'manager', 'midwife', 'nurse', 'officer', 'paramedic', 'pharmacist', 'physician', 'psychologist',
  'recruiter', 'reporter', 'researcher', 'solicitor', 'surgeon', 'teacher', 'therapist', 'trainer',
];

/** Someone other than the writer, between "I"/"me" and a word: "asked me if she could drink on antibiotics". */
export const OTHER_PEOPLE = [
  'clients', 'customers', 'he', 'her', 'his', 'patient', 'patients', 'people', 'she', 'someone', 'their', 'them', 'they',
];
