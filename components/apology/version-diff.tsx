import { diffWords } from "diff";

// A word diff between two versions: removals struck through, additions underlined.
export function VersionDiff({ from, to, fromNumber, toNumber }: { from: string; to: string; fromNumber: number; toNumber: number }) {
  const parts = diffWords(from, to);
  const changed = parts.some((p) => p.added || p.removed);
  return (
    <figure>
      <figcaption className="mb-2 text-sm text-muted">
        Changes from version {fromNumber} to version {toNumber}: <del className="text-danger">removed</del>, <ins className="text-ok">added</ins>.
      </figcaption>
      {changed ? (
        <div className="whitespace-pre-wrap rounded-md border border-border bg-surface p-3 text-sm" data-testid="version-diff">
          {parts.map((p, i) =>
            p.added ? (
              <ins key={i} className="bg-ok-bg text-ok">{p.value}</ins>
            ) : p.removed ? (
              <del key={i} className="bg-danger-bg text-danger">{p.value}</del>
            ) : (
              <span key={i}>{p.value}</span>
            ),
          )}
        </div>
      ) : (
        <p className="text-sm">The two versions are identical.</p>
      )}
    </figure>
  );
}
