/** Administration track, A01–A13 (Side 14–70). Figures are the report's; blanks are the municipality's. */
import { beforeAfter, checklist, hoursFrequency, percentProfile } from '../kinds';
import { cell, mul, n, scalars, sub, w } from '../model-dsl';
import { a02, a05, a07, a08, a10, a11 } from './administration-models';
import { model, one, type CatalogueEntry } from './types';

export const ADMINISTRATION: readonly CatalogueEntry[] = [
  {
    id: 'A01',
    track: 'administration',
    title: w('Reorganisering af regnskab og løn', 'Reorganisation of accounting and payroll'),
    kind: 'percent-profile',
    page: '15–19',
    guidance: w(
      'Saml løn- og regnskabsopgaver i en professionel serviceenhed. Erfaringer viser 15–25 % af ressourcerne; effekten kommer ved etableringen og vokser i op til to år. Besparelsen hentes på lønsummen.',
      'Bring payroll and accounting tasks together in a professional service unit. Experience shows 15–25 % of the resources; the effect starts when the unit is set up and grows for up to two years. The saving comes out of the wage budget.',
    ),
    lost: w(
      'Årstallene over profilen mangler i kilden, og profilen 10/5/5/5 % summer til 25 %, mens noten siger 20 % over 3–4 år (Side 15). Investeringen står kun som "begrænset".',
      'The source lost the years over the profile, and the 10/5/5/5 % profile adds up to 25 % while its note says 20 % over 3–4 years (page 15). The investment is only described as "limited".',
    ),
    data: [
      w(
        'Administrative ressourcer til opgaverne i scope før og efter, pr. niveau (løn og øvrige omkostninger)',
        'Administrative resources for the tasks in scope before and after, by level (wages and other costs)',
      ),
    ],
    template: model(
      percentProfile({
        baseline: w(
          'Omkostninger til de opgaver, der centraliseres (kr. pr. år)',
          'Cost of the tasks centralised (kr. a year)',
        ),
        steps: [0.1, 0.05, 0.05, 0.05],
        // "Effekterne vil indfinde sig allerede ved etablering og er stigende i indtil to år efter dannelsen" (Side 15),
        // while the table's profile adds 5 % in years 3 and 4: the sheet says so where the profile still rises.
        risesFor: {
          years: 2,
          source: w(
            '"stigende i indtil to år efter dannelsen" (Side 15)',
            '"rising for up to two years after it is set up" (page 15)',
          ),
        },
      }),
    ),
  },
  {
    id: 'A02',
    track: 'administration',
    title: w('Optimering af styringen af løn og regnskab', 'Better management of payroll and accounting'),
    kind: 'result-table',
    page: '20–22',
    guidance: w(
      'Drifts-, kapacitets-, forbedrings- og kompetencestyring med normtider og ydelseskatalog. KL regner med 10 % af de administrative ressourcer i år 1 og yderligere 10 % i år 2; konsulentbistand hører under investering. Implementering tager 3–6 måneder.',
      'Operations, capacity, improvement and competence management with standard times and a service catalogue. KL counts 10 % of the administrative resources in year 1 and a further 10 % in year 2; consultancy goes under investment. Implementation takes 3–6 months.',
    ),
    template: model(a02),
  },
  {
    id: 'A03',
    track: 'administration',
    title: w('Digital understøttelse af budgetopfølgningen', 'Digital budget follow-up'),
    kind: 'hours-frequency',
    page: '23–25',
    guidance: w(
      'Budgetopfølgning i et system i stedet for regneark og mails. Forventet besparelse: 5–10 timer pr. måned pr. organisatorisk enhed (Slagelse målte 8); arket starter i den lave ende. Regn med et mindre ressourcetræk først efter ½–1 års drift.',
      'Budget follow-up in a system instead of spreadsheets and mail. Expected saving: 5–10 hours a month per organisational unit (Slagelse measured 8); the sheet starts at the low end. Expect less time spent only after ½–1 year of operation.',
    ),
    data: [w('Licensomkostninger til den digitale løsning', 'Licence costs of the digital solution')],
    template: model(
      hoursFrequency({
        items: [{ label: w('Organisatoriske enheder', 'Organisational units'), hours: 5, perYear: 12 }],
        hoursLabel: w('Timer sparet pr. enhed pr. måned', 'Hours saved per unit a month'),
      }),
    ),
  },
  {
    id: 'A04',
    track: 'administration',
    title: w('Robotter og digitale processer', 'Robots and digital processes'),
    kind: 'checklist',
    page: '26–27',
    guidance: w(
      'Softwarerobotter til manuelle processer med stor volumen (ferie, udlæg, kontering, advis). Odense automatiserede 80 % af de manuelle processer ved betaling af lægeerklæringer. Kortlæg processen (as-is), design to-be, og test i sprints.',
      'Software robots for high-volume manual processes (holidays, expenses, booking, notices). Odense automated 80 % of the manual steps in paying medical certificates. Map the process as it is, design it as it should be, and test in sprints.',
    ),
    lost: w(
      'Kilden venter selv på data til en business case, og automatiseringsgraden ("mellem … %") er tabt (Side 26).',
      'The source itself awaits data for a business case, and the automation range ("between … %") is lost (page 26).',
    ),
    data: [
      w(
        'Volumen pr. proces, tid pr. sag og andel der kan automatiseres',
        'Volume per process, time per case and the share that can be automated',
      ),
    ],
    template: model(
      checklist({
        steps: [
          w('Potentialevurdering', 'Assess the potential'),
          w('Projekt- og gevinstplan', 'Project and benefits plan'),
          w('Valg af teknologi', 'Choose the technology'),
          w('Interne robotkompetencer', 'Build in-house robotics skills'),
          w('Implementering', 'Implement'),
          w('Opfølgning og evaluering', 'Follow up and evaluate'),
        ],
      }),
    ),
  },
  {
    id: 'A05',
    track: 'administration',
    title: w('Effektivisering af refusionshjemtagning', 'Recovering reimbursements efficiently'),
    kind: 'before-after',
    page: '28–30',
    guidance: w(
      'Saml refusionshåndteringen (sygedagpenge, barsel, fleksjob m.m.) centralt. Personaleomkostningen til refusionshåndtering falder 10 % i år 1 og hentes på lønsummen (HK 6); tabte refusioner halveres i år 1 (flere har nået 80 %) og hentes ved at opskrive refusionsindtægten. Enhedernes sparede tid til opfølgning hentes ikke (Side 28) og står uden for gevinsten.',
      "Handle reimbursements (sickness benefit, maternity, flex-jobs etc.) centrally. The staff cost of refund handling falls 10 % in year 1 and is taken from the wage bill (HK 6); lost refunds halve in year 1 (some have reached 80 %) and are booked as higher refund income. The units' time saved on follow-up is not harvested (page 28) and stays out of the gain.",
    ),
    lost: w(
      'Kildens eksempelbeløb ("fra kr. XXX i 2016 til YYY") er pladsholdere.',
      'The source\'s example amounts ("from XXX in 2016 to YYY") are placeholders.',
    ),
    template: model(a05),
  },
  {
    id: 'A06',
    track: 'administration',
    title: w('Centralisering af mellemkommunal afregning', 'Centralised inter-municipal settlement'),
    kind: 'before-after',
    page: '31–33',
    guidance: w(
      'Flyt mellemkommunal afregning fra fagforvaltningerne til økonomiforvaltningen. Nettoeffekten er timerne før minus timerne efter; en bedre likviditet medtages særskilt som en indtægt på kassen. Nyborg har centraliseret og har ikke længere tab på området.',
      'Move inter-municipal settlement from the departments to the finance department. The net effect is the hours before less the hours after; better liquidity is counted separately as cash income. Nyborg centralised and no longer loses money on it.',
    ),
    lost: w(
      'Alle tal i kildens tekst er pladsholdere (X, XX).',
      'Every figure in the source text is a placeholder (X, XX).',
    ),
    template: model(beforeAfter({})),
  },
  {
    id: 'A07',
    track: 'administration',
    title: w('Digitalisering af udlægshåndtering', 'Digital expense handling'),
    kind: 'result-table',
    page: '34–38',
    guidance: w(
      'App til kvitteringer og kreditkort med automatisk import af transaktioner. Business case 1 regner pr. medarbejder (Kommune 1: 2.762 medarbejdere à 235 kr. ≈ 0,65 mio. kr. om året); business case 2 pr. transaktion (5 minutter à 306 kr. i timen).',
      'A receipt app and credit cards with automatic import of transactions. Business case 1 counts per employee (Municipality 1: 2,762 employees at 235 kr. ≈ 0.65 m kr. a year); business case 2 per transaction (5 minutes at 306 kr. an hour).',
    ),
    lost: w(
      'Drifts- og projektomkostninger og antallet af transaktioner er tabt i kilden (Side 34–36); udfyld egne tal.',
      'Running and project costs and the number of transactions are lost in the source (pages 34–36); fill in your own.',
    ),
    template: model(a07),
  },
  {
    id: 'A08',
    track: 'administration',
    title: w('Besparelser fra Kombit og UDK', 'Savings from KOMBIT and UDK systems'),
    kind: 'formula-sheet',
    page: '39–43',
    guidance: w(
      'Få monopolbruddets gevinster ind i budgettet: IT-udgiften til KMD falder, administrationsbidraget til UDK stiger. Egen kommune = tabellens fiktive kommune med 1 % × egen andel efter nøglen ÷ 1 %, hvor indbyggertallet vægter 50 % (Side 42). Ved fuld indfasning sparer KY 0,75–1,25 og KSD 0,35–0,75 årsværk i en kommune af en størrelse, kilden har tabt (Side 41).',
      "Get the monopoly break's gains into the budget: IT payments to KMD fall while the contribution to UDK rises. Own municipality = the table's fictitious 1 % municipality × own share by the key ÷ 1 %, where inhabitants weigh 50 % (page 42). At full phase-in KY saves 0.75–1.25 and KSD 0.35–0.75 årsværk in a municipality of a size the source lost (page 41).",
    ),
    lost: w(
      'Kildens anden tabel (kommunale IT-omkostninger) er ulæselig, og reglen "forskellen i linjen Samlet" er tvetydig; arket sammenligner derfor med kommunens nuværende betaling. Tommelfingerreglens kommunestørrelse (medarbejdere, indbyggere) og grundlaget for nøglens anden halvdel er tabt (Side 41–42).',
      "The source's second table (municipal IT costs) is garbled and its rule \"the difference in the Samlet line\" is ambiguous; the sheet therefore compares with the municipality's current payments. The municipality size behind the rule of thumb (employees, inhabitants) and the basis of the key's other half are lost (pages 41–42).",
    ),
    template: model(a08),
  },
  {
    id: 'A09',
    track: 'administration',
    title: w('Understøttende indkøbskultur og -organisation', 'Supportive procurement culture and organisation'),
    kind: 'formula-sheet',
    page: '44–46',
    guidance: w(
      'Højere compliance på indkøbsaftaler giver prisbesparelser. Mulig besparelse = (100 % − nuværende compliance) × gns. prisbesparelse × volumen. Følg compliance og e-handel pr. kvartal (Nordfyns: +20 procentpoint på et halvt år).',
      'Higher compliance with purchasing contracts saves money. Possible saving = (100 % − current compliance) × average price saving × volume. Follow compliance and e-commerce quarterly (Nordfyns: +20 percentage points in half a year).',
    ),
    template: model(
      one(
        scalars('compliance', w('Mulig besparelse ved 100 % compliance', 'Possible saving at 100 % compliance'), [
          { id: 'current', label: w('Nuværende compliance, %', 'Current compliance, %'), format: 'percent' },
          {
            id: 'discount',
            label: w('Gns. prisbesparelse på indkøbsaftaler, %', 'Average price saving on contracts, %'),
            format: 'percent',
          },
          { id: 'volume', label: w('Indkøbsvolumen (kr. pr. år)', 'Purchasing volume (kr. a year)'), format: 'amount' },
          {
            id: 'saving',
            label: w('Mulig besparelse (kr. pr. år)', 'Possible saving (kr. a year)'),
            formula: mul(sub(n(1), cell('current')), cell('discount'), cell('volume')),
            format: 'amount',
          },
        ]),
        'saving',
        w('Mulig besparelse (kr. pr. år)', 'Possible saving (kr. a year)'),
        'saving',
      ),
    ),
  },
  {
    id: 'A10',
    track: 'administration',
    title: w('Professionalisering og reduktion af disponenter', 'Fewer, more professional purchasers'),
    kind: 'formula-sheet',
    page: '47–49',
    guidance: w(
      'Færre og mere professionelle disponenter øger e-handlen, giver færre små ordrer og mindre tid på udlæg. Et positivt skøn er ca. 90 % e-handel med én disponent pr. matrikel (Side 48). Sparet tid hos institutionerne er en afledt gevinst.',
      'Fewer, more professional purchasers raise e-commerce, cut small orders and time spent on expense claims. A positive estimate is about 90 % e-commerce with one purchaser per site (page 48). Time saved in the institutions is a derived gain.',
    ),
    lost: w('Kildens procentsatser er pladsholdere (X %).', "The source's percentages are placeholders (X %)."),
    template: model(a10),
  },
  {
    id: 'A11',
    track: 'administration',
    title: w('Øget brug af e-handel', 'More e-commerce'),
    kind: 'formula-sheet',
    page: '50–53',
    guidance: w(
      'To formler: prisbesparelse = (forventet − nuværende e-handelsprocent) × gns. prisbesparelse × volumen, og lavere transaktionsomkostninger = flyttede indkøb × besparelse pr. indkøb (Hjørring: 330 kr. i butik, 175 kr. pr. telefon/mail, 90 kr. ved e-handel). Holbæk frigjorde 8,25 årsværk.',
      'Two formulas: price saving = (expected − current e-commerce share) × average price saving × volume, and lower transaction costs = purchases moved × saving per purchase (Hjørring: 330 kr. in a shop, 175 kr. by phone/mail, 90 kr. by e-commerce). Holbæk freed 8.25 årsværk.',
    ),
    template: model(a11),
  },
  {
    id: 'A12',
    track: 'administration',
    title: w('Ressourcestyring i jobcenteret', 'Resource management in the jobcentre'),
    kind: 'benchmark',
    page: '54–64',
    guidance: w(
      'Administrationsandel = jobcentrets administrationsudgifter ÷ bruttoudgifter til ydelser (REGK31). Sammenlign med egen 2012-andel og landsgennemsnittet 2012 (4,4 %) og 2016 (5,6 %). Forskelle er indikationer, ikke automatiske besparelser; KL anslår 5–10 % af ressourcerne til samtaler.',
      "Administration share = the jobcentre's administration costs ÷ gross benefit costs (REGK31). Compare with the own 2012 share and the national average in 2012 (4.4 %) and 2016 (5.6 %). Gaps are indications, not automatic savings; KL estimates 5–10 % of the resources spent on interviews.",
    ),
    lost: w(
      'Ydelsesudgifterne 2016 for København, Slagelse og Silkeborg er tabt i kilden (Side 58); de tre står med andelen, som Side 57 giver, og uden volumen. Model 1 er Nyborgs egen andel 2012 (21,66 / 426,7 mio. kr., Side 58).',
      "Benefit costs 2016 for København, Slagelse and Silkeborg are lost in the source (page 58); the three stand with the share page 57 gives, and without a volume. Model 1 is Nyborg's own share in 2012 (21.66 / 426.7 m kr., page 58).",
    ),
    template: {
      kind: 'benchmark',
      benchmark: {
        unit: 'administrationsandel, %',
        direction: 'lower-is-better',
        per: 100,
        own: 'Nyborg',
        // The ten municipalities in the report's order (Side 57-58). A ratio row is "Administrationsudgifter
        // 2016 | Udgifter til ydelser 2016" in mio. kr. (Side 58); where the benefit costs are lost, the row
        // is the 2016 share as printed in "Udvikling i administrationsandel" (Side 57).
        rows: [
          { name: 'Nyborg', numerator: 32.39, denominator: 433.3 },
          { name: 'Varde', numerator: 44.56, denominator: 652.1 },
          { name: 'Aabenraa', numerator: 58.37, denominator: 864.3 },
          { name: 'Nordfyns', numerator: 26.61, denominator: 431.9 },
          { name: 'København', value: 5.9 },
          { name: 'Holbæk', numerator: 53.23, denominator: 973.7 },
          { name: 'Slagelse', value: 5.4 },
          { name: 'Hvidovre', numerator: 33.67, denominator: 726.6 },
          { name: 'Silkeborg', value: 4.6 },
          { name: 'Billund', numerator: 14.51, denominator: 339.2 },
        ],
        // Side 57: Model 1 = the own 2012 level, Model 2 = the national average 2012, Model 3 = 2016.
        targets: [
          { label: 'Model 1: egen andel 2012', value: (100 * 21.66) / 426.7 },
          { label: 'Model 2: hele landet 2012', value: 4.4 },
          { label: 'Model 3: hele landet 2016', value: 5.6 },
        ],
      },
    },
  },
  {
    id: 'A13',
    track: 'administration',
    title: w(
      'Ressourcestyring på det specialiserede børneområde',
      "Resource management in specialised children's services",
    ),
    kind: 'benchmark',
    page: '65–70',
    guidance: w(
      'Nettodriftsudgift pr. helårsanbragt 0–22-årig (t.kr., 2017-pl) for ti af netværkskommunerne; potentialet = afstand × antal helårsanbragte. Socialstyrelsen fandt i gennemsnit 40 sager pr. årsværk (udsatte børn) og 55 (handicappede børn). Bedre arbejdstilrettelæggelse giver 5–10 %.',
      'Net operating cost per full-year placement of 0–22-year-olds (t.kr., 2017 prices) for the network municipalities; the potential = gap × full-year placements. Socialstyrelsen found on average 40 cases per årsværk (vulnerable children) and 55 (disabled children). Better work organisation gives 5–10 %.',
    ),
    lost: w(
      'Kilden giver ikke antallet af helårsanbragte; udfyld volumen for egen række.',
      "The source does not give the number of full-year placements; fill in the own row's volume.",
    ),
    template: {
      kind: 'benchmark',
      benchmark: {
        unit: 't.kr. pr. helårsanbragt',
        direction: 'lower-is-better',
        own: 'Holbæk',
        rows: [
          { name: 'Aabenraa', value: 537 },
          { name: 'Varde', value: 594 },
          { name: 'Nyborg', value: 583 },
          { name: 'Nordfyn', value: 486 },
          { name: 'Billund', value: 617 },
          { name: 'Silkeborg', value: 745 },
          { name: 'Slagelse', value: 775 },
          { name: 'Hvidovre', value: 746 },
          { name: 'Holbæk', value: 884 },
          { name: 'København', value: 860 },
        ],
      },
    },
  },
];
