import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  contentHash,
  CsvMappingSchema,
  decodeCsvBytes,
  dedupeKey,
  detectDelimiter,
  guessMapping,
  mapRow,
  missingColumns,
  normalizeChannel,
  parseMappingArg,
  type CsvMapping,
} from "@/lib/feedback/csv-mapping";

const NOW = new Date("2024-05-01T12:00:00Z");
const OPTS = { defaultTimeZone: "Europe/Berlin", now: NOW };

describe("parseMappingArg", () => {
  it("reads columns and constants", () => {
    expect(parseMappingArg("text=Message,channel=const:SOCIAL")).toEqual({
      ok: true,
      value: { text: "Message", channel: { const: "SOCIAL" } },
    });
    expect(parseMappingArg(" text = Review Body , author=User Name, receivedAt=Date ")).toEqual({
      ok: true,
      value: { text: "Review Body", author: "User Name", receivedAt: "Date" },
    });
  });

  it("refuses unknown fields, empty sources, duplicates and a missing text", () => {
    expect(parseMappingArg("txt=Message")).toMatchObject({ ok: false, reason: expect.stringMatching(/Unknown field "txt"/) });
    expect(parseMappingArg("text=")).toMatchObject({ ok: false, reason: expect.stringMatching(/needs a column/) });
    expect(parseMappingArg("text")).toMatchObject({ ok: false });
    expect(parseMappingArg("text=A,text=B")).toMatchObject({ ok: false, reason: expect.stringMatching(/twice/) });
    expect(parseMappingArg("author=User")).toMatchObject({ ok: false, reason: expect.stringMatching(/text column/) });
    expect(parseMappingArg("")).toMatchObject({ ok: false });
  });

  it("checks a constant channel, accepting platform names", () => {
    expect(parseMappingArg("text=Body,channel=const:Trustpilot")).toEqual({ ok: true, value: { text: "Body", channel: { const: "Trustpilot" } } });
    expect(parseMappingArg("text=Body,channel=const:other").ok).toBe(true);
    expect(parseMappingArg("text=Body,channel=const:SOCAIL")).toMatchObject({ ok: false, reason: expect.stringMatching(/Unknown channel "SOCAIL"/) });
  });

  it("produces what CsvMappingSchema accepts", () => {
    const r = parseMappingArg("text=Message,channel=const:REVIEW");
    expect(r.ok && CsvMappingSchema.safeParse(r.value).success).toBe(true);
    expect(CsvMappingSchema.safeParse({ author: "x" }).success).toBe(false);
    expect(CsvMappingSchema.safeParse({ text: "x", colour: "y" }).success).toBe(false);
  });
});

describe("guessMapping", () => {
  it("a Twitter-style export", () => {
    expect(guessMapping(["tweet_id", "created_at", "username", "text", "permalink"])).toEqual({
      text: "text",
      author: "username",
      url: "permalink",
      receivedAt: "created_at",
      externalId: "tweet_id",
    });
  });

  it("a review export with spaced and camel-case headers", () => {
    expect(guessMapping(["Review ID", "Review Body", "Author Name", "createdAt", "Platform", "Link"])).toEqual({
      text: "Review Body",
      author: "Author Name",
      url: "Link",
      receivedAt: "createdAt",
      externalId: "Review ID",
      channel: "Platform",
    });
  });

  it("prefers the better synonym and uses each column once", () => {
    const g = guessMapping(["Name", "Comment", "Message", "Date", "Timestamp", "Source"]);
    expect(g.text).toBe("Message");
    expect(g.receivedAt).toBe("Date");
    expect(g.author).toBe("Name");
    expect(g.channel).toBe("Source");
  });

  it("guesses nothing from unrelated headers", () => {
    expect(guessMapping(["foo", "bar", "Amount"])).toEqual({});
    expect(guessMapping([])).toEqual({});
  });
});

describe("missingColumns", () => {
  it("lists named columns the file lacks, ignoring constants and case", () => {
    const m: CsvMapping = { text: "message", author: "User", channel: { const: "SOCIAL" } };
    expect(missingColumns(m, ["Message", "Date"])).toEqual(["User"]);
    expect(missingColumns(m, ["MESSAGE", "user"])).toEqual([]);
  });
});

describe("normalizeChannel", () => {
  it.each([
    ["twitter", "SOCIAL"],
    ["X", "SOCIAL"],
    ["Facebook", "SOCIAL"],
    ["instagram", "SOCIAL"],
    ["TikTok", "SOCIAL"],
    ["LinkedIn", "SOCIAL"],
    ["Twitter DM", "SOCIAL"],
    ["Trustpilot", "REVIEW"],
    ["Google Reviews", "REVIEW"],
    ["google_reviews", "REVIEW"],
    ["App Store", "REVIEW"],
    ["Zendesk", "SUPPORT"],
    ["intercom", "SUPPORT"],
    ["Ticket", "SUPPORT"],
    ["e-mail", "EMAIL"],
    ["PUBLIC_FORM", "PUBLIC_FORM"],
    ["Survey", "SURVEY"],
    ["api", "API"],
    ["SOCIAL", "SOCIAL"],
    ["carrier pigeon", "OTHER"],
    ["xylophone", "OTHER"],
    ["", "OTHER"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeChannel(input)).toBe(expected);
  });
});

describe("mapRow", () => {
  const mapping: CsvMapping = { text: "Message", author: "User", url: "Link", receivedAt: "Date", externalId: "Id", channel: "Source" };
  const row = (over: Record<string, string> = {}) => ({
    Message: "  Charged twice for one order.  ",
    User: "@maria_k",
    Link: "https://x.com/maria_k/status/1",
    Date: "2024-04-30 09:15",
    Id: "1",
    Source: "Twitter",
    ...over,
  });

  it("maps a full row", () => {
    expect(mapRow(row(), mapping, OPTS)).toEqual({
      ok: true,
      value: {
        text: "Charged twice for one order.",
        author: "@maria_k",
        url: "https://x.com/maria_k/status/1",
        receivedAt: new Date("2024-04-30T07:15:00Z"),
        externalId: "1",
        channel: "SOCIAL",
      },
    });
  });

  it("optional fields may be empty or unmapped; the date defaults to now, the channel to OTHER", () => {
    const r = mapRow({ Message: "Where is my refund?" }, { text: "Message" }, OPTS);
    expect(r).toEqual({ ok: true, value: { text: "Where is my refund?", receivedAt: NOW, channel: "OTHER" } });
    const blanks = mapRow(row({ User: " ", Link: "", Date: "", Id: "" }), mapping, OPTS);
    expect(blanks).toEqual({ ok: true, value: { text: "Charged twice for one order.", receivedAt: NOW, channel: "SOCIAL" } });
  });

  it("uses a constant channel and finds columns regardless of case", () => {
    const r = mapRow({ message: "Fine now, thanks." }, { text: "Message", channel: { const: "REVIEW" } }, OPTS);
    expect(r).toMatchObject({ ok: true, value: { channel: "REVIEW" } });
  });

  it("text: required, at most 10,000 characters after trimming", () => {
    expect(mapRow(row({ Message: "   " }), mapping, OPTS)).toEqual({ ok: false, reason: "The text is empty." });
    expect(mapRow({}, mapping, OPTS)).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
    expect(mapRow(row({ Message: "a".repeat(10_000) }), mapping, OPTS).ok).toBe(true);
    expect(mapRow(row({ Message: ` ${"a".repeat(10_000)} ` }), mapping, OPTS).ok).toBe(true);
    expect(mapRow(row({ Message: "a".repeat(10_001) }), mapping, OPTS)).toMatchObject({ ok: false, reason: expect.stringMatching(/10,000/) });
  });

  it("url: http(s) only", () => {
    for (const bad of ["javascript:alert(1)", "ftp://files.example.com/x", "not a url", "data:text/html,hi"]) {
      expect(mapRow(row({ Link: bad }), mapping, OPTS)).toEqual({ ok: false, reason: "The link must be an http(s) address." });
    }
    expect(mapRow(row({ Link: "http://example.com/review/9" }), mapping, OPTS).ok).toBe(true);
  });

  it("author and external id have length limits", () => {
    expect(mapRow(row({ User: "a".repeat(201) }), mapping, OPTS)).toMatchObject({ ok: false, reason: expect.stringMatching(/author/) });
    expect(mapRow(row({ Id: "1".repeat(201) }), mapping, OPTS)).toMatchObject({ ok: false, reason: expect.stringMatching(/external id/) });
  });

  it("reports several problems at once", () => {
    const r = mapRow(row({ Message: "", Link: "ftp://x" }), mapping, OPTS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe("The text is empty. The link must be an http(s) address.");
  });

  it("dates: parsed in the default zone, refused when ambiguous or in the future", () => {
    expect(mapRow(row({ Date: "03/04/2024 10:00" }), mapping, OPTS)).toMatchObject({ ok: false, reason: expect.stringMatching(/ambiguous/) });
    expect(mapRow(row({ Date: "2024-05-01T12:05:00Z" }), mapping, OPTS).ok).toBe(true);
    expect(mapRow(row({ Date: "2024-05-01T13:00:00Z" }), mapping, OPTS)).toMatchObject({ ok: false, reason: expect.stringMatching(/future/) });
  });
});

describe("contentHash and dedupeKey", () => {
  const sha = (s: string) => createHash("sha256").update(s).digest("hex");

  it("hashes whitespace-normalized lowercase text", () => {
    expect(contentHash("Charged  TWICE\n for one order ")).toBe(sha("charged twice for one order"));
    expect(contentHash("a b")).toBe(contentHash("A\tB"));
    expect(contentHash("a b")).not.toBe(contentHash("ab"));
    expect(contentHash("ｆｕｌｌ width")).toBe(contentHash("full width"));
  });

  it("prefers the external id", () => {
    expect(dedupeKey({ externalId: " 42 ", text: "x" })).toBe("ext:42");
    expect(dedupeKey({ externalId: "", text: "Hello" })).toBe(`hash:${sha("hello")}`);
    expect(dedupeKey({ externalId: null, text: "Hello" })).toBe(`hash:${sha("hello")}`);
    expect(dedupeKey({ text: "  HELLO " })).toBe(dedupeKey({ text: "hello" }));
  });
});

describe("detectDelimiter", () => {
  it("finds each candidate", () => {
    expect(detectDelimiter("a,b,c\n1,2,3\n")).toBe(",");
    expect(detectDelimiter("a;b;c\r\n1;2,5;3\r\n4;5;6")).toBe(";");
    expect(detectDelimiter("a\tb\tc\n1\t2\t3")).toBe("\t");
    expect(detectDelimiter("a|b\n1|2")).toBe("|");
  });

  it("ignores delimiters inside quotes, including across line breaks", () => {
    const sample = 'id;text;date\n1;"Charged twice, then three times, then four, then five";2024-01-01\n2;"line one,\nline, two, three";2024-01-02\n';
    expect(detectDelimiter(sample)).toBe(";");
    expect(detectDelimiter('a,b\n"x ""quoted"";; value",2')).toBe(",");
  });

  it("prefers consistency with the header over raw counts", () => {
    expect(detectDelimiter("name,comment\nAnn,I paid; twice; really; yes\nBob,ok\nCid,fine")).toBe(",");
  });

  it("defaults to comma for a single column or empty sample", () => {
    expect(detectDelimiter("text\nhello\n")).toBe(",");
    expect(detectDelimiter("")).toBe(",");
  });
});

describe("decodeCsvBytes", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const utf16le = (s: string) => {
    const out = new Uint8Array(2 + s.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) {
      out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
      out[3 + 2 * i] = s.charCodeAt(i) >> 8;
    }
    return out;
  };

  it("UTF-8 with and without BOM", () => {
    expect(decodeCsvBytes(utf8("text\nCafé ✓"))).toBe("text\nCafé ✓");
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("text\nCafé")]))).toBe("text\nCafé");
  });

  it("UTF-16 LE and BE by BOM", () => {
    expect(decodeCsvBytes(utf16le("text\nCafé"))).toBe("text\nCafé");
    const le = utf16le("Zoë");
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    expect(decodeCsvBytes(be)).toBe("Zoë");
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    // "Café “ok” €" as Windows-1252: é=E9, “=93, ”=94, €=80.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x80]);
    expect(decodeCsvBytes(bytes)).toBe("Café “ok” €");
  });

  it("empty input is an empty string", () => {
    expect(decodeCsvBytes(new Uint8Array())).toBe("");
  });
});
