"use client";
import { useActionState, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { approveApologyAction, publishApologyAction, requestChangesAction, submitApologyAction } from "@/lib/apology/actions";
import { REVIEW_STATE_LABELS, type ReviewStateValue } from "@/lib/apology/review-state";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Badge } from "@/components/ui/card";

type Props = {
  apologyId: string;
  apologyVersion: number;
  state: ReviewStateValue;
  currentNumber: number | null;
  approvedNumber: number | null;
  publishedNumber: number | null;
  may: { submit: boolean; review: boolean; publish: boolean };
};

type Action = (p: FormState, f: FormData) => Promise<FormState>;

export function ReviewPanel(props: Props) {
  // The latest message of any of the four forms, shown in one place: a form disappears once its
  // step is done, and its message must not go with it.
  const [last, setLast] = useState<FormState>(initialFormState);
  const track = (action: Action): Action => async (p, f) => {
    const s = await action(p, f);
    setLast(s);
    return s;
  };
  return <ReviewForms {...props} track={track} last={last} />;
}

function ReviewForms({ apologyId, apologyVersion, state, currentNumber, approvedNumber, publishedNumber, may, track, last }: Props & { track: (a: Action) => Action; last: FormState }) {
  const [, submit, submitting] = useActionState(track(submitApologyAction), initialFormState);
  const [, approve, approving] = useActionState(track(approveApologyAction), initialFormState);
  const [changesState, requestChanges, requesting] = useActionState(track(requestChangesAction), initialFormState);
  const [publishState, publish, publishing] = useActionState(track(publishApologyAction), initialFormState);
  const tone = state === "PUBLISHED" || state === "APPROVED" ? "ok" : state === "CHANGES_REQUESTED" ? "danger" : state === "IN_REVIEW" ? "info" : "warn";
  const isRevision = publishedNumber !== null;
  return (
    <div className="flex flex-col gap-4">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={tone}>{REVIEW_STATE_LABELS[state]}</Badge>
        {approvedNumber ? <span>Approved: version {approvedNumber}</span> : null}
        {publishedNumber ? <span>Public: version {publishedNumber}</span> : <span className="text-muted">Not published</span>}
        {isRevision && state !== "PUBLISHED" ? <Badge tone="warn">Revision pending</Badge> : null}
      </p>

      {may.submit && currentNumber && (state === "DRAFT" || state === "CHANGES_REQUESTED") ? (
        <form action={submit} className="flex flex-col gap-2">
          <input type="hidden" name="apologyId" value={apologyId} />
          <input type="hidden" name="number" value={currentNumber} />
          <div>
            <Button type="submit" disabled={submitting}>Submit version {currentNumber} for review</Button>
          </div>
        </form>
      ) : null}

      {may.review && currentNumber && state === "IN_REVIEW" ? (
        <div className="grid gap-4 md:grid-cols-2">
          <form action={approve} className="flex flex-col gap-2" noValidate>
            <input type="hidden" name="apologyId" value={apologyId} />
            <input type="hidden" name="number" value={currentNumber} />
            <Field id="approve-comment" label="Comment (optional)">
              <TextArea id="approve-comment" name="comment" rows={2} maxLength={2000} />
            </Field>
            <div>
              <Button type="submit" disabled={approving}>Approve version {currentNumber}</Button>
            </div>
            </form>
          <form action={requestChanges} className="flex flex-col gap-2" noValidate>
            <input type="hidden" name="apologyId" value={apologyId} />
            <input type="hidden" name="number" value={currentNumber} />
            <Field id="changes-comment" label="What should change?" required error={fieldError(changesState, "comment")}>
              <TextArea id="changes-comment" name="comment" rows={2} maxLength={2000} error={fieldError(changesState, "comment")} defaultValue={changesState.values?.comment} />
            </Field>
            <div>
              <Button type="submit" variant="secondary" disabled={requesting}>Request changes</Button>
            </div>
            </form>
        </div>
      ) : null}

      {may.publish && state === "APPROVED" ? (
        <form action={publish} className="flex flex-col gap-2" noValidate>
          <input type="hidden" name="apologyId" value={apologyId} />
          <input type="hidden" name="expectedVersion" value={apologyVersion} />
          {isRevision ? (
            <Field id="change-summary" label="What changed in this revision" required hint="Shown to the public beside the dated revision." error={fieldError(publishState, "changeSummary")}>
              <TextArea id="change-summary" name="changeSummary" rows={2} maxLength={500} hasHint error={fieldError(publishState, "changeSummary")} defaultValue={publishState.values?.changeSummary} />
            </Field>
          ) : null}
          <div>
            <Button type="submit" disabled={publishing}>{isRevision ? `Publish revision (version ${approvedNumber})` : `Publish version ${approvedNumber}`}</Button>
          </div>
        </form>
      ) : null}

      <FormMessage state={last} />

      {state === "IN_REVIEW" && !may.review ? <p className="text-sm text-muted">Waiting for an executive or an admin to review.</p> : null}
      {state === "APPROVED" && !may.publish ? <p className="text-sm text-muted">Approved: the communications team can publish it.</p> : null}
    </div>
  );
}
