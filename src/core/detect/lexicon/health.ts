// Health: private rather than unprofessional, so warn for work audiences only. Most words here
// are also everyday work words ("cancer research", "flu season"), so they count only when the
// sentence is about the writer ("I", "my" nearby) and nothing professional surrounds them.

/** About the writer by their wording alone. */
export const SELF_EVIDENT = `
abortion clinic
after my surgery
been sick
blood sugar crashed
breakdown at work
broke my arm
broke my leg
broke my wrist
caught a cold
caught covid
caught the flu
changed my meds
cried at the doctor
depression nap
diagnosed at
diagnosed last
diagnosed with
diagnosis at
down with the flu
feel sick
feeling sick
felt sick
finally diagnosed
fit note
found a lump
got a cold
got covid
got diagnosed
got my diagnosis
got sick
got the flu
gp said
had a heart attack
had a panic attack
had a seizure
had a stroke
had an abortion
have a cold
have covid
have the flu
having a panic attack
hospital appointment
hospitalised
hospitalized
i have cancer
i have diabetes
ibs flare
ibs flared
ibs flared up
ibs flaring
im sick
in a sling
in hospital
in rehab
in the hospital
in therapy
lost my driving licence
lump checked
lump in my breast
meds aren't working
meds arent working
meds not working
mental breakdown at
my abortion
my adhd
my antidepressants
my anxiety
my appendix
my back is killing me
my biopsy
my blood results
my blood sugar
my blood test
my blood work
my cancer
my chemo
my colonoscopy
my condition
my consultant
my consultant said
my crutches
my ct scan
my dementia
my depression
my diagnosis
my doctor
my ecg
my gp
my hrt
my illness
my inhaler
my injury
my insulin
my ivf
my kidney
my knee surgery
my lungs
my mammogram
my medication
my meds
my mental health
my migraine
my miscarriage
my mri
my new meds
my ocd
my operation
my period
my physio
my pregnancy
my psych
my psychiatrist
my recovery
my referral
my relapse
my scan
my scan results
my smear test
my specialist
my ssri
my stitches
my surgery
my symptoms
my therapist
my therapist said
my therapy
my treatment
my tumor
my tumour
my ultrasound
new meds
off sick with
off work with
on crutches
on hrt
on my period
overdosed
panic attack at
panic attack in
pnic attack
psych ward
puking
running a fever
scan results
sectioned
shadow on my lung
sick as a dog
sick in bed
sick note
sick of being sick
sick with
signed off sick
signed off with
signed off work
sprained my
started antidepressants
started meds
started therapy
starting antidepressants
starting meds
therapist asked me
threw up
throwing up
upped my dose
upped my meds
vomiting
went to rehab
`;

/** Conditions and care that are the writer's only with "I"/"my" nearby. */
export const CONDITIONS = `
acl
adhd
adhd meds
allergies
anxiety
arthritis
asthma
autism
autistic
back pain
bipolar
blood pressure
burned out
burnout
burnt out
cancer
chlamydia
chronic illness
chronic pain
covid
crutches
dementia
dengue
depressed
depression
diabetes
diabetic
diagnosis
disability
dyslexia
dyslexic
eczema
epilepsy
fever
flu
health issues
health scare
heart attack
herpes
hiv
hrt
ill
illness
infection
injured
injury
lump
malaria
medication
meds
meltdown
menopause
mri
ms
ocd
physio
pregnant
psoriasis
ptsd
rehab
seizure
seizures
sick
ssris
std
stds
stroke
surgery
tablets
tumor
tumour
typhoid
unwell
virus
wheelchair
x ray
`;

export const NEUTRAL = `
appointment setting
at least i have my health
at least we have our health
avoid burnout
avoiding burnout
body scan
book an appointment
book your appointment
breast cancer awareness
burnout prevention
cancer awareness
cancer research
cell therapy
cold brew
cold call
cold calling
cold calls
cold email
cold emails
cold feet
cold outreach
cold start
cold weather
colleague signed off sick
computer virus
covid 19 pandemic
covid era
covid restrictions
covid vaccine
doctor appointment
doctor friend
doctor of
doctor who
doctoral
drug therapy
during covid
economic depression
employee burnout
employee signed off sick
employees signed off sick
flu season
flu shot
flu shots
flu vaccine
gene therapy
getting sick of
got sick of
great depression
growing pains
health benefits
health care
health insurance
health tech
healthcare
heart attack prevention
ill advised
ill fated
im sick of
mental health awareness
mental health awareness week
mental health benefits
mental health day
mental health first aid
mental health matters
mental health month
mental health resources
mental health support
my doctor friend
no pain no gain
out cold
pain in the
pain point
pain points
patient care
physical therapy clinic
post covid
pre covid
preventing burnout
public health
qr code
recovering from the
retail therapy
scan the
scan this
session was sick
sick and tired
sick burn
sick day
sick days
sick leave
sick of
sick of it
sick pay
sick to death of
since covid
spin doctor
stroke of genius
stroke of luck
struggling with the
thats sick
the pandemic
the stroke of
therapy area
therapy areas
therapy dogs
virus scan
was sick 🛹
`;

export const WORK = `
adaptive clothing
adaptive fashion
adaptive lingerie
adaptive range
approval
awareness
awareness drives
benefit
benefits
biotech
campaign
cases
ce mark
ce marking
charity
clinical
clinicians
compound
conference
district
drug
drugs
employee
employees
employees signed off
fda
fda approval
fda clearance
fundraiser
gp
health team
healthcare
hospitals
industry
insurance
managers
medtech
nhs trust
nhs trusts
nurses
outcomes
panel
patients
pharma
pharmaceutical
phase ii
phase iii
physicians
placebo
podcast
policy
prescribers
prevention
providers
psychiatrists
psychiatry
psychotherapists
public health
recruitment
referral
research
screening
sexual health
staff
stigma
studies
study
testing kits
treatment options
trial
trials
wards
webinar
wellbeing
wellness
workplace
`;

/** Medical words that are rarely anything but health: quiet only in health-care work talk. */
export const MEDICAL = `
12 week scan
20 week scan
72 hour hold
aa meeting
acl reconstruction
after surgery
alzheimers
anaemia
anemia
anorexia
antibiotics
antidepressant
antidepressants
antipsychotics
anxiety attack
anxiety medication
anxiety meds
appendicitis
asthma attack
asthmatic
autism assessment
back surgery
beta blockers
biopsy
bipolar 2
bipolar ii
brain fog
broken arm
broken leg
bronchitis
bulimia
cardiac rehab
celiac
chemo
chemotherapy
chest infection
chest pains
chronic fatigue
citalopram
codeine
coeliac
colitis
colonoscopy
concussion
covid positive
cpap
cramps
crisis line
crohns
cyst
days sober
dementia
dengue
depressive
dermatology appointment
detox
diabetic
dialysis
diarrhea
diarrhoea
diazepam
eating disorder
ecg
egg freezing
emdr
emergency room
endo flare
endometriosis
epilepsy diagnosis
epileptic
fertility treatment
fibromyalgia
flare day
flare up
food poisoning
gallbladder
gastritis
gender affirming hormones
gestational diabetes
glandular fever
got the snip
grief counseling
grief counselling
grief counsellor
had a breakdown
had a miscarriage
had the snip
haemorrhoid
haemorrhoid cream
haemorrhoids
having the snip
hba1c
head cold
hearing aids
heart surgery
hemorrhoid
hemorrhoid cream
hemorrhoids
hernia
herniated disc
herpes outbreak
hip surgery
hiv test
hospital drip
hot flushes
hypomanic
hypothyroid
hysterectomy
ibs
infertility
insomnia
insulin
ivf
kidney stone
kidney stones
knee surgery
lexapro
lithium dose
lithium levels
liver enzymes
long covid
lupus
mammogram
manic
mastectomy
meds review
melanoma
mental breakdown
mental health crisis
metformin
methotrexate
migraine
migraines
miscarriage
miscarried
mole removed
months sober
morning after pill
morning sickness
morphine
mounjaro
nebuliser
nervous breakdown
norovirus
on antidepressants
oxycodone
ozempic
pacemaker
painkillers
panic attack
panic attacks
pcos
pelvic floor
perimenopause
period cramps
piles
piles cream
platelets
pneumonia
post op
post surgery
propranolol
prozac
psychiatrist
radiation therapy
recovering from an operation
recovering from surgery
relapsed
rheumatoid arthritis
root canal
rotator cuff
sciatica
self harm
self harming
sertraline
shingles
since my breakdown
sinus infection
sleep apnea
sleep apnoea
slipped a disc
slipped disc
smear test
sperm count
sprained
sprained ankle
std test
stent
stents
steroids
sti
sti test
stitches
stoma
stomach bug
stomach ulcer
strep throat
suicidal
t1d
tested positive
the er
the runs
therapy session
thrush
thyroid
tinnitus
tonsillitis
torn acl
tramadol
transplant list
type 1 diabetes
type 1 diabetic
type 2 diabetes
type 2 diabetic
uti
valium
vasectomy
vertigo
weeks scan
wegovy
went hypo
wisdom teeth
withdrawal symptoms
years sober
zoloft
`;
