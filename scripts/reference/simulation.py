#!/usr/bin/env python3
"""An independent reference for Gevinst's Monte Carlo (src/engine/simulation), written apart from it.

It reads the reference cases in test/engine/simulation-cases.json, simulates each with numpy and
scipy (its own discounting, payback and risk pool; PERT as scipy's Beta, triangular and uniform as
numpy's samplers), and prints, per case, the NPV's mean, sd and percentiles (Excel's PERCENTILE.INC,
numpy's 'linear' method), P(NPV < 0), P(payback within the horizon), the risk pool at the case's
coverage, and each figure's standard error for a 10,000-run estimate (the spread of the figure over
100 batches of 10,000 runs). For a line whose every year has one shape, the exact NPV quantiles from
scipy.stats.beta.ppf are printed too.

    python3 scripts/reference/simulation.py > test/engine/simulation-reference.json

Flat discount rates only; the first year is not discounted (year k gets 1 / (1 + r)^(k - 1)).
"""
import json
import sys
from pathlib import Path

import numpy as np
import scipy
from scipy import stats

RUNS = 1_000_000
BATCH = 10_000
QS = {"p5": 0.05, "p10": 0.1, "p50": 0.5, "p80": 0.8, "p90": 0.9, "p95": 0.95}


def pert_params(a, m, b):
    if b == a:
        return None
    return 1 + 4 * (m - a) / (b - a), 1 + 4 * (b - m) / (b - a)


def draw(est, u_or_none, rng, distribution, size):
    """One three-point estimate's draws: by quantile u (same quantile over years) or freshly."""
    a, m, b = est["min"], est["likely"], est["max"]
    if b == a:
        return np.full(size, float(a))
    if distribution == "pert":
        al, be = pert_params(a, m, b)
        x = stats.beta.ppf(u_or_none, al, be) if u_or_none is not None else rng.beta(al, be, size)
        return a + (b - a) * x
    if distribution == "triangular":
        if u_or_none is not None:
            c = (m - a) / (b - a)
            x = stats.triang.ppf(u_or_none, c)
            return a + (b - a) * x
        return rng.triangular(a, m, b, size)
    if u_or_none is not None:
        return a + (b - a) * u_or_none
    return rng.uniform(a, b, size)


def simulate(case, rng):
    years = len(case["lines"][0]["values"])
    rate = case["discount"]
    f = np.array([(1 + rate) ** -k for k in range(years)])
    sim = case.get("simulation", {})
    distribution = sim.get("distribution", "pert")
    independent = sim.get("independentYears", False)
    result = np.zeros((RUNS, years))
    for line in case["lines"]:
        sign = 1.0 if line["section"] == "gain" else -1.0
        u = None if independent else rng.random(RUNS)
        for k, v in enumerate(line["values"]):
            if isinstance(v, (int, float)):
                result[:, k] += sign * v
            else:
                result[:, k] += sign * draw(v, u, rng, distribution, RUNS)
    risk_cost = np.zeros(RUNS)
    for risk in case.get("risks", []):
        occurs = rng.random(RUNS) < risk["probability"]
        cost = np.where(occurs, draw(risk["consequence"], None, rng, "pert", RUNS), 0.0)
        risk_cost += cost
        result[:, risk["year"] - 1] -= cost
    npv = result @ f
    paid_back = (np.cumsum(result, axis=1) >= 0).any(axis=1)
    return npv, paid_back, risk_cost, f


def figures(npv, paid_back, risk_cost, coverage):
    out = {"mean": float(npv.mean()), "sd": float(npv.std(ddof=1))}
    for name, q in QS.items():
        out[name] = float(np.percentile(npv, 100 * q, method="linear"))
    out["probNegativeNpv"] = float((npv < 0).mean())
    out["probPayback"] = float(paid_back.mean())
    out["riskPool"] = float(np.percentile(risk_cost, 100 * coverage, method="linear"))
    return out


def main():
    root = Path(__file__).resolve().parents[2]
    cases = json.loads((root / "test/engine/simulation-cases.json").read_text())
    rng = np.random.default_rng(20261202)
    out = {
        "provenance": (
            "scripts/reference/simulation.py: numpy %s, scipy %s, %d runs per case, seed 20261202; "
            "se10k = standard error of a 10,000-run estimate (spread over %d batches)"
            % (np.__version__, scipy.__version__, RUNS, RUNS // BATCH)
        ),
        "cases": {},
    }
    for name, case in cases.items():
        coverage = case.get("simulation", {}).get("coverage", 0.8)
        npv, paid_back, risk_cost, f = simulate(case, rng)
        entry = figures(npv, paid_back, risk_cost, coverage)
        batches = [
            figures(npv[i : i + BATCH], paid_back[i : i + BATCH], risk_cost[i : i + BATCH], coverage)
            for i in range(0, RUNS, BATCH)
        ]
        entry["se10k"] = {k: float(np.std([b[k] for b in batches], ddof=1)) for k in entry}
        uncertain = [l for l in case["lines"] if any(not isinstance(v, (int, float)) for v in l["values"])]
        if len(uncertain) == 1 and not case.get("risks") and not case.get("simulation", {}).get("independentYears"):
            line = uncertain[0]
            shapes = {pert_params(v["min"], v["likely"], v["max"]) for v in line["values"] if not isinstance(v, (int, float))}
            if len(shapes) == 1 and case.get("simulation", {}).get("distribution", "pert") == "pert":
                al, be = shapes.pop()
                sign = 1.0 if line["section"] == "gain" else -1.0
                fixed = 0.0
                scale = 0.0
                for l in case["lines"]:
                    s = 1.0 if l["section"] == "gain" else -1.0
                    for k, v in enumerate(l["values"]):
                        if isinstance(v, (int, float)):
                            fixed += s * v * f[k]
                        else:
                            fixed += s * v["min"] * f[k]
                            scale += s * (v["max"] - v["min"]) * f[k]
                entry["exact"] = {
                    name: float(fixed + scale * stats.beta.ppf(q if scale >= 0 else 1 - q, al, be))
                    for name, q in QS.items()
                }
        out["cases"][name] = entry
    json.dump(out, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
