// The seven elements of a complete apology, in the order the UI and the score list them.
import type { Draft } from "../draft";
import type { ElementResult } from "../types";
import { checkContact } from "./contact";
import { checkExplicitApology } from "./explicit-apology";
import { checkFix } from "./fix";
import { checkImpact } from "./impact";
import { checkOwnership } from "./ownership";
import { checkPrevention } from "./prevention";
import { checkSpecifics } from "./specifics";

export const ELEMENT_CHECKS: ((draft: Draft) => ElementResult)[] = [
  checkExplicitApology,
  checkSpecifics,
  checkOwnership,
  checkImpact,
  checkFix,
  checkPrevention,
  checkContact,
];
