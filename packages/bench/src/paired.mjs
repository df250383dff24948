// Paired runs in one process: each round times the baseline and the candidate
// back to back, in alternating order, and keeps the ratio of the two; the
// median of the ratios, with its spread, holds on a noisy machine where
// absolute times drift.

/** A place to keep results, so that the engine cannot drop the work. */
export const sink = { value: undefined, count: 0 };

function timeBatch(fn, batch) {
  const start = process.hrtime.bigint();
  for (let index = 0; index < batch; index++) sink.value = fn(index);
  return Number(process.hrtime.bigint() - start) / batch;
}

/** The number of calls that take about `targetMs`. */
function calibrate(fn, targetMs) {
  let batch = 16;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let index = 0; index < batch; index++) sink.value = fn(index);
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (elapsed >= targetMs || batch > 1e7)
      return Math.max(16, Math.round((batch * targetMs) / Math.max(elapsed, 0.001)));
    batch *= 2;
  }
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];

/**
 * Compares `candidate` with `baseline`, both synchronous.
 * @returns {{ ratio: number, q1: number, q3: number, min: number, max: number, baselineNs: number, candidateNs: number, rounds: number }}
 */
export function pairedRatio(baseline, candidate, { rounds = 61, targetMs = 5 } = {}) {
  const batch = calibrate(baseline, targetMs);
  for (let warm = 0; warm < 3; warm++) {
    timeBatch(baseline, batch);
    timeBatch(candidate, batch);
  }
  const ratios = [];
  const baselines = [];
  const candidates = [];
  for (let round = 0; round < rounds; round++) {
    let base;
    let cand;
    if (round % 2 === 0) {
      base = timeBatch(baseline, batch);
      cand = timeBatch(candidate, batch);
    } else {
      cand = timeBatch(candidate, batch);
      base = timeBatch(baseline, batch);
    }
    ratios.push(cand / base);
    baselines.push(base);
    candidates.push(cand);
  }
  return summarize(ratios, baselines, candidates);
}

/** The same for asynchronous work, `count` calls per side and round. */
export async function pairedRatioAsync(baseline, candidate, { rounds = 21, count = 50 } = {}) {
  const timeAsync = async (fn) => {
    const start = process.hrtime.bigint();
    for (let index = 0; index < count; index++) sink.value = await fn(index);
    return Number(process.hrtime.bigint() - start) / count;
  };
  await timeAsync(baseline);
  await timeAsync(candidate);
  const ratios = [];
  const baselines = [];
  const candidates = [];
  for (let round = 0; round < rounds; round++) {
    const first = round % 2 === 0;
    const a = await timeAsync(first ? baseline : candidate);
    const b = await timeAsync(first ? candidate : baseline);
    const [base, cand] = first ? [a, b] : [b, a];
    ratios.push(cand / base);
    baselines.push(base);
    candidates.push(cand);
  }
  return summarize(ratios, baselines, candidates);
}

function summarize(ratios, baselines, candidates) {
  const sorted = [...ratios].sort((x, y) => x - y);
  const median = (values) =>
    quantile(
      [...values].sort((x, y) => x - y),
      0.5,
    );
  return {
    ratio: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    baselineNs: median(baselines),
    candidateNs: median(candidates),
    rounds: ratios.length,
  };
}

/**
 * Compares several candidates with one baseline in the same rounds: each round
 * times the baseline before and after the candidates, in an order that
 * rotates from round to round, and divides each candidate's time by the mean
 * of the two baseline times. Candidates measured this way share their
 * baseline, so their ratios compare with one another too.
 * @returns {Record<string, ReturnType<typeof pairedRatio>>}
 */
export function groupRatios(baseline, candidates, { rounds = 61, targetMs = 5 } = {}) {
  const names = Object.keys(candidates);
  const batch = calibrate(baseline, targetMs);
  for (let warm = 0; warm < 3; warm++) {
    timeBatch(baseline, batch);
    for (const name of names) timeBatch(candidates[name], batch);
  }
  /** @type {Record<string, { ratios: number[], baselines: number[], candidates: number[] }>} */
  const series = Object.fromEntries(names.map((name) => [name, { ratios: [], baselines: [], candidates: [] }]));
  for (let round = 0; round < rounds; round++) {
    const before = timeBatch(baseline, batch);
    /** @type {Record<string, number>} */
    const times = {};
    for (let index = 0; index < names.length; index++) {
      const name = names[(index + round) % names.length];
      times[name] = timeBatch(candidates[name], batch);
    }
    const after = timeBatch(baseline, batch);
    const base = (before + after) / 2;
    for (const name of names) {
      series[name].ratios.push(times[name] / base);
      series[name].baselines.push(base);
      series[name].candidates.push(times[name]);
    }
  }
  return Object.fromEntries(
    names.map((name) => [name, summarize(series[name].ratios, series[name].baselines, series[name].candidates)]),
  );
}
