import type { InboxFilter } from "@/lib/feedback/inbox-filters";
import { FEEDBACK_CHANNELS } from "@/lib/feedback/csv-mapping";
import { Button, LinkButton } from "@/components/ui/button";

const select = "min-h-10 rounded-md border border-border bg-surface px-2 text-sm";
const label = "flex flex-col gap-1 text-xs font-medium";

// A plain GET form: filters live in the URL, so a filtered inbox can be bookmarked and shared.
export function InboxFilterForm({ filter, basePath, members, themes }: { filter: InboxFilter; basePath: string; members: { id: string; name: string }[]; themes: { id: string; label: string }[] }) {
  return (
    <form method="get" action={basePath} className="grid gap-3 rounded-lg border border-border bg-surface p-3 sm:grid-cols-3 lg:grid-cols-6" role="search" aria-label="Filter the inbox">
      <label className={`${label} sm:col-span-3 lg:col-span-2`}>Search (press /)
        <input id="inbox-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={200} className={select} placeholder="refund, charged twice…" />
      </label>
      <label className={label}>Channel
        <select name="channel" defaultValue={filter.channel ?? ""} className={select}>
          <option value="">Any</option>
          {FEEDBACK_CHANNELS.map((c) => <option key={c} value={c}>{c.replace("_", " ").toLowerCase()}</option>)}
        </select>
      </label>
      <label className={label}>Status
        <select name="status" defaultValue={filter.status ?? ""} className={select}>
          <option value="">Any</option>
          <option value="NEW">New</option>
          <option value="IN_PROGRESS">In progress</option>
          <option value="RESPONDED">Responded</option>
          <option value="CLOSED">Closed</option>
        </select>
      </label>
      <label className={label}>Sentiment
        <select name="sentiment" defaultValue={filter.sentiment ?? ""} className={select}>
          <option value="">Any</option>
          <option value="NEGATIVE">Negative</option>
          <option value="NEUTRAL">Neutral</option>
          <option value="POSITIVE">Positive</option>
        </select>
      </label>
      <label className={label}>Assignee
        <select name="assignee" defaultValue={filter.assignee ?? ""} className={select}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">Unassigned</option>
          {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </select>
      </label>
      <label className={label}>Theme
        <select name="theme" defaultValue={filter.theme ?? ""} className={select}>
          <option value="">Any</option>
          {themes.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
        </select>
      </label>
      <label className={label}>From
        <input type="date" name="from" defaultValue={filter.from ?? ""} className={select} />
      </label>
      <label className={label}>To
        <input type="date" name="to" defaultValue={filter.to ?? ""} className={select} />
      </label>
      <label className={label}>Sort
        <select name="sort" defaultValue={filter.sort} className={select}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </label>
      <div className="flex flex-col justify-end gap-1 text-sm">
        <label className="flex items-center gap-2"><input type="checkbox" name="overdue" value="1" defaultChecked={!!filter.overdue} className="h-4 w-4" /> Past the SLA</label>
        <label className="flex items-center gap-2"><input type="checkbox" name="suggestion" value="1" defaultChecked={!!filter.suggestion} className="h-4 w-4" /> Suggestions</label>
      </div>
      <div className="flex items-end gap-2">
        <Button type="submit">Filter</Button>
        <LinkButton href={basePath} variant="ghost">Clear</LinkButton>
      </div>
    </form>
  );
}
