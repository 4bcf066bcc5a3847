"use client";

// Unexpected errors: a plain message, never the stack or the SQL.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-sm">Nothing you did caused this. Please try again; if it keeps happening, tell your admin.</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md border px-4 py-2 text-sm">
        Try again
      </button>
    </main>
  );
}
