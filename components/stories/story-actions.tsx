"use client";
import { useActionState, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import {
  publishStoryAction, recordConsentAction, requestConsentAction, unpublishStoryAction, updateStoryAction, withdrawStoryAction,
} from "@/lib/stories/actions";
import type { ConsentStatusValue } from "@/lib/stories/consent";
import { LINK_MAX_DAYS, PERSONAL_LINK_DAYS, QUOTE_MAX, WORDING_MAX } from "@/lib/stories/fields";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { CopyField } from "@/components/stories/copy-field";
import { StoryFields, type StoryFieldValues } from "@/components/stories/story-fields";

export type StoryActionProps = {
  story: StoryFieldValues & {
    id: string;
    version: number;
    consentStatus: ConsentStatusValue;
    isPublished: boolean;
    excerpt: string;
    featuredOrder: string;
  };
  may: { manage: boolean; publish: boolean };
  origin: string;
  defaultWording: string;
};

type Action = (p: FormState, f: FormData) => Promise<FormState>;

const detailsCls = "rounded-md border border-border p-3";
const summaryCls = "cursor-pointer text-sm font-medium";

export function StoryActions(props: StoryActionProps) {
  // The latest message of any form, shown in one place: a form may disappear once its step is done.
  const [last, setLast] = useState<FormState>(initialFormState);
  const track = (action: Action): Action => async (p, f) => {
    const s = await action(p, f);
    setLast(s);
    return s;
  };
  return <Forms {...props} track={track} last={last} />;
}

function Forms({ story, may, origin, defaultWording, track, last }: StoryActionProps & { track: (a: Action) => Action; last: FormState }) {
  const [, publish, publishing] = useActionState(track(publishStoryAction), initialFormState);
  const [, unpublish, unpublishing] = useActionState(track(unpublishStoryAction), initialFormState);
  const [requestState, request, requesting] = useActionState(track(requestConsentAction), initialFormState);
  const [recordState, record, recording] = useActionState(track(recordConsentAction), initialFormState);
  const [withdrawState, withdraw, withdrawing] = useActionState(track(withdrawStoryAction), initialFormState);
  const [curateState, curate, curating] = useActionState(track(updateStoryAction), initialFormState);
  const p = `story-${story.id}`;
  const consentToken = requestState.ok ? (requestState.data as { token?: string } | undefined)?.token : undefined;
  const withdrawToken = recordState.ok ? (recordState.data as { withdrawToken?: string | null } | undefined)?.withdrawToken : undefined;
  const open = story.consentStatus === "NOT_REQUESTED" || story.consentStatus === "REQUESTED";
  const kept = (s: FormState, name: string, fallback: string) => (!s.ok && s.values && name in s.values ? s.values[name] : fallback);

  return (
    <div className="flex flex-col gap-3">
      {may.publish ? (
        <div className="flex flex-wrap gap-2">
          {story.consentStatus === "GRANTED" && !story.isPublished ? (
            <form action={publish}>
              <input type="hidden" name="storyId" value={story.id} />
              <input type="hidden" name="version" value={story.version} />
              <Button type="submit" disabled={publishing}>Publish to the wall</Button>
            </form>
          ) : null}
          {story.isPublished ? (
            <form action={unpublish}>
              <input type="hidden" name="storyId" value={story.id} />
              <Button type="submit" variant="secondary" disabled={unpublishing}>Take off the wall</Button>
            </form>
          ) : null}
        </div>
      ) : null}

      {may.manage && open ? (
        <details className={detailsCls}>
          <summary className={summaryCls}>{story.consentStatus === "REQUESTED" ? "Send a new consent link" : "Ask for consent with a personal link"}</summary>
          <form action={request} noValidate className="mt-3 flex flex-col gap-3">
            <input type="hidden" name="storyId" value={story.id} />
            <input type="hidden" name="version" value={story.version} />
            <Field id={`${p}-req-wording`} label="Consent statement" required hint="The customer sees their words and this statement, and answers yes or no." error={fieldError(requestState, "consentWording")}>
              <TextArea id={`${p}-req-wording`} name="consentWording" rows={3} maxLength={WORDING_MAX} hasHint error={fieldError(requestState, "consentWording")} defaultValue={kept(requestState, "consentWording", defaultWording)} />
            </Field>
            <Field id={`${p}-req-days`} label="Expires after (days)" error={fieldError(requestState, "expiresInDays")}>
              <TextInput id={`${p}-req-days`} name="expiresInDays" type="number" min={1} max={LINK_MAX_DAYS} inputMode="numeric" error={fieldError(requestState, "expiresInDays")} defaultValue={kept(requestState, "expiresInDays", String(PERSONAL_LINK_DAYS))} />
            </Field>
            <div><Button type="submit" variant="secondary" disabled={requesting}>Create consent link</Button></div>
          </form>
          {consentToken ? (
            <div className="mt-3 rounded-md bg-info-bg p-3">
              <CopyField label="Personal consent link (shown only this once)" value={`${origin}/s/${consentToken}`} testId="consent-link" hint="Send it to this customer only. It works once." />
            </div>
          ) : null}
        </details>
      ) : null}

      {may.manage && open ? (
        <details className={detailsCls}>
          <summary className={summaryCls}>Record consent given elsewhere</summary>
          <form action={record} noValidate className="mt-3 flex flex-col gap-3">
            <input type="hidden" name="storyId" value={story.id} />
            <input type="hidden" name="version" value={story.version} />
            <fieldset className="flex flex-wrap gap-4 text-sm">
              <legend className="mb-1 text-sm font-medium">The customer…</legend>
              <label className="flex items-center gap-2"><input type="radio" name="decision" value="grant" defaultChecked className="h-4 w-4 accent-[var(--k-accent)]" /> agreed</label>
              <label className="flex items-center gap-2"><input type="radio" name="decision" value="deny" className="h-4 w-4 accent-[var(--k-accent)]" /> declined</label>
            </fieldset>
            <Field id={`${p}-rec-method`} label="How they told you" required hint="For example “Reply to our email of 3 March”." error={fieldError(recordState, "method")}>
              <TextInput id={`${p}-rec-method`} name="method" maxLength={200} hasHint error={fieldError(recordState, "method")} defaultValue={kept(recordState, "method", "")} />
            </Field>
            <Field id={`${p}-rec-wording`} label="What they agreed to, word for word" required error={fieldError(recordState, "wording")}>
              <TextArea id={`${p}-rec-wording`} name="wording" rows={3} maxLength={WORDING_MAX} error={fieldError(recordState, "wording")} defaultValue={kept(recordState, "wording", defaultWording)} />
            </Field>
            <div><Button type="submit" variant="secondary" disabled={recording}>Record answer</Button></div>
          </form>
        </details>
      ) : null}
      {withdrawToken ? (
        <div className="rounded-md bg-info-bg p-3">
          <CopyField label="Withdrawal link for the customer (shown only this once)" value={`${origin}/s/withdraw/${withdrawToken}`} hint="Send it to them: it lets them take their story down at any time." />
        </div>
      ) : null}

      {may.manage ? (
        <details className={detailsCls}>
          <summary className={summaryCls}>Curate: excerpt, attribution, order</summary>
          <form action={curate} noValidate className="mt-3 flex flex-col gap-4">
            <input type="hidden" name="storyId" value={story.id} />
            <input type="hidden" name="version" value={story.version} />
            <Field
              id={`${p}-excerpt`}
              label="Excerpt"
              hint="Optional. Copy one passage of the customer's words exactly; the wall marks it as an excerpt, shows “…” where it was cut, and keeps the full words a click away."
              error={fieldError(curateState, "excerpt")}
            >
              <TextArea id={`${p}-excerpt`} name="excerpt" rows={3} maxLength={QUOTE_MAX} hasHint error={fieldError(curateState, "excerpt")} defaultValue={kept(curateState, "excerpt", story.excerpt)} />
            </Field>
            <StoryFields prefix={p} state={curateState} values={story} />
            <Field id={`${p}-order`} label="Position on the wall" hint="1 comes first. Empty: after the numbered ones, newest first." error={fieldError(curateState, "featuredOrder")}>
              <TextInput id={`${p}-order`} name="featuredOrder" type="number" min={1} max={999} inputMode="numeric" hasHint error={fieldError(curateState, "featuredOrder")} defaultValue={kept(curateState, "featuredOrder", story.featuredOrder)} className="sm:max-w-32" />
            </Field>
            <div><Button type="submit" variant="secondary" disabled={curating}>Save curation</Button></div>
          </form>
        </details>
      ) : null}

      {may.manage && story.consentStatus !== "WITHDRAWN" ? (
        <details className={detailsCls}>
          <summary className={summaryCls}>Record a withdrawal</summary>
          <form
            action={withdraw}
            noValidate
            className="mt-3 flex flex-col gap-3"
            onSubmit={(e) => {
              if (!confirm("Record that the customer withdrew their consent? The story leaves the wall at once and can never be published again.")) e.preventDefault();
            }}
          >
            <input type="hidden" name="storyId" value={story.id} />
            <Field id={`${p}-wd-reason`} label="How they asked (optional)" error={fieldError(withdrawState, "reason")}>
              <TextInput id={`${p}-wd-reason`} name="reason" maxLength={500} error={fieldError(withdrawState, "reason")} />
            </Field>
            <div><Button type="submit" variant="danger" disabled={withdrawing}>Withdraw consent</Button></div>
          </form>
        </details>
      ) : null}

      <FormMessage state={last} />
    </div>
  );
}
