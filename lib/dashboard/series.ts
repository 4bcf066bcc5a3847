// Turns the per-day counts the database aggregates into the Trust Recovery Index inputs of each
// day, and into the daily series the charts draw. Pure: only sums and differences of counts.
//
// Every array holds one entry per day of the counted range, preceded by entry 0 for everything
// before the range, so a running sum gives "as of the end of that day" (today: as of now).
import { addDays, asOf, DAY_MS, dayKey, type CountRange } from "@/lib/dashboard/days";
import { TRUST_ELEMENTS, TRUST_WINDOWS, type TrustElementValue, type TrustInputs } from "@/lib/dashboard/trust-components";

export type FeedbackCounts = {
  // Received before the end of the campaign's baseline (or now, in its first week); null when the
  // baseline lies within the counted range, which then holds its days.
  baseline: { total: number; negative: number } | null;
  // By the day received.
  negative: number[];
  neutral: number[];
  positive: number[];
  // By the day of the first reply: all replies, and those within the SLA.
  answered: number[];
  within: number[];
  // By the day the reply fell due (received + SLA): items answered late, or not answered and not
  // closed. Each is overdue from that day until its reply, if any.
  overdueStarts: number[];
};

export type CommitmentCounts = {
  // Not dropped, by the day created, per trust element.
  created: Record<TrustElementValue, number[]>;
  // By the due date: every commitment, and those not dropped.
  due: number[];
  dueNotDropped: number[];
  // DONE on or before the due date: by the day done, and by the due date.
  kept: number[];
  keptByDueDate: number[];
  // DONE, by the day done.
  done: number[];
  // DONE or IN_PROGRESS now, by the day created; and those of them with non-retracted evidence,
  // from the later of their creation and their first such evidence.
  active: number[];
  evidenced: number[];
};

export type StoryCounts = { collected: number[]; published: number[] };

export type DailyCounts = { feedback: FeedbackCounts; commitments: CommitmentCounts; stories: StoryCounts };

export function emptyCounts(days: number): DailyCounts {
  const z = () => new Array<number>(days + 1).fill(0);
  return {
    feedback: { baseline: null, negative: z(), neutral: z(), positive: z(), answered: z(), within: z(), overdueStarts: z() },
    commitments: {
      created: { COMPETENCE: z(), MOTIVE: z(), MEANS: z(), IMPACT: z() },
      due: z(), dueNotDropped: z(), kept: z(), keptByDueDate: z(), done: z(), active: z(), evidenced: z(),
    },
    stories: { collected: z(), published: z() },
  };
}

// running[k] = the total as of the end of range day k (entry 0, "before the range", included).
export function running(values: number[]): number[] {
  const out: number[] = [];
  let sum = values[0] ?? 0;
  for (let k = 1; k < values.length; k++) {
    sum += values[k];
    out.push(sum);
  }
  return out;
}

// Sum of range days from..to inclusive (range-day indexes, clipped to the range).
function windowSum(values: number[], from: number, to: number): number {
  let sum = 0;
  for (let k = Math.max(0, from); k <= to; k++) sum += values[k + 1] ?? 0;
  return sum;
}

export type SeriesContext = { range: CountRange; baselineEnd: Date; now: Date };

// The inputs of the index for each range day from `fromDay` (a range-day index) to the end.
export function trustInputsSeries(ctx: SeriesContext, counts: DailyCounts, fromDay = 0): { day: string; inputs: TrustInputs }[] {
  const { feedback: f, commitments: c, stories: s } = counts;
  const received = f.negative.map((n, k) => n + f.neutral[k] + f.positive[k]);
  const cum = {
    received: running(received),
    negative: running(f.negative),
    answered: running(f.answered),
    within: running(f.within),
    overdueStarts: running(f.overdueStarts),
    due: running(c.due),
    kept: running(c.kept),
    keptByDueDate: running(c.keptByDueDate),
    active: running(c.active),
    evidenced: running(c.evidenced),
    collected: running(s.collected),
    published: running(s.published),
    created: Object.fromEntries(TRUST_ELEMENTS.map((e) => [e, running(c.created[e])])) as Record<TrustElementValue, number[]>,
  };
  // The baseline's last day within the range, when it ends there.
  const baselineDay = Math.min(ctx.range.days - 1, Math.round((ctx.baselineEnd.getTime() - ctx.range.start.getTime()) / DAY_MS) - 1);
  const baseline = f.baseline ?? (baselineDay >= 0 ? { total: cum.received[baselineDay], negative: cum.negative[baselineDay] } : { total: received[0], negative: f.negative[0] });
  const out: { day: string; inputs: TrustInputs }[] = [];
  for (let k = Math.max(0, fromDay); k < ctx.range.days; k++) {
    const day = addDays(ctx.range.start, k);
    const at = asOf(day, ctx.now);
    const inBaseline = at < ctx.baselineEnd;
    const from = k - (TRUST_WINDOWS.sentimentWindowDays - 1);
    const windowTotal = windowSum(received, from, k);
    const windowNegative = windowSum(f.negative, from, k);
    const baselineTotal = inBaseline ? cum.received[k] : baseline.total;
    const baselineNegative = inBaseline ? cum.negative[k] : baseline.negative;
    const late = cum.answered[k] - cum.within[k];
    out.push({
      day: dayKey(day),
      inputs: {
        sentiment: {
          baselineTotal,
          baselineNonNegative: baselineTotal - baselineNegative,
          windowTotal,
          windowNonNegative: windowTotal - windowNegative,
        },
        responses: { answeredWithinSla: cum.within[k], answeredLate: late, openOverdue: Math.max(0, cum.overdueStarts[k] - late) },
        // Due by then, plus those kept before their date came: kept by then but not yet due.
        promises: { due: cum.due[k] + cum.kept[k] - cum.keptByDueDate[k], keptOnTime: cum.kept[k] },
        evidence: { doneOrInProgress: cum.active[k], withEvidence: cum.evidenced[k] },
        commitmentsByElement: Object.fromEntries(TRUST_ELEMENTS.map((e) => [e, cum.created[e][k]])),
        stories: { collected: cum.collected[k], publishedWithConsent: cum.published[k] },
      },
    });
  }
  return out;
}

export type SentimentDay = { day: string; negative: number; neutral: number; positive: number };

export function sentimentDays(range: CountRange, f: FeedbackCounts, fromDay = 0): SentimentDay[] {
  const out: SentimentDay[] = [];
  for (let k = Math.max(0, fromDay); k < range.days; k++) {
    out.push({ day: dayKey(addDays(range.start, k)), negative: f.negative[k + 1], neutral: f.neutral[k + 1], positive: f.positive[k + 1] });
  }
  return out;
}

export type BurnupDay = { day: string; committed: number; due: number; done: number };

// Commitments not dropped, as of each day: how many were made, how many had fallen due, how many
// were done.
export function burnupDays(range: CountRange, c: CommitmentCounts, fromDay = 0): BurnupDay[] {
  const committed = running(TRUST_ELEMENTS.reduce((sum, e) => sum.map((v, k) => v + c.created[e][k]), new Array<number>(range.days + 1).fill(0)));
  const due = running(c.dueNotDropped);
  const done = running(c.done);
  const out: BurnupDay[] = [];
  for (let k = Math.max(0, fromDay); k < range.days; k++) {
    out.push({ day: dayKey(addDays(range.start, k)), committed: committed[k], due: due[k], done: done[k] });
  }
  return out;
}
