import { CopyField } from "@/components/stories/copy-field";

// Shown once, right after a customer agrees: their own way to take the story down later.
export function WithdrawalNotice({ url }: { url: string }) {
  return (
    <div className="flex flex-col gap-3 rounded-md bg-info-bg p-4" data-testid="withdrawal-notice">
      <h2 className="font-semibold">Changed your mind later?</h2>
      <p className="text-sm">
        Keep this link. Opening it lets you withdraw your consent at any time, and your story is then removed at once. It is shown only
        here, so copy it or bookmark it now.
      </p>
      <CopyField label="Your withdrawal link" value={url} testId="withdrawal-link" />
      <p className="text-sm">
        <a className="underline" href={url}>Open the withdrawal page</a>
      </p>
    </div>
  );
}
