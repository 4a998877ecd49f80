// Health: private rather than unprofessional, so warn for work audiences only. Most words here
// are also everyday work words ("cancer research", "flu season"), so they count only when the
// sentence is about the writer ("I", "my" nearby) and nothing professional surrounds them.

/** About the writer by their wording alone. */
export const SELF_EVIDENT = [
  'aa meeting', 'anorexia', 'antidepressants', 'anxiety attack', 'been sick', 'biopsy', 'broke my arm', 'broke my leg',
  'broke my wrist', 'broken arm', 'broken leg', 'bulimia', 'caught a cold', 'caught covid', 'caught the flu', 'chemo',
  'chemotherapy', 'chest infection', 'concussion', 'covid positive', 'cramps', 'days sober', 'diagnosed with',
  'diarrhea', 'diarrhoea', 'down with the flu', 'eating disorder', 'emergency room', 'feel sick', 'feeling sick',
  'felt sick', 'food poisoning', 'got a cold', 'got covid', 'got diagnosed', 'got sick', 'got the flu', 'have a cold',
  'have covid', 'have the flu', 'head cold', 'hospitalised', 'hospitalized', "i'm sick", 'im sick', 'in hospital',
  'in rehab', 'in the hospital', 'in therapy', 'infertility', 'insomnia', 'ivf', 'long covid', 'mental breakdown',
  'migraine', 'migraines', 'miscarriage', 'months sober', 'my adhd', 'my antidepressants', 'my anxiety',
  'my back is killing me', 'my biopsy', 'my blood test', 'my blood work', 'my cancer', 'my chemo', 'my condition',
  'my depression', 'my diagnosis', 'my doctor', 'my health', 'my illness', 'my injury', 'my ivf', 'my knee surgery',
  'my medication', 'my meds', 'my mental health', 'my migraine', 'my miscarriage', 'my mri', 'my ocd', 'my period',
  'my pregnancy', 'my psychiatrist', 'my recovery', 'my relapse', 'my ssri', 'my surgery', 'my symptoms',
  'my therapist', 'my therapy', 'my treatment', 'my tumor', 'my tumour', 'nervous breakdown', 'on antidepressants',
  'on my period', 'panic attack', 'panic attacks', 'period cramps', 'puking', 'radiation therapy', 'relapsed',
  'running a fever', 'self harm', 'sick as a dog', 'sick in bed', 'sick of being sick', 'sick with', 'sinus infection',
  'sprained', 'sprained my', 'started therapy', 'stitches', 'stomach bug', 'strep throat', 'suicidal',
  'tested positive', 'the er', 'the runs', 'therapy session', 'threw up', 'throwing up', 'vomiting', 'went to rehab',
  'years sober',
];

/** Conditions and care that are the writer's only with "I"/"my" nearby. */
export const CONDITIONS = [
  'adhd', 'allergies', 'anxiety', 'arthritis', 'asthma', 'autism', 'autistic', 'bipolar', 'burned out', 'burnout',
  'burnt out', 'cancer', 'chlamydia', 'chronic illness', 'chronic pain', 'covid', 'depressed', 'depression',
  'diabetes', 'diagnosis', 'disability', 'dyslexia', 'dyslexic', 'epilepsy', 'fever', 'flu', 'health issues',
  'health scare', 'heart attack', 'herpes', 'hiv', 'home with the flu', 'ill', 'illness', 'infection', 'injured',
  'injury', 'medication', 'meds', 'meltdown', 'menopause', 'mri', 'ocd', 'pregnant', 'ptsd', 'rehab', 'seizure',
  'seizures', 'sick', 'sober', 'std', 'stds', 'stroke', 'surgery', 'tumor', 'tumour', 'unwell', 'virus', 'x ray',
];

export const NEUTRAL = [
  'appointment setting', 'avoid burnout', 'avoiding burnout', 'body scan', 'book an appointment',
  'book your appointment', 'breast cancer awareness', 'burnout prevention', 'cancer awareness', 'cancer research',
  'cell therapy', 'cold brew', 'cold call', 'cold calling', 'cold calls', 'cold email', 'cold emails', 'cold feet',
  'cold outreach', 'cold start', 'cold weather', 'computer virus', 'covid 19 pandemic', 'covid era',
  'covid restrictions', 'covid vaccine', 'doctor appointment', 'doctor of', 'doctor who', 'doctoral', 'drug therapy',
  'during covid', 'economic depression', 'employee burnout', 'flu season', 'flu shot', 'flu shots', 'flu vaccine',
  'gene therapy', 'great depression', 'growing pains', 'health benefits', 'health care', 'health insurance',
  'health tech', 'healthcare', 'heart attack prevention', 'ill advised', 'ill fated', 'mental health awareness',
  'mental health awareness week', 'mental health benefits', 'mental health day', 'mental health first aid',
  'mental health matters', 'mental health month', 'mental health resources', 'mental health support',
  'no pain no gain', 'out cold', 'pain in the', 'pain point', 'pain points', 'patient care', 'physical therapy clinic',
  'post covid', 'pre covid', 'preventing burnout', 'public health', 'qr code', 'recovering from the', 'retail therapy',
  'scan the', 'scan this', 'sick and tired', 'sick burn', 'sick day', 'sick days', 'sick leave', 'sick of', 'sick pay',
  'since covid', 'spin doctor', 'stroke of genius', 'stroke of luck', 'struggling with the', "that's sick",
  'thats sick', 'the pandemic', 'the stroke of', 'therapy area', 'therapy areas', 'therapy dogs', 'virus scan',
];

export const WORK = [
  'announce', 'announcing', 'app', 'awareness', 'benefits', 'biotech', 'campaign', 'charity', 'clients', 'clinic',
  'clinical', 'clinicians', 'conference', 'customers', 'doctors', 'employees', 'fundraiser', 'guide', 'healthcare',
  'hiring', 'hospitals', 'industry', 'insurance', 'launch', 'launched', 'launching', 'medtech', 'nurses', 'our team',
  'panel', 'patient', 'patients', 'pharma', 'physicians', 'platform', 'podcast', 'product', 'providers', 'research',
  'screening', 'startup', 'stigma', 'studies', 'study', 'tips', 'trial', 'trials', 'webinar', 'wellbeing', 'wellness',
  'workplace',
];
