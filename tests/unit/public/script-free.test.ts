import { describe, expect, it } from "vitest";
import { withoutScripts } from "@/lib/public/script-free";

// Shaped like Next 16's output for a static App Router page (abridged).
const NEXT_PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/0a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/turbopack-1.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/2.js"/>',
  '<script src="/_next/static/chunks/1.js" async=""></script>',
  "<title>Outage — Acme</title></head>",
  '<body><main id="main"><h1>Outage</h1><p>We wrote &lt;script&gt;alert(1)&lt;/script&gt; in a story.</p>',
  '<form method="post" action="/p/acme/outage/feedback"><textarea name="text"></textarea></form></main>',
  '<script>self.__next_f.push([1,"3:\\u003cscript\\u003e"])</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>',
].join("");

describe("withoutScripts", () => {
  it("removes every script element and script hint, and keeps the content, styles and forms", () => {
    const out = withoutScripts(NEXT_PAGE);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.html).not.toMatch(/<script/i);
    expect(out.html).not.toContain('as="script"');
    expect(out.html).not.toContain("modulepreload");
    expect(out.html).toContain('<link rel="stylesheet" href="/_next/static/chunks/0a.css" data-precedence="next"/>');
    expect(out.html).toContain("We wrote &lt;script&gt;alert(1)&lt;/script&gt; in a story.");
    expect(out.html).toContain('<form method="post" action="/p/acme/outage/feedback">');
    expect(out.html).toMatch(/^<!DOCTYPE html><html lang="en"><head>.*<\/body><\/html>$/);
  });

  it("removes scripts written in any case and spread over lines", () => {
    const out = withoutScripts('<p>a</p><SCRIPT type="module">\nlet x = 1;\n</SCRIPT ><p>b</p>');
    expect(out).toEqual({ ok: true, html: "<p>a</p><p>b</p>" });
  });

  it("refuses a page whose content still waits for a script to be put in place", () => {
    expect(withoutScripts('<main><!--$?--><template id="B:0"></template>Loading</main><div hidden id="S:0"><p>late</p></div>').ok).toBe(false);
  });
});
