"use client";
import { useActionState } from "react";
import { createStoryAction } from "@/lib/stories/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { QUOTE_MAX, QUOTE_MIN } from "@/lib/stories/fields";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { StoryFields } from "@/components/stories/story-fields";

const EMPTY = { authorName: "", authorTitle: "", sourceUrl: "", channel: "", rating: "", tags: "", incentivized: false };

// A story entered by hand (a letter, a call, a post): it starts without consent.
export function NewStoryForm({ campaignId }: { campaignId: string }) {
  const [state, action, pending] = useActionState(createStoryAction, initialFormState);
  // After a success the form starts empty again (a new key remounts it).
  const key = state.ok ? `ok-${state.data && (state.data as { storyId: string }).storyId}` : "form";
  return (
    <form key={key} action={action} noValidate className="flex flex-col gap-4" aria-label="Add a story by hand">
      <input type="hidden" name="campaignId" value={campaignId} />
      <Field id="new-story-quote" label="The customer's words" required hint={`Exactly as they wrote or said them (${QUOTE_MIN}–${QUOTE_MAX.toLocaleString("en")} characters). They are never edited afterwards.`} error={fieldError(state, "quote")}>
        <TextArea id="new-story-quote" name="quote" rows={4} required maxLength={QUOTE_MAX} hasHint error={fieldError(state, "quote")} defaultValue={state.ok ? "" : state.values?.quote} />
      </Field>
      <StoryFields prefix="new-story" state={state} values={EMPTY} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending}>{pending ? "Adding…" : "Add story"}</Button>
      </div>
    </form>
  );
}
