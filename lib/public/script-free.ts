// The public campaign page is served as HTML without any script (app/p/[org]/[campaign]/route.ts):
// React renders it once (the page under ./render, static and revalidated by tag), and what the
// reader gets is that HTML with Next's scripts taken out. Nothing on the page needs them — the
// text is already rendered, and both forms are plain HTML forms — and the React runtime was most
// of what the page cost a phone to load (docs/performance.md). Pure.
//
// Safe on React's output: React escapes "<" in text and attributes (&lt;), and Next writes its
// inline data with "<" as \u003c, so "<script" and "</script>" only ever start or end a real
// element. A page still streaming a Suspense boundary (content in <div hidden id="S:…"> put in
// place by an inline script) would lose that content without its script: such HTML is refused.

const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
// Hints that only fetch scripts: <link rel="preload" as="script">, <link rel="modulepreload">.
const SCRIPT_HINT = /<link\b(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="modulepreload")[^>]*>/gi;
const PENDING_BOUNDARY = /<div hidden id="S:|<template\b/i;

export type ScriptFree = { ok: true; html: string } | { ok: false; reason: string };

export function withoutScripts(html: string): ScriptFree {
  if (PENDING_BOUNDARY.test(html)) return { ok: false, reason: "the page was still streaming content that only a script puts in place" };
  return { ok: true, html: html.replace(SCRIPT_ELEMENT, "").replace(SCRIPT_HINT, "") };
}
