"use client";
import { useActionState } from "react";
import { overrideSentimentAction, updateFeedbackAction } from "@/lib/feedback/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Props = {
  itemId: string;
  version: number;
  status: string;
  assigneeId: string | null;
  isSuggestion: boolean;
  internalNote: string;
  sentiment: string;
  members: { id: string; name: string }[];
};

const control = "min-h-10 rounded-md border border-border bg-surface px-2 text-sm";

export function ItemTriage({ itemId, version, status, assigneeId, isSuggestion, internalNote, sentiment, members }: Props) {
  const [state, action, pending] = useActionState(updateFeedbackAction, initialFormState);
  const [sState, sAction, sPending] = useActionState(overrideSentimentAction, initialFormState);
  return (
    <div className="flex flex-col gap-6">
      <form action={action} className="flex flex-col gap-3" noValidate>
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="version" value={version} />
        <label className="flex flex-col gap-1 text-sm font-medium">Status
          <select name="status" defaultValue={status} className={control}>
            <option value="NEW">New</option>
            <option value="IN_PROGRESS">In progress</option>
            <option value="RESPONDED">Responded</option>
            <option value="CLOSED">Closed</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">Assignee
          <select name="assigneeId" defaultValue={assigneeId ?? ""} className={control}>
            <option value="">Unassigned</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </label>
        <input type="hidden" name="isSuggestion" value="false" />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="isSuggestion" value="true" defaultChecked={isSuggestion} className="h-4 w-4" /> A suggestion worth considering
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">Internal note (never public)
          <textarea name="internalNote" rows={3} maxLength={5000} defaultValue={state.values?.internalNote ?? internalNote} className="rounded-md border border-border bg-surface p-2 text-sm font-normal" />
        </label>
        <div><Button type="submit" variant="secondary" disabled={pending}>Save</Button></div>
        <FormMessage state={state} />
      </form>
      <form action={sAction} className="flex flex-col gap-2" noValidate>
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="version" value={version} />
        <label className="flex flex-col gap-1 text-sm font-medium">Sentiment (set by hand)
          <select name="label" defaultValue={sentiment} className={control}>
            <option value="NEGATIVE">Negative</option>
            <option value="NEUTRAL">Neutral</option>
            <option value="POSITIVE">Positive</option>
          </select>
        </label>
        <div><Button type="submit" variant="secondary" disabled={sPending}>Override sentiment</Button></div>
        <FormMessage state={sState} />
      </form>
    </div>
  );
}
