// Child script: the sincerity analysis of a 2,000-word draft, the sentence cache cleared before
// each run (the editor re-checks only changed sentences; a cold full check is the worst case),
// beside the floor any retext-based analysis pays: parsing the same text into a syntax tree.
import { analyzeApology } from "@/lib/apology/analysis";
import { clearLibraryCache, parseText } from "@/lib/apology/analysis/library-checks";
import { emit } from "./child";
import { longDraft } from "./draft";
import { median, timePair, timeRuns } from "./stats";

const runs = Number(process.argv[2] ?? 15);
const draft = longDraft(2000);
const context = { title: "Double charges during the checkout outage", summary: "", audience: "", channel: "press" };
let findings = 0;
const [product, baseline] = await timePair(() => (findings = analyzeApology(draft, context).findings.length), () => parseText(draft), {
  runs, warmup: 2, beforeA: clearLibraryCache,
});
// For the diagnosis: the same analysis with every sentence already cached, i.e. without the retext
// plugins' work; the difference from a cold run is what those plugins cost.
const warm = await timeRuns(() => analyzeApology(draft, context), { runs, warmup: 1 });
emit({
  words: draft.split(/\s+/).length, findings, runs, product: median(product), baseline: median(baseline), warmCache: median(warm),
  productSamples: product, baselineSamples: baseline,
});
