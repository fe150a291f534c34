/**
 * Worked examples from the municipal documents that the gallery inserts with their figures. The
 * case files in examples/ are the same (a test holds them equal): the add-in's bundle cannot read
 * the repository's files, and the CLI's users copy the JSON.
 */

/** Høje-Taastrup's investment in the social area for adults (seed 002; examples/hoeje-taastrup-investment.json). */
export const EXAMPLE_CASES: Readonly<Record<string, unknown>> = {
  'hoeje-taastrup': {
    template: 'business-case',
    title: 'Investering i den faglige omstilling på Socialområdet for voksne',
    firstYear: 2015,
    discount: 'fm-2021',
    unit: 't.kr.',
    priceLevel: 'løbende priser (Høje-Taastrup Kommune, direktionen 15-09-2015)',
    lines: [
      {
        section: 'gain',
        label: 'Udgiftsreduktion, Plan for Socialområdet for voksne 2014-2020',
        evidence: 'estimated',
        source: 'Byrådet 18-03-2015: 10,3 mio. kr. årligt fra og med 2018',
        values: [0, 0, 0, 10300, 10300, 10300, 10300, 10300],
      },
      {
        section: 'cost',
        label: 'Én stilling fra 2018 (lønpromillepuljen)',
        area: 'service',
        source: 'Indstillingen: 500.000 kr. fra 2018 og fremover',
        values: [0, 0, 0, 500, 500, 500, 500, 500],
      },
      {
        section: 'investment',
        label: 'Lønmidler og kompetenceudvikling',
        area: 'service',
        source: 'Direktionen 22-01-2014: 1,610 mio. kr. i 2015; indstillingen: 1,1 mio. kr. i 2016 og 2017',
        values: [1610, 1100, 1100, 0, 0, 0, 0, 0],
      },
    ],
  },
};
