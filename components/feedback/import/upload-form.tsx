"use client";
import { useActionState, useState } from "react";
import { uploadImportAction } from "@/lib/feedback/import/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

const MAX_BYTES = 50 * 1024 * 1024;

export function UploadForm({ campaignId }: { campaignId: string }) {
  const [state, action, pending] = useActionState(uploadImportAction, initialFormState);
  const [tooBig, setTooBig] = useState(false);
  const error = tooBig ? "The file is larger than 50 MB; split it into smaller files." : fieldError(state, "file");
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="campaignId" value={campaignId} />
      <Field
        id="import-file"
        label="CSV file"
        required
        error={error}
        hint="An export from your listening tool, help desk, review site or survey: up to 50 MB, comma, semicolon or tab separated, with a header row. Nothing is imported until you have checked the columns."
      >
        <input
          id="import-file"
          name="file"
          type="file"
          required
          accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
          aria-invalid={error ? true : undefined}
          aria-describedby={`import-file-hint${error ? " import-file-error" : ""}`}
          onChange={(e) => setTooBig((e.currentTarget.files?.[0]?.size ?? 0) > MAX_BYTES)}
          className="w-full rounded-md border border-border bg-surface px-3 py-2 text-sm file:mr-3 file:rounded-md file:border-0 file:bg-sunken file:px-3 file:py-1 file:text-sm file:font-medium file:text-fg"
        />
      </Field>
      <div>
        <Button type="submit" disabled={pending || tooBig}>
          {pending ? "Uploading…" : "Upload and preview"}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
