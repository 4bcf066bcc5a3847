"use client";
import { useState } from "react";

const THEMES = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
] as const;

// A display preference only: kept in a cookie so the server renders the right theme next time.
export function ThemeSwitcher({ initial }: { initial: string }) {
  const [theme, setTheme] = useState(initial);
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only sm:not-sr-only">Theme</span>
      <select
        value={theme}
        onChange={(e) => {
          const next = e.target.value;
          setTheme(next);
          document.cookie = `kintsugi-theme=${next}; path=/; max-age=31536000; samesite=lax`;
          document.querySelector("[data-theme]")?.setAttribute("data-theme", next);
        }}
        className="min-h-9 rounded-md border border-border bg-surface px-2 py-1 text-sm"
      >
        {THEMES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
    </label>
  );
}
