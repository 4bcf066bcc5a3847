import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" data-theme="system" className="mx-auto max-w-md px-4 py-16 text-fg">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-muted">This page does not exist, or you do not have access to it.</p>
      <p className="mt-4 text-sm">
        <Link href="/" className="underline">Go to the start</Link>
      </p>
    </main>
  );
}
