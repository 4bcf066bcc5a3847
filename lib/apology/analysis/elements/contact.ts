// An apology that leaves people nowhere to go with their questions reads as "we are done with
// this". An email address, a phone number, a link or "reply to this email" closes the loop.
import type { Draft } from "../draft";
import { firstMatch, quote } from "../match";
import { ELEMENT_LABELS } from "../labels";
import type { ElementResult } from "../types";

const LABEL = ELEMENT_LABELS.contact;

const CONTACTS = [
  /\b[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi,
  /\b(?:https?:\/\/|www\.)[^\s<>"')]*[^\s<>"').,!?;:]/gi,
  /(?:\+\d[\d\s().-]{6,}\d|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\b\d{3,5}[\s.-]\d{3}[\s.-]\d{3,4}\b)/g,
  /\breply\s+to\s+(?:this|our)\s+(?:email|e-mail|message|post|tweet|thread|letter)\b/gi,
  /\b(?:contact|email|e-mail|call|phone|text|message|DM|write\s+to|reach)\s+(?:us|me|our\s+[\w'’]+(?:\s+team)?)\b/gi,
  /\breach\s+out\b|\b(?:send|drop)\s+us\s+an?\s+(?:DM|message|email|note|line)\b|\bcontact\b/gi,
];

export function checkContact(draft: Draft): ElementResult {
  const found = firstMatch(draft.text, CONTACTS);
  if (!found) {
    return { key: "contact", label: LABEL, present: false, span: null, why: "No way to reach you: add an email address, a phone number, a link or “reply to this email”." };
  }
  return { key: "contact", label: LABEL, present: true, span: found, why: `${quote(found.text)} tells people how to reach you.` };
}
