import { parseMarkdown, type Inline } from "@/lib/dashboard/markdown";

function Runs({ runs }: { runs: Inline[] }) {
  return (
    <>
      {runs.map((r, i) => (r.bold ? <strong key={i}>{r.text}</strong> : r.italic ? <em key={i}>{r.text}</em> : <span key={i}>{r.text}</span>))}
    </>
  );
}

// Renders our own explanatory Markdown (never user input). Headings start at `baseLevel`.
export function Markdown({ source, baseLevel = 3 }: { source: string; baseLevel?: 2 | 3 | 4 }) {
  return (
    <div className="flex flex-col gap-3 text-sm leading-relaxed">
      {parseMarkdown(source).map((b, i) => {
        if (b.type === "heading") {
          const level = Math.min(6, baseLevel + b.level - 2);
          const H = `h${level}` as "h3";
          return (
            <H key={i} className="font-semibold">
              <Runs runs={b.text} />
            </H>
          );
        }
        if (b.type === "paragraph")
          return (
            <p key={i} className="max-w-prose">
              <Runs runs={b.text} />
            </p>
          );
        if (b.type === "list")
          return (
            <ul key={i} className="flex max-w-prose list-disc flex-col gap-2 pl-5">
              {b.items.map((item, j) => (
                <li key={j}>
                  <Runs runs={item} />
                </li>
              ))}
            </ul>
          );
        return (
          <table key={i} className="w-auto text-left">
            <thead>
              <tr className="border-b border-border">
                {b.header.map((h, j) => (
                  <th key={j} scope="col" className="py-1 pr-6">
                    <Runs runs={h} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.rows.map((row, j) => (
                <tr key={j} className="border-b border-border">
                  {row.map((cell, k) => (k === 0 ? <th key={k} scope="row" className="py-1 pr-6 font-normal"><Runs runs={cell} /></th> : <td key={k} className="py-1 pr-6"><Runs runs={cell} /></td>))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
