// The voice of a whole post: single words that show someone writing in a work role, for an
// organisation, reporting on others or advising the reader ("our team", "patients", "hiring",
// "policy", "defendant", "tip"), not telling their own news. classify.ts counts them against the
// writer's own "I", "me", "my": in a post that speaks this way, a plain finding with no "I" or "my"
// near it is the subject of the work ("the defendant denied supplying cocaine", "carers of people
// with dementia", "twelve drinks tested") and stays quiet. Words, not phrases, so that it carries
// over to phrasings nobody listed. Lower case, one word each.

/** Someone in a work role, or an organisation and the people it serves. */
export const ROLE = [
  'adjusters', 'advisers', 'advisors', 'agency', 'analysts', 'applicants', 'attendees', 'brand', 'brewery',
  'businesses', 'candidate', 'candidates', 'carers', 'charity', 'clients', 'clinic', 'clinicians', 'colleagues',
  'company', 'council', 'crew', 'customer', 'customers', 'defendant', 'delegates', 'department', 'distillery',
  'employee', 'employees', 'employer', 'employers', 'engineers', 'firm', 'graduates', 'guests', 'hospital', 'hr',
  'jury', 'learners', 'managers', 'members', 'newsroom', 'nurses', 'organisation', 'organization', 'participants',
  'patient', 'patients', 'pharmacist', 'pharmacists', 'practitioners', 'prescribers', 'pupils', 'readers',
  'recruiter', 'recruiters', 'reporters', 'residents', 'restaurant', 'schools', 'service', 'services', 'staff',
  'stakeholders', 'students', 'team', 'teams', 'users', 'venue', 'venues', 'volunteers', 'ward', 'workforce',
];

/** Work itself: launching, hiring, reporting, training, advising. */
export const WORK = [
  'ads', 'advice', 'announce', 'announced', 'announcing', 'apply', 'awareness', 'campaign', 'case', 'compliance',
  'conference', 'contract', 'course', 'data', 'distribute', 'education', 'employment', 'evidence', 'guidance',
  'guide', 'hiring', 'investigation', 'launch', 'launched', 'launching', 'law', 'lecture', 'mandatory', 'menu',
  'partnered', 'pilot', 'policy', 'prevention', 'programme', 'published', 'recruiting', 'regulation', 'reminder',
  'report', 'research', 'review', 'roles', 'security', 'session', 'sessions', 'survey', 'teach', 'teaching', 'tip',
  'tips', 'trade', 'training', 'trial', 'update', 'webinar', 'workshop',
];

/** Home life: a post about these is the writer's own, whatever work words it has. */
export const HOME = [
  'boyfriend', 'dad', 'daughter', 'girlfriend', 'hubby', 'husband', 'kids', 'mom', 'mum', 'son', 'wife', 'wifey',
];
