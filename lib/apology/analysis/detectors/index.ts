// Every red-flag detector, in the order of FindingRule. Each one is a pure function of the draft.
import type { Detector } from "../match";
import { detectBlameShifting } from "./blame-shifting";
import { detectConditionalApology } from "./conditional-apology";
import { detectDeflection } from "./deflection";
import { detectHedging } from "./hedging";
import { detectInsensitive } from "./insensitive";
import { detectJargon } from "./jargon";
import { detectLength } from "./length";
import { detectMinimizing } from "./minimizing";
import { detectPassiveEvasion } from "./passive-evasion";
import { detectProfanity } from "./profanity";
import { detectReadability } from "./readability";
import { detectSelfFocus } from "./self-focus";
import { detectSorryYouFeel } from "./sorry-you-feel";

export const DETECTORS: Detector[] = [
  detectConditionalApology,
  detectSorryYouFeel,
  detectPassiveEvasion,
  detectMinimizing,
  detectBlameShifting,
  detectDeflection,
  detectSelfFocus,
  detectHedging,
  detectJargon,
  detectReadability,
  detectInsensitive,
  detectProfanity,
  detectLength,
];
