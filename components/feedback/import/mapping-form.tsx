"use client";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { saveImportMappingAction, startImportAction } from "@/lib/feedback/import/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import type { MappingFormValues } from "@/lib/feedback/import/settings";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type Saved = { id: string; name: string; values: MappingFormValues };
type Channel = { value: string; label: string };

const COLUMN_FIELDS = [
  { name: "text", label: "Feedback text", hint: "Required: what the customer wrote." },
  { name: "author", label: "Author", hint: "A name, or a handle such as @maria." },
  { name: "receivedAt", label: "Received at", hint: "A date and time; without one, the time of the import is used." },
  { name: "externalId", label: "External id", hint: "The tool's own id: importing the same row twice is then recognized as a duplicate." },
  { name: "url", label: "Link", hint: "An http(s) address of the original post or ticket." },
] as const;

export function MappingForm({
  jobId,
  headers,
  initial,
  saved,
  channels,
  timeZones,
}: {
  jobId: string;
  headers: string[];
  initial: MappingFormValues;
  saved: Saved[];
  channels: Channel[];
  timeZones: string[];
}) {
  const [startState, start, starting] = useActionState(startImportAction, initialFormState);
  const [saveState, save, saving] = useActionState(saveImportMappingAction, initialFormState);
  const [values, setValues] = useState<MappingFormValues>(initial);
  const [savedChoice, setSavedChoice] = useState("");
  const [dropped, setDropped] = useState<string[]>([]);
  const set = (name: keyof MappingFormValues) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [name]: value }));
  };

  // A saved mapping may name columns this file lacks: those fields are cleared and said so.
  function applySaved(id: string) {
    setSavedChoice(id);
    const chosen = saved.find((s) => s.id === id);
    if (!chosen) return;
    const next = { ...chosen.values };
    const lost: string[] = [];
    for (const f of COLUMN_FIELDS) {
      if (next[f.name] && !headers.includes(next[f.name])) {
        lost.push(next[f.name]);
        next[f.name] = "";
      }
    }
    if (next.channel.startsWith("column:") && !headers.includes(next.channel.slice(7))) {
      lost.push(next.channel.slice(7));
      next.channel = "";
    }
    setDropped(lost);
    setValues(next);
  }

  const error = (name: string) => fieldError(startState, name) ?? fieldError(saveState, name);

  // With JavaScript the actions are called directly, so React does not reset the form (and the
  // chosen columns) after a refusal; without it, the form's own actions still work.
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(e.currentTarget, submitter);
    startTransition(() => (data.get("intent") === "save" ? save(data) : start(data)));
  }

  return (
    <form action={start} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <input type="hidden" name="jobId" value={jobId} />
      {saved.length > 0 ? (
        <div className="flex flex-col gap-2">
          <Field id="saved-mapping" label="Use saved columns" hint="Columns saved from an earlier file of the same tool.">
            <Select id="saved-mapping" name="savedMapping" hasHint value={savedChoice} onChange={(e) => applySaved(e.currentTarget.value)}>
              <option value="">— Choose —</option>
              {saved.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
          {dropped.length > 0 ? (
            <p className="text-sm text-warn" role="status">
              This file has no column {dropped.map((d) => `“${d}”`).join(", ")}; choose those fields again.
            </p>
          ) : null}
        </div>
      ) : null}

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">Which column holds what</legend>
        {COLUMN_FIELDS.map((f) => (
          <Field key={f.name} id={`map-${f.name}`} label={f.label} hint={f.hint} required={f.name === "text"} error={error(f.name)}>
            <Select id={`map-${f.name}`} name={f.name} hasHint error={error(f.name)} value={values[f.name]} onChange={set(f.name)}>
              <option value="">{f.name === "text" ? "— Choose a column —" : "— Not in this file —"}</option>
              {headers.map((h, i) => (
                <option key={`${i}-${h}`} value={h}>
                  {h || `(column ${i + 1} has no name)`}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        <Field id="map-channel" label="Channel" hint="A column naming the platform (Twitter, Trustpilot, Zendesk…), or one channel for every row." error={error("channel")}>
          <Select id="map-channel" name="channel" hasHint error={error("channel")} value={values.channel} onChange={set("channel")}>
            <option value="">— Not in this file (Other) —</option>
            <optgroup label="From a column">
              {headers.map((h, i) => (
                <option key={`${i}-${h}`} value={`column:${h}`}>
                  {h || `(column ${i + 1})`}
                </option>
              ))}
            </optgroup>
            <optgroup label="The same for every row">
              {channels.map((c) => (
                <option key={c.value} value={`const:${c.value}`}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          </Select>
        </Field>
        <Field id="map-timeZone" label="Time zone of the dates" hint="For dates written without an offset; dates with Z or +02:00 keep their own." error={error("timeZone")}>
          <Select id="map-timeZone" name="timeZone" hasHint error={error("timeZone")} value={values.timeZone} onChange={set("timeZone")}>
            {timeZones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>

      <div className="flex flex-col gap-3 rounded-md border border-border p-4">
        <Field id="mapping-name" label="Save these columns as" hint="Optional: pick them again for the next file from the same tool." error={fieldError(saveState, "name")}>
          <TextInput id="mapping-name" name="name" hasHint maxLength={80} placeholder="Trustpilot export" error={fieldError(saveState, "name")} />
        </Field>
        <div>
          <Button type="submit" name="intent" value="save" variant="secondary" formAction={save} disabled={saving}>
            {saving ? "Saving…" : "Save columns"}
          </Button>
        </div>
        <FormMessage state={saveState} />
      </div>

      <div className="flex flex-col gap-3">
        <div>
          <Button type="submit" name="intent" value="start" disabled={starting}>
            {starting ? "Starting…" : "Start import"}
          </Button>
        </div>
        <FormMessage state={startState} />
      </div>
    </form>
  );
}
