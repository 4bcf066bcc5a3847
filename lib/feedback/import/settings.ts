// What an import needs besides the file: which column feeds which field (CsvMapping) and the time
// zone for dates written without an offset. Stored as JSON on ImportJob.mapping and on a saved
// ImportMapping, and posted by the mapping form as flat fields. Pure.
import { z } from "zod";
import { CsvMappingSchema, FEEDBACK_CHANNELS, type CsvMapping, type FeedbackChannelValue } from "@/lib/feedback/csv-mapping";

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z
  .string({ error: "Choose a time zone." })
  .trim()
  .min(1, "Choose a time zone.")
  .max(64, "Unknown time zone.")
  .refine(isTimeZone, "Unknown time zone; use an IANA name such as Europe/Berlin.");

export const ImportSettingsSchema = z.object({ columns: CsvMappingSchema, timeZone: TimeZoneSchema }).strict();
export type ImportSettings = { columns: CsvMapping; timeZone: string };

// The settings stored on a job, or null while none were chosen ("{}") or they no longer parse.
export function readSettings(json: unknown): ImportSettings | null {
  const parsed = ImportSettingsSchema.safeParse(json);
  return parsed.success ? (parsed.data as ImportSettings) : null;
}

// UTC first, then every zone this runtime knows.
export function timeZoneChoices(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
}

export const CHANNEL_LABELS: Record<FeedbackChannelValue, string> = {
  SOCIAL: "Social media",
  REVIEW: "Reviews",
  COMMENT: "Comments",
  SUPPORT: "Support",
  EMAIL: "Email",
  SURVEY: "Survey",
  PUBLIC_FORM: "Public form",
  API: "API",
  OTHER: "Other",
};

// The mapping form's fields. Column fields hold a header name or "" (not in the file); the channel
// field holds "column:<header>", "const:<CHANNEL>" or "" (every row OTHER).
export const COLUMN_FIELDS = ["text", "author", "url", "receivedAt", "externalId"] as const;
export type MappingFormValues = Record<(typeof COLUMN_FIELDS)[number] | "channel" | "timeZone", string>;

const column = z.string().trim().max(200, "That column name is too long.").optional().default("");

// The form's fields as a zod shape, so an action's input can add its own fields beside them.
export const mappingFormShape = {
  text: z.string({ error: "Choose the column that holds the feedback text." }).trim().min(1, "Choose the column that holds the feedback text.").max(200),
  author: column,
  url: column,
  receivedAt: column,
  externalId: column,
  channel: z
    .string()
    .trim()
    .max(210)
    .optional()
    .default("")
    .refine(
      (v) => v === "" || /^column:.+/.test(v) || (v.startsWith("const:") && (FEEDBACK_CHANNELS as readonly string[]).includes(v.slice(6))),
      "Choose a column or one of the channels.",
    ),
  timeZone: TimeZoneSchema,
};

type ParsedForm = { [K in keyof typeof mappingFormShape]: z.output<(typeof mappingFormShape)[K]> };

export function formToSettings(v: ParsedForm): ImportSettings {
  const columns: CsvMapping = { text: v.text };
  for (const field of ["author", "url", "receivedAt", "externalId"] as const) if (v[field]) columns[field] = v[field];
  if (v.channel.startsWith("const:")) columns.channel = { const: v.channel.slice(6) };
  else if (v.channel.startsWith("column:")) columns.channel = v.channel.slice(7);
  return { columns, timeZone: v.timeZone };
}

export const MappingFormSchema = z.object(mappingFormShape).transform(formToSettings);

export function settingsToForm(settings: ImportSettings): MappingFormValues {
  const col = (s: unknown) => (typeof s === "string" ? s : "");
  const channel = settings.columns.channel;
  return {
    text: col(settings.columns.text),
    author: col(settings.columns.author),
    url: col(settings.columns.url),
    receivedAt: col(settings.columns.receivedAt),
    externalId: col(settings.columns.externalId),
    channel: channel === undefined ? "" : typeof channel === "string" ? `column:${channel}` : `const:${channel.const}`,
    timeZone: settings.timeZone,
  };
}

// A guess (from guessMapping) as form values: columns it found, the rest left empty.
export function guessToForm(guess: Partial<Record<string, string>>, timeZone = "UTC"): MappingFormValues {
  return {
    text: guess.text ?? "",
    author: guess.author ?? "",
    url: guess.url ?? "",
    receivedAt: guess.receivedAt ?? "",
    externalId: guess.externalId ?? "",
    channel: guess.channel ? `column:${guess.channel}` : "",
    timeZone,
  };
}
