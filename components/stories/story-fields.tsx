import { fieldError, type FormState } from "@/lib/actions/form-state";
import { CHANNEL_MAX, NAME_MAX, TITLE_MAX } from "@/lib/stories/fields";
import { Checkbox, Field, Select, TextInput } from "@/components/ui/field";

export type StoryFieldValues = {
  authorName: string;
  authorTitle: string;
  sourceUrl: string;
  channel: string;
  rating: string;
  tags: string;
  incentivized: boolean;
};

// The attribution and context fields shared by "add a story" and curation. `prefix` keeps ids
// unique when several stories are on one page.
export function StoryFields({ prefix, state, values }: { prefix: string; state: FormState; values: StoryFieldValues }) {
  const kept = (name: keyof StoryFieldValues) => (!state.ok && state.values && name in state.values ? state.values[name] : String(values[name]));
  const err = (name: string) => fieldError(state, name);
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("authorName")} label="Author" hint="Leave empty to show “A customer”." error={err("authorName")}>
          <TextInput id={id("authorName")} name="authorName" maxLength={NAME_MAX} hasHint error={err("authorName")} defaultValue={kept("authorName")} />
        </Field>
        <Field id={id("authorTitle")} label="Title or role" hint="For example “Customer since 2019” or “Owner, Bay Bakery”." error={err("authorTitle")}>
          <TextInput id={id("authorTitle")} name="authorTitle" maxLength={TITLE_MAX} hasHint error={err("authorTitle")} defaultValue={kept("authorTitle")} />
        </Field>
        <Field id={id("sourceUrl")} label="Source link" hint="Where the customer posted it, if public. Shown as “See the original”." error={err("sourceUrl")}>
          <TextInput id={id("sourceUrl")} name="sourceUrl" type="url" inputMode="url" maxLength={2000} hasHint error={err("sourceUrl")} defaultValue={kept("sourceUrl")} />
        </Field>
        <Field id={id("channel")} label="Channel" hint="For example “Trustpilot” or “Email”." error={err("channel")}>
          <TextInput id={id("channel")} name="channel" maxLength={CHANNEL_MAX} hasHint error={err("channel")} defaultValue={kept("channel")} />
        </Field>
        <Field id={id("rating")} label="Rating" error={err("rating")}>
          <Select id={id("rating")} name="rating" error={err("rating")} defaultValue={kept("rating")}>
            <option value="">No rating</option>
            {[5, 4, 3, 2, 1].map((n) => (
              <option key={n} value={String(n)}>{n} out of 5</option>
            ))}
          </Select>
        </Field>
        <Field id={id("tags")} label="Tags" hint="Separated by commas, for your own sorting and for walls filtered by tag." error={err("tags")}>
          <TextInput id={id("tags")} name="tags" maxLength={1000} hasHint error={err("tags")} defaultValue={kept("tags")} />
        </Field>
      </div>
      <Checkbox
        id={id("incentivized")}
        name="incentivized"
        label="The customer received something in exchange (a discount, a gift, a payment)"
        hint="The wall then shows “Received compensation for this review” next to it, as the FTC rule on reviews requires."
        defaultChecked={!state.ok && state.values ? state.values.incentivized === "on" : values.incentivized}
      />
    </>
  );
}
