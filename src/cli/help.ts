/** Help texts of the `gevinst` command. */

export const MAIN_HELP = `gevinst: business cases and time savings for public finance, from a case file

Usage:
  gevinst calc <case.json> [--lang en|da]    compute the case and print the results as one JSON object
  gevinst check <case.json> [--lang en|da] [--json]
                                              list every problem with its JSON path; exit 2 if any
  gevinst build <case.json> -o <case.xlsx> [--lang da|en]
                                              write the case as a workbook whose figures are live formulas
  gevinst catalogue [--lang en|da] [--json]  list KL's 52 proposals and the template each opens
  gevinst <command> --help                   the case-file formats, with examples

A case file is JSON; "-" reads it from standard input.
Exit codes: 0 success, 2 invalid case file or usage.
`;

export const CALC_HELP = `gevinst calc <case.json> [--lang en|da]

Computes a case file and prints one JSON object. Templates:

1. Business case (KL's skeleton: Indtjening - Omkostninger = Årligt resultat - Investering = Resultat)
   {
     "template": "business-case",
     "title": "Digital udlægshåndtering",
     "firstYear": 2026,             optional: calendar year of År 1
     "years": 5,                     optional: horizon; default the longest values line
     "discount": "fm-2021",          a fraction such as 0.035, or "fm-2013" / "fm-2021"
     "firstYearDiscounted": false,   false: År 1 is the undiscounted base year
     "unit": "t.kr.",                default "t.kr."
     "priceLevel": "2026-pl",        optional
     "lines": [
       {"section": "gain", "label": "Sparet tid", "gainType": "budget", "values": [500, 1000, 1000, 1000, 1000]},
       {"section": "gain", "label": "Løn og regnskab", "profile": {"baseline": 5000, "steps": [0.10, 0.05, 0.05, 0.05]}},
       {"section": "cost", "label": "Licenser", "values": [100, {"min": 80, "likely": 100, "max": 150}, 100, 100, 100]},
       {"section": "investment", "label": "Indkøb af system", "values": [600, 0, 0, 0, 0]}
     ]
   }
   section: "gain" | "cost" | "investment"; gainType (gains only): "budget" | "non-budget" | "income".
   A yearly value is a number or a three-point estimate {"min","likely","max"}, counted by its
   PERT mean (min + 4 likely + max) / 6. A profile's steps are incremental yearly reductions of
   its baseline. Every values line must have one value per year: nothing is filled in.
   Prints npv, irr (null unless exactly one root), irrRoots, paybackYear (År number),
   paybackCalendarYear, paybackYears, discountedPaybackYear (År number),
   discountedPaybackCalendarYear, annualResult, result, cumulative, discountFactors,
   discountedResult, totals, issues, ... Each named key figure of the built sheet (Gevinst_NPV,
   Gevinst_PaybackYear, Gevinst_PaybackCalendarYear, ...) holds the field of the same name.

   Optional what-if analyses, each printed under its own name:
     "scenarios": [{"name": "Pessimistisk", "gainFactor": 0.8, "costFactor": 1.1, "investmentFactor": 1.2},
                   {"name": "Optimistisk", "estimate": "optimistic"}]
         factors on each section; "estimate" takes three-point values at their pessimistic or
         optimistic end (min gains and max costs, or the reverse). Prints [{name, npv, irr, paybackYear,
         totalGains, netResult}].
     "sensitivity": {"step": 0.1}   each line and the discount rate moved ±10 % of its value;
         prints [{driver, kind, low: {npv}, high: {npv}, swing}], largest swing first.
     "grid": {"rates": [0.02, 0.035, 0.05], "gainFactors": [0.6, 0.8, 1, 1.2]}   NPV at each flat rate
         (columns) and gain realisation (rows); both lists have defaults.
     "breakEven": {"paybackWithin": 5}   prints {gainFactor (NPV = 0), gainFactorForPayback}.

   Optional risks and a Monte Carlo simulation:
     "risks": [{"label": "Forsinket it", "owner": "IT", "probability": 0.3,
                "consequence": {"min": 100, "likely": 200, "max": 500}, "year": 2, "section": "cost",
                "mitigation": "…"}]
         each occurs with its probability (0–1) and then costs its consequence (in the case's unit)
         in its År; section "gain" | "cost" (default) | "investment". Prints risks: {risks: [{label,
         mean (PERT), expectedCost}], expectedCost, expectedCostDiscounted, npvAfterExpectedRisks};
         build writes them as a risk register sheet with live formulas and a 5 × 5 risk matrix.
     "simulation": {"iterations": 10000, "seed": 42, "coverage": 0.8}
         draws every three-point value (one quantile a line for all its years unless
         "independentYears": true; "distribution": "pert" (default) | "triangular" | "uniform")
         and every risk, 1 to 1,000,000 runs, the same figures for the same seed. Prints simulation:
         {iterations, seed, deterministicNpv, expectedNpv, npv: {mean, sd, p5, p10, p50, p80, p90,
         p95}, probNegativeNpv, probPayback, paybackWithin ("paybackWithin": N years),
         riskPool: {coverage, amount, expected}, drivers: [{driver, kind, section, share}]}:
         the risk pool covers the simulated risk cost in that share of runs; a driver's share is
         its part of the NPV's variance (the shares add up to 1).

   An optional qualitative assessment, shown in the ledelsesresumé and printed as summary.qualitative:
     "qualitative": {"consequences": [{"for": "citizens", "aspect": "service", "rating": 1,
                                       "description": "Svar samme dag"}],
                     "assumptions": ["80 % bruger digital post"]}
         for "citizens" | "staff" | "organisation", aspect "quality" | "service" | "wellbeing", rating
         −2 (much worse) to 2 (much better), one per for and aspect; assumptions the change rests on.

2. Time savings (beregnet gevinst)
   {
     "template": "time-savings",
     "title": "Udlæg",
     "hoursPerFte": 1924,            hours per årsværk (1924 normtimer; 1628 productive hours is also used)
     "items": [
       {"label": "Pr. transaktion", "minutesPerCase": 5, "casesPerYear": 10000, "hourlyCost": 306},
       {"label": "Pr. medarbejder", "savingPerUnit": 235, "units": 2762}
     ]
   }
   Prints kr, hours, fte and items [{label, kind, kr, hours, fte}].

3. Benchmark (nøgletal across municipalities or units)
   {
     "template": "benchmark",
     "title": "Nettoudgift pr. helårsanbragt",
     "unit": "t.kr.",
     "direction": "lower-is-better",   or "higher-is-better"
     "own": "Holbæk",                   the row the potentials are for
     "per": 1,                          scales numerator/denominator ratios (1000: per 1,000 cases)
     "rows": [
       {"name": "Holbæk", "numerator": 88400, "denominator": 100},
       {"name": "Nordfyn", "value": 486, "volume": 80}
     ],
     "targets": [{"label": "Landsgennemsnit", "value": 650}]
   }
   Prints stats {mean, weightedMean, median, q1, q3, min, max} (quartiles as Excel's QUARTILE.INC),
   rows [{name, value, rank, gapToMean, gapToMedian, gapToBestQuartile, gapToBest}] (a gap is on the
   worse side, negative when the row is better), potential {mean, median, bestQuartile, best} for
   the own row = max(0, gap) × volume (volume: given, else the denominator), and targets
   [{label, value, gap, potential}]. Gaps are indications for further study, not automatic savings.

4. Benefit realisation: allocation by fordelingsnøgler
   {"template": "realisation", "title": "Gevinstfordeling", "total": [1000, 2000, 2000],
    "keys": [{"unit": "Skoler", "weight": 0.45}, {"unit": "Dagtilbud", "weight": 0.55}], "rounding": 1}
   Weights are fractions that must sum to 100 % (1). Prints allocation [{unit, values}] in whole
   multiples of rounding (1 = whole t.kr.), every year's total kept exactly (largest remainder).
   A key with "central": true is a smaller unit whose reduction is placed centrally (the centre
   finds a solution internally): its line is 0 and central {unit, values} takes it, named by
   "centre" (default "Placed centrally (small units)").

5. A catalogue proposal (see 'gevinst catalogue'): its template with your inputs
   {"template": "catalogue", "entry": "A07", "language": "da",
    "inputs": {"bc2.transactions": 10000, "result1.cost": [50, 50, 50, 50]}}
   An input key is table.row (a value, or one value per column as an array) or table.row.column;
   'gevinst catalogue --json' lists each entry's inputs and prefilled figures. Prints results
   [{id, label, value, format, missing}]; a result that waits for a blank input is null, and the
   input is named in a warning (never computed as if it were 0).
   An entry that opens the benchmark (A12, A13, E05, E06, S05, T05) is the benchmark with the
   report's rows and targets: "own" names the own row, and "<row>.value", "<row>.numerator",
   "<row>.denominator" or "<row>.volume" change a row or add one, e.g.
   {"template": "catalogue", "entry": "A13", "inputs": {"Holbæk.volume": 120}}. Prints as 3.

6. Lost sickness-benefit refunds (mistet sygedagpengerefusion) by unit, with causes
   {"template": "refund-loss", "title": "Mistet refusion", "period": "juli 2014–juni 2015",
    "previousTotal": 347510, "units": [{"unit": "Borger- og Arbejdsmarkedscentret", "lost": 19004}],
    "causes": [{"cause": "Manglende eller for sen indberetning", "share": 0.53}], "selfCaused": 6939}
   Amounts in kr.; shares as fractions. Prints total, previousTotal, change (kr.), changePct,
   units [{unit, lost, share}], causes [{cause, share, amount}], causesShare, selfCaused,
   selfCausedShare and missing (inputs left out that a figure needs); build writes the sheet.

7. A release list (frisættelsesliste): rules felt to limit the core task, and the time their release frees
   {"template": "release-list", "title": "Frisættelsesliste", "hourlyCost": 306, "hoursPerFte": 1924,
    "rules": [{"rule": "Dobbeltregistrering af fravær", "kind": "internal", "approval": "not-needed",
               "units": 3, "hoursPerUnit": 40, "evidence": "calculated"}],
    "indicators": [{"dimension": "quality", "indicator": "Tilfredshed", "direction": "higher",
                    "baseline": 3.4, "midterm": 3.6, "final": 3.9}]}
   kind is "internal" (the department releases it itself), "municipal" or "external" (law or
   agreement; approval needed); approval is "not-needed", "pending", "approved" or "refused";
   evidence is "calculated" or "estimated". Prints each rule's hours, fte, kr and status, and
   totals {granted, pending, byKind {internal, municipal, external}, estimatedShare}, counting only
   releases granted (not needed or approved); pending ones apart. indicators (kvalitet, trivsel,
   produktivitet at baseline, mid-term and final) print their changes and whether they improved.

An invalid case file prints every problem on its own line, such as
  lines[1].values[3]: expected a number, got "12,5"
and exits with code 2.
`;

export const CHECK_HELP = `gevinst check <case.json> [--lang en|da] [--json]

Validates a case file without computing it. Each problem is printed on its own line with the
JSON path of the value and what was expected, for example
  discount: expected a discount rate such as 0.035 or one of the presets "fm-2013", "fm-2021", got "fm-2099"
Warnings (such as an IRR that is not unique) do not fail the check. --json prints
{"ok": ..., "issues": [{"code", "severity", "path", "message"}]} instead.
Exit codes: 0 valid, 2 invalid. See 'gevinst calc --help' for the formats.
`;

export const BUILD_HELP = `gevinst build <case.json> -o <case.xlsx> [--lang da|en]

Writes any case file (business case, time savings, benchmark, realisation, catalogue, refund-loss,
release list) as the sheet the Excel add-in inserts; for a business case: the assumptions block,
KL's rows (Indtjening, Omkostninger, Årligt resultat, Investering, Resultat), cumulative result,
discount factors, and the key figures NPV, IRR and payback year as native formulas with the
sheet-scoped names Gevinst_NPV, Gevinst_IRR, Gevinst_PaybackYear (the År number) and
Gevinst_PaybackCalendarYear. Three-point values are written as their PERT formula, percent
profiles as baseline × cumulated steps. The charts the add-in inserts are native charts over the
sheet's cells: with scenarios or a sensitivity, the cash flow and the tornado; on a benchmark,
the ranking. The sheet's
labels are Danish by default (--lang en for English). See 'gevinst calc --help' for the format.
`;

export const CATALOGUE_HELP = `gevinst catalogue [--lang en|da] [--json]

Lists every proposal of KL/KLK's "Kommunale veje til effektivisering" (2017): 47 with full text and
the 5 VHP proposals that survive only as summaries. --json prints an array of
{id, track, trackName, title, titleDa, titleEn, kind, kindName, template, page, guidance, lost,
inputs, prefilled}: template is "catalogue" (the proposal's own calculation sheet) or
"benchmark"; inputs are what the municipality supplies; prefilled are the report's own figures;
lost says what the report's text lost (never filled in). Compute or build an entry with a
catalogue case file (see 'gevinst calc --help').
`;
