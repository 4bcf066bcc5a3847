// Page weight: the JavaScript a route's served HTML makes the browser download — every
// <script src> in the HTML, fetched and gzipped — beside the bare static page. Inline scripts (the
// RSC payload) are reported apart: they are part of the HTML, not separate downloads.
import { gzipSync } from "node:zlib";
import { headersFor, type Cookies, type Route } from "./routes";

export type Weight = { route: string; path: string; scripts: number; jsBytes: number; jsGzipBytes: number; inlineScriptBytes: number; htmlGzipBytes: number };

export async function pageWeight(base: string, route: Route, cookies: Cookies): Promise<Weight> {
  const headers = headersFor(route, cookies);
  const res = await fetch(base + route.path, { redirect: "manual", headers });
  if (res.status !== 200) throw new Error(`GET ${route.path} answered ${res.status}`);
  const html = await res.text();
  const srcs = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]), 0);
  let jsBytes = 0;
  let jsGzipBytes = 0;
  for (const src of srcs) {
    const js = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    jsBytes += js.byteLength;
    jsGzipBytes += gzipSync(js).byteLength;
  }
  return { route: route.name, path: route.path, scripts: srcs.length, jsBytes, jsGzipBytes, inlineScriptBytes: inline, htmlGzipBytes: gzipSync(html).byteLength };
}
